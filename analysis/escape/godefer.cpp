// godefer.cpp: go/defer statements and argument rewriting (gc's
// escape/call.go: goDeferStmt, rewriteArgument, wrapExpr, copyExpr).
//
// gc normalizes, during escape analysis,
//     defer f(x, y)        into       x1, y1 := x, y
//                                     defer func() { f(x1, y1) }()
// The temporaries are named .autotmp_N with N the number of names the
// function has declared so far (gc's typecheck.TempAt); they are positioned
// at the call's "(" for names and constants, else at the argument; the
// wrapper closure captures them (by value unless > 128 bytes) and is named
// like any closure of the enclosing function (f.funcN, or f.func1.N inside a
// closure). Literals, nil, function names and method expressions stay in
// the call; a variadic call's implicit slice stays in the wrapper and only
// its elements are copied. Arguments written uintptr(unsafe.Pointer(p)) to
// //go:uintptrescapes or keep-alive callees get a temporary too.
#include "analysis/escape/escape_internal.h"
#include "llvm/Support/ErrorHandling.h"

namespace goescape::escape {

NodeId ArgRef::Get(const gcir::Package& pkg) const {
  switch (where) {
    case kX:
      return pkg.N(owner).x;
    case kY:
      return pkg.N(owner).y;
    case kList:
      return pkg.List(list)[index];
  }
  return NodeId();
}

void ArgRef::Set(gcir::Package& pkg, NodeId v) const {
  switch (where) {
    case kX:
      pkg.N(owner).x = v;
      return;
    case kY:
      pkg.N(owner).y = v;
      return;
    case kList:
      pkg.SetListElem(list, index, v);
      return;
  }
}

namespace {

/// HasUniquePos is gc's ir.HasUniquePos: references to named objects
/// (variables, named constants and types) print their declaration's
/// position, so they do not give a position of their own.
bool HasUniquePos(const gcir::Package& pkg, NodeId n) {
  switch (pkg.OpOf(n)) {
    case Op::ONAME:
      return false;
    case Op::OLITERAL:
      return pkg.LiteralOf(n).sym.empty();
    default:
      return pkg.N(n).pos.Known();
  }
}

/// ClosureName is gc's closureName: "outer.funcN", or "outer.N" inside a
/// closure, counting per outer function.
std::string ClosureName(gcir::Package& pkg, FuncId outer) {
  gcir::Func& fn = pkg.F(outer);
  ++fn.closure_count;
  std::string prefix = fn.oclosure.Valid() ? "" : "func";
  return fn.name + "." + prefix + std::to_string(fn.closure_count);
}

}  // namespace

NodeId Escape::CopyExpr(Pos pos, NodeId expr, std::vector<NodeId>* init, FuncId fn, bool analyze) {
  if (HasUniquePos(pkg, expr)) pos = pkg.N(expr).pos;
  // typecheck.TempAt: .autotmp_N, N = the number of names declared so far.
  gcir::Name name;
  name.sym = ".autotmp_" + std::to_string(pkg.F(fn).dcl.size());
  name.cls = gcir::Class::kAuto;
  name.curfn = fn;
  name.autotemp = true;
  gcir::TypeRef t = pkg.N(expr).type;
  NodeId tmp = pkg.NewName(name, pos, t);
  pkg.F(fn).dcl.push_back(tmp);
  NodeId dcl = pkg.NewNode(Op::ODCL, pos);
  pkg.N(dcl).x = tmp;
  NodeId as = pkg.NewNode(Op::OAS, pos);
  pkg.N(as).x = tmp;
  pkg.N(as).y = expr;
  pkg.NameOf(tmp).defn = as;
  init->push_back(dcl);
  init->push_back(as);
  if (analyze) {
    b.NewLoc(tmp, false, curfn, loop_depth);
    Stmt(dcl);
    Stmt(as);
  }
  return tmp;
}

NodeId Escape::WrapExpr(Pos pos, ArgRef expr, std::vector<NodeId>* init, NodeId call,
                        FuncId wrapper) {
  NodeId tmp = CopyExpr(pos, expr.Get(pkg), init, curfn, true);
  if (wrapper.Valid()) {
    // (gc also emits a nil check of an interface receiver here, which has
    // no effect on escape analysis.)
    (void)call;
    b.L(b.OldLoc(tmp)).captured = true;
    // ir.NewClosureVar: the wrapper's own name for the temporary.
    gcir::Name cv;
    cv.sym = pkg.NameOf(tmp).sym;
    cv.cls = gcir::Class::kAutoHeap;
    cv.curfn = wrapper;
    cv.outer = tmp;
    cv.is_closure_var = true;
    cv.autotemp = true;
    NodeId v = pkg.NewName(cv, pos, pkg.N(tmp).type);
    pkg.F(wrapper).closure_vars.push_back(v);
    tmp = v;
  }
  expr.Set(pkg, tmp);
  return tmp;
}

void Escape::RewriteArgument(ArgRef arg, std::vector<NodeId>* init, NodeId call, FuncId fn,
                             FuncId wrapper) {
  uint32_t pragma = fn.Valid() ? pkg.F(fn).pragma : 0;

  // uintptr(unsafe.Pointer(p)) arguments to syscall-like functions.
  auto unsafe_uintptr = [&](ArgRef a0) -> bool {
    if ((pragma & (gcir::kPragmaUintptrKeepAlive | gcir::kPragmaUintptrEscapes)) == 0) return false;
    NodeId arg0 = a0.Get(pkg);
    if (pkg.OpOf(arg0) != Op::OCONVNOP || !types.IsUintptr(pkg.N(arg0).type)) return false;
    if (!types.IsUnsafePtr(pkg.N(pkg.N(arg0).x).type)) return false;
    NodeId tmp = WrapExpr(pkg.N(arg0).pos, XOf(arg0), init, call, wrapper);
    if (pragma & gcir::kPragmaUintptrEscapes) {
      b.Flow(b.AddNote(b.HeapHole(), arg0, "//go:uintptrescapes"), b.OldLoc(tmp));
    }
    if ((pragma & gcir::kPragmaUintptrKeepAlive) && wrapper.Valid()) {
      // gc copies a captured temporary again, inside the wrapper, to keep
      // it alive across the call; that copy is not analysed.
      std::vector<NodeId> keep_init;
      CopyExpr(pkg.N(arg0).pos, tmp, &keep_init, wrapper, false);
    }
    return true;
  };

  auto visit = [&](Pos pos, ArgRef a) {
    // Leave constants and function names in place: the wrapper evaluates
    // them.
    NodeId v = a.Get(pkg);
    switch (pkg.OpOf(v)) {
      case Op::OLITERAL:
      case Op::ONIL:
      case Op::OMETHEXPR:
        return;
      case Op::ONAME:
        if (pkg.NameOf(v).cls == gcir::Class::kFunc) return;
        break;
      default:
        break;
    }
    if (unsafe_uintptr(a)) return;
    if (wrapper.Valid()) WrapExpr(pos, a, init, call, wrapper);
  };

  NodeId v = arg.Get(pkg);
  if (pkg.OpOf(v) == Op::OSLICELIT) {
    // Look into slice literals (variadic arguments): "go F([]int{a, b})".
    IdRange elems = pkg.N(v).list;
    Pos lit_pos = pkg.N(v).pos;
    for (uint32_t i = 0; i < elems.size; ++i) {
      NodeId el = pkg.List(elems)[i];
      if (pkg.OpOf(el) == Op::OKEY) {
        visit(lit_pos, YOf(el));
      } else {
        visit(lit_pos, ElemOf(v, elems, i));
      }
    }
  } else {
    visit(pkg.N(call).pos, arg);
  }
}

void Escape::GoDeferStmt(NodeId n) {
  Hole k = b.HeapHole();
  bool is_defer = pkg.OpOf(n) == Op::ODEFER;
  if (is_defer && loop_depth == 1) {
    // Top-level defer arguments don't escape, but must last until the
    // function returns.
    k = Later(b.DiscardHole());
  }
  NodeId call = pkg.N(n).x;
  // The call's init statements move to the go/defer statement.
  std::vector<NodeId> init(pkg.List(pkg.N(n).init).begin(), pkg.List(pkg.N(n).init).end());
  for (NodeId s : pkg.List(pkg.N(call).init)) init.push_back(s);
  pkg.N(call).init = IdRange{};
  for (NodeId s : init) Stmt(s);

  // Already a call of a no-argument, no-result function: analyse normally.
  const gcir::Node c = pkg.N(call);
  if (c.op == Op::OCALLFUNC && c.list.Empty() && c.aux2 == 0) {
    Expr(k, c.x);
    pkg.N(n).init = pkg.NewList(init);
    return;
  }

  // A new no-argument function for the go/defer.
  gcir::Func w;
  w.name = ClosureName(pkg, curfn);
  w.pos = pkg.N(n).pos;
  w.outer = curfn;
  w.wrapper = true;
  w.has_body = true;
  w.esc_state = pkg.F(curfn).esc_state;
  FuncId wrapper = pkg.NewFunc(std::move(w));
  NodeId clo = pkg.NewNode(Op::OCLOSURE, pkg.N(n).pos);
  pkg.N(clo).aux = wrapper.Index();
  pkg.F(wrapper).oclosure = clo;
  pkg.F(wrapper).body = pkg.NewList({call});

  CallCommon({}, call, &init, wrapper);
  Hole spilled = Spill(k, clo);
  b.closures_.push_back(Closure{spilled, clo});

  // The statement now calls the wrapper.
  NodeId new_call = pkg.NewNode(Op::OCALLFUNC, pkg.N(call).pos);
  pkg.N(new_call).x = clo;
  pkg.N(n).x = new_call;
  pkg.N(n).init = pkg.NewList(init);
}

}  // namespace goescape::escape
