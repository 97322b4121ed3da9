#!/usr/bin/env bash
# regen.sh: go1.19's errors for the -lang goldens of check_test.cpp
# (CheckOptions::lang): lang.go at several -lang versions (lang.VERSION.err)
# and the -lang tests of go1.19's test suite (suite.FILE.err, FILE relative
# to the suite with / as _; compiled there with their header's -lang).
# `go tool compile -C -e -p=p -lang=V`, stdout+stderr. Needs /usr/lib/go-1.19.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
GO=${GO119:-/usr/lib/go-1.19/bin/go}
TESTDIR=${GO119_TEST:-/usr/share/go-1.19/test}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOENV=off GOFLAGS= GO111MODULE=off HOME=$tmp GOCACHE=$tmp/cache LC_ALL=C
cd "$here"
rm -f ./*.err
for v in go1.8 go1.12 go1.13 go1.16 go1.17 go1.19; do
  "$GO" tool compile -C -e -p=p -lang=$v -o "$tmp/x.o" lang.go > "lang.$v.err" 2>&1 || true
done
cd "$TESTDIR"
for f in fixedbugs/bug195.go fixedbugs/issue10975.go fixedbugs/issue11614.go \
         fixedbugs/issue31747.go fixedbugs/issue34329.go fixedbugs/issue46525.go \
         fixedbugs/issue49368.go fixedbugs/issue55889.go; do
  v=$(head -1 "$f" | grep -o -- '-lang=go1\.[0-9]*' | cut -d= -f2)
  "$GO" tool compile -C -e -p=p -lang=$v -o "$tmp/x.o" "$f" > "$here/suite.$(echo "$f" | tr / _).$v.err" 2>&1 || true
done
ls "$here"/*.err | wc -l
