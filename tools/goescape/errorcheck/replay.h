// replay.h: compile callbacks that replay compiler output recorded from the
// real go1.19 (tests/lit/errorcheck/gcoutput.go writes it), so that the
// runner can be checked against gc without running gc, and `goescape test
// --replay=DIR` can show what run.go would say about gc's own output.
//
// Record format (one file per compile, any name ending in ".out"):
//     # goescape-replay v1
//     # root DIR            the directory the file names are relative to
//     # file REL            one line per compiled file, in order
//     # arg ARG             one line per compiler argument before the files
//     # exit N              the compiler's exit status
//     # output
//     <stdout+stderr, verbatim>
// Lookup: a compile of absolute paths P1..Pk with arguments A matches a
// record with k files where each REL is a suffix of Pi (at a '/' boundary
// or whole) and whose arguments equal A exactly; among several, the one
// with the longest matched names wins (so a copy of a test elsewhere, e.g.
// in a temporary folder, replays its original's output). In the replayed
// output every DIR/REL becomes Pi. With no match the result is an error
// message (exit status 2) that says which arguments were recorded, so a
// runner passing different flags than run.go fails loudly.
// Invariants: a loaded store is immutable; lookups are thread-safe.
#ifndef GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_REPLAY_H_
#define GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_REPLAY_H_

#include <memory>
#include <string>
#include <vector>

#include "llvm/ADT/StringRef.h"
#include "tools/goescape/errorcheck/runner.h"

namespace goescape::errorcheck {

/// ReplayStore holds recorded compiler outputs.
class ReplayStore {
 public:
  /// Load reads every *.out file below `dir` (recursively). On an I/O or
  /// format error returns false with *error set.
  bool Load(llvm::StringRef dir, std::string* error);

  /// Add parses one record; `origin` names it in error messages.
  bool Add(llvm::StringRef text, llvm::StringRef origin, std::string* error);

  /// Compile replays the record for `paths` compiled with `args`.
  CompileResult Compile(const std::vector<std::string>& paths,
                        const std::vector<std::string>& args) const;

  size_t Size() const { return records_.size(); }

 private:
  /// Record is one recorded compile.
  struct Record {
    std::string origin;
    std::string root;
    std::vector<std::string> files;
    std::vector<std::string> args;
    int exit_status = 0;
    std::string output;
  };
  std::vector<Record> records_;
};

/// MakeReplayCompileFn and MakeReplayCompilePackageFn adapt a store to the
/// runner's callbacks.
CompileFn MakeReplayCompileFn(std::shared_ptr<const ReplayStore> store);
CompilePackageFn MakeReplayCompilePackageFn(std::shared_ptr<const ReplayStore> store);

}  // namespace goescape::errorcheck

#endif  // GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_REPLAY_H_
