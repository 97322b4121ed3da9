#!/usr/bin/env bash
# scan.sh: robustness scan of goescape over every .go file of go1.19's test
# suite (recursively, .dir folders included). Each file is run from its own
# folder twice, `goescape -e -m=2 -l FILE` and `goescape -e --emit=types
# FILE`, under `timeout`. A run is reported when it
#   * crashes: killed by a signal or an exit status other than 0 and 1,
#   * times out (TIMEOUT seconds, default 10),
#   * exits 1 with a stderr line that is neither `FILE:LINE:COL: message`
#     nor a tab-indented continuation line (or exits 1 with empty stderr);
#     `FILE:LINE: message` is accepted too: gc prints it for positions that
#     a `//line FILE:LINE` directive (without column) maps.
# Bad input must never do any of these (docs/ARCHITECTURE.md).
#
# Usage: frontend/check/tools/scan.sh GOESCAPE [TESTDIR] [JOBS]
#   (TESTDIR default /usr/share/go-1.19/test, JOBS default 2)
# Prints one line per problem (`crash|timeout|unpositioned MODE FILE STATUS`)
# and a summary line; exit status 1 if there was a problem.
set -u
GOESCAPE=$(readlink -f "$1")
TESTDIR=${2:-/usr/share/go-1.19/test}
JOBS=${3:-2}
TIMEOUT=${TIMEOUT:-10}
export GOESCAPE TIMEOUT
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

one() {
  f=$1
  dir=$(dirname "$f")
  base=$(basename "$f")
  err=$(mktemp)
  for mode in m types; do
    if [ $mode = m ]; then flags=(-e -m=2 -l); else flags=(-e --emit=types); fi
    (cd "$dir" && timeout -k 2 "$TIMEOUT" "$GOESCAPE" "${flags[@]}" "$base" >/dev/null 2>"$err")
    st=$?
    if [ $st -eq 124 ] || [ $st -eq 137 ]; then
      echo "timeout $mode $f $st"
    elif [ $st -ne 0 ] && [ $st -ne 1 ]; then
      echo "crash $mode $f $st"
    elif [ $st -eq 1 ]; then
      if [ ! -s "$err" ] || grep -qvE '^(.+:[0-9]+(:[0-9]+)?: |	)' "$err"; then
        echo "unpositioned $mode $f $st"
      fi
    fi
  done
  rm -f "$err"
}
export -f one

find "$TESTDIR" -name '*.go' | LC_ALL=C sort > "$tmp/files"
xargs -a "$tmp/files" -d '\n' -P "$JOBS" -I{} bash -c 'one "$1"' _ {} | LC_ALL=C sort > "$tmp/out"
cat "$tmp/out"
n=$(wc -l < "$tmp/files")
c=$(grep -c '^crash' "$tmp/out")
t=$(grep -c '^timeout' "$tmp/out")
u=$(grep -c '^unpositioned' "$tmp/out")
echo "scanned $n files (2 runs each): $c crashes, $t timeouts, $u unpositioned errors"
[ "$c$t$u" = "000" ]
