// runner_test.cpp: the runner against go1.19's real compiler output.
//
// GOESCAPE_GC_OUTPUT (tests/lit/errorcheck/Inputs/gc-output, written by
// gcoutput.go with run.go's exact command lines) holds gc's output for the
// 56 errorcheck tests of Go's suite that use -m. Replaying it:
//   * every one of the 56 must pass (go1.19 passes its own tests);
//   * negative controls, applied to every file: one message line removed,
//     one message's text changed, one extra message, one regexp made not to
//     match: each must fail with run.go's message for it.
// Plus the runner's own behaviour with fake compilers: -0 and want-error
// outcomes, errorcheckdir packages, skipped files, deterministic output
// under parallelism, --update-errors, and the driver adapter's flag mapping.
#include "tools/goescape/errorcheck/runner.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <memory>
#include <sstream>
#include <thread>

#include "frontend/base/go_text.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "tools/goescape/errorcheck/driver_compile.h"
#include "tools/goescape/errorcheck/replay.h"

namespace goescape::errorcheck {
namespace {

constexpr const char* kGoTests = "/usr/share/go-1.19/test";

std::string ReadText(const std::string& path) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) return "";
  return (*buffer)->getBuffer().str();
}

void WriteText(const std::string& path, const std::string& text) {
  llvm::sys::fs::create_directories(llvm::sys::path::parent_path(path));
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec);
  ASSERT_FALSE(ec) << path;
  os << text;
}

/// TempDir is a fresh directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    llvm::SmallString<128> p;
    llvm::sys::fs::createUniqueDirectory("errorcheck-test", p);
    path_ = std::string(p);
  }
  ~TempDir() { llvm::sys::fs::remove_directories(path_); }
  const std::string& Path() const { return path_; }

 private:
  std::string path_;
};

/// GcReplayTest loads the recorded gc output once and lists the 56 tests
/// (Inputs/m-tests.txt); tests skip when Go's test suite is not installed.
class GcReplayTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto s = std::make_shared<ReplayStore>();
    std::string error;
    if (!s->Load(GOESCAPE_GC_OUTPUT, &error)) {
      load_error_ = new std::string(error);
      return;
    }
    store_ = s;
    std::string list = ReadText(std::string(GOESCAPE_GC_OUTPUT) + "/../m-tests.txt");
    for (llvm::StringRef name : Fields(list)) tests_.push_back(name.str());
  }
  static void TearDownTestSuite() {
    store_.reset();
    delete load_error_;
    load_error_ = nullptr;
  }
  void SetUp() override {
    ASSERT_EQ(load_error_, nullptr) << *load_error_;
    if (!llvm::sys::fs::is_directory(kGoTests)) GTEST_SKIP() << "Go's test suite is not installed";
  }
  static RunnerOptions Replay() {
    RunnerOptions o;
    o.compile = MakeReplayCompileFn(store_);
    o.compile_package = MakeReplayCompilePackageFn(store_);
    return o;
  }
  static std::string Abs(const std::string& rel) { return std::string(kGoTests) + "/" + rel; }

  static std::shared_ptr<const ReplayStore> store_;
  static std::vector<std::string> tests_;
  static std::string* load_error_;
};
std::shared_ptr<const ReplayStore> GcReplayTest::store_;
std::vector<std::string> GcReplayTest::tests_;
std::string* GcReplayTest::load_error_ = nullptr;

TEST_F(GcReplayTest, AllFiftySixPass) {
  ASSERT_EQ(tests_.size(), 56u);
  EXPECT_EQ(store_->Size(), 62u);  // 50 single files + 12 packages of 6 dir tests
  std::vector<std::string> paths;
  for (const std::string& t : tests_) paths.push_back(Abs(t));
  std::string out;
  llvm::raw_string_ostream os(out);
  auto start = std::chrono::steady_clock::now();
  RunSummary s = RunTests(paths, Replay(), os);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  EXPECT_EQ(s.passed, 56u) << os.str();
  EXPECT_EQ(s.failed, 0u);
  EXPECT_EQ(s.skipped, 0u);
  EXPECT_EQ(os.str(), "56 passed, 0 failed\n");
  RecordProperty("milliseconds", static_cast<int>(ms));
}

