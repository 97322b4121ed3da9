#!/usr/bin/env bash
# Validate the stubs under frontend/stdlib with go1.19:
#  1. apicheck: every stub declaration equals go1.19's (function and method
#     signatures, receiver kinds, const types and values, var types, alias
#     targets, interface method sets, struct size/align/pointer words/
#     comparability, exported field types/offsets/tags), via go/types;
#  2. the stubs compile with go1.19's compiler as real packages (copied to a
#     scratch module goescape.stub/<importpath>, imports rewritten);
#  3. the layout probe, compiled and run against the stub packages, prints
#     exactly frontend/stdlib/layouts.golden (made by stdlib-layouts.sh from the
#     real packages).
source "$(dirname "${BASH_SOURCE[0]}")/stdlib-common.sh"

echo "== 1. API check against go1.19 export data"
"$TOOL" apicheck "$STDLIB"

echo "== 2. compile the stubs with go1.19 as module goescape.stub"
MOD=$STDLIB_WORK/validate
rm -rf "$MOD" && mkdir -p "$MOD"
printf 'module goescape.stub\n\ngo 1.19\n' > "$MOD/go.mod"
pkgs=$(cd "$STDLIB" && find . -name '*.go' -printf '%h\n' | sed 's|^\./||' | sort -u)
for p in $pkgs; do
  mkdir -p "$MOD/$p"
  for f in "$STDLIB/$p"/*.go; do
    # rewrite imports of stubbed packages ("fmt" -> "goescape.stub/fmt")
    sed_args=()
    for q in $pkgs; do sed_args+=(-e "s|^\(\t\(import \)\{0,1\}[a-z_]* \{0,1\}\)\"$q\"$|\1\"goescape.stub/$q\"|"); done
    sed "${sed_args[@]}" "$f" > "$MOD/$p/$(basename "$f")"
  done
  : > "$MOD/$p/stub.s"   # allows function declarations without bodies
done
if grep -rhn '^\s*"[a-z]' "$MOD" --include='*.go' | grep -v '"unsafe"' | grep -v 'goescape.stub/'; then
  echo "a stub imports a package that is not stubbed" >&2; exit 1
fi
(cd "$MOD" && go build ./... && go vet -asmdecl=false ./...)
echo "compiled $(echo "$pkgs" | wc -w) packages"

echo "== 3. layouts of the stub structs (compiled probe) vs layouts.golden"
mkdir -p "$MOD/cmd/layoutprobe"
"$TOOL" layoutprobe -prefix goescape.stub/ "$STDLIB" > "$MOD/cmd/layoutprobe/main.go"
(cd "$MOD" && go run ./cmd/layoutprobe) > "$STDLIB_WORK/layouts.stubs"
if ! diff -u <(grep -v '^#' "$STDLIB/layouts.golden") "$STDLIB_WORK/layouts.stubs"; then
  echo "stub layouts differ from layouts.golden (run stdlib-layouts.sh if the set of types changed)" >&2
  exit 1
fi
echo "$(grep -c ' size ' "$STDLIB/layouts.golden") struct types, $(grep -c ' offset ' "$STDLIB/layouts.golden") exported fields: identical"
echo "stdlib-validate: OK"
