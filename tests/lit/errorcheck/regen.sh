#!/bin/sh
# regen.sh: regenerate the go1.19 oracle data of the errorcheck runner's tests.
#
#  1. Inputs/gc-output/: gc's real output for every errorcheck test of Go's
#     suite run with -m (the 56 files of
#     grep -l "errorcheck.*-m" test/*.go test/fixedbugs/*.go), compiled with
#     run.go's exact command lines (gcoutput.go).
#  2. Inputs/rungo/: go1.19's own test/run.go on deliberately broken copies
#     of two tests (made by make-broken.sh), its report with the timings
#     removed (rungo-report.txt), and gc's output for the broken copies whose
#     source no longer compiles the same way.
#  3. Inputs/rungo/update-errors.txt: the // ERROR comments run.go
#     -update_errors writes into copies of escape2.go and escape_map.go
#     (line number and comment text; the copies themselves are not kept).
#  4. Inputs/rungo/driver-report.txt: run.go's report on Inputs/driver/*.go,
#     which goescape test must reproduce with goescape's own front end.
#
# Needs go1.19 at /usr/lib/go-1.19 and Go's test tree at /usr/share/go-1.19/test.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
GO=/usr/lib/go-1.19/bin/go
TESTS=/usr/share/go-1.19/test
export PATH=/usr/lib/go-1.19/bin:$PATH GOFLAGS= GOENV=off

# 1. gc's output for the 56 -m errorcheck tests.
rm -rf "$here/Inputs/gc-output"
mkdir -p "$here/Inputs"
files=$(cd "$TESTS" && grep -l "errorcheck.*-m" ./*.go fixedbugs/*.go | sed 's|^\./||')
echo "$files" > "$here/Inputs/m-tests.txt"
(cd "$here" && $GO run gcoutput.go -root "$TESTS" -out "$here/Inputs/gc-output" $files)

# 2. run.go on broken copies, in a fixed folder so that recorded paths do not
# change between runs.
tmp=/tmp/goescape-errorcheck-broken
rm -rf "$tmp"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
"$here/make-broken.sh" "$TESTS" "$tmp"
rm -rf "$here/Inputs/rungo"
mkdir -p "$here/Inputs/rungo"
broken=$(cd "$tmp" && find . -name '*.go' | sed 's|^\./||' | LC_ALL=C sort)
# (run.go exits 1 when a test fails, which is the point; its stderr is kept.)
(cd "$tmp" && $GO run "$TESTS/run.go" -n 1 -- $broken > rungo.txt 2> rungo.err || true)
[ -s "$tmp/rungo.txt" ] || { cat "$tmp/rungo.err"; exit 1; }
# Drop run.go's per-test duration ("FAIL\tx.go\t0.123s" -> "FAIL\tx.go") and
# write the folder of the copies as @BROKEN@ (raw compiler output shows it).
sed -E -e 's/^(FAIL\t.*)\t[0-9.]+s$/\1/' -e "s|$tmp|@BROKEN@|g" "$tmp/rungo.txt" \
  > "$here/Inputs/rungo/rungo-report.txt"
# gc's output for the copies whose source (not only their comments) changed.
(cd "$here" && $GO run gcoutput.go -root "$tmp" -out "$here/Inputs/rungo/gc-output" \
  compilefail/escape_level.go)

# 3. run.go -update_errors on pristine copies.
mkdir -p "$tmp/update"
cp "$TESTS/escape2.go" "$TESTS/escape_map.go" "$tmp/update/"
(cd "$tmp" && $GO run "$TESTS/run.go" -update_errors -- update/escape2.go update/escape_map.go)
for f in escape2.go escape_map.go; do
  "$here/error-comments.sh" "$tmp/update/$f" | sed "s|^|$f:|"
done > "$here/Inputs/rungo/update-errors.txt"

# 4. run.go on the driver inputs (goescape test compiles them itself).
(cd "$here/Inputs/driver" && $GO run "$TESTS/run.go" -n 1 -- *.go > "$tmp/driver.txt" \
  2> "$tmp/driver.err" || true)
[ -s "$tmp/driver.txt" ] || { cat "$tmp/driver.err"; exit 1; }
sed -E 's/^(FAIL\t.*)\t[0-9.]+s$/\1/' "$tmp/driver.txt" > "$here/Inputs/rungo/driver-report.txt"

echo "regenerated $(echo "$files" | wc -l) gc outputs and run.go's reports;" \
  "now run tests/unit/tools/goescape/errorcheck/regex_oracle/regen.sh"