TEST_F(GcReplayTest, SharedColumnGoldensPassToo) {
  // /work/shared/docs/gc-escape-golden: gc's output with columns and
  // without -C/-e/-d flags, for the escape*.go files (F.m1.txt, paths as
  // bare file names). Columns must not matter.
  const std::string dir = "/work/shared/docs/gc-escape-golden";
  if (!llvm::sys::fs::is_directory(dir)) GTEST_SKIP() << dir << " is not available";
  int checked = 0;
  for (const std::string& t : tests_) {
    std::string m1 = ReadText(dir + "/" + llvm::StringRef(t).drop_back(3).str() + ".m1.txt");
    if (m1.empty() && !llvm::sys::fs::exists(dir + "/" + t.substr(0, t.size() - 3) + ".m1.txt")) {
      continue;
    }
    RunnerOptions o;
    o.compile = [&](const std::string& path, const std::vector<std::string>&) {
      return CompileResult{ReplaceAll(m1, t, path), 0};
    };
    TestResult r = RunTest(Abs(t), o);
    EXPECT_EQ(r.status, TestStatus::kPassed) << t << "\n" << r.message;
    ++checked;
  }
  EXPECT_GE(checked, 23);
}

// Mutates the replayed output of every test and expects run.go's verdict.
class NegativeControls : public GcReplayTest {
 protected:
  /// Mutator edits the messages (SplitOutput lines) of one compile; it
  /// returns the text the failure must contain, or "" if it found nothing
  /// to mutate.
  using Mutator = std::function<std::string(std::vector<std::string>& lines,
                                            const std::vector<WantedError>& wanted)>;

  void Sweep(const Mutator& mutate, int min_mutated) {
    int mutated = 0;
    for (const std::string& t : tests_) {
      // Mutate the first compile (the file, or the first package).
      bool done = false;
      std::string expected;
      RunnerOptions o = Replay();
      auto edit = [&](CompileResult r, const std::vector<std::string>& files) {
        if (done) return r;
        done = true;
        std::vector<WantedError> wanted;
        for (const std::string& f : files) {
          CheckedFile cf{f, llvm::sys::path::filename(f).str(), ReadText(f)};
          std::string fatal;
          EXPECT_TRUE(WantedErrors(cf, t, wanted, &fatal)) << fatal;
        }
        // Keep the output's line structure, minus <autogenerated> lines
        // (only errorcheckwithauto sees them).
        std::vector<std::string> lines;
        for (std::string& m : SplitOutput(r.output, true)) {
          for (const std::string& f : files) m = ReplaceAll(m, f, llvm::sys::path::filename(f));
          lines.push_back(m);
        }
        expected = mutate(lines, wanted);
        r.output = llvm::join(lines, "\n") + "\n";
        return r;
      };
      o.compile = [&](const std::string& path, const std::vector<std::string>& flags) {
        return edit(store_->Compile({path}, flags), {path});
      };
      o.compile_package = [&](const std::vector<std::string>& paths,
                              const std::vector<std::string>& flags) {
        return edit(store_->Compile(paths, flags), paths);
      };
      TestResult r = RunTest(Abs(t), o);
      if (expected.empty()) {
        EXPECT_EQ(r.status, TestStatus::kPassed) << t;
        continue;
      }
      ++mutated;
      EXPECT_EQ(r.status, TestStatus::kFailed) << t;
      EXPECT_NE(r.message.find(expected), std::string::npos) << t << ": expected\n"
                                                             << expected << "\nin\n"
                                                             << r.message;
    }
    EXPECT_GE(mutated, min_mutated);
  }

  // Location "F:N" of a message, or "" for <autogenerated> and others.
  static std::string Location(const std::string& m) {
    llvm::StringRef s = m;
    if (s.startswith("<autogenerated>")) return "";
    size_t c1 = s.find(':');
    if (c1 == llvm::StringRef::npos) return "";
    size_t c2 = s.find_first_of(":[", c1 + 1);
    if (c2 == llvm::StringRef::npos) return "";
    return s.take_front(c2).str();
  }
  static int CountAt(const std::vector<std::string>& lines, const std::string& loc) {
    int n = 0;
    for (const std::string& l : lines) n += Location(l) == loc;
    return n;
  }
};

TEST_F(NegativeControls, OneLineRemoved) {
  Sweep(
      [](std::vector<std::string>& lines, const std::vector<WantedError>& wanted) {
        for (size_t i = 0; i < lines.size(); ++i) {
          std::string loc = Location(lines[i]);
          if (loc.empty() || CountAt(lines, loc) != 1) continue;
          for (const WantedError& we : wanted) {
            if (we.prefix != loc || we.is_auto) continue;
            lines.erase(lines.begin() + static_cast<long>(i));
            // Every regexp of that line now lacks a candidate message.
            return loc + ": missing error " + GoQuote(we.re_str);
          }
        }
        return std::string();
      },
      50);
}

