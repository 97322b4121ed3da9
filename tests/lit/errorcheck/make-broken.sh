#!/bin/sh
# make-broken.sh SRC DEST: write deliberately broken copies of two Go
# errorcheck tests (from SRC, Go's test directory) into DEST/<kind>/, one
# failure kind per folder. Used by regen.sh (to record go1.19's run.go
# verdicts) and by the lit tests (to check goescape test reports the same).
#
#   nomatch/escape_map.go      a regexp that no longer matches its line
#   missing/escape_level.go    an ERROR comment on a line without output
#   unmatched/escape_level.go  an ERROR comment removed
#   duplicate/escape_level.go  the same regexp twice on one line
#   lineref/escape_level.go    a LINE+1 reference in a regexp that fails
#   backquote/escape_level.go  a failing regexp containing a backquote
#   succeeded/escape_level.go  no -0: the compile was expected to fail
#   compilefail/escape_level.go  -0 with a compile error
set -eu
src=$1
dst=$2
mk() {  # mk KIND FILE SED-SCRIPT
  mkdir -p "$dst/$1"
  sed -e "$3" "$src/$2" > "$dst/$1/$2"
}
mk nomatch escape_map.go '14s/does not escape"/does not escapeXX"/'
mk missing escape_level.go '18s|$| // ERROR "extra\\(x\\)"|'
mk unmatched escape_level.go '14s| *// ERROR .*||'
mk duplicate escape_level.go '14s|"moved to heap: i"|"moved to heap: i" "moved to heap: i"|'
mk lineref escape_level.go '15s|"moved to heap: p0"|"moved to heap: p0 LINE+1"|'
mk backquote escape_level.go '16s|"moved to heap: p1"|"moved to heap: `p1`"|'
mk succeeded escape_level.go '1s|// errorcheck -0 |// errorcheck |'
mk compilefail escape_level.go '11s|var sink interface{}|var sink interface{} = undefinedName|'
