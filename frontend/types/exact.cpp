// exact.cpp: BigInt, Rat and BigFloat (see exact.h). Every BigInt
// operation widens its operands to a width that cannot overflow, computes
// with llvm::APInt, and normalizes the result to the smallest multiple of 64
// bits that holds it. Rat::Round implements correctly rounded rational ->
// binary floating point conversion with integer arithmetic only. BigFloat
// operations compute the exact result (quotients: prec+2 bits and a sticky
// bit) and round it once in BigFloat::Make; Add replaces an operand far
// below the other's rounding position by a stand-in that rounds the same.
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

bool BigInt::Bit(unsigned n) const {
  if (n >= v_.getBitWidth()) return v_.isNegative();
  return v_[n];
}

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

// ------------------------------------------------------------- BigFloat

BigFloat BigFloat::Inf(bool neg) {
  BigFloat f;
  f.inf_ = true;
  f.neg_ = neg;
  return f;
}

BigFloat BigFloat::Make(bool neg, BigInt m, int64_t lsb, bool sticky, unsigned prec,
                        RoundingMode mode) {
  BigFloat f;
  if (m.IsZero()) return f;
  int64_t bits = m.BitLen();
  // big.Float.setExpAndRound: range checks on the exact exponent first.
  if (lsb + bits < kMinExp) return f;
  if (lsb + bits > kMaxExp) return Inf(neg);
  if (bits > static_cast<int64_t>(prec)) {
    unsigned k = static_cast<unsigned>(bits - prec);
    bool half = m.Bit(k - 1);
    sticky = sticky || m.TrailingZeros() < k - 1;
    m = m.Shr(k);
    lsb += k;
    bool inc = false;
    switch (mode) {
      case RoundingMode::kNearestEven:
        inc = half && (sticky || m.Bit(0));
        break;
      case RoundingMode::kToZero:
        break;
      case RoundingMode::kAwayFromZero:
        inc = half || sticky;
        break;
    }
    if (inc) {
      m = m.Add(BigInt::FromInt64(1));
      if (m.BitLen() > prec) {
        m = m.Shr(1);
        ++lsb;
      }
      if (lsb + static_cast<int64_t>(m.BitLen()) > kMaxExp) return Inf(neg);
    }
  }
  unsigned tz = m.TrailingZeros();
  if (tz > 0) {
    m = m.Shr(tz);
    lsb += tz;
  }
  f.neg_ = neg;
  f.mant_ = std::move(m);
  f.lsb_ = lsb;
  return f;
}

BigFloat BigFloat::FromInt(const BigInt& x, unsigned prec) {
  return Make(x.Sign() < 0, x.Abs(), 0, false, prec);
}

BigFloat BigFloat::FromRat(const Rat& x, unsigned prec) {
  if (x.IsInt()) return FromInt(x.Num(), prec);
  BigFloat a = FromInt(x.Num(), std::max(64u, x.Num().BitLen()));
  BigFloat b = FromInt(x.Den(), std::max(64u, x.Den().BitLen()));
  return Quo(a, b, prec);
}

BigFloat BigFloat::FromDouble(double d) {
  if (std::isinf(d)) return Inf(d < 0);
  if (d == 0 || std::isnan(d)) return BigFloat();
  int e = 0;
  double m = std::frexp(std::fabs(d), &e);
  auto mant = static_cast<int64_t>(std::ldexp(m, 53));
  return Make(d < 0, BigInt::FromInt64(mant), e - 53, false, 53);
}

// Pow5 is big.Float.pow5 for a receiver of precision prec: exact up to
// 5^27, then repeated squaring of a prec+64-bit factor.
static BigFloat Pow5(uint64_t n, unsigned prec) {
  constexpr uint64_t kTab = 27;  // 5^27 is the largest power of 5 in a uint64
  uint64_t p27 = 1;
  for (uint64_t i = 0; i < std::min(n, kTab); ++i) p27 *= 5;
  BigFloat z = BigFloat::FromInt(BigInt::FromUint64(p27), prec);
  if (n <= kTab) return z;
  n -= kTab;
  BigFloat f = BigFloat::FromInt(BigInt::FromInt64(5), prec + 64);
  while (n > 0) {
    if (n & 1) z = BigFloat::Mul(z, f, prec);
    f = BigFloat::Mul(f, f, prec + 64);
    n >>= 1;
  }
  return z;
}

std::optional<BigFloat> BigFloat::FromScaled(const BigInt& m, int64_t lsb, int64_t e5,
                                             unsigned prec) {
  if (m.IsZero()) return BigFloat();
  int64_t exp = lsb + static_cast<int64_t>(m.BitLen());
  if (exp < kMinExp || exp > kMaxExp) return std::nullopt;  // "exponent overflow"
  if (e5 == 0) return Make(m.Sign() < 0, m.Abs(), lsb, false, prec);
  // The unrounded mantissa enters one multiplication or division.
  BigFloat z;
  z.neg_ = m.Sign() < 0;
  z.mant_ = m.Abs();
  z.lsb_ = lsb;
  uint64_t n = e5 < 0 ? static_cast<uint64_t>(-(e5 + 1)) + 1 : static_cast<uint64_t>(e5);
  BigFloat p = Pow5(n, prec + 64);
  return e5 < 0 ? Quo(z, p, prec) : Mul(z, p, prec);
}

