// runner.h: `goescape test`'s engine: find the errorcheck tests under the
// given paths, compile each one through a caller-supplied callback, check
// the output with run.go's rules (errorcheck.h), and report as run.go does.
//
// Algorithm: expand the paths (directories recursively, .go files sorted by
// path), run the tests on an llvm::ThreadPool (each test is independent:
// it reads its files, calls the compile callback, checks the output and
// stores its result in its own slot), then print the results in path
// order, so the report does not depend on scheduling.
// Invariants: the compile callbacks must be callable from several threads
// at once (or serialize themselves); a test never writes to another test's
// files (--update-errors rewrites only the test's own file).
// Limits (see README.md): errorcheckandrundir tests are only checked, not
// linked and run; -t timeouts and -goexperiment settings are parsed but not
// applied (the compile callback has no environment or deadline).
#ifndef GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_RUNNER_H_
#define GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_RUNNER_H_

#include <functional>
#include <string>
#include <vector>

#include "tools/goescape/errorcheck/errorcheck.h"

namespace llvm {
class raw_ostream;
}

namespace goescape::errorcheck {

/// CompileResult is what a compile produced: gc's combined stdout+stderr
/// (diagnostics and -m lines) and the exit status.
struct CompileResult {
  std::string output;
  int exit_status = 0;
};

/// CompileFn compiles one file. `path` is absolute (as run.go passes it);
/// `compiler_flags` are run.go's arguments to `go tool compile` before the
/// file: -p=p -d=panic -C -e -o a.o, then the recipe's flags.
using CompileFn = std::function<CompileResult(const std::string& path,
                                              const std::vector<std::string>& compiler_flags)>;

/// CompilePackageFn compiles one package of an errorcheckdir test: its
/// files (absolute paths, sorted) with compileInDir's arguments (-e -D test
/// -I . -p=... FLAGS -d=panic). Packages of one test are compiled in order;
/// run.go lets later packages import earlier ones.
using CompilePackageFn = std::function<CompileResult(
    const std::vector<std::string>& paths, const std::vector<std::string>& compiler_flags)>;

/// RunnerOptions configure a run.
struct RunnerOptions {
  CompileFn compile;
  CompilePackageFn compile_package;  // unset: errorcheckdir tests are skipped
  unsigned jobs = 0;                 // parallel tests; 0 = one per hardware thread
  bool update_errors = false;        // run.go -update_errors
  bool verbose = false;              // also list passed and skipped tests
  BuildContext build;
};

/// TestStatus is a test's verdict.
enum class TestStatus { kPassed, kFailed, kSkipped };

/// TestResult is one test's verdict; `message` is run.go's error text for a
/// failure, or why the file was skipped.
struct TestResult {
  std::string path;  // as the user named it (directory + file for walks)
  TestStatus status = TestStatus::kSkipped;
  std::string message;
};

/// RunSummary counts the verdicts of a run.
struct RunSummary {
  unsigned passed = 0;
  unsigned failed = 0;
  unsigned skipped = 0;
};

/// FindTests expands command-line paths: a directory contributes every .go
/// file below it (recursively; names starting with '.' and folders ending
/// in ".dir", which hold errorcheckdir packages, are not entered); a .go
/// path is taken as is. Other paths become failed results in *bad. The
/// result is sorted and without duplicates.
std::vector<std::string> FindTests(const std::vector<std::string>& paths,
                                   std::vector<TestResult>* bad);

/// RunTest runs one test file (`path` as the user named it).
TestResult RunTest(const std::string& path, const RunnerOptions& options);

/// RunTests runs the tests under `paths` and prints the report to `out`:
/// for each failed test, in path order,
///     # goescape test -- PATH
///     <run.go's error text>
///     FAIL<TAB>PATH
/// (with `verbose`, also "ok  <TAB>PATH" and "skip<TAB>PATH: reason"), then
/// one line "N passed, N failed" (", N skipped" appended when some were).
RunSummary RunTests(const std::vector<std::string>& paths, const RunnerOptions& options,
                    llvm::raw_ostream& out);

}  // namespace goescape::errorcheck

#endif  // GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_RUNNER_H_
