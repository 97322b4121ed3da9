#!/usr/bin/env bash
# test.sh: set up, build, and run every test (GoogleTest + lit, via ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
