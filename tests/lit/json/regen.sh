#!/bin/sh
# regen.sh: regenerate the go1.19 goldens of the -json suite.
#
# For every case folder Inputs/NAME with an ARGS file (source files, one per
# line, relative to Inputs/NAME/src or absolute), this runs, from src/,
#     go tool compile -p=PKG -l -json=0,TMP -o TMP.o FILE...
# with PKG from Inputs/NAME/PKG (default "main", the package path goescape
# gives the command-line package), reduces TMP to escape analysis's records
# with filter_escape.py, and stores it as Inputs/NAME/expected/ (a ".keep" file
# marks each empty directory so that git keeps it). For every mN.stdout file
# in the case folder it also stores gc's stdout with -m=N (and -json).
#
# Needs go1.19 at /usr/lib/go-1.19 and, for the go_* cases, Go's test tree at
# /usr/share/go-1.19/test. No network.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
GO=/usr/lib/go-1.19/bin/go
export GOFLAGS= GOENV=off GOROOT=/usr/lib/go-1.19
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# gc CASE JSONDIR [FLAG...]: compile CASE's files with gc, stdout to stdout.
gc() {
  (
    case=$1
    json=$2
    shift 2
    pkg=main
    if [ -f "$case/PKG" ]; then pkg=$(cat "$case/PKG"); fi
    if [ -d "$case/src" ]; then cd "$case/src"; else cd "$case"; fi
    IFS='
'
    set -f
    set -- "$@" $(cat "$case/ARGS")
    unset IFS
    # Never -o /dev/null: a failed compile run as root deletes it.
    "$GO" tool compile -p="$pkg" -l -json=0,"$json" -o "$tmp/obj.o" "$@"
  )
}

for case in "$here"/Inputs/*/; do
  case=${case%/}
  [ -f "$case/ARGS" ] || continue
  name=$(basename "$case")
  rm -rf "$tmp/$name"
  gc "$case" "$tmp/$name" > /dev/null
  python3 "$here/filter_escape.py" "$tmp/$name"
  find "$tmp/$name" -type d -empty -exec touch '{}/.keep' ';'
  rm -rf "$case/expected"
  cp -R "$tmp/$name" "$case/expected"
  for m in "$case"/m*.stdout; do
    [ -f "$m" ] || continue
    level=$(basename "$m" .stdout | sed 's/^m//')
    rm -rf "$tmp/m"
    gc "$case" "$tmp/m" -m="$level" > "$m"
  done
  echo "regenerated $name"
done
