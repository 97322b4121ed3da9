#!/usr/bin/env bash
# Quiet-machine rounds for the rows that came out above 1.0 in the loaded session.
set -e
for r in 1 2 3 4; do
  echo "round $r go  $(date -u +%H:%M:%S) load: $(cut -d' ' -f1-3 /proc/loadavg)" >> load.txt
  /tmp/gomap/gomap-bench int64 > go-round$r.tsv
  /tmp/gomap/gomap-bench string16 | grep delete_all >> go-round$r.tsv
  echo "round $r cc  $(date -u +%H:%M:%S) load: $(cut -d' ' -f1-3 /proc/loadavg)" >> load.txt
  /work/main/build/bin/hashmap_bench --benchmark_filter='goescape/(int64/(delete_all|insert/100000)|string16/delete_all)' --benchmark_format=csv > cc-round$r.csv 2>/dev/null
done
echo "end $(date -u +%H:%M:%S) load: $(cut -d' ' -f1-3 /proc/loadavg)" >> load.txt
