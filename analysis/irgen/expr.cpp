// expr.cpp: IR generation for expressions (gc's noder/expr.go and the
// expression transforms of noder/transform.go and typecheck).
//
// Each expression becomes the node gc's irgen builds for it, with gc's
// normalizations: constants keep their source spelling (syntax.String) and
// outermost operation; parentheses vanish; selectors expand embedded fields
// into implicit ODOT/ODOTPTR chains and method receivers get implicit & or
// *; method calls become calls of method expressions with the receiver as
// first argument (typecheck.FixMethodCall); variadic arguments are packed
// into an implicit slice literal (typecheck.FixVariadicCall); calls whose
// callee expression itself calls or receives are split with a temporary
// (typecheck.RewriteNonNameCall); multi-value arguments go through
// temporaries (typecheck.RewriteMultiValueCall); string additions are
// flattened into OADDSTR; slicing an array takes its address implicitly;
// indexing a pointer to array dereferences it implicitly.
//
// Implicit conversions (AssignConv) are gc's assignconvfn: none when the
// types are identical, OCONVIFACE into an interface from a different type,
// OCONVNOP otherwise; they take the current position pos_ (see
// irgen_internal.h), which the transforms move exactly where gc does.
#include <algorithm>
#include <functional>

#include "analysis/irgen/irgen_internal.h"
#include "frontend/ast/printer.h"
#include "llvm/Support/ErrorHandling.h"

