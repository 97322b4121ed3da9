#!/usr/bin/env bash
# Regenerate frontend/stdlib/summaries.golden: gc 1.19's escape tag of every
# pointer-carrying parameter of every function and method declared in the stubs.
#
# Two independent derivations, which must agree wherever both apply:
#  (a) package compile: the real packages are recompiled by go1.19 with their
#      normal flags plus -m=2 (`go build -gcflags=PKG=-m=2 ...`, inlining on as in
#      the normal build) and the diagnostics at each parameter's position are
#      read: `P does not escape`, `leaking param: P` (heap 0), `leaking param: P
#      to result R level=N`, and for `leaking param content: P` the minimum N of
#      `parameter P leaks to DST with derefs=N` over non-result DSTs. Bodyless
#      (assembly) functions follow the rules of gc-escape-spec.md §6.
#  (b) call probe: a generated package calls every stub function from a
#      function whose own parameters are passed straight through
#      (func probeK(q0 T0, ...) (r0 R0, ...) { r0, ... = pkg.F(q0, ...); return }),
#      compiled with `go tool compile -l -m=2` against the export data of the
#      normal build. The caller's tag then equals the callee's imported tag.
# (b) is used for the golden (it is exactly what an importer sees); (a) must agree.
source "$(dirname "${BASH_SOURCE[0]}")/stdlib-common.sh"
W=$STDLIB_WORK/summaries
rm -rf "$W" && mkdir -p "$W"
pkgs=$(cd "$STDLIB" && find . -name '*.go' -printf '%h\n' | sed 's|^\./||' | sort -u)

echo "== normal build of the real packages (export data for the probe)"
go list -export -deps -f '{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}' $pkgs > "$W/importcfg"
echo "$(wc -l < "$W/importcfg") packages"

echo "== (a) recompile the real packages with -m=2"
gcflags=()
for p in $pkgs; do gcflags+=("-gcflags=$p=-m=2"); done
go build "${gcflags[@]}" $pkgs 2> "$W/m2.txt" || { tail -20 "$W/m2.txt"; exit 1; }
echo "$(wc -l < "$W/m2.txt") diagnostic lines"

echo "== (b) call probe"
"$TOOL" callprobe -o "$W/probe.go" -map "$W/probe.map" "$STDLIB"
(cd "$W" && go tool compile -p goescapeprobe -l -m=2 -importcfg importcfg -o probe.o probe.go > probe.txt 2>&1) \
  || { tail -20 "$W/probe.txt"; exit 1; }
echo "$(grep -c . "$W/probe.go") probe lines, $(wc -l < "$W/probe.txt") diagnostic lines"

echo "== combine"
"$TOOL" oracle -stubs "$STDLIB" -m2 "$W/m2.txt" -probe "$W/probe.txt" -probemap "$W/probe.map" \
  -o "$STDLIB/summaries.golden" -report "$W/report.txt"
echo "cross-check report: $W/report.txt"
echo "stdlib-summaries: wrote frontend/stdlib/summaries.golden"
