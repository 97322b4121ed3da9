// call.cpp: calls, argument lists and selectors (types2's call.go), and
// the CallInfo/Selection records: which function a call reaches, receiver
// adjustments, the embedded-field path of a selector, variadic packing.
#include "frontend/check/checker.h"

namespace goescape::check {

using types::BasicKind;
using types::TypeKind;

std::string Checker::TypesSummary(llvm::ArrayRef<TypeId> list, bool variadic) {
  std::string out = "(";
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ", ";
    TypeId t = list[i];
    std::string s;
    if (!t.Valid() || t == Invalid()) {
      s = "<T>";
    } else if (ts_.IsUntyped(t)) {
      if (ts_.IsNumeric(t)) {
        s = "number";
      } else {
        s = types::BasicSpelling(ts_.Get<types::BasicType>(t).kind).str();
        size_t p = s.find("untyped ");
        if (p != std::string::npos) s.erase(p, 8);
      }
    } else if (variadic && i + 1 == list.size() && ts_.Kind(t) == TypeKind::kSlice) {
      s = "..." + TypeStr(ts_.Get<types::SliceType>(t).elem);
    }
    if (s.empty()) s = TypeStr(t);
    out += s;
  }
  return out + ")";
}

std::vector<Operand> Checker::ExprList(llvm::ArrayRef<ast::ExprId> list, bool allow_comma_ok,
                                       bool* comma_ok) {
  std::vector<Operand> out;
  if (comma_ok) *comma_ok = false;
  if (list.size() == 1) {
    ast::ExprId e = list[0];
    Operand x;
    MultiExpr(x, e);
    if (x.mode != Mode::kInvalid && x.type.Valid() && ts_.Kind(x.type) == TypeKind::kTuple) {
      auto elems = ts_.TupleElems(x.type);
      for (size_t i = 0; i < elems.size(); ++i) {
        Operand o;
        o.mode = Mode::kValue;
        o.expr = e;
        o.type = elems[i];
        o.tuple_index = static_cast<int>(i);
        out.push_back(std::move(o));
      }
      return out;
    }
    if (allow_comma_ok && (x.mode == Mode::kMapIndex || x.mode == Mode::kCommaOk)) {
      x.mode = Mode::kValue;
      x.tuple_index = 0;
      Operand ok;
      ok.mode = Mode::kValue;
      ok.expr = e;
      ok.type = Basic(BasicKind::kUntypedBool);
      ok.tuple_index = 1;
      out.push_back(std::move(x));
      out.push_back(std::move(ok));
      if (comma_ok) *comma_ok = true;
      Info(e).flags |= kExprCommaOk;
      return out;
    }
    out.push_back(std::move(x));
    return out;
  }
  for (ast::ExprId e : list) {
    Operand x;
    Expr(x, e);
    out.push_back(std::move(x));
  }
  return out;
}

void Checker::Arguments(ast::ExprId call_expr, const ast::CallExpr& call, TypeId sig,
                        std::vector<Operand>& args, CallInfo* info) {
  for (Operand& a : args) {
    if (a.mode == Mode::kTypeExpr) {
      Error(PosOf(a), OperandStr(a) + " used as value");
      return;
    }
    if (a.mode == Mode::kInvalid) return;
  }
  const auto& st = ts_.Get<types::SignatureType>(sig);
  auto params = ts_.TupleElems(st.params);
  size_t nargs = args.size(), npars = params.size();
  bool ddd = call.has_dots;
  auto call_args = F().Exprs(call.args);
  std::vector<TypeId> sig_params(params.begin(), params.end());
  if (st.variadic) {
    if (ddd) {
      if (call_args.size() == 1 && nargs > 1) {
        Error(StartPos(call_expr),
              "cannot use ... with " + std::to_string(nargs) + "-valued " + ExprStr(call_args[0]));
        return;
      }
    } else if (nargs + 1 >= npars) {
      TypeId last = params[npars - 1];
      TypeId elem = ts_.Get<types::SliceType>(last).elem;
      sig_params.assign(params.begin(), params.end() - 1);
      while (sig_params.size() < nargs) sig_params.push_back(elem);
      if (info) {
        info->variadic_from = static_cast<int32_t>(npars - 1);
        info->variadic_slice = last;
      }
      npars = nargs;
    } else {
      --npars;
    }
  } else if (ddd) {
    Error(StartPos(call_expr), "cannot use ... in call to non-variadic " + ExprStr(call.fun));
    return;
  }
  if (nargs != npars) {
    Pos at = StartPos(call_expr);
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = PosOf(args[npars]);
      qualifier = "too many";
    } else if (nargs > 0) {
      at = PosOf(args[nargs - 1]);
    }
    std::vector<TypeId> arg_types;
    for (const Operand& a : args) arg_types.push_back(a.type);
    std::vector<TypeId> param_types(params.begin(), params.end());
    ErrorMulti({{at, qualifier + " arguments in call to " + ExprStr(call.fun)},
                {Pos(), "have " + TypesSummary(arg_types, false)},
                {Pos(), "want " + TypesSummary(param_types, st.variadic)}});
    return;
  }
  if (!args.empty()) {
    std::string context = "argument to " + ExprStr(call.fun);
    for (size_t i = 0; i < args.size(); ++i) Assignment(args[i], sig_params[i], context);
  }
}

