#!/usr/bin/env bash
# update.sh: regenerate the .ast/.toks goldens of this folder from the built
# goescape (they are goescape's own dump formats, not compiler output). Review
# the diff before committing. Token dumps end in .toks: .tokens is the
# extension of ANTLR's generated token files, which are never committed.
set -euo pipefail
cd "$(dirname "$0")"
GOESCAPE=${GOESCAPE:-../../../build/bin/goescape}
for f in *.go; do
  b=${f%.go}
  [ -f "$b.ast" ] && "$GOESCAPE" --emit=ast "$f" > "$b.ast"
  [ -f "$b.toks" ] && "$GOESCAPE" --emit=tokens "$f" > "$b.toks"
done
