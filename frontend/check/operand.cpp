// operand.cpp: assignability (types2's operand.assignableTo), assignment
// of an operand to a typed destination (assignments.go's assignment, with
// gc's error wording and the recording of implicit conversions), and
// explicit conversions (conversions.go).
#include "frontend/check/checker.h"

namespace goescape::check {

using types::BasicKind;
using types::TypeKind;

bool Checker::IsInterfacePtr(TypeId t) {
  const auto* p = ts_.TryGet<types::PointerType>(Under(t));
  return p && ts_.IsInterface(p->elem);
}

bool Checker::AssignableTo(Operand& x, TypeId t, std::string* reason, int* code) {
  (void)code;
  if (x.mode == Mode::kInvalid || t == Invalid()) return true;
  TypeId v = x.type;
  if (ts_.Identical(v, t)) return true;
  TypeId vu = Under(v), tu = Under(t);
  if (ts_.IsUntyped(vu)) {
    types::ConstValue val;
    bool has_val;
    int c;
    TypeId nt = ImplicitTypeAndValue(x, t, &val, &has_val, &c);
    return nt.Valid();
  }
  if (ts_.Identical(vu, tu) && (!ts_.HasName(v) || !ts_.HasName(t))) return true;
  if (ts_.Kind(tu) == TypeKind::kInterface || IsInterfacePtr(tu)) {
    std::string err;
    if (!Implements(v, t, &err)) {
      if (reason) *reason = err;
      return false;
    }
    return true;
  }
  if (ts_.Kind(vu) == TypeKind::kInterface) {
    if (Implements(t, v, nullptr)) {
      if (reason) *reason = "need type assertion";
      return false;
    }
  }
  if (const auto* vc = ts_.TryGet<types::ChanType>(vu); vc && vc->dir == types::ChanDir::kBoth) {
    if (const auto* tc = ts_.TryGet<types::ChanType>(tu); tc && ts_.Identical(vc->elem, tc->elem)) {
      return !ts_.HasName(v) || !ts_.HasName(t);
    }
  }
  return false;
}

void Checker::Assignment(Operand& x, TypeId t, const std::string& context) {
  SingleValue(x);
  switch (x.mode) {
    case Mode::kInvalid:
      return;
    case Mode::kConstant:
    case Mode::kVariable:
    case Mode::kMapIndex:
    case Mode::kValue:
    case Mode::kNil:
    case Mode::kCommaOk:
      break;
    default:
      Error(PosOf(x), "cannot assign " + OperandStr(x) + " to " +
                          (t.Valid() ? TypeStr(t) : "<nil>") + " in " + context);
      return;
  }
  if (ts_.IsUntyped(x.type)) {
    TypeId target = t;
    if (x.mode == Mode::kNil) {
      if (!t.Valid()) {
        Error(PosOf(x), "use of untyped nil in " + context);
        x.mode = Mode::kInvalid;
        return;
      }
    } else if (!t.Valid() || ts_.IsInterface(t)) {
      target = ts_.Default(x.type);
    }
    types::ConstValue val;
    bool has_val;
    int code;
    TypeId nt = ImplicitTypeAndValue(x, target, &val, &has_val, &code);
    if (code != 0) {
      std::string msg =
          "cannot use " + OperandStr(x) + " as " + TypeStr(target) + " value in " + context;
      if (code == 1) msg += " (truncated)";
      if (code == 2) msg += " (overflows)";
      Error(PosOf(x), msg);
      x.mode = Mode::kInvalid;
      return;
    }
    SetImplicit(x, nt, val, has_val);
  }
  if (!t.Valid()) return;
  std::string reason;
  if (!AssignableTo(x, t, &reason, nullptr)) {
    if (!reason.empty()) {
      Error(PosOf(x), "cannot use " + OperandStr(x) + " as type " + TypeStr(t) + " in " + context +
                          ":\n\t" + reason);
    } else {
      Error(PosOf(x), "cannot use " + OperandStr(x) + " as type " + TypeStr(t) + " in " + context);
    }
    x.mode = Mode::kInvalid;
    return;
  }
  RecordConversion(x, t);
}

namespace {

bool IsBytesOrRunes(const types::TypeStore& ts, TypeId t) {
  const auto* s = ts.TryGet<types::SliceType>(ts.Underlying(t));
  if (!s) return false;
  BasicKind k = ts.BasicKindOf(s->elem);
  return k == BasicKind::kUint8 || k == BasicKind::kInt32;
}

}  // namespace

bool Checker::ConvertibleTo(Operand& x, TypeId t, std::string* cause) {
  if (AssignableTo(x, t, cause, nullptr)) return true;
  TypeId v = x.type;
  TypeId vu = Under(v), tu = Under(t);
  if (ts_.IdenticalIgnoreTags(vu, tu)) return true;
  if (const auto* vp = ts_.TryGet<types::PointerType>(v)) {
    if (const auto* tp = ts_.TryGet<types::PointerType>(t)) {
      if (ts_.IdenticalIgnoreTags(Under(vp->elem), Under(tp->elem))) return true;
    }
  }
  auto int_or_float = [&](TypeId u) { return ts_.IsBasic(u, types::kIsInteger | types::kIsFloat); };
  if (int_or_float(vu) && int_or_float(tu)) return true;
  if (ts_.IsComplex(vu) && ts_.IsComplex(tu)) return true;
  if ((ts_.IsInteger(vu) || IsBytesOrRunes(ts_, vu)) && ts_.IsString(tu)) return true;
  if (ts_.IsString(vu) && IsBytesOrRunes(ts_, tu)) return true;
  auto is_unsafe_ptr = [&](TypeId u) { return ts_.BasicKindOf(u) == BasicKind::kUnsafePointer; };
  auto is_uintptr = [&](TypeId u) { return ts_.BasicKindOf(u) == BasicKind::kUintptr; };
  bool v_ptr = ts_.Kind(vu) == TypeKind::kPointer, t_ptr = ts_.Kind(tu) == TypeKind::kPointer;
  if ((v_ptr || is_uintptr(vu)) && is_unsafe_ptr(tu)) return true;
  if (is_unsafe_ptr(vu) && (t_ptr || is_uintptr(tu))) return true;
  if (const auto* s = ts_.TryGet<types::SliceType>(vu)) {
    if (const auto* p = ts_.TryGet<types::PointerType>(tu)) {
      if (const auto* a = ts_.TryGet<types::ArrayType>(Under(p->elem))) {
        if (ts_.Identical(s->elem, a->elem)) {
          if (AllowVersion(1, 17)) return true;
          if (cause) {
            *cause =
                "conversion of slices to array pointers requires go1.17 or later (-lang was "
                "set to " +
                opts_.lang + "; check go.mod)";
          }
          return false;
        }
      }
    }
  }
  return false;
}

void Checker::ConvertTo(Operand& x, TypeId t) {
  bool const_arg = x.mode == Mode::kConstant;
  bool ok = false;
  std::string cause;
  if (const_arg && ts_.IsConstType(t)) {
    TypeId u = Under(t);
    // As types2, x.val receives the value converted to the target's kind
    // even when it does not fit (error messages show it).
    types::ConstValue orig = x.val;
    if (RepresentableConst(orig, u, &x.val)) {
      ok = true;
    } else if (ts_.IsInteger(x.type) && ts_.IsString(u)) {
      uint32_t cp = 0xFFFD;
      if (auto i = orig.Uint64Val(); i && *i <= 0x10FFFF) cp = static_cast<uint32_t>(*i);
      std::string s;
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
      if (cp < 0x80) {
        s += static_cast<char>(cp);
      } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      }
      x.val = types::ConstValue::MakeString(std::move(s));
      ok = true;
    }
  } else if (ConvertibleTo(x, t, &cause)) {
    ok = true;
    x.mode = Mode::kValue;
  }
  if (!ok) {
    if (!cause.empty()) {
      Error(PosOf(x),
            "cannot convert " + OperandStr(x) + " to type " + TypeStr(t) + ":\n\t" + cause);
    } else {
      Error(PosOf(x), "cannot convert " + OperandStr(x) + " to type " + TypeStr(t));
    }
    x.mode = Mode::kInvalid;
    return;
  }
  if (ts_.IsUntyped(x.type)) {
    TypeId final = t;
    if (x.type == Basic(BasicKind::kUntypedNil)) {
      // nil is converted to t
    } else if (ts_.IsInterface(t) || (const_arg && !ts_.IsConstType(t))) {
      final = ts_.Default(x.type);
    } else if (x.mode == Mode::kConstant && ts_.IsInteger(x.type) && ts_.IsString(t)) {
      final = x.type;
    }
    UpdateExprType(x.expr, final, true);
  }
  x.type = t;
}

}  // namespace goescape::check
