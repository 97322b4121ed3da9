#!/usr/bin/env bash
# regen.sh: regenerate the go/types view (NAME.objects) of each of the 56
# `errorcheck ... -m` test files of go1.19's test suite, with
# ../oracle/types_oracle.go built by go1.19. check.sh compares goescape's
# --emit=objects with these. fixedbugs/issueN.go is stored as
# fixedbugs_issueN.objects.
#
# Usage: tests/lit/check/gc-m/regen.sh   (needs /usr/lib/go-1.19, no network)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
GO=${GO119:-/usr/lib/go-1.19/bin/go}
TESTDIR=${GO119_TEST:-/usr/share/go-1.19/test}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOENV=off GOFLAGS= GO111MODULE=off HOME=$tmp GOCACHE=$tmp/cache LC_ALL=C
"$GO" build -o "$tmp/types_oracle" "$here/../oracle/types_oracle.go"
rm -f "$here"/*.objects
cd "$TESTDIR"
n=0
for f in $(grep -l "errorcheck.*-m" *.go fixedbugs/*.go); do
  "$tmp/types_oracle" "$f" > "$here/$(echo "${f%.go}" | tr / _).objects"
  n=$((n + 1))
done
echo "regen.sh: $n files" >&2
