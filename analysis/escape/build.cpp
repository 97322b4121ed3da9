// build.cpp: turning statements and expressions into locations and edges
// (gc's escape/stmt.go, expr.go, assign.go and the self-assignment rules of
// utils.go).
//
// Every expression is evaluated into a hole; the construct decides which
// sub-expressions flow where and with which derefs and note (the table in
// /work/shared/docs/gc-escape-spec.md §4). The whole tree is always visited,
// even into a discarded hole, because sub-expressions may allocate. A hole
// whose derefs are >= 0 is redirected to the blank location when the
// expression's type has no pointers. Loop depth increases inside for/range
// bodies and after labels that are the target of a later goto.
#include "analysis/escape/escape_internal.h"
#include "llvm/Support/ErrorHandling.h"

namespace goescape::escape {

namespace {

bool IsBlank(const gcir::Package& pkg, NodeId n) {
  return pkg.OpOf(n) == Op::ONAME && pkg.NameOf(n).sym == "_";
}

bool IsArith(Op op) {
  switch (op) {
    case Op::OADD:
    case Op::OSUB:
    case Op::OOR:
    case Op::OXOR:
    case Op::OMUL:
    case Op::ODIV:
    case Op::OMOD:
    case Op::OLSH:
    case Op::ORSH:
    case Op::OAND:
    case Op::OANDNOT:
    case Op::OEQ:
    case Op::ONE:
    case Op::OLT:
    case Op::OLE:
    case Op::OGT:
    case Op::OGE:
    case Op::OANDAND:
    case Op::OOROR:
      return true;
    default:
      return false;
  }
}

}  // namespace

// ------------------------------------------------------------- statements

void Escape::Stmts(IdRange l) {
  for (NodeId n : ListCopy(pkg, l)) Stmt(n);
}

void Escape::Block(IdRange l) {
  int old = loop_depth;
  Stmts(l);
  loop_depth = old;
}

void Escape::Discards(IdRange l) {
  for (NodeId n : ListCopy(pkg, l)) Discard(n);
}

Hole Escape::Dcl(NodeId n) {
  LocId loc = b.OldLoc(n);
  b.L(loc).loop_depth = loop_depth;
  return b.AsHole(loc);
}

void Escape::Stmt(NodeId n) {
  if (!n.Valid()) return;
  Stmts(pkg.N(n).init);
  const gcir::Node x = pkg.N(n);  // copy: the walk may add nodes
  switch (x.op) {
    case Op::ODCLCONST:
    case Op::ODCLTYPE:
    case Op::OFALL:
    case Op::OBREAK:
    case Op::OCONTINUE:
    case Op::OGOTO:
      return;
    case Op::OBLOCK:
      Stmts(x.list);
      return;
    case Op::ODCL:
      if (!IsBlank(pkg, x.x)) Dcl(x.x);
      return;
    case Op::OLABEL: {
      if (pkg.SymText(x.aux) == "_") return;
      auto it = labels.find(x.aux);
      if (it == labels.end()) llvm::report_fatal_error("escape: label missing tag");
      if (it->second == LabelState::kLooping) ++loop_depth;
      labels.erase(it);
      return;
    }
    case Op::OIF:
      Discard(x.x);
      Block(x.list);
      Block(x.list2);
      return;
    case Op::OFOR:
      ++loop_depth;
      Discard(x.x);
      Stmt(x.y);
      Block(x.list);
      --loop_depth;
      return;
    case Op::ORANGE: {
      // X is evaluated outside the loop.
      LocId tmp = b.NewLoc(NodeId(), false, curfn, loop_depth);
      Expr(b.AsHole(tmp), x.x);
      ++loop_depth;
      auto ks = Addrs({x.y, x.z});
      if (types.IsArray(pkg.N(x.x).type)) {
        b.Flow(b.AddNote(ks[1], n, "range"), tmp);
      } else {
        b.Flow(b.Deref(ks[1], n, "range-deref"), tmp);
      }
      Reassigned(ks, n);
      Block(x.list);
      --loop_depth;
      return;
    }
    case Op::OSWITCH: {
      if (pkg.OpOf(x.x) == Op::OTYPESW) {
        const gcir::Node guard = pkg.N(x.x);
        llvm::SmallVector<Hole, 4> ks;
        if (guard.y.Valid()) {
          for (NodeId cas : ListCopy(pkg, x.list)) {
            NodeId cv = pkg.N(cas).x;
            Hole k = Dcl(cv);  // type switch variables have no ODCL
            gcir::TypeRef t = pkg.N(cv).type;
            if (types.HasPointers(t)) ks.push_back(b.DotType(k, t, cas, "switch case"));
          }
        }
        Expr(TeeHole(ks), guard.x);
      } else {
        Discard(x.x);
      }
      for (NodeId cas : ListCopy(pkg, x.list)) {
        Discards(pkg.N(cas).list);
        Block(pkg.N(cas).list2);
      }
      return;
    }
    case Op::OSELECT:
      for (NodeId cas : ListCopy(pkg, x.list)) {
        Stmt(pkg.N(cas).x);
        Block(pkg.N(cas).list2);
      }
      return;
    case Op::ORECV:
      ExprSkipInit(b.DiscardHole(), n);  // already visited n's init
      return;
    case Op::OSEND:
      Discard(x.x);
      AssignHeap(x.y, "send", n);
      return;
    case Op::OAS:
    case Op::OASOP:
      AssignList({x.x}, {x.y}, "assign", n);
      return;
    case Op::OAS2:
    case Op::OAS2DOTTYPE:
    case Op::OAS2MAPR:
    case Op::OAS2RECV:
    case Op::OSELRECV2: {
      const char* why = x.op == Op::OAS2          ? "assign-pair"
                        : x.op == Op::OAS2DOTTYPE ? "assign-pair-dot-type"
                        : x.op == Op::OAS2MAPR    ? "assign-pair-mapr"
                                                  : "assign-pair-receive";
      std::vector<NodeId> lhs(pkg.List(x.list).begin(), pkg.List(x.list).end());
      std::vector<NodeId> rhs(pkg.List(x.list2).begin(), pkg.List(x.list2).end());
      AssignList(lhs, rhs, why, n);
      return;
    }
    case Op::OAS2FUNC: {
      NodeId call = pkg.List(x.list2)[0];
      Stmts(pkg.N(call).init);
      std::vector<NodeId> lhs(pkg.List(x.list).begin(), pkg.List(x.list).end());
      auto ks = Addrs(lhs);
      Call(ks, call);
      Reassigned(ks, n);
      return;
    }
    case Op::ORETURN: {
      std::vector<NodeId> dsts;
      for (const gcir::Param& r : pkg.F(curfn).results) dsts.push_back(r.nname);
      std::vector<NodeId> results(pkg.List(x.list).begin(), pkg.List(x.list).end());
      AssignList(dsts, results, "return", n);
      return;
    }
    case Op::OCALLFUNC:
    case Op::OCALLINTER:
    case Op::OINLCALL:
    case Op::OCLOSE:
    case Op::OCOPY:
    case Op::ODELETE:
    case Op::OPANIC:
    case Op::OPRINT:
    case Op::OPRINTN:
    case Op::ORECOVER:
      Call({}, n);
      return;
    case Op::OGO:
    case Op::ODEFER:
      GoDeferStmt(n);
      return;
    default:
      break;
  }
  llvm::report_fatal_error(llvm::Twine("escape: unexpected statement ") + gcir::OpName(x.op));
}

// ------------------------------------------------------------ expressions

void Escape::Expr(Hole k, NodeId n) {
  if (!n.Valid()) return;
  Stmts(pkg.N(n).init);
  ExprSkipInit(k, n);
}

void Escape::ExprSkipInit(Hole k, NodeId n) {
  if (!n.Valid()) return;
  const gcir::Node x = pkg.N(n);  // copy: the walk may add nodes
  if (k.derefs >= 0 && !types.IsUntyped(x.type) && !types.HasPointers(x.type)) k.dst = kBlankLoc;

  switch (x.op) {
    case Op::OLITERAL:
    case Op::ONIL:
    case Op::OTYPE:
    case Op::OMETHEXPR:
      return;
    case Op::ONAME: {
      gcir::Class c = pkg.NameOf(n).cls;
      if (c == gcir::Class::kFunc || c == gcir::Class::kExtern) return;
      b.Flow(k, b.OldLoc(n));
      return;
    }
    case Op::OPLUS:
    case Op::ONEG:
    case Op::OBITNOT:
    case Op::ONOT:
      Discard(x.x);
      return;
    case Op::OADDR:
      Expr(b.Addr(k, n, "address-of"), x.x);
      return;
    case Op::ODEREF:
      Expr(b.Deref(k, n, "indirection"), x.x);
      return;
    case Op::ODOT:
    case Op::ODOTMETH:
    case Op::ODOTINTER:
      Expr(b.AddNote(k, n, "dot"), x.x);
      return;
    case Op::ODOTPTR:
      Expr(b.Deref(k, n, "dot of pointer"), x.x);
      return;
    case Op::ODOTTYPE:
    case Op::ODOTTYPE2:
      Expr(b.DotType(k, x.type, n, "dot"), x.x);
      return;
    case Op::OINDEX:
      if (types.IsArray(pkg.N(x.x).type)) {
        Expr(b.AddNote(k, n, "fixed-array-index-of"), x.x);
      } else {
        Expr(b.Deref(k, n, "dot of pointer"), x.x);
      }
      Discard(x.y);
      return;
    case Op::OINDEXMAP:
      Discard(x.x);
      Discard(x.y);
      return;
    case Op::OSLICE:
    case Op::OSLICEARR:
    case Op::OSLICE3:
    case Op::OSLICE3ARR:
    case Op::OSLICESTR:
      Expr(b.AddNote(k, n, "slice"), x.x);
      Discard(x.y);
      Discard(x.z);
      Discard(x.w);
      return;
    case Op::OCONV:
    case Op::OCONVNOP:
      if (types.IsUnsafePtr(x.type) && types.IsUintptr(pkg.N(x.x).type)) {
        UnsafeValue(k, x.x);
      } else {
        Expr(k, x.x);
      }
      return;
    case Op::OCONVIFACE: {
      gcir::TypeRef from = pkg.N(x.x).type;
      if (!types.IsInterface(from) && !types.IsDirectIface(from)) k = Spill(k, n);
      Expr(b.AddNote(k, n, "interface-converted"), x.x);
      return;
    }
    case Op::OSLICE2ARRPTR:
      Expr(k, x.x);
      return;
    case Op::ORECV:
      Discard(x.x);
      return;
    case Op::OCALLFUNC:
    case Op::OCALLINTER:
    case Op::OINLCALL:
    case Op::OLEN:
    case Op::OCAP:
    case Op::OCOMPLEX:
    case Op::OREAL:
    case Op::OIMAG:
    case Op::OAPPEND:
    case Op::OCOPY:
    case Op::ORECOVER:
    case Op::OUNSAFEADD:
    case Op::OUNSAFESLICE:
      Call({k}, n);
      return;
    case Op::ONEW:
      Spill(k, n);
      return;
    case Op::OMAKESLICE:
      Spill(k, n);
      Discard(x.x);
      Discard(x.y);
      return;
    case Op::OMAKECHAN:
      Discard(x.x);
      return;
    case Op::OMAKEMAP:
      Spill(k, n);
      Discard(x.x);
      return;
    case Op::OMETHVALUE: {
      // The receiver flows both to the closure record and to the method's
      // receiver parameter; the results of a later call are unknown.
      Hole closure_k = Spill(k, n);
      FuncId m = x.aux2 ? FuncId(x.aux2 - 1) : FuncId();
      Hole param_k = b.HeapHole();
      if (m.Valid()) {
        llvm::SmallVector<Hole, 2> ks(pkg.F(m).results.size(), b.HeapHole());
        param_k = TagHole(ks, m, 0, pkg.F(m).params[0]);
      }
      Expr(TeeHole({param_k, closure_k}), x.x);
      return;
    }
    case Op::OPTRLIT:
      Expr(Spill(k, n), x.x);
      return;
    case Op::OARRAYLIT:
      for (NodeId elt : ListCopy(pkg, x.list)) {
        if (pkg.OpOf(elt) == Op::OKEY) elt = pkg.N(elt).y;
        Expr(b.AddNote(k, n, "array literal element"), elt);
      }
      return;
    case Op::OSLICELIT: {
      Hole kk = Spill(k, n);
      for (NodeId elt : ListCopy(pkg, x.list)) {
        if (pkg.OpOf(elt) == Op::OKEY) elt = pkg.N(elt).y;
        Expr(b.AddNote(kk, n, "slice-literal-element"), elt);
      }
      return;
    }
    case Op::OSTRUCTLIT:
      for (NodeId elt : ListCopy(pkg, x.list)) {
        Expr(b.AddNote(k, n, "struct literal element"), pkg.N(elt).x);
      }
      return;
    case Op::OMAPLIT:
      Spill(k, n);
      // Map keys and values are always stored in the heap.
      for (NodeId elt : ListCopy(pkg, x.list)) {
        AssignHeap(pkg.N(elt).x, "map literal key", n);
        AssignHeap(pkg.N(elt).y, "map literal value", n);
      }
      return;
    case Op::OCLOSURE: {
      Hole kk = Spill(k, n);
      b.closures_.push_back(Closure{kk, n});
      FuncId fn(x.aux);
      // Only closures inside a function are walked here; a package-level
      // closure (glob..funcN) is a function of its own (gc's
      // IsHiddenClosure).
      if (!pkg.F(fn).outer.Valid()) return;
      for (NodeId cv : pkg.F(fn).closure_vars) {
        Location& loc = b.L(b.OldLoc(cv));
        if (!loc.captured) {
          loc.captured = true;
          // Ignore reassignments in straight-line code preceding the first
          // capture by a closure.
          if (loc.loop_depth == loop_depth) loc.reassigned = false;
        }
      }
      for (NodeId d : pkg.F(fn).dcl) {
        if (b.a.NameLoc(d) == kNoLoc) b.NewLoc(d, false, fn, 1);
      }
      b.WalkFunc(fn);
      return;
    }
    case Op::ORUNES2STR:
    case Op::OBYTES2STR:
    case Op::OSTR2RUNES:
    case Op::OSTR2BYTES:
    case Op::ORUNESTR:
      Spill(k, n);
      Discard(x.x);
      return;
    case Op::OADDSTR:
      Spill(k, n);
      // Arguments of OADDSTR never escape (runtime.concatstrings).
      Discards(x.list);
      return;
    case Op::OPAREN:
      Expr(k, x.x);
      return;
    default:
      if (IsArith(x.op)) {
        Discard(x.x);
        Discard(x.y);
        return;
      }
      break;
  }
  llvm::report_fatal_error(llvm::Twine("escape: unexpected expression ") + gcir::OpName(x.op));
}

void Escape::UnsafeValue(Hole k, NodeId n) {
  if (!types.IsUintptr(pkg.N(n).type))
    llvm::report_fatal_error("escape: unsafeValue of non-uintptr");
  if (k.addrtaken) llvm::report_fatal_error("escape: unexpected addrtaken");
  Stmts(pkg.N(n).init);
  const gcir::Node x = pkg.N(n);
  switch (x.op) {
    case Op::OCONV:
    case Op::OCONVNOP:
      if (types.IsUnsafePtr(pkg.N(x.x).type)) {
        Expr(k, x.x);
      } else {
        Discard(x.x);
      }
      return;
    case Op::ODOTPTR:
      if (x.flags & gcir::kFlagReflectData) {
        Expr(b.Deref(k, n, "reflect.Header.Data"), x.x);
      } else {
        Discard(x.x);
      }
      return;
    case Op::OPLUS:
    case Op::ONEG:
    case Op::OBITNOT:
      UnsafeValue(k, x.x);
      return;
    case Op::OADD:
    case Op::OSUB:
    case Op::OOR:
    case Op::OXOR:
    case Op::OMUL:
    case Op::ODIV:
    case Op::OMOD:
    case Op::OAND:
    case Op::OANDNOT:
      UnsafeValue(k, x.x);
      UnsafeValue(k, x.y);
      return;
    case Op::OLSH:
    case Op::ORSH:
      UnsafeValue(k, x.x);
      // The shift count need not be uintptr and cannot carry a pointer.
      Discard(x.y);
      return;
    default:
      ExprSkipInit(b.DiscardHole(), n);
      return;
  }
}

// ------------------------------------------------------------ assignments

Hole Escape::Addr(NodeId n) {
  if (!n.Valid() || IsBlank(pkg, n)) return b.DiscardHole();
  Hole k = b.HeapHole();
  const gcir::Node x = pkg.N(n);
  switch (x.op) {
    case Op::ONAME:
      if (pkg.NameOf(n).cls == gcir::Class::kExtern) break;
      k = b.AsHole(b.OldLoc(n));
      break;
    case Op::ODOT:
      k = Addr(x.x);
      break;
    case Op::OINDEX:
      Discard(x.y);
      if (types.IsArray(pkg.N(x.x).type)) {
        k = Addr(x.x);
      } else {
        Discard(x.x);
      }
      break;
    case Op::ODEREF:
    case Op::ODOTPTR:
      Discard(n);
      break;
    case Op::OINDEXMAP:
      Discard(x.x);
      AssignHeap(x.y, "key of map put", n);
      break;
    default:
      llvm::report_fatal_error(llvm::Twine("escape: unexpected addr ") + gcir::OpName(x.op));
  }
  return k;
}

llvm::SmallVector<Hole, 4> Escape::Addrs(llvm::ArrayRef<NodeId> l) {
  llvm::SmallVector<Hole, 4> ks;
  for (NodeId n : l) ks.push_back(Addr(n));
  return ks;
}

void Escape::AssignHeap(NodeId src, const char* why, NodeId where) {
  Expr(b.AddNote(b.HeapHole(), where, why), src);
}

void Escape::AssignList(llvm::ArrayRef<NodeId> dsts, llvm::ArrayRef<NodeId> srcs, const char* why,
                        NodeId where) {
  auto ks = Addrs(dsts);
  for (size_t i = 0; i < ks.size(); ++i) {
    Hole k = ks[i];
    NodeId src = i < srcs.size() ? srcs[i] : NodeId();
    NodeId dst = dsts[i];
    if (dst.Valid()) {
      // Implicit uintptr -> unsafe.Pointer when storing into
      // reflect.{Slice,String}Header.Data.
      if (pkg.OpOf(dst) == Op::ODOTPTR && (pkg.N(dst).flags & gcir::kFlagReflectData)) {
        UnsafeValue(b.AddNote(b.HeapHole(), where, why), src);
        continue;
      }
      if (src.Valid() && IsSelfAssign(pkg, types, dst, src)) {
        if (b.a.options.m_level != 0) {
          b.a.Warn(pkg.N(where).pos,
                   pkg.F(curfn).name + " ignoring self-assignment in " + b.a.Str(where));
        }
        k = b.DiscardHole();
      }
    }
    Expr(b.AddNote(k, where, why), src);
  }
  Reassigned(ks, where);
}

void Escape::Reassigned(llvm::ArrayRef<Hole> ks, NodeId where) {
  const gcir::Node w = pkg.N(where);
  if (w.op == Op::OAS && !w.y.Valid() && pkg.OpOf(w.x) == Op::ONAME &&
      !pkg.NameOf(w.x).defn.Valid()) {
    // Zero-value assignment for a variable declared without an initial
    // value: its initialization statement.
    return;
  }
  for (const Hole& k : ks) {
    Location& loc = b.L(k.dst);
    // Variables declared by range statements are assigned on every iteration.
    if (pkg.OpOf(loc.n) == Op::ONAME && pkg.NameOf(loc.n).defn == where && w.op != Op::ORANGE) {
      continue;
    }
    loc.reassigned = true;
  }
}

// -------------------------------------------------------- self-assignment

namespace {

bool SameSafeExpr(const gcir::Package& pkg, const gcir::TypeOracle& types, NodeId l, NodeId r) {
  while (pkg.OpOf(l) == Op::OCONVNOP) l = pkg.N(l).x;
  while (pkg.OpOf(r) == Op::OCONVNOP) r = pkg.N(r).x;
  if (!l.Valid() || !r.Valid()) return false;
  const gcir::Node& a = pkg.N(l);
  const gcir::Node& b = pkg.N(r);
  if (a.op != b.op || a.type != b.type) return false;
  switch (a.op) {
    case Op::ONAME:
      return l == r;
    case Op::ODOT:
    case Op::ODOTPTR:
      return a.aux != 0 && a.aux == b.aux && SameSafeExpr(pkg, types, a.x, b.x);
    case Op::ODEREF:
    case Op::ONOT:
    case Op::OBITNOT:
    case Op::OPLUS:
    case Op::ONEG:
      return SameSafeExpr(pkg, types, a.x, b.x);
    case Op::OCONV:
      return types.IsSimple(a.type) && SameSafeExpr(pkg, types, a.x, b.x);
    case Op::OINDEX:
    case Op::OINDEXMAP:
    case Op::OADD:
    case Op::OSUB:
    case Op::OOR:
    case Op::OXOR:
    case Op::OMUL:
    case Op::OLSH:
    case Op::ORSH:
    case Op::OAND:
    case Op::OANDNOT:
    case Op::ODIV:
    case Op::OMOD:
      return SameSafeExpr(pkg, types, a.x, b.x) && SameSafeExpr(pkg, types, a.y, b.y);
    case Op::OLITERAL: {
      const gcir::Literal& la = pkg.LiteralOf(l);
      const gcir::Literal& lb = pkg.LiteralOf(r);
      if (la.is_small_int && lb.is_small_int) return la.int_value == lb.int_value;
      return la.text == lb.text && la.sym == lb.sym;
    }
    case Op::ONIL:
      return true;
    default:
      return false;
  }
}

bool MayAffectMemory(const gcir::Package& pkg, NodeId n) {
  if (!n.Valid()) return false;
  const gcir::Node& x = pkg.N(n);
  switch (x.op) {
    case Op::ONAME:
    case Op::OLITERAL:
    case Op::ONIL:
      return false;
    case Op::OADD:
    case Op::OSUB:
    case Op::OOR:
    case Op::OXOR:
    case Op::OMUL:
    case Op::OLSH:
    case Op::ORSH:
    case Op::OAND:
    case Op::OANDNOT:
    case Op::ODIV:
    case Op::OMOD:
    case Op::OINDEX:
      return MayAffectMemory(pkg, x.x) || MayAffectMemory(pkg, x.y);
    case Op::OCONVNOP:
    case Op::OCONV:
    case Op::OLEN:
    case Op::OCAP:
    case Op::ONOT:
    case Op::OBITNOT:
    case Op::OPLUS:
    case Op::ONEG:
    case Op::OALIGNOF:
    case Op::OOFFSETOF:
    case Op::OSIZEOF:
    case Op::ODOT:
    case Op::ODOTPTR:
    case Op::ODEREF:
      return MayAffectMemory(pkg, x.x);
    default:
      return true;
  }
}

// isSliceSelfAssign: "b.buf = b.buf[n:m]" and "*sp = (*sp)[1:2]".
bool IsSliceSelfAssign(const gcir::Package& pkg, NodeId dst, NodeId src) {
  Op dop = pkg.OpOf(dst);
  if (dop != Op::ODEREF && dop != Op::ODOTPTR) return false;
  NodeId dst_x = pkg.N(dst).x;
  if (pkg.OpOf(dst_x) != Op::ONAME) return false;
  switch (pkg.OpOf(src)) {
    case Op::OSLICE:
    case Op::OSLICE3:
    case Op::OSLICESTR:
      break;
    case Op::OSLICEARR:
    case Op::OSLICE3ARR:
      // Slicing an array value (implicit &) stores a pointer to b into b.
      if (pkg.OpOf(pkg.N(src).x) == Op::OADDR) return false;
      break;
    default:
      return false;
  }
  NodeId base = pkg.N(src).x;
  Op bop = pkg.OpOf(base);
  if (bop != Op::ODEREF && bop != Op::ODOTPTR) return false;
  NodeId base_x = pkg.N(base).x;
  if (pkg.OpOf(base_x) != Op::ONAME) return false;
  return dst_x == base_x;
}

}  // namespace

bool IsSelfAssign(const gcir::Package& pkg, const gcir::TypeOracle& types, NodeId dst, NodeId src) {
  if (IsSliceSelfAssign(pkg, dst, src)) return true;
  if (!dst.Valid() || !src.Valid() || pkg.OpOf(dst) != pkg.OpOf(src)) return false;
  switch (pkg.OpOf(dst)) {
    case Op::ODOT:
    case Op::ODOTPTR:
      return SameSafeExpr(pkg, types, pkg.N(dst).x, pkg.N(src).x);
    case Op::OINDEX:
      if (MayAffectMemory(pkg, pkg.N(dst).y) || MayAffectMemory(pkg, pkg.N(src).y)) return false;
      return SameSafeExpr(pkg, types, pkg.N(dst).x, pkg.N(src).x);
    default:
      return false;
  }
}

}  // namespace goescape::escape