TEST_F(NegativeControls, OneLineChanged) {
  const std::string kText = "goescape negative control";
  Sweep(
      [&](std::vector<std::string>& lines, const std::vector<WantedError>& wanted) {
        for (std::string& line : lines) {
          std::string loc = Location(line);
          if (loc.empty() || CountAt(lines, loc) != 1) continue;
          const WantedError* first = nullptr;
          bool any_matches_new_text = false;
          for (const WantedError& we : wanted) {
            if (we.prefix != loc) continue;
            if (first == nullptr) first = &we;
            any_matches_new_text |= we.re.Match(kText);
          }
          if (first == nullptr || any_matches_new_text) continue;  // e.g. // ERROR ""
          line = loc + ": " + kText;
          return loc + ": no match for " + GoQuoteBackquote(first->re_str) + " in:\n\t" + line +
                 "\n";
        }
        return std::string();
      },
      50);
}

TEST_F(NegativeControls, OneExtraLine) {
  Sweep(
      [](std::vector<std::string>& lines, const std::vector<WantedError>& wanted) {
        if (wanted.empty()) return std::string();
        std::string extra = wanted.front().file + ":99999: goescape negative control";
        lines.push_back(extra);
        return "Unmatched Errors:\n" + extra + "\n";
      },
      50);
}

TEST_F(NegativeControls, RegexpMadeNotToMatch) {
  // A copy of each single-file test whose first regexp (on a line with
  // output) gets a prefix that cannot match; the replay serves the
  // original's output for the copy (same relative name).
  int checked = 0;
  for (const std::string& t : tests_) {
    std::string src = ReadText(Abs(t));
    TestSpec spec = ParseTestSpec(src, t, BuildContext{});
    if (spec.kind != TestKind::kErrorCheck) continue;
    CompileResult original = store_->Compile({Abs(t)}, ErrorCheckArgs(spec));
    std::string base = llvm::sys::path::filename(t).str();
    std::string short_out = ReplaceAll(original.output, Abs(t), base);
    // Find the first "// ERROR \"" on a line that has output.
    llvm::SmallVector<llvm::StringRef, 0> lines;
    llvm::StringRef(src).split(lines, '\n');
    size_t line_index = lines.size();
    for (size_t i = 0; i < lines.size(); ++i) {
      std::string loc = base + ":" + std::to_string(i + 1);
      if (lines[i].contains("// ERROR \"") && !lines[i].contains("////") &&
          llvm::StringRef(short_out).contains(loc + ":")) {
        line_index = i;
        break;
      }
    }
    if (line_index == lines.size()) continue;
    size_t at = lines[line_index].find("// ERROR \"") + strlen("// ERROR \"");
    std::string changed =
        lines[line_index].take_front(at).str() + "^NEVER" + lines[line_index].drop_front(at).str();
    std::string rx = "^NEVER" + lines[line_index].drop_front(at).split('"').first.str();
    std::string new_src;
    for (size_t i = 0; i < lines.size(); ++i) {
      new_src += (i == line_index ? changed : lines[i].str()) + (i + 1 < lines.size() ? "\n" : "");
    }
    TempDir tmp;
    std::string copy = tmp.Path() + "/" + t;  // keeps fixedbugs/, as the records name it
    WriteText(copy, new_src);
    TestResult r = RunTest(copy, Replay());
    EXPECT_EQ(r.status, TestStatus::kFailed) << t;
    std::string want =
        base + ":" + std::to_string(line_index + 1) + ": no match for " + GoQuoteBackquote(rx);
    EXPECT_NE(r.message.find(want), std::string::npos) << t << "\n" << want << "\n" << r.message;
    EXPECT_NE(r.message.find("Unmatched Errors:"), std::string::npos) << t;
    ++checked;
  }
  EXPECT_GE(checked, 45);
}

// --- the runner with fake compilers ------------------------------------------------

CompileFn Fixed(std::string output, int status) {
  return [output, status](const std::string& path, const std::vector<std::string>&) {
    return CompileResult{ReplaceAll(output, "@FILE@", path), status};
  };
}

