#!/usr/bin/env bash
# Regenerate every X.gc.txt in this folder with go1.19. Valid generic code
# compiles cleanly, so exit status 0 is accepted here (empty X.gc.txt).
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../../../scripts/oracle/gen-errors.sh" --suffix .gc.txt --allow-clean "$here"
