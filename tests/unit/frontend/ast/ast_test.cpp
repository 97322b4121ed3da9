// ast_test.cpp: the AST store and gc's ShortForm printer.
#include "frontend/ast/ast.h"

#include <gtest/gtest.h>

#include "frontend/ast/printer.h"

namespace goescape::ast {
namespace {

TEST(AstStore, IdsAreDenseAndTyped) {
  Context ctx;
  File f(1);
  ExprId a = f.AddExpr(Pos{1, 1, 1}, Name{ctx.Intern("a")});
  ExprId b = f.AddExpr(Pos{1, 1, 5}, Name{ctx.Intern("b")});
  EXPECT_EQ(a.Index(), 0u);
  EXPECT_EQ(b.Index(), 1u);
  EXPECT_FALSE(ExprId().Valid());
  ExprId op = f.AddExpr(Pos{1, 1, 3}, Operation{Operator::kAdd, a, b});
  EXPECT_EQ(f.Kind(op), ExprKind::Operation);
  EXPECT_EQ(f.Get<Operation>(op).y, b);
  EXPECT_EQ(f.TryGet<CallExpr>(op), nullptr);
  EXPECT_EQ(f.PosOf(op).col, 3u);
  EXPECT_EQ(KindName(f.Kind(op)), "Operation");
}

TEST(AstStore, InterningMakesEqualNamesPointerEqual) {
  Context ctx;
  std::string x1 = "name", x2 = "name";
  EXPECT_EQ(ctx.Intern(x1).data(), ctx.Intern(x2).data());
}

TEST(AstPrinter, ShortFormLikeGc) {
  Context ctx;
  File f(1);
  Pos p{1, 1, 1};
  auto name = [&](const char* s) { return f.AddExpr(p, Name{ctx.Intern(s)}); };
  ExprId call = f.AddExpr(p, CallExpr{name("f"), f.AddExprList({name("x"), name("y")}), true});
  EXPECT_EQ(NodeString(f, call), "f(x, y...)");
  ExprId lit = f.AddExpr(p, CompositeLit{name("T"), f.AddExprList({name("a")}), 0, p});
  EXPECT_EQ(NodeString(f, lit), "T{…}");
  ExprId empty = f.AddExpr(p, CompositeLit{name("T"), IdRange{}, 0, p});
  EXPECT_EQ(NodeString(f, empty), "T{}");
  ExprId chan = f.AddExpr(p, ChanType{ChanDir::kRecv, name("int")});
  EXPECT_EQ(NodeString(f, chan), "<-chan int");
  StmtId def = f.AddStmt(p, AssignStmt{Operator::kDef, name("x"), f.AddExpr(p, BasicLit{"1"})});
  EXPECT_EQ(NodeString(f, def), "x := 1");
  StmtId inc = f.AddStmt(p, AssignStmt{Operator::kAdd, name("i"), ExprId()});
  EXPECT_EQ(NodeString(f, inc), "i++");
}

}  // namespace
}  // namespace goescape::ast
