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
// Limits: sizes are bounded only by memory; callers (the checker) enforce
// Go's limits (512-bit untyped integers, shift counts <= 1074).
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

}  // namespace goescape::types

#endif  // GOESCAPE_FRONTEND_TYPES_EXACT_H_
