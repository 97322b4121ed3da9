#!/usr/bin/env python3
"""check_placements.py: the IR's stack/heap placements agree with gc.

For every snippet X.go of the golden corpus (tests/escape, whose X.m1.txt is
go1.19's `-m -l` output), runs `goescape --emit=ir -l -p=p X.go` and checks
both directions:
  * every position gc reports as "moved to heap" / "... escapes to heap" has
    an allocating IR instruction placed on the heap at that position;
  * every heap placement in the IR is at a position gc reports (channels
    excepted: gc never reports them, they always live in the heap).
Prints one line per disagreement and a summary; exits 1 if any.
Usage: check_placements.py GOESCAPE CORPUS_DIR
"""
import os
import re
import subprocess
import sys

HEAP_LINE = re.compile(r"^[^:]+\.go:(\d+):(\d+): (moved to heap: .*|.* escapes to heap)$")
IR_LINE = re.compile(r"^\s+%\d+ = (\w+) .*\[heap(?::[^\]]*)?\]\s*; (\d+):(\d+) ")


def main():
    goescape, corpus = sys.argv[1], sys.argv[2]
    problems = 0
    files = 0
    heap_total = 0
    for topic in sorted(os.listdir(corpus)):
        d = os.path.join(corpus, topic)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if not name.endswith(".go"):
                continue
            base = name[:-3]
            golden = os.path.join(d, base + ".m1.txt")
            if not os.path.exists(golden):
                continue
            files += 1
            want = set()
            with open(golden) as f:
                for line in f:
                    m = HEAP_LINE.match(line.rstrip("\n"))
                    if m:
                        want.add((int(m.group(1)), int(m.group(2))))
            proc = subprocess.run([goescape, "--emit=ir", "-l", "-p=p", name], cwd=d,
                                  capture_output=True, text=True, timeout=60)
            if proc.returncode != 0 or proc.stderr:
                print("%s/%s: goescape failed: %s" % (topic, name, proc.stderr.strip()))
                problems += 1
                continue
            with open(os.path.join(d, name)) as f:
                src = f.read().split("\n")
            got = set()
            for line in proc.stdout.splitlines():
                m = IR_LINE.match(line)
                if not m or m.group(1) == "makechan":
                    continue
                pos = (int(m.group(2)), int(m.group(3)))
                # go/defer wrapper closures live in the heap (or until the
                # function returns) but gc prints no line for them.
                text = src[pos[0] - 1][pos[1] - 1:] if pos[0] <= len(src) else ""
                if m.group(1) == "closure" and (text.startswith("go ") or text.startswith("defer ")):
                    continue
                got.add(pos)
            heap_total += len(want)
            for p in sorted(want - got):
                print("%s/%s:%d:%d: gc puts this on the heap; the IR does not" % (topic, name, p[0], p[1]))
                problems += 1
            for p in sorted(got - want):
                print("%s/%s:%d:%d: the IR puts this on the heap; gc does not" % (topic, name, p[0], p[1]))
                problems += 1
    print("%d snippets, %d heap positions, %d disagreements" % (files, heap_total, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
