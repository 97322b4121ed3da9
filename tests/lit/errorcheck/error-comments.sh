#!/bin/sh
# error-comments.sh FILE: print "LINE: // ERROR ..." for every line of FILE
# with an ERROR comment (the comment text from "// ERROR" to the end of the
# line, so that gofmt's alignment does not matter). Used by regen.sh and
# update-errors.test to compare goescape test --update-errors with run.go's.
grep -n '// ERROR' "$1" | sed -E 's|^([0-9]+):.*(// ERROR.*)$|\1: \2|'
