// verify.cpp: the IR verifier. It checks, and reports as data (never
// asserting), these invariants of a Function:
//   1. Every block ends with exactly one terminator (Jump, If, Return,
//      Panic, Unreachable) and has no terminator before its end.
//   2. Every operand (a, b, c, extra) names an instruction of this function
//      that defines a value.
//   3. Jump and If targets are blocks of this function, and each block's
//      successor list equals its terminator's targets; predecessor lists are
//      the inverse of successor lists.
//   4. A Phi has exactly one operand per predecessor of its block.
//   5. When placements must be decided (after escape analysis), every
//      allocating instruction has a placement.
// Limits (not checked): dominance of definitions over uses, types of
// operands.
#include <algorithm>

#include "analysis/ir/ir_print.h"

namespace goescape::ir {

std::vector<VerifyError> Verify(const Function& fn, bool placements_decided) {
  std::vector<VerifyError> errs;
  auto error = [&](int block, int inst, std::string msg) {
    errs.push_back(VerifyError{fn.Name(), block, inst, std::move(msg)});
  };
  auto valid_value = [&](InstId id) {
    return id.Index() < fn.NumInsts() && (KindFlags(fn.I(id).kind) & kValue);
  };
  for (uint32_t bi = 0; bi < fn.NumBlocks(); ++bi) {
    const Block& b = fn.B(BlockId(bi));
    int block = static_cast<int>(bi);
    if (b.insts.empty() || !(KindFlags(fn.I(b.insts.back()).kind) & kTerm)) {
      error(block, -1, "block does not end with a terminator");
    }
    std::vector<BlockId> targets;
    for (size_t k = 0; k < b.insts.size(); ++k) {
      InstId id = b.insts[k];
      const Inst& in = fn.I(id);
      int inst = static_cast<int>(id.Index());
      uint8_t flags = KindFlags(in.kind);
      if ((flags & kTerm) && k + 1 != b.insts.size())
        error(block, inst, "terminator before block end");
      for (InstId op : {in.a, in.b, in.c}) {
        if (op.Valid() && !valid_value(op)) error(block, inst, "operand does not name a value");
      }
      for (InstId op : fn.List(in.extra)) {
        if (!valid_value(op)) error(block, inst, "list operand does not name a value");
      }
      if (in.kind == InstKind::kJump) targets = {BlockId(in.aux)};
      if (in.kind == InstKind::kIf) targets = {BlockId(in.aux), BlockId(in.aux2)};
      for (BlockId t : targets) {
        if (t.Index() >= fn.NumBlocks()) error(block, inst, "branch to a missing block");
      }
      if (in.kind == InstKind::kPhi && in.extra.size != b.preds.size()) {
        error(block, inst, "phi operand count differs from predecessor count");
      }
      if (placements_decided && (flags & kAlloc) && in.placement == Placement::kUndecided) {
        error(block, inst, "allocation without a placement");
      }
    }
    if (targets != b.succs) error(block, -1, "successors differ from the terminator's targets");
    for (BlockId s : b.succs) {
      if (s.Index() >= fn.NumBlocks()) continue;
      const auto& preds = fn.B(s).preds;
      if (std::count(preds.begin(), preds.end(), BlockId(bi)) !=
          std::count(b.succs.begin(), b.succs.end(), s)) {
        error(block, -1, "predecessor list of a successor is inconsistent");
      }
    }
  }
  return errs;
}

}  // namespace goescape::ir
