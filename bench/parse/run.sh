#!/usr/bin/env bash
# run.sh: the parsing benchmark (docs/PERFORMANCE.md, "## Parsing").
#
# Usage: bench/parse/run.sh [BUILD_DIR]      (default: build/, with parse_bench built)
#
# 1. The corpus: every .go file under go1.19's src/ that goescape parses
#    without any error (parse_bench --select).
# 2. go1.19's own parser (go/parser, goparse/main.go built with go1.19, run
#    with GOMAXPROCS=1 like goescape's single-threaded parser) and goescape's
#    parsing phase (parse_bench) over the same files: best of 3 rounds each.
# 3. The same for the 400,000-declaration file and the 100,000-parentheses
#    file of tests/lit/badinput/Inputs/gen.py.
# Nothing is written outside a temporary directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
GO=${GO119:-/usr/lib/go-1.19/bin/go}
SRC=${GOSRC:-/usr/share/go-1.19/src}
bench=$build/bin/parse_bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -m)"
"$bench" --select "$SRC" > "$work/files.txt"
echo "corpus: $(wc -l < "$work/files.txt") of $(find "$SRC" -name '*.go' | wc -l) .go files under $SRC"

(cd "$here/goparse" && GOENV=off GOFLAGS= GO111MODULE=off GOCACHE="$work/gocache" \
  "$GO" build -o "$work/goparse" main.go)

echo "-- go1.19 src: go1.19 go/parser"
GOMAXPROCS=1 "$work/goparse" -rounds 3 -list "$work/files.txt"
echo "-- go1.19 src: goescape"
"$bench" --rounds 3 --list "$work/files.txt"

for kind in decls parens; do
  python3 "$root/tests/lit/badinput/Inputs/gen.py" "$kind" "$work/$kind.go"
  echo "-- $kind.go: go1.19 go/parser"
  GOMAXPROCS=1 "$work/goparse" -rounds 3 "$work/$kind.go"
  echo "-- $kind.go: goescape"
  "$bench" --rounds 3 "$work/$kind.go"
done
