// Tests for frontend/base/go_text: Go's text functions, against go1.19's own
// outputs (go_quote.golden, made by scripts/oracle/gotext.sh).
#include "frontend/base/go_text.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "llvm/ADT/StringExtras.h"

namespace goescape {
namespace {

TEST(GoText, TrimSpaceAndFields) {
  EXPECT_EQ(TrimSpace(" \t\xC2\xA0x y\n\xE3\x80\x80"), "x y");
  EXPECT_EQ(TrimSpace("\xff "), "\xff");
  EXPECT_EQ(Fields(" a  b\tc\xC2\x85"
                   "d "),
            (std::vector<llvm::StringRef>{"a", "b", "c", "d"}));
  EXPECT_EQ(ReplaceAll("aXbXc", "X", "--"), "a--b--c");
}

// Every line of the golden: "s<TAB>HEX<TAB>QUOTED" for strconv.Quote of the
// bytes HEX, "r<TAB>DECIMAL<TAB>QUOTED" for strconv.QuoteRune, or
// "u<TAB>DECIMAL<TAB>TEXT" for fmt's %#U (which shows the rune only when
// strconv.IsPrint accepts it: the runes are chosen at the table's edges).
TEST(GoText, QuoteAgreesWithGo) {
  std::ifstream in(GOESCAPE_GO_QUOTE_GOLDEN);
  ASSERT_TRUE(in.good());
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    llvm::SmallVector<llvm::StringRef, 3> f;
    llvm::StringRef(line).split(f, '\t', 2);
    ASSERT_EQ(f.size(), 3u) << line;
    if (f[0] == "s") {
      std::string bytes = llvm::fromHex(f[1]);
      EXPECT_EQ(GoQuote(bytes), f[2].str()) << line;
    } else {
      long long r = 0;
      ASSERT_FALSE(f[1].getAsInteger(10, r)) << line;
      if (f[0] == "r") {
        EXPECT_EQ(GoQuoteRune(r), f[2].str()) << line;
      } else {
        EXPECT_EQ(GoFormatRuneU(static_cast<char32_t>(r)), f[2].str()) << line;
      }
    }
    ++n;
  }
  EXPECT_GE(n, 60);
}

}  // namespace
}  // namespace goescape
