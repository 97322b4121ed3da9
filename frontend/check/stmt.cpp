// stmt.cpp: statements and function bodies (types2's stmt.go): scopes per
// block, the statement forms, switch/type switch/select/range, "declared
// but not used" at the end of each body, and "missing return". Branch
// statements are checked by branches.cpp (gc's parser does it).
#include "frontend/check/checker.h"

namespace goescape::check {

using types::BasicKind;
using types::TypeKind;

void Checker::FuncBody(DeclInfo* decl, FuncId fn, TypeId sig, Scope* scope, ast::StmtId body,
                       std::optional<types::ConstValue> iota) {
  env_.decl = decl;
  env_.scope = scope;
  env_.iota = std::move(iota);
  env_.sig = sig;
  env_.func = fn;
  const auto& b = F().Get<ast::BlockStmt>(body);
  StmtList(0, F().Stmts(b.list));
  if (!ts_.Results(sig).empty() && !IsTerminating(body, "")) Error(b.rbrace, "missing return");
  Usage(scope);
}

void Checker::StmtList(uint32_t ctxt, llvm::ArrayRef<ast::StmtId> list) {
  bool ok = (ctxt & kFallthroughOk) != 0;
  uint32_t inner = ctxt & ~kFallthroughOk;
  size_t n = list.size();
  while (n > 0 && F().Kind(list[n - 1]) == ast::StmtKind::EmptyStmt) --n;
  for (size_t i = 0; i < n; ++i) {
    uint32_t c = inner;
    if (ok && i + 1 == n) c |= kFallthroughOk;
    Stmt(c, list[i]);
  }
}

void Checker::SuspendedCall(const char* keyword, ast::ExprId call) {
  Operand x;
  ExprKind kind = RawExpr(x, call, TypeId());
  std::string msg;
  switch (kind) {
    case ExprKind::kConversion:
      msg = "requires function call, not conversion";
      break;
    case ExprKind::kExpression:
      msg = "discards result of";
      break;
    case ExprKind::kStatement:
      return;
  }
  Error(PosOf(x), std::string(keyword) + " " + msg + " " + OperandStr(x));
}

bool Checker::IsNil(ast::ExprId e) {
  const auto* n = F().TryGet<ast::Name>(Unparen(F(), e));
  if (!n) return false;
  ObjectId o = Lookup(n->value);
  return o.Valid() && prog_.Obj(o).kind == ObjectKind::kNil;
}

void Checker::CaseValues(Operand& x, llvm::ArrayRef<ast::ExprId> values,
                         std::vector<std::pair<std::string, std::pair<Pos, TypeId>>>& seen) {
  for (ast::ExprId e : values) {
    Operand v;
    Expr(v, e);
    if (x.mode == Mode::kInvalid || v.mode == Mode::kInvalid) continue;
    ConvertUntyped(v, x.type);
    if (v.mode == Mode::kInvalid) continue;
    Operand res = v;
    Comparison(res, x, ast::Operator::kEql, true, ast::ExprId());
    if (res.mode == Mode::kInvalid) continue;
    if (ts_.IsInterface(x.type) && !ts_.IsInterface(v.type)) RecordConversion(v, x.type);
    if (v.mode != Mode::kConstant) continue;
    auto key = v.val.SwitchKey();
    if (!key) continue;
    bool dup = false;
    for (const auto& [k, vt] : seen) {
      if (k == *key && ts_.Identical(v.type, vt.second)) {
        ErrorMulti({{PosOf(v), "duplicate case " + OperandStr(v) + " in expression switch"},
                    {vt.first, "previous case"}});
        dup = true;
        break;
      }
    }
    // types2 remembers v.Pos(): the node's own position, not its start.
    if (!dup) seen.push_back({*key, {ExprPos(v.expr), v.type}});
  }
}

TypeId Checker::CaseTypes(Operand* x, llvm::ArrayRef<ast::ExprId> types,
                          std::vector<std::pair<TypeId, ast::ExprId>>& seen, bool* is_nil) {
  TypeId t;
  *is_nil = false;
  for (ast::ExprId e : types) {
    bool nil = IsNil(e);
    if (nil) {
      t = TypeId();
      Operand dummy;
      Expr(dummy, e);
    } else {
      t = VarType(e);
      if (t == Invalid()) continue;
    }
    *is_nil = nil;
    bool dup = false;
    for (const auto& [other_t, other] : seen) {
      if ((nil && !other_t.Valid()) || (!nil && other_t.Valid() && ts_.Identical(t, other_t))) {
        std::string ts = nil ? "nil" : TypeStr(t);
        ErrorMulti({{StartPos(e), "duplicate case " + ts + " in type switch"},
                    {StartPos(other), "previous case"}});
        dup = true;
        break;
      }
    }
    if (dup) continue;
    seen.push_back({t, e});
    if (x && t.Valid()) TypeAssertion(e, *x, t, true);
  }
  return t;
}

namespace {

void MultipleDefaults(Checker& c, llvm::ArrayRef<ast::StmtId> body, bool comm) {
  const ast::File& f = c.F();
  ast::StmtId first;
  for (ast::StmtId cl : body) {
    bool is_default =
        comm ? !f.Get<ast::CommClause>(cl).comm.Valid() : !f.Get<ast::CaseClause>(cl).cases.Valid();
    if (!is_default) continue;
    if (first.Valid()) {
      c.Error(f.PosOf(cl), "multiple defaults (first at " + c.Fmt(f.PosOf(first)) + ")");
    } else {
      first = cl;
    }
  }
}

}  // namespace

void Checker::SwitchStmt(uint32_t inner, ast::StmtId s, const ast::SwitchStmt& sw) {
  (void)s;
  const ast::File& f = F();
  auto body = f.Stmts(sw.body);
  Operand x;
  if (sw.tag.Valid()) {
    Expr(x, sw.tag);
    Assignment(x, TypeId(), "switch expression");
    if (x.mode != Mode::kInvalid && !ts_.Comparable(x.type) && !ts_.HasNil(x.type)) {
      Error(PosOf(x),
            "cannot switch on " + OperandStr(x) + " (" + TypeStr(x.type) + " is not comparable)");
      x.mode = Mode::kInvalid;
    }
  } else {
    x.mode = Mode::kConstant;
    x.type = Basic(BasicKind::kBool);
    x.val = types::ConstValue::MakeBool(true);
    x.text = "true";
    x.text_pos = body.empty() ? sw.rbrace : f.PosOf(body[0]);
  }
  MultipleDefaults(*this, body, false);
  std::vector<std::pair<std::string, std::pair<Pos, TypeId>>> seen;
  for (size_t i = 0; i < body.size(); ++i) {
    const auto& cc = f.Get<ast::CaseClause>(body[i]);
    uint32_t c = inner;
    if (i + 1 < body.size()) {
      c |= kFallthroughOk;
    } else {
      c |= kFinalSwitchCase;
    }
    CaseValues(x, f.ListElems(cc.cases), seen);
    OpenScope();
    StmtList(c, f.Stmts(cc.body));
    CloseScope();
  }
}

void Checker::TypeSwitchStmt(uint32_t inner, ast::StmtId s, const ast::SwitchStmt& sw) {
  const ast::File& f = F();
  const auto& guard = f.Get<ast::TypeSwitchGuard>(sw.tag);
  ast::ExprId lhs = guard.lhs;
  if (lhs.Valid()) {
    if (f.Get<ast::Name>(lhs).value == "_") {
      Error(ExprPos(lhs), "no new variable on left side of :=", true);
      lhs = ast::ExprId();
    } else {
      RecordDef(lhs, ObjectId());
    }
  }
  Operand x;
  Expr(x, guard.x);
  if (x.mode == Mode::kInvalid) return;
  Operand* sx = nullptr;
  if (ts_.IsInterface(x.type)) {
    sx = &x;
  } else {
    Error(PosOf(x), OperandStr(x) + " is not an interface");
  }
  auto body = f.Stmts(sw.body);
  MultipleDefaults(*this, body, false);
  std::vector<ObjectId> lhs_vars;
  std::vector<std::pair<TypeId, ast::ExprId>> seen;
  for (ast::StmtId cl : body) {
    const auto& cc = f.Get<ast::CaseClause>(cl);
    auto cases = f.ListElems(cc.cases);
    bool is_nil = false;
    TypeId t = CaseTypes(sx, cases, seen, &is_nil);
    OpenScope();
    if (lhs.Valid()) {
      if (cases.size() != 1 || !t.Valid()) t = x.type;
      ObjectId obj = NewVar(f.Get<ast::Name>(lhs).value, ExprPos(lhs), t, VarRole::kLocal);
      Obj(obj).form = VarForm::kTypeSwitch;
      Obj(obj).decl_stmt = s;
      Declare(env_.scope, ast::ExprId(), obj);
      StmtInfo& si = T().stmts[cl.Index()];
      si.obj = obj;
      si.type = t;
      lhs_vars.push_back(obj);
    }
    StmtList(inner, f.Stmts(cc.body));
    CloseScope();
  }
  if (lhs.Valid()) {
    bool used = false;
    for (ObjectId v : lhs_vars) {
      if (prog_.Obj(v).used) used = true;
      Obj(v).used = true;
    }
    if (!used)
      Error(ExprPos(lhs), f.Get<ast::Name>(lhs).value.str() + " declared but not used", true);
  }
}

void Checker::RangeStmt(uint32_t inner, ast::StmtId s, const ast::ForStmt& fs,
                        ast::StmtId rclause_id, const ast::RangeClause& rc) {
  const ast::File& f = F();
  ast::ExprId skey = rc.lhs, svalue, sextra;
  if (const auto* l = f.TryGet<ast::ListExpr>(rc.lhs)) {
    auto elems = f.Exprs(l->elems);
    skey = elems[0];
    svalue = elems[1];
    if (elems.size() > 2) sextra = elems[2];
  }
  Operand x;
  Expr(x, rc.x);
  TypeId key, val;
  RangeInfo info;
  if (x.mode != Mode::kInvalid) {
    std::string cause;
    TypeId u = Under(x.type);
    info.x_type = x.type;
    if (const auto* ch = ts_.TryGet<types::ChanType>(u)) {
      if (svalue.Valid()) {
        Error(StartPos(svalue),
              "range over " + OperandStr(x) + " permits only one iteration variable", true);
      }
      if (ch->dir == types::ChanDir::kSend) cause = "receive from send-only channel";
    } else if (sextra.Valid()) {
      Error(StartPos(sextra), "range clause permits at most two iteration variables", true);
    }
    TypeId ru = u;
    bool ptr_array = false;
    if (const auto* p = ts_.TryGet<types::PointerType>(u)) {
      if (ts_.Kind(Under(p->elem)) == TypeKind::kArray) {
        ru = Under(p->elem);
        ptr_array = true;
      }
    }
    switch (ts_.Kind(ru)) {
      case TypeKind::kBasic:
        if (ts_.IsString(ru)) {
          key = Basic(BasicKind::kInt);
          val = Basic(BasicKind::kRune);
          info.kind = RangeKind::kString;
        }
        break;
      case TypeKind::kArray:
        key = Basic(BasicKind::kInt);
        val = ts_.Get<types::ArrayType>(ru).elem;
        info.kind = ptr_array ? RangeKind::kArrayPtr : RangeKind::kArray;
        break;
      case TypeKind::kSlice:
        key = Basic(BasicKind::kInt);
        val = ts_.Get<types::SliceType>(ru).elem;
        info.kind = RangeKind::kSlice;
        break;
      case TypeKind::kMap:
        key = ts_.Get<types::MapType>(ru).key;
        val = ts_.Get<types::MapType>(ru).elem;
        info.kind = RangeKind::kMap;
        break;
      case TypeKind::kChan:
        key = ts_.Get<types::ChanType>(ru).elem;
        val = Invalid();
        info.kind = RangeKind::kChan;
        break;
      default:
        break;
    }
    if (!key.Valid() || !cause.empty()) {
      if (cause.empty()) {
        Error(PosOf(x), "cannot range over " + OperandStr(x), true);
      } else {
        Error(PosOf(x), "cannot range over " + OperandStr(x) + " (" + cause + ")", true);
      }
    }
  }
  info.key_type = key;
  info.value_type = val;
  info.define = rc.def;
  OpenScope();
  ast::ExprId lhs[2] = {skey, svalue};
  TypeId rhs[2] = {key, val};
  if (rc.def) {
    std::vector<ObjectId> vars;
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i].Valid()) continue;
      ObjectId obj;
      if (const auto* ident = f.TryGet<ast::Name>(lhs[i])) {
        obj = NewVar(ident->value, ExprPos(lhs[i]), TypeId(), VarRole::kLocal);
        RecordDef(lhs[i], obj);
        if (ident->value != "_") vars.push_back(obj);
      } else {
        Error(StartPos(lhs[i]), "cannot declare " + ExprStr(lhs[i]));
        obj = NewVar("_", StartPos(lhs[i]), TypeId(), VarRole::kLocal);
      }
      Obj(obj).form = VarForm::kRange;
      Obj(obj).decl_stmt = s;
      (i == 0 ? info.key_obj : info.value_obj) = obj;
      if (rhs[i].Valid()) {
        Operand v;
        v.mode = Mode::kValue;
        v.expr = lhs[i];
        v.type = rhs[i];
        InitVar(obj, v, "range clause");
      } else {
        Obj(obj).type = Invalid();
        Obj(obj).used = true;
      }
    }
    if (!vars.empty()) {
      for (ObjectId o : vars) Declare(env_.scope, ast::ExprId(), o);
    } else {
      Error(StartPos(s), "no new variables on left side of :=");
    }
  } else {
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i].Valid() || !rhs[i].Valid()) continue;
      Operand v;
      v.mode = Mode::kValue;
      v.expr = lhs[i];
      v.type = rhs[i];
      AssignVar(lhs[i], v);
    }
  }
  pkg_.ranges_.push_back(info);
  T().stmts[rclause_id.Index()].detail = static_cast<uint32_t>(pkg_.ranges_.size() - 1);
  Stmt(inner, fs.body);
  CloseScope();
}

