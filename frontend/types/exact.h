// exact.h: arbitrary-precision integers and rationals for Go's constant
// arithmetic (the role math/big plays for go/constant).
//
// BigInt is a signed integer of unbounded size, stored as an llvm::APInt in
// two's complement. Invariant: the APInt's width is a multiple of 64, at
// least 64, and the value fits in it as a signed number; every operation
// widens its operands first (so nothing overflows) and then shrinks the
// result back to the smallest such width. Bitwise operations therefore have
// math/big's two's-complement semantics for negative numbers, and shifts
// right are arithmetic, as big.Int.Rsh.
//
// Rat is an exact fraction num/den with den > 0 and gcd(num, den) == 1.
// Conversion to float32/float64 rounds correctly (half to even, with
// subnormals), as big.Rat.Float32/Float64 do.
//
// BigFloat is a binary floating-point number in math/big.Float's model:
// zero, ±Inf, or ±mant × 2^lsb, where the exponent e of |x| = 0.1bbb(2) ×
// 2^e lies in [kMinExp, kMaxExp] (big.Float's int32 exponent). Every
// operation takes the precision (mantissa bits) of its result and rounds its
// exact result once (correct rounding; to nearest even unless told
// otherwise), so results equal big.Float's bit for bit; exceeding the
// exponent range gives ±Inf (overflow) or 0 (underflow), as big.Float does.
// Invariant: a finite nonzero mantissa is odd (trailing zeros moved into
// lsb), so equal values have equal representations. Addition never builds
// the exact sum of operands whose exponents are far apart: an operand
// entirely below the result's rounding position is replaced by a tiny
// stand-in that rounds identically, so 1e+600000000 + 1 costs no more than
// 1 + 1.
//
// Limits: BigInt and Rat sizes are bounded only by memory; callers (the
// checker, go/constant's rules in constant.cpp) enforce Go's limits
// (512-bit untyped integers, shift counts <= 1074, fractions below 4096-bit
// components, else 512-bit BigFloats).
#ifndef GOESCAPE_FRONTEND_TYPES_EXACT_H_
#define GOESCAPE_FRONTEND_TYPES_EXACT_H_

#include <cstdint>
#include <optional>
#include <string>

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/StringRef.h"

namespace goescape::types {

/// BigInt is an unbounded signed integer (see the file comment).
class BigInt {
 public:
  BigInt() : v_(64, 0) {}
  static BigInt FromInt64(int64_t x);
  static BigInt FromUint64(uint64_t x);
  /// Parse reads digits (no sign, no prefix, no underscores) in radix 2, 8,
  /// 10 or 16; it returns nullopt for an empty or malformed string.
  static std::optional<BigInt> Parse(llvm::StringRef digits, unsigned radix);

  int Sign() const;  // -1, 0, +1
  bool IsZero() const { return v_.isZero(); }
  /// BitLen is the length of |x| in bits (big.Int.BitLen).
  unsigned BitLen() const;
  int Cmp(const BigInt& y) const;
  std::optional<int64_t> ToInt64() const;
  std::optional<uint64_t> ToUint64() const;
  std::string ToString() const;  // decimal

  BigInt Neg() const;
  BigInt Abs() const;
  BigInt Add(const BigInt& y) const;
  BigInt Sub(const BigInt& y) const;
  BigInt Mul(const BigInt& y) const;
  /// Quo and Rem truncate toward zero (big.Int.Quo/Rem); y must be nonzero.
  BigInt Quo(const BigInt& y) const;
  BigInt Rem(const BigInt& y) const;
  BigInt And(const BigInt& y) const;
  BigInt Or(const BigInt& y) const;
  BigInt Xor(const BigInt& y) const;
  BigInt AndNot(const BigInt& y) const;
  BigInt Not() const;  // ^x == -x-1
  BigInt Shl(unsigned n) const;
  BigInt Shr(unsigned n) const;  // arithmetic
  /// Gcd of |x| and |y| (gcd(0, y) == |y|).
  static BigInt Gcd(const BigInt& x, const BigInt& y);
  /// IsPow2 reports whether x > 0 is a power of two; TrailingZeros counts
  /// the trailing zero bits of x != 0.
  unsigned TrailingZeros() const;
  /// Bit n of x in two's complement (bits beyond the width repeat the sign).
  bool Bit(unsigned n) const;

  const llvm::APInt& Raw() const { return v_; }

 private:
  explicit BigInt(llvm::APInt v) : v_(std::move(v)) { Normalize(); }
  void Normalize();
  static unsigned Width(unsigned bits);

  llvm::APInt v_;
};

/// Rat is an exact rational number (see the file comment).
class Rat {
 public:
  Rat() : num_(), den_(BigInt::FromInt64(1)) {}
  explicit Rat(BigInt i) : num_(std::move(i)), den_(BigInt::FromInt64(1)) {}
  /// Make builds num/den (den != 0) in lowest terms.
  static Rat Make(BigInt num, BigInt den);
  /// FromDouble is the exact value of a finite double.
  static Rat FromDouble(double d);

