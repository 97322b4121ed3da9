// ir_test.cpp: the SSA-like IR's store and verifier (analysis/ir): a
// well-formed function verifies cleanly, and each invariant the verifier
// lists is caught when broken.
#include <gtest/gtest.h>

#include "analysis/ir/ir_print.h"

namespace goescape::ir {
namespace {

Inst Make(InstKind kind, InstId a = InstId(), InstId b = InstId()) {
  Inst in;
  in.kind = kind;
  in.a = a;
  in.b = b;
  return in;
}

/// Diamond builds entry -> (then | else) -> done with a phi in done.
Function Diamond(bool with_phi_operands) {
  Function f(gcir::FuncId(0), "f");
  BlockId entry = f.NewBlock("entry"), then = f.NewBlock("then"), els = f.NewBlock("else"),
          done = f.NewBlock("done");
  InstId c = f.Add(entry, Make(InstKind::kConst));
  Inst br = Make(InstKind::kIf, c);
  br.aux = then.Index();
  br.aux2 = els.Index();
  f.Add(entry, br);
  f.AddEdge(entry, then);
  f.AddEdge(entry, els);
  InstId x = f.Add(then, Make(InstKind::kConst));
  Inst j1 = Make(InstKind::kJump);
  j1.aux = done.Index();
  f.Add(then, j1);
  f.AddEdge(then, done);
  InstId y = f.Add(els, Make(InstKind::kConst));
  Inst j2 = Make(InstKind::kJump);
  j2.aux = done.Index();
  f.Add(els, j2);
  f.AddEdge(els, done);
  Inst phi = Make(InstKind::kPhi);
  if (with_phi_operands) {
    phi.extra = f.NewList({x, y});
  } else {
    phi.extra = f.NewList({x});
  }
  InstId p = f.Add(done, phi);
  Inst ret = Make(InstKind::kReturn);
  ret.extra = f.NewList({p});
  f.Add(done, ret);
  return f;
}

TEST(IrVerify, WellFormedFunctionHasNoErrors) {
  Function f = Diamond(true);
  EXPECT_TRUE(Verify(f, true).empty());
}

TEST(IrVerify, PhiNeedsOneOperandPerPredecessor) {
  Function f = Diamond(false);
  auto errs = Verify(f, true);
  ASSERT_FALSE(errs.empty());
  EXPECT_EQ(errs[0].block, 3);
}

TEST(IrVerify, BlockWithoutTerminator) {
  Function f(gcir::FuncId(0), "g");
  BlockId b = f.NewBlock("entry");
  f.Add(b, Make(InstKind::kConst));
  EXPECT_FALSE(Verify(f, true).empty());
}

TEST(IrVerify, OperandMustDefineAValue) {
  Function f(gcir::FuncId(0), "h");
  BlockId b = f.NewBlock("entry");
  InstId store = f.Add(b, Make(InstKind::kStore));
  f.Add(b, Make(InstKind::kLoad, store));  // a store defines no value
  f.Add(b, Make(InstKind::kReturn));
  EXPECT_FALSE(Verify(f, true).empty());
}

TEST(IrVerify, UndecidedPlacementAfterEscapeAnalysis) {
  Function f(gcir::FuncId(0), "k");
  BlockId b = f.NewBlock("entry");
  f.Add(b, Make(InstKind::kAlloc));  // placement kUndecided
  f.Add(b, Make(InstKind::kReturn));
  EXPECT_TRUE(Verify(f, false).empty());
  EXPECT_FALSE(Verify(f, true).empty());
}

TEST(IrVerify, EdgesMustMatchTerminators) {
  Function f(gcir::FuncId(0), "m");
  BlockId a = f.NewBlock("a"), b = f.NewBlock("b");
  Inst j = Make(InstKind::kJump);
  j.aux = b.Index();
  f.Add(a, j);  // no AddEdge: successor list disagrees with the jump
  f.Add(b, Make(InstKind::kReturn));
  EXPECT_FALSE(Verify(f, true).empty());
}

TEST(IrInst, StaysSmall) { EXPECT_LE(sizeof(Inst), 64u); }

}  // namespace
}  // namespace goescape::ir
