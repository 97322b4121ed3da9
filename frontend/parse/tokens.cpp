// tokens.cpp: decoding, lexing, gc's scanner checks and semicolon insertion
// (see tokens.h for the pipeline). The checks are ports of the logic of gc's
// scanner.go functions of the same names (number, digits, invalidSep,
// stdString, rawString, rune, escape, atIdentChar) to code-point arrays; the
// lexer (scanner.h) decides token boundaries, the checks decide the messages.
#include "frontend/parse/tokens.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "frontend/base/go_text.h"
#include "frontend/parse/parser_internal.h"
#include "llvm/Support/raw_ostream.h"

namespace goescape::parse {
namespace {

using goescape_antlr::GoLexer;

constexpr char32_t kEof = 0xFFFFFFFF;

/// Decoded is a file as gc's scanner sees it: code points (NUL, invalid
/// UTF-8 and BOMs removed) with the byte offset of each, plus a sentinel
/// offset at the end.
struct Decoded {
  std::u32string cps;
  std::vector<uint32_t> offs;
};

/// DecodeRune is Go's utf8.DecodeRune: the code point at s[i:] and its width;
/// invalid encodings yield (U+FFFD, 1).
std::pair<char32_t, int> DecodeRune(llvm::StringRef s, size_t i) {
  auto b = [&](size_t k) -> uint8_t { return static_cast<uint8_t>(s[k]); };
  uint8_t c0 = b(i);
  if (c0 < 0x80) return {c0, 1};
  size_t n = s.size() - i;
  auto cont = [&](size_t k, uint8_t lo, uint8_t hi) {
    return k < s.size() && b(k) >= lo && b(k) <= hi;
  };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (n >= 2 && cont(i + 1, 0x80, 0xBF))
      return {char32_t((c0 & 0x1F) << 6 | (b(i + 1) & 0x3F)), 2};
    return {0xFFFD, 1};
  }
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80;
    uint8_t hi = c0 == 0xED ? 0x9F : 0xBF;
    if (n >= 3 && cont(i + 1, lo, hi) && cont(i + 2, 0x80, 0xBF)) {
      return {char32_t((c0 & 0x0F) << 12 | (b(i + 1) & 0x3F) << 6 | (b(i + 2) & 0x3F)), 3};
    }
    return {0xFFFD, 1};
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80;
    uint8_t hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (n >= 4 && cont(i + 1, lo, hi) && cont(i + 2, 0x80, 0xBF) && cont(i + 3, 0x80, 0xBF)) {
      return {char32_t((c0 & 0x07) << 18 | (b(i + 1) & 0x3F) << 12 | (b(i + 2) & 0x3F) << 6 |
                       (b(i + 3) & 0x3F)),
              4};
    }
    return {0xFFFD, 1};
  }
  return {0xFFFD, 1};
}

/// Classify reports whether r is a Go letter (category L or '_') or digit
/// (category Nd), using the lexer grammar's own Unicode sets.
enum class CharClass { kLetter, kDigit, kOther };
CharClass Classify(char32_t r) {
  if (IsGoLetter(r)) return CharClass::kLetter;
  if (IsGoDigit(r)) return CharClass::kDigit;
  return CharClass::kOther;
}

/// Tokenizer carries the state of one file's tokenization.
class Tokenizer {
 public:
  Tokenizer(const SourceFile& file, ast::Context& ctx) : file_(file), ctx_(ctx) {}

  TokenList Run(LexFn lex);
  /// Lex runs steps 1 and 2 only.
  std::vector<RawToken> Lex(LexFn lex) {
    Decode();
    return lex(src_.cps);
  }

