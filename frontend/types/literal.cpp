// literal.cpp: Go literal syntax for constants (integer, float, imaginary,
// rune and string literals, already validated by the scanner) and Go's %g
// float formatting (UTF-8 and quoting: frontend/base/go_text). Integer literals are
// read exactly; float literals as go/constant reads them: big.Float's
// SetString at 512 bits (FromScaled), then, if the binary exponent is
// within ±4096, exactly as a fraction (bounded by the checker's
// 10000-character literal limit).
#include "frontend/types/literal.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "frontend/base/go_text.h"
#include "frontend/types/constant.h"

namespace goescape::types {
namespace {

// ------------------------------------------------------------ literals

std::string StripUnderscores(llvm::StringRef s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c != '_') out += c;
  }
  return out;
}

std::optional<BigInt> ParseIntLit(llvm::StringRef lit) {
  std::string s = StripUnderscores(lit);
  llvm::StringRef t(s);
  if (t.size() >= 2 && t[0] == '0') {
    char p = t[1];
    if (p == 'x' || p == 'X') return BigInt::Parse(t.drop_front(2), 16);
    if (p == 'b' || p == 'B') return BigInt::Parse(t.drop_front(2), 2);
    if (p == 'o' || p == 'O') return BigInt::Parse(t.drop_front(2), 8);
    return BigInt::Parse(t.drop_front(1), 8);
  }
  return BigInt::Parse(t, 10);
}

int HexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// FloatLit is a float literal taken apart as big.Float's scanner does:
// value = mant × base^-frac_digits × ebase^exp.
struct FloatLit {
  BigInt mant;
  unsigned base = 10;
  int64_t frac_digits = 0;
  int64_t exp = 0;
  unsigned ebase = 10;
};

// ScanFloatLit splits a literal (underscores removed) with big.Float's
// rules: prefixes 0x 0b 0o (a lone leading 0 is decimal), digits with one
// '.', an exponent e (decimal only) or p, read as an int64 (overflow fails).
std::optional<FloatLit> ScanFloatLit(llvm::StringRef t) {
  FloatLit f;
  if (t.size() >= 2 && t[0] == '0') {
    char p = t[1];
    if (p == 'x' || p == 'X') f.base = 16;
    if (p == 'b' || p == 'B') f.base = 2;
    if (p == 'o' || p == 'O') f.base = 8;
    if (f.base != 10) t = t.drop_front(2);
  }
  std::string digits;
  bool seen_dot = false;
  size_t i = 0;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (c == '.') {
      if (seen_dot) return std::nullopt;
      seen_dot = true;
      continue;
    }
    int d = HexVal(c);
    if (d < 0 || d >= static_cast<int>(f.base)) break;
    digits += c;
    if (seen_dot) ++f.frac_digits;
  }
  if (i < t.size()) {
    char c = t[i];
    if (c == 'p' || c == 'P') {
      f.ebase = 2;
    } else if ((c == 'e' || c == 'E') && f.base == 10) {
      f.ebase = 10;
    } else {
      return std::nullopt;
    }
    ++i;
    bool neg = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) neg = t[i++] == '-';
    if (i >= t.size()) return std::nullopt;
    uint64_t e = 0;
    for (; i < t.size(); ++i) {
      if (t[i] < '0' || t[i] > '9') return std::nullopt;
      e = e * 10 + static_cast<uint64_t>(t[i] - '0');
      if (e > static_cast<uint64_t>(INT64_MAX) + (neg ? 1 : 0)) return std::nullopt;  // ParseInt
    }
    f.exp = neg ? static_cast<int64_t>(0 - e) : static_cast<int64_t>(e);
  }
  if (digits.empty()) digits = "0";
  auto m = BigInt::Parse(digits, f.base);
  if (!m) return std::nullopt;
  f.mant = std::move(*m);
  return f;
}

BigInt Pow5Exact(int64_t n) {
  BigInt p = BigInt::FromInt64(1);
  BigInt base = BigInt::FromInt64(5);
  for (; n > 0; n >>= 1) {
    if (n & 1) p = p.Mul(base);
    if (n > 1) base = base.Mul(base);
  }
  return p;
}

}  // namespace

