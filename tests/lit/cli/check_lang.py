#!/usr/bin/env python3
"""check_lang.py GOESCAPE GOLDEN: goescape must accept or reject every -lang
value of GOLDEN (go1.19's verdicts, lang-regen.sh) as gc does, with gc's
message after "goescape: ". Prints "N values agree" or the differences."""
import os
import subprocess
import sys
import tempfile

goescape, golden = sys.argv[1], sys.argv[2]
bad = 0
n = 0
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "p.go")
    with open(src, "w") as f:
        f.write("package p\n")
    for line in open(golden):
        value, rc, msg = line.rstrip("\n").split("\t", 2)
        p = subprocess.run([goescape, "-lang=" + value, src], capture_output=True, text=True)
        want = ("goescape: " + msg + "\n") if msg else ""
        n += 1
        if str(p.returncode) != rc or p.stderr != want:
            bad += 1
            print("-lang=%s: got exit %d %r, want exit %s %r" % (value, p.returncode, p.stderr, rc, want))
print("%d values agree" % (n - bad) if not bad else "%d of %d values differ" % (bad, n))
sys.exit(1 if bad else 0)
