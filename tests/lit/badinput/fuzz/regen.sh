#!/usr/bin/env bash
# regen.sh: regenerate go1.19's .err files for the fuzzer findings here.
set -euo pipefail
cd "$(dirname "$0")"
exec ../../../../scripts/oracle/gen-errors.sh .