std::optional<RealNum> MakeFloatFromLiteral(llvm::StringRef lit) {
  std::string s = StripUnderscores(lit);
  auto f = ScanFloatLit(s);
  if (!f) return std::nullopt;
  // value = mant × 2^e2 × 5^e5. Exponents are clamped far outside every
  // representable range first, so the sums cannot overflow.
  constexpr int64_t kClamp = int64_t{1} << 40;
  int64_t exp = std::max(-kClamp, std::min(kClamp, f->exp));
  int64_t bits_per_digit = f->base == 16 ? 4 : f->base == 8 ? 3 : 1;
  int64_t e2 = -f->frac_digits * bits_per_digit, e5 = 0;
  if (f->base == 10) e5 = -f->frac_digits;
  e2 += exp;
  if (f->ebase == 10) e5 += exp;
  auto bf = BigFloat::FromScaled(f->mant, e2, e5, kConstPrec);
  if (!bf) return std::nullopt;  // big.Float: exponent overflow
  RealNum n;
  int64_t be = bf->Exp();
  if (!bf->IsInf() && -static_cast<int64_t>(kConstMaxExp) < be &&
      be < static_cast<int64_t>(kConstMaxExp)) {
    // Small enough for an exact fraction (big.Rat.SetString).
    n.rep = NumRep::kRat;
    if (bf->IsZero()) return n;  // underflow, or a zero mantissa
    BigInt num = f->mant, den = BigInt::FromInt64(1);
    if (e2 >= 0) {
      num = num.Shl(static_cast<unsigned>(e2));
    } else {
      den = den.Shl(static_cast<unsigned>(-e2));
    }
    if (e5 >= 0) {
      num = num.Mul(Pow5Exact(e5));
    } else {
      den = den.Mul(Pow5Exact(-e5));
    }
    n.r = Rat::Make(std::move(num), std::move(den));
    return n;
  }
  if (bf->IsInf()) return std::nullopt;  // makeFloat: unknown
  n.rep = NumRep::kFloat;
  n.f = std::move(*bf);
  return n;
}

namespace {

// UnquoteChar decodes one (possibly escaped) character at s[i]; byte_value
// is set for \x and octal escapes (raw bytes); returns false if malformed.
bool UnquoteChar(llvm::StringRef s, size_t& i, uint32_t* r, bool* byte_value) {
  *byte_value = false;
  if (s[i] != '\\') {
    DecodedRune d = DecodeRune(s, i);
    *r = d.rune;
    i += d.width;
    return true;
  }
  if (i + 1 >= s.size()) return false;
  char c = s[i + 1];
  i += 2;
  switch (c) {
    case 'a':
      *r = 7;
      return true;
    case 'b':
      *r = 8;
      return true;
    case 'f':
      *r = 12;
      return true;
    case 'n':
      *r = 10;
      return true;
    case 'r':
      *r = 13;
      return true;
    case 't':
      *r = 9;
      return true;
    case 'v':
      *r = 11;
      return true;
    case '\\':
      *r = '\\';
      return true;
    case '\'':
      *r = '\'';
      return true;
    case '"':
      *r = '"';
      return true;
    case 'x':
    case 'u':
    case 'U': {
      int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      if (i + n > s.size()) return false;
      uint32_t v = 0;
      for (int k = 0; k < n; ++k) {
        int h = HexVal(s[i + k]);
        if (h < 0) return false;
        v = v * 16 + h;
      }
      i += n;
      *r = v;
      *byte_value = c == 'x';
      return true;
    }
    default:
      if (c >= '0' && c <= '7') {
        if (i + 2 > s.size()) return false;
        uint32_t v = c - '0';
        for (int k = 0; k < 2; ++k) {
          char d = s[i + k];
          if (d < '0' || d > '7') return false;
          v = v * 8 + (d - '0');
        }
        i += 2;
        *r = v;
        *byte_value = true;
        return true;
      }
      return false;
  }
}

std::optional<std::string> UnquoteString(llvm::StringRef lit) {
  if (lit.size() < 2) return std::nullopt;
  if (lit[0] == '`') {
    std::string out;
    for (char c : lit.drop_front().drop_back()) {
      if (c != '\r') out += c;
    }
    return out;
  }
  llvm::StringRef s = lit.drop_front().drop_back();
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    uint32_t r;
    bool byte_value;
    if (s[i] != '\\') {
      out += s[i++];
      continue;
    }
    if (!UnquoteChar(s, i, &r, &byte_value)) return std::nullopt;
    if (byte_value) {
      out += static_cast<char>(r);
    } else {
      AppendRune(out, r);
    }
  }
  return out;
}

