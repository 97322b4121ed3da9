#!/usr/bin/env python3
"""aggregate.py: turn a run_rounds.sh output folder into the markdown tables
of docs/PERFORMANCE.md (hashmap section).

Per (impl, key, op, N, variant): each round gives one median (Go: the median
of gomap-bench's 5 repetitions; C++: Google Benchmark's _median of 5); the
table shows the median of the round medians and [min..max] of them.
Usage: python3 bench/hashmap/aggregate.py OUTDIR
"""
import csv
import glob
import os
import re
import statistics
import sys
from collections import defaultdict

d = sys.argv[1]
rounds = defaultdict(list)  # (impl, key, op, n, variant) -> [round median ns]

for f in sorted(glob.glob(os.path.join(d, "go-round*.tsv"))):
    for line in open(f):
        if line.startswith("#") or not line.strip():
            continue
        impl, key, op, n, variant, med, _mn, _reps = line.rstrip("\n").split("\t")
        if op != "insert":
            variant = ""
        rounds[("go", key, op, int(n), variant)].append(float(med))

name_re = re.compile(r"^(\w+)/(int64|string16)/(\w+)/(\d+)(?:/(hint|nohint))?/")
for f in sorted(glob.glob(os.path.join(d, "cc-round*.csv"))):
    lines = open(f).read().splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("name,"))
    for row in csv.DictReader(lines[start:]):
        name = row["name"]
        if not name.endswith("_median"):
            continue
        m = name_re.match(name)
        if not m:
            continue
        impl, key, op, n, variant = m.groups()
        ns = float(row["ns_per_op"]) * 1e9
        rounds[(impl, key, op, int(n), variant or "")].append(ns)

ops = [("insert", 1000, "nohint"), ("insert", 1000, "hint"), ("insert", 100000, "nohint"),
       ("insert", 100000, "hint"), ("insert", 1000000, "nohint"), ("insert", 1000000, "hint"),
       ("lookup_hit", 1000, ""), ("lookup_miss", 1000, ""), ("iterate", 1000, ""),
       ("delete_all", 1000, ""), ("lookup_hit", 1000000, ""), ("lookup_miss", 1000000, ""),
       ("iterate", 1000000, ""), ("delete_all", 1000000, "")]


def cell(k):
    xs = rounds.get(k)
    if not xs:
        return None, "—"
    m = statistics.median(xs)
    return m, f"{m:.1f} [{min(xs):.1f}..{max(xs):.1f}]"


for key in ["int64", "string16"]:
    print(f"\n#### {key} keys (ns per operation)\n")
    print("| op | N | variant | Go 1.19 map | goescape map | goescape/Go | std::unordered_map | absl::flat_hash_map |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for op, n, var in ops:
        g, gc = cell(("go", key, op, n, var))
        e, ec = cell(("goescape", key, op, n, var))
        _, sc = cell(("std", key, op, n, var))
        _, ac = cell(("absl", key, op, n, var))
        ratio = f"**{e / g:.2f}**" if g and e else "—"
        print(f"| {op} | {n:g} | {var} | {gc} | {ec} | {ratio} | {sc} | {ac} |")

rss = os.path.join(d, "rss.txt")
if os.path.exists(rss):
    print("\n#### Peak RSS, one map of 1e6 int64 keys (median of 3 fresh processes)\n")
    rows = defaultdict(list)
    impl = None
    for line in open(rss):
        m = re.match(r"rss (?:impl=(\w+) )?key=(\w+) variant=(\w+).*peak_minus_base_kB=(\d+)", line)
        if m:
            impl = m.group(1) or "go"
            cur = (impl, m.group(2), m.group(3))
            rows[cur + ("delta",)].append(int(m.group(4)))
            tot = re.search(r"TotalAlloc(?:_delta)?=(\d+)", line)
            mal = re.search(r"Mallocs(?:_delta)?=(\d+)", line)
            if tot:
                rows[cur + ("total",)].append(int(tot.group(1)))
            if mal:
                rows[cur + ("mallocs",)].append(int(mal.group(1)))
        m = re.match(r"maxrss_kB=(\d+)", line)
        if m and impl:
            rows[cur + ("maxrss",)].append(int(m.group(1)))
    print("| impl | variant | peak RSS (time %M) | peak − base | TotalAlloc | Mallocs |")
    print("|---|---|---:|---:|---:|---:|")
    for impl in ["go", "goescape"]:
        for v in ["nohint", "hint"]:
            k = (impl, "int64", v)
            def med(x):
                xs = rows.get(k + (x,))
                return statistics.median(xs) if xs else 0
            print(f"| {'Go 1.19' if impl == 'go' else 'goescape'} | {v} | {med('maxrss') / 1024:.1f} MB | "
                  f"{med('delta') / 1024:.1f} MB | {med('total'):.0f} | {med('mallocs'):.0f} |")
