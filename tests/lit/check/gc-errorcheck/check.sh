#!/usr/bin/env bash
# check.sh GOESCAPE: run goescape on every `// errorcheck` file of go1.19's
# test suite (in the test directory, as regen.sh ran gc) and compare its
# stderr byte for byte with gc's (NAME.err). Files importing packages
# goescape has no stub for, or using type parameters, are skipped (goescape
# says so). known_diffs.txt lists the files that still differ, with the
# reason; a listed file that matches is an error too (the list only shrinks).
set -u
here=$(cd "$(dirname "$0")" && pwd)
GOESCAPE=$1
TESTDIR=${GO119_TEST:-/usr/share/go-1.19/test}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
same=0
skipped=0
known=0
cd "$TESTDIR"
for golden in "$here"/*.err; do
  name=$(basename "$golden" .err)
  src=$(echo "$name" | sed 's|^fixedbugs_|fixedbugs/|').go
  "$GOESCAPE" "$src" > "$tmp/out" 2>&1
  if grep -q "is not supported by goescape\|are not supported by goescape" "$tmp/out"; then
    skipped=$((skipped + 1))
    continue
  fi
  listed=0
  grep -q "^$name " "$here/known_diffs.txt" && listed=1
  if cmp -s "$golden" "$tmp/out"; then
    same=$((same + 1))
    if [ $listed -eq 1 ]; then
      echo "FAIL: $src matches gc but is listed in known_diffs.txt: remove it"
      status=1
    fi
  elif [ $listed -eq 1 ]; then
    known=$((known + 1))
  else
    echo "FAIL: $src differs from gc:"
    diff "$golden" "$tmp/out" | head -20
    status=1
  fi
done
echo "identical to gc: $same, known differences: $known, skipped: $skipped"
exit $status