TEST(Runner, ExitStatusRules) {
  TempDir tmp;
  std::string ok0 = tmp.Path() + "/ok0.go";
  WriteText(ok0, "// errorcheck -0 -m\n\npackage p\n\nvar x int // ERROR \"x\"\n");
  std::string want_err = tmp.Path() + "/want_err.go";
  WriteText(want_err, "// errorcheck\n\npackage p\n\nvar x int = \"\" // ERROR \"cannot use\"\n");
  RunnerOptions o;
  o.compile = Fixed("@FILE@:5: x\n", 0);
  EXPECT_EQ(RunTest(ok0, o).status, TestStatus::kPassed);
  o.compile = Fixed("@FILE@:5: x\n", 1);
  TestResult r = RunTest(ok0, o);
  EXPECT_EQ(r.status, TestStatus::kFailed);
  EXPECT_EQ(r.message, "exit status 1\n" + ok0 + ":5: x\n");
  o.compile = Fixed("@FILE@:5: cannot use \"\" as int\n", 1);
  EXPECT_EQ(RunTest(want_err, o).status, TestStatus::kPassed);
  o.compile = Fixed("", 0);
  r = RunTest(want_err, o);
  EXPECT_EQ(r.message, "compilation succeeded unexpectedly\n");
}

TEST(Runner, ArgumentsPassedToTheCompiler) {
  TempDir tmp;
  std::string f = tmp.Path() + "/a.go";
  WriteText(f, "// errorcheck -0 -N -m -l\n\npackage p\n");
  RunnerOptions o;
  std::string got_path;
  std::vector<std::string> got_flags;
  o.compile = [&](const std::string& path, const std::vector<std::string>& flags) {
    got_path = path;
    got_flags = flags;
    return CompileResult{};
  };
  EXPECT_EQ(RunTest(f, o).status, TestStatus::kPassed);
  EXPECT_EQ(got_path, f);
  EXPECT_EQ(got_flags, (std::vector<std::string>{"-p=p", "-d=panic", "-C", "-e", "-o", "a.o", "-N",
                                                 "-m", "-l", "-d=ssa/check/on"}));
}

TEST(Runner, ErrorCheckDirPackages) {
  TempDir tmp;
  std::string t = tmp.Path() + "/t.go";
  WriteText(t, "// errorcheckdir -0 -m\n\npackage ignored\n");
  WriteText(tmp.Path() + "/t.dir/b.go",
            "package b\n\nimport \"./a\"\n\nvar _ = a.F // ERROR \"B\"\n");
  WriteText(tmp.Path() + "/t.dir/a.go", "package a\n\nfunc F() {} // ERROR \"A\"\n");
  WriteText(tmp.Path() + "/t.dir/a2.go", "package a\n\nfunc G() {}\n");
  RunnerOptions o;
  std::vector<std::vector<std::string>> calls;
  o.compile_package = [&](const std::vector<std::string>& paths,
                          const std::vector<std::string>& flags) {
    calls.push_back(paths);
    calls.push_back(flags);
    std::string base = llvm::sys::path::filename(paths[0]).str();
    return CompileResult{base == "a.go" ? paths[0] + ":3:6: A\n" : paths[0] + ":5:9: B\n", 0};
  };
  TestResult r = RunTest(t, o);
  EXPECT_EQ(r.status, TestStatus::kPassed) << r.message;
  ASSERT_EQ(calls.size(), 4u);
  std::string dir = tmp.Path() + "/t.dir/";
  EXPECT_EQ(calls[0], (std::vector<std::string>{dir + "a.go", dir + "a2.go"}));
  EXPECT_EQ(calls[1], (std::vector<std::string>{"-e", "-D", "test", "-I", ".", "-o", "test/a.a",
                                                "-p", "test/a", "-m", "-d=panic"}));
  EXPECT_EQ(calls[2], (std::vector<std::string>{dir + "b.go"}));
  // Without a package compiler the test is skipped.
  o.compile_package = nullptr;
  EXPECT_EQ(RunTest(t, o).status, TestStatus::kSkipped);
}

