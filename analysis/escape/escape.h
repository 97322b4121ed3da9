// escape.h: gc 1.19's escape analysis, reproduced — the public entry point.
//
// The model (gc's cmd/compile/internal/escape, rebuilt here over goescape's
// gc IR, analysis/gcir):
//
// Two invariants must hold for stack allocation: (1) pointers to stack
// objects are never stored in the heap; (2) pointers to a stack object never
// outlive it (its frame returned, or its slot is reused by a later loop
// iteration). Escape analysis decides, per variable and per allocating
// expression, whether those invariants can be proved; otherwise the object
// moves to the heap.
//
// 1. Graph. Every declared variable and every allocating expression (new,
//    make, composite literals, closures, method values, string/slice
//    conversions, string concatenation, interface conversions that box) is a
//    *location*. Every assignment is an *edge* dst <- src weighted by
//    derefs = (#dereferences - #address-of) along it:
//        p = &q  -1      p = q  0      p = *q  1      p = **q  2
//    Edges are built by evaluating each expression into a *hole* (dst,
//    derefs): "the value of this expression is stored into dst with derefs
//    extra dereferences". The analysis is field-, element- and
//    flow-insensitive; only loop depth and closure nesting give it any sense
//    of lifetime. Values of pointer-free types are dropped (flow to a blank
//    location). Notes (where, why) on holes become the "from ... (why) at"
//    lines of -m=2.
// 2. Batches. Functions are analysed in strongly connected components of
//    the static reference graph, callees first (gc's VisitFuncsBottomUp).
//    Calls to already-analysed functions use their parameter *tags* (leak
//    summaries); calls within a component are wired directly; calls to
//    unknown functions (func values, interface methods) leak everything to
//    the heap. Closures belong to the component of their enclosing function
//    and are walked where they appear.
// 3. Solve. From every location (the heap first, then in reverse creation
//    order, re-queuing locations that become escaping or non-transient) a
//    Bellman-Ford walk over incoming edges computes minimal derefs, with
//    negative counts clamped at 0 once past a location ("root = &l; l = x"
//    stores x's value, not its address). A location whose address reaches a
//    root that outlives it escapes; a parameter reaching the heap or a
//    result records a leak. Each location is re-walked at most twice, so the
//    solve is O(locations x edges) in the worst case.
// 4. Output, in gc's exact emission order: self-assignment lines during
//    graph construction; at -m=2 the immediate-escape explanations,
//    "capturing by" lines, forced-heap explanations and solver explanations;
//    then per batch the parameter lines of every function followed by one
//    line per location in creation order ("moved to heap: x",
//    "X escapes to heap", "X does not escape").
//
// Limits: this is gc's algorithm; its imprecisions are reproduced on purpose.
// Inlining (gc without -l) is not modelled yet: callers run with -l
// semantics. Package export data is not read; imported (stub) functions carry
// their tags in Func::param_tags.
#ifndef GOESCAPE_ANALYSIS_ESCAPE_ESCAPE_H_
#define GOESCAPE_ANALYSIS_ESCAPE_ESCAPE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "analysis/gcir/gcir.h"
#include "frontend/diag/diagnostic.h"

namespace goescape::escape {

/// LoggedOpt is one record of gc's optimization log (cmd/compile/internal/
/// logopt), which gc writes with -json=0,DIR: `what` is the diagnostic code
/// ("escape", "escapes", "leak"; "escflow" for explanation steps), `target`
/// the message (may be empty), and `explanation` the steps of the flow that
/// caused it, each an "escflow" record at the position gc gives it.
struct LoggedOpt {
  Pos pos;
  std::string what;
  std::string target;
  std::vector<LoggedOpt> explanation;
};

/// Options controls output.
struct Options {
  /// gc's -m level: 0 silent, 1 decisions, 2 explanations.
  int m_level = 0;
  /// FormatPos renders a position as gc's base.FmtPos does (used inside
  /// -m=2 text: "at FILE:LINE:COL").
  std::function<std::string(Pos)> format_pos;
  /// log_opt, when set, receives gc's optimization-log records (gc's
  /// logopt.Enabled()): explanations are then computed even below -m=2.
  std::function<void(LoggedOpt)> log_opt;
  /// reasons, when set, records for every escaping location why it
  /// escapes (Result::why); like log_opt, it turns on gc's flow notes.
  bool reasons = false;
};

/// Esc is the decision for one location's node.
enum class Esc : uint8_t { kUnknown, kNone, kHeap };

/// Result is the analysis output: the decision for every node that is a
/// location (variables and allocating expressions), indexed by NodeId.
struct Result {
  std::vector<Esc> esc;
  /// why holds, by NodeId, the reasons of gc's flow notes along the path by
  /// which an escaping location was found to escape ("address-of, return",
  /// "too large for stack"); empty unless Options::reasons.
  std::vector<std::string> why;
  // Statistics.
  int num_batches = 0;
  int num_locations = 0;
  int num_heap = 0;
};

/// Analyze runs escape analysis on every function of pkg. It may add nodes
/// (go/defer wrappers and their temporaries, as gc does), sets each escaping
/// variable's class to kAutoHeap, fills Func::param_tags, and reports -m
/// output to out as Remarks in gc's emission order (positions as gc prints
/// them; a message may itself contain formatted positions).
Result Analyze(gcir::Package& pkg, const gcir::TypeOracle& types, const Options& options,
               DiagSink& out);

/// AnalyzeBatch analyses the given functions as one batch, after Analyze
/// (gc's escape.Batch on a compiler-generated wrapper): callees must be
/// tagged already. Decisions are added to result.
void AnalyzeBatch(gcir::Package& pkg, const gcir::TypeOracle& types,
                  llvm::ArrayRef<gcir::FuncId> fns, const Options& options, DiagSink& out,
                  Result& result);

}  // namespace goescape::escape

#endif  // GOESCAPE_ANALYSIS_ESCAPE_ESCAPE_H_
