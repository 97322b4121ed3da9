#!/usr/bin/env bash
# list.sh TESTDIR: the errorcheck tests of go1.19's test suite that do not
# use -m, relative to TESTDIR, sorted: every .go file (recursively, outside
# .dir folders) whose run.go recipe (first line, or second after a +build
# line) starts with errorcheck, errorcheckdir, errorcheckwithauto or
# errorcheckandrundir and has no -m/-m=N flag.
set -euf
cd "$1"
find . -name '*.dir' -prune -o -name '*.go' -print | sed 's|^\./||' | LC_ALL=C sort |
while IFS= read -r f; do
  line=$(head -1 "$f")
  case "$line" in *+build*) line=$(sed -n 2p "$f") ;; esac
  set -- $line
  [ "${1:-}" = "//" ] && shift
  act=${1:-}
  act=${act#//}
  case "$act" in errorcheck|errorcheckdir|errorcheckwithauto|errorcheckandrundir) ;; *) continue ;; esac
  shift
  m=0
  for w in "$@"; do
    case "$w" in -m|-m=*) m=1 ;; -*) ;; *) break ;; esac
  done
  [ $m -eq 0 ] && echo "$f"
done
