// errors.cpp: error reporting as types2 does it (errors.go): follow-on
// suppression ("invalid operand"/"invalid type" in a non-leading position
// after the first error), the iota error position override, multi-part
// messages joined by "\n\t" with positions; and the renderings messages
// use: operands (operandString), expressions (syntax.String), types
// (TypeString with types2's qualifier), objects, and start positions
// (syntax.StartPos).
#include "frontend/ast/printer.h"
#include "frontend/check/checker.h"

namespace goescape::check {

void Checker::Error(Pos pos, const std::string& msg, bool soft) {
  (void)soft;
  if (first_err_) {
    size_t a = msg.find("invalid operand");
    size_t b = msg.find("invalid type");
    if ((a != std::string::npos && a > 0) || (b != std::string::npos && b > 0)) return;
  }
  if (env_.errpos.Known()) pos = env_.errpos;
  first_err_ = true;
  pkg_.has_errors_ = true;
  sink_.Report(MakeDiag(DiagKind::Type, pos, msg));
}

void Checker::ErrorMulti(const std::vector<std::pair<Pos, std::string>>& parts, bool soft) {
  std::string msg;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      msg += "\n\t";
      if (parts[i].first.Known()) msg += Fmt(parts[i].first) + ": ";
    }
    msg += parts[i].second;
  }
  Error(parts[0].first, msg, soft);
}

std::string Checker::TypeStr(TypeId t) const {
  return prog_.TypeString(t, types::TypeStyle::kTypes2, pkg_.id_);
}

std::string Checker::ExprStr(ast::ExprId e) const { return ast::NodeString(F(), e); }

std::string Checker::ObjStr(ObjectId o) const { return prog_.ObjectString(o, pkg_.id_); }

std::string Checker::OperandStr(const Operand& x) const {
  if (x.mode == Mode::kNil) {
    if (!x.type.Valid() || x.type == ts_.Invalid()) return "nil (with invalid type)";
    if (x.type == Basic(types::BasicKind::kUntypedNil)) return "nil";
    return "nil (of type " + TypeStr(x.type) + ")";
  }
  std::string expr;
  if (x.expr.Valid()) {
    expr = ExprStr(x.expr);
  } else if (!x.text.empty()) {
    expr = x.text;
  } else {
    switch (x.mode) {
      case Mode::kBuiltin:
        expr = BuiltinName(x.id).str();
        break;
      case Mode::kTypeExpr:
        expr = TypeStr(x.type);
        break;
      case Mode::kConstant:
        expr = x.val.String();
        break;
      default:
        break;
    }
  }
  std::string buf;
  if (!expr.empty()) buf = expr + " (";
  bool has_type = false;
  switch (x.mode) {
    case Mode::kInvalid:
    case Mode::kNoValue:
    case Mode::kBuiltin:
    case Mode::kTypeExpr:
      break;
    default:
      if (x.type.Valid()) {
        if (ts_.IsUntyped(x.type)) {
          buf += types::BasicSpelling(ts_.Get<types::BasicType>(x.type).kind);
          buf += ' ';
          break;
        }
        has_type = true;
      }
  }
  buf += ModeName(x.mode);
  if (x.mode == Mode::kConstant) {
    std::string s = x.val.String();
    if (s != expr) {
      buf += ' ';
      buf += s;
    }
  }
  if (has_type) {
    if (x.type != ts_.Invalid()) {
      buf += " of type ";
      buf += TypeStr(x.type);
    } else {
      buf += " with invalid type";
    }
  }
  if (!expr.empty()) buf += ')';
  return buf;
}

Pos Checker::StartPos(ast::ExprId e) const {
  const ast::File& f = F();
  while (true) {
    switch (f.Kind(e)) {
      case ast::ExprKind::CompositeLit: {
        const auto& n = f.Get<ast::CompositeLit>(e);
        if (!n.type.Valid()) return f.PosOf(e);
        e = n.type;
        continue;
      }
      case ast::ExprKind::SelectorExpr:
        e = f.Get<ast::SelectorExpr>(e).x;
        continue;
      case ast::ExprKind::IndexExpr:
        e = f.Get<ast::IndexExpr>(e).x;
        continue;
      case ast::ExprKind::AssertExpr:
        e = f.Get<ast::AssertExpr>(e).x;
        continue;
      case ast::ExprKind::TypeSwitchGuard: {
        const auto& n = f.Get<ast::TypeSwitchGuard>(e);
        e = n.lhs.Valid() ? n.lhs : n.x;
        continue;
      }
      case ast::ExprKind::Operation: {
        const auto& n = f.Get<ast::Operation>(e);
        if (!n.y.Valid()) return f.PosOf(e);
        e = n.x;
        continue;
      }
      case ast::ExprKind::CallExpr:
        e = f.Get<ast::CallExpr>(e).fun;
        continue;
      case ast::ExprKind::ListExpr: {
        const auto& n = f.Get<ast::ListExpr>(e);
        if (n.elems.Empty()) return f.PosOf(e);
        e = f.Exprs(n.elems)[0];
        continue;
      }
      default:
        return f.PosOf(e);
    }
  }
}

Pos Checker::StartPos(ast::StmtId s) const {
  const ast::File& f = F();
  switch (f.Kind(s)) {
    case ast::StmtKind::SendStmt:
      return StartPos(f.Get<ast::SendStmt>(s).chan);
    case ast::StmtKind::AssignStmt:
      return StartPos(f.Get<ast::AssignStmt>(s).lhs);
    case ast::StmtKind::RangeClause: {
      const auto& r = f.Get<ast::RangeClause>(s);
      return StartPos(r.lhs.Valid() ? r.lhs : r.x);
    }
    default:
      return f.PosOf(s);
  }
}

Pos Checker::PosOf(const Operand& x) const {
  if (x.expr.Valid()) return StartPos(x.expr);
  return x.text_pos;
}

ast::ExprId Unparen(const ast::File& f, ast::ExprId e) {
  while (e.Valid() && f.Kind(e) == ast::ExprKind::ParenExpr) e = f.Get<ast::ParenExpr>(e).x;
  return e;
}

}  // namespace goescape::check
