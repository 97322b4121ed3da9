#!/usr/bin/env bash
# quickstart-example.sh: set up, build, and run goescape on an example: what
# escapes (as go build -gcflags='-m -l' prints it) and why, in plain words.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
echo "+ build/bin/goescape examples/maps.go -m -l"
build/bin/goescape examples/maps.go -m -l
echo "+ build/bin/goescape examples/maps.go --explain"
build/bin/goescape examples/maps.go --explain
