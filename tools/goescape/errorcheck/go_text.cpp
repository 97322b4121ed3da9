// go_text.cpp: Go's UTF-8, space and quoting rules (see go_text.h).
#include "tools/goescape/errorcheck/go_text.h"

namespace goescape::errorcheck {

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

// IsPrint approximates strconv.IsPrint (see go_text.h, Limits).
bool IsPrint(char32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  if (r < 0xA0) return false;                                      // C1 controls
  if (r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) ||  // Zs
      r == 0x202F || r == 0x205F || r == 0x3000 || r == 0x2028 || r == 0x2029) {
    return false;
  }
  if (r == 0xAD || (r >= 0x600 && r <= 0x605) || r == 0x61C || r == 0x6DD || r == 0x70F ||
      r == 0x8E2 || r == 0x180E || (r >= 0x200B && r <= 0x200F) || (r >= 0x202A && r <= 0x202E) ||
      (r >= 0x2060 && r <= 0x2064) || (r >= 0x2066 && r <= 0x206F) || r == 0xFEFF ||
      (r >= 0xFFF9 && r <= 0xFFFB) || r == 0x110BD || r == 0x110CD ||
      (r >= 0x13430 && r <= 0x13438) || (r >= 0x1BCA0 && r <= 0x1BCA3) ||
      (r >= 0x1D173 && r <= 0x1D17A) || r == 0xE0001 || (r >= 0xE0020 && r <= 0xE007F)) {
    return false;  // format characters (Cf)
  }
  if ((r >= 0xE000 && r <= 0xF8FF) || r >= 0xF0000) return false;            // private use
  if ((r & 0xFFFE) == 0xFFFE || (r >= 0xFDD0 && r <= 0xFDEF)) return false;  // noncharacters
  return true;
}

constexpr const char* kLowerHex = "0123456789abcdef";

void AppendHex(std::string& out, uint32_t v, int digits) {
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kLowerHex[(v >> shift) & 0xF];
}

}  // namespace

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
    switch (r) {
      case '\a':
        out += "\\a";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\v':
        out += "\\v";
        break;
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
        break;
    }
  }
  out += '"';
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

}  // namespace goescape::errorcheck
