// antlr_lexer.cpp: LexWithAntlr, the reference lexer: the ANTLR lexer
// generated from grammar/GoLexer.g4, over the same decoded code points as
// the hand-written scanner (scanner.h). Only the differential test and the
// parser fuzzer call it; goescape does not link it (nor, therefore, the
// generated lexer and its static initializer).
#include <string>

#include "GoLexer.h"
#include "antlr4-runtime.h"
#include "frontend/parse/scanner.h"

namespace goescape::parse {
namespace {

/// CodePointStream feeds decoded code points to the ANTLR lexer.
class CodePointStream : public antlr4::ANTLRInputStream {
 public:
  explicit CodePointStream(std::u32string_view data) {
    _data.assign(data.begin(), data.end());
    p = 0;
  }
};

}  // namespace

std::vector<RawToken> LexWithAntlr(std::u32string_view cps) {
  CodePointStream input(cps);
  goescape_antlr::GoLexer lexer(&input);
  lexer.removeErrorListeners();
  std::vector<RawToken> out;
  for (const auto& t : lexer.getAllTokens()) {
    out.push_back({static_cast<uint32_t>(t->getType()), static_cast<uint32_t>(t->getStartIndex()),
                   static_cast<uint32_t>(t->getStopIndex())});
  }
  return out;
}

}  // namespace goescape::parse
