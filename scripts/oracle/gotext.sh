#!/usr/bin/env bash
# gotext.sh: regenerate frontend/base/go_isprint.inc (strconv.IsPrint's rune
# ranges) and tests/unit/frontend/base/go_quote.golden (strconv.Quote and
# QuoteRune on fixed inputs) with go1.19's own standard library. No network.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GO119=${GO119:-/usr/lib/go-1.19/bin/go}
"$GO119" version | grep -q 'go1\.19' || { echo "gotext.sh: $GO119 is not go1.19" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOENV=off GOFLAGS= GO111MODULE=off GOCACHE="$work/cache"
"$GO119" build -o "$work/gotext" "$ROOT/scripts/oracle/gotext/main.go"
"$work/gotext" > "$ROOT/frontend/base/go_isprint.inc"
"$work/gotext" -golden > "$ROOT/tests/unit/frontend/base/go_quote.golden"
echo "gotext.sh: $(grep -c '^{' "$ROOT/frontend/base/go_isprint.inc") IsPrint ranges, $(wc -l < "$ROOT/tests/unit/frontend/base/go_quote.golden") quoting goldens"
