// untyped.cpp: untyped values (types2's expr.go, second half):
// representability of constants in basic types (with float32/float64
// rounding), implicit conversion of untyped operands to a target type, and
// updateExprType, which walks down an untyped expression tree once its
// final type is known, records the final types, and reports non-integer
// shifted operands ("shift of type float64").
#include <cmath>

#include "frontend/check/checker.h"

namespace goescape::check {

using types::BasicKind;
using types::ConstKind;
using types::ConstValue;
using types::TypeKind;

namespace {
enum Code {
  kOk = 0,
  kTruncatedFloat = 1,
  kNumericOverflow = 2,
  kInvalidConstVal = 3,
  kInvalidUntypedConversion = 4
};
}

bool Checker::RepresentableConst(const ConstValue& x, TypeId typ, ConstValue* rounded) {
  if (x.IsUnknown()) return true;
  TypeId u = Under(typ);
  if (ts_.Kind(u) != TypeKind::kBasic) return false;
  BasicKind k = types::CanonBasic(ts_.Get<types::BasicType>(u).kind);
  uint8_t flags = types::BasicFlags(k);
  if (flags & types::kIsInteger) {
    ConstValue xi = x.ToInt();
    if (xi.Kind() != ConstKind::kInt) return false;
    if (rounded) *rounded = xi;
    if (auto v = xi.Int64Val()) {
      int64_t n = *v;
      switch (k) {
        case BasicKind::kInt:
        case BasicKind::kInt64:
        case BasicKind::kUntypedInt:
        case BasicKind::kUntypedRune:
          return true;
        case BasicKind::kInt8:
          return n >= -128 && n <= 127;
        case BasicKind::kInt16:
          return n >= -32768 && n <= 32767;
        case BasicKind::kInt32:
          return n >= INT32_MIN && n <= INT32_MAX;
        case BasicKind::kUint:
        case BasicKind::kUintptr:
        case BasicKind::kUint64:
          return n >= 0;
        case BasicKind::kUint8:
          return n >= 0 && n <= 255;
        case BasicKind::kUint16:
          return n >= 0 && n <= 65535;
        case BasicKind::kUint32:
          return n >= 0 && n <= UINT32_MAX;
        default:
          return false;
      }
    }
    switch (k) {
      case BasicKind::kUint:
      case BasicKind::kUintptr:
      case BasicKind::kUint64:
        return xi.Sign() >= 0 && xi.BitLen() <= 64;
      case BasicKind::kUntypedInt:
      case BasicKind::kUntypedRune:
        return true;
      default:
        return false;
    }
  }
  if (flags & types::kIsFloat) {
    ConstValue xf = x.ToFloat();
    if (xf.Kind() != ConstKind::kFloat) return false;
    switch (k) {
      case BasicKind::kFloat32: {
        double f = xf.Float32Val();
        if (std::isinf(f)) return false;
        if (rounded) *rounded = ConstValue::MakeFloat64(f);
        return true;
      }
      case BasicKind::kFloat64: {
        double f = xf.Float64Val();
        if (std::isinf(f)) return false;
        if (rounded) *rounded = ConstValue::MakeFloat64(f);
        return true;
      }
      default:
        return true;  // untyped float
    }
  }
  if (flags & types::kIsComplex) {
    ConstValue xc = x.ToComplex();
    if (xc.Kind() != ConstKind::kComplex) return false;
    bool f32 = k == BasicKind::kComplex64;
    if (k != BasicKind::kComplex64 && k != BasicKind::kComplex128) return true;
    ConstValue re = xc.Real(), im = xc.Imag();
    double r = f32 ? re.Float32Val() : re.Float64Val();
    double i = f32 ? im.Float32Val() : im.Float64Val();
    if (std::isinf(r) || std::isinf(i)) return false;
    if (rounded)
      *rounded = ConstValue::MakeComplex(ConstValue::MakeFloat64(r), ConstValue::MakeFloat64(i));
    return true;
  }
  if (flags & types::kIsString) return x.Kind() == ConstKind::kString;
  if (flags & types::kIsBoolean) return x.Kind() == ConstKind::kBool;
  return false;
}

int Checker::Representation(Operand& x, TypeId typ, ConstValue* out) {
  ConstValue v = x.val;
  if (!RepresentableConst(x.val, typ, &v)) {
    if (ts_.IsNumeric(x.type) && ts_.IsNumeric(typ)) {
      if (!ts_.IsInteger(x.type) && ts_.IsInteger(typ)) return kTruncatedFloat;
      return kNumericOverflow;
    }
    return kInvalidConstVal;
  }
  *out = std::move(v);
  return kOk;
}

void Checker::InvalidConversion(int code, Operand& x, TypeId target) {
  std::string msg;
  switch (code) {
    case kTruncatedFloat:
      msg = OperandStr(x) + " truncated to " + TypeStr(target);
      break;
    case kNumericOverflow:
      msg = OperandStr(x) + " overflows " + TypeStr(target);
      break;
    default:
      msg = "cannot convert " + OperandStr(x) + " to " + TypeStr(target);
      break;
  }
  Error(PosOf(x), msg);
}

void Checker::Representable(Operand& x, TypeId typ) {
  ConstValue v;
  int code = Representation(x, typ, &v);
  if (code != kOk) {
    InvalidConversion(code, x, typ);
    x.mode = Mode::kInvalid;
    return;
  }
  x.val = std::move(v);
}

TypeId Checker::ImplicitTypeAndValue(Operand& x, TypeId target, ConstValue* val, bool* has_val,
                                     int* code) {
  *has_val = false;
  *code = kOk;
  if (x.mode == Mode::kInvalid || ts_.IsTyped(x.type) || target == Invalid()) return x.type;
  if (ts_.IsUntyped(target)) {
    BasicKind xk = ts_.Get<types::BasicType>(x.type).kind;
    BasicKind tk = ts_.Get<types::BasicType>(target).kind;
    if (ts_.IsNumeric(x.type) && ts_.IsNumeric(target)) {
      if (xk < tk) return target;
    } else if (xk != tk) {
      *code = kInvalidUntypedConversion;
      return TypeId();
    }
    return x.type;
  }
  if (x.mode == Mode::kNil) {
    if (ts_.HasNil(target)) return target;
    *code = kInvalidUntypedConversion;
    return TypeId();
  }
  TypeId u = Under(target);
  switch (ts_.Kind(u)) {
    case TypeKind::kBasic: {
      if (x.mode == Mode::kConstant) {
        ConstValue v;
        int c = Representation(x, u, &v);
        if (c != kOk) {
          *code = c;
          return TypeId();
        }
        *val = std::move(v);
        *has_val = true;
        return target;
      }
      BasicKind xk = ts_.Get<types::BasicType>(x.type).kind;
      bool ok = true;
      switch (xk) {
        case BasicKind::kUntypedBool:
          ok = ts_.IsBoolean(target);
          break;
        case BasicKind::kUntypedInt:
        case BasicKind::kUntypedRune:
        case BasicKind::kUntypedFloat:
        case BasicKind::kUntypedComplex:
          ok = ts_.IsNumeric(target);
          break;
        case BasicKind::kUntypedString:
          ok = ts_.IsString(target);
          break;
        default:
          ok = false;
          break;
      }
      if (!ok) {
        *code = kInvalidUntypedConversion;
        return TypeId();
      }
      break;
    }
    case TypeKind::kInterface:
      if (!ts_.InterfaceMethods(u).empty()) {
        *code = kInvalidUntypedConversion;
        return TypeId();
      }
      return ts_.Default(x.type);
    default:
      *code = kInvalidUntypedConversion;
      return TypeId();
  }
  return target;
}

void Checker::ConvertUntyped(Operand& x, TypeId target) {
  ConstValue val;
  bool has_val;
  int code;
  TypeId nt = ImplicitTypeAndValue(x, target, &val, &has_val, &code);
  if (code != kOk) {
    InvalidConversion(code, x, Under(target));
    x.mode = Mode::kInvalid;
    return;
  }
  SetImplicit(x, nt, val, has_val);
}

void Checker::SetImplicit(Operand& x, TypeId nt, const ConstValue& val, bool has_val) {
  if (has_val) {
    x.val = val;
    UpdateExprVal(x.expr, val);
  }
  if (nt != x.type) {
    x.type = nt;
    UpdateExprType(x.expr, nt, false);
  }
}

UntypedInfo* Checker::FindUntyped(ast::ExprId e) {
  if (!e.Valid()) return nullptr;
  auto it = untyped_.find(UntypedKey(e));
  return it == untyped_.end() ? nullptr : &it->second;
}

void Checker::UpdateExprVal(ast::ExprId e, const ConstValue& v) {
  if (UntypedInfo* info = FindUntyped(e)) info->val = v;
}

void Checker::UpdateExprType(ast::ExprId e, TypeId t, bool final) {
  UpdateExprType0(ast::ExprId(), e, t, final);
}

void Checker::UpdateExprType0(ast::ExprId parent, ast::ExprId x, TypeId typ, bool final) {
  UntypedInfo* found = FindUntyped(x);
  if (!found) return;
  const ast::File& f = F();
  switch (f.Kind(x)) {
    case ast::ExprKind::ParenExpr:
      UpdateExprType0(x, f.Get<ast::ParenExpr>(x).x, typ, final);
      break;
    case ast::ExprKind::Operation: {
      const auto& op = f.Get<ast::Operation>(x);
      if (!op.y.Valid()) {
        if (op.op == ast::Operator::kMul) return;
        if (found->val) break;
        UpdateExprType0(x, op.x, typ, final);
        break;
      }
      if (found->val) break;
      switch (op.op) {
        case ast::Operator::kEql:
        case ast::Operator::kNeq:
        case ast::Operator::kLss:
        case ast::Operator::kLeq:
        case ast::Operator::kGtr:
        case ast::Operator::kGeq:
          break;
        case ast::Operator::kShl:
        case ast::Operator::kShr:
          UpdateExprType0(x, op.x, typ, final);
          break;
        default:
          UpdateExprType0(x, op.x, typ, final);
          UpdateExprType0(x, op.y, typ, final);
          break;
      }
      break;
    }
    case ast::ExprKind::Name:
    case ast::ExprKind::BasicLit:
    case ast::ExprKind::SelectorExpr:
    case ast::ExprKind::CallExpr:
      break;
    default:
      return;
  }
  // The recursion may have rehashed the map.
  found = FindUntyped(x);
  if (!found) return;
  if (!final && ts_.IsUntyped(typ)) {
    found->type = Under(typ);
    return;
  }
  UntypedInfo old = std::move(*found);
  untyped_.erase(UntypedKey(x));
  if (old.is_lhs) {
    if (!ts_.IsInteger(typ)) {
      Error(StartPos(x), "invalid operation: " + ExprStr(parent.Valid() ? parent : x) +
                             " (shift of type " + TypeStr(typ) + ")");
      return;
    }
  }
  if (old.val) {
    Operand c;
    c.mode = old.mode;
    c.expr = x;
    c.type = old.type;
    c.val = *old.val;
    ConvertUntyped(c, typ);
    if (c.mode == Mode::kInvalid) return;
    // Record the value converted to its final type (rounded floats).
    RecordTypeAndValue(x, old.mode, typ, &c.val);
    return;
  }
  RecordTypeAndValue(x, old.mode, typ, nullptr);
}

}  // namespace goescape::check