 private:
  // Step 1.
  void Decode();
  // Positions.
  uint32_t OffsetOf(size_t cp) const { return cp < src_.cps.size() ? src_.offs[cp] : eof_off_; }
  Pos PosOfCp(size_t cp) const { return file_.PosAt(OffsetOf(cp)); }
  /// PosForward is file_.PosAt(offset) for offsets that do not decrease
  /// from one call to the next (tokens, in order): it counts the newlines
  /// passed since the previous call instead of searching the line table.
  Pos PosForward(uint32_t offset) {
    if (offset < cursor_off_) return file_.PosAt(offset);
    const char* s = file_.Contents().data();
    const char* p = s + cursor_off_;
    const char* end = s + offset;
    while (p < end) {
      const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
      if (!nl) break;
      p = static_cast<const char*>(nl) + 1;
      ++cursor_line_;
      cursor_line_start_ = static_cast<uint32_t>(p - s);
    }
    cursor_off_ = offset;
    return Pos{file_.Index(), cursor_line_, offset - cursor_line_start_ + 1};
  }
  char32_t Ch(size_t cp) const { return cp < src_.cps.size() ? src_.cps[cp] : kEof; }
  void Error(Pos pos, std::string msg, bool source_level = false) {
    // The scanner proper reports while scanning the next token to emit.
    uint32_t token =
        source_level ? ScannerError::kNoToken : static_cast<uint32_t>(out_.tokens.size());
    out_.errors.push_back({file_.OffsetOf(pos), MakeDiag(DiagKind::Scanner, pos, std::move(msg)),
                           source_level, token});
  }
  // Error relative to a token start, in bytes (gc's errorAtf).
  void ErrorAt(const Token& t, uint32_t byte_offset, std::string msg) {
    Pos p = t.pos;
    p.col += byte_offset;
    Error(p, std::move(msg));
  }
  // Step 3.
  bool CheckNumber(size_t start, ast::LitKind* kind);
  bool CheckStdString(size_t start, const Token& t);
  bool CheckRawString(size_t start, const Token& t);
  bool CheckRune(size_t start, const Token& t);
  bool Escape(size_t* i, char32_t quote);
  void CheckIdentifier(size_t start, size_t stop);
  void LineDirective(size_t start, size_t stop, bool block);
  // Step 4.
  void Emit(size_t type, size_t start, size_t stop, bool nlsemi);
  /// Text is a token's text: the source, interned in ctx_.
  llvm::StringRef Text(size_t type, llvm::StringRef source);
  void EmitSemi(Pos pos, llvm::StringRef lit, uint32_t off);

  const SourceFile& file_;
  ast::Context& ctx_;
  Decoded src_;
  uint32_t eof_off_ = 0;
  TokenList out_;
  bool nlsemi_ = false;
  // PosForward's cursor: an offset, its line and the line's first offset.
  uint32_t cursor_off_ = 0, cursor_line_ = 1, cursor_line_start_ = 0;
};

