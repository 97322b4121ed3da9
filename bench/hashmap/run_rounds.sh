#!/usr/bin/env bash
# run_rounds.sh: the benchmark session behind docs/PERFORMANCE.md's hashmap
# section. Runs native Go 1.19 (shared/anchors/gomap-bench) and
# hashmap_bench (goescape map, std::unordered_map, absl::flat_hash_map)
# interleaved, Go then C++, ROUNDS times, then peak-RSS runs, and records
# the machine load before every round.
#
# Usage: bench/hashmap/run_rounds.sh OUTDIR [ROUNDS]
#   needs: build-hashmap/bin/hashmap_bench (Release) and a gomap-bench binary:
#     cp -r ../shared/anchors/gomap-bench /tmp/gomap && cd /tmp/gomap &&
#     PATH=/usr/lib/go-1.19/bin:$PATH go build -o gomap-bench .
#   env: GOMAP_BENCH (default /tmp/gomap/gomap-bench),
#        HASHMAP_BENCH (default build-hashmap/bin/hashmap_bench)
# Then: python3 bench/hashmap/aggregate.py OUTDIR
set -euo pipefail
out="$1"
rounds="${2:-3}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
gobench="${GOMAP_BENCH:-/tmp/gomap/gomap-bench}"
ccbench="${HASHMAP_BENCH:-$here/build-hashmap/bin/hashmap_bench}"
mkdir -p "$out"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo
  /usr/lib/go-1.19/bin/go version
  g++ --version | head -1
} > "$out/machine.txt"
for r in $(seq 1 "$rounds"); do
  echo "round $r go  $(date -u +%H:%M:%S) load: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"
  "$gobench" > "$out/go-round$r.tsv"
  echo "round $r cc  $(date -u +%H:%M:%S) load: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"
  "$ccbench" --benchmark_format=csv > "$out/cc-round$r.csv" 2> "$out/cc-round$r.err"
done
echo "end        $(date -u +%H:%M:%S) load: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"
: > "$out/rss.txt"
for i in 1 2 3; do
  for v in nohint hint; do
    /usr/bin/time -f "maxrss_kB=%M" "$gobench" rss int64 $v 1000000 >> "$out/rss.txt" 2>&1
    /usr/bin/time -f "maxrss_kB=%M" "$ccbench" rss int64 $v 1000000 >> "$out/rss.txt" 2>&1
  done
done
