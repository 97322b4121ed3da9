// ast.cpp: the per-file node store and the small tables of ast.h.
#include "frontend/ast/ast.h"

#include "llvm/Support/ErrorHandling.h"

namespace goescape::ast {

llvm::StringRef OperatorString(Operator op) {
  switch (op) {
    case Operator::kNone:
      return "";
    case Operator::kDef:
      return ":=";
    case Operator::kNot:
      return "!";
    case Operator::kRecv:
      return "<-";
    case Operator::kTilde:
      return "~";
    case Operator::kOrOr:
      return "||";
    case Operator::kAndAnd:
      return "&&";
    case Operator::kEql:
      return "==";
    case Operator::kNeq:
      return "!=";
    case Operator::kLss:
      return "<";
    case Operator::kLeq:
      return "<=";
    case Operator::kGtr:
      return ">";
    case Operator::kGeq:
      return ">=";
    case Operator::kAdd:
      return "+";
    case Operator::kSub:
      return "-";
    case Operator::kOr:
      return "|";
    case Operator::kXor:
      return "^";
    case Operator::kMul:
      return "*";
    case Operator::kDiv:
      return "/";
    case Operator::kRem:
      return "%";
    case Operator::kAnd:
      return "&";
    case Operator::kAndNot:
      return "&^";
    case Operator::kShl:
      return "<<";
    case Operator::kShr:
      return ">>";
  }
  llvm_unreachable("bad operator");
}

int Precedence(Operator op) {
  switch (op) {
    case Operator::kOrOr:
      return 1;
    case Operator::kAndAnd:
      return 2;
    case Operator::kEql:
    case Operator::kNeq:
    case Operator::kLss:
    case Operator::kLeq:
    case Operator::kGtr:
    case Operator::kGeq:
      return 3;
    case Operator::kAdd:
    case Operator::kSub:
    case Operator::kOr:
    case Operator::kXor:
      return 4;
    case Operator::kMul:
    case Operator::kDiv:
    case Operator::kRem:
    case Operator::kAnd:
    case Operator::kAndNot:
    case Operator::kShl:
    case Operator::kShr:
      return 5;
    case Operator::kNone:
    case Operator::kDef:
    case Operator::kNot:
    case Operator::kRecv:
    case Operator::kTilde:
      return 0;
  }
  llvm_unreachable("bad operator");
}

llvm::StringRef KindName(ExprKind kind) {
  switch (kind) {
#define GOESCAPE_AST_EXPR(K) \
  case ExprKind::K:          \
    return #K;
#include "frontend/ast/ast_kinds.def"
    case ExprKind::kEnd:
      break;
  }
  llvm_unreachable("bad expression kind");
}

llvm::StringRef KindName(StmtKind kind) {
  switch (kind) {
#define GOESCAPE_AST_STMT(K) \
  case StmtKind::K:          \
    return #K;
#include "frontend/ast/ast_kinds.def"
    case StmtKind::kEnd:
      break;
  }
  llvm_unreachable("bad statement kind");
}

llvm::StringRef KindName(DeclKind kind) {
  switch (kind) {
#define GOESCAPE_AST_DECL(K) \
  case DeclKind::K:          \
    return #K;
#include "frontend/ast/ast_kinds.def"
    case DeclKind::kEnd:
      break;
  }
  llvm_unreachable("bad declaration kind");
}

ExprId File::AddExpr(Pos pos, ExprNode node) {
  exprs_.push_back({pos, node});
  return ExprId(static_cast<uint32_t>(exprs_.size() - 1));
}

StmtId File::AddStmt(Pos pos, StmtNode node) {
  stmts_.push_back({pos, node});
  return StmtId(static_cast<uint32_t>(stmts_.size() - 1));
}

DeclId File::AddDecl(Pos pos, DeclNode node) {
  decls_.push_back({pos, node});
  return DeclId(static_cast<uint32_t>(decls_.size() - 1));
}

FieldId File::AddField(Field field) {
  fields_.push_back(field);
  return FieldId(static_cast<uint32_t>(fields_.size() - 1));
}

IdRange File::AddExprList(llvm::ArrayRef<ExprId> ids) { return Append(expr_lists_, ids); }
IdRange File::AddStmtList(llvm::ArrayRef<StmtId> ids) { return Append(stmt_lists_, ids); }
IdRange File::AddDeclList(llvm::ArrayRef<DeclId> ids) { return Append(decl_lists_, ids); }
IdRange File::AddFieldList(llvm::ArrayRef<FieldId> ids) { return Append(field_lists_, ids); }
IdRange File::AddDirectives(llvm::ArrayRef<Directive> directives) {
  return Append(directives_, directives);
}

llvm::SmallVector<ExprId, 4> File::ListElems(ExprId x) const {
  llvm::SmallVector<ExprId, 4> out;
  if (!x.Valid()) return out;
  if (const auto* list = TryGet<ListExpr>(x)) {
    auto elems = Exprs(list->elems);
    out.append(elems.begin(), elems.end());
  } else {
    out.push_back(x);
  }
  return out;
}

}  // namespace goescape::ast
