#!/usr/bin/env bash
# regen.sh: regenerate golden/ with the real go1.19 compiler.
#
# For every escape*.go of passlist.txt (Go's own test files, from the
# golang-1.19-src package at /usr/share/go-1.19/test), compile a copy in a
# temporary folder (so positions print as the bare file name) with the flags
# of its "// errorcheck -0 FLAGS" header, and once more with one extra -m:
#   go tool compile -p=p -o OBJ FLAGS      F.go > golden/F.m1.txt 2>&1
#   go tool compile -p=p -o OBJ FLAGS -m   F.go > golden/F.m2.txt 2>&1
# Never writes the object to /dev/null (a failed compile run as root would
# delete it). No network. Prints what changed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
GO=${GO:-/usr/lib/go-1.19/bin/go}
TESTDIR=${TESTDIR:-/usr/share/go-1.19/test}
"$GO" version | grep -q 'go1\.19' || { echo "regen.sh: $GO is not go1.19" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOENV=off GOFLAGS= GO111MODULE=off
changed=0
for rel in $(grep -v '^#' "$here/passlist.txt"); do
  base=$(basename "$rel" .go)
  case "$base" in escape*) ;; *) continue ;; esac
  cp "$TESTDIR/$rel" "$tmp/$base.go"
  flags=$(head -1 "$tmp/$base.go" | sed 's|^// errorcheck -0||')
  for level in m1 m2; do
    extra=""
    [ "$level" = m2 ] && extra="-m"
    # shellcheck disable=SC2086
    (cd "$tmp" && "$GO" tool compile -p=p -o "$tmp/obj.o" $flags $extra "$base.go" > "$tmp/out.txt" 2>&1) || true
    if ! cmp -s "$tmp/out.txt" "$here/golden/$base.$level.txt" 2>/dev/null; then
      cp "$tmp/out.txt" "$here/golden/$base.$level.txt"
      echo "updated golden/$base.$level.txt"
      changed=$((changed + 1))
    fi
  done
done
echo "regen.sh: $changed file(s) changed"
