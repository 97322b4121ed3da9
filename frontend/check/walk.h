// walk.h: a source-order traversal of AST subtrees, used by the checker's
// passes that are not type-directed (branch checks, closure captures).
//
// Children are visited in the order they appear in the source (node fields
// are stored in that order). Visit* returning false skips a node's
// children. Fields (parameters, struct fields) are visited as their name,
// type and tag expressions.
#ifndef GOESCAPE_FRONTEND_CHECK_WALK_H_
#define GOESCAPE_FRONTEND_CHECK_WALK_H_

#include "frontend/ast/ast.h"

namespace goescape::check {

/// AstVisitor receives the nodes of a walk.
class AstVisitor {
 public:
  virtual ~AstVisitor();
  virtual bool VisitExpr(ast::ExprId) { return true; }
  virtual void LeaveExpr(ast::ExprId) {}
  virtual bool VisitStmt(ast::StmtId) { return true; }
  virtual void LeaveStmt(ast::StmtId) {}
};

void WalkExpr(const ast::File& f, ast::ExprId e, AstVisitor& v);
void WalkStmt(const ast::File& f, ast::StmtId s, AstVisitor& v);
void WalkDecl(const ast::File& f, ast::DeclId d, AstVisitor& v);
void WalkField(const ast::File& f, ast::FieldId id, AstVisitor& v);

}  // namespace goescape::check

#endif  // GOESCAPE_FRONTEND_CHECK_WALK_H_
