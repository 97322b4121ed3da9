// scanner.h: the lexer step of tokenization (tokens.h, step 2): decoded code
// points in, the tokens of grammar/GoLexer.g4 out. Internal to
// frontend/parse.
//
// Two implementations produce the same RawToken lists:
//   * ScanGo (scanner.cpp), hand-written and used by default: a direct-coded
//     maximal-munch scanner with one case per token shape of GoLexer.g4;
//   * LexWithAntlr (antlr_lexer.cpp), the ANTLR lexer generated from
//     GoLexer.g4, which stays the definition: a differential test
//     (tests/unit/frontend/parse/lexer_diff_test.cpp) and the parser fuzzer
//     require identical output on every input. It is linked only into those
//     (goescape itself never references it).
#ifndef GOESCAPE_FRONTEND_PARSE_SCANNER_H_
#define GOESCAPE_FRONTEND_PARSE_SCANNER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace goescape::parse {

/// RawToken is one token of the lexer grammar: its GoLexer token type and
/// the code points [start, stop] (inclusive, as ANTLR's start and stop
/// indices) it spans. WS tokens are skipped, as the grammar says; there is
/// no EOF token.
struct RawToken {
  uint32_t type;
  uint32_t start;
  uint32_t stop;

  friend bool operator==(const RawToken& a, const RawToken& b) {
    return a.type == b.type && a.start == b.start && a.stop == b.stop;
  }
};

/// LexFn lexes decoded code points (no NUL, no surrogates, no BOM).
using LexFn = std::vector<RawToken> (*)(std::u32string_view cps);

/// ScanGo is the hand-written scanner.
std::vector<RawToken> ScanGo(std::u32string_view cps);

/// LexWithAntlr is the ANTLR lexer of GoLexer.g4 (the reference).
std::vector<RawToken> LexWithAntlr(std::u32string_view cps);

/// IsGoLetter and IsGoDigit are the grammar's LETTER ([\p{L}_]) and
/// UNICODE_DIGIT ([\p{Nd}]) sets, with the ANTLR tool's Unicode tables.
bool IsGoLetter(char32_t c);
bool IsGoDigit(char32_t c);

/// The lexer grammar's vocabulary, by token type: the literal name
/// ("'break'", "" for tokens without one) and the symbolic name ("BREAK").
/// Out of range: "".
std::string_view GoLiteralName(size_t type);
std::string_view GoSymbolicName(size_t type);
/// GoMaxTokenType is the largest token type of the vocabulary.
size_t GoMaxTokenType();

}  // namespace goescape::parse

#endif  // GOESCAPE_FRONTEND_PARSE_SCANNER_H_
