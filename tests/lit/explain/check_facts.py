#!/usr/bin/env python3
"""check_facts.py: the facts behind `goescape --explain` must be gc's.

Usage: check_facts.py EXPLAIN.txt GC_OUTPUT.txt

EXPLAIN.txt is what `goescape --explain` printed; GC_OUTPUT.txt is what
go1.19's `go tool compile -p=p -m=2 -l` (or -m) printed for the same files,
committed next to the test (see regen.sh). The script compares, as multisets:

  * every heap verdict --explain prints ("POS: moved to heap: x",
    "POS: X escapes to heap") with gc's -m lines of the same kinds, except
    the closures gc builds for go/defer statements, which gc's -m does not
    print (--explain marks them in their "what:" line);
  * every leaking-parameter verdict ("POS: leaking param: p",
    "... content: p", "... to result r level=N") with gc's.

Exit status 0 when both agree, 1 (with a diff) otherwise.
"""
import collections
import re
import sys

VERDICT = re.compile(
    r"^(?P<pos>\S+:\d+:\d+): (?P<msg>moved to heap: \S+|.* escapes to heap|"
    r"leaking param(?: content)?: \S+(?: to result \S+ level=\d+)?)$")


def explain_facts(path):
    facts = []
    lines = open(path, encoding="utf-8").read().splitlines()
    for i, line in enumerate(lines):
        if not line.startswith("  ") or line.startswith("   "):
            continue
        m = VERDICT.match(line[2:])
        if not m:
            continue
        # The "what:" line follows the excerpt (two lines) of a heap entry.
        what = next((l for l in lines[i + 1:i + 6] if l.startswith("    what: ")), "")
        if "gc's -m prints no line for it" in what:
            continue
        facts.append(m.group("pos") + ": " + m.group("msg"))
    return facts


def gc_facts(path):
    facts = []
    for line in open(path, encoding="utf-8").read().splitlines():
        m = VERDICT.match(line)
        if m:
            facts.append(m.group("pos") + ": " + m.group("msg"))
    return facts


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    got = collections.Counter(explain_facts(sys.argv[1]))
    want = collections.Counter(gc_facts(sys.argv[2]))
    if got == want:
        print("check_facts: %d verdicts agree with go1.19" % sum(want.values()))
        return 0
    for fact in sorted((want - got).elements()):
        print("missing (gc prints it): " + fact)
    for fact in sorted((got - want).elements()):
        print("extra (gc does not print it): " + fact)
    return 1


if __name__ == "__main__":
    sys.exit(main())
