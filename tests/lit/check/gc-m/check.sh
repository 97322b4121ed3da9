#!/usr/bin/env bash
# check.sh GOESCAPE: every `errorcheck ... -m` file of go1.19's test suite
# must type-check without error, and goescape's --emit=objects must equal
# go/types' view (NAME.objects, written by regen.sh). Build tags and
# compiler flags in the files' headers (-race, +build lines, -std) do not
# affect type checking; every file is checked as is.
set -u
here=$(cd "$(dirname "$0")" && pwd)
GOESCAPE=$1
TESTDIR=${GO119_TEST:-/usr/share/go-1.19/test}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
count=0
for golden in "$here"/*.objects; do
  name=$(basename "$golden" .objects)
  src=$TESTDIR/$(echo "$name" | sed 's|^fixedbugs_|fixedbugs/|').go
  if ! "$GOESCAPE" --emit=objects "$src" > "$tmp/out" 2>&1; then
    echo "FAIL: $src does not type-check:"
    head -20 "$tmp/out"
    status=1
    continue
  fi
  if ! diff -u "$golden" "$tmp/out" > "$tmp/diff" 2>&1; then
    echo "FAIL: $src: objects differ from go/types:"
    head -30 "$tmp/diff"
    status=1
  fi
  count=$((count + 1))
done
echo "checked $count files"
[ "$count" -eq 56 ] || { echo "FAIL: expected 56 files"; status=1; }
exit $status
