// scanner.cpp: ScanGo, the hand-written scanner for the tokens of
// grammar/GoLexer.g4 (see scanner.h).
//
// Algorithm: one pass over the code points; at each position the first code
// point selects the token shape, and the token is the longest match, as in
// the ANTLR lexer (ties go to the rule listed first: keywords before
// IDENTIFIER before BAD_IDENTIFIER). Every token shape of the grammar has
// the property that each prefix the greedy scan passes through is itself a
// complete token of that shape (all parts after the first character are
// optional or loops), so the greedy scan below is the longest match with no
// backtracking:
//   * names: the longest run of ID_ANY ([a-zA-Z_0-9] or any code point from
//     U+0080) starting with ID_ANY_START is BAD_IDENTIFIER's match; when the
//     whole run is also an IDENTIFIER (LETTER (LETTER | UNICODE_DIGIT)*), the
//     earlier rule wins the tie: a keyword if the run spells one, else
//     IDENTIFIER. A proper IDENTIFIER prefix of a longer run loses to it;
//   * NUMBER: base prefix, digits and '_', fraction, exponent, 'i', each part
//     taken when its first character is there (GoLexer.g4's four
//     alternatives; "0x"/"0o"/"0b" are always longer than the decimal
//     alternative's "0");
//   * strings and runes: escaped pairs ('\\' and any character but a newline)
//     and other characters up to the closing quote, a newline or the end;
//     a final '\\' before a newline or the end is part of the token;
//   * comments: "//" to the newline, "/*" to the first "*/" (non-greedy) or
//     the end of the input;
//   * operators: maximal munch over the grammar's fixed strings; "." followed
//     by a decimal digit starts a NUMBER;
//   * spaces, tabs and carriage returns are skipped (WS -> skip); any other
//     ASCII character is an INVALID_CHAR of its own.
// Invariants: tokens are in order, non-overlapping, and cover every code
// point except skipped white space. Limits: none beyond uint32 indices
// (files are far below 4 GiB).
#include "frontend/parse/scanner.h"

#include <algorithm>
#include <iterator>

#include "GoLexer.h"

