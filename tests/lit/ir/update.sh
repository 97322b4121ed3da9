#!/usr/bin/env bash
# update.sh: regenerate the --emit=ir goldens (goescape's own format) after
# an intended change to the IR or its printer; review the diff before
# committing. Usage: tests/lit/ir/update.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../../../build}/bin/goescape
cd "$here/Inputs"
for f in *.go; do
  "$bin" --emit=ir -p=p "$f" > "${f%.go}.ir"
done
echo "update.sh: regenerated $(ls *.ir | wc -l) golden(s); review with git diff"