ExprKind Checker::CallExpr(Operand& x, ast::ExprId e, const ast::CallExpr& call) {
  const ast::File& f = F();
  auto call_args = f.Exprs(call.args);
  ExprOrType(x, call.fun);
  CallInfo info;
  info.has_dots = call.has_dots;
  auto finish = [&](ExprKind kind) {
    pkg_.calls_.push_back(info);
    NewDetail(e, static_cast<uint32_t>(pkg_.calls_.size() - 1));
    return kind;
  };
  switch (x.mode) {
    case Mode::kInvalid:
      Use(call_args);
      x.expr = e;
      return ExprKind::kStatement;
    case Mode::kTypeExpr: {
      TypeId t = x.type;
      x.mode = Mode::kInvalid;
      info.kind = CallKind::kConversion;
      switch (call_args.size()) {
        case 0:
          Error(StartPos(e), "missing argument in conversion to " + TypeStr(t));
          break;
        case 1:
          Expr(x, call_args[0]);
          if (x.mode != Mode::kInvalid) {
            if (call.has_dots) {
              Error(StartPos(call_args[0]),
                    "invalid use of ... in type conversion to " + TypeStr(t));
              x.mode = Mode::kInvalid;
              break;
            }
            ConvertTo(x, t);
          }
          break;
        default:
          Use(call_args);
          Error(StartPos(call_args.back()), "too many arguments in conversion to " + TypeStr(t));
          break;
      }
      x.expr = e;
      info.sig = t;
      return finish(ExprKind::kConversion);
    }
    case Mode::kBuiltin: {
      BuiltinId id = x.id;
      info.kind = CallKind::kBuiltin;
      info.builtin = id;
      if (!Builtin(x, e, call, id, &info)) x.mode = Mode::kInvalid;
      x.expr = e;
      if (x.mode != Mode::kInvalid && x.mode != Mode::kConstant) env_.has_call_or_recv = true;
      ExprKind kind = ExprKind::kExpression;
      switch (id) {
#define GOESCAPE_BUILTIN(Id, Name, N, V, K) \
  case BuiltinId::k##Id:                    \
    kind = ExprKind::K;                     \
    break;
#include "frontend/check/builtins.def"
        case BuiltinId::kNumBuiltins:
          break;
      }
      return finish(kind);
    }
    default:
      break;
  }
  TypeId sig = Under(x.type);
  if (ts_.Kind(sig) != TypeKind::kSignature) {
    Error(PosOf(x), "invalid operation: cannot call non-function " + OperandStr(x));
    x.mode = Mode::kInvalid;
    x.expr = e;
    return ExprKind::kStatement;
  }
  // Classify the callee from the (unparenthesized) function expression.
  ast::ExprId fun = Unparen(f, call.fun);
  info.kind = CallKind::kFuncValue;
  const ExprInfo& fi = Info(fun);
  if (f.Kind(fun) == ast::ExprKind::Name && fi.obj.Valid() &&
      prog_.Obj(fi.obj).kind == ObjectKind::kFunc) {
    info.kind = CallKind::kStatic;
    info.callee = fi.obj;
  } else if (f.Kind(fun) == ast::ExprKind::SelectorExpr && fi.detail != kNone) {
    const Selection& sel = pkg_.selections_[fi.detail];
    switch (sel.kind) {
      case SelectionKind::kQualified:
        if (prog_.Obj(sel.obj).kind == ObjectKind::kFunc) {
          info.kind = CallKind::kStatic;
          info.callee = sel.obj;
        }
        break;
      case SelectionKind::kMethodVal:
        info.callee = sel.obj;
        info.recv_adjust = sel.recv_adjust;
        info.kind =
            prog_.Obj(sel.obj).iface_method ? CallKind::kInterfaceMethod : CallKind::kMethod;
        break;
      case SelectionKind::kMethodExpr:
        info.kind = CallKind::kStatic;
        info.callee = sel.obj;
        break;
      case SelectionKind::kField:
        break;
    }
  }
  info.sig = sig;
  std::vector<Operand> args = ExprList(call_args, false, nullptr);
  if (call_args.size() == 1 && args.size() > 1) info.tuple_arg = true;
  Arguments(e, call, sig, args, &info);
  auto results = ts_.Results(sig);
  switch (results.size()) {
    case 0:
      x.mode = Mode::kNoValue;
      break;
    case 1:
      x.mode = Mode::kValue;
      x.type = results[0];
      break;
    default:
      x.mode = Mode::kValue;
      x.type = ts_.Get<types::SignatureType>(sig).results;
      break;
  }
  x.expr = e;
  env_.has_call_or_recv = true;
  return finish(ExprKind::kStatement);
}