void Checker::Stmt(uint32_t ctxt, ast::StmtId s) {
  size_t top = delayed_.size();
  uint32_t inner = ctxt & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  const ast::File& f = F();
  switch (f.Kind(s)) {
    case ast::StmtKind::EmptyStmt:
      break;
    case ast::StmtKind::DeclStmt:
      DeclStmt(s, f.Get<ast::DeclStmt>(s));
      break;
    case ast::StmtKind::LabeledStmt: {
      env_.has_label = true;
      const auto& ls = f.Get<ast::LabeledStmt>(s);
      if (ls.stmt.Valid()) Stmt(ctxt, ls.stmt);
      break;
    }
    case ast::StmtKind::ExprStmt: {
      Operand x;
      ExprKind kind = RawExpr(x, f.Get<ast::ExprStmt>(s).x, TypeId());
      std::string msg;
      switch (x.mode) {
        case Mode::kBuiltin:
          msg = "must be called";
          break;
        case Mode::kTypeExpr:
          msg = "is not an expression";
          break;
        default:
          if (kind == ExprKind::kStatement) break;
          msg = "is not used";
          break;
      }
      if (!msg.empty()) Error(PosOf(x), OperandStr(x) + " " + msg);
      break;
    }
    case ast::StmtKind::SendStmt: {
      const auto& ss = f.Get<ast::SendStmt>(s);
      Operand ch, val;
      Expr(ch, ss.chan);
      Expr(val, ss.value);
      if (ch.mode == Mode::kInvalid || val.mode == Mode::kInvalid) break;
      const auto* c = ts_.TryGet<types::ChanType>(Under(ch.type));
      if (!c) {
        Error(StartPos(s), "invalid operation: cannot send to non-channel " + OperandStr(ch));
        break;
      }
      if (c->dir == types::ChanDir::kRecv) {
        Error(StartPos(s),
              "invalid operation: cannot send to receive-only channel " + OperandStr(ch));
        break;
      }
      Assignment(val, c->elem, "send");
      break;
    }
    case ast::StmtKind::AssignStmt: {
      const auto& as = f.Get<ast::AssignStmt>(s);
      auto lhs = f.ListElems(as.lhs);
      if (!as.rhs.Valid()) {
        if (lhs.size() != 1) {
          Error(StartPos(s), "invalid AST: " + ast::OperatorString(as.op).str() +
                                 ast::OperatorString(as.op).str() + " requires one operand");
          break;
        }
        Operand x;
        Expr(x, lhs[0]);
        if (x.mode == Mode::kInvalid) break;
        if (!ts_.IsNumeric(x.type)) {
          std::string op = ast::OperatorString(as.op).str();
          Error(StartPos(lhs[0]), "invalid operation: " + ExprStr(lhs[0]) + op + op +
                                      " (non-numeric type " + TypeStr(x.type) + ")");
          break;
        }
        AssignVar(lhs[0], x);
        break;
      }
      auto rhs = f.ListElems(as.rhs);
      if (as.op == ast::Operator::kNone) {
        AssignVars(lhs, rhs);
        break;
      }
      if (as.op == ast::Operator::kDef) {
        ShortVarDecl(s, f.PosOf(s), lhs, rhs);
        break;
      }
      if (lhs.size() != 1 || rhs.size() != 1) {
        Error(StartPos(s), "assignment operation " + ast::OperatorString(as.op).str() +
                               " requires single-valued expressions");
        break;
      }
      Operand x;
      Binary(x, ast::ExprId(), lhs[0], rhs[0], as.op, f.PosOf(s));
      AssignVar(lhs[0], x);
      break;
    }
    case ast::StmtKind::CallStmt: {
      const auto& cs = f.Get<ast::CallStmt>(s);
      SuspendedCall(cs.is_go ? "go" : "defer", cs.call);
      break;
    }
    case ast::StmtKind::ReturnStmt: {
      auto results = f.ListElems(f.Get<ast::ReturnStmt>(s).results);
      const std::vector<ObjectId>& res = env_.results;
      if (results.empty() && !res.empty() && !prog_.Obj(res[0]).name.empty()) {
        for (ObjectId o : res) {
          ObjectId alt = Lookup(prog_.Obj(o).name);
          if (alt.Valid() && alt != o) {
            ErrorMulti({{f.PosOf(s),
                         "result parameter " + prog_.Obj(o).name.str() + " not in scope at return"},
                        {prog_.Obj(alt).pos, "inner declaration of " + ObjStr(alt)}});
          }
        }
      } else {
        InitVars(res, results, s);
      }
      break;
    }
    case ast::StmtKind::BranchStmt:
      if (f.Get<ast::BranchStmt>(s).label.Valid()) env_.has_label = true;
      break;
    case ast::StmtKind::BlockStmt:
      OpenScope();
      StmtList(inner, f.Stmts(f.Get<ast::BlockStmt>(s).list));
      CloseScope();
      break;
    case ast::StmtKind::IfStmt: {
      const auto& is = f.Get<ast::IfStmt>(s);
      OpenScope();
      SimpleStmt(is.init);
      Operand x;
      Expr(x, is.cond);
      if (x.mode != Mode::kInvalid && !ts_.IsBoolean(x.type)) {
        Error(StartPos(is.cond), "non-boolean condition in if statement");
      }
      Stmt(inner, is.then);
      if (is.els.Valid()) Stmt(inner, is.els);
      CloseScope();
      break;
    }
    case ast::StmtKind::SwitchStmt: {
      const auto& sw = f.Get<ast::SwitchStmt>(s);
      inner |= kBreakOk;
      OpenScope();
      SimpleStmt(sw.init);
      if (sw.tag.Valid() && f.Kind(sw.tag) == ast::ExprKind::TypeSwitchGuard) {
        TypeSwitchStmt(inner | kInTypeSwitch, s, sw);
      } else {
        SwitchStmt(inner, s, sw);
      }
      CloseScope();
      break;
    }
    case ast::StmtKind::SelectStmt:
      inner |= kBreakOk;
      SelectStmt(inner, f.Get<ast::SelectStmt>(s));
      break;
    case ast::StmtKind::ForStmt: {
      const auto& fs = f.Get<ast::ForStmt>(s);
      inner |= kBreakOk | kContinueOk;
      if (fs.init.Valid() && f.Kind(fs.init) == ast::StmtKind::RangeClause) {
        RangeStmt(inner, s, fs, fs.init, f.Get<ast::RangeClause>(fs.init));
        break;
      }
      OpenScope();
      SimpleStmt(fs.init);
      if (fs.cond.Valid()) {
        Operand x;
        Expr(x, fs.cond);
        if (x.mode != Mode::kInvalid && !ts_.IsBoolean(x.type)) {
          Error(StartPos(fs.cond), "non-boolean condition in for statement");
        }
      }
      SimpleStmt(fs.post);
      Stmt(inner, fs.body);
      CloseScope();
      break;
    }
    case ast::StmtKind::RangeClause:
    case ast::StmtKind::CaseClause:
    case ast::StmtKind::CommClause:
    case ast::StmtKind::kEnd:
      Error(StartPos(s), "invalid statement");
      break;
  }
  ProcessDelayed(top);
}