TEST(Runner, FindTestsWalksAndSkips) {
  TempDir tmp;
  const std::string& d = tmp.Path();
  WriteText(d + "/b.go", "// errorcheck -0\n\npackage p\n");
  WriteText(d + "/sub/a.go", "// run\n\npackage main\n");
  WriteText(d + "/sub/c.go", "package c\n");
  WriteText(d + "/sub/x.dir/inner.go", "// errorcheck\n\npackage p\n");
  WriteText(d + "/.hidden/h.go", "// errorcheck\n\npackage p\n");
  WriteText(d + "/notes.txt", "");
  std::vector<TestResult> bad;
  std::vector<std::string> files = FindTests({d, d + "/b.go", d + "/notes.txt", "--"}, &bad);
  EXPECT_EQ(files, (std::vector<std::string>{d + "/b.go", d + "/sub/a.go", d + "/sub/c.go"}));
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].message,
            "can't yet deal with non-directory and non-go file \"" + d + "/notes.txt\"");
  RunnerOptions o;
  o.compile = Fixed("", 0);
  o.verbose = true;
  std::string out;
  llvm::raw_string_ostream os(out);
  RunSummary s = RunTests({d, d + "/missing.go"}, o, os);
  EXPECT_EQ(s.passed, 1u);
  EXPECT_EQ(s.failed, 1u);
  EXPECT_EQ(s.skipped, 2u);
  EXPECT_EQ(os.str(), "ok  \t" + d + "/b.go\n# goescape test -- " + d + "/missing.go\nopen " + d +
                          "/missing.go: no such file or directory\nFAIL\t" + d +
                          "/missing.go\nskip\t" + d +
                          "/sub/a.go: recipe \"run\" is not an "
                          "errorcheck\nskip\t" +
                          d +
                          "/sub/c.go: double newline ending execution "
                          "recipe not found in " +
                          d + "/sub/c.go\n1 passed, 1 failed, 2 skipped\n");
}

TEST(Runner, OutputIsDeterministicUnderParallelism) {
  TempDir tmp;
  std::vector<std::string> files;
  for (int i = 0; i < 40; ++i) {
    std::string f = tmp.Path() + "/t" + std::to_string(i) + ".go";
    WriteText(f, "// errorcheck -0\n\npackage p\n\nvar x int // ERROR \"x" + std::to_string(i % 3) +
                     "\"\n");
    files.push_back(f);
  }
  RunnerOptions o;
  o.compile = [](const std::string& path, const std::vector<std::string>&) {
    // Uneven delays shuffle completion order.
    std::this_thread::sleep_for(std::chrono::milliseconds(path.size() % 7));
    return CompileResult{path + ":5: x1\n", 0};
  };
  std::string serial, parallel;
  llvm::raw_string_ostream s1(serial), s2(parallel);
  o.jobs = 1;
  RunSummary a = RunTests({tmp.Path()}, o, s1);
  o.jobs = 8;
  RunSummary b = RunTests({tmp.Path()}, o, s2);
  EXPECT_EQ(s1.str(), s2.str());
  EXPECT_EQ(a.passed, 13u);  // i % 3 == 1
  EXPECT_EQ(b.failed, 27u);
  EXPECT_NE(
      serial.find("FAIL\t" + tmp.Path() + "/t0.go\n# goescape test -- " + tmp.Path() + "/t11.go\n"),
      std::string::npos);  // byte order of paths: t0, t11, t12, ... t2, t20
}

TEST_F(GcReplayTest, UpdateErrorsRewritesAndThenPasses) {
  // A copy of escape_map.go with every ERROR comment stripped: the replay
  // serves the original's output; --update-errors restores comments that
  // match it, so the test passes afterwards, and a second run keeps them.
  TempDir tmp;
  std::string src = ReadText(Abs("escape_map.go"));
  std::string stripped = UpdateErrors("", "/nowhere", src);  // removes // ERROR comments
  std::string copy = tmp.Path() + "/escape_map.go";
  WriteText(copy, stripped);
  RunnerOptions o = Replay();
  EXPECT_EQ(RunTest(copy, o).status, TestStatus::kFailed);  // Unmatched Errors
  o.update_errors = true;
  TestResult r = RunTest(copy, o);
  EXPECT_EQ(r.status, TestStatus::kPassed) << r.message;
  std::string updated = ReadText(copy);
  EXPECT_NE(updated.find("m := make(map[*int]*int) // ERROR \"make\\(map\\[\\*int\\]\\*int\\) "
                         "does not escape$\""),
            std::string::npos)
      << updated;
  o.update_errors = false;
  EXPECT_EQ(RunTest(copy, o).status, TestStatus::kPassed);
}

// --- the driver adapter -------------------------------------------------------------

