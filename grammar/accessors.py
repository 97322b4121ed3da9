#!/usr/bin/env python3
"""accessors.py: a build-time generator. It reads the ANTLR-generated
GoParser.h and writes GoParserAccessors.inc: for every accessor method of
every rule context class (`ExpressionContext *OperandContext::expression()`,
`std::vector<ExpressionContext *> ExpressionListContext::expression()`,
`antlr4::tree::TerminalNode *OperandContext::IDENTIFIER()`, ...), a free
function of the same name, overloaded on the context type, with the same
result: acc::expression(c) for c->expression(). frontend/parse calls these
instead of the generated methods, which find children with dynamic_cast
(getRuleContext<T>, getToken): the free functions use RuleChild and
TokenChild (frontend/parse/parser_internal.h), which test a child's rule
index or token type without RTTI.

Each context class is its rule's only class (the grammar has no labeled
alternatives), so the rule index identifies the class exactly.

Usage: accessors.py GoParser.h OUT.inc
"""
import re
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: accessors.py GoParser.h OUT.inc")
    header = open(sys.argv[1]).read()
    rules = set(re.findall(r"\bRule(\w+) = \d+", header))
    out = [
        "// GoParserAccessors.inc: generated at build time by grammar/accessors.py",
        "// from the ANTLR-generated GoParser.h. Do not edit.",
    ]
    klass = None
    count = 0
    for line in header.splitlines():
        m = re.match(r"\s*class\s+(\w+)Context : public antlr4::ParserRuleContext \{", line)
        if m:
            klass = m.group(1)
            continue
        if klass is None:
            continue
        if re.match(r"\s*\};", line):
            klass = None
            continue
        c = f"P::{klass}Context"
        m = re.match(r"\s*(\w+)Context \*(\w+)\(\);$", line)
        if m and m.group(1) in rules:
            t = f"P::{m.group(1)}Context"
            out.append(f"inline {t}* {m.group(2)}({c}* c) "
                       f"{{ return RuleChild<{t}>(c, P::Rule{m.group(1)}, 0); }}")
            count += 1
            continue
        m = re.match(r"\s*std::vector<(\w+)Context \*> (\w+)\(\);$", line)
        if m and m.group(1) in rules:
            t = f"P::{m.group(1)}Context"
            out.append(f"inline std::vector<{t}*> {m.group(2)}({c}* c) "
                       f"{{ return RuleChildren<{t}>(c, P::Rule{m.group(1)}); }}")
            count += 1
            continue
        m = re.match(r"\s*(\w+)Context\* (\w+)\(size_t i\);$", line)
        if m and m.group(1) in rules:
            t = f"P::{m.group(1)}Context"
            out.append(f"inline {t}* {m.group(2)}({c}* c, size_t i) "
                       f"{{ return RuleChild<{t}>(c, P::Rule{m.group(1)}, i); }}")
            count += 1
            continue
        m = re.match(r"\s*antlr4::tree::TerminalNode \*(\w+)\(\);$", line)
        if m and m.group(1) == "EOF":
            continue  # <cstdio>'s EOF macro; goescape does not ask for EOF nodes
        if m:
            out.append(f"inline antlr4::tree::TerminalNode* {m.group(1)}({c}* c) "
                       f"{{ return TokenChild(c, P::{m.group(1)}, 0); }}")
            count += 1
            continue
        m = re.match(r"\s*std::vector<antlr4::tree::TerminalNode \*> (\w+)\(\);$", line)
        if m:
            out.append(f"inline std::vector<antlr4::tree::TerminalNode*> {m.group(1)}({c}* c) "
                       f"{{ return TokenChildren(c, P::{m.group(1)}); }}")
            count += 1
            continue
        m = re.match(r"\s*antlr4::tree::TerminalNode\* (\w+)\(size_t i\);$", line)
        if m:
            out.append(f"inline antlr4::tree::TerminalNode* {m.group(1)}({c}* c, size_t i) "
                       f"{{ return TokenChild(c, P::{m.group(1)}, i); }}")
            count += 1
            continue
    if count < 100:
        sys.exit(f"accessors.py: only {count} accessors found in {sys.argv[1]}: format changed?")
    text = "\n".join(out) + "\n"
    with open(sys.argv[2], "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
