// driver.h: the goescape pipeline as the CLI runs it: load the files of one
// package, parse, type-check (importing the embedded standard-library
// stubs), and (in later issues) lower and analyse; print what was asked
// for. Output goes to the given streams; the exit code is returned.
#ifndef GOESCAPE_TOOLS_GOESCAPE_DRIVER_H_
#define GOESCAPE_TOOLS_GOESCAPE_DRIVER_H_

#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
}

namespace goescape {

/// Emit selects a textual dump of one phase's output. kStdlibSummaries and
/// kStdlibLayouts are test hooks: the escape summaries of every stub
/// function as the checker loaded them, and the struct layouts goescape
/// computes for the stubs (compared with frontend/stdlib's goldens).
enum class Emit { kNone, kTokens, kAst, kTypes, kObjects, kIr, kStdlibSummaries, kStdlibLayouts };

/// DriverOptions are the parsed command-line flags.
struct DriverOptions {
  std::vector<std::string> files;
  unsigned m_level = 0;         // -m, -m=N
  bool no_inline = false;       // -l
  bool no_opt = false;          // -N
  bool no_columns = false;      // -C
  bool no_error_limit = false;  // -e
  bool caret = false;           // --caret
  Emit emit = Emit::kNone;
  std::string json_dir;  // --json=0,DIR: gc's optimization-log files (empty: off)
  bool explain = false;  // --explain: why each heap allocation escapes
  std::string pkg_path;  // -p: the package's import path (gc: linker names)
  bool notes = true;     // print goescape's own notes on stderr
  /// Ends the process (std::_Exit) as soon as the output is flushed instead
  /// of returning, skipping the teardown of every store and of ANTLR's
  /// caches (about a tenth of a short run), as clang's -disable-free does.
  /// Only the command line sets it: in-process callers (goescape test) need
  /// RunDriver to return.
  bool exit_when_done = false;
};

/// RunDriver runs the pipeline; it returns the process exit code (0 on
/// success, 1 if any error was reported).
int RunDriver(const DriverOptions& options, llvm::raw_ostream& out, llvm::raw_ostream& err);

/// RunOnLargeStack runs fn on a thread whose stack is large enough for the
/// deepest inputs goescape accepts (100,000 nested parentheses), and returns
/// fn's result.
int RunOnLargeStack(int (*fn)(void*), void* arg);

}  // namespace goescape

#endif  // GOESCAPE_TOOLS_GOESCAPE_DRIVER_H_
