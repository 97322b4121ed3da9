#!/usr/bin/env bash
# regen.sh: regenerate gc's output (NAME.err) for every `// errorcheck`
# file of go1.19's test suite (test/*.go and test/fixedbugs/*.go whose
# first line is exactly "// errorcheck"): `go tool compile -p=p -o TMP FILE`
# run in the test directory, stdout+stderr. fixedbugs/issueN.go is stored as
# fixedbugs_issueN.err. check.sh compares goescape with these.
#
# Usage: tests/lit/check/gc-errorcheck/regen.sh   (needs /usr/lib/go-1.19, no network)
# Never -o /dev/null (gc deletes its output file on failure).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
GO=${GO119:-/usr/lib/go-1.19/bin/go}
TESTDIR=${GO119_TEST:-/usr/share/go-1.19/test}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOENV=off GOFLAGS= GO111MODULE=off HOME=$tmp GOCACHE=$tmp/cache LC_ALL=C
rm -f "$here"/*.err
cd "$TESTDIR"
n=0
for f in *.go fixedbugs/*.go; do
  [ "$(head -1 "$f")" = "// errorcheck" ] || continue
  "$GO" tool compile -p=p -o "$tmp/x.o" "$f" > "$here/$(echo "${f%.go}" | tr / _).err" 2>&1 || true
  n=$((n + 1))
done
echo "regen.sh: $n files" >&2
