// lower.cpp: the IR builder: gc IR (analysis/gcir) to the SSA-like IR.
//
// Algorithm: a syntax-directed walk of each function, as go/ssa's builder
// does over go/ast, but over the gc IR, whose normalizations (explicit
// implicit conversions, method calls as static calls with their receiver,
// packed variadic arguments, go/defer wrappers) are already done.
//   * Variables are memory: an Alloc where the variable is declared (at entry
//     for parameters and results, at its ODCL or defining statement
//     otherwise — so a variable declared in a loop body is fresh on each
//     iteration), Load to read, Store to write. A closure's captured
//     variables arrive as FreeVars: addresses when captured by reference,
//     values (copied into a local Alloc) when captured by value.
//   * Statements become blocks: if/for/range/switch/select/labels/goto/
//     break/continue build explicit control flow; && and || build blocks and
//     a Phi.
//   * Every allocating instruction remembers its origin node and takes its
//     placement from escape analysis's decision for that node.
// Limits: constant folding is not done (constants print from the source);
// values are not lifted to registers (no mem2reg).
#include "analysis/ir/lower.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/ErrorHandling.h"

namespace goescape::ir {
namespace {

using gcir::NodeId;
using gcir::Op;

/// Targets are the break/continue destinations of an enclosing statement.
struct Targets {
  uint32_t label = 0;  // sym of the statement's label, 0 if none
  BlockId brk, cont;
};

/// Lowerer builds one Function.
class Lowerer {
 public:
  Lowerer(const gcir::Package& pkg, const gcir::TypeOracle& types, const escape::Result* esc,
          gcir::FuncId fn)
      : pkg_(pkg), types_(types), esc_(esc), gf_(pkg.F(fn)), f_(fn, pkg.F(fn).name) {}

  Function Run();

 private:
  // ---- emission
  InstId Emit(InstKind kind, NodeId origin, gcir::TypeRef type, InstId a = InstId(),
              InstId b = InstId(), InstId c = InstId());
  void Jump(BlockId to);
  void If(InstId cond, BlockId then, BlockId els);
  void StartBlock(BlockId b) { cur_ = b; }
  BlockId NewBlock(const char* comment) { return f_.NewBlock(comment); }
  Placement PlacementOf(NodeId n) const;
  InstId Const(NodeId lit) { return Emit(InstKind::kConst, lit, pkg_.N(lit).type); }
  InstId IntConst(uint32_t v);

  // ---- variables
  InstId DeclareVar(NodeId name);
  InstId VarAddr(NodeId name);

  // ---- statements
  void Stmts(IdRange l);
  void Stmt(NodeId n);
  void Assign(NodeId lhs, InstId value, NodeId origin);
  void Range(NodeId n);
  void Switch(NodeId n);
  void Select(NodeId n);
  void Branch(NodeId n);
  // ---- expressions
  InstId Expr(NodeId n);
  InstId Addr(NodeId n);
  bool Addressable(NodeId n) const;
  InstId Call(NodeId n);
  InstId CompositeLit(NodeId n, InstId into);
  InstId Logical(NodeId n);
  llvm::SmallVector<InstId, 4> Exprs(IdRange l);

