#!/usr/bin/env bash
# lang-regen.sh: record go1.19's verdict on -lang values (Inputs/lang.gc.txt:
# "VALUE<TAB>EXIT<TAB>MESSAGE" per line, gc's "compile: " prefix removed) for
# lang.test, which requires goescape to give the same verdict and message.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
GO=${GO:-/usr/lib/go-1.19/bin/go}
"$GO" version | grep -q 'go1\.19' || { echo "lang-regen.sh: $GO is not go1.19" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'package p\n' > "$tmp/p.go"
: > "$here/Inputs/lang.gc.txt"
for v in go1.0 go1.9 go1.17 go1.19 go1.20 go2 go2.0 go1.09 go0.1 go1.19.1 1.17 foo go1. go.1 go01.2; do
  rc=0
  msg=$(cd "$tmp" && GOENV=off GOFLAGS= GO111MODULE=off "$GO" tool compile -p=p -o "$tmp/p.o" -lang="$v" p.go 2>&1) || rc=$?
  printf '%s\t%s\t%s\n' "$v" "$rc" "${msg#compile: }" >> "$here/Inputs/lang.gc.txt"
done
