// explain_writer.h: ChainWriter, the engine behind Explainer (internal to
// explain_locations.cpp and explain_words.cpp).
//
// A chain is read as a list of locations (NodeRef): the explained one,
// then each step's destination. explain_locations.cpp infers where each
// location lives (its declaration or allocation, its function), names it
// in words, tells allocation kinds apart, and classifies the last one (the
// root); explain_words.cpp turns each step's notes into a sentence, follows
// roots that are themselves on the heap, and phrases the root cause.
//
// Invariants: a ChainWriter only reads its Explainer's inputs; every
// method is deterministic. Limits: see explain_words.h.
#ifndef GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_WRITER_H_
#define GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_WRITER_H_

#include <set>
#include <string>
#include <vector>

#include "llvm/ADT/ArrayRef.h"
#include "tools/goescape/explain_words.h"

namespace goescape::explain {

/// AllocKind is what kind of expression an allocation label stands for.
enum class AllocKind : uint8_t {
  kClosure,
  kGoDeferWrapper,
  kVariadic,
  kPtrLit,
  kNew,
  kMakeSlice,
  kMakeMap,
  kMakeOther,
  kSliceLit,
  kMapLit,
  kConcat,
  kConversion,
  kIfaceConv,
  kExplicitIface,
  kMethodValue,
  kUnknown,
};

/// RootKind classifies the last location of a chain.
enum class RootKind : uint8_t { kHeap, kResult, kOuter, kLoop, kEscaped, kCycle, kOther };

/// NodeRef is one location along a chain, with what could be inferred
/// about where it lives.
struct NodeRef {
  std::string loc;  // as gc prints it: "x", "{heap}", "{temp}", "{storage for E}", "~r0"
  Pos pos;          // declaration / allocation position, if known
  int func = -1;    // owning function, if known
  const VarInfo* var = nullptr;
  bool conversion = false;  // the interface conversion of an expression printed alike
};

/// RootInfo is the classified last location of a chain.
struct RootInfo {
  RootKind kind = RootKind::kOther;
  NodeRef node;
  const HeapEntry* entry = nullptr;  // kEscaped
  int result_func = -1;              // kResult
  Pos via;                           // position of the last step's outermost note
  bool via_return = false;           // the last step is a return statement
};

/// StepResult is one rendered step plus what it says about the heap.
struct StepResult {
  Line line;
  std::string heap_cause;  // set when the step explains reaching the heap
};

/// NoteShift is the dereference change a note's operation implies (the
/// hole operation gc pairs with that reason): -1 for address-taking, +1 for
/// dereferences, 0 otherwise.
int NoteShift(llvm::StringRef why);

/// ChainWriter renders chains for an Explainer.
class ChainWriter {
 public:
  explicit ChainWriter(const Explainer& x) : x_(x), model_(x.model_), sources_(x.sources_) {}

  // ------------------------------------- locations (explain_locations.cpp)

  /// ClassifyAlloc tells what an allocation label at pos stands for; e, if
  /// known, is its heap entry (its chains disambiguate a string
  /// concatenation from the conversion printed alike at the same "+").
  AllocKind ClassifyAlloc(llvm::StringRef label, Pos pos, const HeapEntry* e) const;

  /// FirstStepIntoOwnConversion: e's first step stores it into a
  /// conversion of the same expression (the operand of that conversion).
  bool FirstStepIntoOwnConversion(const HeapEntry& e) const;

  /// SameLabelSibling: another allocation with e's label is at e's position.
  bool SameLabelSibling(const HeapEntry& e) const;

  /// EntriesLabelled lists the heap entries with a label, in order.
  llvm::ArrayRef<const HeapEntry*> EntriesLabelled(llvm::StringRef label) const;

  /// CharAt is the source byte at pos (0 if unknown).
  char CharAt(Pos pos) const;

  /// FuncName is function f's gc name ("package initialization" for -1).
  std::string FuncName(int f) const;

  /// ClosureName is the gc name of the literal whose "func" is at lit.
  std::string ClosureName(Pos lit) const;

  /// PosText is pos as gc prints it: FILE:LINE:COL.
  std::string PosText(Pos p) const;

  /// LineRef is "line N" ("?" if unknown).
  std::string LineRef(Pos p) const;