void Tokenizer::Decode() {
  llvm::StringRef s = file_.Contents();
  eof_off_ = static_cast<uint32_t>(s.size());
  src_.cps.reserve(s.size());
  src_.offs.reserve(s.size() + 1);
  size_t i = 0;
  while (i < s.size()) {
    uint8_t c = static_cast<uint8_t>(s[i]);
    if (c == 0) {
      Error(file_.PosAt(i), "invalid NUL character", true);
      ++i;
      continue;
    }
    if (c < 0x80) {
      src_.cps.push_back(c);
      src_.offs.push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    auto [r, w] = DecodeRune(s, i);
    if (r == 0xFFFD && w == 1) {
      Error(file_.PosAt(i), "invalid UTF-8 encoding", true);
      ++i;
      continue;
    }
    if (r == 0xFEFF) {
      if (i != 0) Error(file_.PosAt(i), "invalid BOM in the middle of the file", true);
      i += w;
      continue;
    }
    src_.cps.push_back(r);
    src_.offs.push_back(static_cast<uint32_t>(i));
    i += w;
  }
  src_.offs.push_back(eof_off_);
}

static const char* BaseName(int base) {
  switch (base) {
    case 2:
      return "binary";
    case 8:
      return "octal";
    case 10:
      return "decimal";
    default:
      return "hexadecimal";
  }
}

static char32_t Lower(char32_t c) { return c | 0x20; }
static bool IsDecimal(char32_t c) { return c >= '0' && c <= '9'; }
static bool IsHex(char32_t c) { return IsDecimal(c) || (Lower(c) >= 'a' && Lower(c) <= 'f'); }

/// InvalidSep is gc's invalidSep: the index of the first misplaced '_' in
/// the literal text x, or -1.
static int InvalidSep(llvm::StringRef x) {
  char32_t x1 = ' ';
  char32_t d = '.';
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = Lower(static_cast<unsigned char>(x[1]));
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); ++i) {
    char32_t p = d;
    d = static_cast<unsigned char>(x[i]);
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (IsDecimal(d) || (x1 == 'x' && IsHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

bool Tokenizer::CheckNumber(size_t start, ast::LitKind* kind_out) {
  size_t i = start;
  bool ok = true;
  ast::LitKind kind = ast::LitKind::kInt;
  int base = 10;
  char32_t prefix = 0;
  int digsep = 0;
  int invalid = -1;
  bool seen_point = false;
  uint32_t start_off = OffsetOf(start);
  auto here = [&] { return PosOfCp(i); };
  auto digits = [&](int b, bool track) {
    int ds_all = 0;
    if (b <= 10) {
      char32_t max = '0' + b;
      while (IsDecimal(Ch(i)) || Ch(i) == '_') {
        int ds = 1;
        if (Ch(i) == '_') {
          ds = 2;
        } else if (track && Ch(i) >= max && invalid < 0) {
          invalid = static_cast<int>(OffsetOf(i) - start_off);
        }
        ds_all |= ds;
        ++i;
      }
    } else {
      while (IsHex(Ch(i)) || Ch(i) == '_') {
        ds_all |= Ch(i) == '_' ? 2 : 1;
        ++i;
      }
    }
    return ds_all;
  };
  if (Ch(i) == '.') {
    seen_point = true;
    ++i;
  }
  if (!seen_point) {
    if (Ch(i) == '0') {
      ++i;
      switch (Lower(Ch(i))) {
        case 'x':
          ++i;
          base = 16;
          prefix = 'x';
          break;
        case 'o':
          ++i;
          base = 8;
          prefix = 'o';
          break;
        case 'b':
          ++i;
          base = 2;
          prefix = 'b';
          break;
        default:
          base = 8;
          prefix = '0';
          digsep = 1;  // leading 0
      }
    }
    digsep |= digits(base, true);
    if (Ch(i) == '.') {
      if (prefix == 'o' || prefix == 'b') {
        Error(here(), std::string("invalid radix point in ") + BaseName(base) + " literal");
        ok = false;
      }
      ++i;
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = ast::LitKind::kFloat;
    digsep |= digits(base, true);
  }
  if ((digsep & 1) == 0 && ok) {
    Error(here(), std::string(BaseName(base)) + " literal has no digits");
    ok = false;
  }
  char32_t e = Lower(Ch(i));
  if (Ch(i) != kEof && (e == 'e' || e == 'p')) {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        Error(here(), GoQuoteRune(Ch(i)) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        Error(here(), GoQuoteRune(Ch(i)) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    ++i;
    kind = ast::LitKind::kFloat;
    if (Ch(i) == '+' || Ch(i) == '-') ++i;
    digsep = digits(10, false) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      Error(here(), "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == ast::LitKind::kFloat && ok) {
    Error(here(), "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (Ch(i) == 'i') {
    kind = ast::LitKind::kImag;
    ++i;
  }
  llvm::StringRef lit = file_.Contents().slice(start_off, OffsetOf(i));
  Token tmp;
  tmp.pos = PosOfCp(start);
  if (kind == ast::LitKind::kInt && invalid >= 0 && ok) {
    ErrorAt(tmp, invalid,
            "invalid digit " + GoQuoteRune(static_cast<unsigned char>(lit[invalid])) + " in " +
                BaseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    int at = InvalidSep(lit);
    if (at >= 0) {
      ErrorAt(tmp, at, "'_' must separate successive digits");
      ok = false;
    }
  }
  *kind_out = kind;
  return ok;
}

bool Tokenizer::Escape(size_t* ip, char32_t quote) {
  size_t& i = *ip;
  int n = 0;
  uint32_t base = 0, max = 0;
  char32_t c = Ch(i);
  if (c == quote || c == 'a' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' ||
      c == 'v' || c == '\\') {
    ++i;
    return true;
  }
  if (c >= '0' && c <= '7') {
    n = 3, base = 8, max = 255;
  } else if (c == 'x') {
    ++i;
    n = 2, base = 16, max = 255;
  } else if (c == 'u') {
    ++i;
    n = 4, base = 16, max = 0x10FFFF;
  } else if (c == 'U') {
    ++i;
    n = 8, base = 16, max = 0x10FFFF;
  } else {
    if (c == kEof) return true;  // complain in caller about EOF
    Error(PosOfCp(i), "unknown escape");
    return false;
  }
  uint32_t x = 0;
  for (int k = n; k > 0; --k) {
    char32_t d0 = Ch(i);
    if (d0 == kEof) return true;
    uint32_t d = base;
    if (IsDecimal(d0)) {
      d = d0 - '0';
    } else if (Lower(d0) >= 'a' && Lower(d0) <= 'f') {
      d = Lower(d0) - 'a' + 10;
    }
    if (d >= base) {
      Error(PosOfCp(i), "invalid character " + GoQuoteRune(d0) + " in " +
                            BaseName(static_cast<int>(base)) + " escape");
      return false;
    }
    x = x * base + d;
    ++i;
  }
  if (x > max && base == 8) {
    Error(PosOfCp(i), "octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    Error(PosOfCp(i), "escape is invalid Unicode code point " + GoFormatRuneU(x));
    return false;
  }
  return true;
}

bool Tokenizer::CheckStdString(size_t start, const Token& t) {
  bool ok = true;
  size_t i = start + 1;
  for (;;) {
    char32_t c = Ch(i);
    if (c == '"') break;
    if (c == '\\') {
      ++i;
      if (!Escape(&i, '"')) ok = false;
      continue;
    }
    if (c == '\n') {
      Error(PosOfCp(i), "newline in string");
      return false;
    }
    if (c == kEof) {
      ErrorAt(t, 0, "string not terminated");
      return false;
    }
    ++i;
  }
  return ok;
}

bool Tokenizer::CheckRawString(size_t start, const Token& t) {
  for (size_t i = start + 1;; ++i) {
    if (Ch(i) == '`') return true;
    if (Ch(i) == kEof) {
      ErrorAt(t, 0, "string not terminated");
      return false;
    }
  }
}

bool Tokenizer::CheckRune(size_t start, const Token& t) {
  bool ok = true;
  size_t i = start + 1;
  for (int n = 0;; ++n) {
    char32_t c = Ch(i);
    if (c == '\'') {
      if (ok) {
        if (n == 0) {
          Error(PosOfCp(i), "empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          ErrorAt(t, 0, "more than one character in rune literal");
          ok = false;
        }
      }
      break;
    }
    if (c == '\\') {
      ++i;
      if (!Escape(&i, '\'')) ok = false;
      continue;
    }
    if (c == '\n') {
      if (ok) Error(PosOfCp(i), "newline in rune literal");
      return false;
    }
    if (c == kEof) {
      if (ok) ErrorAt(t, 0, "rune literal not terminated");
      return false;
    }
    ++i;
  }
  return ok;
}

void Tokenizer::CheckIdentifier(size_t start, size_t stop) {
  for (size_t i = start; i <= stop; ++i) {
    char32_t c = Ch(i);
    if (c < 0x80) continue;
    CharClass cls = Classify(c);
    if (cls == CharClass::kDigit && i == start) {
      Error(PosOfCp(i), "identifier cannot begin with digit " + GoFormatRuneU(c));
    } else if (cls == CharClass::kOther) {
      Error(PosOfCp(i), "invalid character " + GoFormatRuneU(c) + " in identifier");
    }
  }
}

/// TrailingDigits is gc's trailingDigits: for text "...:n", the index after
/// the last ':' (0 if none), n, and whether n is a valid (uint64) number.
struct TrailingDigits {
  size_t i = 0;
  uint64_t n = 0;
  bool ok = false;
};
static TrailingDigits Trailing(llvm::StringRef text) {
  TrailingDigits out;
  size_t colon = text.rfind(':');
  if (colon == llvm::StringRef::npos) return out;
  out.i = colon + 1;
  llvm::StringRef digits = text.substr(out.i);
  // strconv.ParseUint(s, 10, 0): decimal digits only, no sign, no '_'.
  out.ok = !digits.empty() && digits.find_first_not_of("0123456789") == llvm::StringRef::npos &&
           !digits.getAsInteger(10, out.n);
  return out;
}

void Tokenizer::LineDirective(size_t start, size_t stop, bool block) {
  // gc's scanner reports //line comments starting in column 1 and /*line
  // comments anywhere; parser.updateBase checks them.
  llvm::StringRef msg = file_.Contents().slice(OffsetOf(start), OffsetOf(stop + 1));
  Pos at = PosOfCp(start);
  if (!block && at.col != 1) return;
  llvm::StringRef text = block ? msg.drop_front(2).drop_back(2) : msg.drop_front(2);
  if (!block && text.endswith("\r")) text = text.drop_back(1);
  if (!text.startswith("line ")) return;
  text = text.drop_front(5);
  // The directive's position base starts right after the comment (for
  // //line, at the start of the next line).
  Pos pos = block ? Pos{at.file, at.line, at.col + static_cast<uint32_t>(msg.size())}
                  : Pos{at.file, at.line + 1, 1};
  uint32_t tcol = at.col + 2 + 5;
  auto err = [&](size_t i, const std::string& what, llvm::StringRef rest) {
    Error(Pos{at.file, at.line, tcol + static_cast<uint32_t>(i)}, what + rest.str());
  };
  constexpr uint64_t kPosMax = uint64_t{1} << 30;
  TrailingDigits d = Trailing(text);
  if (d.i == 0) return;  // no ":": not a line directive
  if (!d.ok) {
    err(d.i, "invalid line number: ", text.substr(d.i));
    return;
  }
  uint64_t line = d.n, col = 0;
  size_t i = d.i;
  TrailingDigits d2 = Trailing(text.substr(0, d.i - 1));
  if (d2.ok) {
    // //line filename:line:col
    line = d2.n;
    col = d.n;
    i = d2.i;
    if (col == 0 || col > kPosMax) {
      err(d.i, "invalid column number: ", text.substr(d.i));
      return;
    }
    text = text.substr(0, d.i - 1);
  }
  if (line == 0 || line > kPosMax) {
    err(i, "invalid line number: ", text.substr(i));
    return;
  }
  std::string filename = text.substr(0, i - 1).str();
  if (filename.empty() && d2.ok) {
    // With a column, an empty file name means the previous one.
    filename = out_.line_bases.empty() ? file_.Path().str() : out_.line_bases.back().filename;
  }
  LineBase b;
  b.from = OffsetOf(stop + 1);
  b.pos = pos;
  b.filename = std::move(filename);
  b.line = static_cast<uint32_t>(line);
  b.col = static_cast<uint32_t>(col);
  out_.line_bases.push_back(std::move(b));
}

/// IsKeyword reports whether type is one of Go's 25 keywords.
static bool IsKeyword(size_t type) { return type >= GoLexer::BREAK && type <= GoLexer::VAR; }

void Tokenizer::Emit(size_t type, size_t start, size_t stop, bool nlsemi) {
  Token t;
  t.type = type;
  t.begin = OffsetOf(start);
  t.end = OffsetOf(stop + 1);
  t.pos = PosForward(t.begin);
  t.text = Text(type, file_.Contents().slice(t.begin, t.end));
  if (IsKeyword(type) && t.end - t.begin != stop + 1 - start) {
    // Bytes gc's source reader drops (NUL, invalid UTF-8, BOM) inside a
    // keyword: gc compares the raw text with the keyword, so it is a name.
    t.type = GoLexer::IDENTIFIER;
    nlsemi = true;
  }
  out_.tokens.push_back(t);
  nlsemi_ = nlsemi;
}

llvm::StringRef Tokenizer::Text(size_t type, llvm::StringRef source) {
  // Keywords, operators and punctuation spelled as the grammar spells them
  // share the grammar's spelling (interning is a hash lookup per token).
  static const std::vector<std::string> spellings = [] {
    std::vector<std::string> v;
    for (size_t k = 0; k <= GoMaxTokenType(); ++k) {
      std::string_view lit = GoLiteralName(k);
      v.emplace_back(lit.size() >= 2 && lit.front() == '\'' ? lit.substr(1, lit.size() - 2) : "");
    }
    return v;
  }();
  if (type < spellings.size() && !spellings[type].empty() && source == spellings[type]) {
    return spellings[type];
  }
  return ctx_.Intern(source);
}

void Tokenizer::EmitSemi(Pos pos, llvm::StringRef lit, uint32_t off) {
  Token t;
  t.type = GoLexer::SEMI;
  t.pos = pos;
  t.begin = t.end = off;
  t.text = lit;
  out_.tokens.push_back(t);
  nlsemi_ = false;
}

TokenList Tokenizer::Run(LexFn lex) {
  Decode();
  std::vector<RawToken> raw = lex(src_.cps);
  out_.tokens.reserve(raw.size() / 2 + 2);
  Pos eof_pos = file_.PosAt(eof_off_);
  out_.eof = eof_pos;

  for (const RawToken& rt : raw) {
    size_t type = rt.type;
    size_t start = rt.start;
    size_t stop = rt.stop;
    switch (type) {
      case GoLexer::NEWLINE:
        if (nlsemi_) EmitSemi(PosOfCp(start), "newline", OffsetOf(start));
        break;
      case GoLexer::LINE_COMMENT: {
        LineDirective(start, stop, /*block=*/false);
        llvm::StringRef text = file_.Contents().slice(OffsetOf(start), OffsetOf(stop + 1));
        text = text.rtrim('\r');
        if (text.startswith("//go:") || text.startswith("//goescape:")) {
          out_.directives.push_back({PosOfCp(start), ctx_.Intern(text)});
        }
        break;
      }
      case GoLexer::BLOCK_COMMENT: {
        llvm::StringRef text = file_.Contents().slice(OffsetOf(start), OffsetOf(stop + 1));
        Pos pos = PosOfCp(start);
        bool terminated = text.size() >= 4 && text.endswith("*/");
        if (!terminated) Error(pos, "comment not terminated");
        if (terminated) LineDirective(start, stop, /*block=*/true);
        Pos end = terminated ? PosOfCp(stop) : eof_pos;
        if (end.line != pos.line && nlsemi_) EmitSemi(pos, "newline", OffsetOf(start));
        break;
      }
      case GoLexer::INVALID_CHAR:
        Error(PosOfCp(start), "invalid character " + GoFormatRuneU(Ch(start)));
        break;
      case GoLexer::BAD_IDENTIFIER:
        CheckIdentifier(start, stop);
        Emit(GoLexer::IDENTIFIER, start, stop, true);
        break;
      case GoLexer::IDENTIFIER:
      case GoLexer::BREAK:
      case GoLexer::CONTINUE:
      case GoLexer::FALLTHROUGH:
      case GoLexer::RETURN:
      case GoLexer::RPAREN:
      case GoLexer::RBRACK:
      case GoLexer::RBRACE:
      case GoLexer::INC:
      case GoLexer::DEC:
        Emit(type, start, stop, true);
        break;
      case GoLexer::NUMBER: {
        ast::LitKind kind;
        bool ok = CheckNumber(start, &kind);
        Emit(type, start, stop, true);
        out_.tokens.back().lit_kind = kind;
        out_.tokens.back().bad = !ok;
        break;
      }
      case GoLexer::STRING_LIT:
      case GoLexer::RAW_STRING_LIT:
      case GoLexer::RUNE_LIT: {
        Token probe;
        probe.pos = PosOfCp(start);
        bool ok = type == GoLexer::STRING_LIT       ? CheckStdString(start, probe)
                  : type == GoLexer::RAW_STRING_LIT ? CheckRawString(start, probe)
                                                    : CheckRune(start, probe);
        Emit(type, start, stop, true);
        out_.tokens.back().lit_kind =
            type == GoLexer::RUNE_LIT ? ast::LitKind::kRune : ast::LitKind::kString;
        out_.tokens.back().bad = !ok;
        break;
      }
      case GoLexer::SEMI: {
        Emit(type, start, stop, false);
        out_.tokens.back().text = "semicolon";
        break;
      }
      default:
        Emit(type, start, stop, false);
        break;
    }
  }
  if (nlsemi_) EmitSemi(eof_pos, "EOF", eof_off_);
  Token eof;
  eof.type = antlr4::Token::EOF;
  eof.pos = eof_pos;
  eof.begin = eof.end = eof_off_;
  eof.text = "EOF";
  out_.tokens.push_back(eof);
  return std::move(out_);
}

}  // namespace

TokenList Tokenize(const SourceFile& file, ast::Context& ctx, LexFn lex) {
  TokenList toks = Tokenizer(file, ctx).Run(lex);
  for (size_t i = 0; i < toks.tokens.size(); ++i) toks.tokens[i].orig = static_cast<uint32_t>(i);
  std::stable_sort(
      toks.errors.begin(), toks.errors.end(),
      [](const ScannerError& a, const ScannerError& b) { return a.offset < b.offset; });
  return toks;
}

std::vector<RawToken> LexFile(const SourceFile& file, LexFn lex) {
  ast::Context ctx;
  return Tokenizer(file, ctx).Lex(lex);
}

uint32_t ScanHorizon(const SourceFile& file, const TokenList& toks, size_t i) {
  llvm::StringRef s = file.Contents();
  uint32_t off = i < toks.tokens.size() ? toks.tokens[i].end : static_cast<uint32_t>(s.size());
  // Skip what gc's source layer skips (NUL, invalid UTF-8, BOM), then the
  // one character read ahead.
  while (off < s.size()) {
    auto [r, w] = DecodeRune(s, off);
    if (r == 0 || (r == 0xFFFD && w == 1) || r == 0xFEFF) {
      off += w;
      continue;
    }
    return off + w;
  }
  return off;
}

const antlr4::dfa::Vocabulary& GoVocabulary() {
  static const antlr4::dfa::Vocabulary vocab = [] {
    std::vector<std::string> literal, symbolic;
    for (size_t t = 0; t <= GoMaxTokenType(); ++t) {
      literal.emplace_back(GoLiteralName(t));
      symbolic.emplace_back(GoSymbolicName(t));
    }
    return antlr4::dfa::Vocabulary(literal, symbolic);
  }();
  return vocab;
}

llvm::StringRef TokenName(size_t type) {
  if (type == antlr4::Token::EOF) return "EOF";
  std::string_view name = GoSymbolicName(type);
  return name.empty() ? llvm::StringRef("?") : llvm::StringRef(name.data(), name.size());
}

std::string GcTokenString(const Token& t) {
  switch (t.type) {
    case GoLexer::IDENTIFIER:
    case GoLexer::SEMI:
      return t.text.str();  // gc's p.lit: the source text
    case GoLexer::NUMBER:
    case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT:
    case GoLexer::RUNE_LIT:
      return "literal " + t.text.str();
    case GoLexer::COMMA:
      return "comma";
    default: {
      if (t.type == antlr4::Token::EOF) return "EOF";
      // Operators and keywords: gc prints their spelling (the source text
      // may hold bytes gc's source reader dropped, such as NUL).
      std::string lit(GoLiteralName(t.type));
      if (lit.size() >= 2 && lit.front() == '\'') return lit.substr(1, lit.size() - 2);
      return t.text.str();
    }
  }
}

}  // namespace goescape::parse
