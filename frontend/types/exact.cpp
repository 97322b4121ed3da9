// exact.cpp: BigInt and Rat (see exact.h). Every BigInt operation widens
// its operands to a width that cannot overflow, computes with llvm::APInt,
// and normalizes the result to the smallest multiple of 64 bits that holds
// it. Rat::Round implements correctly rounded rational -> binary floating
// point conversion with integer arithmetic only.
#include "frontend/types/exact.h"

#include <algorithm>
#include <cmath>

#include "llvm/ADT/SmallString.h"

namespace goescape::types {

unsigned BigInt::Width(unsigned bits) { return std::max(64u, (bits + 63) / 64 * 64); }

void BigInt::Normalize() {
  unsigned w = Width(v_.getSignificantBits());
  if (w != v_.getBitWidth()) v_ = v_.sextOrTrunc(w);
}

BigInt BigInt::FromInt64(int64_t x) {
  return BigInt(llvm::APInt(64, static_cast<uint64_t>(x), true));
}

BigInt BigInt::FromUint64(uint64_t x) { return BigInt(llvm::APInt(128, x, false)); }

std::optional<BigInt> BigInt::Parse(llvm::StringRef digits, unsigned radix) {
  if (digits.empty()) return std::nullopt;
  for (char c : digits) {
    unsigned d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (c >= 'a' && c <= 'f') {
      d = c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      d = c - 'A' + 10;
    } else {
      return std::nullopt;
    }
    if (d >= radix) return std::nullopt;
  }
  unsigned bits_per_digit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
  unsigned bits = static_cast<unsigned>(digits.size()) * bits_per_digit + 2;
  return BigInt(llvm::APInt(Width(bits), digits, static_cast<uint8_t>(radix)));
}

int BigInt::Sign() const {
  if (v_.isZero()) return 0;
  return v_.isNegative() ? -1 : 1;
}

unsigned BigInt::BitLen() const {
  if (!v_.isNegative()) return v_.getActiveBits();
  llvm::APInt a = v_.sext(v_.getBitWidth() + 64);
  a.negate();
  return a.getActiveBits();
}

int BigInt::Cmp(const BigInt& y) const {
  unsigned w = std::max(v_.getBitWidth(), y.v_.getBitWidth());
  llvm::APInt a = v_.sext(w), b = y.v_.sext(w);
  if (a.slt(b)) return -1;
  if (a.sgt(b)) return 1;
  return 0;
}

std::optional<int64_t> BigInt::ToInt64() const {
  if (v_.getSignificantBits() > 64) return std::nullopt;
  return v_.getSExtValue();
}

std::optional<uint64_t> BigInt::ToUint64() const {
  if (v_.isNegative() || v_.getActiveBits() > 64) return std::nullopt;
  return v_.getZExtValue();
}

std::string BigInt::ToString() const {
  llvm::SmallString<64> s;
  v_.toStringSigned(s, 10);
  return std::string(s.str());
}

BigInt BigInt::Neg() const {
  llvm::APInt a = v_.sext(v_.getBitWidth() + 64);
  a.negate();
  return BigInt(std::move(a));
}

BigInt BigInt::Abs() const { return Sign() < 0 ? Neg() : *this; }

BigInt BigInt::Add(const BigInt& y) const {
  unsigned w = std::max(v_.getBitWidth(), y.v_.getBitWidth()) + 64;
  return BigInt(v_.sext(w) + y.v_.sext(w));
}

BigInt BigInt::Sub(const BigInt& y) const {
  unsigned w = std::max(v_.getBitWidth(), y.v_.getBitWidth()) + 64;
  return BigInt(v_.sext(w) - y.v_.sext(w));
}

BigInt BigInt::Mul(const BigInt& y) const {
  unsigned w = v_.getBitWidth() + y.v_.getBitWidth();
  return BigInt(v_.sext(w) * y.v_.sext(w));
}

BigInt BigInt::Quo(const BigInt& y) const {
  unsigned w = std::max(v_.getBitWidth(), y.v_.getBitWidth()) + 64;
  return BigInt(v_.sext(w).sdiv(y.v_.sext(w)));
}

BigInt BigInt::Rem(const BigInt& y) const {
  unsigned w = std::max(v_.getBitWidth(), y.v_.getBitWidth()) + 64;
  return BigInt(v_.sext(w).srem(y.v_.sext(w)));
}

BigInt BigInt::And(const BigInt& y) const {
  unsigned w = std::max(v_.getBitWidth(), y.v_.getBitWidth());
  return BigInt(v_.sext(w) & y.v_.sext(w));
}

BigInt BigInt::Or(const BigInt& y) const {
  unsigned w = std::max(v_.getBitWidth(), y.v_.getBitWidth());
  return BigInt(v_.sext(w) | y.v_.sext(w));
}

BigInt BigInt::Xor(const BigInt& y) const {
  unsigned w = std::max(v_.getBitWidth(), y.v_.getBitWidth());
  return BigInt(v_.sext(w) ^ y.v_.sext(w));
}

BigInt BigInt::AndNot(const BigInt& y) const {
  unsigned w = std::max(v_.getBitWidth(), y.v_.getBitWidth());
  return BigInt(v_.sext(w) & ~y.v_.sext(w));
}

BigInt BigInt::Not() const { return BigInt(~v_); }

BigInt BigInt::Shl(unsigned n) const {
  unsigned w = v_.getBitWidth() + Width(n) + 64;
  return BigInt(v_.sext(w).shl(n));
}

BigInt BigInt::Shr(unsigned n) const {
  unsigned w = v_.getBitWidth();
  if (n >= w) return BigInt(llvm::APInt(64, v_.isNegative() ? -1 : 0, true));
  return BigInt(v_.ashr(n));
}

BigInt BigInt::Gcd(const BigInt& x, const BigInt& y) {
  BigInt a = x.Abs(), b = y.Abs();
  unsigned w = std::max(a.v_.getBitWidth(), b.v_.getBitWidth());
  return BigInt(llvm::APIntOps::GreatestCommonDivisor(a.v_.zext(w), b.v_.zext(w)).zext(w + 64));
}

unsigned BigInt::TrailingZeros() const { return v_.countTrailingZeros(); }

// ------------------------------------------------------------------ Rat

Rat Rat::Make(BigInt num, BigInt den) {
  if (den.Sign() < 0) {
    num = num.Neg();
    den = den.Neg();
  }
  Rat r;
  if (num.IsZero()) {
    r.num_ = num;
    r.den_ = BigInt::FromInt64(1);
    return r;
  }
  BigInt g = BigInt::Gcd(num, den);
  if (g.Cmp(BigInt::FromInt64(1)) != 0) {
    num = num.Quo(g);
    den = den.Quo(g);
  }
  r.num_ = std::move(num);
  r.den_ = std::move(den);
  return r;
}

Rat Rat::FromDouble(double d) {
  if (d == 0) return Rat();
  int e = 0;
  double m = std::frexp(d, &e);  // d = m * 2^e, 0.5 <= |m| < 1
  int64_t mant = static_cast<int64_t>(std::ldexp(m, 53));
  e -= 53;
  BigInt n = BigInt::FromInt64(mant);
  if (e >= 0) return Rat(n.Shl(static_cast<unsigned>(e)));
  return Make(n, BigInt::FromInt64(1).Shl(static_cast<unsigned>(-e)));
}

bool Rat::IsInt() const { return den_.Cmp(BigInt::FromInt64(1)) == 0; }

int Rat::Cmp(const Rat& y) const { return num_.Mul(y.den_).Cmp(y.num_.Mul(den_)); }

Rat Rat::Neg() const {
  Rat r = *this;
  r.num_ = num_.Neg();
  return r;
}

Rat Rat::Add(const Rat& y) const {
  return Make(num_.Mul(y.den_).Add(y.num_.Mul(den_)), den_.Mul(y.den_));
}

Rat Rat::Sub(const Rat& y) const {
  return Make(num_.Mul(y.den_).Sub(y.num_.Mul(den_)), den_.Mul(y.den_));
}

Rat Rat::Mul(const Rat& y) const { return Make(num_.Mul(y.num_), den_.Mul(y.den_)); }

Rat Rat::Quo(const Rat& y) const { return Make(num_.Mul(y.den_), den_.Mul(y.num_)); }

// FloorLog2 returns e with 2^e <= a/b < 2^(e+1) for positive a, b.
static int64_t FloorLog2(const BigInt& a, const BigInt& b) {
  int64_t e = static_cast<int64_t>(a.BitLen()) - static_cast<int64_t>(b.BitLen());
  bool less = e >= 0 ? a.Cmp(b.Shl(static_cast<unsigned>(e))) < 0
                     : a.Shl(static_cast<unsigned>(-e)).Cmp(b) < 0;
  return less ? e - 1 : e;
}

double Rat::Round(int mant_bits, int64_t min_lsb, int64_t max_exp) const {
  if (num_.IsZero()) return 0.0;
  bool neg = num_.Sign() < 0;
  BigInt a = num_.Abs();
  const BigInt& b = den_;
  int64_t e = FloorLog2(a, b);
  if (e > max_exp + 1) return neg ? -HUGE_VAL : HUGE_VAL;
  int64_t lsb = std::max<int64_t>(e - (mant_bits - 1), min_lsb);
  BigInt n = a, d = b;
  if (lsb <= 0) {
    n = a.Shl(static_cast<unsigned>(-lsb));
  } else {
    d = b.Shl(static_cast<unsigned>(lsb));
  }
  BigInt q = n.Quo(d);
  BigInt r = n.Sub(q.Mul(d));
  int c = r.Shl(1).Cmp(d);
  if (c > 0 || (c == 0 && !q.IsZero() && q.TrailingZeros() == 0)) {
    q = q.Add(BigInt::FromInt64(1));
  }
  if (q.BitLen() > static_cast<unsigned>(mant_bits)) {
    q = q.Shr(1);
    ++lsb;
  }
  if (!q.IsZero() && static_cast<int64_t>(q.BitLen()) - 1 + lsb > max_exp) {
    return neg ? -HUGE_VAL : HUGE_VAL;
  }
  double v = std::ldexp(static_cast<double>(*q.ToUint64()), static_cast<int>(lsb));
  return neg ? -v : v;
}

double Rat::ToDouble() const { return Round(53, -1074, 1023); }

double Rat::ToFloat() const { return Round(24, -149, 127); }

int64_t Rat::MantExp() const { return FloorLog2(num_.Abs(), den_) + 1; }

}  // namespace goescape::types
