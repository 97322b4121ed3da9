// deadcode.cpp: gc's deadcode pass (cmd/compile/internal/deadcode), run on
// every function before escape analysis, so that nothing in a branch that
// can never run produces -m output.
//
// Rules (gc 1.19): `if` with a constant condition keeps only the taken
// branch (constant && and || are folded first); if that branch ends in
// return or panic and no label follows, the rest of the list is cut. A
// `switch` on a constant tag (or a tagless switch) whose cases are all
// constants keeps only the matching case (or the default), unless a
// fallthrough is involved. A body made only of constant-false ifs and
// loops becomes empty. Closures removed this way are never analysed,
// because nothing reaches them any more.
#include "analysis/irgen/irgen_internal.h"

namespace goescape::irgen {

namespace {

/// Deadcoder runs the pass over one package.
class Deadcoder {
 public:
  Deadcoder(gcir::Package& pkg, const check::Program& prog) : pkg_(pkg), prog_(prog) {}

  void Func(FuncId fn);

 private:
  bool IsBoolConst(NodeId n) const {
    return pkg_.OpOf(n) == Op::OLITERAL && pkg_.LiteralOf(n).bool_value >= 0;
  }
  bool BoolVal(NodeId n) const { return pkg_.LiteralOf(n).bool_value == 1; }
  const types::ConstValue* Value(NodeId n) const {
    if (pkg_.OpOf(n) != Op::OLITERAL) return nullptr;
    uint32_t v = pkg_.LiteralOf(n).value;
    if (v == gcir::Literal::kNoValue) return nullptr;
    return &prog_.Value(v);
  }
  NodeId Expr(NodeId n);
  IdRange Stmts(IdRange list);
  void Switch(NodeId n);
  bool HasFall(IdRange body) const {
    for (NodeId s : pkg_.List(body)) {
      if (pkg_.OpOf(s) == Op::OFALL) return true;
    }
    return false;
  }