  /// At is " (line N)", or "" for an unknown position.
  std::string At(Pos p) const;

  /// AllocWhat describes an allocation for the "what" line.
  std::string AllocWhat(const HeapEntry& e) const;

  /// LocNoun names a location of a flow line in words.
  std::string LocNoun(const NodeRef& n) const;

  /// StartNode is the location an entry stands for.
  NodeRef StartNode(const HeapEntry& e) const;

  /// ResolveNodes infers where each location of a chain lives.
  std::vector<NodeRef> ResolveNodes(const Chain& c, const NodeRef& start,
                                    const HeapEntry* self = nullptr) const;

  /// SameNode reports whether two chain locations are the same one.
  /// Allocations need equal known positions (many share a label, like
  /// "func literal"); variables are the same when their names match and
  /// their declarations, if resolved, do too.
  static bool SameNode(const NodeRef& a, const NodeRef& b);

  /// FindEntry finds the heap entry a chain node stands for.
  const HeapEntry* FindEntry(const NodeRef& n, int related_func,
                             const HeapEntry* self = nullptr) const;

  /// ClassifyRoot classifies the last location of a chain (nodes from
  /// ResolveNodes); self is the entry being explained, never its own root.
  RootInfo ClassifyRoot(const Chain& c, const std::vector<NodeRef>& nodes,
                        const HeapEntry* self) const;

  /// RootCause phrases the cause for a classified root. Every phrase starts
  /// with a participle ("stored in", "returned from", "passed to"), so that
  /// linked causes read "captured by X, which is returned from f".
  std::string RootCause(const RootInfo& r, const std::string& heap_cause,
                        const std::vector<NodeRef>& nodes) const;

  /// ShortLoc is a location's expression: E of "{storage for E}", else
  /// the name itself.
  static std::string ShortLoc(const std::string& loc);

  // --------------------------------------------------- words (explain_words.cpp)

  /// Excerpts picks the positions to show for a step: one per distinct
  /// source line among its notes, the innermost note of each line.
  static std::vector<Pos> Excerpts(const Step& s, Pos fallback);

  /// CallClause explains a "call parameter" note.
  std::string CallClause(const Step& s, const Note& n, const std::string& subject,
                         const NodeRef& dst, int other_shift, std::string& heap_cause,
                         bool& named_dst) const;

  /// HeapStore explains an assignment whose destination is the heap, from
  /// the assignment's left side.
  std::string HeapStore(llvm::StringRef stmt, Pos pos, std::string& heap_cause) const;

  /// WriteStep renders one step.
  StepResult WriteStep(const Step& s, const NodeRef& src, const NodeRef& dst, bool first,
                       const HeapEntry* entry) const;

  /// GoDeferCallingVar finds a go/defer statement (in a loop, for defer)
  /// whose callee is the variable n.
  const GoDeferInfo* GoDeferCallingVar(const NodeRef& n) const;

  /// SpillClause explains a "spill" note: the allocation of storage whose
  /// address then flows on.
  std::string SpillClause(const Step& s, const Note& n, const NodeRef& src, const NodeRef& dst,
                          bool first, const HeapEntry* entry, std::string& heap_cause,
                          bool& named_dst) const;

  /// LargeSize describes the size of a too-large location, if computable.
  std::string LargeSize(const HeapEntry* entry, const NodeRef& src) const;

  /// MakeLen is the size argument of "make(T, len[, cap])" that decides
  /// its size: cap if given, else len.
  static std::string MakeLen(llvm::StringRef make);

  /// Write renders chain c of entry (start node given) into out, following
  /// links to locations that are themselves on the heap.
  void Write(const Chain& c, const NodeRef& start, const HeapEntry* entry, int& number,
             std::set<const HeapEntry*>& visited, int links, Explained& out,
             std::vector<std::string>& prefixes) const;

  /// PrefixFor summarizes a chain that ends in a location that is itself on
  /// the heap: "captured by reference by the closure f.func1".
  static std::string PrefixFor(const Chain& c, const std::string& noun);

 private:
  const Explainer& x_;
  const SourceModel& model_;
  const SourceSet& sources_;
};

}  // namespace goescape::explain

#endif  // GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_WRITER_H_
