#!/usr/bin/env bash
# regen.sh: regenerate the inputs (../Inputs/gen.py) and go1.19's .err files.
set -euo pipefail
cd "$(dirname "$0")"
for k in garbage nul utf8 empty truncated unbalanced deep-unclosed; do
  python3 ../Inputs/gen.py "$k" "${k//-/_}.go"
done
exec ../../../../scripts/oracle/gen-errors.sh .