  gcir::Package& pkg_;
  const check::Program& prog_;
};

NodeId Deadcoder::Expr(NodeId n) {
  Op op = pkg_.OpOf(n);
  if (op != Op::OANDAND && op != Op::OOROR) return n;
  NodeId x = Expr(pkg_.N(n).x);
  NodeId y = Expr(pkg_.N(n).y);
  pkg_.N(n).x = x;
  pkg_.N(n).y = y;
  if (IsBoolConst(x)) {
    if (op == Op::OANDAND) return BoolVal(x) ? y : x;
    return BoolVal(x) ? x : y;
  }
  return n;
}

void Deadcoder::Switch(NodeId n) {
  NodeId tag = pkg_.N(n).x;
  if (pkg_.OpOf(tag) == Op::OTYPESW) return;
  types::ConstValue truth = types::ConstValue::MakeBool(true);
  const types::ConstValue* x = &truth;
  if (tag.Valid()) {
    x = Value(tag);
    if (!x) return;
  }
  std::vector<NodeId> cases(pkg_.List(pkg_.N(n).list).begin(), pkg_.List(pkg_.N(n).list).end());
  NodeId def;
  for (NodeId cas : cases) {
    if (pkg_.N(cas).list.Empty()) {
      def = cas;
      continue;
    }
    std::vector<NodeId> vals(pkg_.List(pkg_.N(cas).list).begin(),
                             pkg_.List(pkg_.N(cas).list).end());
    for (NodeId c : vals) {
      const types::ConstValue* cv = Value(c);
      if (!cv) return;  // cannot tell statically
      if (cv->Kind() == x->Kind() && types::ConstValue::Compare(*x, types::ConstOp::kEql, *cv)) {
        if (HasFall(pkg_.N(cas).list2)) return;
        IdRange one = pkg_.NewList({c});
        pkg_.N(cas).list = one;
        IdRange only = pkg_.NewList({cas});
        pkg_.N(n).list = only;
        return;
      }
    }
  }
  if (def.Valid()) {
    if (HasFall(pkg_.N(def).list2)) return;
    IdRange only = pkg_.NewList({def});
    pkg_.N(n).list = only;
    return;
  }
  pkg_.N(n).list = IdRange{};
}

IdRange Deadcoder::Stmts(IdRange list) {
  std::vector<NodeId> nn(pkg_.List(list).begin(), pkg_.List(list).end());
  int last_label = -1;
  for (size_t i = 0; i < nn.size(); ++i) {
    if (pkg_.OpOf(nn[i]) == Op::OLABEL) last_label = static_cast<int>(i);
  }
  size_t keep = nn.size();
  for (size_t i = 0; i < nn.size(); ++i) {
    NodeId n = nn[i];
    if (!n.Valid()) continue;
    bool cut = false;
    if (pkg_.OpOf(n) == Op::OIF) {
      NodeId cond = Expr(pkg_.N(n).x);
      pkg_.N(n).x = cond;
      if (IsBoolConst(cond)) {
        IdRange body;
        if (BoolVal(cond)) {
          pkg_.N(n).list2 = IdRange{};
          body = pkg_.N(n).list;
        } else {
          pkg_.N(n).list = IdRange{};
          body = pkg_.N(n).list2;
        }
        if (!body.Empty()) {
          Op last = pkg_.OpOf(pkg_.List(body).back());
          if ((last == Op::ORETURN || last == Op::OPANIC) && static_cast<int>(i) > last_label)
            cut = true;
        }
      }
    }
    if (pkg_.OpOf(n) == Op::OSWITCH) Switch(n);
    if (!pkg_.N(n).init.Empty()) {
      IdRange r = Stmts(pkg_.N(n).init);
      pkg_.N(n).init = r;
    }
    switch (pkg_.OpOf(n)) {
      case Op::OBLOCK:
      case Op::OFOR:
      case Op::ORANGE: {
        IdRange r = Stmts(pkg_.N(n).list);
        pkg_.N(n).list = r;
        break;
      }
      case Op::OIF: {
        IdRange r = Stmts(pkg_.N(n).list);
        pkg_.N(n).list = r;
        IdRange e = Stmts(pkg_.N(n).list2);
        pkg_.N(n).list2 = e;
        break;
      }
      case Op::OSELECT:
      case Op::OSWITCH: {
        std::vector<NodeId> cases(pkg_.List(pkg_.N(n).list).begin(),
                                  pkg_.List(pkg_.N(n).list).end());
        for (NodeId cas : cases) {
          IdRange r = Stmts(pkg_.N(cas).list2);
          pkg_.N(cas).list2 = r;
        }
        break;
      }
      default:
        break;
    }
    if (cut) {
      keep = i + 1;
      break;
    }
  }
  nn.resize(keep);
  return pkg_.NewList(nn);
}

void Deadcoder::Func(FuncId fn) {
  IdRange body = Stmts(pkg_.F(fn).body);
  pkg_.F(fn).body = body;
  if (body.Empty()) return;
  for (NodeId n : pkg_.List(body)) {
    const gcir::Node& x = pkg_.N(n);
    if (!x.init.Empty()) return;
    switch (x.op) {
      case Op::OIF:
        if (!IsBoolConst(x.x) || !x.list.Empty() || !x.list2.Empty()) return;
        break;
      case Op::OFOR:
        if (!IsBoolConst(x.x) || BoolVal(x.x)) return;
        break;
      default:
        return;
    }
  }
  NodeId empty = pkg_.NewNode(Op::OBLOCK, Pos{});
  IdRange r = pkg_.NewList({empty});
  pkg_.F(fn).body = r;
}

}  // namespace

void Deadcode(gcir::Package& pkg, const check::Program& prog) {
  Deadcoder d(pkg, prog);
  for (uint32_t i = 0; i < pkg.NumFuncs(); ++i) {
    if (pkg.F(FuncId(i)).has_body) d.Func(FuncId(i));
  }
}

}  // namespace goescape::irgen
