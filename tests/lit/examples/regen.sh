#!/usr/bin/env bash
# regen.sh: go1.19's -m -l and -m=2 -l output for every examples/*.go, run
# from the repository root (positions print as examples/X.go), as goldens
# for examples.test. Never writes the object to /dev/null.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
GO=${GO:-/usr/lib/go-1.19/bin/go}
"$GO" version | grep -q 'go1\.19' || { echo "regen.sh: $GO is not go1.19" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOENV=off GOFLAGS= GO111MODULE=off
cd "$root"
for f in examples/*.go; do
  b=$(basename "$f" .go)
  "$GO" tool compile -o "$tmp/o.o" -m -l "$f" > "$here/$b.m1.txt" 2>&1 || true
  "$GO" tool compile -o "$tmp/o.o" -m=2 -l "$f" > "$here/$b.m2.txt" 2>&1 || true
done
echo "regen.sh: $(ls "$here"/*.m?.txt | wc -l) goldens written"
