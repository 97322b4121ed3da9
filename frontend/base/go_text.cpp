// go_text.cpp: Go's UTF-8, space and quoting rules (see go_text.h).
#include "frontend/base/go_text.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace goescape {

DecodedRune DecodeRune(llvm::StringRef s, size_t pos) {
  if (pos >= s.size()) return {kRuneError, 0};
  auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return {b0, 1};
  size_t n = 0;
  char32_t r = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2, r = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3, r = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4, r = b0 & 0x07, min = 0x10000;
  } else {
    return {kRuneError, 1};
  }
  if (pos + n > s.size()) return {kRuneError, 1};
  for (size_t i = 1; i < n; ++i) {
    auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return {kRuneError, 1};
    r = (r << 6) | (b & 0x3F);
  }
  if (r < min || r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) return {kRuneError, 1};
  return {r, n};
}

DecodedRune DecodeLastRune(llvm::StringRef s, size_t pos) {
  if (pos == 0) return {kRuneError, 0};
  size_t lim = pos >= 4 ? pos - 4 : 0;
  size_t start = pos - 1;
  while (start > lim && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  DecodedRune d = DecodeRune(s, start);
  if (start + d.width != pos) return {kRuneError, 1};
  return d;
}

bool IsInvalidByteAt(llvm::StringRef s, size_t pos) {
  if (pos >= s.size() || static_cast<unsigned char>(s[pos]) < 0x80) return false;
  DecodedRune d = DecodeRune(s, pos);
  return d.width == 1 && d.rune == kRuneError;
}

void AppendRune(std::string& out, char32_t r) {
  if (r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

bool IsSpace(char32_t r) {
  switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return r >= 0x2000 && r <= 0x200A;
  }
}

llvm::StringRef TrimSpace(llvm::StringRef s) {
  size_t start = 0;
  while (start < s.size()) {
    DecodedRune d = DecodeRune(s, start);
    if (!IsSpace(d.rune) || (d.width == 1 && d.rune == kRuneError)) break;
    start += d.width;
  }
  size_t end = s.size();
  while (end > start) {
    DecodedRune d = DecodeLastRune(s, end);
    if (!IsSpace(d.rune) || (d.width == 1 && d.rune == kRuneError)) break;
    end -= d.width;
  }
  return s.slice(start, end);
}

llvm::StringRef TrimLeftSpaceTab(llvm::StringRef s) { return s.ltrim(" \t"); }

std::vector<llvm::StringRef> Fields(llvm::StringRef s) {
  std::vector<llvm::StringRef> out;
  size_t i = 0;
  while (i < s.size()) {
    DecodedRune d = DecodeRune(s, i);
    bool space = IsSpace(d.rune) && !(d.width == 1 && d.rune == kRuneError);
    if (space) {
      i += d.width;
      continue;
    }
    size_t start = i;
    while (i < s.size()) {
      DecodedRune e = DecodeRune(s, i);
      if (IsSpace(e.rune) && !(e.width == 1 && e.rune == kRuneError)) break;
      i += e.width;
    }
    out.push_back(s.slice(start, i));
  }
  return out;
}

std::string ReplaceAll(llvm::StringRef s, llvm::StringRef from, llvm::StringRef to) {
  if (from.empty()) return s.str();
  std::string out;
  size_t pos = 0;
  for (size_t i; (i = s.find(from, pos)) != llvm::StringRef::npos; pos = i + from.size()) {
    out.append(s.data() + pos, i - pos);
    out.append(to.data(), to.size());
  }
  out.append(s.data() + pos, s.size() - pos);
  return out;
}

namespace {

// The rune ranges strconv.IsPrint accepts (inclusive, sorted).
struct RuneRange {
  char32_t lo, hi;
};
constexpr RuneRange kPrintRanges[] = {
#include "frontend/base/go_isprint.inc"
};

constexpr const char* kLowerHex = "0123456789abcdef";

void AppendHex(std::string& out, uint32_t v, int digits) {
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kLowerHex[(v >> shift) & 0xF];
}

// AppendEscaped appends r as strconv's appendEscapedRune does for a
// rune that is not the quote, not a backslash and not printable.
void AppendEscaped(std::string& out, char32_t r) {
  switch (r) {
    case '\a':
      out += "\\a";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\v':
      out += "\\v";
      return;
    default:
      if (r < ' ' || r == 0x7F) {
        out += "\\x";
        AppendHex(out, r, 2);
      } else if (r < 0x10000) {
        out += "\\u";
        AppendHex(out, r, 4);
      } else {
        out += "\\U";
        AppendHex(out, r, 8);
      }
  }
}

}  // namespace

bool IsPrint(char32_t r) {
  const RuneRange* end = std::end(kPrintRanges);
  const RuneRange* it = std::upper_bound(std::begin(kPrintRanges), end, r,
                                         [](char32_t v, const RuneRange& g) { return v < g.lo; });
  return it != std::begin(kPrintRanges) && r <= std::prev(it)->hi;
}

std::string GoQuote(llvm::StringRef s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    DecodedRune d = DecodeRune(s, i);
    if (d.width == 1 && d.rune == kRuneError && static_cast<unsigned char>(s[i]) >= 0x80) {
      out += "\\x";
      AppendHex(out, static_cast<unsigned char>(s[i]), 2);
      ++i;
      continue;
    }
    i += d.width;
    char32_t r = d.rune;
    if (r == '"' || r == '\\') {
      out += '\\';
      out += static_cast<char>(r);
      continue;
    }
    if (IsPrint(r)) {
      AppendRune(out, r);
      continue;
    }
    AppendEscaped(out, r);
  }
  out += '"';
  return out;
}

std::string GoQuoteRune(int64_t v) {
  char32_t r =
      v < 0 || v > kMaxRune || (v >= 0xD800 && v <= 0xDFFF) ? kRuneError : static_cast<char32_t>(v);
  std::string out = "'";
  if (r == '\'' || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
  } else if (IsPrint(r)) {
    AppendRune(out, r);
  } else {
    AppendEscaped(out, r);
  }
  out += '\'';
  return out;
}

std::string GoFormatRuneU(char32_t r) {
  std::string out = "U+";
  int digits = 4;
  while (digits < 8 && (r >> (4 * digits)) != 0) ++digits;
  std::string hex;
  AppendHex(hex, r, digits);
  for (char& c : hex) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  out += hex;
  if (IsPrint(r)) {
    out += " '";
    AppendRune(out, r);
    out += '\'';
  }
  return out;
}

std::string GoQuoteBackquote(llvm::StringRef s) {
  // strconv.CanBackquote: no backquote, no control character but tab, no
  // invalid UTF-8, no BOM.
  bool can = true;
  for (size_t i = 0; i < s.size() && can;) {
    DecodedRune d = DecodeRune(s, i);
    i += d.width;
    if (d.width > 1) {
      can = d.rune != 0xFEFF;
      continue;
    }
    char32_t r = d.rune;
    if (r == kRuneError || (r < ' ' && r != '\t') || r == '`' || r == 0x7F) can = false;
  }
  if (can) return "`" + s.str() + "`";
  return GoQuote(s);
}

}  // namespace goescape