// ------------------------------------------------------------ formatting

// ShortestDigits returns the shortest decimal digits of d > 0 that read
// back as d, and the decimal exponent dp (value = 0.digits * 10^dp).
void ShortestDigits(double d, std::string* digits, int* dp) {
  char buf[64];
  for (int p = 1; p <= 17; ++p) {
    std::snprintf(buf, sizeof buf, "%.*e", p - 1, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  // buf is "D.DDDDe±XX".
  std::string s(buf);
  size_t e = s.find('e');
  int exp = std::atoi(s.c_str() + e + 1);
  std::string ds;
  for (size_t k = 0; k < e; ++k) {
    if (s[k] != '.') ds += s[k];
  }
  while (ds.size() > 1 && ds.back() == '0') ds.pop_back();
  *digits = ds;
  *dp = exp + 1;
}

}  // namespace

std::string FormatFloatG(double d, int prec) {
  if (std::isinf(d)) return d > 0 ? "+Inf" : "-Inf";
  if (std::isnan(d)) return "NaN";
  char buf[64];
  if (prec >= 0) {
    std::snprintf(buf, sizeof buf, "%.*g", prec == 0 ? 1 : prec, d);
    return buf;
  }
  if (d == 0) return std::signbit(d) ? "-0" : "0";
  std::string out;
  if (d < 0) {
    out += '-';
    d = -d;
  }
  std::string digits;
  int dp;
  ShortestDigits(d, &digits, &dp);
  int nd = static_cast<int>(digits.size());
  int exp = dp - 1;
  if (exp < -4 || exp >= 6) {
    // fmtE with nd-1 fraction digits.
    out += digits[0];
    if (nd > 1) {
      out += '.';
      out += digits.substr(1);
    }
    out += 'e';
    out += exp < 0 ? '-' : '+';
    int a = exp < 0 ? -exp : exp;
    if (a < 10) out += '0';
    out += std::to_string(a);
    return out;
  }
  // fmtF with max(nd-dp, 0) fraction digits.
  if (dp <= 0) {
    out += "0.";
    out += std::string(-dp, '0');
    out += digits;
  } else if (dp >= nd) {
    out += digits;
    out += std::string(dp - nd, '0');
  } else {
    out += digits.substr(0, dp);
    out += '.';
    out += digits.substr(dp);
  }
  return out;
}

ConstValue ConstValue::FromLiteral(LiteralKind kind, llvm::StringRef text) {
  switch (kind) {
    case LiteralKind::kInt:
      if (auto i = ParseIntLit(text)) return MakeInt(*i);
      return ConstValue();
    case LiteralKind::kFloat:
      return FromRealOpt(MakeFloatFromLiteral(text));
    case LiteralKind::kImag: {
      if (text.empty() || text.back() != 'i') return ConstValue();
      ConstValue im = FromRealOpt(MakeFloatFromLiteral(text.drop_back()));
      if (im.IsUnknown()) return im;
      return MakeImag(im);
    }
    case LiteralKind::kRune: {
      if (text.size() < 3) return ConstValue();
      llvm::StringRef s = text.drop_front().drop_back();
      size_t i = 0;
      uint32_t r;
      bool byte_value;
      if (!UnquoteChar(s, i, &r, &byte_value) || i != s.size()) return ConstValue();
      return MakeInt64(r);
    }
    case LiteralKind::kString:
      if (auto s = UnquoteString(text)) return MakeString(std::move(*s));
      return ConstValue();
  }
  return ConstValue();
}

}  // namespace goescape::types
