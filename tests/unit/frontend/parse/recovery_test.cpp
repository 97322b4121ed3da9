// recovery_test.cpp: gc's error recovery as token edits (ApplyEdits), and
// what the recovery loop makes of erroneous files: several errors, in gc's
// order, and an AST where gc has BadExprs and dropped nodes. Expected
// messages are go1.19's (the same inputs are golden tests in
// tests/lit/syntax/multi).
#include <gtest/gtest.h>

#include "GoLexer.h"
#include "frontend/ast/printer.h"
#include "frontend/parse/parse.h"
#include "frontend/parse/parser_internal.h"

namespace goescape::parse {
namespace {

using goescape_antlr::GoLexer;

TokenList Lex(const std::string& text) {
  static SourceSet sources;  // keeps file contents alive for the StringRefs
  static ast::Context ctx;
  return Tokenize(sources.Get(sources.Add("t.go", text)), ctx);
}

std::string Types(const TokenList& toks) {
  std::string s;
  for (const Token& t : toks.tokens) {
    if (!s.empty()) s += ' ';
    s += TokenName(t.type).str();
    if (t.is_virtual) s += '*';
  }
  return s;
}

TEST(ApplyEdits, ReplaceInsertDelete) {
  TokenList toks = Lex("a b c d");        // a b c d SEMI EOF
  ApplyEdits({{1, 2, {GoLexer::RPAREN}},  // want(")") at b: b becomes a virtual ")"
              {3, 3, {GoLexer::BAD}},     // a BadExpr before d
              {4, 5, {}}},                // drop the SEMI
             7, toks);
  EXPECT_EQ(Types(toks), "IDENTIFIER RPAREN* IDENTIFIER BAD* IDENTIFIER EOF");
  // Virtual tokens sit where gc's parser was: position and orig index of
  // the real token they replace or precede, and the recovery round.
  const Token& rparen = toks.tokens[1];
  EXPECT_EQ(rparen.pos.col, 3u);
  EXPECT_EQ(rparen.orig, 1u);
  EXPECT_EQ(rparen.round, 7u);
  EXPECT_EQ(rparen.text, ")");
  const Token& bad = toks.tokens[3];
  EXPECT_EQ(bad.orig, 3u);
  EXPECT_EQ(bad.pos.col, 7u);
  EXPECT_EQ(toks.tokens[4].orig, 3u);  // d keeps its original index
}

struct Parsed {
  ParseResult result;
  std::vector<std::string> errors;  // "LINE:COL: message"
};

Parsed Parse(const std::string& text) {
  static SourceSet sources;
  static ast::Context ctx;
  uint32_t id = sources.Add("t.go", text);
  CollectingSink sink;
  Parsed p{ParseFile(sources.Get(id), ctx, sink), {}};
  for (const Diagnostic& d : sink.diags) {
    p.errors.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " +
                       d.message);
  }
  return p;
}

TEST(Recovery, ReportsEveryErrorInGcsOrder) {
  // tests/lit/syntax/multi/three_bad_statements.go
  Parsed p = Parse(
      "package main\n\nfunc main() {\n\ta := 1 2\n\tb := (3\n\tc := [4]int{1, 2, 3, 4\n\t_, _, "
      "_ = a, b, c\n}\n");
  EXPECT_FALSE(p.result.ok);
  ASSERT_NE(p.result.file, nullptr);
  std::vector<std::string> want = {
      "4:9: syntax error: unexpected literal 2 at end of statement",
      "5:9: syntax error: unexpected newline, expecting )",
      "6:2: syntax error: unexpected c at end of statement",
  };
  // The sink gets every error, including those gc's one-per-line rule
  // drops later; the first three are gc's.
  ASSERT_GE(p.errors.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(p.errors[i], want[i]);
}

TEST(Recovery, BadExprWhereGcMakesOne) {
  // gc: "unexpected ), expecting expression", a BadExpr operand, then
  // "unexpected ) at end of statement" (on the same line: gc's sink drops
  // it), and the next statement parses.
  Parsed p = Parse("package p\n\nfunc f() {\n\tx := )\n\ty := 1\n}\n");
  ASSERT_EQ(p.errors.size(), 2u);
  EXPECT_EQ(p.errors[0], "4:7: syntax error: unexpected ), expecting expression");
  EXPECT_EQ(p.errors[1], "4:7: syntax error: unexpected ) at end of statement");
  const ast::File& f = *p.result.file;
  const auto& fn = f.Get<ast::FuncDecl>(f.decls[0]);
  auto stmts = f.Stmts(f.Get<ast::BlockStmt>(fn.body).list);
  ASSERT_EQ(stmts.size(), 2u);
  const auto& assign = f.Get<ast::AssignStmt>(stmts[0]);
  EXPECT_EQ(f.Kind(assign.rhs), ast::ExprKind::BadExpr);
}

TEST(Recovery, DroppedDeclarationsAndFields) {
  // funcDeclOrNil returns nil; the struct field gc's fieldDecl skips is not
  // added.
  Parsed p = Parse("package p\n\nfunc 42() {}\n\ntype T struct {\n\ta int\n\t7\n}\n");
  ASSERT_GE(p.errors.size(), 2u);
  EXPECT_EQ(p.errors[0], "3:6: syntax error: unexpected literal 42, expecting name or (");
  const ast::File& f = *p.result.file;
  ASSERT_EQ(f.decls.size(), 1u);
  const auto& td = f.Get<ast::TypeDecl>(f.decls[0]);
  EXPECT_EQ(f.Fields(f.Get<ast::StructType>(td.type).fields).size(), 1u);
}

TEST(Recovery, NoSyntaxErrorAtEofAfterAFirstError) {
  // gc's syntaxErrorAt: once an error was reported, none at EOF.
  Parsed p = Parse("package main\n\nfunc main() {\n\tx := 1 2\n\tif x {\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0], "4:9: syntax error: unexpected literal 2 at end of statement");
  // A scanner error counts too.
  p = Parse("package main\n\nvar s = \"\\q\"\n\nfunc main() {\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0], "3:11: unknown escape");
}

TEST(Recovery, ChecksAreTimedAfterTheErrorThatClosedTheirConstruct) {
  // tests/lit/syntax/multi/order_cannot_use_then_block.go: gc reports the
  // operand error at "return", then the header's check, then the missing
  // block, all while at "return".
  Parsed p = Parse(
      "package main\n\nfunc main() {\n\tc := make(chan int, 2)\n\tfor c <- 1\n\tc <- 2\n\treturn "
      "c\n}\n");
  ASSERT_GE(p.errors.size(), 3u);
  EXPECT_EQ(p.errors[0], "7:2: syntax error: unexpected return, expecting expression");
  EXPECT_EQ(p.errors[1], "6:4: syntax error: cannot use c <- 2 as value");
  EXPECT_EQ(p.errors[2], "7:2: syntax error: unexpected return, expecting { after for clause");
}

TEST(Recovery, ScannerErrorInPackageClauseStopsTheFile) {
  // gc's fileOrNil gives up if any error was reported by the first token
  // after the package clause.
  Parsed p = Parse("package main\n@var x int = \"\\q\"\nfunc f() { 1 2 }\n");
  EXPECT_EQ(p.result.file, nullptr);
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0], "2:1: invalid character U+0040 '@'");
}

TEST(Recovery, HugeNumberOfErrorsTerminates) {
  // Every round of the recovery loop must make progress.
  std::string src = "package p\nfunc f() {\n";
  for (int i = 0; i < 300; ++i) src += ") ] } case : , ( [ {\n";
  Parsed p = Parse(src);
  EXPECT_FALSE(p.result.ok);
  EXPECT_FALSE(p.errors.empty());
}

}  // namespace
}  // namespace goescape::parse
