// assign.cpp: initialization and assignment (types2's assignments.go):
// constants and variables initialized from operands, assignment to
// addressable operands, multi-value and comma-ok forms, count mismatches
// with gc's wording, and short variable declarations.
#include "frontend/check/checker.h"

namespace goescape::check {

void Checker::InitConst(ObjectId lhs, Operand& x) {
  if (x.mode == Mode::kInvalid || x.type == Invalid() || prog_.Obj(lhs).type == Invalid()) {
    if (!prog_.Obj(lhs).type.Valid()) Obj(lhs).type = Invalid();
    return;
  }
  if (x.mode != Mode::kConstant) {
    Error(PosOf(x), OperandStr(x) + " is not constant");
    if (!prog_.Obj(lhs).type.Valid()) Obj(lhs).type = Invalid();
    return;
  }
  if (!prog_.Obj(lhs).type.Valid()) Obj(lhs).type = x.type;
  Assignment(x, prog_.Obj(lhs).type, "constant declaration");
  if (x.mode == Mode::kInvalid) return;
  Obj(lhs).value = prog_.AddValue(x.val);
}

TypeId Checker::InitVar(ObjectId lhs, Operand& x, const std::string& context) {
  if (x.mode == Mode::kInvalid || x.type == Invalid() || prog_.Obj(lhs).type == Invalid()) {
    if (!prog_.Obj(lhs).type.Valid()) Obj(lhs).type = Invalid();
    Obj(lhs).used = true;
    return TypeId();
  }
  if (!prog_.Obj(lhs).type.Valid()) {
    TypeId typ = x.type;
    if (ts_.IsUntyped(typ)) {
      if (typ == Basic(types::BasicKind::kUntypedNil)) {
        Error(PosOf(x), "use of untyped nil in " + context);
        Obj(lhs).type = Invalid();
        return TypeId();
      }
      typ = ts_.Default(typ);
    }
    Obj(lhs).type = typ;
  }
  Assignment(x, prog_.Obj(lhs).type, context);
  if (x.mode == Mode::kInvalid) {
    Obj(lhs).used = true;
    return TypeId();
  }
  return x.type;
}

TypeId Checker::AssignVar(ast::ExprId lhs, Operand& x) {
  if (x.mode == Mode::kInvalid || x.type == Invalid()) {
    UseExpr(lhs);
    return TypeId();
  }
  const ast::File& f = F();
  ast::ExprId un = Unparen(f, lhs);
  const auto* ident = f.TryGet<ast::Name>(un);
  if (ident && ident->value == "_") {
    RecordDef(un, ObjectId());
    Assignment(x, TypeId(), "assignment to _ identifier");
    if (x.mode == Mode::kInvalid) return TypeId();
    return x.type;
  }
  ObjectId v;
  bool v_used = false;
  if (ident) {
    ObjectId obj = Lookup(ident->value);
    if (obj.Valid() && prog_.Obj(obj).kind == ObjectKind::kVar && prog_.Obj(obj).pkg == pkg_.id_) {
      v = obj;
      v_used = prog_.Obj(obj).used;
    }
  }
  Operand z;
  Expr(z, lhs);
  if (v.Valid()) Obj(v).used = v_used;
  if (z.mode == Mode::kInvalid || z.type == Invalid()) return TypeId();
  switch (z.mode) {
    case Mode::kVariable:
    case Mode::kMapIndex:
      break;
    default: {
      if (const auto* sel = f.TryGet<ast::SelectorExpr>(z.expr)) {
        Operand op;
        Expr(op, sel->x);
        if (op.mode == Mode::kMapIndex) {
          Error(PosOf(z), "cannot assign to struct field " + ExprStr(z.expr) + " in map");
          return TypeId();
        }
      }
      Error(PosOf(z), "cannot assign to " + OperandStr(z));
      return TypeId();
    }
  }
  Assignment(x, z.type, "assignment");
  if (x.mode == Mode::kInvalid) return TypeId();
  return x.type;
}

namespace {
std::string Measure(size_t n, const char* unit) {
  return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
}
}  // namespace

void Checker::AssignError(llvm::ArrayRef<ast::ExprId> rhs, size_t nvars, size_t nvals) {
  std::string vars = Measure(nvars, "variable"), vals = Measure(nvals, "value");
  ast::ExprId rhs0 = rhs[0];
  if (rhs.size() == 1) {
    if (const auto* call = F().TryGet<ast::CallExpr>(Unparen(F(), rhs0))) {
      Error(StartPos(rhs0),
            "assignment mismatch: " + vars + " but " + ExprStr(call->fun) + " returns " + vals);
      return;
    }
  }
  Error(StartPos(rhs0), "assignment mismatch: " + vars + " but " + vals);
}

void Checker::InitVars(const std::vector<ObjectId>& lhs, llvm::ArrayRef<ast::ExprId> orig_rhs,
                       ast::StmtId return_stmt) {
  bool comma_ok = false;
  std::vector<Operand> rhs = ExprList(orig_rhs, lhs.size() == 2 && !return_stmt.Valid(), &comma_ok);
  if (lhs.size() != rhs.size()) {
    for (ObjectId o : lhs) {
      Obj(o).used = true;
      if (!prog_.Obj(o).type.Valid()) Obj(o).type = Invalid();
    }
    for (const Operand& x : rhs) {
      if (x.mode == Mode::kInvalid) return;
    }
    if (return_stmt.Valid()) {
      Pos at = StartPos(return_stmt);
      std::string qualifier = "not enough";
      if (rhs.size() > lhs.size()) {
        at = PosOf(rhs[lhs.size()]);
        qualifier = "too many";
      } else if (!rhs.empty()) {
        at = PosOf(rhs.back());
      }
      std::vector<TypeId> have, want;
      for (const Operand& x : rhs) have.push_back(x.type);
      for (ObjectId o : lhs) want.push_back(prog_.Obj(o).type);
      ErrorMulti({{at, qualifier + " return values"},
                  {Pos(), "have " + TypesSummary(have, false)},
                  {Pos(), "want " + TypesSummary(want, false)}});
      return;
    }
    AssignError(orig_rhs, lhs.size(), rhs.size());
    return;
  }
  std::string context = return_stmt.Valid() ? "return statement" : "assignment";
  if (comma_ok) {
    for (size_t i = 0; i < 2; ++i) InitVar(lhs[i], rhs[i], context);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); ++i) {
    if (!InitVar(lhs[i], rhs[i], context).Valid()) ok = false;
  }
  if (!ok) {
    for (ObjectId o : lhs) Obj(o).used = true;
  }
}

