#!/usr/bin/env python3
"""bench.py: wall time of escape analysis output, goescape against go1.19.

Runs, on the Go 1.19 test files of tests/gc-escape/passlist.txt that have
an "errorcheck -0 FLAGS" header, each of:
  goescape   goescape -p=p FLAGS F.go                 (parse, check, analyse)
  compile    go tool compile -p=p -o OBJ FLAGS F.go   (gc alone)
  build      go build -gcflags='FLAGS' in F's own folder, with a fresh,
             empty GOCACHE for every round (what a user runs)
one file after the other, REPEAT rounds (default 5), and prints the median
total per tool and the ratios. Files are copied to a temporary folder first.
Usage: bench/escape/bench.py [--goescape BUILD/bin/goescape] [--repeat N]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GO = "/usr/lib/go-1.19/bin/go"
TESTDIR = "/usr/share/go-1.19/test"


def files():
    out = []
    with open(os.path.join(ROOT, "tests/gc-escape/passlist.txt")) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            with open(os.path.join(TESTDIR, line)) as g:
                header = g.readline().strip()
            if not header.startswith("// errorcheck -0"):
                continue
            flags = header[len("// errorcheck -0"):].split()
            out.append((line, flags))
    return out


def run_all(cmds, env=None):
    t0 = time.perf_counter()
    for cwd, cmd in cmds:
        subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--goescape", default=os.path.join(ROOT, "build/bin/goescape"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="goescape-bench-")
    try:
        tests = files()
        g_cmds, c_cmds, b_cmds = [], [], []
        for i, (rel, flags) in enumerate(tests):
            d = os.path.join(work, "p%02d" % i)
            os.makedirs(d)
            name = os.path.basename(rel)
            shutil.copy(os.path.join(TESTDIR, rel), os.path.join(d, name))
            g_cmds.append((d, [args.goescape, "-p=p"] + flags + [name]))
            c_cmds.append((d, [GO, "tool", "compile", "-p=p", "-o", os.path.join(d, "x.o")] + flags + [name]))
            b_cmds.append((d, [GO, "build", "-o", os.path.join(d, "x.out"), "-gcflags=" + " ".join(flags), "."]))
        env = dict(os.environ, GOENV="off", GOFLAGS="", GO111MODULE="off", GOPATH=os.path.join(work, "gopath"))
        rounds = {"goescape": [], "compile": [], "build": []}
        for _ in range(args.repeat):
            rounds["goescape"].append(run_all(g_cmds))
            rounds["compile"].append(run_all(c_cmds, env))
            cache = tempfile.mkdtemp(prefix="gocache-", dir=work)
            rounds["build"].append(run_all(b_cmds, dict(env, GOCACHE=cache)))
        med = {k: statistics.median(v) for k, v in rounds.items()}
        print("files: %d   rounds: %d   (median of the total wall time per round)" % (len(tests), args.repeat))
        for k in ("goescape", "compile", "build"):
            print("  %-9s %8.3f s   (%.1f ms/file)" % (k, med[k], 1000 * med[k] / len(tests)))
        print("  go tool compile / goescape = %.2fx" % (med["compile"] / med["goescape"]))
        print("  go build        / goescape = %.2fx" % (med["build"] / med["goescape"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