BigFloat BigFloat::Add(const BigFloat& x, const BigFloat& y, unsigned prec) {
  if (x.inf_) return x;  // Inf - Inf cannot arise from constant arithmetic
  if (y.inf_) return y;
  if (y.IsZero()) return x.Round(prec, RoundingMode::kNearestEven);
  if (x.IsZero()) return y.Round(prec, RoundingMode::kNearestEven);
  const BigFloat* big = &x;
  const BigFloat* small = &y;
  if (y.Exp() > x.Exp()) std::swap(big, small);
  // Everything below 2^cut is below the result's rounding position; big is
  // a multiple of 2^(cut+1).
  int64_t cut = std::min(big->Exp() - static_cast<int64_t>(prec) - 3, big->lsb_) - 1;
  BigInt sm = small->mant_;
  int64_t slsb = small->lsb_;
  if (small->Exp() < cut) {
    sm = BigInt::FromInt64(1);  // |small| < 2^cut: any value of that size rounds alike
    slsb = cut - 1;
  }
  int64_t lo = std::min(big->lsb_, slsb);
  BigInt a = big->mant_.Shl(static_cast<unsigned>(big->lsb_ - lo));
  BigInt b = sm.Shl(static_cast<unsigned>(slsb - lo));
  if (big->neg_) a = a.Neg();
  if (small->neg_) b = b.Neg();
  BigInt s = a.Add(b);
  return Make(s.Sign() < 0, s.Abs(), lo, false, prec);
}

BigFloat BigFloat::Sub(const BigFloat& x, const BigFloat& y, unsigned prec) {
  return Add(x, y.Neg(), prec);
}

BigFloat BigFloat::Mul(const BigFloat& x, const BigFloat& y, unsigned prec) {
  bool neg = x.neg_ != y.neg_;
  if (x.inf_ || y.inf_) return Inf(neg);  // 0 × Inf cannot arise
  if (x.IsZero() || y.IsZero()) return BigFloat();
  return Make(neg, x.mant_.Mul(y.mant_), x.lsb_ + y.lsb_, false, prec);
}

BigFloat BigFloat::Quo(const BigFloat& x, const BigFloat& y, unsigned prec) {
  bool neg = x.neg_ != y.neg_;
  if (x.inf_) return Inf(neg);
  if (y.inf_ || x.IsZero()) return BigFloat();
  int64_t k = static_cast<int64_t>(prec) + 2 + y.mant_.BitLen() - x.mant_.BitLen();
  if (k < 0) k = 0;
  BigInt n = x.mant_.Shl(static_cast<unsigned>(k));
  BigInt q = n.Quo(y.mant_);
  BigInt r = n.Sub(q.Mul(y.mant_));
  return Make(neg, q, x.lsb_ - y.lsb_ - k, !r.IsZero(), prec);
}

BigFloat BigFloat::Neg() const {
  BigFloat f = *this;
  if (!IsZero()) f.neg_ = !neg_;
  return f;
}

BigFloat BigFloat::Round(unsigned prec, RoundingMode mode) const {
  if (inf_ || IsZero()) return *this;
  return Make(neg_, mant_, lsb_, false, prec, mode);
}

int64_t BigFloat::Exp() const {
  if (inf_ || IsZero()) return 0;
  return lsb_ + static_cast<int64_t>(mant_.BitLen());
}

BigFloat BigFloat::Mant() const {
  BigFloat m = *this;
  if (!inf_ && !IsZero()) m.lsb_ = lsb_ - Exp();
  return m;
}

int BigFloat::Cmp(const BigFloat& y) const {
  auto rank = [](const BigFloat& f) { return f.inf_ ? (f.neg_ ? -2 : 2) : f.Sign(); };
  int rx = rank(*this), ry = rank(y);
  if (rx != ry || rx == 0 || inf_) return rx < ry ? -1 : rx > ry ? 1 : 0;
  // Same sign, both finite and nonzero: compare magnitudes.
  int c;
  if (Exp() != y.Exp()) {
    c = Exp() < y.Exp() ? -1 : 1;
  } else {
    int64_t lo = std::min(lsb_, y.lsb_);
    c = mant_.Shl(static_cast<unsigned>(lsb_ - lo))
            .Cmp(y.mant_.Shl(static_cast<unsigned>(y.lsb_ - lo)));
  }
  return neg_ ? -c : c;
}

BigInt BigFloat::ToInt() const {
  if (inf_ || IsZero()) return BigInt();
  BigInt m;
  if (lsb_ >= 0) {
    m = mant_.Shl(static_cast<unsigned>(lsb_));
  } else if (-lsb_ >= static_cast<int64_t>(mant_.BitLen())) {
    return BigInt();
  } else {
    m = mant_.Shr(static_cast<unsigned>(-lsb_));
  }
  return neg_ ? m.Neg() : m;
}

Rat BigFloat::ToRat() const {
  if (inf_ || IsZero()) return Rat();
  BigInt n = neg_ ? mant_.Neg() : mant_;
  if (lsb_ >= 0) return Rat(n.Shl(static_cast<unsigned>(lsb_)));
  return Rat::Make(n, BigInt::FromInt64(1).Shl(static_cast<unsigned>(-lsb_)));
}

double BigFloat::ToDouble() const {
  if (inf_) return neg_ ? -HUGE_VAL : HUGE_VAL;
  if (IsZero()) return 0.0;
  int64_t e = Exp();
  if (e > 1100) return neg_ ? -HUGE_VAL : HUGE_VAL;
  if (e < -1100) return neg_ ? -0.0 : 0.0;
  double d = ToRat().ToDouble();
  return d == 0 && neg_ ? -0.0 : d;
}

double BigFloat::ToFloat() const {
  if (inf_) return neg_ ? -HUGE_VAL : HUGE_VAL;
  if (IsZero()) return 0.0;
  int64_t e = Exp();
  if (e > 200) return neg_ ? -HUGE_VAL : HUGE_VAL;
  if (e < -200) return neg_ ? -0.0 : 0.0;
  double d = ToRat().ToFloat();
  return d == 0 && neg_ ? -0.0 : d;
}

}  // namespace goescape::types
