# Sourced by the stdlib-*.sh scripts: locate go1.19 and the repo, build stdlib-tool.
# Override GO119 (path of the go1.19 `go` binary) and STDLIB_WORK (scratch dir) if needed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STDLIB=$ROOT/frontend/stdlib
GO119=${GO119:-/usr/lib/go-1.19/bin/go}
if [ ! -x "$GO119" ]; then
  echo "go1.19 not found at $GO119 (apt-get install golang-1.19-go, or set GO119)" >&2
  exit 2
fi
if ! "$GO119" version | grep -q 'go1\.19'; then
  echo "$GO119 is not go1.19: $("$GO119" version)" >&2
  exit 2
fi
export PATH=$(dirname "$GO119"):$PATH
export GOROOT=$("$GO119" env GOROOT)
export GO111MODULE=on GOPROXY=off GOFLAGS=-mod=mod GOTOOLCHAIN=local
export GOOS=linux GOARCH=amd64
STDLIB_WORK=${STDLIB_WORK:-/tmp/goescape-stdlib}
mkdir -p "$STDLIB_WORK"
# scratch build cache: the oracle needs fresh compiles, and we leave ~/.cache alone
export GOCACHE=$STDLIB_WORK/gocache
TOOL=$STDLIB_WORK/stdlib-tool
(cd "$ROOT" && go build -o "$TOOL" scripts/oracle/stdlib-tool.go)
