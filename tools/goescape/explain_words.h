// explain_words.h: turns the chains of explain_chain.h into plain words:
// one sentence per flow step, a description of what was allocated, and a
// one-line root cause.
//
// Algorithm: for the chosen chain (Shortest) each step becomes one
// sentence built from its notes, innermost first, one clause per note
// (a table maps every REASON word gc 1.19 can produce to a clause; gc's
// word stays visible in parentheses), plus a clause for the destination
// when no note names it. The chain's last location (its root) is then
// classified: the heap, a result of some function, a variable of an
// enclosing function (for closures), a variable of an outer loop level, a
// location that is itself on the heap (whose own chain is then appended,
// at most kMaxLinks times, so the path runs to the real cause), or the end
// of a truncated explanation (gc's assignment-cycle case, issue 35518).
//
// Invariants: output depends only on the records and the source (no
// addresses, no hash order); every REASON has a clause, and unknown ones
// are printed verbatim rather than dropped.
//
// Limits: without types, some wording hedges (a call through x.M may be an
// interface method or a function-valued field); sizes are given only when
// explain_source can compute them.
#ifndef GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_WORDS_H_
#define GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_WORDS_H_

#include <map>
#include <string>
#include <vector>

#include "frontend/base/source.h"
#include "tools/goescape/explain_chain.h"
#include "tools/goescape/explain_source.h"

namespace goescape::explain {

/// Line is one line of an explanation: a numbered step with the source
/// positions to show under it, or an unnumbered connecting remark.
struct Line {
  int number = 0;  // 0 for a remark
  std::string text;
  std::vector<Pos> excerpts;  // one per source line to show, caret at each
};

/// Explained is the plain-words explanation of one heap entry, or of one
/// kind of leak of a parameter.
struct Explained {
  std::vector<Line> lines;
  std::string root_cause;
  std::string chosen;  // which of several recorded chains is shown, or ""
};

/// ExplainedLeak is one sink class of a parameter's leaks.
struct ExplainedLeak {
  std::string heading;  // "to the heap (derefs=0: ...)"
  Explained why;
};

/// ExplainedParam is everything said about one leaking parameter.
struct ExplainedParam {
  Pos pos;                            // the parameter's position
  std::vector<std::string> verdicts;  // gc's -m lines: "leaking param: p", ...
  std::string what;                   // "parameter p of f"
  std::vector<ExplainedLeak> leaks;
};

/// Explainer renders explanations; it holds references to its inputs.
class Explainer {
 public:
  /// kMaxLinks bounds how many "itself on the heap" locations one
  /// explanation follows.
  static constexpr int kMaxLinks = 4;

  Explainer(const SourceSet& sources, const SourceModel& model, const Records& records);

  /// Verdict is gc's -m line for a heap entry ("moved to heap: x").
  std::string Verdict(const HeapEntry& e) const;
  /// What describes a heap entry ("local variable x of f", "a new T").
  std::string What(const HeapEntry& e) const;
  /// Explain explains why a heap entry is on the heap.
  Explained Explain(const HeapEntry& e) const;
  /// ExplainParam explains a parameter's leaks; verdicts is empty if gc
  /// prints no leak line for it (e.g. it was moved to the heap itself).
  ExplainedParam ExplainParam(const ParamLeaks& p) const;
  /// ExplainBodyless explains the parameters of a function declared
  /// without a body, which gc assumes leak (no records exist for them).
  std::vector<ExplainedParam> ExplainBodyless(int func) const;
  /// FuncOf is the function a heap entry or parameter belongs to (-1:
  /// package level).
  int FuncOf(Pos pos) const { return model_.FuncAt(pos); }

 private:
  friend class ChainWriter;
  const SourceSet& sources_;
  const SourceModel& model_;
  const Records& records_;
  std::map<std::string, std::vector<const HeapEntry*>> by_label_;  // heap entries by label
};

}  // namespace goescape::explain

#endif  // GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_WORDS_H_