void Checker::Selector(Operand& x, ast::ExprId e, const ast::SelectorExpr& sel, TypeId def) {
  const ast::File& f = F();
  llvm::StringRef name = f.Get<ast::Name>(sel.sel).value;
  auto fail = [&]() {
    x.mode = Mode::kInvalid;
    x.expr = e;
  };
  auto record = [&](Selection s) {
    pkg_.selections_.push_back(std::move(s));
    NewDetail(e, static_cast<uint32_t>(pkg_.selections_.size() - 1));
  };
  if (const auto* ident = f.TryGet<ast::Name>(sel.x)) {
    ObjectId obj = Lookup(ident->value);
    if (obj.Valid() && prog_.Obj(obj).kind == ObjectKind::kPkgName) {
      RecordUse(sel.x, obj);
      Obj(obj).used = true;
      PackageId imp = prog_.Obj(obj).imported;
      const Package* pkg = prog_.PackageById(imp);
      ObjectId exp;
      if (pkg) {
        exp = pkg->Lookup(name);
        if (exp.Valid() && !(name[0] >= 'A' && name[0] <= 'Z')) exp = ObjectId();
      }
      if (!exp.Valid()) {
        if (!fake_pkgs_.count(imp.Index())) {
          Error(ExprPos(sel.sel), "undefined: " + ts_.Package(imp).name.str() + "." + name.str());
        }
        fail();
        return;
      }
      RecordUse(sel.sel, exp);
      Info(e).obj = exp;
      const Object& eo = prog_.Obj(exp);
      switch (eo.kind) {
        case ObjectKind::kConst:
          x.mode = Mode::kConstant;
          x.type = eo.type;
          x.val = eo.value == kNone ? types::ConstValue() : prog_.Value(eo.value);
          break;
        case ObjectKind::kTypeName:
          x.mode = Mode::kTypeExpr;
          x.type = eo.type;
          break;
        case ObjectKind::kVar:
          x.mode = Mode::kVariable;
          x.type = eo.type;
          break;
        case ObjectKind::kFunc:
          x.mode = Mode::kValue;
          x.type = eo.type;
          break;
        case ObjectKind::kBuiltin:
          x.mode = Mode::kBuiltin;
          x.type = eo.type;
          x.id = eo.builtin;
          break;
        default:
          fail();
          return;
      }
      Selection s;
      s.kind = SelectionKind::kQualified;
      s.obj = exp;
      record(std::move(s));
      x.expr = e;
      return;
    }
  }
  ExprOrType(x, sel.x);
  switch (x.mode) {
    case Mode::kTypeExpr:
      if (def.Valid() && x.type == def) {
        CycleError({ts_.Named(def).obj});
        fail();
        return;
      }
      break;
    case Mode::kBuiltin:
      Error(ExprPos(e), "cannot select on " + OperandStr(x));
      fail();
      return;
    case Mode::kInvalid:
      fail();
      return;
    default:
      break;
  }
  LookupResult r = LookupFieldOrMethod(x.type, x.mode == Mode::kVariable, pkg_.id_, name);
  if (!r.Found()) {
    // An interface still being declared has no methods yet (types2's
    // top type set): report the selector; other unresolved types are
    // follow-on errors.
    if (Under(x.type) == Invalid() && !ifaces_in_progress_.count(x.type.Index())) {
      fail();
      return;
    }
    if (r.ambiguous) {
      Error(ExprPos(sel.sel), "ambiguous selector " + ExprStr(sel.x) + "." + name.str());
      fail();
      return;
    }
    if (r.needs_ptr) {
      Error(ExprPos(sel.sel),
            "cannot call pointer method " + name.str() + " on " + TypeStr(x.type));
      fail();
      return;
    }
    std::string why;
    if (IsInterfacePtr(x.type)) {
      why = InterfacePtrError(x.type);
    } else {
      why = "type " + TypeStr(x.type) + " has no field or method " + name.str();
      if (!name.empty()) {
        std::string change = name.str();
        char c = change[0];
        if (c >= 'A' && c <= 'Z') {
          change[0] = static_cast<char>(c - 'A' + 'a');
        } else if (c >= 'a' && c <= 'z') {
          change[0] = static_cast<char>(c - 'a' + 'A');
        }
        if (change != name &&
            LookupFieldOrMethod(x.type, x.mode == Mode::kVariable, pkg_.id_, change).Found()) {
          why += ", but does have " + change;
        }
      }
    }
    Error(ExprPos(sel.sel), ExprStr(sel.x) + "." + name.str() + " undefined (" + why + ")");
    fail();
    return;
  }
  if (r.obj.Valid()) ObjDecl(r.obj, TypeId());
  Selection s;
  s.recv = x.type;
  s.path = r.path;
  s.indirect = r.indirect;
  if (x.mode == Mode::kTypeExpr) {
    if (!r.obj.Valid()) {
      Error(ExprPos(sel.sel), ExprStr(sel.x) + "." + name.str() + " undefined (type " +
                                  TypeStr(x.type) + " has no method " + name.str() + ")");
      fail();
      return;
    }
    s.kind = SelectionKind::kMethodExpr;
    s.obj = r.obj;
    RecordUse(sel.sel, r.obj);
    Info(e).obj = r.obj;
    record(std::move(s));
    TypeId msig = prog_.Obj(r.obj).type;
    const auto& st = ts_.Get<types::SignatureType>(msig);
    std::vector<TypeId> params{x.type};
    for (TypeId p : ts_.TupleElems(st.params)) params.push_back(p);
    // types2 names the receiver parameter only if the parameters are named.
    std::vector<llvm::StringRef> names;
    auto old_names = ts_.TupleNames(st.params);
    if (!old_names.empty() && !old_names[0].empty()) {
      ObjectId recv = prog_.Obj(r.obj).recv;
      llvm::StringRef rn = recv.Valid() ? prog_.Obj(recv).name : "";
      names.push_back(rn.empty() ? "_" : rn);
      names.insert(names.end(), old_names.begin(), old_names.end());
    }
    x.mode = Mode::kValue;
    x.type = ts_.NewSignature(ts_.NewTuple(params, names), st.results, st.variadic);
    AddDeclDep(r.obj);
    x.expr = e;
    return;
  }
  if (r.is_field) {
    s.kind = SelectionKind::kField;
    record(std::move(s));
    x.mode = (x.mode == Mode::kVariable || r.indirect) ? Mode::kVariable : Mode::kValue;
    x.type = r.field_type;
    x.expr = e;
    return;
  }
  // Method value (or the callee of a method call).
  const Object& m = prog_.Obj(r.obj);
  s.kind = SelectionKind::kMethodVal;
  s.obj = r.obj;
  bool recv_is_ptr;
  if (r.path.empty()) {
    recv_is_ptr = ts_.Kind(x.type) == TypeKind::kPointer ||
                  (ts_.Kind(Under(x.type)) == TypeKind::kPointer && !ts_.IsNamed(x.type));
  } else {
    // The receiver is the last embedded field reached.
    const PathStep& last = r.path.back();
    TypeId ft = ts_.Fields(last.struct_type)[last.field].type;
    recv_is_ptr = ts_.Kind(ft) == TypeKind::kPointer;
  }
  if (!m.iface_method) {
    if (m.ptr_recv && !recv_is_ptr) s.recv_adjust = RecvAdjust::kAddr;
    if (!m.ptr_recv && recv_is_ptr) s.recv_adjust = RecvAdjust::kDeref;
  }
  RecordUse(sel.sel, r.obj);
  Info(e).obj = r.obj;
  record(std::move(s));
  x.mode = Mode::kValue;
  x.type = m.type;
  AddDeclDep(r.obj);
  x.expr = e;
}

}  // namespace goescape::check
