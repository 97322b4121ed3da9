#!/usr/bin/env bash
# gen-errors.sh: regenerate the go1.19 oracle outputs of error test folders.
#
# Usage: scripts/oracle/gen-errors.sh [--suffix SUF] [--allow-clean] DIR...
#
# For every X.go in each DIR this runs, in DIR, with GOENV=off GOFLAGS=
# GO111MODULE=off,
#     /usr/lib/go-1.19/bin/go tool compile -p=main -o TMP/x.o [X.args] X.go
# and writes its combined stdout+stderr (gc prints errors on stdout) to X.err
# (or X<SUF> with --suffix, e.g. --suffix .gc.txt). X.args, if present, holds
# extra compiler arguments in shell syntax (e.g. `-e`).
#
# Every case is expected to fail with exit status 1. A case that compiles
# cleanly (status 0) or exits otherwise is reported loudly and makes this
# script exit 1, unless --allow-clean is given (then status 0 is accepted;
# used for reference folders that record what gc says about valid code).
#
# The inputs (X.go, X.args) are never created or changed by this script;
# binary inputs (NUL bytes, invalid UTF-8, BOMs) are committed as files.
# Set GO119=/path/to/go to use another go1.19 binary.
set -u

GO=${GO119:-/usr/lib/go-1.19/bin/go}
objdir=$(mktemp -d)
trap 'rm -rf "$objdir"' EXIT
suffix=.err
allow_clean=0
while [ $# -gt 0 ]; do
  case "$1" in
    --suffix) suffix=$2; shift 2 ;;
    --allow-clean) allow_clean=1; shift ;;
    --) shift; break ;;
    -*) echo "gen-errors.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ]; then
  echo "usage: gen-errors.sh [--suffix SUF] [--allow-clean] DIR..." >&2
  exit 2
fi

version=$(GOENV=off "$GO" version 2>/dev/null) || { echo "gen-errors.sh: cannot run $GO" >&2; exit 2; }
case "$version" in
  "go version go1.19"*) ;;
  *) echo "gen-errors.sh: $GO is not go1.19 ($version)" >&2; exit 2 ;;
esac

export GOENV=off GOFLAGS= GO111MODULE=off LC_ALL=C
status=0
count=0
for dir in "$@"; do
  if [ ! -d "$dir" ]; then
    echo "gen-errors.sh: $dir: not a directory" >&2
    status=1
    continue
  fi
  (
    cd "$dir" || exit 1
    st=0
    shopt -s nullglob
    for gofile in *.go; do
      base=${gofile%.go}
      extra=()
      if [ -f "$base.args" ]; then
        eval "extra=($(cat "$base.args"))"
      fi
      # Never -o /dev/null: gc removes its output file when compilation
      # fails, which deletes /dev/null when run as root.
      "$GO" tool compile -p=main -o "$objdir/x.o" "${extra[@]}" "$gofile" > "$base$suffix" 2>&1
      rc=$?
      if [ $rc -eq 1 ]; then
        :
      elif [ $rc -eq 0 ] && [ $allow_clean -eq 1 ]; then
        :
      elif [ $rc -eq 0 ]; then
        echo "************ WARNING: $dir/$gofile compiled cleanly (exit 0): fix or remove this case" >&2
        st=1
      else
        echo "************ WARNING: $dir/$gofile: go tool compile exited $rc (want 1):" >&2
        sed 's/^/    /' "$base$suffix" >&2
        st=1
      fi
    done
    # Expected files whose input is gone are stale.
    for out in *"$suffix"; do
      if [ ! -f "${out%"$suffix"}.go" ]; then
        echo "************ WARNING: $dir/$out has no ${out%"$suffix"}.go beside it" >&2
        st=1
      fi
    done
    exit $st
  ) || status=1
  n=$(find "$dir" -maxdepth 1 -name '*.go' | wc -l)
  count=$((count + n))
  echo "gen-errors.sh: $dir: $n cases" >&2
done
echo "gen-errors.sh: $count cases in total$( [ $status -ne 0 ] && echo ', WITH WARNINGS (see above)')" >&2
exit $status
