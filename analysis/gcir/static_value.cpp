// static_value.cpp: gc's ir.StaticValue and ir.reassigned (ir/expr.go),
// shared by devirtualization and escape analysis.
//
// StaticValue follows implicit no-op conversions and local variables that
// are defined once (x := v, var x = v, or one position of a, b := u, v) and
// never assigned again nor have their address taken anywhere in their
// function, nested closures included, to the expression that defines them.
#include <functional>

#include "analysis/gcir/gcir.h"

namespace goescape::gcir {

/// Reassigned is gc's ir.reassigned: whether local variable `name` may be
/// assigned anywhere other than its definition, or have its address taken,
/// in its function (including nested closures).
bool Reassigned(const Package& pkg, const TypeOracle& types, NodeId name) {
  const Name& nm = pkg.NameOf(name);
  if (!nm.curfn.Valid()) return true;
  auto is_name = [&](NodeId x) {
    return x.Valid() && pkg.OpOf(x) == Op::ONAME && pkg.Canonical(x) == name;
  };
  std::function<bool(NodeId)> any;
  std::function<bool(IdRange)> any_list = [&](IdRange r) {
    for (NodeId c : pkg.List(r)) {
      if (any(c)) return true;
    }
    return false;
  };
  any = [&](NodeId n) -> bool {
    if (!n.Valid()) return false;
    const Node& x = pkg.N(n);
    switch (x.op) {
      case Op::OAS:
        if (is_name(x.x) && n != nm.defn) return true;
        break;
      case Op::OAS2:
      case Op::OAS2FUNC:
      case Op::OAS2MAPR:
      case Op::OAS2DOTTYPE:
      case Op::OAS2RECV:
      case Op::OSELRECV2:
        for (NodeId p : pkg.List(x.list)) {
          if (is_name(p) && n != nm.defn) return true;
        }
        break;
      case Op::OADDR: {
        // OuterValue: through ODOT, OPAREN, OCONVNOP and array indexing.
        NodeId v = x.x;
        for (;;) {
          Op op = pkg.OpOf(v);
          if (op == Op::ODOT || op == Op::OPAREN || op == Op::OCONVNOP) {
            v = pkg.N(v).x;
          } else if (op == Op::OINDEX && types.IsArray(pkg.N(pkg.N(v).x).type)) {
            v = pkg.N(v).x;
          } else {
            break;
          }
        }
        if (is_name(v)) return true;
        break;
      }
      case Op::OCLOSURE:
        if (any_list(pkg.F(FuncId(x.aux)).body)) return true;
        break;
      default:
        break;
    }
    if (any_list(x.init)) return true;
    if (any(x.x) || any(x.y) || any(x.z) || any(x.w)) return true;
    if (any_list(x.list) || any_list(x.list2)) return true;
    return false;
  };
  return any_list(pkg.F(nm.curfn).body);
}

NodeId StaticValue(const Package& pkg, const TypeOracle& types, NodeId n) {
  for (;;) {
    if (pkg.OpOf(n) == Op::OCONVNOP) {
      n = pkg.N(n).x;
      continue;
    }
    // staticValue1: a local variable defined once by x := v / var x = v.
    if (pkg.OpOf(n) != Op::ONAME) break;
    const Name& nm = pkg.NameOf(n);
    if (nm.cls != Class::kAuto || !nm.defn.Valid()) break;
    const Node& defn = pkg.N(nm.defn);
    NodeId rhs;
    if (defn.op == Op::OAS) {
      rhs = defn.y;
    } else if (defn.op == Op::OAS2) {
      auto lhs = pkg.List(defn.list);
      for (size_t i = 0; i < lhs.size(); ++i) {
        if (lhs[i] == n) rhs = pkg.List(defn.list2)[i];
      }
    } else {
      break;
    }
    if (!rhs.Valid() || Reassigned(pkg, types, n)) break;
    n = rhs;
  }
  return n;
}

}  // namespace goescape::gcir
