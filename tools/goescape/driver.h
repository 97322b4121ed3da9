// driver.h: the goescape pipeline as the CLI runs it: load the files of one
// package, parse, type-check (importing the embedded standard-library
// stubs), lower to gc IR and run escape analysis; print what was asked
// for. Output goes to the given streams; the exit code is returned.
#ifndef GOESCAPE_TOOLS_GOESCAPE_DRIVER_H_
#define GOESCAPE_TOOLS_GOESCAPE_DRIVER_H_

#include <string>
#include <vector>

#include "llvm/ADT/StringRef.h"

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
  std::string lang;      // -lang=goX.Y: the language version (empty: go1.19)
  bool notes = true;     // print goescape's own notes on stderr
  /// Ends the process (std::_Exit) as soon as the output is flushed instead
  /// of returning, skipping the teardown of every store and of ANTLR's
  /// caches (about a tenth of a short run), as clang's -disable-free does.
  /// Only the command line sets it: in-process callers (goescape test) need
  /// RunDriver to return.
  bool exit_when_done = false;
};

/// CheckLangFlag validates a -lang value as gc does; on failure it returns
/// gc's complaint ("invalid value \"go2\" for -lang: should be something
/// like \"go1.12\""), on success an empty string.
inline std::string CheckLangFlag(llvm::StringRef lang) {
  // gc (cmd/compile/internal/types/goversion.go): go<major>.<minor>, no
  // leading zeros, at most the compiler's own version.
  auto number = [](llvm::StringRef d, unsigned* v) {
    return !d.empty() && (d == "0" || d[0] != '0') &&
           d.find_first_not_of("0123456789") == llvm::StringRef::npos && !d.getAsInteger(10, *v);
  };
  unsigned major = 0, minor = 0;
  auto [maj, min] = lang.drop_front(lang.startswith("go") ? 2 : 0).split('.');
  if (!lang.startswith("go") || !number(maj, &major) || major == 0 || !number(min, &minor)) {
    return "invalid value \"" + lang.str() + "\" for -lang: should be something like \"go1.12\"";
  }
  if (major > 1 || minor > 19) {
    return "invalid value \"" + lang.str() + "\" for -lang: max known version is \"go1.19\"";
  }
  return "";
}

/// RunDriver runs the pipeline; it returns the process exit code (0 on
/// success, 1 if any error was reported).
int RunDriver(const DriverOptions& options, llvm::raw_ostream& out, llvm::raw_ostream& err);

/// RunOnLargeStack runs fn on a thread whose stack is large enough for the
/// deepest inputs goescape accepts (100,000 nested parentheses), and returns
/// fn's result.
int RunOnLargeStack(int (*fn)(void*), void* arg);

}  // namespace goescape

#endif  // GOESCAPE_TOOLS_GOESCAPE_DRIVER_H_