  const gcir::Package& pkg_;
  const gcir::TypeOracle& types_;
  const escape::Result* esc_;
  const gcir::Func& gf_;
  Function f_;
  BlockId cur_;
  uint16_t depth_ = 1;
  llvm::DenseMap<uint32_t, InstId> vars_;  // ONAME index -> address
  std::vector<Targets> targets_;
  llvm::DenseMap<uint32_t, BlockId> labels_;
  uint32_t pending_label_ = 0;
};

InstId Lowerer::Emit(InstKind kind, NodeId origin, gcir::TypeRef type, InstId a, InstId b,
                     InstId c) {
  if (f_.Terminated(cur_)) StartBlock(NewBlock("unreachable"));
  Inst in;
  in.kind = kind;
  in.type = type;
  in.origin = origin;
  in.pos = origin.Valid() ? pkg_.N(origin).pos : Pos{};
  in.loop_depth = depth_;
  in.a = a;
  in.b = b;
  in.c = c;
  if (KindFlags(kind) & kAlloc) in.placement = PlacementOf(origin);
  if (in.placement == Placement::kHeap && esc_ && origin.Index() < esc_->why.size() &&
      !esc_->why[origin.Index()].empty()) {
    in.reason = f_.AddString(esc_->why[origin.Index()]);
  }
  return f_.Add(cur_, in);
}

Placement Lowerer::PlacementOf(NodeId n) const {
  if (!n.Valid()) return Placement::kStack;
  if (pkg_.OpOf(n) == Op::OMAKECHAN) return Placement::kHeap;  // channels always live in the heap
  if (!esc_ || n.Index() >= esc_->esc.size()) return Placement::kUndecided;
  switch (esc_->esc[n.Index()]) {
    case escape::Esc::kHeap:
      return Placement::kHeap;
    case escape::Esc::kNone:
      return Placement::kStack;
    case escape::Esc::kUnknown:
      break;
  }
  // Not a location of escape analysis: pointer-free values never are; they
  // live wherever their user does, which for a standalone allocation is the
  // stack.
  return esc_ ? Placement::kStack : Placement::kUndecided;
}

InstId Lowerer::IntConst(uint32_t v) {
  InstId id = Emit(InstKind::kConst, NodeId(), 0);
  f_.I(id).aux = v;
  return id;
}

void Lowerer::Jump(BlockId to) {
  if (f_.Terminated(cur_)) return;
  InstId j = Emit(InstKind::kJump, NodeId(), 0);
  f_.I(j).aux = to.Index();
  f_.AddEdge(cur_, to);
}

void Lowerer::If(InstId cond, BlockId then, BlockId els) {
  InstId i = Emit(InstKind::kIf, NodeId(), 0, cond);
  f_.I(i).aux = then.Index();
  f_.I(i).aux2 = els.Index();
  f_.AddEdge(cur_, then);
  f_.AddEdge(cur_, els);
}

// ---------------------------------------------------------------- variables

InstId Lowerer::DeclareVar(NodeId name) {
  InstId a = Emit(InstKind::kAlloc, name, pkg_.N(name).type);
  f_.I(a).is_addr = true;
  vars_[name.Index()] = a;
  return a;
}

InstId Lowerer::VarAddr(NodeId name) {
  auto it = vars_.find(name.Index());
  if (it != vars_.end()) return it->second;
  // A variable without a declaration statement (a temporary introduced by
  // the front end): declare it where first used.
  return DeclareVar(name);
}

// --------------------------------------------------------------- functions

Function Lowerer::Run() {
  cur_ = NewBlock("entry");
  uint32_t index = 0;
  for (const gcir::Param& p : gf_.params) {
    InstId v = Emit(InstKind::kParam, p.nname, p.type);
    f_.I(v).aux = index++;
    f_.I(v).pos = p.pos;
    if (p.nname.Valid()) Emit(InstKind::kStore, NodeId(), 0, DeclareVar(p.nname), v);
  }
  for (const gcir::Param& r : gf_.results) {
    if (r.nname.Valid()) DeclareVar(r.nname);
  }
  index = 0;
  for (NodeId cv : gf_.closure_vars) {
    NodeId outer = pkg_.Canonical(cv);
    bool byval = pkg_.NameOf(outer).byval;
    InstId v = Emit(InstKind::kFreeVar, cv, pkg_.N(cv).type);
    f_.I(v).aux = index++;
    if (byval) {
      Emit(InstKind::kStore, NodeId(), 0, DeclareVar(cv), v);
    } else {
      f_.I(v).is_addr = true;
      vars_[cv.Index()] = v;
    }
  }
  Stmts(gf_.body);
  if (!f_.Terminated(cur_)) {
    // Falling off the end: return the (named) results.
    llvm::SmallVector<InstId, 4> results;
    for (const gcir::Param& r : gf_.results) {
      if (r.nname.Valid())
        results.push_back(Emit(InstKind::kLoad, NodeId(), r.type, VarAddr(r.nname)));
    }
    InstId ret = Emit(InstKind::kReturn, NodeId(), 0);
    f_.I(ret).extra = f_.NewList(results);
  }
  return std::move(f_);
}

// -------------------------------------------------------------- statements

void Lowerer::Stmts(IdRange l) {
  for (NodeId n : pkg_.List(l)) Stmt(n);
}

void Lowerer::Assign(NodeId lhs, InstId value, NodeId origin) {
  if (!lhs.Valid()) return;
  if (pkg_.OpOf(lhs) == Op::ONAME && pkg_.NameOf(lhs).sym == "_") return;
  if (pkg_.OpOf(lhs) == Op::OINDEXMAP) {
    const gcir::Node& x = pkg_.N(lhs);
    InstId m = Expr(x.x);
    InstId k = Expr(x.y);
    Emit(InstKind::kMapUpdate, origin, 0, m, k, value);
    return;
  }
  Emit(InstKind::kStore, origin, 0, Addr(lhs), value);
}

void Lowerer::Stmt(NodeId n) {
  if (!n.Valid()) return;
  const gcir::Node& x = pkg_.N(n);
  Stmts(x.init);
  switch (x.op) {
    case Op::OBLOCK:
      Stmts(x.list);
      return;
    case Op::ODCL:
      DeclareVar(x.x);
      return;
    case Op::ODCLCONST:
    case Op::ODCLTYPE:
      return;
    case Op::OAS: {
      if (!x.y.Valid()) {
        // x = <nil>: the zero value; Alloc storage is zeroed when declared.
        if (pkg_.OpOf(x.x) == Op::ONAME && vars_.count(x.x.Index())) return;
        return;
      }
      InstId v = Expr(x.y);
      Assign(x.x, v, n);
      return;
    }
    case Op::OASOP: {
      InstId addr = Addr(x.x);
      InstId old = Emit(InstKind::kLoad, NodeId(), pkg_.N(x.x).type, addr);
      InstId rhs = x.y.Valid() ? Expr(x.y) : IntConst(1);
      InstId v = Emit(InstKind::kBinOp, n, pkg_.N(x.x).type, old, rhs);
      f_.I(v).aux = x.aux;
      Emit(InstKind::kStore, n, 0, addr, v);
      return;
    }
    case Op::OAS2: {
      auto rhs = Exprs(x.list2);  // all right-hand sides first
      auto lhs = pkg_.List(x.list);
      for (size_t i = 0; i < lhs.size(); ++i) Assign(lhs[i], rhs[i], n);
      return;
    }
    case Op::OAS2FUNC:
    case Op::OAS2DOTTYPE:
    case Op::OAS2MAPR:
    case Op::OAS2RECV:
    case Op::OSELRECV2: {
      NodeId r = pkg_.List(x.list2)[0];
      InstId tuple;
      if (x.op == Op::OAS2FUNC) {
        tuple = Expr(r);
      } else {
        tuple = Expr(r);
        f_.I(tuple).aux = f_.I(tuple).kind == InstKind::kUnOp ? f_.I(tuple).aux : 1;
        if (f_.I(tuple).kind == InstKind::kUnOp) f_.I(tuple).aux2 = 1;
      }
      auto lhs = pkg_.List(x.list);
      for (size_t i = 0; i < lhs.size(); ++i) {
        InstId e = Emit(InstKind::kExtract, n, lhs[i].Valid() ? pkg_.N(lhs[i]).type : 0, tuple);
        f_.I(e).aux = static_cast<uint32_t>(i);
        Assign(lhs[i], e, n);
      }
      return;
    }
    case Op::ORETURN: {
      auto vals = Exprs(x.list);
      if (vals.empty()) {
        for (const gcir::Param& r : gf_.results) {
          if (r.nname.Valid()) vals.push_back(Emit(InstKind::kLoad, n, r.type, VarAddr(r.nname)));
        }
      }
      InstId ret = Emit(InstKind::kReturn, n, 0);
      f_.I(ret).extra = f_.NewList(vals);
      return;
    }
    case Op::OIF: {
      InstId cond = Expr(x.x);
      BlockId then = NewBlock("if.then"), els = NewBlock("if.else"), done = NewBlock("if.done");
      If(cond, then, els);
      StartBlock(then);
      Stmts(x.list);
      Jump(done);
      StartBlock(els);
      Stmts(x.list2);
      Jump(done);
      StartBlock(done);
      return;
    }
    case Op::OFOR: {
      uint32_t label = pending_label_;
      pending_label_ = 0;
      BlockId cond = NewBlock("for.cond"), body = NewBlock("for.body"), post = NewBlock("for.post"),
              done = NewBlock("for.done");
      Jump(cond);
      ++depth_;
      StartBlock(cond);
      if (x.x.Valid()) {
        If(Expr(x.x), body, done);
      } else {
        Jump(body);
      }
      targets_.push_back(Targets{label, done, post});
      StartBlock(body);
      Stmts(x.list);
      Jump(post);
      targets_.pop_back();
      StartBlock(post);
      Stmt(x.y);
      Jump(cond);
      --depth_;
      StartBlock(done);
      return;
    }
    case Op::ORANGE:
      Range(n);
      return;
    case Op::OSWITCH:
      Switch(n);
      return;
    case Op::OSELECT:
      Select(n);
      return;
    case Op::OLABEL: {
      // A forward goto may have created the label's block already.
      auto it = labels_.find(x.aux);
      BlockId b = it != labels_.end() ? it->second : NewBlock("label");
      Jump(b);
      labels_[x.aux] = b;
      StartBlock(b);
      pending_label_ = x.aux;
      return;
    }
    case Op::OGOTO:
    case Op::OBREAK:
    case Op::OCONTINUE:
      Branch(n);
      return;
    case Op::OFALL:
      return;  // handled by Switch
    case Op::OSEND:
      Emit(InstKind::kSend, n, 0, Expr(x.x), Expr(x.y));
      return;
    case Op::OGO:
    case Op::ODEFER: {
      NodeId call = x.x;
      const gcir::Node& c = pkg_.N(call);
      InstId fnv = Expr(c.x);
      InstId g = Emit(x.op == Op::OGO ? InstKind::kGo : InstKind::kDefer, n, 0, fnv);
      f_.I(g).extra = f_.NewList(Exprs(c.list));
      return;
    }
    case Op::OPANIC:
      Emit(InstKind::kPanic, n, 0, Expr(x.x));
      return;
    case Op::ODELETE: {
      auto args = Exprs(x.list);
      Emit(InstKind::kMapDelete, n, 0, args[0], args.size() > 1 ? args[1] : InstId());
      return;
    }
    default:
      Expr(n);  // expression statements: calls, receives
      return;
  }
}

void Lowerer::Branch(NodeId n) {
  const gcir::Node& x = pkg_.N(n);
  BlockId to;
  if (x.op == Op::OGOTO) {
    auto it = labels_.find(x.aux);
    if (it == labels_.end()) {
      // A forward goto: the label's block is created now, entered later.
      BlockId b = NewBlock("label");
      labels_[x.aux] = b;
      to = b;
    } else {
      to = it->second;
    }
  } else {
    for (size_t i = targets_.size(); i-- > 0;) {
      const Targets& t = targets_[i];
      if (x.aux != 0 && t.label != x.aux) continue;
      BlockId b = x.op == Op::OBREAK ? t.brk : t.cont;
      if (!b.Valid()) continue;  // continue in a switch: keep looking
      to = b;
      break;
    }
  }
  if (to.Valid()) Jump(to);
  StartBlock(NewBlock("unreachable"));
}

void Lowerer::Range(NodeId n) {
  const gcir::Node& x = pkg_.N(n);
  uint32_t label = pending_label_;
  pending_label_ = 0;
  gcir::TypeRef t = pkg_.N(x.x).type;
  // The range expression is evaluated once, outside the loop.
  InstId coll = Expr(x.x);  // (x := range declares its variables in the init, once)
  BlockId head = NewBlock("range.head"), body = NewBlock("range.body"),
          done = NewBlock("range.done");
  bool indexed = types_.IsSlice(t) || types_.IsArray(t) || types_.IsPtr(t);
  InstId iter, counter;
  if (indexed) {
    counter = Emit(InstKind::kAlloc, NodeId(), 0);
    Emit(InstKind::kStore, n, 0, counter, IntConst(0));
  } else {
    iter = Emit(InstKind::kRange, n, t, coll);
  }
  Jump(head);
  ++depth_;
  StartBlock(head);
  InstId key, value;
  if (indexed) {
    InstId i = Emit(InstKind::kLoad, n, 0, counter);
    InstId len = Emit(InstKind::kCall, n, 0);
    f_.I(len).aux = 3;
    f_.I(len).aux2 = static_cast<uint32_t>(Op::OLEN);
    f_.I(len).extra = f_.NewList({coll});
    InstId lt = Emit(InstKind::kBinOp, n, 0, i, len);
    f_.I(lt).aux = static_cast<uint32_t>(Op::OLT);
    If(lt, body, done);
    StartBlock(body);
    key = i;
    if (x.z.Valid()) {
      InstId addr = Emit(InstKind::kIndexAddr, n, types_.Elem(t), coll, i);
      f_.I(addr).is_addr = true;
      value = Emit(InstKind::kLoad, n, types_.Elem(t), addr);
    }
  } else {
    InstId next = Emit(InstKind::kNext, n, 0, iter);
    InstId ok = Emit(InstKind::kExtract, n, 0, next);
    f_.I(ok).aux = 0;
    If(ok, body, done);
    StartBlock(body);
    key = Emit(InstKind::kExtract, n, x.y.Valid() ? pkg_.N(x.y).type : 0, next);
    f_.I(key).aux = 1;
    value = Emit(InstKind::kExtract, n, x.z.Valid() ? pkg_.N(x.z).type : 0, next);
    f_.I(value).aux = 2;
  }
  if (x.y.Valid()) Assign(x.y, key, n);
  if (x.z.Valid()) Assign(x.z, value, n);
  BlockId cont = indexed ? NewBlock("range.next") : head;
  targets_.push_back(Targets{label, done, cont});
  Stmts(x.list);
  targets_.pop_back();
  if (indexed) {
    Jump(cont);
    StartBlock(cont);
    InstId i = Emit(InstKind::kLoad, n, 0, counter);
    InstId inc = Emit(InstKind::kBinOp, n, 0, i, IntConst(1));
    f_.I(inc).aux = static_cast<uint32_t>(Op::OADD);
    Emit(InstKind::kStore, n, 0, counter, inc);
  }
  Jump(head);
  --depth_;
  StartBlock(done);
}

void Lowerer::Switch(NodeId n) {
  const gcir::Node& x = pkg_.N(n);
  uint32_t label = pending_label_;
  pending_label_ = 0;
  bool type_switch = pkg_.OpOf(x.x) == Op::OTYPESW;
  InstId tag;
  if (type_switch) {
    tag = Expr(pkg_.N(x.x).x);
  } else if (x.x.Valid()) {
    tag = Expr(x.x);
  }
  BlockId done = NewBlock("switch.done");
  auto cases = pkg_.List(x.list);
  std::vector<BlockId> bodies;
  for (size_t i = 0; i < cases.size(); ++i) bodies.push_back(NewBlock("switch.body"));
  BlockId dflt = done;
  for (size_t i = 0; i < cases.size(); ++i) {
    const gcir::Node& cas = pkg_.N(cases[i]);
    if (cas.list.Empty()) {
      dflt = bodies[i];
      continue;
    }
    for (NodeId v : pkg_.List(cas.list)) {
      InstId test;
      if (type_switch) {
        test = Emit(InstKind::kTypeAssert, v, pkg_.N(v).type, tag);
        f_.I(test).aux = 1;
      } else if (tag.Valid()) {
        test = Emit(InstKind::kBinOp, v, 0, tag, Expr(v));
        f_.I(test).aux = static_cast<uint32_t>(Op::OEQ);
      } else {
        test = Expr(v);
      }
      BlockId next = NewBlock("switch.next");
      If(test, bodies[i], next);
      StartBlock(next);
    }
  }
  Jump(dflt);
  targets_.push_back(Targets{label, done, BlockId()});
  for (size_t i = 0; i < cases.size(); ++i) {
    const gcir::Node& cas = pkg_.N(cases[i]);
    StartBlock(bodies[i]);
    if (type_switch && cas.x.Valid()) {
      // The clause's variable holds the asserted value.
      InstId a = Emit(InstKind::kTypeAssert, cases[i], pkg_.N(cas.x).type, tag);
      Emit(InstKind::kStore, cases[i], 0, DeclareVar(cas.x), a);
    }
    Stmts(cas.list2);
    auto body = pkg_.List(cas.list2);
    bool falls = !body.empty() && pkg_.OpOf(body.back()) == Op::OFALL;
    Jump(falls && i + 1 < cases.size() ? bodies[i + 1] : done);
  }
  targets_.pop_back();
  StartBlock(done);
}

void Lowerer::Select(NodeId n) {
  const gcir::Node& x = pkg_.N(n);
  uint32_t label = pending_label_;
  pending_label_ = 0;
  auto cases = pkg_.List(x.list);
  llvm::SmallVector<InstId, 8> operands;
  bool blocking = true;
  for (NodeId c : cases) {
    NodeId comm = pkg_.N(c).x;
    if (!comm.Valid()) {
      blocking = false;
      continue;
    }
    const gcir::Node& cm = pkg_.N(comm);
    if (cm.op == Op::OSEND) {
      operands.push_back(Expr(cm.x));
      operands.push_back(Expr(cm.y));
    } else {
      // A receive, possibly assigned: find the ORECV's channel.
      NodeId recv = cm.op == Op::ORECV ? comm : cm.op == Op::OAS ? cm.y : pkg_.List(cm.list2)[0];
      operands.push_back(Expr(pkg_.N(recv).x));
    }
  }
  InstId sel = Emit(InstKind::kSelect, n, 0);
  f_.I(sel).extra = f_.NewList(operands);
  f_.I(sel).aux = static_cast<uint32_t>(cases.size());
  f_.I(sel).aux2 = blocking ? 1 : 0;
  InstId index = Emit(InstKind::kExtract, n, 0, sel);
  BlockId done = NewBlock("select.done");
  targets_.push_back(Targets{label, done, BlockId()});
  for (size_t i = 0; i < cases.size(); ++i) {
    BlockId body = NewBlock("select.body"), next = NewBlock("select.next");
    InstId is = Emit(InstKind::kBinOp, n, 0, index, IntConst(static_cast<uint32_t>(i)));
    f_.I(is).aux = static_cast<uint32_t>(Op::OEQ);
    If(is, body, next);
    StartBlock(body);
    NodeId comm = pkg_.N(cases[i]).x;
    if (comm.Valid() && pkg_.OpOf(comm) != Op::OSEND && pkg_.OpOf(comm) != Op::ORECV) {
      const gcir::Node& cm = pkg_.N(comm);
      InstId received = Emit(InstKind::kExtract, n, 0, sel);
      f_.I(received).aux = 1;
      if (cm.op == Op::OAS) {
        Assign(cm.x, received, comm);
      } else {
        auto lhs = pkg_.List(cm.list);
        Assign(lhs[0], received, comm);
        if (lhs.size() > 1) {
          InstId ok = Emit(InstKind::kExtract, n, 0, sel);
          f_.I(ok).aux = 2;
          Assign(lhs[1], ok, comm);
        }
      }
    }
    Stmts(pkg_.N(cases[i]).list2);
    Jump(done);
    StartBlock(next);
  }
  Emit(InstKind::kUnreachable, NodeId(), 0);
  targets_.pop_back();
  StartBlock(done);
}

}  // namespace

// The expression half of the builder is in lower_expr.cpp; it needs the
// Lowerer class, so it is included here as a second part of this unit.
}  // namespace goescape::ir

#include "analysis/ir/lower_expr.inc"
