// ir.cpp: the function store of the SSA-like IR and its kind tables.
#include "analysis/ir/ir.h"

namespace goescape::ir {

uint8_t KindFlags(InstKind k) {
  switch (k) {
#define GOESCAPE_IR_INST(Name, printed, flags) \
  case InstKind::k##Name:                      \
    return flags;
#include "analysis/ir/inst_kinds.def"
    case InstKind::kEnd:
      break;
  }
  return 0;
}

llvm::StringRef KindName(InstKind k) {
  switch (k) {
#define GOESCAPE_IR_INST(Name, printed, flags) \
  case InstKind::k##Name:                      \
    return printed;
#include "analysis/ir/inst_kinds.def"
    case InstKind::kEnd:
      break;
  }
  return "?";
}

BlockId Function::NewBlock(std::string comment) {
  Block b;
  b.comment = std::move(comment);
  blocks_.push_back(std::move(b));
  return BlockId(static_cast<uint32_t>(blocks_.size() - 1));
}

InstId Function::Add(BlockId b, Inst inst) {
  insts_.push_back(inst);
  InstId id(static_cast<uint32_t>(insts_.size() - 1));
  blocks_[b.Index()].insts.push_back(id);
  return id;
}

IdRange Function::NewList(llvm::ArrayRef<InstId> ids) {
  IdRange r{static_cast<uint32_t>(lists_.size()), static_cast<uint32_t>(ids.size())};
  lists_.insert(lists_.end(), ids.begin(), ids.end());
  return r;
}

void Function::AddEdge(BlockId from, BlockId to) {
  blocks_[from.Index()].succs.push_back(to);
  blocks_[to.Index()].preds.push_back(from);
}

bool Function::Terminated(BlockId b) const {
  const auto& insts = blocks_[b.Index()].insts;
  return !insts.empty() && (KindFlags(I(insts.back()).kind) & kTerm);
}

}  // namespace goescape::ir
