// regex_test.cpp: the RE2-compatible engine against go1.19's regexp.
//
// The golden file regex_oracle/regex_golden.jsonl was written by go1.19
// (regex_oracle/oracle.go, regen.sh): for every hand-written case and for
// every ERROR pattern of Go's -m errorcheck tests paired with gc's real
// messages, Go's compile error, MatchString, FindStringSubmatchIndex and
// (for some) ReplaceAllLiteralString; for hand cases also the pattern as
// fmt's %q and %#q print it (GoQuote, GoQuoteBackquote). Every record must agree, except the
// documented deviations listed in kKnownDeviations.
#include "tools/goescape/errorcheck/regex.h"

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "frontend/base/go_text.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

namespace goescape::errorcheck {
namespace {

// Patterns Go accepts or folds that this engine handles differently by
// design (see regex.h, Limits).
const std::set<std::string> kKnownDeviations = {
    "(?i)é",  // (?i) folds ASCII only
};

std::string CompileError(llvm::StringRef pattern) {
  auto re = Regex::Compile(pattern);
  if (re) return "";
  return llvm::toString(re.takeError());
}

bool Matches(llvm::StringRef pattern, llvm::StringRef text) {
  auto re = Regex::Compile(pattern);
  EXPECT_TRUE(static_cast<bool>(re)) << pattern.str();
  if (!re) {
    llvm::consumeError(re.takeError());
    return false;
  }
  return re->Match(text);
}

TEST(RegexGolden, AgreesWithGoRegexp) {
  auto buffer = llvm::MemoryBuffer::getFile(GOESCAPE_REGEX_GOLDEN);
  ASSERT_TRUE(static_cast<bool>(buffer)) << GOESCAPE_REGEX_GOLDEN;
  llvm::SmallVector<llvm::StringRef, 0> lines;
  (*buffer)->getBuffer().split(lines, '\n', -1, false);
  ASSERT_GT(lines.size(), 2000u);
  size_t checked = 0, errors = 0, matches = 0, deviations = 0, quotes = 0;
  for (llvm::StringRef line : lines) {
    auto value = llvm::json::parse(line);
    ASSERT_TRUE(static_cast<bool>(value)) << line.str();
    const llvm::json::Object* obj = value->getAsObject();
    ASSERT_NE(obj, nullptr);
    std::string pattern = obj->getString("pattern")->str();
    std::string input;
    if (auto in = obj->getString("input")) input = in->str();
    if (auto hex = obj->getString("input_hex")) input = llvm::fromHex(*hex);
    SCOPED_TRACE("pattern `" + pattern + "` input `" + input + "`");
    // fmt's %q and %#q, which run.go uses to print regexps.
    if (auto quote = obj->getString("quote")) {
      EXPECT_EQ(GoQuote(pattern), quote->str());
      ++quotes;
    }
    if (auto bquote = obj->getString("bquote")) {
      EXPECT_EQ(GoQuoteBackquote(pattern), bquote->str());
    }
    auto re = Regex::Compile(pattern);
    if (auto go_error = obj->getString("error")) {
      ASSERT_FALSE(static_cast<bool>(re));
      EXPECT_EQ(llvm::toString(re.takeError()), go_error->str());
      ++errors;
      ++checked;
      continue;
    }
    if (!re) {
      std::string message = llvm::toString(re.takeError());
      // \p classes are rejected by design (regex.h).
      bool unicode_class =
          llvm::StringRef(pattern).contains("\\p") || llvm::StringRef(pattern).contains("\\P");
      EXPECT_TRUE(unicode_class) << message;
      EXPECT_NE(message.find("unsupported Unicode character class"), std::string::npos);
      ++deviations;
      continue;
    }
    bool go_match = *obj->getBoolean("match");
    if (kKnownDeviations.count(pattern) != 0) {
      ++deviations;
      continue;
    }
    EXPECT_EQ(re->Match(input), go_match);
    std::vector<int> go_sub;
    if (const llvm::json::Array* arr = obj->getArray("submatch")) {
      for (const llvm::json::Value& v : *arr) go_sub.push_back(static_cast<int>(*v.getAsInteger()));
    }
    EXPECT_EQ(re->FindSubmatch(input), go_sub);
    if (auto go_replace = obj->getString("replace")) {
      EXPECT_EQ(re->ReplaceAllLiteral(input, "<R>"), go_replace->str());
    }
    matches += go_match ? 1 : 0;
    ++checked;
  }
  // Keep the golden meaningful: plenty of errors, matches and non-matches.
  EXPECT_GT(errors, 60u);
  EXPECT_GT(matches, 900u);
  EXPECT_GT(checked - errors - matches, 1500u);
  EXPECT_LE(deviations, 12u);
  EXPECT_GT(quotes, 200u);
  RecordProperty("checked", static_cast<int>(checked));
  RecordProperty("deviations", static_cast<int>(deviations));
}

TEST(Regex, BracesThatAreNotRepetitionsAreLiterals) {
  EXPECT_TRUE(Matches("&U{...} does not escape$", "&U{...} does not escape"));
  EXPECT_TRUE(
      Matches("map\\[\\*int\\]\\*int{...} escapes to heap$", "map[*int]*int{...} escapes to heap"));
  EXPECT_TRUE(Matches("a{,2}", "a{,2}"));
  EXPECT_TRUE(Matches("^a{2}$", "aa"));
  EXPECT_FALSE(Matches("^a{2}$", "a{2}"));
}

TEST(Regex, DotAndDollarDoNotCrossNewlines) {
  // gc messages continued on tab-indented lines hold a '\n'.
  EXPECT_FALSE(Matches("a.b", "a\nb"));
  EXPECT_FALSE(Matches("x$", "x\n\tmore"));
  EXPECT_TRUE(Matches("(?s)a.b", "a\nb"));
  EXPECT_TRUE(Matches("(?m)x$", "x\n\tmore"));
}

TEST(Regex, ErrorsUseGoWording) {
  EXPECT_EQ(CompileError("a(b"), "error parsing regexp: missing closing ): `a(b`");
  EXPECT_EQ(CompileError("\xff"), "error parsing regexp: invalid UTF-8: `\xff`");
  EXPECT_EQ(CompileError("a\xff"
                         "b"),
            "error parsing regexp: invalid UTF-8: `\xff"
            "b`");
  EXPECT_EQ(CompileError("[\xff]"), "error parsing regexp: invalid UTF-8: `\xff]`");
  EXPECT_EQ(CompileError("\\pL"),
            "error parsing regexp: unsupported Unicode character class (goescape's regex "
            "engine): `\\pL`");
  EXPECT_EQ(CompileError("\\p{Greek}x"),
            "error parsing regexp: unsupported Unicode character class (goescape's regex "
            "engine): `\\p{Greek}`");
}

TEST(Regex, NestingLimits) {
  std::string deep_capture = std::string(1200, '(') + "a" + std::string(1200, ')');
  EXPECT_EQ(CompileError(deep_capture),
            "error parsing regexp: expression nests too deeply: `" + deep_capture + "`");
  // Deviation (regex.h): non-capturing groups are limited too, and very deep
  // input does not overflow the stack.
  std::string deep_group;
  for (int i = 0; i < 100000; ++i) deep_group += "(?:";
  deep_group += "a";
  deep_group += std::string(100000, ')');
  EXPECT_NE(CompileError(deep_group).find("expression nests too deeply"), std::string::npos);
  // Stacked stars through flag groups (a*(?i)*(?i)*...) nest too.
  std::string stars = "a";
  for (int i = 0; i < 5000; ++i) stars += "*(?i)";
  EXPECT_NE(CompileError(stars).find("expression nests too deeply"), std::string::npos);
}

TEST(Regex, TooLargeProgramIsAnError) {
  // 1000 * 1000 is refused as a repeat count; many large repeats in a row
  // are refused by the size limit, as in Go.
  std::string big;
  for (int i = 0; i < 4000; ++i) big += "[a-z]{1000}";
  EXPECT_EQ(CompileError(big),
            "error parsing regexp: regexp/syntax: internal error: `" + big + "`");
}

TEST(Regex, NoExponentialBlowUp) {
  std::string text(20000, 'a');
  auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(Matches("(a*)*b", text));
  EXPECT_FALSE(Matches("(a|a)*b", text));
  EXPECT_FALSE(Matches("(x+x+)+y", std::string(5000, 'x')));
  EXPECT_FALSE(Matches("^(a?){25}a{25}$", std::string(24, 'a')));
  EXPECT_TRUE(Matches("^(a?){25}a{25}$", std::string(25, 'a')));
  auto re = Regex::Compile("(a*)*$");
  ASSERT_TRUE(static_cast<bool>(re));
  EXPECT_EQ(re->FindSubmatch(text), (std::vector<int>{0, 20000, 0, 20000}));
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count(), 20);
}

TEST(Regex, FindFromOffsetSeesPrecedingText) {
  auto re = Regex::Compile("^a|\\bb");
  ASSERT_TRUE(static_cast<bool>(re));
  std::vector<int> m;
  EXPECT_FALSE(re->FindSubmatchAt("aab", 1, m));  // ^ is the text's start, ab has no \b
  EXPECT_TRUE(re->FindSubmatchAt("a b", 1, m));
  EXPECT_EQ(m, (std::vector<int>{2, 3}));
  EXPECT_FALSE(re->FindSubmatchAt("ab", 3, m));
}

TEST(Regex, SharedAcrossThreads) {
  auto re = Regex::Compile("leaking param: ([a-z]+)( to result ~r[0-9] level=[0-9])?$");
  ASSERT_TRUE(static_cast<bool>(re));
  Regex copy = *re;
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        ok[t] += copy.Match("leaking param: p to result ~r0 level=0") &&
                 !copy.Match("leaking param: p to heap");
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int v : ok) EXPECT_EQ(v, 2000);
  EXPECT_EQ(copy.NumSubexp(), 2u);
  EXPECT_EQ(copy.Pattern(), re->Pattern());
}

TEST(Regex, UpdateErrorsNormalisation) {
  // run.go's updateErrors rewrites autotmp_NNN with this very regexp.
  auto re = Regex::Compile("autotmp_[0-9]+");
  ASSERT_TRUE(static_cast<bool>(re));
  EXPECT_EQ(re->ReplaceAllLiteral(".autotmp_12 escapes, .autotmp_3 too", "autotmp_[0-9]+"),
            ".autotmp_[0-9]+ escapes, .autotmp_[0-9]+ too");
}

}  // namespace
}  // namespace goescape::errorcheck
