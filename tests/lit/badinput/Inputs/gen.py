"""gen.py KIND OUT: write one of the bad or extreme inputs used by the tests."""
import os
import random
import sys

kind, out = sys.argv[1], sys.argv[2]
random.seed(1)
if kind == "parens":  # 100,000 nested parentheses: valid Go (go1.19 compiles it)
    n = 100000
    data = "package p\n\nvar x = " + "(" * n + "1" + ")" * n + "\n"
elif kind == "blocks":  # 50,000 nested blocks: valid Go
    n = 50000
    data = "package p\n\nfunc f() {\n" + "{" * n + "\n" + "}" * n + "\n}\n"
elif kind == "decls":  # 400,000 declarations
    data = "package p\n\n" + "".join("var v%d = %d\n" % (i, i) for i in range(400000))
elif kind == "garbage":  # binary garbage
    data = bytes(random.randrange(256) for _ in range(20000))
elif kind == "nul":
    data = b"package p\n\nvar\x00 x = 1\x00\n"
elif kind == "utf8":
    data = b"package p\n\nvar s = \"\xff\xfe\"\nvar \xc3x = 1\n"
elif kind == "truncated":  # the first 3,000 bytes of a real file
    with open("/usr/share/go-1.19/src/fmt/print.go", "rb") as f:
        data = f.read(3000)
elif kind == "unbalanced":
    data = "package p\n\nfunc f() {{{ ( [ \n}\n"
elif kind == "empty":
    data = ""
elif kind == "deep-unclosed":  # 20,000 open parentheses, never closed
    data = "package p\n\nvar x = " + "(" * 20000 + "\n"
else:
    sys.exit("unknown kind " + kind)
mode = "wb" if isinstance(data, bytes) else "w"
with open(out, mode) as f:
    f.write(data)
