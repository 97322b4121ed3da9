#!/usr/bin/env bash
# regen.sh: regenerate the goldens of tests/lit/check/programs.
#
# For every X.go here: go1.19 must compile it (go tool compile -p=main);
# X.objects is written by the go/types oracle (../oracle/types_oracle.go,
# built with go1.19) and X.types by goescape --emit=types (goescape's own
# dump format: review the diff before committing).
#
# Usage: tests/lit/check/programs/regen.sh [GOESCAPE]  (default build/bin/goescape)
# Never passes -o /dev/null to go tool compile (gc deletes its output on
# failure). Needs no network.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
GO=${GO119:-/usr/lib/go-1.19/bin/go}
GOESCAPE=${1:-$root/build/bin/goescape}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOENV=off GOFLAGS= GO111MODULE=off HOME=$tmp GOCACHE=$tmp/cache LC_ALL=C
"$GO" build -o "$tmp/types_oracle" "$here/../oracle/types_oracle.go"
cd "$here"
for f in *.go; do
  base=${f%.go}
  if ! "$GO" tool compile -p=main -o "$tmp/x.o" "$f" > "$tmp/out" 2>&1; then
    echo "regen.sh: $f does not compile with go1.19:" >&2
    cat "$tmp/out" >&2
    exit 1
  fi
  "$tmp/types_oracle" "$f" > "$base.objects"
  "$GOESCAPE" --emit=types "$f" > "$base.types"
done
echo "regen.sh: $(ls *.go | wc -l) programs" >&2
