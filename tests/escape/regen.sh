#!/usr/bin/env bash
# Regenerates the golden outputs of tests/escape from the real Go 1.19 compiler.
#
# For every tests/escape/<topic>/<name>.go it writes, next to it:
#   <name>.m1.txt  combined stdout+stderr of  go tool compile -p=p -o /dev/null -m -l   <name>.go
#   <name>.m2.txt  combined stdout+stderr of  go tool compile -p=p -o /dev/null -m=2 -l <name>.go
#   <name>.m1C.txt, <name>.m2C.txt   the same with -C (positions without columns)
#   <name>.m1N.txt                   -m -l -N (optimizations off)
# run in the file's folder (so positions print as <name>.go:L:C), with
# GOENV=off GOFLAGS= GO111MODULE=off.
#
# Usage: bash tests/escape/regen.sh [FILE.go ...]   (no args: every snippet)
# Env:   GO=/path/to/go   (default /usr/lib/go-1.19/bin/go; must report go1.19)
#
# The object file goes to a scratch file, not /dev/null: on a failed compile
# gc os.Remove()s its -o target, and as root that deletes /dev/null itself.
# The -o path never appears in the -m output, so the text is the same as with
# `-o /dev/null`.
#
# Idempotent: a .txt is only rewritten when its content changes; the script
# prints a summary of how many files changed. A snippet whose compile exits
# non-zero is reported loudly (its output is still written, so it can be
# inspected) and the script exits 1 at the end. No network is needed.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GO=${GO:-/usr/lib/go-1.19/bin/go}

if [ ! -x "$GO" ]; then
  echo "regen.sh: go toolchain not found at $GO (set GO=...)" >&2
  exit 2
fi
ver=$(GOENV=off GOFLAGS= GO111MODULE=off "$GO" version 2>&1)
case "$ver" in
  *" go1.19"*) ;;
  *) echo "regen.sh: $GO is not go1.19 ($ver)" >&2; exit 2 ;;
esac

export GOENV=off GOFLAGS= GO111MODULE=off
export LC_ALL=C

if [ $# -gt 0 ]; then
  files=()
  for f in "$@"; do files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
else
  mapfile -t files < <(find "$here" -mindepth 2 -name '*.go' -type f | LC_ALL=C sort)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

total=0 changed=0 failed=0
for src in "${files[@]}"; do
  dir=$(dirname "$src")
  base=$(basename "$src" .go)
  total=$((total + 1))
  for variant in "m1:-m" "m2:-m=2" "m1C:-m -C" "m2C:-m=2 -C" "m1N:-m -N"; do
    suffix=${variant%%:*}
    read -r -a mflag <<<"${variant#*:}"
    out="$tmp/out.txt"
    (cd "$dir" && "$GO" tool compile -p=p -o "$tmp/obj.o" "${mflag[@]}" -l "$base.go") >"$out" 2>&1
    rc=$?
    if [ $rc -ne 0 ]; then
      failed=$((failed + 1))
      echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
      echo "!!! regen.sh: COMPILE FAILED (exit $rc): ${src#$here/} (${mflag[*]} -l)" >&2
      sed 's/^/!!!   /' "$out" | head -20 >&2
      echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
    fi
    dst="$dir/$base.$suffix.txt"
    if [ ! -f "$dst" ] || ! cmp -s "$out" "$dst"; then
      cp "$out" "$dst"
      changed=$((changed + 1))
      echo "updated ${dst#$here/}"
    fi
  done
done

echo "regen.sh: $total snippets, $changed output files changed, $failed failed compiles"
[ $failed -eq 0 ]
