// errorcheck_test.cpp: run.go's rules, one function at a time: recipes,
// build constraints, splitQuoted, splitOutput, matchPrefix, wantedErrors,
// errorCheck's matching and wording, updateErrors. Expected texts follow
// run.go's format strings; the end-to-end comparison with run.go's own
// report is tests/lit/errorcheck/rungo-compare.test.
#include "tools/goescape/errorcheck/errorcheck.h"

#include <gtest/gtest.h>

#include "frontend/base/go_text.h"

namespace goescape::errorcheck {
namespace {

using Strings = std::vector<std::string>;

// --- splitQuoted -----------------------------------------------------------

TEST(SplitQuoted, RunGoDocExample) {
  std::string error;
  EXPECT_EQ(SplitQuoted("a b:\"c d\" 'e''f'  \"g\\\"\"", &error),
            (Strings{"a", "b:c d", "ef", "g\""}));
  EXPECT_EQ(error, "");
}

TEST(SplitQuoted, EmptyQuotesMakeAnArgumentAndErrorsAreReported) {
  std::string error;
  EXPECT_EQ(SplitQuoted("x '' y", &error), (Strings{"x", "", "y"}));
  EXPECT_EQ(SplitQuoted("a 'b c", &error), (Strings{"a", "b c"}));
  EXPECT_EQ(error, "unclosed quote");
  EXPECT_EQ(SplitQuoted("a b\\", &error), (Strings{"a", "b"}));
  EXPECT_EQ(error, "unfinished escaping");
  // Any Unicode space separates (U+00A0, U+3000), newlines too.
  EXPECT_EQ(SplitQuoted("a\xC2\xA0"
                        "b\n c\xE3\x80\x80"
                        "d",
                        &error),
            (Strings{"a", "b", "c", "d"}));
}

// --- recipes ---------------------------------------------------------------

TestSpec Spec(llvm::StringRef src, BuildContext ctx = {}) {
  return ParseTestSpec(src, "t.go", ctx);
}

TEST(Recipe, ErrorCheckWithFlags) {
  TestSpec s = Spec("// errorcheck -0 -m -l\n\n// Copyright\n\npackage p\n");
  EXPECT_EQ(s.kind, TestKind::kErrorCheck);
  EXPECT_FALSE(s.want_error);
  EXPECT_FALSE(s.want_auto);
  EXPECT_EQ(s.flags, (Strings{"-m", "-l", "-d=ssa/check/on"}));
  EXPECT_EQ(ErrorCheckArgs(s),
            (Strings{"-p=p", "-d=panic", "-C", "-e", "-o", "a.o", "-m", "-l", "-d=ssa/check/on"}));
}

TEST(Recipe, PlainErrorCheckWantsAnError) {
  TestSpec s = Spec("// errorcheck\n\npackage p\n");
  EXPECT_EQ(s.kind, TestKind::kErrorCheck);
  EXPECT_TRUE(s.want_error);
  EXPECT_TRUE(Spec("// errorcheck -0 -1\n\npackage p\n").want_error);
}

TEST(Recipe, DebugFlagGetsSsaCheckAppended) {
  TestSpec s = Spec("// errorcheckwithauto -0 -m -d=inlfuncswithclosures=1\n\npackage p\n");
  EXPECT_EQ(s.kind, TestKind::kErrorCheck);
  EXPECT_TRUE(s.want_auto);
  EXPECT_EQ(s.flags, (Strings{"-m", "-d=inlfuncswithclosures=1,ssa/check/on"}));
}

TEST(Recipe, PlusBuildFirstLineIsSkippedAndConstraintsApply) {
  TestSpec s = Spec("// +build amd64\n// errorcheck -0 -m\n\npackage p\n");
  EXPECT_EQ(s.kind, TestKind::kErrorCheck);
  EXPECT_EQ(s.flags, (Strings{"-m", "-d=ssa/check/on"}));
  TestSpec skipped = Spec("// +build arm64\n// errorcheck -0 -m\n\npackage p\n");
  EXPECT_EQ(skipped.kind, TestKind::kSkipped);
  EXPECT_EQ(skipped.reason, "build constraints exclude it: // +build arm64");
}

TEST(Recipe, FlagsStopAtFirstNonFlagEvenOnTheNextLine) {
  // fixedbugs/issue24651a.go: the +build line is the second line, so it is
  // part of the recipe text; "//" ends the flags.
  TestSpec s =
      Spec("//errorcheck -0 -race -m -m\n// +build linux,amd64 linux,ppc64le\n\npackage main\n");
  EXPECT_EQ(s.kind, TestKind::kErrorCheck);
  EXPECT_EQ(s.flags, (Strings{"-race", "-m", "-m", "-d=ssa/check/on"}));
  // inline_endian.go: a //go:build line after the recipe line.
  TestSpec e = Spec(
      "// errorcheckwithauto -0 -m -d=inlfuncswithclosures=1\n//go:build (386 || amd64 || arm64) "
      "&& !gcflags_noopt\n\npackage foo\n");
  EXPECT_EQ(e.kind, TestKind::kErrorCheck);
  EXPECT_EQ(e.flags, (Strings{"-m", "-d=inlfuncswithclosures=1,ssa/check/on"}));
  BuildContext noopt;
  noopt.no_opt_env = true;
  EXPECT_EQ(Spec("// errorcheck -0 -m\n//go:build !gcflags_noopt\n\npackage p\n", noopt).kind,
            TestKind::kSkipped);
}

TEST(Recipe, DirectoryRecipes) {
  TestSpec d = Spec("// errorcheckdir -0 -m\n\npackage ignored\n");
  EXPECT_EQ(d.kind, TestKind::kErrorCheckDir);
  EXPECT_FALSE(d.want_error);
  EXPECT_EQ(d.flags, (Strings{"-m", "-d=panic"}));
  EXPECT_EQ(
      PackageArgs(d, "p", "/x/issue.dir/p.go"),
      (Strings{"-e", "-D", "test", "-I", ".", "-o", "test/p.a", "-p", "test/p", "-m", "-d=panic"}));
  EXPECT_EQ(PackageArgs(d, "main", "/x/issue.dir/main.go"),
            (Strings{"-e", "-D", "test", "-I", ".", "-p=main", "-m", "-d=panic"}));
  TestSpec r = Spec("// errorcheckandrundir -0 -m -l=4\n\npackage ignored\n");
  EXPECT_EQ(r.kind, TestKind::kErrorCheckAndRunDir);
  EXPECT_EQ(Spec("// errorcheckandrundir -1 -m\n\npackage ignored\n").want_error, true);
  EXPECT_TRUE(Spec("// errorcheckdir -s\n\npackage ignored\n").single_file_pkgs);
}

TEST(Recipe, HarnessOptionsAreNotCompilerFlags) {
  TestSpec s = Spec("// errorcheck -0 -t 10 -goexperiment fieldtrack -s -m\n\npackage p\n");
  EXPECT_EQ(s.timeout_seconds, 10);
  EXPECT_EQ(s.env, (Strings{"GOEXPERIMENT=fieldtrack"}));
  EXPECT_EQ(s.flags, (Strings{"-m", "-d=ssa/check/on"}));
  TestSpec bad_t = Spec("// errorcheck -t x -m\n\npackage p\n");
  EXPECT_EQ(bad_t.kind, TestKind::kErrorCheck);
  EXPECT_EQ(bad_t.timeout_seconds, 0);
  EXPECT_EQ(bad_t.flags, (Strings{"-m", "-d=ssa/check/on"}));
  EXPECT_EQ(Spec("// errorcheck -t\n\npackage p\n").kind, TestKind::kBroken);
}

TEST(Recipe, NonErrorcheckFilesAreSkipped) {
  EXPECT_EQ(Spec("// run\n\npackage main\n").reason, "recipe \"run\" is not an errorcheck");
  EXPECT_EQ(Spec("// skip\n\npackage main\n").reason, "recipe \"skip\"");
  EXPECT_EQ(Spec("// Copyright 2009\n\npackage main\n").reason, "unknown pattern: Copyright");
  EXPECT_EQ(Spec("\n// errorcheck\n\npackage p\n").reason, "starts with newline");
  EXPECT_EQ(Spec("package p\nfunc f() {}\n").reason,
            "double newline ending execution recipe not found in t.go");
  EXPECT_EQ(Spec("// errorcheckoutput\n\npackage p\n").kind, TestKind::kSkipped);
  EXPECT_EQ(Spec("").kind, TestKind::kSkipped);
}

TEST(Recipe, BadQuotingIsABrokenTest) {
  TestSpec s = Spec("// errorcheck -0 'oops\n\npackage p\n");
  EXPECT_EQ(s.kind, TestKind::kBroken);
  EXPECT_EQ(s.reason, "invalid test recipe: unclosed quote");
}

TEST(Recipe, PackageName) {
  EXPECT_EQ(PackageName("// x\n\npackage foo_1 // c\n"), std::optional<std::string>("foo_1"));
  EXPECT_EQ(PackageName("// package x\npackage main\n"), std::optional<std::string>("main"));
  EXPECT_EQ(PackageName("// nothing\n"), std::nullopt);
}

// --- build constraints (run.go's checkShouldTest cases and more) -------------

bool Should(llvm::StringRef header, llvm::StringRef goos, llvm::StringRef goarch) {
  BuildContext ctx;
  ctx.goos = goos.str();
  ctx.goarch = goarch.str();
  std::string why;
  return ShouldTest(header, ctx, &why);
}

TEST(BuildConstraints, RunGoSelfTest) {
  EXPECT_TRUE(Should("// +build linux", "linux", "arm"));
  EXPECT_TRUE(Should("// +build !windows", "linux", "arm"));
  EXPECT_FALSE(Should("// +build !windows", "windows", "amd64"));
  EXPECT_TRUE(Should("// This is a test.", "os", "arch"));
  EXPECT_FALSE(Should("// +build arm 386", "linux", "amd64"));
  EXPECT_FALSE(Should("// +build !windows,!plan9", "windows", "amd64"));
  EXPECT_FALSE(Should("// +build !windows,!plan9", "plan9", "386"));
  EXPECT_TRUE(Should("// +build !windows\n// +build amd64", "linux", "amd64"));
  EXPECT_FALSE(Should("// +build !windows\n// +build amd64", "windows", "amd64"));
  EXPECT_TRUE(Should("// +build !windows !plan9", "windows", "amd64"));
}

TEST(BuildConstraints, Lines) {
  BuildContext ctx;  // linux/amd64, cgo
  auto eval = [&](llvm::StringRef line) { return EvalBuildConstraint(line, ctx); };
  EXPECT_EQ(eval("//go:build (386 || amd64) && !gcflags_noopt"), true);
  EXPECT_EQ(eval("//go:build linux && (arm64 || amd64)"), true);
  EXPECT_EQ(eval("//go:build !cgo"), false);
  EXPECT_EQ(eval("//go:build unix"), false);  // run.go's match knows no "unix"
  EXPECT_EQ(eval("//go:build gc && test_run && goexperiment.regabiargs"), true);
  EXPECT_EQ(eval("//go:build goexperiment.unified"), false);
  EXPECT_EQ(eval("//go:build !!linux"), std::nullopt);  // double negation: not a constraint
  EXPECT_EQ(eval("//go:build linux &"), std::nullopt);
  EXPECT_EQ(eval("//go:build (linux"), std::nullopt);
  EXPECT_EQ(eval("//go:buildlinux"), std::nullopt);
  EXPECT_EQ(eval("//go:build"), std::nullopt);  // empty expression: syntax error
  EXPECT_EQ(eval("//+build linux"), true);
  EXPECT_EQ(eval("// +build"), false);      // tag "ignore"
  EXPECT_EQ(eval("// +build !"), false);    // tag "ignore"
  EXPECT_EQ(eval("// +build !a-b"), true);  // !ignore
  EXPECT_EQ(eval("// +buildlinux"), std::nullopt);
  EXPECT_EQ(eval("// errorcheck -0 -m"), std::nullopt);
  EXPECT_EQ(eval("  // +build linux"), std::nullopt);  // must start with //
  BuildContext noopt;
  noopt.no_opt_env = true;
  EXPECT_EQ(EvalBuildConstraint("// +build !gcflags_noopt", noopt), false);
  EXPECT_EQ(EvalBuildConstraint("// +build !gcflags_noopt", ctx), true);
}

// --- splitOutput / matchPrefix ---------------------------------------------------

TEST(SplitOutput, ContinuationsAndDroppedLines) {
  llvm::StringRef out =
      "# command-line-arguments\n"
      "x.go:3: first\n"
      "\tcontinued\r\n"
      "go tool compile: exit status 1\n"
      "\n"
      "   \n"
      "<autogenerated>:1: auto\n"
      "x.go:4: second\r\n";
  EXPECT_EQ(SplitOutput(out, false), (Strings{"x.go:3: first\n\tcontinued", "x.go:4: second"}));
  EXPECT_EQ(SplitOutput(out, true),
            (Strings{"x.go:3: first\n\tcontinued", "<autogenerated>:1: auto", "x.go:4: second"}));
  // A continuation after a dropped line joins the last kept message.
  EXPECT_EQ(SplitOutput("x.go:1: a\n# note\n\tmore\n", false), (Strings{"x.go:1: a\n\tmore"}));
  // run.go panics here; the runner keeps the line as a message.
  EXPECT_EQ(SplitOutput("\tstray\n", false), (Strings{"\tstray"}));
}

TEST(MatchPrefix, LocationRules) {
  EXPECT_TRUE(MatchPrefix("x.go:12: moved to heap: i", "x.go:12"));
  EXPECT_TRUE(MatchPrefix("/abs/dir/x.go:12:5: moved", "x.go:12"));
  EXPECT_TRUE(MatchPrefix("x.go:12[x.go:3]: inlined", "x.go:12"));
  EXPECT_FALSE(MatchPrefix("x.go:123: other line", "x.go:12"));
  EXPECT_FALSE(MatchPrefix("y.go:12: other file", "x.go:12"));
  EXPECT_FALSE(MatchPrefix("ax.go:12: suffix only", "x.go:12"));
  EXPECT_FALSE(MatchPrefix("x.go:12", "x.go:12"));  // nothing after the prefix
  EXPECT_FALSE(MatchPrefix("no colon", "no"));
  // Only slashes before the first ':' delimit the directory.
  EXPECT_FALSE(MatchPrefix("x.go:1: see /tmp/x.go:12: here", "x.go:12"));
  EXPECT_TRUE(MatchPrefix("<autogenerated>:1: inlining call", "<autogenerated>"));
}

// --- wantedErrors ------------------------------------------------------------

std::vector<WantedError> Wanted(llvm::StringRef src, std::string* fatal = nullptr) {
  std::vector<WantedError> out;
  std::string ignored;
  CheckedFile f{"/abs/x.go", "x.go", src.str()};
  bool ok = WantedErrors(f, "dir/x.go", out, fatal ? fatal : &ignored);
  if (!ok && fatal == nullptr) ADD_FAILURE() << ignored;
  return out;
}

TEST(WantedErrors, QuotesMarkersAndLine) {
  auto w = Wanted(
      "package p\n"
      "var a = 1 // ERROR \"first\" \"second\"\n"
      "var b = 2 // GC_ERROR \"gc only\"\n"
      "var c = 3 //// ERROR \"disabled\"\n"
      "var d = 4 // ERRORAUTO \"auto\"\n"
      "var e = 5 // ERROR \"at LINE, LINE+2 and LINE-1\" // ERROR \"same comment\"\n"
      "var f = 6 // note // ERROR \"\\(raw\\)\"\n"
      "var g = 7 // ERROR\"not a marker\"\n");
  ASSERT_EQ(w.size(), 7u);
  EXPECT_EQ(w[0].re_str, "first");
  EXPECT_EQ(w[0].prefix, "x.go:2");
  EXPECT_EQ(w[1].re_str, "second");
  EXPECT_EQ(w[2].re_str, "gc only");
  EXPECT_FALSE(w[2].is_auto);
  EXPECT_EQ(w[3].re_str, "auto");
  EXPECT_TRUE(w[3].is_auto);
  EXPECT_EQ(w[4].re_str, "at x.go:6, x.go:8 and x.go:5");
  EXPECT_EQ(w[5].re_str, "same comment");
  EXPECT_EQ(w[6].re_str, "\\(raw\\)");  // no escape processing
  EXPECT_EQ(w[6].line_num, 7);
  EXPECT_EQ(w[6].file, "x.go");
}

TEST(WantedErrors, FatalLinesAsRunGoWordsThem) {
  std::string fatal;
  EXPECT_TRUE(Wanted("x // ERROR no quotes\n", &fatal).empty());
  EXPECT_EQ(fatal, "dir/x.go:1: invalid errchk line: x // ERROR no quotes");
  Wanted("\nx // ERROR \"a(b\"\n", &fatal);
  EXPECT_EQ(fatal,
            "dir/x.go:2: invalid regexp \"a(b\" in ERROR line: error parsing regexp: missing "
            "closing ): `a(b`");
}

// --- errorCheck ------------------------------------------------------------------

std::optional<std::string> Check(llvm::StringRef out, llvm::StringRef src, bool want_auto = false) {
  return ErrorCheck(out, want_auto, {CheckedFile{"/abs/dir/x.go", "x.go", src.str()}}, "x.go");
}

constexpr const char* kSrc =
    "package p\n"
    "\n"
    "func f() { // ERROR \"can inline f\"\n"
    "\tx := 0 // ERROR \"moved to heap: x$\"\n"
    "}\n";

TEST(ErrorCheck, Passes) {
  EXPECT_EQ(Check("/abs/dir/x.go:3: can inline f\n/abs/dir/x.go:4: moved to heap: x\n", kSrc),
            std::nullopt);
  // Columns, and output order, do not matter.
  EXPECT_EQ(Check("/abs/dir/x.go:4:2: moved to heap: x\n/abs/dir/x.go:3:6: can inline f\n", kSrc),
            std::nullopt);
}

TEST(ErrorCheck, MissingErrorIsASingleError) {
  EXPECT_EQ(Check("/abs/dir/x.go:3: can inline f\n", kSrc),
            std::optional<std::string>("x.go:4: missing error \"moved to heap: x$\""));
}

TEST(ErrorCheck, NoMatchAndUnmatched) {
  EXPECT_EQ(Check("/abs/dir/x.go:3: can inline f\n/abs/dir/x.go:4: moved to heap: y\n", kSrc),
            std::optional<std::string>("\n"
                                       "x.go:4: no match for `moved to heap: x$` in:\n"
                                       "\tx.go:4: moved to heap: y\n"
                                       "Unmatched Errors:\n"
                                       "x.go:4: moved to heap: y\n"));
  EXPECT_EQ(Check("/abs/dir/x.go:3: can inline f\n/abs/dir/x.go:4: moved to heap: x\n"
                  "/abs/dir/x.go:5: extra\n",
                  kSrc),
            std::optional<std::string>("\nUnmatched Errors:\nx.go:5: extra\n"));
}

TEST(ErrorCheck, OneRegexpConsumesAllMatchingMessagesOfItsLine) {
  llvm::StringRef src = "p // ERROR \"ignoring self-assignment\"\n";
  EXPECT_EQ(
      Check("x.go:1: ignoring self-assignment in a\nx.go:1: ignoring self-assignment in a\n", src),
      std::nullopt);
  // ... so the same regexp twice reports the second as missing.
  EXPECT_EQ(Check("x.go:1: ignoring self-assignment\nx.go:1: ignoring self-assignment\n",
                  "p // ERROR \"self\" \"self\"\n"),
            std::optional<std::string>("x.go:1: missing error \"self\""));
}

TEST(ErrorCheck, RegexpSeesTextAfterFirstSpaceOnly) {
  // The file name is not part of the text, so it cannot be matched.
  EXPECT_EQ(Check("x.go:1: msg\n", "p // ERROR \"x.go\"\n"),
            std::optional<std::string>(
                "\nx.go:1: no match for `x.go` in:\n\tx.go:1: msg\nUnmatched Errors:\nx.go:1: "
                "msg\n"));
  // ... but LINE references elsewhere in the text are.
  EXPECT_EQ(Check("x.go:2: inlined from x.go:1\n", "\np // ERROR \"from LINE-1$\"\n"),
            std::nullopt);
}

TEST(ErrorCheck, ContinuationLinesAreOneMessage) {
  llvm::StringRef out = "x.go:1: cannot use x\n\thave int\n\twant string\n";
  EXPECT_EQ(Check(out, "p // ERROR \"cannot use x\"\n"), std::nullopt);
  EXPECT_NE(Check(out, "p // ERROR \"cannot use x$\"\n"), std::nullopt);  // $ is end of text
  EXPECT_EQ(Check(out, "p // ERROR \"(?s)cannot.*want string$\"\n"), std::nullopt);
}

TEST(ErrorCheck, AutogeneratedMessages) {
  llvm::StringRef out = "x.go:1: can inline f\n<autogenerated>:1: inlining call to f\n";
  llvm::StringRef src = "p // ERROR \"can inline f\" // ERRORAUTO \"inlining call\"\n";
  // Without errorcheckwithauto the <autogenerated> line is dropped and the
  // ERRORAUTO expectation (the only one on the line) is missing.
  EXPECT_EQ(Check(out, src, false),
            std::optional<std::string>("\nx.go:1: missing error \"inlining call\"\n"
                                       "Unmatched Errors:\nx.go:1: can inline f\n"));
  EXPECT_EQ(Check(out, "p // ERROR \"can inline f\"\n", false), std::nullopt);
  EXPECT_EQ(
      Check(out, "p // ERROR \"can inline f\"\n", true),
      std::optional<std::string>("\nUnmatched Errors:\n<autogenerated>:1: inlining call to f\n"));
  EXPECT_EQ(
      Check(out, "p // ERROR \"can inline f\"\nq // ERRORAUTO \"inlining call to f\"\n", true),
      std::nullopt);
}

TEST(ErrorCheck, QuotingInMessages) {
  // %q for missing errors, %#q (backquotes when possible) for no-match.
  EXPECT_EQ(Check("", "p // ERROR \"a\\\\b `c`\"\n"),
            std::optional<std::string>("x.go:1: missing error \"a\\\\\\\\b `c`\""));
  EXPECT_EQ(Check("x.go:1: zzz\n", "p // ERROR \"a`c`\"\n"),
            std::optional<std::string>("\nx.go:1: no match for \"a`c`\" in:\n\tx.go:1: zzz\n"
                                       "Unmatched Errors:\nx.go:1: zzz\n"));
}

TEST(ErrorCheck, SeveralFilesOfAPackage) {
  std::vector<CheckedFile> files = {
      {"/d/t.dir/a.go", "a.go", "package a\nfunc F() {} // ERROR \"can inline F\"\n"},
      {"/d/t.dir/b.go", "b.go", "package a\nfunc G() {} // ERROR \"can inline G\"\n"}};
  EXPECT_EQ(ErrorCheck("/d/t.dir/a.go:2:6: can inline F\n/d/t.dir/b.go:2:6: can inline G\n", false,
                       files, "t.go"),
            std::nullopt);
  EXPECT_EQ(ErrorCheck("/d/t.dir/a.go:2:6: can inline F\n", false, files, "t.go"),
            std::optional<std::string>("b.go:2: missing error \"can inline G\""));
}

TEST(ErrorCheck, FatalLineFailsTheTest) {
  EXPECT_EQ(Check("", "p // ERROR \"[\"\n"),
            std::optional<std::string>("x.go:1: invalid regexp \"[\" in ERROR line: error parsing "
                                       "regexp: missing closing ]: `[`"));
}

// --- updateErrors ----------------------------------------------------------------

TEST(UpdateErrors, RewritesCommentsLikeRunGo) {
  llvm::StringRef src =
      "package p\n"
      "\n"
      "func f(p *int) { // ERROR \"old\"\n"
      "\tx := 0\n"
      "\t_ = x // keep this comment\n"
      "}\n";
  llvm::StringRef out =
      "/abs/x.go:3: leaking param: p\n"
      "/abs/x.go:3: can inline f\n"
      "/abs/x.go:3: can inline f\n"  // duplicates collapse
      "/abs/x.go:4: moved to heap: x (see /abs/x.go:3) *[]+?()\\ \"q\" .autotmp_12\n"
      "/other/y.go:4: other file\n"
      "/abs/x.go:99: beyond the file\n"
      "<autogenerated>:1: auto\n";
  EXPECT_EQ(UpdateErrors(out, "/abs/x.go", src),
            "package p\n"
            "\n"
            "func f(p *int) { // ERROR \"can inline f$\" \"leaking param: p$\"\n"
            "\tx := 0 // ERROR \"moved to heap: x \\(see x.go:3\\) \\*\\[\\]\\+\\?\\(\\)\\\\ "
            ".q. .autotmp_[0-9]+$\"\n"
            "\t_ = x // keep this comment\n"
            "}\n");
}

}  // namespace
}  // namespace goescape::errorcheck
