#!/usr/bin/env bash
# check.sh GOESCAPE: `goescape test` (run.go's rules, goescape's own front
# end) must pass every file of passlist.txt; prints goescape test's summary.
set -u
here=$(cd "$(dirname "$0")" && pwd)
GOESCAPE=$(readlink -f "$1")
TESTDIR=${GO119_TEST:-/usr/share/go-1.19/test}
cd "$TESTDIR"
"$GOESCAPE" test -j 2 $(grep -v '^#' "$here/passlist.txt")
