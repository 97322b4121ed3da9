// ir.h: goescape's SSA-like IR, in the spirit of golang.org/x/tools/go/ssa.
//
// A Function is a list of basic blocks with explicit control flow; each
// block is a list of instructions ending with exactly one terminator (Jump,
// If, Return, Panic, Unreachable). Instructions live in a per-function store
// and are named by InstId; an instruction that defines a value is referenced
// by its InstId (printed %N). Local variables are memory, as in go/ssa
// before lifting: each is an Alloc (origin = its ONAME), read with Load and
// written with Store; expression temporaries are values. Phis appear where
// values merge (&&, ||, comma-ok forms lowered to control flow).
//
// Placement: every allocating instruction (kAlloc in inst_kinds.def) records
// where its storage lives — stack, heap, or undecided — and why. The values
// come from escape analysis (analysis/escape), through the instruction's
// origin node; the interpreter will honour them.
//
// Every instruction keeps its source position, its loop depth and the gc IR
// node it came from (which in turn knows the AST node), so tools can print
// gc's expression text for it.
#ifndef GOESCAPE_ANALYSIS_IR_IR_H_
#define GOESCAPE_ANALYSIS_IR_IR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/gcir/gcir.h"
#include "frontend/base/id.h"
#include "frontend/base/pos.h"
#include "llvm/ADT/ArrayRef.h"

namespace goescape::ir {

using InstId = Id<struct InstTag>;
using BlockId = Id<struct BlockTag>;

/// InstKind enumerates the instruction kinds (inst_kinds.def).
enum class InstKind : uint8_t {
#define GOESCAPE_IR_INST(Name, printed, flags) k##Name,
#include "analysis/ir/inst_kinds.def"
  kEnd
};

/// InstFlags classify instruction kinds.
enum InstFlags : uint8_t { kTerm = 1, kValue = 2, kAlloc = 4, kEffect = 8 };

uint8_t KindFlags(InstKind k);
llvm::StringRef KindName(InstKind k);

/// Placement is where an allocation's storage lives. kNone marks an
/// allocating instruction that allocates nothing in this case (boxing a
/// pointer-shaped value into an interface, a numeric conversion).
enum class Placement : uint8_t { kUndecided, kStack, kHeap, kNone };

/// Inst is one instruction (see inst_kinds.def for the use of each field).
struct Inst {
  InstKind kind = InstKind::kEnd;
  Placement placement = Placement::kUndecided;
  uint16_t loop_depth = 0;
  bool is_addr = false;  // the value is the address of a `type`
  gcir::TypeRef type = 0;
  Pos pos;
  gcir::NodeId origin;  // the gc IR node this instruction lowers
  InstId a, b, c;
  IdRange extra;
  uint32_t aux = 0;
  uint32_t aux2 = 0;
  uint32_t reason = 0;  // heap placements: Function string index + 1 of why
};
// Instructions are small, trivially copyable records (go's sizeof_test.go).
static_assert(sizeof(Inst) <= 64, "ir::Inst grew");

/// Block is a basic block.
struct Block {
  std::vector<InstId> insts;
  std::vector<BlockId> preds, succs;
  std::string comment;  // "entry", "for.body", ...
};

/// Function is the IR of one gc IR function.
class Function {
 public:
  Function(gcir::FuncId fn, std::string name) : fn_(fn), name_(std::move(name)) {}

  gcir::FuncId GcFunc() const { return fn_; }
  const std::string& Name() const { return name_; }

  BlockId NewBlock(std::string comment);
  InstId Add(BlockId b, Inst inst);
  IdRange NewList(llvm::ArrayRef<InstId> ids);
  void AddEdge(BlockId from, BlockId to);

  const Inst& I(InstId id) const { return insts_[id.Index()]; }
  Inst& I(InstId id) { return insts_[id.Index()]; }
  const Block& B(BlockId id) const { return blocks_[id.Index()]; }
  Block& B(BlockId id) { return blocks_[id.Index()]; }
  size_t NumBlocks() const { return blocks_.size(); }
  size_t NumInsts() const { return insts_.size(); }
  llvm::ArrayRef<InstId> List(IdRange r) const {
    return llvm::ArrayRef<InstId>(lists_).slice(r.begin, r.size);
  }
  /// AddString stores s and returns its index + 1 (for Inst::reason).
  uint32_t AddString(std::string s) {
    strings_.push_back(std::move(s));
    return static_cast<uint32_t>(strings_.size());
  }
  const std::string& String(uint32_t index1) const { return strings_[index1 - 1]; }
  /// Terminated reports whether block b already ends with a terminator.
  bool Terminated(BlockId b) const;

 private:
  gcir::FuncId fn_;
  std::string name_;
  std::vector<Inst> insts_;
  std::vector<Block> blocks_;
  std::vector<InstId> lists_;
  std::vector<std::string> strings_;
};

/// Module is the IR of a package: one Function per gc IR function with a
/// body, in the gc IR's function order.
struct Module {
  std::vector<Function> funcs;
};

}  // namespace goescape::ir

#endif  // GOESCAPE_ANALYSIS_IR_IR_H_
