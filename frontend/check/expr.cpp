// expr.cpp: expressions (types2's expr.go): the rawExpr dispatch, unary
// operations, operator predicates, constant overflow checks, function
// literals and type assertions. Binary operations are in binary.cpp.
#include "frontend/check/checker.h"

namespace goescape::check {

using types::BasicKind;
using types::ConstOp;
using types::TypeKind;

ConstOp ToConstOp(ast::Operator op, bool unary) {
  switch (op) {
    case ast::Operator::kAdd:
      return unary ? ConstOp::kPos : ConstOp::kAdd;
    case ast::Operator::kSub:
      return unary ? ConstOp::kNeg : ConstOp::kSub;
    case ast::Operator::kXor:
      return unary ? ConstOp::kCompl : ConstOp::kXor;
    case ast::Operator::kNot:
      return ConstOp::kNot;
    case ast::Operator::kMul:
      return ConstOp::kMul;
    case ast::Operator::kDiv:
      return ConstOp::kQuo;
    case ast::Operator::kRem:
      return ConstOp::kRem;
    case ast::Operator::kAnd:
      return ConstOp::kAnd;
    case ast::Operator::kOr:
      return ConstOp::kOr;
    case ast::Operator::kAndNot:
      return ConstOp::kAndNot;
    case ast::Operator::kShl:
      return ConstOp::kShl;
    case ast::Operator::kShr:
      return ConstOp::kShr;
    case ast::Operator::kAndAnd:
      return ConstOp::kLAnd;
    case ast::Operator::kOrOr:
      return ConstOp::kLOr;
    case ast::Operator::kEql:
      return ConstOp::kEql;
    case ast::Operator::kNeq:
      return ConstOp::kNeq;
    case ast::Operator::kLss:
      return ConstOp::kLss;
    case ast::Operator::kLeq:
      return ConstOp::kLeq;
    case ast::Operator::kGtr:
      return ConstOp::kGtr;
    case ast::Operator::kGeq:
      return ConstOp::kGeq;
    default:
      return ConstOp::kAdd;
  }
}

bool Checker::OpPredicate(Operand& x, ast::Operator op, bool binary) {
  bool ok = false;
  bool known = true;
  if (!binary) {
    switch (op) {
      case ast::Operator::kAdd:
      case ast::Operator::kSub:
        ok = ts_.IsNumeric(x.type);
        break;
      case ast::Operator::kXor:
        ok = ts_.IsInteger(x.type);
        break;
      case ast::Operator::kNot:
        ok = ts_.IsBoolean(x.type);
        break;
      default:
        known = false;
        break;
    }
  } else {
    switch (op) {
      case ast::Operator::kAdd:
        ok = ts_.IsBasic(x.type, types::kIsNumeric | types::kIsString);
        break;
      case ast::Operator::kSub:
      case ast::Operator::kMul:
      case ast::Operator::kDiv:
        ok = ts_.IsNumeric(x.type);
        break;
      case ast::Operator::kRem:
      case ast::Operator::kAnd:
      case ast::Operator::kOr:
      case ast::Operator::kXor:
      case ast::Operator::kAndNot:
        ok = ts_.IsInteger(x.type);
        break;
      case ast::Operator::kAndAnd:
      case ast::Operator::kOrOr:
        ok = ts_.IsBoolean(x.type);
        break;
      default:
        known = false;
        break;
    }
  }
  if (!known) {
    Error(PosOf(x), "invalid AST: unknown operator " + ast::OperatorString(op).str());
    return false;
  }
  if (!ok) {
    Error(PosOf(x), "invalid operation: operator " + ast::OperatorString(op).str() +
                        " not defined on " + OperandStr(x));
    return false;
  }
  return true;
}

void Checker::LangCompat(ast::ExprId e) {
  const auto& lit = F().Get<ast::BasicLit>(e);
  llvm::StringRef s = lit.text;
  if (s.size() <= 2 || AllowVersion(1, 13)) return;
  Pos pos = ExprPos(e);
  if (s.contains('_')) {
    VersionError(pos, "underscores in numeric literals", "go1.13");
    return;
  }
  if (s[0] != '0') return;
  char radix = s[1];
  if (radix == 'b' || radix == 'B') {
    VersionError(pos, "binary literals", "go1.13");
  } else if (radix == 'o' || radix == 'O') {
    VersionError(pos, "0o/0O-style octal literals", "go1.13");
  } else if (lit.kind != ast::LitKind::kInt && (radix == 'x' || radix == 'X')) {
    VersionError(pos, "hexadecimal floating-point literals", "go1.13");
  }
}

void Checker::Overflow(Operand& x, Pos op_pos) {
  if (x.val.IsUnknown()) {
    Error(op_pos, "constant result is not representable");
    return;
  }
  if (ts_.IsTyped(x.type)) {
    Representable(x, Under(x.type));
    return;
  }
  if (x.val.Kind() == types::ConstKind::kInt && x.val.BitLen() > 512) {
    std::string op_name;
    if (const auto* op = F().TryGet<ast::Operation>(x.expr)) {
      if (!op->y.Valid()) {
        if (op->op == ast::Operator::kXor) op_name = "bitwise complement";
      } else {
        switch (op->op) {
          case ast::Operator::kAdd:
            op_name = "addition";
            break;
          case ast::Operator::kSub:
            op_name = "subtraction";
            break;
          case ast::Operator::kXor:
            op_name = "bitwise XOR";
            break;
          case ast::Operator::kMul:
            op_name = "multiplication";
            break;
          case ast::Operator::kShl:
            op_name = "shift";
            break;
          default:
            break;
        }
      }
    }
    Error(op_pos, "constant " + op_name + " overflow");
    x.val = types::ConstValue();
  }
}

void Checker::Unary(Operand& x, ast::ExprId e, const ast::Operation& op) {
  Expr(x, op.x);
  if (x.mode == Mode::kInvalid) return;
  switch (op.op) {
    case ast::Operator::kAnd:
      if (F().Kind(Unparen(F(), op.x)) != ast::ExprKind::CompositeLit &&
          x.mode != Mode::kVariable) {
        Error(PosOf(x), "invalid operation: cannot take address of " + OperandStr(x));
        x.mode = Mode::kInvalid;
        return;
      }
      x.mode = Mode::kValue;
      x.type = ts_.NewPointer(x.type);
      return;
    case ast::Operator::kRecv: {
      TypeId u = Under(x.type);
      const auto* ch = ts_.TryGet<types::ChanType>(u);
      if (!ch) {
        Error(PosOf(x), "invalid operation: cannot receive from non-channel " + OperandStr(x));
        x.mode = Mode::kInvalid;
        return;
      }
      if (ch->dir == types::ChanDir::kSend) {
        Error(PosOf(x),
              "invalid operation: cannot receive from send-only channel " + OperandStr(x));
        x.mode = Mode::kInvalid;
        return;
      }
      x.mode = Mode::kCommaOk;
      x.type = ch->elem;
      env_.has_call_or_recv = true;
      return;
    }
    case ast::Operator::kTilde:
      Error(ExprPos(e), "cannot use ~ outside of interface or type constraint");
      x.mode = Mode::kInvalid;
      return;
    default:
      break;
  }
  if (!OpPredicate(x, op.op, false)) {
    x.mode = Mode::kInvalid;
    return;
  }
  if (x.mode == Mode::kConstant) {
    if (x.val.IsUnknown()) return;
    unsigned prec = 0;
    if (ts_.IsUnsigned(x.type)) prec = static_cast<unsigned>(prog_.Layout().Size(x.type) * 8);
    x.val = types::ConstValue::UnaryOp(ToConstOp(op.op, true), x.val, prec);
    x.expr = e;
    Overflow(x, ExprPos(e));
    return;
  }
  x.mode = Mode::kValue;
}

ExprKind Checker::RawExpr(Operand& x, ast::ExprId e, TypeId hint) {
  ExprKind kind = ExprInternal(x, e, hint);
  Record(x);
  return kind;
}

void Checker::FuncLit(Operand& x, ast::ExprId e, const ast::FuncLit& fl) {
  FuncId fn(static_cast<uint32_t>(pkg_.funcs_.size()));
  FuncInfo info;
  info.file = F().FileIndex();
  info.lit = e;
  info.parent = env_.func;
  pkg_.funcs_.push_back(std::move(info));
  if (env_.func.Valid()) pkg_.funcs_[env_.func.Index()].literals.push_back(fn);
  Info(e).detail = fn.Index();
  FuncId saved = env_.func;
  env_.func = fn;
  std::vector<ObjectId> params, results;
  Scope* scope = nullptr;
  TypeId sig = FuncType(fl.type, ast::FieldId(), &params, &results, nullptr, &scope);
  env_.func = saved;
  RecordTypeAndValue(fl.type, Mode::kTypeExpr, sig, nullptr);
  pkg_.funcs_[fn.Index()].sig = sig;
  DeclInfo* decl = env_.decl;
  auto iota = env_.iota;
  uint32_t file = env_.file;
  ast::StmtId body = fl.body;
  Later([this, decl, iota, file, fn, sig, scope, body, results]() {
    Env saved_env = std::move(env_);
    env_ = Env();
    env_.file = file;
    env_.results = results;
    FuncBody(decl, fn, sig, scope, body, iota);
    env_ = std::move(saved_env);
  });
  x.mode = Mode::kValue;
  x.type = sig;
}

void Checker::TypeAssertion(ast::ExprId e, Operand& x, TypeId t, bool type_switch) {
  ObjectId alt;
  ObjectId method = AssertableTo(x.type, t, &alt);
  if (!method.Valid()) return;
  std::string cause = MissingMethodReason(t, x.type, method, alt);
  if (type_switch) {
    Error(StartPos(e), "impossible type switch case: " + ExprStr(e) + "\n\t" + OperandStr(x) +
                           " cannot have dynamic type " + TypeStr(t) + " " + cause);
    return;
  }
  Error(StartPos(e), "impossible type assertion: " + ExprStr(e) + "\n\t" + TypeStr(t) +
                         " does not implement " + TypeStr(x.type) + " " + cause);
}

ExprKind Checker::ExprInternal(Operand& x, ast::ExprId e, TypeId hint) {
  x = Operand();
  x.type = Invalid();
  const ast::File& f = F();
  auto fail = [&]() {
    x.mode = Mode::kInvalid;
    x.expr = e;
    return ExprKind::kStatement;
  };
  switch (f.Kind(e)) {
    case ast::ExprKind::BadExpr:
    case ast::ExprKind::kEnd:
      return fail();
    case ast::ExprKind::Name:
      Ident(x, e, TypeId(), false);
      break;
    case ast::ExprKind::DotsType:
      Error(ExprPos(e), "invalid use of '...'");
      return fail();
    case ast::ExprKind::BasicLit: {
      const auto& lit = f.Get<ast::BasicLit>(e);
      if (lit.bad) return fail();
      types::LiteralKind lk = types::LiteralKind::kInt;
      BasicKind bk = BasicKind::kUntypedInt;
      switch (lit.kind) {
        case ast::LitKind::kInt:
          lk = types::LiteralKind::kInt;
          bk = BasicKind::kUntypedInt;
          break;
        case ast::LitKind::kFloat:
          lk = types::LiteralKind::kFloat;
          bk = BasicKind::kUntypedFloat;
          break;
        case ast::LitKind::kImag:
          lk = types::LiteralKind::kImag;
          bk = BasicKind::kUntypedComplex;
          break;
        case ast::LitKind::kRune:
          lk = types::LiteralKind::kRune;
          bk = BasicKind::kUntypedRune;
          break;
        case ast::LitKind::kString:
          lk = types::LiteralKind::kString;
          bk = BasicKind::kUntypedString;
          break;
      }
      if (lit.kind == ast::LitKind::kInt || lit.kind == ast::LitKind::kFloat ||
          lit.kind == ast::LitKind::kImag) {
        LangCompat(e);
        constexpr size_t kLimit = 10000;
        if (lit.text.size() > kLimit) {
          Error(ExprPos(e), "excessively long constant: " + lit.text.substr(0, 10).str() + "... (" +
                                std::to_string(lit.text.size()) + " chars)");
          return fail();
        }
      }
      x.val = types::ConstValue::FromLiteral(lk, lit.text);
      if (x.val.IsUnknown()) {
        Error(ExprPos(e), "malformed constant: " + lit.text.str());
        return fail();
      }
      x.mode = Mode::kConstant;
      x.type = Basic(bk);
      break;
    }
    case ast::ExprKind::FuncLit:
      FuncLit(x, e, f.Get<ast::FuncLit>(e));
      break;
    case ast::ExprKind::CompositeLit:
      CompositeLit(x, e, f.Get<ast::CompositeLit>(e), hint);
      if (x.mode == Mode::kInvalid) return fail();
      break;
    case ast::ExprKind::ParenExpr: {
      ExprKind kind = RawExpr(x, f.Get<ast::ParenExpr>(e).x, TypeId());
      x.expr = e;
      return kind;
    }
    case ast::ExprKind::SelectorExpr:
      Selector(x, e, f.Get<ast::SelectorExpr>(e), TypeId());
      break;
    case ast::ExprKind::IndexExpr:
      IndexExpr(x, e, f.Get<ast::IndexExpr>(e));
      if (x.mode == Mode::kInvalid) return fail();
      break;
    case ast::ExprKind::SliceExpr:
      SliceExpr(x, e, f.Get<ast::SliceExpr>(e));
      if (x.mode == Mode::kInvalid) return fail();
      break;
    case ast::ExprKind::AssertExpr: {
      const auto& a = f.Get<ast::AssertExpr>(e);
      Expr(x, a.x);
      if (x.mode == Mode::kInvalid) return fail();
      if (!ts_.IsInterface(x.type)) {
        Error(PosOf(x), "invalid operation: " + OperandStr(x) + " is not an interface");
        return fail();
      }
      if (!a.type.Valid()) {
        Error(StartPos(e), "invalid AST: invalid use of AssertExpr");
        return fail();
      }
      TypeId t = VarType(a.type);
      if (t == Invalid()) return fail();
      TypeAssertion(e, x, t, false);
      x.mode = Mode::kCommaOk;
      x.type = t;
      break;
    }
    case ast::ExprKind::TypeSwitchGuard:
      Error(StartPos(e), "invalid AST: use of .(type) outside type switch");
      return fail();
    case ast::ExprKind::CallExpr:
      return CallExpr(x, e, f.Get<ast::CallExpr>(e));
    case ast::ExprKind::ListExpr:
      Error(StartPos(e), "unexpected list of expressions");
      return fail();
    case ast::ExprKind::Operation: {
      const auto& op = f.Get<ast::Operation>(e);
      if (!op.y.Valid()) {
        if (op.op == ast::Operator::kMul) {
          ExprOrType(x, op.x);
          switch (x.mode) {
            case Mode::kInvalid:
              return fail();
            case Mode::kTypeExpr:
              x.type = ts_.NewPointer(x.type);
              break;
            default: {
              const auto* p = ts_.TryGet<types::PointerType>(Under(x.type));
              if (!p) {
                Error(PosOf(x), "invalid operation: cannot indirect " + OperandStr(x));
                return fail();
              }
              x.mode = Mode::kVariable;
              x.type = p->elem;
              break;
            }
          }
          break;
        }
        Unary(x, e, op);
        if (x.mode == Mode::kInvalid) return fail();
        if (op.op == ast::Operator::kRecv) {
          x.expr = e;
          return ExprKind::kStatement;
        }
        break;
      }
      Binary(x, e, op.x, op.y, op.op, ExprPos(e));
      if (x.mode == Mode::kInvalid) return fail();
      break;
    }
    case ast::ExprKind::KeyValueExpr:
      Error(ExprPos(e), "invalid AST: no key:value expected");
      return fail();
    case ast::ExprKind::ArrayType:
    case ast::ExprKind::SliceType:
    case ast::ExprKind::StructType:
    case ast::ExprKind::FuncType:
    case ast::ExprKind::InterfaceType:
    case ast::ExprKind::MapType:
    case ast::ExprKind::ChanType:
      x.mode = Mode::kTypeExpr;
      x.type = Typ(e);
      break;
  }
  x.expr = e;
  return ExprKind::kExpression;
}

void Checker::Exclude(Operand& x, uint32_t modeset) {
  if (!(modeset & (1u << static_cast<unsigned>(x.mode)))) return;
  std::string msg;
  switch (x.mode) {
    case Mode::kNoValue:
      msg = (modeset & (1u << static_cast<unsigned>(Mode::kTypeExpr))) ? " used as value"
                                                                       : " used as value or type";
      break;
    case Mode::kBuiltin:
      msg = " must be called";
      break;
    case Mode::kTypeExpr:
      msg = " is not an expression";
      break;
    default:
      return;
  }
  Error(PosOf(x), OperandStr(x) + msg);
  x.mode = Mode::kInvalid;
}

void Checker::SingleValue(Operand& x) {
  if (x.mode == Mode::kValue && x.type.Valid() && ts_.Kind(x.type) == TypeKind::kTuple) {
    Error(PosOf(x), "multiple-value " + OperandStr(x) + " in single-value context");
    x.mode = Mode::kInvalid;
  }
}

namespace {
constexpr uint32_t Bit(Mode m) { return 1u << static_cast<unsigned>(m); }
}  // namespace

void Checker::Expr(Operand& x, ast::ExprId e) {
  RawExpr(x, e, TypeId());
  Exclude(x, Bit(Mode::kNoValue) | Bit(Mode::kBuiltin) | Bit(Mode::kTypeExpr));
  SingleValue(x);
}

void Checker::MultiExpr(Operand& x, ast::ExprId e) {
  RawExpr(x, e, TypeId());
  Exclude(x, Bit(Mode::kNoValue) | Bit(Mode::kBuiltin) | Bit(Mode::kTypeExpr));
}

void Checker::ExprWithHint(Operand& x, ast::ExprId e, TypeId hint) {
  RawExpr(x, e, hint);
  Exclude(x, Bit(Mode::kNoValue) | Bit(Mode::kBuiltin) | Bit(Mode::kTypeExpr));
  SingleValue(x);
}

void Checker::ExprOrType(Operand& x, ast::ExprId e) {
  RawExpr(x, e, TypeId());
  Exclude(x, Bit(Mode::kNoValue));
  SingleValue(x);
}

void Checker::UseExpr(ast::ExprId e) { Use({e}); }

void Checker::Use(llvm::ArrayRef<ast::ExprId> es) {
  for (ast::ExprId e : es) {
    if (!e.Valid()) continue;
    const ast::File& f = F();
    if (const auto* n = f.TryGet<ast::Name>(e); n && n->value == "_") continue;
    if (const auto* l = f.TryGet<ast::ListExpr>(e)) {
      Use(f.Exprs(l->elems));
      continue;
    }
    Operand x;
    RawExpr(x, e, TypeId());
  }
}

}  // namespace goescape::check