  const BigInt& Num() const { return num_; }
  const BigInt& Den() const { return den_; }
  bool IsInt() const;
  int Sign() const { return num_.Sign(); }
  int Cmp(const Rat& y) const;

  Rat Neg() const;
  Rat Add(const Rat& y) const;
  Rat Sub(const Rat& y) const;
  Rat Mul(const Rat& y) const;
  Rat Quo(const Rat& y) const;  // y != 0

  /// ToDouble rounds to the nearest float64 (±inf when out of range).
  double ToDouble() const;
  /// ToFloat rounds to the nearest float32, returned widened to double.
  double ToFloat() const;
  /// MantExp returns e such that |x| = m * 2^e with 0.5 <= m < 1 (x != 0).
  int64_t MantExp() const;

 private:
  double Round(int mant_bits, int64_t min_lsb, int64_t max_exp) const;

  BigInt num_;
  BigInt den_;
};

/// RoundingMode selects how BigFloat rounds (the math/big modes go/constant
/// uses).
enum class RoundingMode : uint8_t { kNearestEven, kToZero, kAwayFromZero };

/// BigFloat is a binary floating-point number (see the file comment).
class BigFloat {
 public:
  static constexpr int64_t kMinExp = -2147483647LL - 1;  // math.MinInt32
  static constexpr int64_t kMaxExp = 2147483647LL;       // math.MaxInt32

  BigFloat() = default;  // +0
  static BigFloat Inf(bool neg);
  /// Make rounds ±m × 2^lsb (m >= 0) to prec bits; sticky says that nonzero
  /// bits below m's last bit were dropped (then m must have at least prec+2
  /// bits). Exponents outside the range give 0 (before rounding) or ±Inf.
  static BigFloat Make(bool neg, BigInt m, int64_t lsb, bool sticky, unsigned prec,
                       RoundingMode mode = RoundingMode::kNearestEven);
  /// FromInt rounds x to prec bits; FromRat rounds x correctly to prec bits
  /// (big.Float.SetRat); FromDouble is exact.
  static BigFloat FromInt(const BigInt& x, unsigned prec);
  static BigFloat FromRat(const Rat& x, unsigned prec);
  static BigFloat FromDouble(double d);
  /// FromScaled is m × 2^lsb × 5^e5 computed as big.Float.SetString does
  /// (5^|e5| by repeated squaring at prec+64 and prec+128 bits, then one
  /// rounded multiplication or division to prec bits); nullopt where
  /// SetString reports an exponent overflow.
  static std::optional<BigFloat> FromScaled(const BigInt& m, int64_t lsb, int64_t e5,
                                            unsigned prec);

  static BigFloat Add(const BigFloat& x, const BigFloat& y, unsigned prec);
  static BigFloat Sub(const BigFloat& x, const BigFloat& y, unsigned prec);
  static BigFloat Mul(const BigFloat& x, const BigFloat& y, unsigned prec);
  /// Quo: y must be nonzero (x/±Inf is 0, ±Inf/y is ±Inf).
  static BigFloat Quo(const BigFloat& x, const BigFloat& y, unsigned prec);
  BigFloat Neg() const;
  /// Round is big.Float.Set into a Float of precision prec and mode.
  BigFloat Round(unsigned prec, RoundingMode mode) const;

  bool IsZero() const { return !inf_ && mant_.IsZero(); }
  bool IsInf() const { return inf_; }
  int Sign() const { return IsZero() ? 0 : neg_ ? -1 : 1; }
  /// Exp is big.Float.MantExp: |x| = m × 2^Exp with 0.5 <= m < 1 (0 for
  /// zero; x finite).
  int64_t Exp() const;
  /// Mant is big.Float.MantExp's mantissa: x scaled by 2^-Exp (finite x).
  BigFloat Mant() const;
  int Cmp(const BigFloat& y) const;
  /// IsInt: x is finite and an integer. ToInt truncates toward zero (x
  /// finite; the caller bounds Exp).
  bool IsInt() const { return !inf_ && (mant_.IsZero() || lsb_ >= 0); }
  BigInt ToInt() const;
  /// ToRat is the exact value (x finite; the caller bounds Exp).
  Rat ToRat() const;
  /// ToDouble / ToFloat round to the nearest float64 / float32 (widened),
  /// with subnormals and ±inf, as big.Float.Float64/Float32.
  double ToDouble() const;
  double ToFloat() const;

 private:
  bool neg_ = false;
  bool inf_ = false;
  BigInt mant_;      // |x| = mant_ × 2^lsb_; odd when nonzero, 0 for zero
  int64_t lsb_ = 0;  // exponent of mant_'s last bit
};

}  // namespace goescape::types

#endif  // GOESCAPE_FRONTEND_TYPES_EXACT_H_
