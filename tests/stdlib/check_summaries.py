#!/usr/bin/env python3
"""Check the //goescape:param directives of the standard-library stubs.

Usage:
    check_summaries.py STDLIB_DIR              check frontend/stdlib
    check_summaries.py --self-test STDLIB_DIR  prove the check can fail

STDLIB_DIR holds one folder per import path with Go stub files, and
summaries.golden (made from go1.19 by scripts/oracle/stdlib-summaries.sh).

The check fails, with a per-function diff, unless
  (a) the directives of every stub function equal its line in summaries.golden
      (same parameters, same order: receiver first, same tags), and no golden line
      names a function the stubs do not declare;
  (b) every parameter whose declared type carries pointers has exactly one
      directive and no other parameter has one (pointer-ness is computed here
      from the stubs' own declarations, independently of the golden);
  (c) every stub function declared without a body appears in the golden.

Directive format (comment block right above a func declaration):
    //goescape:param NAME [heap=N] [result0=N] [result1=N] ...
"""

import os
import re
import sys

# ---------------------------------------------------------------------------
# Tokenizer for the Go subset used by the stubs (with semicolon insertion).

TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t\r]+)
  | (?P<nl>\n)
  | (?P<lcomment>//[^\n]*)
  | (?P<bcomment>/\*.*?\*/)
  | (?P<string>"(?:[^"\\\n]|\\.)*"|`[^`]*`)
  | (?P<char>'(?:[^'\\\n]|\\.)*')
  | (?P<number>(?:0[xX][0-9a-fA-F_.]+(?:[pP][-+]?[0-9_]+)?|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9_]+)?|\.[0-9][0-9_]*(?:[eE][-+]?[0-9_]+)?)i?)
  | (?P<ident>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<op>\.\.\.|<-|&&|\|\||<<|>>|&\^|[-+*/%&|^<>=!()\[\]{},;.:~])
