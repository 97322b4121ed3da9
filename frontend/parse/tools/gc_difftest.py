#!/usr/bin/env python3
"""gc_difftest.py: differential test of goescape's syntax errors against go1.19.

Takes valid Go files, breaks them with a few random token-level mutations
(delete, duplicate, insert or replace a token), and compares what go1.19
(`go tool compile`) and goescape print for each mutant. Only mutants where
gc reports a syntax error, and nothing but errors goescape's parser models
(syntax, scanner and parser-check errors), are compared: type errors and
branch errors (break/goto/labels) are out of scope here.

Usage:
  gc_difftest.py [--goescape BIN] [--tokens-bin BIN] [--seed N] [--count N] [--out DIR] [-e]
                 [--max-bytes N] FILE_OR_DIR...

Mismatches are written to DIR (default /tmp/gc_difftest) as caseN.go with
caseN.gc (go1.19's output) and caseN.ge (goescape's); the summary line
counts compared cases and mismatches. This is a development tool (not run by
ctest): go1.19 is the oracle, nothing is ever written by hand. It never
passes -o /dev/null to the compiler.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

GO = os.environ.get("GO119", "/usr/lib/go-1.19/bin/go")

# Messages goescape's parsing phase produces (besides "syntax error: ...").
PARSER_MESSAGES = re.compile(
    r"(syntax error: |method has no receiver|method has multiple receivers|"
    r"expression in (go|defer) must|middle index required|final index required|"
    r"invalid line number|invalid column number|too many errors|"
    r"newline in string|string not terminated|rune literal|escape|invalid character|"
    r"literal has no digits|must separate successive digits|exponent|mantissa|"
    r"invalid digit|invalid radix point|comment not terminated|invalid NUL|"
    r"invalid UTF-8|invalid BOM|identifier cannot begin with digit|"
    r"empty rune literal|more than one character)")

INSERTS = ["(", ")", "{", "}", "[", "]", ",", ";", ":", "=", ":=", ".", "...", "if", "for",
           "func", "case", "default", "else", "var", "x", "1", '"s"', "chan", "<-", "*", "range",
           "go", "struct", "interface", "map", "\n", "+", "&&", "++", "type", "const", "return",
           "switch", "select", "import", "package", "~", "|", "L:", "goto", "break", "'a'"]


def tokens(goescape, path):
    out = subprocess.run([goescape, "--emit=tokens", path], capture_output=True, timeout=60)
    toks = []
    # Multi-line raw strings continue on the next lines of the dump: their
    # text is cut at the first newline, and the continuation lines skipped.
    for line in out.stdout.decode("utf-8", "replace").splitlines():
        m = re.match(r"^(\d+):(\d+) ([A-Z_]+)(?: (.*))?$", line)
        if not m:
            continue
        kind, text = m.group(3), m.group(4) or ""
        if kind == "RAW_STRING_LIT" and text.count("`") < 2:
            kind = "RAW_MULTILINE"
        toks.append((int(m.group(1)), int(m.group(2)), kind, text))
    return toks


def offsets(data):
    starts = [0]
    for i, b in enumerate(data):
        if b == 10:
            starts.append(i + 1)
    return starts


def mutate(data, toks, rng):
    starts = offsets(data)
    real = [t for t in toks if t[2] not in ("EOF",) and not (t[2] == "SEMI" and t[3] != "semicolon")]
    if not real:
        return None
    edits = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        ln, col, kind, text = rng.choice(real)
        off = starts[ln - 1] + col - 1
        length = len(text.encode("utf-8")) if kind != "SEMI" else 1
        op = rng.choice(["delete", "dup", "insert", "replace"])
        if kind == "RAW_MULTILINE":
            op = "insert"
        ins = rng.choice(INSERTS).encode()
        if op == "delete":
            edits.append((off, off + length, b""))
        elif op == "dup":
            edits.append((off, off, data[off:off + length] + b" "))
        elif op == "insert":
            edits.append((off, off, ins + b" "))
        else:
            edits.append((off, off + length, ins))
    edits.sort(key=lambda e: e[0], reverse=True)
    last = None
    for b, e, ins in edits:
        if last is not None and e > last:
            continue
        data = data[:b] + ins + data[e:]
        last = b
    return data


def run_gc(path, extra):
    with tempfile.TemporaryDirectory() as objdir:
        env = dict(os.environ, GOENV="off", GOFLAGS="", GO111MODULE="off", LC_ALL="C")
        p = subprocess.run([GO, "tool", "compile", "-p=main", "-o", os.path.join(objdir, "x.o")] +
                           extra + [os.path.basename(path)], cwd=os.path.dirname(path),
                           capture_output=True, timeout=60, env=env)
        return p.returncode, p.stdout + p.stderr


def run_goescape(goescape, path, extra):
    p = subprocess.run([goescape] + extra + [os.path.basename(path)], cwd=os.path.dirname(path),
                       capture_output=True, timeout=60)
    return p.returncode, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--goescape", default=os.path.join(os.path.dirname(__file__),
                                                       "../../../build/bin/goescape"))
    ap.add_argument("--tokens-bin", default=None,
                    help="goescape binary used for --emit=tokens (default: --goescape)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--out", default="/tmp/gc_difftest")
    ap.add_argument("--max-bytes", type=int, default=6000)
    ap.add_argument("-e", action="store_true", help="pass -e to both")
    ap.add_argument("inputs", nargs="+")
    args = ap.parse_args()
    files = []
    for x in args.inputs:
        if os.path.isdir(x):
            for root, _, names in os.walk(x):
                files += [os.path.join(root, n) for n in names if n.endswith(".go")]
        else:
            files.append(x)
    files = sorted(f for f in files if os.path.getsize(f) <= args.max_bytes)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp()
    mpath = os.path.join(work, "m.go")
    extra = ["-e"] if args.e else []
    compared = mismatched = 0
    for n in range(args.count):
        src = rng.choice(files)
        with open(src, "rb") as f:
            data = f.read()
        if b"//line" in data or b"/*line" in data:
            continue
        toks = tokens(args.tokens_bin or args.goescape, src)
        m = mutate(data, toks, rng)
        if m is None:
            continue
        with open(mpath, "wb") as f:
            f.write(m)
        rc, gc = run_gc(mpath, extra)
        text = gc.decode("utf-8", "replace")
        if rc != 1 or "syntax error" not in text:
            continue
        body = [l for l in text.splitlines() if l.strip()]
        if any(not PARSER_MESSAGES.search(l) for l in body):
            continue
        compared += 1
        _, ge = run_goescape(args.goescape, mpath, extra)
        if ge != gc:
            mismatched += 1
            base = os.path.join(args.out, "case%d" % n)
            with open(base + ".go", "wb") as f:
                f.write(m)
            with open(base + ".gc", "wb") as f:
                f.write(gc)
            with open(base + ".ge", "wb") as f:
                f.write(ge)
            with open(base + ".src", "w") as f:
                f.write(src + "\n")
    print("gc_difftest: %d compared, %d mismatched (see %s)" % (compared, mismatched, args.out))
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