TEST(DriverCompile, FlagMapping) {
  DriverOptions o;
  std::string error;
  ASSERT_TRUE(DriverOptionsFromFlags({"-p=p", "-d=panic", "-C", "-e", "-o", "a.o", "-N", "-m", "-m",
                                      "-l", "-d=inlfuncswithclosures=1,ssa/check/on"},
                                     &o, &error))
      << error;
  EXPECT_EQ(o.m_level, 2u);
  EXPECT_TRUE(o.no_inline && o.no_opt && o.no_columns && o.no_error_limit);
  DriverOptions p;
  ASSERT_TRUE(DriverOptionsFromFlags(
      {"-e", "-D", "test", "-I", ".", "-o", "test/a.a", "-p", "test/a", "-m=2", "-d=panic"}, &p,
      &error));
  EXPECT_EQ(p.m_level, 2u);
  EXPECT_FALSE(p.no_inline);
  DriverOptions q;
  ASSERT_TRUE(DriverOptionsFromFlags({"-l=0"}, &q, &error));
  EXPECT_FALSE(q.no_inline);
  for (const char* bad : {"-race", "-live", "-std", "-smallframes", "-l=4", "-d=checkptr"}) {
    DriverOptions x;
    EXPECT_FALSE(DriverOptionsFromFlags({"-m", bad}, &x, &error)) << bad;
    EXPECT_EQ(error, std::string("goescape: compiler flag ") + bad +
                         " is not supported (goescape does not model it)");
  }
  EXPECT_FALSE(DriverOptionsFromFlags({"-l", "-l"}, &q, &error));
  EXPECT_EQ(error, "goescape: compiler flag -l=2 is not supported (goescape does not model it)");
}

int FakeDriver(const DriverOptions& o, llvm::raw_ostream& out, llvm::raw_ostream& err) {
  out << "m=" << o.m_level << " files=" << llvm::join(o.files, ",") << "\n";
  err << "an error\n";
  return o.no_columns ? 1 : 0;
}

int DirectCall(int (*fn)(void*), void* arg) { return fn(arg); }

TEST(DriverCompile, CapturesBothStreams) {
  CompileFn f = MakeDriverCompileFn(DriverHooks{FakeDriver, DirectCall, true});
  CompileResult r = f("/x/a.go", {"-C", "-m=2"});
  EXPECT_EQ(r.output, "m=2 files=/x/a.go\nan error\n");
  EXPECT_EQ(r.exit_status, 1);
  CompilePackageFn g = MakeDriverCompilePackageFn(DriverHooks{FakeDriver, nullptr, false});
  r = g({"/x/a.go", "/x/b.go"}, {"-m"});
  EXPECT_EQ(r.output, "m=1 files=/x/a.go,/x/b.go\nan error\n");
  EXPECT_EQ(r.exit_status, 0);
  r = f("/x/a.go", {"-race"});
  EXPECT_EQ(r.exit_status, 2);
  EXPECT_EQ(r.output,
            "goescape: compiler flag -race is not supported (goescape does not model it)\n");
}

// --- the replay store -----------------------------------------------------------------

TEST(Replay, LookupBySuffixAndArguments) {
  ReplayStore store;
  std::string error;
  ASSERT_TRUE(
      store.Add("# goescape-replay v1\n# root /r\n# file a.go\n# arg -m\n# exit 3\n"
                "# output\n/r/a.go:1: x\n/r/a.go:2: y\n",
                "one", &error));
  ASSERT_TRUE(
      store.Add("# goescape-replay v1\n# root /r\n# file sub/a.go\n# arg -m\n# exit 0\n"
                "# output\n/r/sub/a.go:1: z\n",
                "two", &error));
  EXPECT_FALSE(store.Add("bogus\n", "three", &error));
  EXPECT_EQ(error, "three: not a goescape-replay v1 record");
  CompileResult r = store.Compile({"/elsewhere/a.go"}, {"-m"});
  EXPECT_EQ(r.output, "/elsewhere/a.go:1: x\n/elsewhere/a.go:2: y\n");
  EXPECT_EQ(r.exit_status, 3);
  r = store.Compile({"/t/sub/a.go"}, {"-m"});  // the longer suffix wins
  EXPECT_EQ(r.output, "/t/sub/a.go:1: z\n");
  r = store.Compile({"/t/xa.go"}, {"-m"});  // suffixes match at '/' only
  EXPECT_EQ(r.exit_status, 2);
  r = store.Compile({"/t/a.go"}, {"-m", "-l"});
  EXPECT_EQ(r.exit_status, 2);
  EXPECT_EQ(r.output,
            "goescape test --replay: no recorded compiler output for /t/a.go with arguments -m -l\n"
            "goescape test --replay: one has arguments -m\n");
}

}  // namespace
}  // namespace goescape::errorcheck
