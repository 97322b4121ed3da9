#!/usr/bin/env bash
# Regenerates the go1.19 outputs the --explain tests compare against.
#
# For every tests/lit/explain/X.go it writes X.gc.txt: the combined
# stdout+stderr of
#     go tool compile -p=p -o SCRATCH -m=2 -l X.go
# run in this folder (so positions print as X.go:L:C). For the two-file
# package in Inputs/twofiles it writes Inputs/twofiles/gc.txt from
#     go tool compile -p=p -o SCRATCH -m=2 -l a.go b.go
#
# The object file goes to a scratch file, never /dev/null: on a failed
# compile gc removes its -o target, and as root that would delete
# /dev/null itself.
#
# Usage: bash tests/lit/explain/regen.sh
# Env:   GO=/path/to/go (default /usr/lib/go-1.19/bin/go; must be go1.19)
# Idempotent; prints which files changed; exits 1 if a compile fails.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GO=${GO:-/usr/lib/go-1.19/bin/go}
if [ ! -x "$GO" ]; then
  echo "regen.sh: go toolchain not found at $GO (set GO=...)" >&2
  exit 2
fi
export GOENV=off GOFLAGS= GO111MODULE=off LC_ALL=C
case "$("$GO" version 2>&1)" in
  *" go1.19"*) ;;
  *) echo "regen.sh: $GO is not go1.19" >&2; exit 2 ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0 changed=0

# gen DIR OUT FILE...: compile FILE... in DIR, write the output to DIR/OUT.
gen() {
  local dir=$1 out=$2
  shift 2
  (cd "$dir" && "$GO" tool compile -p=p -o "$tmp/obj.o" -m=2 -l "$@") >"$tmp/out.txt" 2>&1
  if [ $? -ne 0 ]; then
    failed=1
    echo "regen.sh: COMPILE FAILED in $dir: $*" >&2
    sed 's/^/    /' "$tmp/out.txt" | head -20 >&2
  fi
  if [ ! -f "$dir/$out" ] || ! cmp -s "$tmp/out.txt" "$dir/$out"; then
    cp "$tmp/out.txt" "$dir/$out"
    changed=$((changed + 1))
    local rel=${dir#"$here"}
    rel=${rel#/}
    echo "updated ${rel:+$rel/}$out"
  fi
}

for src in "$here"/*.go; do
  base=$(basename "$src" .go)
  gen "$here" "$base.gc.txt" "$base.go"
done
gen "$here/Inputs/twofiles" gc.txt a.go b.go

echo "regen.sh: $changed files changed"
exit $failed
