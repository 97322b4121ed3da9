// runner.cpp: finding, running and reporting errorcheck tests (see
// runner.h). The per-test logic restates run.go's (*test).run for the
// errorcheck, errorcheckwithauto, errorcheckdir and errorcheckandrundir
// actions.
#include "tools/goescape/errorcheck/runner.h"

#include <algorithm>
#include <map>

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"

namespace goescape::errorcheck {
namespace {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

// CleanPath is Go's path.Clean for the paths the runner prints.
std::string CleanPath(llvm::StringRef p) {
  llvm::SmallString<256> s(p);
  path::remove_dots(s, /*remove_dot_dot=*/true, path::Style::posix);
  if (s.empty()) return ".";
  return std::string(s);
}

// AbsolutePath is run.go's filepath.Join(cwd, name) (absolute names are
// kept: run.go would prefix the working directory to them).
std::string AbsolutePath(llvm::StringRef p) {
  llvm::SmallString<256> s(p);
  fs::make_absolute(s);
  path::remove_dots(s, /*remove_dot_dot=*/true, path::Style::posix);
  return std::string(s);
}

// ReadFile reads a file, or fails with Go's os.ReadFile error text.
bool ReadFile(llvm::StringRef name, std::string* text, std::string* error) {
  auto buffer = llvm::MemoryBuffer::getFile(name, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer) {
    std::string msg = buffer.getError().message();
    if (!msg.empty()) msg[0] = llvm::toLower(msg[0]);
    *error = "open " + name.str() + ": " + msg;
    return false;
  }
  *text = (*buffer)->getBuffer().str();
  return true;
}

TestResult Fail(const std::string& path, std::string message) {
  return TestResult{path, TestStatus::kFailed, std::move(message)};
}

// ExitError is the text of the error exec.Cmd.Run returns for a failed
// compile, followed by the output, as run.go's runcmd builds it.
std::string ExitError(const CompileResult& r) {
  return "exit status " + std::to_string(r.exit_status) + "\n" + r.output;
}

std::string BaseName(llvm::StringRef p) { return path::filename(p, path::Style::posix).str(); }

TestResult RunErrorCheck(const std::string& display, const TestSpec& spec, std::string source,
                         const RunnerOptions& options) {
  std::string long_name = AbsolutePath(display);
  CompileResult r = options.compile(long_name, ErrorCheckArgs(spec));
  if (spec.want_error && r.exit_status == 0) {
    return Fail(display, "compilation succeeded unexpectedly\n" + r.output);
  }
  if (!spec.want_error && r.exit_status != 0) return Fail(display, ExitError(r));
  if (options.update_errors) {
    // run.go rewrites the test file, then checks against the new comments.
    source = UpdateErrors(r.output, long_name, source);
    std::error_code ec;
    llvm::raw_fd_ostream os(long_name, ec);
    if (!ec) os << source;
    if (ec || os.has_error()) {
      return Fail(display, "writing " + long_name + ": " + ec.message());
    }
  }
  std::optional<std::string> err = ErrorCheck(
      r.output, spec.want_auto, {CheckedFile{long_name, BaseName(display), source}}, display);
  if (err) return Fail(display, *err);
  return TestResult{display, TestStatus::kPassed, ""};
}

/// Package is one package of an errorcheckdir test: its name and files.
struct Package {
  std::string name;
  std::vector<CheckedFile> files;
};

TestResult RunErrorCheckDir(const std::string& display, const TestSpec& spec,
                            const RunnerOptions& options) {
  if (!options.compile_package) {
    return TestResult{display, TestStatus::kSkipped,
                      "recipe \"" + spec.action + "\" needs a package compiler"};
  }
  // goDirName: the test's name with every ".go" replaced by ".dir".
  std::string long_name = AbsolutePath(display);
  std::string base = BaseName(long_name);
  std::string dir = path::parent_path(long_name, path::Style::posix).str() + "/";
  for (size_t i = 0; (i = base.find(".go", i)) != std::string::npos; i += 4)
    base.replace(i, 3, ".dir");
  dir += base;
  // goDirFiles: the .go files of the folder, sorted by name.
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    if (path::extension(it->path()) == ".go") names.push_back(BaseName(it->path()));
  }
  if (ec) {
    std::string msg = ec.message();
    if (!msg.empty()) msg[0] = llvm::toLower(msg[0]);
    return Fail(display, "open " + dir + ": " + msg);
  }
  std::sort(names.begin(), names.end());
  // goDirPackages: group by package clause in order of first appearance.
  std::vector<Package> pkgs;
  std::map<std::string, size_t> by_name;
  for (const std::string& n : names) {
    std::string full = dir + "/" + n;
    std::string text, error;
    if (!ReadFile(full, &text, &error)) return Fail(display, error);
    std::optional<std::string> pkg = PackageName(text);
    if (!pkg) return Fail(display, "cannot find package name in " + full);
    auto it = by_name.find(*pkg);
    if (spec.single_file_pkgs || it == by_name.end()) {
      pkgs.push_back(Package{*pkg, {}});
      by_name[*pkg] = pkgs.size() - 1;
      it = by_name.find(*pkg);
    }
    pkgs[it->second].files.push_back(CheckedFile{full, n, std::move(text)});
  }
  // The package whose compile may (must, with want_error) fail.
  int err_pkg = static_cast<int>(pkgs.size()) - 1;
  if (spec.want_error && spec.kind == TestKind::kErrorCheckAndRunDir) --err_pkg;
  for (size_t i = 0; i < pkgs.size(); ++i) {
    const Package& pkg = pkgs[i];
    std::vector<std::string> paths;
    for (const CheckedFile& f : pkg.files) paths.push_back(f.full);
    CompileResult r =
        options.compile_package(paths, PackageArgs(spec, pkg.name, pkg.files.front().full));
    if (static_cast<int>(i) == err_pkg) {
      if (spec.want_error && r.exit_status == 0) {
        return Fail(display, "compilation succeeded unexpectedly\n" + r.output);
      }
      if (!spec.want_error && r.exit_status != 0) return Fail(display, ExitError(r));
    } else if (r.exit_status != 0) {
      return Fail(display, ExitError(r));
    }
    std::optional<std::string> err = ErrorCheck(r.output, spec.want_auto, pkg.files, display);
    if (err) return Fail(display, *err);
  }
  return TestResult{display, TestStatus::kPassed,
                    spec.kind == TestKind::kErrorCheckAndRunDir ? "errorcheck phase only" : ""};
}

}  // namespace

