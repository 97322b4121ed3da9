// diagnostic_test.cpp: GcErrorSink reproduces gc's error reporting rules.
#include "frontend/diag/diagnostic.h"

#include <gtest/gtest.h>

#include "frontend/base/source.h"
#include "llvm/Support/raw_ostream.h"

namespace goescape {
namespace {

class GcErrorSinkTest : public ::testing::Test {
 protected:
  GcErrorSinkTest() { sources_.Add("a.go", "package p\n\nfunc f() {\n\tx\n}\n"); }
  std::string Run(const std::vector<Diagnostic>& diags, GcErrorSink::Options opts = {}) {
    std::string out;
    llvm::raw_string_ostream os(out);
    {
      GcErrorSink sink(sources_, os, opts);
      for (const Diagnostic& d : diags) sink.Report(d);
    }
    return os.str();
  }
  static Pos P(uint32_t line, uint32_t col) { return Pos{1, line, col}; }
  SourceSet sources_;
};

TEST_F(GcErrorSinkTest, SortsByPositionAndFormatsLikeGc) {
  auto out = Run({MakeDiag(DiagKind::Type, P(4, 2), "b"), MakeDiag(DiagKind::Type, P(1, 9), "a")});
  EXPECT_EQ(out, "a.go:1:9: a\na.go:4:2: b\n");
}

TEST_F(GcErrorSinkTest, OneSyntaxErrorPerLine) {
  auto out = Run({MakeDiag(DiagKind::Syntax, P(4, 2), "syntax error: first"),
                  MakeDiag(DiagKind::Syntax, P(4, 5), "syntax error: second"),
                  MakeDiag(DiagKind::Scanner, P(4, 6), "newline in string")});
  EXPECT_EQ(out, "a.go:4:2: syntax error: first\na.go:4:6: newline in string\n");
}

TEST_F(GcErrorSinkTest, EqualNonSyntaxErrorsOnOneLineOnce) {
  auto out = Run({MakeDiag(DiagKind::Type, P(4, 2), "undefined: u"),
                  MakeDiag(DiagKind::Type, P(4, 9), "undefined: u"),
                  MakeDiag(DiagKind::Type, P(4, 12), "undefined: v"),
                  MakeDiag(DiagKind::Type, P(4, 15), "undefined: u")});
  EXPECT_EQ(out, "a.go:4:2: undefined: u\na.go:4:12: undefined: v\na.go:4:15: undefined: u\n");
}

TEST_F(GcErrorSinkTest, StopsAfterTenErrorsUnlessE) {
  std::vector<Diagnostic> diags;
  for (uint32_t i = 12; i >= 1; --i) diags.push_back(MakeDiag(DiagKind::Type, P(i, 1), "e"));
  std::string limited = Run(diags);
  // The 10 errors reported first, sorted, then "too many errors" at the 10th.
  EXPECT_EQ(limited.find("a.go:1:1"), std::string::npos);
  EXPECT_NE(limited.find("a.go:3:1: e\n"), std::string::npos);
  EXPECT_TRUE(llvm::StringRef(limited).endswith("a.go:3:1: too many errors\n"));
  GcErrorSink::Options no_limit;
  no_limit.no_limit = true;
  std::string all = Run(diags, no_limit);
  EXPECT_NE(all.find("a.go:1:1: e\n"), std::string::npos);
  EXPECT_EQ(all.find("too many errors"), std::string::npos);
}

TEST_F(GcErrorSinkTest, NotesAreContinuationLinesAndColumnsOptional) {
  Diagnostic d = MakeDiag(DiagKind::Type, P(4, 2), "not enough arguments in call to f");
  d.notes = {"\thave ()", "\twant (int)"};
  GcErrorSink::Options opts;
  opts.columns = false;
  EXPECT_EQ(Run({d}, opts), "a.go:4: not enough arguments in call to f\n\thave ()\n\twant (int)\n");
}

TEST_F(GcErrorSinkTest, CaretShowsSourceLine) {
  GcErrorSink::Options opts;
  opts.caret = true;
  std::string out = Run({MakeDiag(DiagKind::Type, P(4, 2), "undefined: x")}, opts);
  EXPECT_NE(out.find("a.go:4:2: undefined: x\n"), std::string::npos);
  EXPECT_NE(out.find("^"), std::string::npos);
}

/// LineDirectiveTest: a file with //line bases (as the parser records them).
class LineDirectiveTest : public ::testing::Test {
 protected:
  LineDirectiveTest() {
    sources_.Add("a.go",
                 "package p\n"                // 1
                 "//line other.go:100\n"      // 2
                 "x y\n"                      // 3
                 "a /*line inl.go:7:3*/ b\n"  // 4
                 "c\n");                      // 5
    LineBase b1;
    b1.from = 29;  // right after the //line comment
    b1.pos = Pos{1, 3, 1};
    b1.filename = "other.go";
    b1.line = 100;
    LineBase b2;
    b2.from = 55;  // right after the /*line*/ comment
    b2.pos = Pos{1, 4, 22};
    b2.filename = "inl.go";
    b2.line = 7;
    b2.col = 3;
    sources_.Get(1).SetLineBases({b1, b2});
  }
  std::string Run(const std::vector<Diagnostic>& diags) {
    std::string out;
    llvm::raw_string_ostream os(out);
    {
      GcErrorSink sink(sources_, os, {});
      for (const Diagnostic& d : diags) sink.Report(d);
    }
    return os.str();
  }
  SourceSet sources_;
};

TEST_F(LineDirectiveTest, PositionsPrintRelativeToTheDirective) {
  PosFormatter fmt(sources_, true);
  EXPECT_EQ(fmt.Format(Pos{1, 1, 9}), "a.go:1:9");      // before any directive
  EXPECT_EQ(fmt.Format(Pos{1, 3, 3}), "other.go:100");  // //line file:line: no column
  EXPECT_EQ(fmt.Format(Pos{1, 4, 1}), "other.go:101");
  EXPECT_EQ(fmt.Format(Pos{1, 4, 23}), "inl.go:7:4");  // same line: relative column
  EXPECT_EQ(fmt.Format(Pos{1, 5, 1}), "inl.go:8:1");   // later lines: physical column
  EXPECT_EQ(PosFormatter(sources_, false).Format(Pos{1, 4, 23}), "inl.go:7");
}

TEST_F(LineDirectiveTest, SortsByBaseInOrderOfFirstReport) {
  // gc numbers bases as errors in them are reported: an error after the
  // directive reported first sorts first (tests/lit/syntax/multi has the
  // go1.19 case).
  auto out = Run({MakeDiag(DiagKind::Syntax, Pos{1, 3, 3}, "syntax error: late"),
                  MakeDiag(DiagKind::Syntax, Pos{1, 1, 1}, "syntax error: early")});
  EXPECT_EQ(out, "other.go:100: syntax error: late\na.go:1:1: syntax error: early\n");
}

TEST_F(LineDirectiveTest, SameLineMeansSameBase) {
  // Line 4 holds two bases: a syntax error in each is reported.
  auto out = Run({MakeDiag(DiagKind::Syntax, Pos{1, 4, 1}, "syntax error: one"),
                  MakeDiag(DiagKind::Syntax, Pos{1, 4, 23}, "syntax error: two"),
                  MakeDiag(DiagKind::Syntax, Pos{1, 4, 24}, "syntax error: three")});
  EXPECT_EQ(out, "other.go:101: syntax error: one\ninl.go:7:4: syntax error: two\n");
}

TEST(PosFormatterTest, SaturatesLikeGc) {
  SourceSet sources;
  sources.Add("a.go", "package p\n");
  PosFormatter fmt(sources, true);
  // gc keeps at most 255 as a column and does not print 255.
  EXPECT_EQ(fmt.Format(Pos{1, 1, 254}), "a.go:1:254");
  EXPECT_EQ(fmt.Format(Pos{1, 1, 255}), "a.go:1");
  EXPECT_EQ(fmt.Format(Pos{1, 1, 300}), "a.go:1");
  EXPECT_EQ(fmt.Format(Pos{1, 2000000, 1}), "a.go:1048574:1");
  EXPECT_EQ(fmt.Format(Pos{}), "<unknown>");
}

}  // namespace
}  // namespace goescape
