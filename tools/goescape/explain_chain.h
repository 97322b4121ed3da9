// explain_chain.h: gc's optimization-log records (escape::LoggedOpt)
// turned into data --explain can reason about: one HeapEntry per location
// escape analysis put on the heap, one ParamLeaks per leaking parameter,
// each with every flow chain gc recorded for it, parsed into steps and
// notes.
//
// Algorithm: records are read once, in gc's emission order. A record's
// "escflow" explanation is a sequence of "flow: DST = OPSRC:" lines each
// followed by its "from WHERE (REASON)" notes; every flow line starts a
// Step. Records for the same (position, label) are merged into one entry.
// A location is a variable ("moved to heap") unless gc also logged the
// final what="escape" record (empty target) at its position, which it does
// only for allocations (gc's escape.finish); when a position holds more
// labels than final records, labels that spell the identifier at that
// position are the variables.
//
// Invariants: entries are sorted by (position, label); chains keep gc's
// emission order (Chain::order), which is the deterministic tie-break of
// Shortest. Nothing here iterates a hash container into the result.
//
// Limits: the records say nothing about which function a location belongs
// to, nor where a chain's last location (its root) lives; explain_source
// and explain_words infer those from the source.
#ifndef GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_CHAIN_H_
#define GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_CHAIN_H_

#include <string>
#include <vector>

#include "analysis/escape/escape.h"
#include "frontend/base/pos.h"
#include "frontend/base/source.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace goescape::explain {

/// Note is one "from WHERE (REASON) at POS" line: the expression or
/// statement through which a flow passes, and gc's reason word.
struct Note {
  Pos pos;
  std::string where;  // gc's rendering of the node ("&x", "p = &x", "for loop")
  std::string why;    // gc's REASON ("address-of", "assign", ...)
};

/// Step is one edge of a flow path, "DST = OPS SRC": the value of SRC,
/// dereferenced `derefs` times (-1: its address), flows into DST.
struct Step {
  std::string dst;
  std::string src;
  int derefs = 0;
  std::vector<Note> notes;  // innermost first, as gc prints them

  /// HasReason reports whether some note has reason why.
  bool HasReason(llvm::StringRef why) const;
  /// FindReason returns the first note with reason why, or nullptr.
  const Note* FindReason(llvm::StringRef why) const;
  /// OpsText is gc's operator prefix: "&", "", "*", "**".
  std::string OpsText() const;
};

/// Chain is one explanation gc recorded: steps from the explained location
/// towards the location whose walk found it (the root).
struct Chain {
  std::vector<Step> steps;
  size_t order = 0;  // index of the record in gc's emission order
};

/// EntryKind distinguishes variables moved to the heap from allocations.
enum class EntryKind : uint8_t { kVariable, kAllocation };

/// HeapEntry is one location escape analysis placed on the heap.
struct HeapEntry {
  Pos pos;
  std::string label;  // gc's %v of the node: "x", "&T{}", "make([]int, n)"
  EntryKind kind = EntryKind::kVariable;
  std::vector<Chain> chains;  // every explanation gc logged, in order

  /// LocName is how the location appears inside flow lines: the variable's
  /// name, or "{storage for LABEL}".
  std::string LocName() const;
};

/// Leak is one "parameter P leaks to SINK with derefs=N" record.
struct Leak {
  std::string sink;  // "{heap}", "~r0", a variable, "{storage for ...}"
  int derefs = 0;
  Chain chain;
};

/// ParamLeaks collects the leak records of one parameter.
struct ParamLeaks {
  Pos pos;
  std::string param;
  std::vector<Leak> leaks;  // in emission order
};

/// Records is everything --explain reads from the optimization log.
struct Records {
  std::vector<HeapEntry> heap;     // sorted by (pos, label)
  std::vector<ParamLeaks> params;  // sorted by pos
};

/// CollectRecords parses and groups the records (see the file comment);
/// sources is used to tell variables from allocations at a shared position.
Records CollectRecords(llvm::ArrayRef<escape::LoggedOpt> records, const SourceSet& sources);

/// ParseChain parses one record's explanation lines into steps.
Chain ParseChain(llvm::ArrayRef<escape::LoggedOpt> explanation, size_t order);

/// Shortest returns the index of the chain with the fewest steps (ties:
/// the earliest recorded); chains must not be empty.
size_t Shortest(llvm::ArrayRef<Chain> chains);

/// IsStorage reports whether a location name is "{storage for E}"; if so,
/// expr receives E.
bool IsStorage(llvm::StringRef loc, std::string* expr = nullptr);

}  // namespace goescape::explain

#endif  // GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_CHAIN_H_
