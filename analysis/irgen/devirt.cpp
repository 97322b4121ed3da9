// devirt.cpp: gc's devirtualization pass (cmd/compile/internal/devirtualize),
// which runs even with -l, before escape analysis, and prints
// "devirtualizing i.M to T" at -m.
//
// Algorithm: for every interface method call x.M(args) (pre-order over each
// function body, functions in declaration order, closures before the
// function that contains them, as in gc's Target.Decls), follow x's static
// value (gcir::StaticValue); if it is a conversion of a concrete type T to
// an interface, the call becomes a call of T's method on x.(T): a static
// method call T.M(x.(T), args) when M is a method of T or of a field T
// embeds, or, when M is promoted from an embedded interface field, an
// interface call on that field ("partially devirtualizing").
// Limits: method lookup is by name at the shallowest embedding depth, which
// is all a type-checked program needs.
#include <functional>

#include "analysis/gcir/fmt.h"
#include "analysis/irgen/irgen_internal.h"

namespace goescape::irgen {

namespace {

/// MethodPath is where method `name` of a concrete type lives.
struct MethodPath {
  std::vector<check::PathStep> path;  // embedded fields to the receiver
  ObjectId method;                    // the concrete method (if !via_iface)
  bool via_iface = false;             // promoted from an embedded interface
  bool found = false;
};

MethodPath LookupMethod(Builder& b, TypeId t, llvm::StringRef name) {
  struct Cand {
    TypeId t;
    std::vector<check::PathStep> path;
  };
  const types::TypeStore& ts = b.ts_;
  std::vector<Cand> level{Cand{t, {}}};
  std::vector<TypeId> seen;
  while (!level.empty()) {
    std::vector<Cand> next;
    for (const Cand& c : level) {
      TypeId x = c.t;
      if (ts.Kind(x) == types::TypeKind::kPointer) x = ts.Get<types::PointerType>(x).elem;
      if (ts.Kind(x) == types::TypeKind::kNamed) {
        if (std::find(seen.begin(), seen.end(), x) != seen.end()) continue;
        seen.push_back(x);
        for (ObjectId m : ts.Named(x).methods) {
          if (b.Obj(m).name == name) {
            MethodPath r;
            r.path = c.path;
            r.method = m;
            r.found = true;
            return r;
          }
        }
      }
      TypeId u = ts.Underlying(x);
      if (ts.Kind(u) == types::TypeKind::kInterface) {
        for (const types::MethodInfo& m : ts.InterfaceMethods(u)) {
          if (m.name == name) {
            MethodPath r;
            r.path = c.path;
            r.method = m.obj;
            r.via_iface = true;
            r.found = true;
            return r;
          }
        }
      }
      if (ts.Kind(u) == types::TypeKind::kStruct) {
        auto fields = ts.Fields(u);
        for (size_t i = 0; i < fields.size(); ++i) {
          if (!fields[i].embedded) continue;
          Cand n{fields[i].type, c.path};
          n.path.push_back(check::PathStep{static_cast<uint32_t>(i), false, u});
          next.push_back(std::move(n));
        }
      }
    }
    level = std::move(next);
  }
  return MethodPath{};
}

void DevirtCall(Builder& b, NodeId call, int m_level, DiagSink& sink) {
  gcir::Package& pkg = b.out_;
  NodeId sel = pkg.N(call).x;
  NodeId recv = pkg.N(sel).x;
  NodeId r = gcir::StaticValue(pkg, b.types_, recv);
  if (pkg.OpOf(r) != Op::OCONVIFACE) return;
  TypeId typ = b.TypeOf(pkg.N(r).x);
  if (b.UKind(typ) == types::TypeKind::kInterface) return;
  llvm::StringRef name = pkg.SymText(pkg.N(sel).aux);
  MethodPath mp = LookupMethod(b, typ, name);
  if (!mp.found) return;
  Pos pos = pkg.N(sel).pos;
  std::string what = gcir::NodeString(pkg, b.types_, sel);
  NodeId x = b.Unary(Op::ODOTTYPE, pos, typ, recv);
  for (const check::PathStep& step : mp.path) {
    x = b.DotField(pos, x, step);
    b.N(x).flags |= gcir::kFlagImplicit;
  }
  if (mp.via_iface) {
    if (m_level > 0) {
      sink.Report(
          MakeDiag(DiagKind::Devirt, pkg.N(call).pos,
                   "partially devirtualizing " + what + " to " + b.types_.String(Builder::R(typ))));
    }
    NodeId dot = b.Unary(Op::ODOTINTER, pos, b.TypeOf(sel), x);
    b.N(dot).aux = pkg.N(sel).aux;
    b.N(call).x = dot;
    return;
  }
  if (m_level > 0) {
    sink.Report(MakeDiag(DiagKind::Devirt, pkg.N(call).pos,
                         "devirtualizing " + what + " to " + b.types_.String(Builder::R(typ))));
  }
  const check::Object& m = b.Obj(mp.method);
  TypeId xt = b.TypeOf(x);
  bool have_ptr = b.UKind(xt) == types::TypeKind::kPointer;
  if (have_ptr != m.ptr_recv) {
    if (have_ptr) {
      x = b.Unary(Op::ODEREF, pos, b.ElemOf(xt), x, gcir::kFlagImplicit);
    } else {
      x = b.Unary(Op::OADDR, pos, b.PtrTo(xt), x, gcir::kFlagImplicit);
    }
  }
  TypeId rt = b.TypeOf(x);
  NodeId mexpr = b.Unary(Op::OMETHEXPR, pos, b.MethodType(m.type, rt), b.TypeNode(pos, rt));
  b.N(mexpr).aux = pkg.N(sel).aux;
  b.N(mexpr).aux2 = b.FuncFor(mp.method).Index() + 1;
  llvm::SmallVector<NodeId, 8> args;
  args.push_back(x);
  for (NodeId a : pkg.List(pkg.N(call).list)) args.push_back(a);
  IdRange list = pkg.NewList(args);
  b.N(call).op = Op::OCALLFUNC;
  b.N(call).x = mexpr;
  b.N(call).list = list;
}

}  // namespace

void Devirtualize(Builder& b, int m_level, DiagSink& sink) {
  gcir::Package& pkg = b.out_;
  std::vector<FuncId> order = pkg.decl_order;
  for (FuncId fn : order) {
    if (!pkg.F(fn).has_body) continue;
    std::vector<NodeId> calls;
    std::function<void(NodeId)> visit = [&](NodeId n) {
      if (!n.Valid()) return;
      const gcir::Node& x = pkg.N(n);
      if (x.op == Op::OCALLINTER) calls.push_back(n);
      for (NodeId c : pkg.List(x.init)) visit(c);
      visit(x.x);
      visit(x.y);
      visit(x.z);
      visit(x.w);
      for (NodeId c : pkg.List(x.list)) visit(c);
      for (NodeId c : pkg.List(x.list2)) visit(c);
    };
    for (NodeId s : pkg.List(pkg.F(fn).body)) visit(s);
    for (NodeId call : calls) DevirtCall(b, call, m_level, sink);
  }
}

}  // namespace goescape::irgen
