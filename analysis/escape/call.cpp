// call.cpp: calls, builtins, and go/defer statements (gc's escape/call.go).
//
// A call's arguments flow into holes given by the callee: for a static
// callee already analysed, the tee of "heap shifted by the tag's heap
// derefs" and "result hole i shifted by the tag's result derefs"; for a
// callee in the same batch, the callee's parameter location itself (and its
// results flow into the call's result holes); for an unknown callee (func
// value, interface method), the heap. The static callee is found as gc's
// ir.StaticValue finds it: through never-reassigned locals initialized to a
// function, closure or method expression.
//
// go/defer: the hole is the heap, except for a defer outside any loop,
// whose record lives until the function returns. A call that is not already
// a no-argument, no-result function call is rewritten, as gc does here, into
// a wrapper closure with its arguments copied into .autotmp_N temporaries
// evaluated at the statement; the wrapper captures them.
#include <functional>

#include "analysis/escape/escape_internal.h"
#include "llvm/Support/ErrorHandling.h"

namespace goescape::escape {

FuncId StaticCallee(const gcir::Package& pkg, const gcir::TypeOracle& types, NodeId callee) {
  NodeId n = gcir::StaticValue(pkg, types, callee);
  switch (pkg.OpOf(n)) {
    case Op::ONAME:
      if (pkg.NameOf(n).cls == gcir::Class::kFunc) return pkg.NameOf(n).func;
      return FuncId();
    case Op::OCLOSURE:
      return FuncId(pkg.N(n).aux);
    case Op::OMETHEXPR:
      return pkg.N(n).aux2 ? FuncId(pkg.N(n).aux2 - 1) : FuncId();
    default:
      return FuncId();
  }
}

void Escape::Call(llvm::ArrayRef<Hole> ks, NodeId call) {
  std::vector<NodeId> init;
  CallCommon(ks, call, &init, FuncId());
  if (!init.empty()) {
    std::vector<NodeId> all(pkg.List(pkg.N(call).init).begin(), pkg.List(pkg.N(call).init).end());
    all.insert(all.end(), init.begin(), init.end());
    IdRange r = pkg.NewList(all);
    pkg.N(call).init = r;
  }
}

void Escape::CallCommon(llvm::ArrayRef<Hole> ks, NodeId call, std::vector<NodeId>* init,
                        FuncId wrapper) {
  auto argument_func = [&](FuncId fn, Hole k, ArgRef arg) {
    // rewriteArgument may replace the argument (go/defer temporaries,
    // uintptr keep-alive).
    RewriteArgument(arg, init, call, fn, wrapper);
    Expr(b.AddNote(k, call, "call parameter"), arg.Get(pkg));
  };
  auto argument = [&](Hole k, ArgRef arg) { argument_func(FuncId(), k, arg); };

  const gcir::Node c = pkg.N(call);
  switch (c.op) {
    case Op::OCALLFUNC:
    case Op::OCALLINTER: {
      FuncId fn;
      if (c.op == Op::OCALLFUNC) {
        // A direct call of a closure literal.
        if (pkg.OpOf(c.x) == Op::OCLOSURE) pkg.F(FuncId(pkg.N(c.x).aux)).closure_called = true;
        fn = StaticCallee(pkg, types, c.x);
      }
      if (!ks.empty() && fn.Valid() && b.InMutualBatch(fn)) {
        const auto& results = pkg.F(fn).results;
        for (size_t i = 0; i < results.size() && i < ks.size(); ++i) Expr(ks[i], results[i].nname);
      }
      bool have_recv_ref = false;
      ArgRef recv;
      if (c.op == Op::OCALLFUNC) {
        // Evaluate the callee expression (not an argument of fn itself).
        argument(b.DiscardHole(), XOf(call));
      } else {
        recv = XOf(c.x);  // the interface value of the ODOTINTER
        have_recv_ref = true;
      }
      auto args = pkg.List(c.list);
      uint32_t first = 0;
      bool has_recv = fn.Valid() ? pkg.F(fn).has_recv : c.op == Op::OCALLINTER;
      if (has_recv) {
        if (!have_recv_ref) {
          // A method-expression call: the receiver is the first argument.
          recv = ElemOf(call, c.list, 0);
          first = 1;
        }
        gcir::Param rp;
        if (fn.Valid()) rp = pkg.F(fn).params[0];
        argument_func(fn, TagHole(ks, fn, 0, rp), recv);
      }
      for (uint32_t i = first; i < args.size(); ++i) {
        gcir::Param p;
        uint32_t pi = i - first + (has_recv && fn.Valid() ? 1 : 0);
        if (fn.Valid() && pi < pkg.F(fn).params.size()) p = pkg.F(fn).params[pi];
        argument_func(fn, TagHole(ks, fn, static_cast<int>(pi), p), ElemOf(call, c.list, i));
      }
      return;
    }
    case Op::OAPPEND: {
      auto args = pkg.List(c.list);
      // The appendee may flow to the result (enough capacity) or its
      // elements to a new heap slice.
      Hole appendee_k = ks.empty() ? b.DiscardHole() : ks[0];
      if (types.HasPointers(types.Elem(pkg.N(args[0]).type))) {
        appendee_k = TeeHole({appendee_k, b.Deref(b.HeapHole(), call, "appendee slice")});
      }
      argument(appendee_k, ElemOf(call, c.list, 0));
      if (c.IsDDD()) {
        Hole appended_k = b.DiscardHole();
        gcir::TypeRef t1 = pkg.N(args[1]).type;
        if (types.IsSlice(t1) && types.HasPointers(types.Elem(t1))) {
          appended_k = b.Deref(b.HeapHole(), call, "appended slice...");
        }
        argument(appended_k, ElemOf(call, c.list, 1));
      } else {
        for (uint32_t i = 1; i < args.size(); ++i) argument(b.HeapHole(), ElemOf(call, c.list, i));
      }
      return;
    }
    case Op::OCOPY: {
      argument(b.DiscardHole(), XOf(call));
      Hole copied_k = b.DiscardHole();
      gcir::TypeRef ty = pkg.N(c.y).type;
      if (types.IsSlice(ty) && types.HasPointers(types.Elem(ty))) {
        copied_k = b.Deref(b.HeapHole(), call, "copied slice");
      }
      argument(copied_k, YOf(call));
      return;
    }
    case Op::OPANIC:
      argument(b.HeapHole(), XOf(call));
      return;
    case Op::OCOMPLEX:
      argument(b.DiscardHole(), XOf(call));
      argument(b.DiscardHole(), YOf(call));
      return;
    case Op::ODELETE:
    case Op::OPRINT:
    case Op::OPRINTN:
    case Op::ORECOVER:
      for (uint32_t i = 0; i < c.list.size; ++i) argument(b.DiscardHole(), ElemOf(call, c.list, i));
      return;
    case Op::OLEN:
    case Op::OCAP:
    case Op::OREAL:
    case Op::OIMAG:
    case Op::OCLOSE:
      argument(b.DiscardHole(), XOf(call));
      return;
    case Op::OUNSAFEADD:
    case Op::OUNSAFESLICE:
      argument(ks.empty() ? b.DiscardHole() : ks[0], XOf(call));
      argument(b.DiscardHole(), YOf(call));
      return;
    default:
      break;
  }
  llvm::report_fatal_error(llvm::Twine("escape: unexpected call op ") + gcir::OpName(c.op));
}

Hole Escape::TagHole(llvm::ArrayRef<Hole> ks, FuncId fn, int param_index,
                     const gcir::Param& param) {
  // A dynamic call: the parameter's tag is unknown.
  if (!fn.Valid()) return b.HeapHole();
  if (b.InMutualBatch(fn)) return Addr(param.nname);
  // A call to a tagged function.
  llvm::SmallVector<Hole, 4> tag_ks;
  const auto& tags = pkg.F(fn).param_tags;
  gcir::Leaks esc;
  if (param_index >= 0 && static_cast<size_t>(param_index) < tags.size()) {
    esc = tags[param_index];
  } else {
    esc.AddHeap(0);  // no tag: assume it leaks
  }
  if (int x = esc.Heap(); x >= 0) tag_ks.push_back(b.Shift(b.HeapHole(), x));
  if (!ks.empty()) {
    for (int i = 0; i < gcir::Leaks::kNumResults; ++i) {
      if (int x = esc.Result(i); x >= 0 && static_cast<size_t>(i) < ks.size()) {
        tag_ks.push_back(b.Shift(ks[i], x));
      }
    }
  }
  return TeeHole(tag_ks);
}

}  // namespace goescape::escape