namespace goescape::parse {
namespace {

/// CodePointRange is an inclusive range of code points (GoLexerTables.inc).
struct CodePointRange {
  char32_t lo, hi;
};

#include "GoLexerTables.inc"

using L = goescape_antlr::GoLexer;

constexpr char32_t kEnd = 0xFFFFFFFF;

bool InRanges(const CodePointRange* begin, const CodePointRange* end, char32_t c) {
  const CodePointRange* it =
      std::upper_bound(begin, end, c, [](char32_t v, const CodePointRange& r) { return v < r.lo; });
  return it != begin && c <= (it - 1)->hi;
}

bool IsAsciiLetter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDecimal(char32_t c) { return c >= '0' && c <= '9'; }
bool IsHexIsh(char32_t c) {
  return IsDecimal(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') || c == '_';
}
bool IsDecIsh(char32_t c) { return IsDecimal(c) || c == '_'; }
/// ID_ANY: what continues a BAD_IDENTIFIER.
bool IsIdAny(char32_t c) {
  return c >= 0x80 ? c != kEnd : IsAsciiLetter(c) || IsDecimal(c) || c == '_';
}

/// KeywordType is the keyword spelled by name, or IDENTIFIER.
uint32_t KeywordType(std::u32string_view name) {
  // Keywords are 2 to 11 lowercase ASCII letters.
  if (name.size() < 2 || name.size() > 11 || name[0] < 'b' || name[0] > 'v') return L::IDENTIFIER;
  char buf[12];
  for (size_t i = 0; i < name.size(); ++i) {
    if (name[i] < 'a' || name[i] > 'z') return L::IDENTIFIER;
    buf[i] = static_cast<char>(name[i]);
  }
  std::string_view s(buf, name.size());
  struct Keyword {
    std::string_view text;
    uint32_t type;
  };
  static constexpr Keyword kKeywords[] = {
      {"break", L::BREAK},
      {"case", L::CASE},
      {"chan", L::CHAN},
      {"const", L::CONST},
      {"continue", L::CONTINUE},
      {"default", L::DEFAULT},
      {"defer", L::DEFER},
      {"else", L::ELSE},
      {"fallthrough", L::FALLTHROUGH},
      {"for", L::FOR},
      {"func", L::FUNC},
      {"go", L::GO},
      {"goto", L::GOTO},
      {"if", L::IF},
      {"import", L::IMPORT},
      {"interface", L::INTERFACE},
      {"map", L::MAP},
      {"package", L::PACKAGE},
      {"range", L::RANGE},
      {"return", L::RETURN},
      {"select", L::SELECT},
      {"struct", L::STRUCT},
      {"switch", L::SWITCH},
      {"type", L::TYPE},
      {"var", L::VAR},
  };
  for (const Keyword& k : kKeywords) {
    if (k.text == s) return k.type;
  }
  return L::IDENTIFIER;
}

/// Scanner is the state of one ScanGo call.
class Scanner {
 public:
  explicit Scanner(std::u32string_view s) : s_(s), n_(s.size()) {}

  std::vector<RawToken> Run();

 private:
  char32_t At(size_t k) const { return k < n_ ? s_[k] : kEnd; }
  void Emit(uint32_t type, size_t start, size_t end) {
    out_.push_back({type, static_cast<uint32_t>(start), static_cast<uint32_t>(end - 1)});
  }
  size_t Skip(size_t i, bool (*pred)(char32_t)) const {
    while (i < n_ && pred(s_[i])) ++i;
    return i;
  }
  size_t Name(size_t i);
  size_t Number(size_t i);
  size_t Quoted(size_t i, char32_t quote);
  size_t Operator(size_t i);

  std::u32string_view s_;
  size_t n_;
  std::vector<RawToken> out_;
};

size_t Scanner::Name(size_t i) {
  size_t start = i;
  bool ident = IsGoLetter(s_[i]);
  for (++i; i < n_ && IsIdAny(s_[i]); ++i) {
    if (ident && s_[i] >= 0x80 && !IsGoLetter(s_[i]) && !IsGoDigit(s_[i])) ident = false;
  }
  uint32_t type =
      ident ? KeywordType(s_.substr(start, i - start)) : static_cast<uint32_t>(L::BAD_IDENTIFIER);
  Emit(type, start, i);
  return i;
}

size_t Scanner::Number(size_t i) {
  size_t start = i;
  bool hex = false;
  if (s_[i] == '.') {
    // '.' [0-9] DEC_ISH* exponent? 'i'?
    i = Skip(i + 1, IsDecIsh);
  } else {
    char32_t x = At(i + 1) | 0x20;
    if (s_[i] == '0' && x == 'x') {
      hex = true;
      i = Skip(i + 2, IsHexIsh);
      if (At(i) == '.') i = Skip(i + 1, IsHexIsh);
    } else {
      i = s_[i] == '0' && (x == 'o' || x == 'b') ? i + 2 : i + 1;
      i = Skip(i, IsDecIsh);
      if (At(i) == '.') i = Skip(i + 1, IsDecIsh);
    }
  }
  char32_t e = At(i) | 0x20;
  if (e == 'p' || (!hex && e == 'e')) {
    ++i;
    if (At(i) == '+' || At(i) == '-') ++i;
    i = Skip(i, IsDecIsh);
  }
  if (At(i) == 'i') ++i;
  Emit(L::NUMBER, start, i);
  return i;
}

size_t Scanner::Quoted(size_t i, char32_t quote) {
  size_t start = i;
  uint32_t type = quote == '"' ? L::STRING_LIT : L::RUNE_LIT;
  for (++i; i < n_; ++i) {
    char32_t c = s_[i];
    if (c == quote) {
      ++i;
      break;
    }
    if (c == '\n') break;
    if (c == '\\') {
      // An escaped pair, or a final backslash before a newline or the end.
      if (i + 1 < n_ && s_[i + 1] != '\n') {
        ++i;
        continue;
      }
      ++i;
      break;
    }
  }
  Emit(type, start, i);
  return i;
}

size_t Scanner::Operator(size_t i) {
  char32_t c = s_[i];
  char32_t c1 = At(i + 1);
  char32_t c2 = At(i + 2);
  uint32_t type = L::INVALID_CHAR;
  size_t len = 1;
  auto two = [&](char32_t next, uint32_t t2, uint32_t t1) {
    if (c1 == next) {
      type = t2;
      len = 2;
    } else {
      type = t1;
    }
  };
  switch (c) {
    case ',':
      type = L::COMMA;
      break;
    case ';':
      type = L::SEMI;
      break;
    case '(':
      type = L::LPAREN;
      break;
    case ')':
      type = L::RPAREN;
      break;
    case '[':
      type = L::LBRACK;
      break;
    case ']':
      type = L::RBRACK;
      break;
    case '{':
      type = L::LBRACE;
      break;
    case '}':
      type = L::RBRACE;
      break;
    case '~':
      type = L::TILDE;
      break;
    case '.':
      if (c1 == '.' && c2 == '.') {
        type = L::ELLIPSIS;
        len = 3;
      } else {
        type = L::DOT;
      }
      break;
    case ':':
      two('=', L::DEFINE, L::COLON);
      break;
    case '=':
      two('=', L::EQL, L::ASSIGN);
      break;
    case '!':
      two('=', L::NEQ, L::NOT);
      break;
    case '*':
      two('=', L::MUL_ASSIGN, L::MUL);
      break;
    case '/':
      two('=', L::QUO_ASSIGN, L::QUO);
      break;
    case '%':
      two('=', L::REM_ASSIGN, L::REM);
      break;
    case '^':
      two('=', L::XOR_ASSIGN, L::XOR);
      break;
    case '+':
      if (c1 == '+') {
        type = L::INC, len = 2;
      } else {
        two('=', L::ADD_ASSIGN, L::ADD);
      }
      break;
    case '-':
      if (c1 == '-') {
        type = L::DEC, len = 2;
      } else {
        two('=', L::SUB_ASSIGN, L::SUB);
      }
      break;
    case '|':
      if (c1 == '|') {
        type = L::LOR, len = 2;
      } else {
        two('=', L::OR_ASSIGN, L::OR);
      }
      break;
    case '&':
      if (c1 == '&') {
        type = L::LAND, len = 2;
      } else if (c1 == '^') {
        if (c2 == '=') {
          type = L::AND_NOT_ASSIGN, len = 3;
        } else {
          type = L::AND_NOT, len = 2;
        }
      } else {
        two('=', L::AND_ASSIGN, L::AND);
      }
      break;
    case '<':
      if (c1 == '<') {
        if (c2 == '=') {
          type = L::SHL_ASSIGN, len = 3;
        } else {
          type = L::SHL, len = 2;
        }
      } else if (c1 == '-') {
        type = L::ARROW, len = 2;
      } else {
        two('=', L::LEQ, L::LSS);
      }
      break;
    case '>':
      if (c1 == '>') {
        if (c2 == '=') {
          type = L::SHR_ASSIGN, len = 3;
        } else {
          type = L::SHR, len = 2;
        }
      } else {
        two('=', L::GEQ, L::GTR);
      }
      break;
    default:
      break;  // INVALID_CHAR
  }
  Emit(type, i, i + len);
  return i + len;
}

std::vector<RawToken> Scanner::Run() {
  out_.reserve(n_ / 3 + 16);
  size_t i = 0;
  while (i < n_) {
    char32_t c = s_[i];
    if (c >= 0x80 || IsAsciiLetter(c) || c == '_') {
      i = Name(i);
      continue;
    }
    switch (c) {
      case ' ':
      case '\t':
      case '\r':
        i = Skip(i + 1, [](char32_t d) { return d == ' ' || d == '\t' || d == '\r'; });
        break;
      case '\n':
        Emit(L::NEWLINE, i, i + 1);
        ++i;
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        i = Number(i);
        break;
      case '.':
        i = IsDecimal(At(i + 1)) ? Number(i) : Operator(i);
        break;
      case '\'':
      case '"':
        i = Quoted(i, c);
        break;
      case '`': {
        size_t start = i;
        for (++i; i < n_ && s_[i] != '`'; ++i) {
        }
        if (i < n_) ++i;
        Emit(L::RAW_STRING_LIT, start, i);
        break;
      }
      case '/':
        if (At(i + 1) == '/') {
          size_t start = i;
          for (i += 2; i < n_ && s_[i] != '\n'; ++i) {
          }
          Emit(L::LINE_COMMENT, start, i);
        } else if (At(i + 1) == '*') {
          size_t start = i;
          for (i += 2; i < n_ && !(s_[i] == '*' && At(i + 1) == '/'); ++i) {
          }
          i = i < n_ ? i + 2 : n_;
          Emit(L::BLOCK_COMMENT, start, i);
        } else {
          i = Operator(i);
        }
        break;
      default:
        i = Operator(i);
        break;
    }
  }
  return std::move(out_);
}

}  // namespace

bool IsGoLetter(char32_t c) {
  if (c < 0x80) return IsAsciiLetter(c) || c == '_';
  return InRanges(std::begin(kGoLetter), std::end(kGoLetter), c);
}

bool IsGoDigit(char32_t c) {
  if (c < 0x80) return IsDecimal(c);
  return InRanges(std::begin(kGoDigit), std::end(kGoDigit), c);
}

std::vector<RawToken> ScanGo(std::u32string_view cps) { return Scanner(cps).Run(); }

std::string_view GoLiteralName(size_t type) {
  return type < std::size(kGoLiteralNames) ? kGoLiteralNames[type] : "";
}

std::string_view GoSymbolicName(size_t type) {
  return type < std::size(kGoSymbolicNames) ? kGoSymbolicNames[type] : "";
}

size_t GoMaxTokenType() { return std::size(kGoSymbolicNames) - 1; }

}  // namespace goescape::parse