void Checker::SelectStmt(uint32_t inner, const ast::SelectStmt& sel) {
  const ast::File& f = F();
  auto body = f.Stmts(sel.body);
  MultipleDefaults(*this, body, true);
  for (ast::StmtId cl : body) {
    const auto& cc = f.Get<ast::CommClause>(cl);
    bool valid = false;
    ast::ExprId rhs;
    if (!cc.comm.Valid()) {
      valid = true;
    } else {
      switch (f.Kind(cc.comm)) {
        case ast::StmtKind::SendStmt:
          valid = true;
          break;
        case ast::StmtKind::AssignStmt: {
          const auto& as = f.Get<ast::AssignStmt>(cc.comm);
          if (as.rhs.Valid() && f.Kind(as.rhs) != ast::ExprKind::ListExpr) rhs = as.rhs;
          break;
        }
        case ast::StmtKind::ExprStmt:
          rhs = f.Get<ast::ExprStmt>(cc.comm).x;
          break;
        default:
          break;
      }
    }
    if (rhs.Valid()) {
      const auto* op = f.TryGet<ast::Operation>(Unparen(f, rhs));
      if (op && !op->y.Valid() && op->op == ast::Operator::kRecv) valid = true;
    }
    if (!valid) {
      Error(StartPos(cc.comm), "select case must be send or receive (possibly with assignment)");
      continue;
    }
    OpenScope();
    if (cc.comm.Valid()) Stmt(inner, cc.comm);
    StmtList(inner, f.Stmts(cc.body));
    CloseScope();
  }
}

}  // namespace goescape::check
