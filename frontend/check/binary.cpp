// binary.cpp: binary operations (types2's expr.go: binary, shift,
// comparison): operand mixing and untyped conversion, mismatched types,
// division by zero, constant folding with overflow checks, shifts of
// untyped constants (whose type is decided by the context), and
// comparisons with gc's explanations of incomparable types.
#include "frontend/check/checker.h"

namespace goescape::check {

using types::BasicKind;
using types::ConstOp;
using types::TypeKind;

namespace {

bool IsShift(ast::Operator op) { return op == ast::Operator::kShl || op == ast::Operator::kShr; }

bool IsComparison(ast::Operator op) {
  switch (op) {
    case ast::Operator::kEql:
    case ast::Operator::kNeq:
    case ast::Operator::kLss:
    case ast::Operator::kLeq:
    case ast::Operator::kGtr:
    case ast::Operator::kGeq:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string Checker::KindString(TypeId t) {
  switch (ts_.Kind(Under(t))) {
    case TypeKind::kArray:
      return "array";
    case TypeKind::kSlice:
      return "slice";
    case TypeKind::kStruct:
      return "struct";
    case TypeKind::kPointer:
      return "pointer";
    case TypeKind::kSignature:
      return "func";
    case TypeKind::kInterface:
      return "interface";
    case TypeKind::kMap:
      return "map";
    case TypeKind::kChan:
      return "chan";
    default:
      return TypeStr(t);
  }
}

std::string Checker::IncomparableCause(TypeId t) {
  TypeId u = Under(t);
  switch (ts_.Kind(u)) {
    case TypeKind::kSlice:
    case TypeKind::kSignature:
    case TypeKind::kMap:
      return KindString(t) + " can only be compared to nil";
    case TypeKind::kStruct:
      for (const types::FieldInfo& f : ts_.Fields(u)) {
        if (!ts_.Comparable(f.type))
          return "struct containing " + TypeStr(f.type) + " cannot be compared";
      }
      return "";
    case TypeKind::kArray:
      if (!ts_.Comparable(ts_.Get<types::ArrayType>(u).elem))
        return TypeStr(u) + " cannot be compared";
      return "";
    default:
      return "";
  }
}

void Checker::Comparison(Operand& x, Operand& y, ast::Operator op, bool switch_case,
                         ast::ExprId e) {
  (void)e;
  if (switch_case) op = ast::Operator::kEql;
  Operand* err_op = &x;
  std::string cause;
  bool ok = AssignableTo(x, y.type, nullptr, nullptr) || AssignableTo(y, x.type, nullptr, nullptr);
  auto opname = ast::OperatorString(op).str();
  auto expr_text = [&](const Operand& o) { return o.expr.Valid() ? ExprStr(o.expr) : o.text; };
  if (!ok) {
    err_op = &y;
    cause = "mismatched types " + TypeStr(x.type) + " and " + TypeStr(y.type);
  } else {
    switch (op) {
      case ast::Operator::kEql:
      case ast::Operator::kNeq:
        if (x.mode == Mode::kNil || y.mode == Mode::kNil) {
          TypeId typ = x.mode == Mode::kNil ? y.type : x.type;
          if (!ts_.HasNil(typ)) {
            err_op = &y;
            ok = false;
          }
        } else if (!ts_.Comparable(x.type)) {
          err_op = &x;
          cause = IncomparableCause(x.type);
          ok = false;
        } else if (!ts_.Comparable(y.type)) {
          err_op = &y;
          cause = IncomparableCause(y.type);
          ok = false;
        }
        break;
      default:
        if (!ts_.IsOrdered(x.type)) {
          err_op = &x;
          ok = false;
        } else if (!ts_.IsOrdered(y.type)) {
          err_op = &y;
          ok = false;
        }
        break;
    }
  }
  if (ok) {
    // gc converts the non-interface operand of a mixed comparison to the
    // interface type (OCONVIFACE); switch cases are recorded by CaseValues.
    if (!switch_case && ts_.IsInterface(x.type) != ts_.IsInterface(y.type)) {
      if (ts_.IsInterface(x.type)) {
        RecordConversion(y, x.type);
      } else {
        RecordConversion(x, y.type);
      }
    }
    if (x.mode == Mode::kConstant && y.mode == Mode::kConstant) {
      x.val = types::ConstValue::MakeBool(
          types::ConstValue::Compare(x.val, ToConstOp(op, false), y.val));
    } else {
      x.mode = Mode::kValue;
      UpdateExprType(x.expr, ts_.Default(x.type), true);
      UpdateExprType(y.expr, ts_.Default(y.type), true);
    }
    x.type = Basic(BasicKind::kUntypedBool);
    return;
  }
  if (cause.empty()) {
    cause = "operator " + opname + " not defined on " + KindString(err_op->type);
  }
  if (switch_case) {
    Error(PosOf(x),
          "invalid case " + expr_text(x) + " in switch on " + expr_text(y) + " (" + cause + ")");
  } else {
    Error(PosOf(*err_op), "invalid operation: " + expr_text(x) + " " + opname + " " + expr_text(y) +
                              " (" + cause + ")");
  }
  x.mode = Mode::kInvalid;
}

void Checker::Shift(Operand& x, Operand& y, ast::ExprId e, ast::Operator op) {
  types::ConstValue xval;
  bool have_xval = false;
  if (x.mode == Mode::kConstant) {
    xval = x.val.ToInt();
    have_xval = true;
  }
  if (ts_.IsInteger(x.type) ||
      (ts_.IsUntyped(x.type) && have_xval && xval.Kind() == types::ConstKind::kInt)) {
    // ok
  } else {
    Error(PosOf(x), "invalid operation: shifted operand " + OperandStr(x) + " must be integer");
    x.mode = Mode::kInvalid;
    return;
  }
  if (y.mode == Mode::kConstant) {
    types::ConstValue yval = y.val.ToInt();
    if (yval.Kind() == types::ConstKind::kInt && yval.Sign() < 0) {
      Error(PosOf(y), "invalid operation: negative shift count " + OperandStr(y));
      x.mode = Mode::kInvalid;
      return;
    }
    if (ts_.IsUntyped(y.type)) {
      Representable(y, Basic(BasicKind::kUint));
      if (y.mode == Mode::kInvalid) {
        x.mode = Mode::kInvalid;
        return;
      }
    }
  } else if (ts_.IsInteger(y.type)) {
    if (!ts_.IsUnsigned(y.type) && !AllowVersion(1, 13)) {
      Error(PosOf(y),
            "invalid operation: signed shift count " + OperandStr(y) + " requires go1.13 or later");
      x.mode = Mode::kInvalid;
      return;
    }
  } else if (ts_.IsUntyped(y.type)) {
    ConvertUntyped(y, Basic(BasicKind::kUint));
    if (y.mode == Mode::kInvalid) {
      x.mode = Mode::kInvalid;
      return;
    }
  } else {
    Error(PosOf(y), "invalid operation: shift count " + OperandStr(y) + " must be integer");
    x.mode = Mode::kInvalid;
    return;
  }
  if (x.mode == Mode::kConstant) {
    if (y.mode == Mode::kConstant) {
      if (x.val.IsUnknown() || y.val.IsUnknown()) {
        x.val = types::ConstValue();
        if (!ts_.IsInteger(x.type)) x.type = Basic(BasicKind::kUntypedInt);
        return;
      }
      constexpr uint64_t kShiftBound = 1023 - 1 + 52;
      auto s = y.val.ToInt().Uint64Val();
      if (!s || *s > kShiftBound) {
        Error(PosOf(y), "invalid operation: invalid shift count " + OperandStr(y));
        x.mode = Mode::kInvalid;
        return;
      }
      if (!ts_.IsInteger(x.type)) x.type = Basic(BasicKind::kUntypedInt);
      x.val = types::ConstValue::Shift(xval, ToConstOp(op, false), static_cast<unsigned>(*s));
      x.expr = e;
      Overflow(x, ExprPos(e));
      return;
    }
    if (ts_.IsUntyped(x.type)) {
      if (UntypedInfo* info = FindUntyped(x.expr)) info->is_lhs = true;
      x.mode = Mode::kValue;
      return;
    }
  }
  if (!ts_.IsInteger(x.type)) {
    Error(PosOf(x), "invalid operation: shifted operand " + OperandStr(x) + " must be integer");
    x.mode = Mode::kInvalid;
    return;
  }
  x.mode = Mode::kValue;
}

void Checker::Binary(Operand& x, ast::ExprId e, ast::ExprId lhs, ast::ExprId rhs, ast::Operator op,
                     Pos op_pos) {
  Operand y;
  Expr(x, lhs);
  Expr(y, rhs);
  if (x.mode == Mode::kInvalid) return;
  if (y.mode == Mode::kInvalid) {
    x.mode = Mode::kInvalid;
    x.expr = y.expr;
    return;
  }
  if (IsShift(op)) {
    Shift(x, y, e, op);
    return;
  }
  auto can_mix = [&]() {
    if (ts_.IsInterface(x.type) || ts_.IsInterface(y.type)) return true;
    if (ts_.IsBoolean(x.type) != ts_.IsBoolean(y.type)) return false;
    if (ts_.IsString(x.type) != ts_.IsString(y.type)) return false;
    if (x.mode == Mode::kNil && !ts_.HasNil(y.type)) return false;
    if (y.mode == Mode::kNil && !ts_.HasNil(x.type)) return false;
    return true;
  };
  if (can_mix()) {
    ConvertUntyped(x, y.type);
    if (x.mode == Mode::kInvalid) return;
    ConvertUntyped(y, x.type);
    if (y.mode == Mode::kInvalid) {
      x.mode = Mode::kInvalid;
      return;
    }
  }
  if (IsComparison(op)) {
    Comparison(x, y, op, false, e);
    return;
  }
  if (!ts_.Identical(x.type, y.type)) {
    if (x.type != Invalid() && y.type != Invalid()) {
      if (e.Valid()) {
        Error(PosOf(x), "invalid operation: " + ExprStr(e) + " (mismatched types " +
                            TypeStr(x.type) + " and " + TypeStr(y.type) + ")");
      } else {
        Error(PosOf(x), "invalid operation: " + ExprStr(lhs) + " " + ast::OperatorString(op).str() +
                            "= " + ExprStr(rhs) + " (mismatched types " + TypeStr(x.type) +
                            " and " + TypeStr(y.type) + ")");
      }
    }
    x.mode = Mode::kInvalid;
    return;
  }
  if (!OpPredicate(x, op, true)) {
    x.mode = Mode::kInvalid;
    return;
  }
  if (op == ast::Operator::kDiv || op == ast::Operator::kRem) {
    if ((x.mode == Mode::kConstant || ts_.IsInteger(x.type)) && y.mode == Mode::kConstant &&
        y.val.Sign() == 0) {
      Error(PosOf(y), "invalid operation: division by zero");
      x.mode = Mode::kInvalid;
      return;
    }
    if (x.mode == Mode::kConstant && y.mode == Mode::kConstant && ts_.IsComplex(x.type)) {
      types::ConstValue re = y.val.Real(), im = y.val.Imag();
      types::ConstValue re2 = types::ConstValue::BinaryOp(re, ConstOp::kMul, re);
      types::ConstValue im2 = types::ConstValue::BinaryOp(im, ConstOp::kMul, im);
      if (re2.Sign() == 0 && im2.Sign() == 0) {
        Error(PosOf(y), "invalid operation: division by zero");
        x.mode = Mode::kInvalid;
        return;
      }
    }
  }
  if (x.mode == Mode::kConstant && y.mode == Mode::kConstant) {
    if (x.val.IsUnknown() || y.val.IsUnknown()) {
      x.val = types::ConstValue();
      return;
    }
    ConstOp cop = ToConstOp(op, false);
    if (op == ast::Operator::kDiv && ts_.IsInteger(x.type)) cop = ConstOp::kQuoInt;
    x.val = types::ConstValue::BinaryOp(x.val, cop, y.val);
    x.expr = e;
    Overflow(x, op_pos);
    return;
  }
  x.mode = Mode::kValue;
}

}  // namespace goescape::check