""", re.VERBOSE | re.DOTALL)

SEMI_AFTER = {"ident", "number", "string", "char"}
SEMI_AFTER_OPS = {")", "]", "}"}
SEMI_AFTER_KW = {"break", "continue", "fallthrough", "return"}


class Tok:
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind, self.text, self.line = kind, text, line

    def __repr__(self):
        return "%s:%r@%d" % (self.kind, self.text, self.line)


def tokenize(src, fname):
    toks, comments = [], []  # comments: (line, text)
    pos, line = 0, 1
    last = None
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise SyntaxError("%s:%d: cannot tokenize %r" % (fname, line, src[pos:pos + 20]))
        kind, text = m.lastgroup, m.group()
        pos = m.end()
        if kind == "nl":
            if last is not None and needs_semi(last):
                toks.append(Tok("op", ";", line))
            last = None
            line += 1
            continue
        if kind == "ws":
            continue
        if kind == "lcomment":
            comments.append((line, text))
            continue
        if kind == "bcomment":
            line += text.count("\n")
            continue
        t = Tok(kind, text, line)
        toks.append(t)
        last = t
        if kind == "string":
            line += text.count("\n")
    if last is not None and needs_semi(last):
        toks.append(Tok("op", ";", line))
    toks.append(Tok("eof", "", line))
    return toks, comments


def needs_semi(t):
    if t.kind == "ident":
        return True  # keywords like return also qualify; others never end a line here
    return t.kind in SEMI_AFTER or (t.kind == "op" and t.text in SEMI_AFTER_OPS)


# ---------------------------------------------------------------------------
# Type ASTs: tuples.
#   ("name", pkgname_or_None, name)   ("ptr", T)  ("slice", T)  ("array", n, T)
#   ("map", K, V)  ("chan", T)  ("func",)  ("struct", [T...])  ("iface",)


class Parser:
    def __init__(self, toks, fname):
        self.toks, self.i, self.fname = toks, 0, fname

    def peek(self, k=0):
        return self.toks[self.i + k]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def error(self, msg):
        t = self.peek()
        raise SyntaxError("%s:%d: %s (at %r)" % (self.fname, t.line, msg, t.text))

    def expect(self, text):
        t = self.next()
        if t.text != text:
            self.i -= 1
            self.error("expected %r" % text)
        return t

    def at(self, text):
        return self.peek().text == text and self.peek().kind in ("op", "ident")

    def skip_semis(self):
        while self.at(";"):
            self.next()

    # Types -------------------------------------------------------------
    def parse_type(self):
        t = self.peek()
        if t.kind == "ident":
            if t.text == "map":
                self.next()
                self.expect("[")
                k = self.parse_type()
                self.expect("]")
                return ("map", k, self.parse_type())
            if t.text == "chan":
                self.next()
                if self.at("<-"):
                    self.next()
                return ("chan", self.parse_type())
            if t.text == "func":
                self.next()
                self.parse_signature()
                return ("func",)
            if t.text == "struct":
                self.next()
                return self.parse_struct()
            if t.text == "interface":
                self.next()
                self.skip_braces()
                return ("iface",)
            self.next()
            if self.at(".") and self.peek(1).kind == "ident":
                self.next()
                return ("name", t.text, self.next().text)
            return ("name", None, t.text)
        if t.text == "*":
            self.next()
            return ("ptr", self.parse_type())
        if t.text == "<-":
            self.next()
            self.expect("chan")
            return ("chan", self.parse_type())
        if t.text == "(":
            self.next()
            ty = self.parse_type()
            self.expect(")")
            return ty
        if t.text == "[":
            self.next()
            if self.at("]"):
                self.next()
                return ("slice", self.parse_type())
            n = self.next()
            if n.kind != "number":
                self.error("array length must be an integer literal in stubs")
            self.expect("]")
            return ("array", int(n.text.replace("_", ""), 0), self.parse_type())
        self.error("expected a type")

    def skip_braces(self):
        self.expect("{")
        depth = 1
        while depth:
            t = self.next()
            if t.kind == "eof":
                self.error("unbalanced braces")
            if t.kind == "op" and t.text == "{":
                depth += 1
            elif t.kind == "op" and t.text == "}":
                depth -= 1

    def parse_struct(self):
        self.expect("{")
        fields = []
        self.skip_semis()
        while not self.at("}"):
            # embedded field: *T, T or pkg.T; otherwise "a, b T"
            first, nxt = self.peek(), self.peek(1)
            if self.at("*") or (first.kind == "ident" and (nxt.text in (";", "}", ".") or nxt.kind == "string")):
                fields.append(self.parse_type())
            else:
                while True:
                    self.next()  # field name
                    if self.at(","):
                        self.next()
                        continue
                    break
                fields.append(self.parse_type())
            if self.peek().kind == "string":
                self.next()
            if not self.at("}"):
                self.expect(";")
            self.skip_semis()
        self.expect("}")
        return ("struct", fields)

    def parse_params(self):
        """Returns [(name or None, type, variadic)]."""
        self.expect("(")
        items = []  # (ident_or_None, type_or_None, variadic)
        while not self.at(")"):
            variadic = False
            if self.at("..."):
                self.next()
                variadic = True
            start = self.i
            ty = self.parse_type()
            if not self.at(",") and not self.at(")"):
                # it was a name; a type follows
                if ty[0] != "name" or ty[1] is not None or variadic:
                    self.error("bad parameter")
                if self.at("..."):
                    self.next()
                    variadic = True
                items.append((ty[2], self.parse_type(), variadic))
            else:
                items.append((None, ty, variadic))
            if self.at(","):
                self.next()
        self.expect(")")
        if any(n is not None for n, _, _ in items):
            out, pending = [], []
            for n, ty, v in items:
                if n is None:
                    if ty[0] != "name" or ty[1] is not None:
                        self.error("mixed named and unnamed parameters")
                    pending.append(ty[2])
                else:
                    for p in pending:
                        out.append((p, ty, v))
                    pending = []
                    out.append((n, ty, v))
            if pending:
                self.error("mixed named and unnamed parameters")
            return out
        return [(None, ty, v) for _, ty, v in items]

    def parse_signature(self):
        params = self.parse_params()
        results = []
        if self.at("("):
            results = self.parse_params()
        elif not (self.at(";") or self.at("{") or self.at(")") or self.at(",") or self.at("]")
                  or self.at("}") or self.peek().kind in ("eof", "string")):
            results = [(None, self.parse_type(), False)]
        return params, results


# ---------------------------------------------------------------------------
# Stub packages.

class Func:
    def __init__(self, key, path, params, has_body, directives, fname, line):
        self.key, self.path, self.params = key, path, params  # params: [(name, type)]
        self.has_body, self.directives = has_body, directives  # directives: [(name, tags, line)]
        self.fname, self.line = fname, line


class Package:
    def __init__(self, path):
        self.path = path
        self.types = {}     # name -> type AST
        self.imports = {}   # file -> {local name: path}
        self.funcs = []


DIRECTIVE_RE = re.compile(r"^//goescape:param(?:\s+(.*))?$")
TAG_RE = re.compile(r"^(heap|result[0-6])=(\d+)$")


def parse_file(pkg, fname, src, errors):
    toks, comments = tokenize(src, fname)
    comment_at = {}
    for line, text in comments:
        comment_at[line] = text
    used_directive_lines = set()
    p = Parser(toks, fname)
    imports = {}
    pkg.imports[fname] = imports
    p.skip_semis()
    p.expect("package")
    p.next()
    p.skip_semis()
    while p.peek().kind != "eof":
        t = p.next()
        if t.text == "import":
            specs = []
            if p.at("("):
                p.next()
                p.skip_semis()
                while not p.at(")"):
                    specs.append(read_import(p))
                    p.skip_semis()
                p.next()
            else:
                specs.append(read_import(p))
            for name, path in specs:
                imports[name or path.rsplit("/", 1)[-1]] = path
        elif t.text in ("const", "var"):
            skip_decl(p)
        elif t.text == "type":
            if p.at("("):
                p.next()
                p.skip_semis()
                while not p.at(")"):
                    read_typespec(p, pkg)
                    p.skip_semis()
                p.next()
            else:
                read_typespec(p, pkg)
        elif t.text == "func":
            fline = t.line
            recv = None
            if p.at("("):
                recv = p.parse_params()
            name = p.next().text
            params, _ = p.parse_signature()
            has_body = p.at("{")
            if has_body:
                p.skip_braces()
            # directives: contiguous comment lines right above the func line
            dirs = []
            ln = fline - 1
            block = []
            while ln in comment_at:
                block.append((ln, comment_at[ln]))
                ln -= 1
            for cl, text in reversed(block):
                m = DIRECTIVE_RE.match(text)
                if text.startswith("//goescape:") and not m:
                    errors.append("%s:%d: malformed directive %r" % (fname, cl, text))
                    continue
                if m:
                    used_directive_lines.add(cl)
                    fields = (m.group(1) or "").split()
                    if not fields:
                        errors.append("%s:%d: directive without a parameter name" % (fname, cl))
                        continue
                    dirs.append((fields[0], fields[1:], cl))
            allp = []
            if recv:
                rname, rtype, _ = recv[0]
                allp.append((rname, rtype))
                base = rtype[1] if rtype[0] == "ptr" else rtype
                tname = base[2]
                if rtype[0] == "ptr":
                    key = "%s.(*%s).%s" % (pkg.path, tname, name)
                else:
                    key = "%s.%s.%s" % (pkg.path, tname, name)
            else:
                key = "%s.%s" % (pkg.path, name)
            for pn, pt, variadic in params:
                allp.append((pn, ("slice", pt) if variadic else pt))
            pkg.funcs.append(Func(key, pkg.path, allp, has_body, dirs, fname, fline))
        elif t.text == ";":
            continue
        else:
            p.i -= 1
            p.error("unexpected token at top level")
        p.skip_semis()
    for line, text in comments:
        if text.startswith("//goescape:param") and line not in used_directive_lines:
            errors.append("%s:%d: directive not attached to a func declaration" % (fname, line))


def read_import(p):
    name = None
    if p.peek().kind == "ident" or p.at("."):
        name = p.next().text
    t = p.next()
    if t.kind != "string":
        p.error("expected import path")
    return name, t.text.strip('"`')


def read_typespec(p, pkg):
    name = p.next().text
    if p.at("="):
        p.next()
    pkg.types[name] = p.parse_type()


def skip_decl(p):
    depth = 0
    while True:
        t = p.peek()
        if t.kind == "eof":
            return
        if t.kind == "op" and t.text in "([{":
            depth += 1
        elif t.kind == "op" and t.text in ")]}":
            depth -= 1
        elif t.kind == "op" and t.text == ";" and depth == 0:
            return
        p.next()


BASIC_NOPTR = {"bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
               "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128",
               "byte", "rune"}
BASIC_PTR = {"string", "error", "any"}


class Universe:
    def __init__(self, pkgs):
        self.pkgs = pkgs
        self.memo = {}

    def has_pointers(self, ty, pkg, fname):
        kind = ty[0]
        if kind in ("ptr", "slice", "map", "chan", "func", "iface"):
            return True
        if kind == "array":
            return ty[1] > 0 and self.has_pointers(ty[2], pkg, fname)
        if kind == "struct":
            return any(self.has_pointers(f, pkg, fname) for f in ty[1])
        _, q, name = ty
        if q is None:
            if name in pkg.types:
                return self.named(pkg, name)
            if name in BASIC_NOPTR:
                return False
            if name in BASIC_PTR:
                return True
            raise KeyError("%s: unknown type %s" % (fname, name))
        path = pkg.imports[fname].get(q)
        if path is None:
            raise KeyError("%s: unknown package qualifier %s" % (fname, q))
        if path == "unsafe":
            if name == "Pointer":
                return True
            raise KeyError("unsafe.%s" % name)
        other = self.pkgs.get(path)
        if other is None or name not in other.types:
            raise KeyError("%s: type %s.%s is not declared in the stubs" % (fname, path, name))
        return self.named(other, name)

    def named(self, pkg, name):
        k = (pkg.path, name)
        if k in self.memo:
            return self.memo[k]
        self.memo[k] = False  # in progress (a type cannot contain itself by value)
        fname = pkg.type_file[name]
        r = self.has_pointers(pkg.types[name], pkg, fname)
        self.memo[k] = r
        return r


def load(root, overrides=None):
    """Returns (pkgs, errors). overrides: {relative file path: text} (self-test)."""
    pkgs, errors = {}, []
    files = []
    for dirpath, _, names in os.walk(root):
        for n in sorted(names):
            if n.endswith(".go"):
                files.append(os.path.join(dirpath, n))
    files.sort()
    for f in files:
        rel = os.path.relpath(f, root)
        path = os.path.dirname(rel).replace(os.sep, "/")
        pkg = pkgs.get(path)
        if pkg is None:
            pkg = pkgs[path] = Package(path)
            pkg.type_file = {}
        if overrides is not None and rel in overrides:
            src = overrides[rel]
        else:
            with open(f, encoding="utf-8") as fh:
                src = fh.read()
        before = set(pkg.types)
        try:
            parse_file(pkg, rel, src, errors)
        except SyntaxError as e:
            errors.append("parse error: %s" % e)
        for t in set(pkg.types) - before:
            pkg.type_file[t] = rel
    return pkgs, errors


def read_golden(text):
    golden = {}
    for ln, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fs = line.split()
        params, cur = [], None
        for t in fs[1:]:
            if t == "none" or TAG_RE.match(t):
                if cur is None:
                    raise ValueError("summaries.golden:%d: tag before parameter name" % ln)
                if t != "none":
                    cur[1].append(t)
            else:
                cur = (t, [])
                params.append(cur)
        golden[fs[0]] = [(n, " ".join(tags) or "none") for n, tags in params]
    return golden


def check_tags(tags):
    """Validates directive tags; returns the canonical text or raises ValueError."""
    seen_heap, last_res = False, -1
    for i, t in enumerate(tags):
        m = TAG_RE.match(t)
        if not m:
            raise ValueError("bad tag %r" % t)
        if m.group(1) == "heap":
            if i != 0:
                raise ValueError("heap= must come first")
            seen_heap = True
        else:
            r = int(m.group(1)[6:])
            if r <= last_res:
                raise ValueError("results must be listed once, in index order")
            last_res = r
    return " ".join(tags) or "none"


def fmt_params(ps):
    return ", ".join("%s %s" % (n, t) for n, t in ps) or "(no pointer-carrying params)"


def run_check(root, overrides=None, golden_text=None, out=sys.stdout):
    """Returns the number of problems found."""
    pkgs, errors = load(root, overrides)
    if golden_text is None:
        with open(os.path.join(root, "summaries.golden"), encoding="utf-8") as fh:
            golden_text = fh.read()
    try:
        golden = read_golden(golden_text)
    except ValueError as e:
        errors.append(str(e))
        golden = {}
    uni = Universe(pkgs)
    seen = set()
    nfuncs = ndirs = nontrivial = 0
    for path in sorted(pkgs):
        for f in pkgs[path].funcs:
            nfuncs += 1
            where = "%s:%d" % (f.fname, f.line)
            if f.key in seen:
                errors.append("%s: %s declared twice" % (where, f.key))
            seen.add(f.key)
            # (b) pointer-carrying params vs directives
            ptr_params = []
            names = set()
            for n, ty in f.params:
                try:
                    hp = uni.has_pointers(ty, pkgs[path], f.fname)
                except KeyError as e:
                    errors.append("%s: %s: %s" % (where, f.key, e))
                    hp = False
                if n is not None:
                    names.add(n)
                if hp:
                    if n is None or n == "_":
                        errors.append("%s: %s: a pointer-carrying parameter has no name" % (where, f.key))
                    ptr_params.append(n)
            have = []
            count = {}
            for n, tags, dl in f.directives:
                ndirs += 1
                count[n] = count.get(n, 0) + 1
                try:
                    text = check_tags(tags)
                except ValueError as e:
                    errors.append("%s:%d: %s: directive for %s: %s" % (f.fname, dl, f.key, n, e))
                    text = "?"
                if text not in ("none", "?"):
                    nontrivial += 1
                if n not in names:
                    errors.append("%s:%d: %s: directive names %s, which is not a parameter" % (f.fname, dl, f.key, n))
                elif n not in ptr_params:
                    errors.append("%s:%d: %s: directive for %s, whose type carries no pointers" % (f.fname, dl, f.key, n))
                have.append((n, text))
            for n in ptr_params:
                if n is not None and count.get(n, 0) == 0:
                    errors.append("%s: %s: pointer-carrying parameter %s has no directive" % (where, f.key, n))
                if count.get(n, 0) > 1:
                    errors.append("%s: %s: parameter %s has %d directives" % (where, f.key, n, count[n]))
            # directives in declaration order
            order = {n: i for i, n in enumerate(p for p, _ in f.params)}
            have_sorted = sorted(have, key=lambda x: order.get(x[0], 1 << 30))
            if have_sorted != have:
                errors.append("%s: %s: directives are not in parameter order" % (where, f.key))
            # (a)/(c) against the golden
            if f.key not in golden:
                if not f.has_body:
                    errors.append("%s: %s: bodyless stub function missing from summaries.golden" % (where, f.key))
                else:
                    errors.append("%s: %s: missing from summaries.golden" % (where, f.key))
                continue
            want = golden[f.key]
            if have_sorted != want:
                errors.append("%s: %s: directives differ from summaries.golden\n"
                              "    stub:   %s\n    golden: %s" % (where, f.key, fmt_params(have_sorted), fmt_params(want)))
    for k in sorted(set(golden) - seen):
        errors.append("summaries.golden: %s is not declared in the stubs" % k)
    for e in errors:
        print("FAIL: " + e, file=out)
    print("stdlib-summaries: %d packages, %d functions, %d directives (%d non-trivial), %d problems"
          % (len(pkgs), nfuncs, ndirs, nontrivial, len(errors)), file=out)
    return len(errors)


def self_test(root):
    """Mutate the stubs/golden in memory; every mutation must be detected."""
    import io
    sink = io.StringIO()
    if run_check(root, out=sink) != 0:
        print(sink.getvalue())
        print("self-test: the unmodified tree does not pass")
        return 1
    files = {}
    for dirpath, _, names in os.walk(root):
        for n in names:
            if n.endswith(".go"):
                full = os.path.join(dirpath, n)
                with open(full, encoding="utf-8") as fh:
                    files[os.path.relpath(full, root)] = fh.read()
    with open(os.path.join(root, "summaries.golden"), encoding="utf-8") as fh:
        golden = fh.read()

    def first_file_with(pattern):
        for rel in sorted(files):
            m = re.search(pattern, files[rel], re.M)
            if m:
                return rel, m
        raise SystemExit("self-test: no directive matching %r" % pattern)

    mutations = []
    # 1. change a derefs count
    rel, m = first_file_with(r"^//goescape:param \S+ heap=(\d+)")
    s = files[rel]
    a, b = m.span(1)
    mutations.append(("heap derefs %s -> %d" % (m.group(1), int(m.group(1)) + 1),
                      {rel: s[:a] + str(int(m.group(1)) + 1) + s[b:]}, None))
    # 2. turn a "does not escape" into a leak
    rel, m = first_file_with(r"^//goescape:param \S+$")
    s = files[rel]
    mutations.append(("'none' -> heap=0", {rel: s[:m.end()] + " heap=0" + s[m.end():]}, None))
    # 3. change a result index
    rel, m = first_file_with(r"^//goescape:param \S+ (?:heap=\d+ )?result0=(\d+)")
    s = files[rel]
    a = m.start(0) + m.group(0).index("result0")
    mutations.append(("result0 -> result1", {rel: s[:a] + "result1" + s[a + 7:]}, None))
    # 4. delete a directive of a pointer-carrying parameter
    rel, m = first_file_with(r"^//goescape:param [^\n]*\n")
    s = files[rel]
    mutations.append(("directive deleted", {rel: s[:m.start()] + s[m.end():]}, None))
    # 5. add a directive to a parameter without pointers
    rel, m = first_file_with(r"^func (\w+)\((\w+) (?:int|uint64|float64|uint32|int64)\b")
    s = files[rel]
    mutations.append(("directive on a scalar parameter",
                      {rel: s[:m.start()] + "//goescape:param %s\n" % m.group(2) + s[m.start():]}, None))
    # 6. drop a golden line of a bodyless function
    lines = golden.splitlines(True)
    idx = next(i for i, l in enumerate(lines) if l and not l.startswith("#"))
    mutations.append(("golden line removed", None, "".join(lines[:idx] + lines[idx + 1:])))
    # 7. change a golden tag
    gl = re.search(r"^(\S+ \S+ )none$", golden, re.M)
    mutations.append(("golden tag changed",
                      None, golden[:gl.start()] + gl.group(1) + "heap=3" + golden[gl.end():]))
    failed = 0
    for name, overrides, gtext in mutations:
        sink = io.StringIO()
        n = run_check(root, overrides=overrides, golden_text=gtext, out=sink)
        first = next((l for l in sink.getvalue().splitlines() if l.startswith("FAIL")), "")
        if n == 0:
            failed += 1
            print("self-test: mutation NOT detected: %s" % name)
        else:
            print("self-test: detected %-32s -> %s" % (name, first.split("\n")[0][:120]))
    if failed:
        print("self-test: %d mutations undetected" % failed)
        return 1
    print("self-test: all %d mutations detected" % len(mutations))
    return 0


def main(argv):
    args = argv[1:]
    if args and args[0] == "--self-test":
        if len(args) != 2:
            print(__doc__)
            return 2
        return self_test(args[1])
    if len(args) != 1:
        print(__doc__)
        return 2
    return 1 if run_check(args[0]) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
