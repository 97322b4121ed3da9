// tokens_test.cpp: semicolon insertion, byte-column positions and gc's
// scanner errors.
#include "frontend/parse/tokens.h"

#include <gtest/gtest.h>

#include "GoLexer.h"

namespace goescape::parse {
namespace {

using goescape_antlr::GoLexer;

struct Lexed {
  TokenList toks;
  std::vector<Diagnostic> errors;
};

Lexed Lex(const std::string& text) {
  static SourceSet sources;  // keeps file contents alive for the StringRefs
  static ast::Context ctx;
  uint32_t id = sources.Add("t.go", text);
  Lexed out{Tokenize(sources.Get(id), ctx), {}};
  for (const ScannerError& e : out.toks.errors) out.errors.push_back(e.diag);
  return out;
}

std::string Kinds(const TokenList& toks) {
  std::string s;
  for (const Token& t : toks.tokens) {
    if (!s.empty()) s += ' ';
    s += t.type == GoLexer::SEMI ? "SEMI(" + t.text.str() + ")" : TokenName(t.type).str();
  }
  return s;
}

TEST(Tokens, SemicolonAfterIdentLiteralAndClosers) {
  EXPECT_EQ(Kinds(Lex("x\n").toks), "IDENTIFIER SEMI(newline) EOF");
  EXPECT_EQ(Kinds(Lex("f(\n)\n").toks), "IDENTIFIER LPAREN RPAREN SEMI(newline) EOF");
  EXPECT_EQ(Kinds(Lex("return\n").toks), "RETURN SEMI(newline) EOF");
  EXPECT_EQ(Kinds(Lex("i++\n").toks), "IDENTIFIER INC SEMI(newline) EOF");
  EXPECT_EQ(Kinds(Lex("a +\nb").toks), "IDENTIFIER ADD IDENTIFIER SEMI(EOF) EOF");
  EXPECT_EQ(Kinds(Lex("x;y").toks), "IDENTIFIER SEMI(semicolon) IDENTIFIER SEMI(EOF) EOF");
}

TEST(Tokens, CommentSpanningLinesActsLikeNewline) {
  EXPECT_EQ(Kinds(Lex("x /* a\nb */ y").toks), "IDENTIFIER SEMI(newline) IDENTIFIER SEMI(EOF) EOF");
  EXPECT_EQ(Kinds(Lex("x /* a */ y").toks), "IDENTIFIER IDENTIFIER SEMI(EOF) EOF");
  EXPECT_EQ(Kinds(Lex("x // c\ny").toks), "IDENTIFIER SEMI(newline) IDENTIFIER SEMI(EOF) EOF");
}

TEST(Tokens, ByteColumnsWithTabsAndUtf8) {
  Lexed l = Lex("\tvar é, z = 1\n");
  ASSERT_GE(l.toks.tokens.size(), 4u);
  EXPECT_EQ(l.toks.tokens[0].pos.col, 2u);   // var after a tab
  EXPECT_EQ(l.toks.tokens[1].pos.col, 6u);   // é
  EXPECT_EQ(l.toks.tokens[2].pos.col, 8u);   // , after a 2-byte é
  EXPECT_EQ(l.toks.tokens[3].pos.col, 10u);  // z
}

TEST(Tokens, ScannerErrorsAsGcWordsThem) {
  auto first = [](const std::string& src) {
    Lexed l = Lex(src);
    return l.errors.empty() ? std::string() : l.errors[0].message;
  };
  EXPECT_EQ(first("x := \"abc\n"), "newline in string");
  EXPECT_EQ(first("x := 0o78"), "invalid digit '8' in octal literal");
  EXPECT_EQ(first("x := 1__0"), "'_' must separate successive digits");
  EXPECT_EQ(first("x := 0x"), "hexadecimal literal has no digits");
  EXPECT_EQ(first("x := 1e"), "exponent has no digits");
  EXPECT_EQ(first("x := ''"), "empty rune literal or unescaped '");
  EXPECT_EQ(first("x := 'ab'"), "more than one character in rune literal");
  EXPECT_EQ(first("x @"), "invalid character U+0040 '@'");
  EXPECT_EQ(first("x := \"\\q\""), "unknown escape");
  EXPECT_EQ(first("/* x"), "comment not terminated");
  EXPECT_EQ(first(std::string("x\0y", 3)), "invalid NUL character");
  EXPECT_EQ(first("x \xff"), "invalid UTF-8 encoding");
}

TEST(Tokens, LiteralKinds) {
  Lexed l = Lex("1 1.5 2i 'a' \"s\" `r`");
  EXPECT_EQ(l.toks.tokens[0].lit_kind, ast::LitKind::kInt);
  EXPECT_EQ(l.toks.tokens[1].lit_kind, ast::LitKind::kFloat);
  EXPECT_EQ(l.toks.tokens[2].lit_kind, ast::LitKind::kImag);
  EXPECT_EQ(l.toks.tokens[3].lit_kind, ast::LitKind::kRune);
  EXPECT_EQ(l.toks.tokens[4].lit_kind, ast::LitKind::kString);
  EXPECT_EQ(l.toks.tokens[5].lit_kind, ast::LitKind::kString);
  EXPECT_TRUE(l.errors.empty());
}

TEST(Tokens, DirectivesAreKept) {
  Lexed l = Lex("package p\n//go:noinline\nfunc f()\n");
  ASSERT_EQ(l.toks.directives.size(), 1u);
  EXPECT_EQ(l.toks.directives[0].text, "//go:noinline");
  EXPECT_EQ(l.toks.directives[0].pos.line, 2u);
}

TEST(Tokens, DroppedBytesInsideKeywordsMakeNames) {
  // gc's source reader drops the NUL, but its scanner compares the raw text
  // with the keyword: "i\0f" is a name (fuzzer finding).
  Lexed l = Lex(std::string("i\0f x", 5));
  EXPECT_EQ(Kinds(l.toks), "IDENTIFIER IDENTIFIER SEMI(EOF) EOF");
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_EQ(l.errors[0].message, "invalid NUL character");
  // Operators are named by their spelling in messages, not their bytes.
  Lexed op = Lex(std::string("x +\0 y", 7));
  ASSERT_GE(op.toks.tokens.size(), 2u);
  EXPECT_EQ(GcTokenString(op.toks.tokens[1]), "+");
}

TEST(Tokens, LineDirectivesBecomeLineBases) {
  Lexed l = Lex("package p\n//line a.go:10\nx\n//line b.go:20:5\ny /*line :30:7*/ z\n");
  EXPECT_TRUE(l.errors.empty());
  ASSERT_EQ(l.toks.line_bases.size(), 3u);
  const LineBase& a = l.toks.line_bases[0];
  EXPECT_EQ(a.filename, "a.go");
  EXPECT_EQ(a.line, 10u);
  EXPECT_EQ(a.col, 0u);       // no column: unknown
  EXPECT_EQ(a.pos.line, 3u);  // //line: the base starts at the next line
  EXPECT_EQ(a.pos.col, 1u);
  const LineBase& c = l.toks.line_bases[2];
  EXPECT_EQ(c.filename, "b.go");  // empty name with a column: the previous one
  EXPECT_EQ(c.line, 30u);
  EXPECT_EQ(c.col, 7u);
  EXPECT_EQ(c.pos.line, 5u);  // /*line*/: right after the comment
  EXPECT_EQ(c.pos.col, 17u);
}

TEST(Tokens, LineDirectivesOnlyAtColumnOneOrInBlockComments) {
  EXPECT_TRUE(Lex("x //line a.go:10\n").toks.line_bases.empty());
  EXPECT_TRUE(Lex("//line a.go\n").toks.line_bases.empty());  // no ":": not a directive
  EXPECT_TRUE(Lex("//lines a.go:1\n").toks.line_bases.empty());
  EXPECT_EQ(Lex("x /*line a.go:1*/ y").toks.line_bases.size(), 1u);
}

TEST(Tokens, BadLineDirectivesAreReportedWhereGcDoes) {
  // Positions from go1.19 (tests/lit/syntax/line_directive_bad_*.err).
  Lexed l = Lex("package main\n\n//line foo.go:0\n//line foo.go:10:0\n//line f:x\n");
  ASSERT_EQ(l.errors.size(), 3u);
  EXPECT_EQ(l.errors[0].message, "invalid line number: 0");
  EXPECT_EQ(l.errors[0].pos.line, 3u);
  EXPECT_EQ(l.errors[0].pos.col, 15u);
  EXPECT_EQ(l.errors[1].message, "invalid column number: 0");
  EXPECT_EQ(l.errors[1].pos.col, 18u);
  EXPECT_EQ(l.errors[2].message, "invalid line number: x");
  EXPECT_TRUE(l.toks.line_bases.empty());
}

}  // namespace
}  // namespace goescape::parse
