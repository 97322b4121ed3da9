#!/usr/bin/env bash
# regen.sh: rewrite passlist.txt, the `// errorcheck` tests of go1.19's test
# suite (recursively, recipes errorcheck, errorcheckdir, errorcheckwithauto,
# errorcheckandrundir) that do not run the escape analysis (no -m flag) and
# that `goescape test` passes with run.go's rules (goescape's front end as the
# compiler). check.sh then fails when a listed file stops passing: the list
# may only grow. Files also listed before are kept only if they still pass
# (regen.sh prints the ones that dropped out: investigate before committing).
#
# Usage: tests/lit/check/errorcheck-pass/regen.sh GOESCAPE   (no go tool needed)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
GOESCAPE=$(readlink -f "$1")
TESTDIR=${GO119_TEST:-/usr/share/go-1.19/test}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$here/list.sh" "$TESTDIR" > "$tmp/all"
(cd "$TESTDIR" && "$GOESCAPE" test -j 2 -v $(cat "$tmp/all")) > "$tmp/report" 2>&1 || true
grep '^ok' "$tmp/report" | cut -f2 | sed "s|^$TESTDIR/||" | LC_ALL=C sort > "$tmp/pass"
if [ -f "$here/passlist.txt" ]; then
  LC_ALL=C comm -23 <(grep -v '^#' "$here/passlist.txt") "$tmp/pass" | sed 's/^/regen.sh: no longer passes: /' >&2
fi
{
  echo "# go1.19 errorcheck tests without -m that goescape test passes (regen.sh)"
  cat "$tmp/pass"
} > "$here/passlist.txt"
echo "regen.sh: $(wc -l < "$tmp/pass") of $(wc -l < "$tmp/all") files pass; $(tail -1 "$tmp/report")" >&2