namespace goescape::irgen {

namespace {

/// BinaryOp maps a binary syntax operator to its gc op.
Op BinaryOp(ast::Operator op) {
  switch (op) {
    case ast::Operator::kOrOr:
      return Op::OOROR;
    case ast::Operator::kAndAnd:
      return Op::OANDAND;
    case ast::Operator::kEql:
      return Op::OEQ;
    case ast::Operator::kNeq:
      return Op::ONE;
    case ast::Operator::kLss:
      return Op::OLT;
    case ast::Operator::kLeq:
      return Op::OLE;
    case ast::Operator::kGtr:
      return Op::OGT;
    case ast::Operator::kGeq:
      return Op::OGE;
    case ast::Operator::kAdd:
      return Op::OADD;
    case ast::Operator::kSub:
      return Op::OSUB;
    case ast::Operator::kOr:
      return Op::OOR;
    case ast::Operator::kXor:
      return Op::OXOR;
    case ast::Operator::kMul:
      return Op::OMUL;
    case ast::Operator::kDiv:
      return Op::ODIV;
    case ast::Operator::kRem:
      return Op::OMOD;
    case ast::Operator::kAnd:
      return Op::OAND;
    case ast::Operator::kAndNot:
      return Op::OANDNOT;
    case ast::Operator::kShl:
      return Op::OLSH;
    case ast::Operator::kShr:
      return Op::ORSH;
    default:
      return Op::kEnd;
  }
}

/// UnaryOp maps a unary syntax operator to its gc op.
Op UnaryOp(ast::Operator op) {
  switch (op) {
    case ast::Operator::kNot:
      return Op::ONOT;
    case ast::Operator::kRecv:
      return Op::ORECV;
    case ast::Operator::kAdd:
      return Op::OPLUS;
    case ast::Operator::kSub:
      return Op::ONEG;
    case ast::Operator::kXor:
      return Op::OBITNOT;
    case ast::Operator::kMul:
      return Op::ODEREF;
    case ast::Operator::kAnd:
      return Op::OADDR;
    default:
      return Op::kEnd;
  }
}

bool IsCompLitOp(Op op) {
  return op == Op::OARRAYLIT || op == Op::OMAPLIT || op == Op::OSLICELIT || op == Op::OSTRUCTLIT;
}

}  // namespace

Op BinaryOpOf(ast::Operator op) { return BinaryOp(op); }

// ---------------------------------------------------------------- helpers

bool Builder::IsTuple(NodeId n) const {
  TypeId t = TypeOf(n);
  return t.Valid() && ts_.Kind(t) == types::TypeKind::kTuple;
}

namespace {

/// MethodNames collects the method names of an interface type.
std::vector<llvm::StringRef> MethodNames(const types::TypeStore& ts, TypeId t) {
  std::vector<llvm::StringRef> names;
  for (const types::MethodInfo& m : ts.InterfaceMethods(t)) names.push_back(m.name);
  return names;
}

}  // namespace

/// AssignOp is gc's typecheck.Assignop for a valid assignment of a src
/// value to dst (the program type-checked, so only the op is decided here);
/// Op::kEnd when src is not assignable to dst.
static Op AssignOp(const types::TypeStore& ts, TypeId src, TypeId dst) {
  if (!src.Valid() || !dst.Valid()) return Op::kEnd;
  if (src == dst || ts.Identical(src, dst)) return Op::OCONVNOP;
  TypeId su = ts.Underlying(src), du = ts.Underlying(dst);
  bool src_iface = ts.Kind(su) == types::TypeKind::kInterface;
  bool dst_iface = ts.Kind(du) == types::TypeKind::kInterface;
  bool src_nil = ts.Kind(src) == types::TypeKind::kBasic &&
                 ts.Get<types::BasicType>(src).kind == types::BasicKind::kUntypedNil;
  auto has_sym = [&](TypeId t) {
    return ts.Kind(t) == types::TypeKind::kNamed || ts.Kind(t) == types::TypeKind::kBasic;
  };
  // 2. Identical underlying types, one side unnamed (not non-empty
  //    interfaces, whose itab must be recomputed).
  if (ts.Identical(su, du)) {
    if (src_iface && ts.InterfaceMethods(su).empty()) return Op::OCONVNOP;
    if ((!has_sym(src) || !has_sym(dst)) && !src_iface) return Op::OCONVNOP;
  }
  // 3. dst is an interface and src implements it.
  if (dst_iface && !src_nil) {
    if (!src_iface) return Op::OCONVIFACE;
    std::vector<llvm::StringRef> have = MethodNames(ts, su);
    for (llvm::StringRef want : MethodNames(ts, du)) {
      if (std::find(have.begin(), have.end(), want) == have.end()) return Op::kEnd;
    }
    return Op::OCONVIFACE;
  }
  if (src_iface) return Op::kEnd;
  // 4. Bidirectional channel to a channel type with identical elements.
  if (ts.Kind(su) == types::TypeKind::kChan && ts.Kind(du) == types::TypeKind::kChan &&
      ts.Get<types::ChanType>(su).dir == types::ChanDir::kBoth &&
      ts.Identical(ts.Get<types::ChanType>(su).elem, ts.Get<types::ChanType>(du).elem) &&
      (!has_sym(src) || !has_sym(dst))) {
    return Op::OCONVNOP;
  }
  // 5. nil to a nillable type.
  if (src_nil) {
    switch (ts.Kind(du)) {
      case types::TypeKind::kPointer:
      case types::TypeKind::kSignature:
      case types::TypeKind::kMap:
      case types::TypeKind::kChan:
      case types::TypeKind::kInterface:
      case types::TypeKind::kSlice:
        return Op::OCONVNOP;
      case types::TypeKind::kBasic:
        if (ts.Get<types::BasicType>(du).kind == types::BasicKind::kUnsafePointer)
          return Op::OCONVNOP;
        break;
      default:
        break;
    }
  }
  return Op::kEnd;
}

NodeId Builder::AssignConv(NodeId n, TypeId t) {
  if (!n.Valid() || !t.Valid()) return n;
  if (out_.OpOf(n) == Op::OPAREN) n = N(n).x;
  TypeId src = TypeOf(n);
  if (!src.Valid() || src == t || ts_.Identical(src, t)) return n;
  Op op = AssignOp(ts_, src, t);
  if (op == Op::kEnd) op = Op::OCONVNOP;  // unreachable for checked programs
  return Unary(op, pos_, t, n, gcir::kFlagImplicit);
}

NodeId Builder::Conversion(Pos pos, TypeId t, NodeId arg) {
  // typecheck.Convertop (explicit conversion T(x)).
  TypeId src = TypeOf(arg);
  bool src_const = out_.OpOf(arg) == Op::OLITERAL;
  Op op = src == t ? Op::OCONVNOP : AssignOp(ts_, src, t);
  TypeId su = Under(src), du = Under(t);
  types::TypeKind sk = ts_.Kind(su), dk = ts_.Kind(du);
  auto is_int = [&](TypeId x) { return ts_.IsInteger(x); };
  auto is_float = [&](TypeId x) { return ts_.IsFloat(x); };
  auto is_complex = [&](TypeId x) { return ts_.IsComplex(x); };
  auto basic = [&](TypeId x) { return ts_.BasicKindOf(x); };
  auto sim = [&](TypeId x) {
    // gc's SimType on amd64: int -> int64, uint/uintptr -> uint64.
    types::BasicKind k = types::CanonBasic(basic(x));
    if (k == types::BasicKind::kInt) return types::BasicKind::kInt64;
    if (k == types::BasicKind::kUint || k == types::BasicKind::kUintptr)
      return types::BasicKind::kUint64;
    return k;
  };
  auto elem_kind = [&](TypeId slice) {
    return types::CanonBasic(basic(ts_.Get<types::SliceType>(Under(slice)).elem));
  };
  bool src_iface = sk == types::TypeKind::kInterface, dst_iface = dk == types::TypeKind::kInterface;
  if (op == Op::kEnd && !src_iface && !dst_iface) {
    if (ts_.IdenticalIgnoreTags(su, du)) {
      op = Op::OCONVNOP;
    } else if (sk == types::TypeKind::kPointer && dk == types::TypeKind::kPointer &&
               ts_.Kind(src) != types::TypeKind::kNamed && ts_.Kind(t) != types::TypeKind::kNamed &&
               ts_.IdenticalIgnoreTags(Under(ts_.Get<types::PointerType>(su).elem),
                                       Under(ts_.Get<types::PointerType>(du).elem))) {
      op = Op::OCONVNOP;
    } else if ((is_int(src) || is_float(src)) && (is_int(t) || is_float(t))) {
      op = sim(src) == sim(t) ? Op::OCONVNOP : Op::OCONV;
    } else if (is_complex(src) && is_complex(t)) {
      op = sim(src) == sim(t) ? Op::OCONVNOP : Op::OCONV;
    } else if (src_const && (is_int(src) || is_float(src) || is_complex(src)) &&
               (is_int(t) || is_float(t) || is_complex(t))) {
      op = Op::OCONV;
    } else if (is_int(src) && ts_.IsString(t)) {
      op = Op::ORUNESTR;
    } else if (sk == types::TypeKind::kSlice && ts_.IsString(t)) {
      op = elem_kind(src) == types::BasicKind::kUint8 ? Op::OBYTES2STR : Op::ORUNES2STR;
    } else if (ts_.IsString(src) && dk == types::TypeKind::kSlice) {
      op = elem_kind(t) == types::BasicKind::kUint8 ? Op::OSTR2BYTES : Op::OSTR2RUNES;
    } else if (sk == types::TypeKind::kSlice && dk == types::TypeKind::kPointer) {
      op = Op::OSLICE2ARRPTR;
    } else {
      op = Op::OCONVNOP;  // pointer/uintptr <-> unsafe.Pointer
    }
  }
  if (op == Op::kEnd) op = Op::OCONVNOP;
  if (op == Op::OCONVNOP && basic(src) == basic(t)) {
    switch (types::CanonBasic(basic(t))) {
      case types::BasicKind::kFloat32:
      case types::BasicKind::kFloat64:
      case types::BasicKind::kComplex64:
      case types::BasicKind::kComplex128:
        op = Op::OCONV;  // floating point casts imply rounding
        break;
      default:
        break;
    }
  }
  if (op == Op::OSTR2RUNES && src_const) {
    // typecheck.stringtoruneslit: []rune("lit") is a slice literal.
    llvm::SmallVector<NodeId, 8> elems;
    TypeId elem = ElemOf(t);
    int64_t i = 0;
    for (uint32_t r : runes_of_const_) {
      NodeId k = IntLit(pos_, ts_.Basic(types::BasicKind::kUntypedInt), i++);
      NodeId v = IntLit(pos_, elem, r);
      elems.push_back(Binary(Op::OKEY, pos_, TypeId(), k, v));
    }
    return ListNode(Op::OSLICELIT, pos_, t, elems);
  }
  return Unary(op, pos, t, arg);
}

// ----------------------------------------------------------- expressions

llvm::SmallVector<NodeId, 4> Builder::Exprs(llvm::ArrayRef<ast::ExprId> es) {
  llvm::SmallVector<NodeId, 4> out;
  for (ast::ExprId e : es) out.push_back(Expr(e));
  return out;
}

NodeId Builder::Expr(ast::ExprId e) {
  e = Unparen(e);
  if (!e.Valid()) return NodeId();
  if (const auto* nm = file_->TryGet<ast::Name>(e); nm && nm->value == "_") return blank_;
  const check::ExprInfo& info = Info(e);
  switch (info.mode) {
    case check::Mode::kBuiltin:
      return NodeId();  // the call handles the builtin
    case check::Mode::kTypeExpr:
      return TypeNode(P(e), info.type);
    case check::Mode::kConstant:
      return Const(e);
    default:
      break;
  }
  TypeId t = FixUntyped(info.type);
  pos_ = P(e);
  return Expr0(e, t);
}

namespace {

/// ConstExprOp is gc's constExprOp: the outermost operation of a constant
/// expression, which decides how its spelling is parenthesized.
Op ConstExprOp(const ast::File& f, ast::ExprId e) {
  switch (f.Kind(e)) {
    case ast::ExprKind::BasicLit:
      return Op::OLITERAL;
    case ast::ExprKind::Name:
    case ast::ExprKind::SelectorExpr:
      return Op::ONAME;
    case ast::ExprKind::CallExpr:
      return Op::OCALLFUNC;
    case ast::ExprKind::Operation: {
      const auto& o = f.Get<ast::Operation>(e);
      return o.y.Valid() ? BinaryOp(o.op) : UnaryOp(o.op);
    }
    default:
      return Op::OLITERAL;
  }
}

}  // namespace

NodeId Builder::Const(ast::ExprId e) {
  const check::ExprInfo& info = Info(e);
  TypeId t = FixUntyped(info.type);
  gcir::Literal lit;
  lit.text = ast::NodeString(*file_, e);
  lit.raw_op = ConstExprOp(*file_, e);
  if (info.value != check::kNone) {
    const types::ConstValue& v = prog_.Value(info.value);
    lit.value = info.value;
    if (v.Kind() == types::ConstKind::kBool) lit.bool_value = v.BoolVal() ? 1 : 0;
    if (ts_.IsInteger(t) || v.Kind() == types::ConstKind::kInt) {
      types::ConstValue iv = v.ToInt();
      if (iv.Kind() == types::ConstKind::kInt) {
        if (auto x = iv.Int64Val(); x && *x == static_cast<int32_t>(*x)) {
          lit.is_small_int = true;
          lit.int_value = *x;
        }
      }
    }
  }
  return out_.NewLiteral(std::move(lit), P(e), R(t));
}

NodeId Builder::Expr0(ast::ExprId e, TypeId t) {
  Pos pos = P(e);
  const check::ExprInfo& info = Info(e);
  switch (file_->Kind(e)) {
    case ast::ExprKind::Name: {
      if (info.obj.Valid() && Obj(info.obj).kind == check::ObjectKind::kNil) {
        return NewNode(Op::ONIL, pos, t);
      }
      return Use(info.obj, pos);
    }
    case ast::ExprKind::CompositeLit:
      return CompLit(e, t);
    case ast::ExprKind::FuncLit:
      return FuncLit(e, t);
    case ast::ExprKind::AssertExpr: {
      const auto& a = file_->Get<ast::AssertExpr>(e);
      NodeId x = Expr(a.x);
      TypeId at = Info(a.type).type;
      return Unary(Op::ODOTTYPE, pos, at, x);
    }
    case ast::ExprKind::CallExpr:
      return Call(e, t);
    case ast::ExprKind::IndexExpr: {
      const auto& ix = file_->Get<ast::IndexExpr>(e);
      NodeId x = Expr(ix.x);
      NodeId i = Expr(ix.index);
      // transformIndex: implicit * on a pointer to array; map keys convert.
      TypeId xt = TypeOf(x);
      if (UKind(xt) == types::TypeKind::kPointer && UKind(ElemOf(xt)) == types::TypeKind::kArray) {
        x = Unary(Op::ODEREF, pos_, ElemOf(xt), x, gcir::kFlagImplicit);
        xt = TypeOf(x);
      }
      if (UKind(xt) == types::TypeKind::kMap) {
        const auto& m = ts_.Get<types::MapType>(Under(xt));
        i = AssignConv(i, m.key);
        return Binary(Op::OINDEXMAP, pos, m.elem, x, i);
      }
      return Binary(Op::OINDEX, pos, t, x, i);
    }
    case ast::ExprKind::SelectorExpr: {
      const auto& se = file_->Get<ast::SelectorExpr>(e);
      ast::ExprId x = Unparen(se.x);
      if (file_->Kind(x) == ast::ExprKind::Name && Info(x).obj.Valid() &&
          Obj(Info(x).obj).kind == check::ObjectKind::kPkgName) {
        return Use(info.obj, pos);  // qualified identifier
      }
      return Selector(e, t);
    }
    case ast::ExprKind::SliceExpr: {
      const auto& sl = file_->Get<ast::SliceExpr>(e);
      NodeId x = Expr(sl.x);
      NodeId lo = Expr(sl.lo);
      NodeId hi = Expr(sl.hi);
      NodeId max = Expr(sl.max);
      // transformSlice: slicing an array takes its address.
      TypeId xt = TypeOf(x);
      if (UKind(xt) == types::TypeKind::kArray) {
        x = Unary(Op::OADDR, pos_, PtrTo(xt), x, gcir::kFlagImplicit);
        xt = TypeOf(x);
      }
      Op op = max.Valid() ? Op::OSLICE3 : Op::OSLICE;
      if (ts_.IsString(xt)) {
        op = Op::OSLICESTR;
      } else if (UKind(xt) == types::TypeKind::kPointer &&
                 UKind(ElemOf(xt)) == types::TypeKind::kArray) {
        op = max.Valid() ? Op::OSLICE3ARR : Op::OSLICEARR;
      }
      NodeId n = NewNode(op, pos, t);
      N(n).x = x;
      N(n).y = lo;
      N(n).z = hi;
      N(n).w = max;
      return n;
    }
    case ast::ExprKind::Operation:
      return Operation(e, t);
    default:
      llvm::report_fatal_error("irgen: unexpected expression");
  }
}

// ------------------------------------------------------------- selectors

NodeId Builder::DotField(Pos pos, NodeId x, const check::PathStep& step) {
  TypeId xt = TypeOf(x);
  Op op = Op::ODOT;
  TypeId st = xt;
  if (UKind(xt) == types::TypeKind::kPointer) {
    op = Op::ODOTPTR;
    st = ElemOf(xt);
  }
  auto fields = ts_.Fields(Under(st));
  const types::FieldInfo& f = fields[step.field];
  NodeId n = Unary(op, pos, f.type, x);
  N(n).aux = out_.Sym(f.name);
  // reflect.{Slice,String}Header.Data (ir.IsReflectHeaderDataField).
  if (f.name == "Data" && ts_.Kind(st) == types::TypeKind::kNamed) {
    const types::NamedInfo& ni = ts_.Named(st);
    if (ni.pkg.Valid() && ts_.Package(ni.pkg).path == "reflect" &&
        (ni.name == "SliceHeader" || ni.name == "StringHeader") &&
        ts_.BasicKindOf(f.type) == types::BasicKind::kUintptr) {
      N(n).flags |= gcir::kFlagReflectData;
    }
  }
  return n;
}

NodeId Builder::Selector(ast::ExprId e, TypeId t) {
  const auto& se = file_->Get<ast::SelectorExpr>(e);
  const check::ExprInfo& info = Info(e);
  const check::Selection& sel = cpkg_.Selections()[info.detail];
  Pos pos = P(e);
  NodeId x = Expr(se.x);
  llvm::StringRef name = file_->Get<ast::Name>(se.sel).value;
  if (sel.kind == check::SelectionKind::kMethodExpr) {
    // OMETHEXPR keeps the type as written (before embedded fields).
    const check::Object& m = Obj(sel.obj);
    NodeId n = Unary(Op::OMETHEXPR, pos, MethodType(m.type, sel.recv), x);
    N(n).aux = out_.Sym(name);
    if (!m.iface_method) N(n).aux2 = FuncFor(sel.obj).Index() + 1;
    return n;
  }
  size_t embeds = sel.path.size();
  if (sel.kind == check::SelectionKind::kField && embeds > 0) --embeds;
  for (size_t i = 0; i < embeds; ++i) {
    x = DotField(pos, x, sel.path[i]);
    N(x).flags |= gcir::kFlagImplicit;
  }
  if (sel.kind == check::SelectionKind::kField) return DotField(pos, x, sel.path.back());
  // A method value (or the callee of a method call).
  const check::Object& m = Obj(sel.obj);
  TypeId xt = TypeOf(x);
  bool x_iface = UKind(xt) == types::TypeKind::kInterface;
  if (!x_iface) {
    bool want_ptr = m.ptr_recv;
    bool have_ptr = UKind(xt) == types::TypeKind::kPointer;
    if (have_ptr != want_ptr) {
      if (have_ptr) {
        x = Unary(Op::ODEREF, pos, ElemOf(xt), x, gcir::kFlagImplicit);
      } else {
        x = Unary(Op::OADDR, pos, PtrTo(xt), x, gcir::kFlagImplicit);
      }
    }
  }
  NodeId n = Unary(Op::OMETHVALUE, pos, MethodType(m.type, TypeId()), x);
  N(n).aux = out_.Sym(name);
  if (!x_iface && !m.iface_method) N(n).aux2 = FuncFor(sel.obj).Index() + 1;
  (void)t;
  return n;
}

// ---------------------------------------------------------------- calls

llvm::SmallVector<NodeId, 4> Builder::RewriteMultiValue(NodeId owner, NodeId call) {
  // A copy: making temporaries may add types, which can move the store's
  // element lists.
  auto elems = ts_.TupleElems(TypeOf(call));
  llvm::SmallVector<TypeId, 4> rts(elems.begin(), elems.end());
  llvm::SmallVector<NodeId, 4> temps;
  llvm::SmallVector<NodeId, 4> decls;
  for (TypeId rt : rts) {
    NodeId tmp = Temp(rt);
    decls.push_back(Unary(Op::ODCL, pos_, TypeId(), tmp));
    temps.push_back(tmp);
  }
  NodeId as = ListNode(Op::OAS2FUNC, pos_, TypeId(), temps);
  N(as).list2 = out_.NewList({call});
  SetInit(as, decls);
  AppendInit(owner, {as});
  return temps;
}

void Builder::ConvertArgs(NodeId call, TypeId sig, llvm::SmallVectorImpl<NodeId>& args, bool dots,
                          bool pack) {
  TypeId s = Under(sig);
  auto params = ts_.Params(s);
  bool variadic = ts_.Get<types::SignatureType>(s).variadic;
  Pos saved = pos_;
  size_t i = 0;
  for (size_t j = 0; j < params.size(); ++j) {
    if (variadic && j + 1 == params.size()) {
      if (dots) {
        if (i < args.size()) {
          SetPos(args[i]);
          args[i] = AssignConv(args[i], params[j]);
        }
        break;
      }
      TypeId elem = ElemOf(params[j]);
      for (; i < args.size(); ++i) {
        SetPos(args[i]);
        args[i] = AssignConv(args[i], elem);
      }
      break;
    }
    if (i >= args.size()) break;
    SetPos(args[i]);
    args[i] = AssignConv(args[i], params[j]);
    ++i;
  }
  pos_ = saved;
  if (pack && variadic && !dots && !params.empty()) {
    // typecheck.FixVariadicCall: the extra arguments become "... argument".
    size_t vi = params.size() - 1;
    Pos cpos = N(call).pos;
    TypeId vt = params[vi];
    NodeId slice;
    if (args.size() <= vi) {
      slice = NewNode(Op::ONIL, cpos, vt);
    } else {
      llvm::SmallVector<NodeId, 4> extra(args.begin() + vi, args.end());
      slice = ListNode(Op::OSLICELIT, cpos, vt, extra);
      N(slice).flags |= gcir::kFlagImplicit;
    }
    args.resize(vi);
    args.push_back(slice);
    N(call).flags |= gcir::kFlagIsDDD;
  }
}

namespace {

/// CallOrChan is typecheck's callOrChan: an op with side effects (a call or
/// a channel operation) that RewriteNonNameCall moves out of a callee.
bool CallOrChan(Op op) {
  switch (op) {
    case Op::OAPPEND:
    case Op::OCALLFUNC:
    case Op::OCALLINTER:
    case Op::OCAP:
    case Op::OCLOSE:
    case Op::OCOMPLEX:
    case Op::OCOPY:
    case Op::ODELETE:
    case Op::OLEN:
    case Op::OMAKECHAN:
    case Op::OMAKEMAP:
    case Op::OMAKESLICE:
    case Op::OPANIC:
    case Op::OPRINT:
    case Op::OPRINTN:
    case Op::OREAL:
    case Op::ORECOVER:
    case Op::ORECV:
    case Op::OUNSAFEADD:
    case Op::OUNSAFESLICE:
      return true;
    default:
      return false;
  }
}

}  // namespace

NodeId Builder::Call(ast::ExprId e, TypeId t) {
  const auto& ce = file_->Get<ast::CallExpr>(e);
  const check::ExprInfo& info = Info(e);
  const check::CallInfo& ci = cpkg_.Calls()[info.detail];
  Pos pos = P(e);
  llvm::SmallVector<ast::ExprId, 4> arg_exprs(file_->Exprs(ce.args).begin(),
                                              file_->Exprs(ce.args).end());
  if (ci.kind == check::CallKind::kConversion) {
    Expr(ce.fun);
    llvm::SmallVector<NodeId, 4> args = Exprs(arg_exprs);
    if (out_.OpOf(args[0]) == Op::OLITERAL && ts_.IsString(TypeOf(args[0]))) {
      // Remember the runes of a constant string for []rune("...").
      runes_of_const_.clear();
      ast::ExprId a = Unparen(arg_exprs[0]);
      const check::ExprInfo& ai = Info(a);
      if (ai.value != check::kNone) {
        llvm::StringRef s = prog_.Value(ai.value).StringVal();
        for (size_t k = 0; k < s.size();) {
          unsigned char c = static_cast<unsigned char>(s[k]);
          int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
          uint32_t r = len == 1 ? c : c & (0x7F >> len);
          for (int j = 1; j < len && k + j < s.size(); ++j) r = (r << 6) | (s[k + j] & 0x3F);
          runes_of_const_.push_back(r);
          k += len;
        }
      }
    }
    return Conversion(pos, t, args[0]);
  }
  if (ci.kind == check::CallKind::kBuiltin) {
    Expr(ce.fun);
    llvm::SmallVector<NodeId, 4> args = Exprs(arg_exprs);
    return Builtin(e, t, ci.builtin, args, ce.has_dots);
  }
  NodeId fun = Expr(ce.fun);
  llvm::SmallVector<NodeId, 4> args = Exprs(arg_exprs);
  NodeId n = NewNode(Op::OCALLFUNC, pos, t);
  if (ce.has_dots) N(n).flags |= gcir::kFlagIsDDD;
  Op fop = out_.OpOf(fun);
  bool is_method_call = false;
  if (fop == Op::OMETHVALUE) {
    bool iface = UKind(TypeOf(N(fun).x)) == types::TypeKind::kInterface;
    N(fun).op = iface ? Op::ODOTINTER : Op::ODOTMETH;
    is_method_call = !iface;
  }
  // transformCall.
  pos_ = pos;
  {
    // RewriteNonNameCall: a callee with side effects goes into a temporary.
    Op op = out_.OpOf(fun);
    bool peel = op == Op::ODOTMETH || op == Op::ODOTINTER || op == Op::OMETHVALUE;
    NodeId target = peel ? N(fun).x : fun;
    bool effects = false;
    std::function<void(NodeId)> walk = [&](NodeId x) {
      if (!x.Valid() || effects) return;
      const gcir::Node& nn = out_.N(x);
      if (nn.op != Op::ONEW && CallOrChan(nn.op)) {
        effects = true;
        return;
      }
      if (nn.op == Op::OCLOSURE) return;
      for (NodeId c : out_.List(nn.init)) walk(c);
      walk(nn.x);
      walk(nn.y);
      walk(nn.z);
      walk(nn.w);
      for (NodeId c : out_.List(nn.list)) walk(c);
      for (NodeId c : out_.List(nn.list2)) walk(c);
    };
    walk(target);
    if (effects) {
      NodeId tmp = Temp(TypeOf(target));
      NodeId as = Binary(Op::OAS, pos_, TypeId(), tmp, target);
      N(as).flags |= gcir::kFlagDef;
      if (peel) {
        N(fun).x = tmp;
      } else {
        fun = tmp;
      }
      AppendInit(n, {as});
    }
  }
  // transformArgs: f(g()) with g multi-valued; the call still prints as
  // written (gc saves a copy as its Orig).
  if (!ce.has_dots && args.size() == 1 && IsTuple(args[0])) {
    NodeId orig = ListNode(Op::OCALLFUNC, pos, t, args);
    N(orig).x = fun;
    N(orig).flags = N(n).flags;
    out_.SetOrig(n, orig);
    auto temps = RewriteMultiValue(n, args[0]);
    args.assign(temps.begin(), temps.end());
  }
  if (out_.OpOf(fun) == Op::ODOTINTER) N(n).op = Op::OCALLINTER;
  ConvertArgs(n, ci.sig, args, ce.has_dots, true);
  if (is_method_call) {
    // typecheck.FixMethodCall: x.M(args) is T.M(x, args).
    NodeId recv = N(fun).x;
    TypeId rt = TypeOf(recv);
    const check::Object& m = Obj(ci.callee);
    NodeId mexpr =
        Unary(Op::OMETHEXPR, N(fun).pos, MethodType(m.type, rt), TypeNode(N(fun).pos, rt));
    N(mexpr).aux = N(fun).aux;
    N(mexpr).aux2 = N(fun).aux2;
    args.insert(args.begin(), recv);
    fun = mexpr;
  }
  N(n).x = fun;
  N(n).list = out_.NewList(args);
  N(n).aux2 = static_cast<uint32_t>(NumResults(ci.sig));
  return n;
}

NodeId Builder::Builtin(ast::ExprId e, TypeId t, check::BuiltinId id,
                        llvm::SmallVectorImpl<NodeId>& args, bool dots) {
  Pos pos = P(e);
  auto multi = [&](NodeId n) {
    if (!dots && args.size() == 1 && IsTuple(args[0])) {
      NodeId orig = ListNode(N(n).op, pos, t, args);
      N(orig).flags = N(n).flags;
      out_.SetOrig(n, orig);
      auto temps = RewriteMultiValue(n, args[0]);
      args.assign(temps.begin(), temps.end());
    }
  };
  auto implicit_star = [&](NodeId x) {
    TypeId xt = TypeOf(x);
    if (UKind(xt) == types::TypeKind::kPointer && UKind(ElemOf(xt)) == types::TypeKind::kArray) {
      return Unary(Op::ODEREF, pos_, ElemOf(xt), x, gcir::kFlagImplicit);
    }
    return x;
  };
  using check::BuiltinId;
  switch (id) {
    case BuiltinId::kAppend: {
      NodeId n = NewNode(Op::OAPPEND, pos, t);
      if (dots) N(n).flags |= gcir::kFlagIsDDD;
      multi(n);
      TypeId st = TypeOf(args[0]);
      if (dots) {
        bool bytes_from_string =
            args.size() > 1 &&
            types::CanonBasic(ts_.BasicKindOf(ElemOf(st))) == types::BasicKind::kUint8 &&
            ts_.IsString(TypeOf(args[1]));
        if (!bytes_from_string && args.size() > 1) args[1] = AssignConv(args[1], Under(st));
      } else {
        for (size_t i = 1; i < args.size(); ++i) args[i] = AssignConv(args[i], ElemOf(st));
      }
      N(n).list = out_.NewList(args);
      return n;
    }
    case BuiltinId::kDelete: {
      NodeId n = NewNode(Op::ODELETE, pos, TypeId());
      multi(n);
      if (args.size() == 2)
        args[1] = AssignConv(args[1], ts_.Get<types::MapType>(Under(TypeOf(args[0]))).key);
      N(n).list = out_.NewList(args);
      return n;
    }
    case BuiltinId::kMake: {
      TypeId mt = T(N(args[0]).type);
      switch (UKind(mt)) {
        case types::TypeKind::kSlice:
          return Binary(Op::OMAKESLICE, pos, t, args[1], args.size() > 2 ? args[2] : NodeId());
        case types::TypeKind::kMap:
          return Unary(Op::OMAKEMAP, pos, t,
                       args.size() > 1 ? args[1]
                                       : IntLit(pos_, ts_.Basic(types::BasicKind::kUntypedInt), 0));
        default:
          return Unary(Op::OMAKECHAN, pos, t,
                       args.size() > 1 ? args[1]
                                       : IntLit(pos_, ts_.Basic(types::BasicKind::kUntypedInt), 0));
      }
    }
    case BuiltinId::kPrint:
    case BuiltinId::kPrintln: {
      NodeId n = NewNode(id == BuiltinId::kPrint ? Op::OPRINT : Op::OPRINTN, pos, TypeId());
      multi(n);
      N(n).list = out_.NewList(args);
      return n;
    }
    case BuiltinId::kRecover:
      return NewNode(Op::ORECOVER, pos, t);
    case BuiltinId::kCap:
    case BuiltinId::kLen:
    case BuiltinId::kClose:
    case BuiltinId::kImag:
    case BuiltinId::kReal:
    case BuiltinId::kPanic: {
      Op op = id == BuiltinId::kCap     ? Op::OCAP
              : id == BuiltinId::kLen   ? Op::OLEN
              : id == BuiltinId::kClose ? Op::OCLOSE
              : id == BuiltinId::kImag  ? Op::OIMAG
              : id == BuiltinId::kReal  ? Op::OREAL
                                        : Op::OPANIC;
      NodeId n = NewNode(op, pos, t);
      multi(n);
      NodeId x = args.empty() ? NodeId() : args[0];
      if (op == Op::OLEN || op == Op::OCAP) x = implicit_star(x);
      if (op == Op::OPANIC) x = AssignConv(x, ts_.EmptyInterface());
      N(n).x = x;
      return n;
    }
    case BuiltinId::kNew:
      return Unary(Op::ONEW, pos, t, args[0]);
    case BuiltinId::kComplex:
    case BuiltinId::kCopy:
    case BuiltinId::kAdd:
    case BuiltinId::kSlice: {
      Op op = id == BuiltinId::kComplex ? Op::OCOMPLEX
              : id == BuiltinId::kCopy  ? Op::OCOPY
              : id == BuiltinId::kAdd   ? Op::OUNSAFEADD
                                        : Op::OUNSAFESLICE;
      NodeId n = NewNode(op, pos, t);
      multi(n);
      N(n).x = args.size() > 0 ? args[0] : NodeId();
      N(n).y = args.size() > 1 ? args[1] : NodeId();
      return n;
    }
    case BuiltinId::kAlignof:
    case BuiltinId::kOffsetof:
    case BuiltinId::kSizeof:
    case BuiltinId::kNumBuiltins:
      break;
  }
  llvm::report_fatal_error("irgen: unexpected builtin call");
}

// ------------------------------------------------------ composite literals

NodeId Builder::CompLit(ast::ExprId e, TypeId t) {
  Pos pos = P(e);
  if (UKind(t) == types::TypeKind::kPointer) {
    // An elided &T{...} inside another literal.
    NodeId lit = CompLit(e, ElemOf(t));
    return Unary(Op::OPTRLIT, pos, t, lit);
  }
  const auto& cl = file_->Get<ast::CompositeLit>(e);
  const check::ExprInfo& info = Info(e);
  const check::CompositeLitInfo* cinfo =
      info.detail != check::kNone ? &cpkg_.CompositeLits()[info.detail] : nullptr;
  TypeId ut = Under(t);
  types::TypeKind kind = ts_.Kind(ut);
  bool is_struct = kind == types::TypeKind::kStruct;
  auto wrapname = [&](Pos p, NodeId x) {
    if (out_.OpOf(x) == Op::ONAME) return Unary(Op::OPAREN, p, TypeOf(x), x, gcir::kFlagImplicit);
    return x;
  };
  llvm::SmallVector<NodeId, 8> elems;
  llvm::SmallVector<uint32_t, 8> field_of;  // struct keys: field index
  auto list = file_->Exprs(cl.elems);
  for (size_t i = 0; i < list.size(); ++i) {
    ast::ExprId el = list[i];
    if (const auto* kv = file_->TryGet<ast::KeyValueExpr>(el)) {
      NodeId key;
      if (!is_struct) key = Expr(kv->key);
      NodeId value = wrapname(P(kv->value), Expr(kv->value));
      elems.push_back(Binary(Op::OKEY, P(el), TypeId(), key, value));
    } else {
      elems.push_back(wrapname(P(el), Expr(el)));
    }
    uint32_t fi = static_cast<uint32_t>(i);
    if (is_struct && cinfo && i < cinfo->index.size()) fi = static_cast<uint32_t>(cinfo->index[i]);
    field_of.push_back(fi);
  }
  // transformCompLit.
  Pos saved = pos_;
  pos_ = pos;
  Op op = Op::OSTRUCTLIT;
  switch (kind) {
    case types::TypeKind::kArray:
    case types::TypeKind::kSlice: {
      TypeId elem = ElemOf(t);
      for (NodeId& el : elems) {
        SetPos(el);
        if (out_.OpOf(el) == Op::OKEY) {
          N(el).y = AssignConv(N(el).y, elem);
        } else {
          el = AssignConv(el, elem);
        }
      }
      op = kind == types::TypeKind::kArray ? Op::OARRAYLIT : Op::OSLICELIT;
      break;
    }
    case types::TypeKind::kMap: {
      const auto& m = ts_.Get<types::MapType>(ut);
      for (NodeId el : elems) {
        SetPos(el);
        NodeId k = AssignConv(N(el).x, m.key);
        N(el).x = k;
        NodeId v = AssignConv(N(el).y, m.elem);
        N(el).y = v;
      }
      op = Op::OMAPLIT;
      break;
    }
    default: {
      auto fields = ts_.Fields(ut);
      for (size_t i = 0; i < elems.size(); ++i) {
        NodeId el = elems[i];
        SetPos(el);
        const types::FieldInfo& f = fields[field_of[i]];
        NodeId value = out_.OpOf(el) == Op::OKEY ? N(el).y : el;
        Pos kpos = out_.OpOf(el) == Op::OKEY ? N(el).pos : pos_;
        value = AssignConv(value, f.type);
        NodeId sk = Unary(Op::OSTRUCTKEY, kpos, f.type, value);
        N(sk).aux = out_.Sym(f.name);
        N(sk).aux2 = field_of[i];
        elems[i] = sk;
      }
      op = Op::OSTRUCTLIT;
      break;
    }
  }
  pos_ = saved;
  return ListNode(op, pos, t, elems);
}

// ------------------------------------------------------------ operations

NodeId Builder::Operation(ast::ExprId e, TypeId t) {
  const auto& o = file_->Get<ast::Operation>(e);
  Pos pos = P(e);
  if (!o.y.Valid()) {
    Op op = UnaryOp(o.op);
    NodeId x = Expr(o.x);
    if (op == Op::OADDR) {
      NodeId n = Unary(Op::OADDR, pos, PtrTo(TypeOf(x)), x);
      if (IsCompLitOp(out_.OpOf(x))) N(n).op = Op::OPTRLIT;  // transformAddr
      return n;
    }
    if (op == Op::ORECV) return Unary(op, pos, ElemOf(TypeOf(x)), x);
    return Unary(op, pos, t, x);
  }
  Op op = BinaryOp(o.op);
  NodeId x = Expr(o.x);
  NodeId y = Expr(o.y);
  switch (op) {
    case Op::OEQ:
    case Op::ONE:
    case Op::OLT:
    case Op::OLE:
    case Op::OGT:
    case Op::OGE: {
      // transformCompare: interface comparisons convert one side.
      TypeId lt = TypeOf(x), rt = TypeOf(y);
      if ((op == Op::OEQ || op == Op::ONE) && lt.Valid() && rt.Valid() && !ts_.Identical(lt, rt)) {
        bool converted = false;
        auto li = UKind(lt) == types::TypeKind::kInterface,
             ri = UKind(rt) == types::TypeKind::kInterface;
        Op aop = AssignOp(ts_, lt, rt);
        if (aop != Op::kEnd) {
          if (ri == li || types_.Size(R(lt)) >= (1 << 16)) x = Unary(aop, pos_, rt, x);
          converted = true;
        }
        if (!converted) {
          aop = AssignOp(ts_, rt, lt);
          if (aop != Op::kEnd && (ri == li || types_.Size(R(rt)) >= (1 << 16))) {
            y = Unary(aop, pos_, lt, y);
          }
        }
      }
      return Binary(op, pos, t, x, y);
    }
    case Op::OANDAND:
    case Op::OOROR:
      return Binary(op, pos, TypeOf(x), x, y);
    case Op::OADD: {
      TypeId lt = TypeOf(x);
      if (!ts_.IsString(lt)) return Binary(op, pos, t, x, y);
      // transformAdd: string concatenation is one flattened OADDSTR.
      llvm::SmallVector<NodeId, 8> parts;
      if (out_.OpOf(x) == Op::OADDSTR) {
        for (NodeId p : out_.List(N(x).list)) parts.push_back(p);
      } else {
        parts.push_back(x);
      }
      if (out_.OpOf(y) == Op::OADDSTR) {
        for (NodeId p : out_.List(N(y).list)) parts.push_back(p);
      } else {
        parts.push_back(y);
      }
      return ListNode(Op::OADDSTR, pos, lt, parts);
    }
    default:
      return Binary(op, pos, TypeOf(x), x, y);
  }
}

}  // namespace goescape::irgen
