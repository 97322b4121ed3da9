// escape_test.cpp: the escape analysis core on small hand-built gc IR
// functions, with a fake type oracle. The expected -m lines are those gc
// 1.19 prints for the equivalent Go (documented in
// /work/shared/docs/gc-escape-spec.md §6 and §13; the golden corpus in
// tests/escape checks the full pipeline against go1.19 itself).
#include "analysis/escape/escape.h"

#include <gtest/gtest.h>

#include <map>

#include "analysis/gcir/gcir.h"

namespace goescape::escape {
namespace {

using gcir::Class;
using gcir::FuncId;
using gcir::NodeId;
using gcir::Op;

/// FakeTypes knows three types: int, *int, and interface{}.
class FakeTypes : public gcir::TypeOracle {
 public:
  static constexpr gcir::TypeRef kInt = 1, kPtrInt = 2, kIface = 3;
  bool HasPointers(gcir::TypeRef t) const override { return t != kInt; }
  bool IsUntyped(gcir::TypeRef) const override { return false; }
  bool IsInterface(gcir::TypeRef t) const override { return t == kIface; }
  bool IsDirectIface(gcir::TypeRef t) const override { return t == kPtrInt; }
  bool IsArray(gcir::TypeRef) const override { return false; }
  bool IsSlice(gcir::TypeRef) const override { return false; }
  bool IsPtr(gcir::TypeRef t) const override { return t == kPtrInt; }
  bool IsUintptr(gcir::TypeRef) const override { return false; }
  bool IsUnsafePtr(gcir::TypeRef) const override { return false; }
  bool IsRecvChan(gcir::TypeRef) const override { return false; }
  bool IsSimple(gcir::TypeRef t) const override { return t == kInt; }
  bool HasSym(gcir::TypeRef) const override { return false; }
  gcir::TypeRef Elem(gcir::TypeRef t) const override { return t == kPtrInt ? kInt : 0; }
  int64_t Size(gcir::TypeRef t) const override { return t == kIface ? 16 : 8; }
  int64_t Alignment(gcir::TypeRef) const override { return 8; }
  std::string String(gcir::TypeRef t) const override {
    return t == kInt ? "int" : t == kPtrInt ? "*int" : "interface {}";
  }
};

/// Ir builds small functions tersely.
struct Ir {
  gcir::Package pkg;
  FuncId fn;
  uint32_t line = 1;