std::vector<std::string> FindTests(const std::vector<std::string>& args,
                                   std::vector<TestResult>* bad) {
  std::vector<std::string> files;
  for (const std::string& arg : args) {
    if (arg == "-" || arg == "--") continue;  // run.go permits them
    if (fs::is_directory(arg)) {
      std::error_code ec;
      for (fs::recursive_directory_iterator it(arg, ec), end; it != end && !ec; it.increment(ec)) {
        llvm::StringRef name = path::filename(it->path());
        bool is_dir = it->type() == fs::file_type::directory_file;
        if (is_dir && (name.startswith(".") || name.endswith(".dir"))) {
          it.no_push();
          continue;
        }
        if (!is_dir && !name.startswith(".") && name.endswith(".go")) {
          files.push_back(CleanPath(it->path()));
        }
      }
      if (ec) bad->push_back(Fail(arg, "reading " + arg + ": " + ec.message()));
    } else if (llvm::StringRef(arg).endswith(".go")) {
      files.push_back(CleanPath(arg));
    } else {
      bad->push_back(
          Fail(arg, "can't yet deal with non-directory and non-go file \"" + arg + "\""));
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

TestResult RunTest(const std::string& display, const RunnerOptions& options) {
  std::string source, error;
  if (!ReadFile(display, &source, &error)) return Fail(display, error);
  TestSpec spec = ParseTestSpec(source, display, options.build);
  switch (spec.kind) {
    case TestKind::kSkipped:
      return TestResult{display, TestStatus::kSkipped, spec.reason};
    case TestKind::kBroken:
      return Fail(display, spec.reason);
    case TestKind::kErrorCheck:
      return RunErrorCheck(display, spec, std::move(source), options);
    case TestKind::kErrorCheckDir:
    case TestKind::kErrorCheckAndRunDir:
      return RunErrorCheckDir(display, spec, options);
  }
  return Fail(display, "unreachable");
}

RunSummary RunTests(const std::vector<std::string>& paths, const RunnerOptions& options,
                    llvm::raw_ostream& out) {
  std::vector<TestResult> results;
  std::vector<std::string> files = FindTests(paths, &results);
  size_t first = results.size();
  results.resize(first + files.size());
  {
    llvm::ThreadPool pool(llvm::hardware_concurrency(options.jobs));
    for (size_t i = 0; i < files.size(); ++i) {
      pool.async([&, i] { results[first + i] = RunTest(files[i], options); });
    }
    pool.wait();
  }
  std::stable_sort(results.begin(), results.end(),
                   [](const TestResult& a, const TestResult& b) { return a.path < b.path; });
  RunSummary summary;
  for (const TestResult& r : results) {
    switch (r.status) {
      case TestStatus::kPassed:
        ++summary.passed;
        if (options.verbose) {
          out << "ok  \t" << r.path << (r.message.empty() ? "" : " (" + r.message + ")") << "\n";
        }
        break;
      case TestStatus::kSkipped:
        ++summary.skipped;
        if (options.verbose) out << "skip\t" << r.path << ": " << r.message << "\n";
        break;
      case TestStatus::kFailed:
        ++summary.failed;
        out << "# goescape test -- " << r.path << "\n" << r.message << "\nFAIL\t" << r.path << "\n";
        break;
    }
  }
  out << summary.passed << " passed, " << summary.failed << " failed";
  if (summary.skipped > 0) out << ", " << summary.skipped << " skipped";
  out << "\n";
  out.flush();
  return summary;
}

}  // namespace goescape::errorcheck