void Checker::AssignVars(llvm::ArrayRef<ast::ExprId> lhs, llvm::ArrayRef<ast::ExprId> orig_rhs) {
  bool comma_ok = false;
  std::vector<Operand> rhs = ExprList(orig_rhs, lhs.size() == 2, &comma_ok);
  if (lhs.size() != rhs.size()) {
    Use(lhs);
    for (const Operand& x : rhs) {
      if (x.mode == Mode::kInvalid) return;
    }
    AssignError(orig_rhs, lhs.size(), rhs.size());
    return;
  }
  if (comma_ok) {
    for (size_t i = 0; i < 2; ++i) AssignVar(lhs[i], rhs[i]);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); ++i) {
    if (!AssignVar(lhs[i], rhs[i]).Valid()) ok = false;
  }
  if (!ok) {
    const ast::File& f = F();
    for (ast::ExprId l : lhs) {
      if (const auto* n = f.TryGet<ast::Name>(Unparen(f, l))) {
        ObjectId obj = Lookup(n->value);
        if (obj.Valid() && prog_.Obj(obj).kind == ObjectKind::kVar &&
            prog_.Obj(obj).pkg == pkg_.id_) {
          Obj(obj).used = true;
        }
      }
    }
  }
}

void Checker::ShortVarDecl(ast::StmtId s, Pos pos, llvm::ArrayRef<ast::ExprId> lhs,
                           llvm::ArrayRef<ast::ExprId> rhs) {
  size_t top = delayed_.size();
  Scope* scope = env_.scope;
  const ast::File& f = F();
  llvm::DenseSet<llvm::StringRef> seen;
  std::vector<ObjectId> lhs_vars(lhs.size());
  std::vector<ObjectId> new_vars;
  bool has_err = false;
  for (size_t i = 0; i < lhs.size(); ++i) {
    ast::ExprId l = lhs[i];
    const auto* ident = f.TryGet<ast::Name>(l);
    if (!ident) {
      UseExpr(l);
      Error(StartPos(l), "non-name " + ExprStr(l) + " on left side of :=");
      has_err = true;
      continue;
    }
    llvm::StringRef name = ident->value;
    if (name != "_") {
      if (!seen.insert(name).second) {
        Error(StartPos(l), ExprStr(l) + " repeated on left side of :=");
        has_err = true;
        continue;
      }
    }
    if (auto it = scope->elems.find(name); it != scope->elems.end()) {
      ObjectId alt = it->second;
      RecordUse(l, alt);
      if (prog_.Obj(alt).kind == ObjectKind::kVar) {
        lhs_vars[i] = alt;
      } else {
        Error(StartPos(l), "cannot assign to " + ExprStr(l));
        has_err = true;
      }
      continue;
    }
    ObjectId obj = NewVar(name, ExprPos(l), TypeId(), VarRole::kLocal);
    Obj(obj).form = VarForm::kDefine;
    Obj(obj).decl_stmt = s;
    lhs_vars[i] = obj;
    if (name != "_") new_vars.push_back(obj);
    RecordDef(l, obj);
  }
  for (size_t i = 0; i < lhs_vars.size(); ++i) {
    if (!lhs_vars[i].Valid()) {
      lhs_vars[i] = NewVar("_", StartPos(lhs[i]), TypeId(), VarRole::kLocal);
      Obj(lhs_vars[i]).decl_stmt = s;
    }
  }
  InitVars(lhs_vars, rhs, ast::StmtId());
  ProcessDelayed(top);
  if (new_vars.empty() && !has_err) {
    Error(pos, "no new variables on left side of :=", true);
    return;
  }
  for (ObjectId o : new_vars) Declare(scope, ast::ExprId(), o);
}

}  // namespace goescape::check