  Pos P(uint32_t col) { return Pos{1, line, col}; }
  FuncId Func(const std::string& name) {
    gcir::Func f;
    f.name = name;
    f.has_body = true;
    fn = pkg.NewFunc(f);
    pkg.decl_order.push_back(fn);
    return fn;
  }
  NodeId Var(const std::string& sym, gcir::TypeRef t, Class cls, uint32_t col) {
    gcir::Name n;
    n.sym = sym;
    n.cls = cls;
    n.curfn = fn;
    NodeId id = pkg.NewName(n, P(col), t);
    pkg.F(fn).dcl.push_back(id);
    return id;
  }
  NodeId Param(const std::string& sym, gcir::TypeRef t, uint32_t col) {
    NodeId v = Var(sym, t, Class::kParam, col);
    pkg.F(fn).params.push_back(gcir::Param{sym, t, P(col), v, false});
    return v;
  }
  NodeId Result(const std::string& sym, gcir::TypeRef t, uint32_t col) {
    NodeId v = Var(sym, t, Class::kParamOut, col);
    pkg.F(fn).results.push_back(gcir::Param{sym, t, P(col), v, false});
    return v;
  }
  NodeId Global(const std::string& sym, gcir::TypeRef t) {
    gcir::Name n;
    n.sym = sym;
    n.cls = Class::kExtern;
    return pkg.NewName(n, Pos{1, 1, 5}, t);
  }
  NodeId Un(Op op, NodeId x, gcir::TypeRef t, uint32_t col) {
    NodeId n = pkg.NewNode(op, P(col), t);
    pkg.N(n).x = x;
    return n;
  }
  NodeId Assign(NodeId lhs, NodeId rhs, uint32_t col, bool def = false) {
    NodeId n = pkg.NewNode(Op::OAS, P(col));
    pkg.N(n).x = lhs;
    pkg.N(n).y = rhs;
    if (def) {
      pkg.N(n).flags |= gcir::kFlagDef;
      if (pkg.OpOf(lhs) == Op::ONAME) pkg.NameOf(lhs).defn = n;
    }
    return n;
  }
  NodeId Return(std::vector<NodeId> results, uint32_t col) {
    NodeId n = pkg.NewNode(Op::ORETURN, P(col));
    pkg.N(n).list = pkg.NewList(results);
    return n;
  }
  void Body(std::vector<NodeId> stmts) { pkg.F(fn).body = pkg.NewList(stmts); }
};

std::string Analyse(Ir& ir, int m) {
  FakeTypes types;
  Options opts;
  opts.m_level = m;
  opts.format_pos = [](Pos p) {
    return "a.go:" + std::to_string(p.line) + ":" + std::to_string(p.col);
  };
  CollectingSink sink;
  Analyze(ir.pkg, types, opts, sink);
  std::string out;
  for (const Diagnostic& d : sink.diags) {
    out += opts.format_pos(d.pos) + ": " + d.message + "\n";
  }
  return out;
}

// func f(p *int) *int { x := 0; return &x }
TEST(Escape, AddressOfLocalReturnedMovesToHeap) {
  Ir ir;
  ir.Func("f");
  NodeId p = ir.Param("p", FakeTypes::kPtrInt, 8);
  NodeId r = ir.Result("~r0", FakeTypes::kPtrInt, 16);
  (void)r;
  ir.line = 2;
  NodeId x = ir.Var("x", FakeTypes::kInt, Class::kAuto, 2);
  gcir::Literal zero;
  zero.text = "0";
  zero.is_small_int = true;
  NodeId lit = ir.pkg.NewLiteral(zero, ir.P(7), FakeTypes::kInt);
  NodeId dcl = ir.Un(Op::ODCL, x, 0, 2);
  NodeId as = ir.Assign(x, lit, 4, true);
  ir.line = 3;
  NodeId ret = ir.Return({ir.Un(Op::OADDR, x, FakeTypes::kPtrInt, 9)}, 2);
  (void)p;
  ir.Body({dcl, as, ret});
  EXPECT_EQ(Analyse(ir, 1), "a.go:1:8: p does not escape\na.go:2:2: moved to heap: x\n");
}

// func g(p *int) { sink = p }  with  var sink interface{}
TEST(Escape, ParamStoredToGlobalInterfaceLeaks) {
  Ir ir;
  NodeId sink = ir.Global("sink", FakeTypes::kIface);
  ir.Func("g");
  NodeId p = ir.Param("p", FakeTypes::kPtrInt, 8);
  ir.line = 2;
  NodeId conv = ir.Un(Op::OCONVIFACE, p, FakeTypes::kIface, 2);
  ir.pkg.N(conv).flags |= gcir::kFlagImplicit;
  ir.Body({ir.Assign(sink, conv, 7)});
  EXPECT_EQ(Analyse(ir, 1), "a.go:1:8: leaking param: p\n");
  // -m=2 explains the flow.
  Ir ir2;
  NodeId sink2 = ir2.Global("sink", FakeTypes::kIface);
  ir2.Func("g");
  NodeId p2 = ir2.Param("p", FakeTypes::kPtrInt, 8);
  ir2.line = 2;
  NodeId conv2 = ir2.Un(Op::OCONVIFACE, p2, FakeTypes::kIface, 2);
  ir2.pkg.N(conv2).flags |= gcir::kFlagImplicit;
  ir2.Body({ir2.Assign(sink2, conv2, 7)});
  EXPECT_EQ(Analyse(ir2, 2),
            "a.go:1:8: parameter p leaks to {heap} with derefs=0:\n"
            "a.go:1:8:   flow: {heap} = p:\n"
            "a.go:1:8:     from p (interface-converted) at a.go:2:2\n"
            "a.go:1:8:     from sink = p (assign) at a.go:2:7\n"
            "a.go:1:8: leaking param: p\n");
}

// func h(p *int) *int { return p }
TEST(Escape, ParamToResult) {
  Ir ir;
  ir.Func("h");
  NodeId p = ir.Param("p", FakeTypes::kPtrInt, 8);
  ir.Result("~r0", FakeTypes::kPtrInt, 16);
  ir.line = 2;
  ir.Body({ir.Return({p}, 2)});
  EXPECT_EQ(Analyse(ir, 1), "a.go:1:8: leaking param: p to result ~r0 level=0\n");
}

// func n() { x := new(int); _ = x }: new(int) does not escape.
TEST(Escape, NewThatStaysOnTheStack) {
  Ir ir;
  ir.Func("n");
  ir.line = 2;
  NodeId x = ir.Var("x", FakeTypes::kPtrInt, Class::kAuto, 2);
  NodeId newn = ir.pkg.NewNode(Op::ONEW, ir.P(10), FakeTypes::kPtrInt);
  ir.pkg.N(newn).x = ir.pkg.NewNode(Op::OTYPE, ir.P(11), FakeTypes::kInt);
  ir.Body({ir.Un(Op::ODCL, x, 0, 2), ir.Assign(x, newn, 4, true)});
  EXPECT_EQ(Analyse(ir, 1), "a.go:2:10: new(int) does not escape\n");
}

}  // namespace
}  // namespace goescape::escape
