// escape_internal.h: the data structures shared by the escape analysis
// implementation files (graph, construction walk, solver, batch driver).
//
// Locations live in one vector per batch, addressed by LocId (an index):
// index 0 is the heap (escapes from the start), index 1 the blank location
// (a sink that drops every flow); all others are in creation order, which is
// the order gc's batch.allLocs has and the order -m prints them in. Each
// location keeps its incoming edges in creation order (the -m=2 walk order
// depends on it) and its per-walk scratch state (derefs, walkgen, dst), reset
// by generation number rather than by clearing. Notes are a linked list in a
// pool, recorded only when -m >= 2, as gc does.
#ifndef GOESCAPE_ANALYSIS_ESCAPE_ESCAPE_INTERNAL_H_
#define GOESCAPE_ANALYSIS_ESCAPE_ESCAPE_INTERNAL_H_

#include <string>
#include <vector>

#include "analysis/escape/escape.h"
#include "analysis/gcir/fmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"

namespace goescape::escape {

using gcir::FuncId;
using gcir::NodeId;
using gcir::Op;

using LocId = int32_t;
constexpr LocId kNoLoc = -1;
constexpr LocId kHeapLoc = 0;
constexpr LocId kBlankLoc = 1;
using NoteId = int32_t;
constexpr NoteId kNoNote = -1;

/// Note is one "from WHERE (WHY)" step of an edge's explanation.
struct Note {
  NoteId next;
  NodeId where;
  const char* why;
};

/// Edge is an incoming assignment edge: the destination's value includes src
/// dereferenced `derefs` times (-1: src's address).
struct Edge {
  LocId src;
  int derefs;
  NoteId notes;
};

/// Location is an abstract storage cell: a variable or an allocation.
struct Location {
  NodeId n;  // the variable's ONAME or the allocating expression; invalid for temps
  FuncId curfn;
  std::vector<Edge> edges;  // incoming, in creation order
  int loop_depth = 0;
  int result_index = 0;  // 1-based for result parameters
  // walkOne scratch
  int derefs = 0;
  uint32_t walkgen = 0;
  LocId dst = kNoLoc;
  int dst_edge_idx = 0;
  bool queued = false;
  bool escapes = false;
  bool transient = false;
  gcir::Leaks param_esc;
  bool captured = false;
  bool reassigned = false;
  bool addrtaken = false;
};

/// Hole is an evaluation context: the value goes to dst with derefs extra
/// dereferences; addrtaken records whether the last shift took an address.
struct Hole {
  LocId dst = kBlankLoc;
  int derefs = 0;
  NoteId notes = kNoNote;
  bool addrtaken = false;
};

/// Analysis is the state shared by all batches of one Analyze call.
struct Analysis {
  gcir::Package& pkg;
  const gcir::TypeOracle& types;
  const Options& options;
  DiagSink& out;
  Result result;
  /// The location of every variable currently in a batch (by NodeId of its
  /// canonical ONAME), or kNoLoc.
  std::vector<LocId> name_loc;

  std::string Str(NodeId n) const { return gcir::NodeString(pkg, types, n); }
  std::string FmtPos(Pos p) const { return options.format_pos(p); }
  /// Warn prints a -m line (gc's base.WarnfAt).
  void Warn(Pos pos, std::string msg, DiagKind kind = DiagKind::Escape) {
    out.Report(MakeDiag(kind, pos, std::move(msg)));
  }
  LocId& NameLoc(NodeId n) {
    if (name_loc.size() <= n.Index()) name_loc.resize(pkg.NumNodes() + 1, kNoLoc);
    return name_loc[n.Index()];
  }
};

/// ArgRef is where an argument lives, so that it can be replaced (gc passes
/// *ir.Node pointers; goescape's nodes move as the store grows, so the
/// reference is the owning node plus the field or list element).
struct ArgRef {
  NodeId owner;
  enum Where { kX, kY, kList } where = kX;
  IdRange list;
  uint32_t index = 0;

  NodeId Get(const gcir::Package& pkg) const;
  void Set(gcir::Package& pkg, NodeId v) const;
};
inline ArgRef XOf(NodeId n) { return ArgRef{n, ArgRef::kX, {}, 0}; }
inline ArgRef YOf(NodeId n) { return ArgRef{n, ArgRef::kY, {}, 0}; }
inline ArgRef ElemOf(NodeId n, IdRange r, uint32_t i) { return ArgRef{n, ArgRef::kList, r, i}; }

/// ListCopy copies a node list: walks that may add nodes (and lists) to the
/// package must not iterate over the pool itself.
inline llvm::SmallVector<NodeId, 8> ListCopy(const gcir::Package& pkg, IdRange r) {
  auto l = pkg.List(r);
  return llvm::SmallVector<NodeId, 8>(l.begin(), l.end());
}

/// Closure is a closure expression and the hole for its closure record.
struct Closure {
  Hole k;
  NodeId clo;
};

/// Batch is one strongly connected component of functions being analysed.
class Batch {
 public:
  explicit Batch(Analysis& a);

  void Run(llvm::ArrayRef<FuncId> fns);

  // ---- graph (graph.cpp)
  LocId NewLoc(NodeId n, bool transient, FuncId curfn, int loop_depth);
  LocId OldLoc(NodeId name);
  void Flow(Hole k, LocId src);
  Hole HeapHole() const { return Hole{kHeapLoc, 0, kNoNote, false}; }
  Hole DiscardHole() const { return Hole{kBlankLoc, 0, kNoNote, false}; }
  Hole AsHole(LocId l) const { return Hole{l, 0, kNoNote, false}; }
  Hole Shift(Hole k, int delta) const;
  Hole AddNote(Hole k, NodeId where, const char* why);
  Hole Deref(Hole k, NodeId where, const char* why) { return AddNote(Shift(k, 1), where, why); }
  Hole Addr(Hole k, NodeId where, const char* why) { return AddNote(Shift(k, -1), where, why); }
  Hole DotType(Hole k, gcir::TypeRef t, NodeId where, const char* why);
  Location& L(LocId id) { return locs_[id]; }
  bool IsName(LocId l, gcir::Class cls) const;

