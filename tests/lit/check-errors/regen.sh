#!/usr/bin/env bash
# Regenerate every X.err in this folder with go1.19.
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../../../scripts/oracle/gen-errors.sh" "$here"
