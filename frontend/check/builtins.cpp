// builtins.cpp: calls of the built-in functions and of package unsafe's
// functions (types2's builtins.go): argument counts, typing, constant
// results (len of constant strings and arrays, unsafe.Sizeof/Alignof/
// Offsetof with gc's linux/amd64 layout), and the recorded instantiated
// signature.
#include "frontend/check/checker.h"

namespace goescape::check {

using types::BasicKind;
using types::TypeKind;

namespace {

struct BuiltinSpec {
  int nargs;
  bool variadic;
};

BuiltinSpec Spec(BuiltinId id) {
  switch (id) {
#define GOESCAPE_BUILTIN(Id, Name, N, V, K) \
  case BuiltinId::k##Id:                    \
    return {N, V};
#include "frontend/check/builtins.def"
    case BuiltinId::kNumBuiltins:
      break;
  }
  return {0, false};
}

}  // namespace

bool Checker::Builtin(Operand& x, ast::ExprId e, const ast::CallExpr& call, BuiltinId id,
                      CallInfo* info) {
  const ast::File& f = F();
  auto call_args = f.Exprs(call.args);
  std::string bname = BuiltinName(id).str();
  if (call.has_dots && id != BuiltinId::kAppend) {
    Error(StartPos(e), "invalid operation: invalid use of ... with built-in " + bname);
    Use(call_args);
    return false;
  }
  bool saved_call_or_recv = env_.has_call_or_recv;
  if (id == BuiltinId::kLen || id == BuiltinId::kCap) env_.has_call_or_recv = false;
  struct Restore {
    Checker* c;
    bool v;
    bool active;
    ~Restore() {
      if (active) c->env_.has_call_or_recv = v;
    }
  } restore{this, saved_call_or_recv, id == BuiltinId::kLen || id == BuiltinId::kCap};

  std::vector<Operand> xlist;
  size_t nargs = call_args.size();
  switch (id) {
    case BuiltinId::kMake:
    case BuiltinId::kNew:
    case BuiltinId::kOffsetof:
      break;
    default:
      xlist = ExprList(call_args, false, nullptr);
      nargs = xlist.size();
      if (nargs > 0) {
        x = xlist[0];
        if (x.mode == Mode::kInvalid) return false;
      }
      break;
  }
  BuiltinSpec spec = Spec(id);
  {
    std::string msg;
    if (static_cast<int>(nargs) < spec.nargs) {
      msg = "not enough";
    } else if (!spec.variadic && static_cast<int>(nargs) > spec.nargs) {
      msg = "too many";
    }
    if (!msg.empty()) {
      Error(StartPos(e), "invalid operation: " + msg + " arguments for " + ExprStr(e) +
                             " (expected " + std::to_string(spec.nargs) + ", found " +
                             std::to_string(nargs) + ")");
      return false;
    }
  }
  auto make_sig = [&](TypeId res, std::vector<TypeId> params) {
    for (TypeId& p : params) p = ts_.Default(p);
    TypeId results = res.Valid() ? ts_.NewTuple({res}) : ts_.EmptyTuple();
    return ts_.NewSignature(ts_.NewTuple(params), results, false);
  };
  switch (id) {
    case BuiltinId::kAppend: {
      TypeId s = x.type;
      const auto* sl = ts_.TryGet<types::SliceType>(Under(s));
      if (!sl) {
        std::string cause = x.mode == Mode::kNil ? "have untyped nil" : "have " + OperandStr(x);
        Error(PosOf(x), "first argument to append must be a slice; " + cause);
        return false;
      }
      TypeId t = sl->elem;
      std::vector<Operand> alist{x};
      if (nargs == 2 && call.has_dots) {
        Operand tmp = x;
        if (AssignableTo(tmp, ts_.NewSlice(Basic(BasicKind::kByte)), nullptr, nullptr)) {
          x = xlist[1];
          if (x.mode == Mode::kInvalid) return false;
          if (ts_.IsString(x.type)) {
            TypeId sig = ts_.NewSignature(ts_.NewTuple({s, x.type}), ts_.NewTuple({s}), true);
            info->sig = sig;
            x.mode = Mode::kValue;
            x.type = s;
            break;
          }
          alist.push_back(x);
        }
      }
      TypeId sig = ts_.NewSignature(ts_.NewTuple({s, ts_.NewSlice(t)}), ts_.NewTuple({s}), true);
      std::vector<Operand> args = alist;
      for (size_t i = alist.size(); i < nargs; ++i) args.push_back(xlist[i]);
      Arguments(e, call, sig, args, info);
      x.mode = Mode::kValue;
      x.type = s;
      info->sig = sig;
      break;
    }
    case BuiltinId::kCap:
    case BuiltinId::kLen: {
      Mode mode = Mode::kInvalid;
      types::ConstValue val;
      TypeId u = Under(x.type);
      if (const auto* p = ts_.TryGet<types::PointerType>(u)) {
        if (ts_.Kind(Under(p->elem)) == TypeKind::kArray) u = Under(p->elem);
      }
      switch (ts_.Kind(u)) {
        case TypeKind::kBasic:
          if (ts_.IsString(u) && id == BuiltinId::kLen) {
            if (x.mode == Mode::kConstant) {
              mode = Mode::kConstant;
              val = types::ConstValue::MakeInt64(static_cast<int64_t>(x.val.StringVal().size()));
            } else {
              mode = Mode::kValue;
            }
          }
          break;
        case TypeKind::kArray:
          mode = Mode::kValue;
          if (!env_.has_call_or_recv) {
            mode = Mode::kConstant;
            val = types::ConstValue::MakeInt64(ts_.Get<types::ArrayType>(u).len);
          }
          break;
        case TypeKind::kSlice:
        case TypeKind::kChan:
          mode = Mode::kValue;
          break;
        case TypeKind::kMap:
          if (id == BuiltinId::kLen) mode = Mode::kValue;
          break;
        default:
          break;
      }
      if (mode == Mode::kInvalid && Under(x.type) != Invalid()) {
        Error(PosOf(x), "invalid argument: " + OperandStr(x) + " for " + bname);
        return false;
      }
      if (mode != Mode::kConstant) info->sig = make_sig(Basic(BasicKind::kInt), {x.type});
      x.mode = mode;
      x.type = Basic(BasicKind::kInt);
      x.val = val;
      break;
    }
    case BuiltinId::kClose: {
      const auto* ch = ts_.TryGet<types::ChanType>(Under(x.type));
      if (!ch) {
        Error(PosOf(x), "invalid operation: cannot close non-channel " + OperandStr(x));
        return false;
      }
      if (ch->dir == types::ChanDir::kRecv) {
        Error(PosOf(x), "invalid operation: cannot close receive-only channel " + OperandStr(x));
        return false;
      }
      x.mode = Mode::kNoValue;
      info->sig = make_sig(TypeId(), {x.type});
      break;
    }
    case BuiltinId::kComplex: {
      Operand y = xlist[1];
      if (y.mode == Mode::kInvalid) return false;
      int d = 0;
      if (ts_.IsUntyped(x.type)) d |= 1;
      if (ts_.IsUntyped(y.type)) d |= 2;
      switch (d) {
        case 1:
          ConvertUntyped(x, y.type);
          break;
        case 2:
          ConvertUntyped(y, x.type);
          break;
        case 3:
          if (x.mode == Mode::kConstant && y.mode == Mode::kConstant) {
            auto to_float = [&](Operand& o) {
              if (ts_.IsNumeric(o.type) && o.val.Imag().Sign() == 0)
                o.type = Basic(BasicKind::kUntypedFloat);
            };
            to_float(x);
            to_float(y);
          } else {
            ConvertUntyped(x, Basic(BasicKind::kFloat64));
            ConvertUntyped(y, Basic(BasicKind::kFloat64));
          }
          break;
        default:
          break;
      }
      if (x.mode == Mode::kInvalid || y.mode == Mode::kInvalid) return false;
      if (!ts_.Identical(x.type, y.type)) {
        Error(PosOf(x), "invalid operation: " + ExprStr(e) + " (mismatched types " +
                            TypeStr(x.type) + " and " + TypeStr(y.type) + ")");
        return false;
      }
      TypeId res;
      switch (ts_.BasicKindOf(x.type)) {
        case BasicKind::kFloat32:
          res = Basic(BasicKind::kComplex64);
          break;
        case BasicKind::kFloat64:
          res = Basic(BasicKind::kComplex128);
          break;
        case BasicKind::kUntypedFloat:
          res = Basic(BasicKind::kUntypedComplex);
          break;
        default:
          break;
      }
      if (!res.Valid()) {
        Error(PosOf(x), "invalid argument: arguments have type " + TypeStr(x.type) +
                            ", expected floating-point");
        return false;
      }
      if (x.mode == Mode::kConstant && y.mode == Mode::kConstant) {
        x.val = types::ConstValue::BinaryOp(x.val.ToFloat(), types::ConstOp::kAdd,
                                            types::ConstValue::MakeImag(y.val.ToFloat()));
      } else {
        x.mode = Mode::kValue;
      }
      if (x.mode != Mode::kConstant) info->sig = make_sig(res, {x.type, x.type});
      x.type = res;
      break;
    }
    case BuiltinId::kCopy: {
      const auto* dst = ts_.TryGet<types::SliceType>(Under(x.type));
      Operand y = xlist[1];
      if (y.mode == Mode::kInvalid) return false;
      TypeId src_t = Under(y.type);
      if (ts_.IsString(src_t)) src_t = ts_.NewSlice(Basic(BasicKind::kByte));
      const auto* src = ts_.TryGet<types::SliceType>(src_t);
      if (!dst || !src) {
        Error(PosOf(x), "invalid argument: copy expects slice arguments; found " + OperandStr(x) +
                            " and " + OperandStr(y));
        return false;
      }
      if (!ts_.Identical(dst->elem, src->elem)) {
        Error(PosOf(x), "invalid argument: arguments to copy " + OperandStr(x) + " and " +
                            OperandStr(y) + " have different element types " + TypeStr(dst->elem) +
                            " and " + TypeStr(src->elem));
        return false;
      }
      info->sig = make_sig(Basic(BasicKind::kInt), {x.type, y.type});
      x.mode = Mode::kValue;
      x.type = Basic(BasicKind::kInt);
      break;
    }
    case BuiltinId::kDelete: {
      TypeId map_t = x.type;
      const auto* m = ts_.TryGet<types::MapType>(Under(map_t));
      if (!m) {
        Error(PosOf(x), "invalid argument: " + OperandStr(x) + " is not a map");
        return false;
      }
      TypeId key = m->key;
      x = xlist[1];
      if (x.mode == Mode::kInvalid) return false;
      Assignment(x, key, "argument to delete");
      if (x.mode == Mode::kInvalid) return false;
      x.mode = Mode::kNoValue;
      info->sig = make_sig(TypeId(), {map_t, key});
      break;
    }
    case BuiltinId::kImag:
    case BuiltinId::kReal: {
      if (ts_.IsUntyped(x.type)) {
        if (x.mode == Mode::kConstant) {
          if (ts_.IsNumeric(x.type)) x.type = Basic(BasicKind::kUntypedComplex);
        } else {
          ConvertUntyped(x, Basic(BasicKind::kComplex128));
          if (x.mode == Mode::kInvalid) return false;
        }
      }
      TypeId res;
      switch (ts_.BasicKindOf(x.type)) {
        case BasicKind::kComplex64:
          res = Basic(BasicKind::kFloat32);
          break;
        case BasicKind::kComplex128:
          res = Basic(BasicKind::kFloat64);
          break;
        case BasicKind::kUntypedComplex:
          res = Basic(BasicKind::kUntypedFloat);
          break;
        default:
          break;
      }
      if (!res.Valid()) {
        Error(PosOf(x),
              "invalid argument: argument has type " + TypeStr(x.type) + ", expected complex type");
        return false;
      }
      if (x.mode == Mode::kConstant) {
        x.val = id == BuiltinId::kReal ? x.val.Real() : x.val.Imag();
      } else {
        x.mode = Mode::kValue;
        info->sig = make_sig(res, {x.type});
      }
      x.type = res;
      break;
    }
    case BuiltinId::kMake: {
      ast::ExprId arg0 = call_args[0];
      TypeId t = VarType(arg0);
      if (t == Invalid()) return false;
      int min = 0;
      switch (ts_.Kind(Under(t))) {
        case TypeKind::kSlice:
          min = 2;
          break;
        case TypeKind::kMap:
        case TypeKind::kChan:
          min = 1;
          break;
        default:
          Error(StartPos(arg0), "invalid argument: cannot make " + ExprStr(arg0) +
                                    "; type must be slice, map, or channel");
          return false;
      }
      if (static_cast<int>(nargs) < min || min + 1 < static_cast<int>(nargs)) {
        Error(StartPos(e), "invalid operation: " + ExprStr(e) + " expects " + std::to_string(min) +
                               " or " + std::to_string(min + 1) + " arguments; found " +
                               std::to_string(nargs));
        return false;
      }
      std::vector<TypeId> params{t};
      std::vector<int64_t> sizes;
      for (size_t i = 1; i < call_args.size(); ++i) {
        int64_t size = -1;
        TypeId typ = Index(call_args[i], -1, &size);
        params.push_back(typ);
        if (size >= 0) sizes.push_back(size);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1]) {
        Error(StartPos(call_args[1]), "invalid argument: length and capacity swapped");
      }
      x.mode = Mode::kValue;
      x.type = t;
      info->sig = make_sig(t, params);
      break;
    }
    case BuiltinId::kNew: {
      TypeId t = VarType(call_args[0]);
      if (t == Invalid()) return false;
      x.mode = Mode::kValue;
      x.type = ts_.NewPointer(t);
      info->sig = make_sig(x.type, {t});
      break;
    }
    case BuiltinId::kPanic: {
      if (!env_.results.empty()) is_panic_.insert(UntypedKey(e));
      Assignment(x, ts_.EmptyInterface(), "argument to panic");
      if (x.mode == Mode::kInvalid) return false;
      x.mode = Mode::kNoValue;
      info->sig = make_sig(TypeId(), {ts_.EmptyInterface()});
      break;
    }
    case BuiltinId::kPrint:
    case BuiltinId::kPrintln: {
      std::vector<TypeId> params;
      for (size_t i = 0; i < nargs; ++i) {
        if (i > 0) x = xlist[i];
        Assignment(x, TypeId(), "argument to " + bname);
        if (x.mode == Mode::kInvalid) return false;
        params.push_back(x.type);
      }
      x.mode = Mode::kNoValue;
      info->sig = make_sig(TypeId(), params);
      break;
    }
    case BuiltinId::kRecover:
      x.mode = Mode::kValue;
      x.type = ts_.EmptyInterface();
      info->sig = make_sig(x.type, {});
      break;
    case BuiltinId::kAdd: {
      if (!AllowVersion(1, 17)) {
        VersionError(StartPos(call.fun), "unsafe.Add", "go1.17");
        return false;
      }
      Assignment(x, Basic(BasicKind::kUnsafePointer), "argument to unsafe.Add");
      if (x.mode == Mode::kInvalid) return false;
      Operand y = xlist[1];
      if (!IsValidIndex(y, "length", true)) return false;
      x.mode = Mode::kValue;
      x.type = Basic(BasicKind::kUnsafePointer);
      info->sig = make_sig(x.type, {x.type, y.type});
      break;
    }
    case BuiltinId::kAlignof:
    case BuiltinId::kSizeof: {
      Assignment(x, TypeId(), "argument to unsafe." + bname);
      if (x.mode == Mode::kInvalid) return false;
      int64_t v =
          id == BuiltinId::kSizeof ? prog_.Layout().Size(x.type) : prog_.Layout().Align(x.type);
      x.mode = Mode::kConstant;
      x.val = types::ConstValue::MakeInt64(v);
      x.type = Basic(BasicKind::kUintptr);
      break;
    }
    case BuiltinId::kOffsetof: {
      ast::ExprId arg0 = call_args[0];
      ast::ExprId selx = Unparen(f, arg0);
      const auto* sel = f.TryGet<ast::SelectorExpr>(selx);
      if (!sel) {
        Error(StartPos(arg0),
              "invalid argument: " + ExprStr(arg0) + " is not a selector expression");
        UseExpr(arg0);
        return false;
      }
      Expr(x, sel->x);
      if (x.mode == Mode::kInvalid) return false;
      TypeId base = x.type;
      if (const auto* p = ts_.TryGet<types::PointerType>(Under(base))) {
        if (ts_.Kind(Under(p->elem)) == TypeKind::kStruct) base = p->elem;
      }
      llvm::StringRef name = f.Get<ast::Name>(sel->sel).value;
      LookupResult r = LookupFieldOrMethod(base, false, pkg_.id_, name);
      if (!r.Found()) {
        Error(PosOf(x),
              "invalid argument: " + TypeStr(base) + " has no single field " + name.str());
        return false;
      }
      if (!r.is_field) {
        Error(StartPos(arg0), "invalid argument: " + ExprStr(arg0) + " is a method value");
        return false;
      }
      if (r.indirect) {
        Error(PosOf(x), "invalid argument: field " + name.str() + " is embedded via a pointer in " +
                            TypeStr(base));
        return false;
      }
      Selection s;
      s.kind = SelectionKind::kField;
      s.recv = base;
      s.path = r.path;
      pkg_.selections_.push_back(std::move(s));
      NewDetail(selx, static_cast<uint32_t>(pkg_.selections_.size() - 1));
      RecordTypeAndValue(selx, x.mode == Mode::kVariable ? Mode::kVariable : Mode::kValue,
                         r.field_type, nullptr);
      int64_t off = 0;
      TypeId cur = base;
      for (const PathStep& step : r.path) {
        off += prog_.Layout().Offset(step.struct_type, step.field);
        cur = ts_.Fields(step.struct_type)[step.field].type;
      }
      (void)cur;
      x.mode = Mode::kConstant;
      x.val = types::ConstValue::MakeInt64(off);
      x.type = Basic(BasicKind::kUintptr);
      break;
    }
    case BuiltinId::kSlice: {
      if (!AllowVersion(1, 17)) {
        VersionError(StartPos(call.fun), "unsafe.Slice", "go1.17");
        return false;
      }
      const auto* p = ts_.TryGet<types::PointerType>(Under(x.type));
      if (!p) {
        Error(PosOf(x), "invalid argument: " + OperandStr(x) + " is not a pointer");
        return false;
      }
      TypeId elem = p->elem;
      TypeId ptr_t = x.type;
      Operand y = xlist[1];
      if (!IsValidIndex(y, "length", false)) return false;
      x.mode = Mode::kValue;
      x.type = ts_.NewSlice(elem);
      info->sig = make_sig(x.type, {ptr_t, y.type});
      break;
    }
    case BuiltinId::kNumBuiltins:
      return false;
  }
  return true;
}

}  // namespace goescape::check