  // ---- solve (solve.cpp)
  void WalkAll();
  void WalkOne(LocId root, uint32_t walkgen, llvm::SmallVectorImpl<LocId>& todo);
  bool Outlives(LocId l, LocId other);
  std::vector<LoggedOpt> ExplainPath(LocId root, LocId src);
  void ExplainFlow(Pos pos, LocId dst, LocId src, int derefs, NoteId notes,
                   std::vector<LoggedOpt>& explanation);
  /// NoteWhys renders the reasons of a note list in printing order.
  void NoteWhys(NoteId notes, std::string& out) const;
  /// RecordWhy stores why location l escapes (Options::reasons).
  void RecordWhy(LocId l, const std::string& why);
  /// Explaining is gc's `base.Flag.LowerM >= 2 || logopt.Enabled()`.
  bool Explaining() const { return a.options.m_level >= 2 || a.options.log_opt != nullptr; }
  void LogOpt(Pos pos, const char* what, std::string target, std::vector<LoggedOpt> explanation) {
    if (a.options.log_opt)
      a.options.log_opt(LoggedOpt{pos, what, std::move(target), std::move(explanation)});
  }
  std::string ExplainLoc(LocId l);
  void LeakTo(LocId param, LocId sink, int derefs);

  // ---- batch driver (batch.cpp)
  void InitFunc(FuncId fn);
  void WalkFunc(FuncId fn);
  void FlowClosure(Hole k, NodeId clo);
  void Finish(llvm::ArrayRef<FuncId> fns);
  const char* HeapAllocReason(NodeId n);
  bool InMutualBatch(FuncId fn) const;

  Analysis& a;
  gcir::Package& pkg;
  const gcir::TypeOracle& types;
  std::vector<Location> locs_;
  std::vector<LocId> all_locs_;  // every location but heap and blank, in creation order
  std::vector<Note> notes_;
  std::vector<Closure> closures_;
  bool record_notes_;
};

/// LabelState marks labels that are the target of a backward goto.
enum class LabelState : uint8_t { kLooping = 1, kNonLooping };

/// Escape is the walk of one function's body (build.cpp): it turns each
/// statement and expression into locations and edges, as gc's escape.expr,
/// escape.stmt, escape.call and friends do.
class Escape {
 public:
  Escape(Batch& b, FuncId fn) : b(b), pkg(b.pkg), types(b.types), curfn(fn) {}

  // statements (stmt.go)
  void Stmt(NodeId n);
  void Stmts(IdRange l);
  void Block(IdRange l);
  Hole Dcl(NodeId name);
  // expressions (expr.go)
  void Expr(Hole k, NodeId n);
  void ExprSkipInit(Hole k, NodeId n);
  void UnsafeValue(Hole k, NodeId n);
  void Discard(NodeId n) { Expr(b.DiscardHole(), n); }
  void Discards(IdRange l);
  Hole Spill(Hole k, NodeId n);
  // assignments (assign.go)
  Hole Addr(NodeId n);
  llvm::SmallVector<Hole, 4> Addrs(llvm::ArrayRef<NodeId> l);
  void AssignHeap(NodeId src, const char* why, NodeId where);
  void AssignList(llvm::ArrayRef<NodeId> dsts, llvm::ArrayRef<NodeId> srcs, const char* why,
                  NodeId where);
  void Reassigned(llvm::ArrayRef<Hole> ks, NodeId where);
  // calls (call.go)
  void Call(llvm::ArrayRef<Hole> ks, NodeId call);
  void CallCommon(llvm::ArrayRef<Hole> ks, NodeId call, std::vector<NodeId>* init, FuncId wrapper);
  void GoDeferStmt(NodeId n);
  void RewriteArgument(ArgRef arg, std::vector<NodeId>* init, NodeId call, FuncId fn,
                       FuncId wrapper);
  NodeId WrapExpr(Pos pos, ArgRef expr, std::vector<NodeId>* init, NodeId call, FuncId wrapper);
  NodeId CopyExpr(Pos pos, NodeId expr, std::vector<NodeId>* init, FuncId fn, bool analyze);
  Hole TagHole(llvm::ArrayRef<Hole> ks, FuncId fn, int param_index, const gcir::Param& param);
  Hole TeeHole(llvm::ArrayRef<Hole> ks);
  Hole Later(Hole k);

  Batch& b;
  gcir::Package& pkg;
  const gcir::TypeOracle& types;
  FuncId curfn;
  int loop_depth = 1;
  llvm::DenseMap<uint32_t, LabelState> labels;
};

/// IsSelfAssign reports whether dst = src is one of gc's ignorable
/// self-assignments (escape/utils.go).
bool IsSelfAssign(const gcir::Package& pkg, const gcir::TypeOracle& types, NodeId dst, NodeId src);

/// StaticCallee resolves a call's static callee as gc's ir.StaticValue does,
/// or returns an invalid FuncId.
FuncId StaticCallee(const gcir::Package& pkg, const gcir::TypeOracle& types, NodeId callee);

/// ContainsClosure reports whether c is a closure nested in f (by name, as gc).
bool ContainsClosure(const gcir::Package& pkg, FuncId f, FuncId c);

}  // namespace goescape::escape

#endif  // GOESCAPE_ANALYSIS_ESCAPE_ESCAPE_INTERNAL_H_
