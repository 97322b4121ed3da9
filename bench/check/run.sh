#!/usr/bin/env bash
# run.sh: the parse + type-check benchmark (docs/PERFORMANCE.md, "## Parsing
# and type checking").
#
# Usage: bench/check/run.sh [BUILD_DIR]   (default: build/, with check_bench built)
#
# Corpus A: the 56 `errorcheck -m` files of go1.19's test suite and the 30
# programs of tests/lit/check/programs (each file one package).
# Corpus B: one generated package of 500 modules (gen_corpus.py, ~26,500 lines).
# Corpus C: the 400,000-declaration file of tests/lit/badinput/Inputs/gen.py
# (no go tool compile run: it takes minutes).
# For each: goescape (check_bench: parse + check in-process, fresh state per
# file, best of 3) against go1.19's go/parser + go/types (gotype/, built with
# go1.19, GOMAXPROCS=1, best of 3), and go1.19's whole `go tool compile`
# (one process per file: parse, types2, IR, SSA, code generation) for scale.
# Nothing is written outside a temporary directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
GO=${GO119:-/usr/lib/go-1.19/bin/go}
TESTDIR=${GO119_TEST:-/usr/share/go-1.19/test}
bench=$build/bin/check_bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOENV=off GOFLAGS= GO111MODULE=off GOCACHE="$work/gocache" HOME="$work"

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$TESTDIR" && grep -l "errorcheck.*-m" *.go fixedbugs/*.go | sed "s|^|$TESTDIR/|") > "$work/a.txt"
ls "$root"/tests/lit/check/programs/*.go >> "$work/a.txt"
python3 "$here/gen_corpus.py" 500 "$work/big.go"
echo "$work/big.go" > "$work/b.txt"
python3 "$root/tests/lit/badinput/Inputs/gen.py" decls "$work/decls.go"
echo "$work/decls.go" > "$work/c.txt"
(cd "$here/gotype" && "$GO" build -o "$work/gotype" main.go)

for corpus in a b c; do
  echo "-- corpus $corpus"
  "$bench" --rounds 3 --list "$work/$corpus.txt"
  GOMAXPROCS=1 "$work/gotype" -rounds 3 -list "$work/$corpus.txt"
  [ "$corpus" = c ] && continue
  start=$(date +%s.%N)
  while read -r f; do
    "$GO" tool compile -p=main -o "$work/x.o" "$f" > /dev/null 2>&1 || echo "   (go tool compile failed: $f)"
  done < "$work/$corpus.txt"
  end=$(date +%s.%N)
  echo "go1.19 go tool compile (whole compiler, one process per file): $(echo "$end - $start" | bc) s"
done
