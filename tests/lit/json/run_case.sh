#!/bin/sh
# run_case.sh GOESCAPE CASE OUT [FLAG...]: run one golden case of the -json
# suite and compare it with go1.19's output.
#
# CASE is a folder of Inputs/: ARGS lists the source files, one per line, as
# they are given on the command line (relative to CASE/src, or absolute);
# expected/ is gc's -json=0 output for them, reduced to escape records (see
# regen.sh). The command run, from CASE/src (or CASE if it has no src/), is
#     GOESCAPE -l -json=0,OUT/json FLAG... FILE...
# with stdout in OUT/stdout. OUT/json must then equal expected/ byte for byte
# and file for file (diff -r; ".keep" files only hold empty directories in
# git). GOROOT is set as `go tool compile` sets it for gc. Like regen.sh, the
# package path is -p=PKG with PKG from CASE/PKG (default "main").
set -eu
goescape=$1
case=$2
out=$3
shift 3
pkg=main
if [ -f "$case/PKG" ]; then pkg=$(cat "$case/PKG"); fi
rm -rf "$out"
mkdir -p "$out"
if [ -d "$case/src" ]; then cd "$case/src"; else cd "$case"; fi
# The file names may hold spaces and shell characters: split ARGS at
# newlines only, without globbing, after the flags.
IFS='
'
set -f
set -- "$@" $(cat "$case/ARGS")
unset IFS
GOROOT=/usr/lib/go-1.19 "$goescape" -l -p="$pkg" -json=0,"$out/json" "$@" > "$out/stdout"
diff -r -x .keep "$case/expected" "$out/json"
