// parse_test.cpp: ParseFile builds gc-shaped ASTs and reports gc's syntax
// errors; the composite-literal rule follows gc's xnest.
#include "frontend/parse/parse.h"

#include <gtest/gtest.h>

#include "frontend/ast/printer.h"

namespace goescape::parse {
namespace {

struct Parsed {
  ParseResult result;
  std::vector<Diagnostic> errors;
};

Parsed Parse(const std::string& text) {
  static SourceSet sources;
  static ast::Context ctx;
  uint32_t id = sources.Add("t.go", text);
  CollectingSink sink;
  Parsed p{ParseFile(sources.Get(id), ctx, sink), {}};
  p.errors = sink.diags;
  return p;
}

std::string FirstError(const std::string& text) {
  Parsed p = Parse(text);
  return p.errors.empty() ? std::string("(none)") : p.errors[0].message;
}

TEST(Parse, ValidFileBuildsDecls) {
  Parsed p = Parse("package p\nimport \"fmt\"\nvar x, y = 1, 2\nfunc f() { fmt.Println(x) }\n");
  ASSERT_TRUE(p.result.ok);
  ASSERT_EQ(p.result.file->decls.size(), 3u);
  EXPECT_EQ(p.result.file->Kind(p.result.file->decls[2]), ast::DeclKind::FuncDecl);
}

TEST(Parse, CompositeLiteralVersusBlock) {
  // In an if header, T{} is not a composite literal (gc's xnest = -1): "{}"
  // is the body and the second "{" is left over (go1.19 says the same) ...
  EXPECT_EQ(FirstError("package p\nfunc f() { if x == T{} {} }\n"),
            "syntax error: unexpected { at end of statement");
  // ... but it is inside parentheses, and a slice type always takes one.
  EXPECT_TRUE(Parse("package p\nfunc f() { if x == (T{}) {} }\n").result.ok);
  EXPECT_TRUE(Parse("package p\nfunc f() { for _, v := range []int{1} { _ = v } }\n").result.ok);
}

TEST(Parse, GcSyntaxMessages) {
  EXPECT_EQ(FirstError("func f() {}\n"), "syntax error: package statement must be first");
  EXPECT_EQ(FirstError("package p\nfunc f() { x := [ }\n"),
            "syntax error: unexpected }, expecting expression");
  EXPECT_EQ(FirstError("package p\nvar s = []int{\n1,\n2\n}\n"),
            "syntax error: unexpected newline in composite literal; possibly missing comma or }");
  EXPECT_EQ(FirstError("package p\nfunc f() { if x := 1 {} }\n"),
            "syntax error: cannot use x := 1 as value");
  EXPECT_EQ(FirstError("package p\nfunc f(a int, string) {}\n"),
            "syntax error: mixed named and unnamed parameters");
  EXPECT_EQ(FirstError("package p\nx := 1\n"),
            "syntax error: non-declaration statement outside function body");
}

TEST(Parse, PositionsAreGcs) {
  Parsed p = Parse("package p\nfunc f() { g(x)[1].y = 2 }\n");
  ASSERT_TRUE(p.result.ok);
  const ast::File& f = *p.result.file;
  const auto& fn = f.Get<ast::FuncDecl>(f.decls[0]);
  const auto& body = f.Get<ast::BlockStmt>(fn.body);
  ast::StmtId s = f.Stmts(body.list)[0];
  EXPECT_EQ(f.PosOf(s).col, 22u);  // the "="
  ast::ExprId sel = f.Get<ast::AssignStmt>(s).lhs;
  EXPECT_EQ(f.PosOf(sel).col, 19u);  // the "."
  EXPECT_EQ(ast::NodeString(f, sel), "g(x)[1].y");
}

TEST(Parse, GenericsAreUnsupported) {
  Parsed p = Parse("package p\nfunc F[T any](x T) T { return x }\n");
  ASSERT_FALSE(p.errors.empty());
  EXPECT_EQ(p.errors[0].kind, DiagKind::Unsupported);
}

}  // namespace
}  // namespace goescape::parse
