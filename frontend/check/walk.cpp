// walk.cpp: the source-order AST walk (see walk.h); one exhaustive switch
// per node family.
#include "frontend/check/walk.h"

#include <variant>

namespace goescape::check {

AstVisitor::~AstVisitor() = default;

namespace {

template <class... Ts>
struct Overload : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overload(Ts...) -> Overload<Ts...>;

void Exprs(const ast::File& f, IdRange r, AstVisitor& v) {
  for (ast::ExprId e : f.Exprs(r)) WalkExpr(f, e, v);
}

void Stmts(const ast::File& f, IdRange r, AstVisitor& v) {
  for (ast::StmtId s : f.Stmts(r)) WalkStmt(f, s, v);
}

void Fields(const ast::File& f, IdRange r, AstVisitor& v) {
  ast::ExprId prev_type;
  for (ast::FieldId id : f.Fields(r)) {
    const ast::Field& fld = f.GetField(id);
    if (fld.name.Valid()) WalkExpr(f, fld.name, v);
    // Fields sharing one type node (a, b int) visit it once.
    if (fld.type.Valid() && fld.type != prev_type) WalkExpr(f, fld.type, v);
    prev_type = fld.type;
    if (fld.tag.Valid()) WalkExpr(f, fld.tag, v);
  }
}

}  // namespace

void WalkField(const ast::File& f, ast::FieldId id, AstVisitor& v) {
  const ast::Field& fld = f.GetField(id);
  if (fld.name.Valid()) WalkExpr(f, fld.name, v);
  if (fld.type.Valid()) WalkExpr(f, fld.type, v);
  if (fld.tag.Valid()) WalkExpr(f, fld.tag, v);
}

void WalkExpr(const ast::File& f, ast::ExprId e, AstVisitor& v) {
  if (!e.Valid() || !v.VisitExpr(e)) return;
  auto w = [&](ast::ExprId x) { WalkExpr(f, x, v); };
  std::visit(Overload{
                 [&](const ast::BadExpr&) {},
                 [&](const ast::Name&) {},
                 [&](const ast::BasicLit&) {},
                 [&](const ast::CompositeLit& n) {
                   w(n.type);
                   Exprs(f, n.elems, v);
                 },
                 [&](const ast::KeyValueExpr& n) {
                   w(n.key);
                   w(n.value);
                 },
                 [&](const ast::FuncLit& n) {
                   w(n.type);
                   WalkStmt(f, n.body, v);
                 },
                 [&](const ast::ParenExpr& n) { w(n.x); },
                 [&](const ast::SelectorExpr& n) {
                   w(n.x);
                   w(n.sel);
                 },
                 [&](const ast::IndexExpr& n) {
                   w(n.x);
                   w(n.index);
                 },
                 [&](const ast::SliceExpr& n) {
                   w(n.x);
                   w(n.lo);
                   w(n.hi);
                   w(n.max);
                 },
                 [&](const ast::AssertExpr& n) {
                   w(n.x);
                   w(n.type);
                 },
                 [&](const ast::TypeSwitchGuard& n) {
                   w(n.lhs);
                   w(n.x);
                 },
                 [&](const ast::Operation& n) {
                   w(n.x);
                   w(n.y);
                 },
                 [&](const ast::CallExpr& n) {
                   w(n.fun);
                   Exprs(f, n.args, v);
                 },
                 [&](const ast::ListExpr& n) { Exprs(f, n.elems, v); },
                 [&](const ast::ArrayType& n) {
                   w(n.len);
                   w(n.elem);
                 },
                 [&](const ast::SliceType& n) { w(n.elem); },
                 [&](const ast::DotsType& n) { w(n.elem); },
                 [&](const ast::StructType& n) { Fields(f, n.fields, v); },
                 [&](const ast::FuncType& n) {
                   Fields(f, n.params, v);
                   Fields(f, n.results, v);
                 },
                 [&](const ast::InterfaceType& n) { Fields(f, n.methods, v); },
                 [&](const ast::MapType& n) {
                   w(n.key);
                   w(n.value);
                 },
                 [&](const ast::ChanType& n) { w(n.elem); },
                 [&](const ast::End&) {},
             },
             f.Node(e));
  v.LeaveExpr(e);
}

void WalkStmt(const ast::File& f, ast::StmtId s, AstVisitor& v) {
  if (!s.Valid() || !v.VisitStmt(s)) return;
  auto w = [&](ast::ExprId x) { WalkExpr(f, x, v); };
  auto ws = [&](ast::StmtId x) { WalkStmt(f, x, v); };
  std::visit(Overload{
                 [&](const ast::EmptyStmt&) {},
                 [&](const ast::LabeledStmt& n) {
                   w(n.label);
                   ws(n.stmt);
                 },
                 [&](const ast::BlockStmt& n) { Stmts(f, n.list, v); },
                 [&](const ast::ExprStmt& n) { w(n.x); },
                 [&](const ast::SendStmt& n) {
                   w(n.chan);
                   w(n.value);
                 },
                 [&](const ast::DeclStmt& n) {
                   for (ast::DeclId d : f.Decls(n.decls)) WalkDecl(f, d, v);
                 },
                 [&](const ast::AssignStmt& n) {
                   w(n.lhs);
                   w(n.rhs);
                 },
                 [&](const ast::BranchStmt& n) { w(n.label); },
                 [&](const ast::CallStmt& n) { w(n.call); },
                 [&](const ast::ReturnStmt& n) { w(n.results); },
                 [&](const ast::IfStmt& n) {
                   ws(n.init);
                   w(n.cond);
                   ws(n.then);
                   ws(n.els);
                 },
                 [&](const ast::ForStmt& n) {
                   ws(n.init);
                   w(n.cond);
                   ws(n.post);
                   ws(n.body);
                 },
                 [&](const ast::RangeClause& n) {
                   w(n.lhs);
                   w(n.x);
                 },
                 [&](const ast::SwitchStmt& n) {
                   ws(n.init);
                   w(n.tag);
                   Stmts(f, n.body, v);
                 },
                 [&](const ast::CaseClause& n) {
                   w(n.cases);
                   Stmts(f, n.body, v);
                 },
                 [&](const ast::SelectStmt& n) { Stmts(f, n.body, v); },
                 [&](const ast::CommClause& n) {
                   ws(n.comm);
                   Stmts(f, n.body, v);
                 },
                 [&](const ast::End&) {},
             },
             f.Node(s));
  v.LeaveStmt(s);
}

void WalkDecl(const ast::File& f, ast::DeclId d, AstVisitor& v) {
  auto w = [&](ast::ExprId x) { WalkExpr(f, x, v); };
  std::visit(Overload{
                 [&](const ast::ImportDecl& n) {
                   w(n.local_name);
                   w(n.path);
                 },
                 [&](const ast::ConstDecl& n) {
                   Exprs(f, n.names, v);
                   w(n.type);
                   w(n.values);
                 },
                 [&](const ast::TypeDecl& n) {
                   w(n.name);
                   w(n.type);
                 },
                 [&](const ast::VarDecl& n) {
                   Exprs(f, n.names, v);
                   w(n.type);
                   w(n.values);
                 },
                 [&](const ast::FuncDecl& n) {
                   if (n.recv.Valid()) WalkField(f, n.recv, v);
                   w(n.name);
                   w(n.type);
                   WalkStmt(f, n.body, v);
                 },
                 [&](const ast::End&) {},
             },
             f.Node(d));
}

}  // namespace goescape::check
