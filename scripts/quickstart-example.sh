#!/usr/bin/env bash
# quickstart-example.sh: set up, build, and run goescape on an example.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# Until the escape analysis lands (issue 5), show the syntax tree.
echo "+ build/bin/goescape examples/maps.go --emit=ast"
build/bin/goescape examples/maps.go --emit=ast
