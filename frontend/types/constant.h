// constant.h: exact values of Go constant expressions, with go/constant's
// semantics (the package types2 uses).
//
// A ConstValue is unknown, a bool, a string, an integer (BigInt), a float
// (an exact Rat) or a complex number (two Rats). Kinds are ordered
// int < float < complex; binary operations first promote the lower kind
// (go/constant's match). Integer division with kQuo yields a float kind
// (as token.QUO does); kQuoInt truncates (token.QUO_ASSIGN). String() is
// go/constant's Value.String: decimal integers, floats with %.6g (or %g when
// %.6g would hide a fraction, or an approximate "1e+400" form outside the
// float64 range), quoted strings cut at 72 characters.
//
// Limits: go/constant switches from exact fractions to 512-bit binary
// floats when numerator or denominator exceed 4096 bits; goescape stays
// exact (only astronomically large constants could print differently).
#ifndef GOESCAPE_FRONTEND_TYPES_CONSTANT_H_
#define GOESCAPE_FRONTEND_TYPES_CONSTANT_H_

#include <cstdint>
#include <optional>
#include <string>

#include "frontend/types/exact.h"
#include "llvm/ADT/StringRef.h"

namespace goescape::types {

/// ConstKind is the kind of a constant value (go/constant.Kind).
enum class ConstKind : uint8_t { kUnknown, kBool, kString, kInt, kFloat, kComplex };

/// LiteralKind selects how FromLiteral reads a literal's source text.
enum class LiteralKind : uint8_t { kInt, kFloat, kImag, kRune, kString };

/// ConstOp is an operator of constant arithmetic (go/token's operators as
/// go/constant uses them).
enum class ConstOp : uint8_t {
  kAdd,
  kSub,
  kMul,
  kQuo,
  kQuoInt,
  kRem,
  kAnd,
  kOr,
  kXor,
  kAndNot,  // binary
  kShl,
  kShr,  // shifts
  kLAnd,
  kLOr,  // logical
  kEql,
  kNeq,
  kLss,
  kLeq,
  kGtr,
  kGeq,  // comparisons
  kNot,
  kNeg,
  kPos,
  kCompl,  // unary ! - + ^
};

/// ConstValue is an exact constant value (see the file comment).
class ConstValue {
 public:
  ConstValue() = default;  // unknown
  static ConstValue MakeBool(bool b);
  static ConstValue MakeString(std::string s);
  static ConstValue MakeInt(BigInt i);
  static ConstValue MakeInt64(int64_t i) { return MakeInt(BigInt::FromInt64(i)); }
  static ConstValue MakeUint64(uint64_t i) { return MakeInt(BigInt::FromUint64(i)); }
  static ConstValue MakeFloat(Rat r);
  /// MakeFloat64 is unknown for infinities and NaN.
  static ConstValue MakeFloat64(double d);
  static ConstValue MakeComplex(Rat re, Rat im);
  /// FromLiteral reads a Go literal; unknown if malformed.
  static ConstValue FromLiteral(LiteralKind kind, llvm::StringRef text);

  ConstKind Kind() const { return kind_; }
  bool IsUnknown() const { return kind_ == ConstKind::kUnknown; }
  bool BoolVal() const { return b_; }
  const std::string& StringVal() const { return s_; }
  const BigInt& IntVal() const { return i_; }
  const Rat& RealRat() const { return re_; }  // kFloat value, or complex real part
  const Rat& ImagRat() const { return im_; }

  /// Sign is -1/0/+1 for numbers (complex: 0 iff zero, else nonzero).
  int Sign() const;
  /// BitLen of an integer's absolute value.
  unsigned BitLen() const { return i_.BitLen(); }
  std::optional<int64_t> Int64Val() const;
  std::optional<uint64_t> Uint64Val() const;
  /// Float64Val / Float32Val round a numeric value (real part) to float64 /
  /// float32 (widened to double); ±inf when out of range.
  double Float64Val() const;
  double Float32Val() const;

  ConstValue ToInt() const;
  ConstValue ToFloat() const;
  ConstValue ToComplex() const;
  ConstValue Real() const;
  ConstValue Imag() const;

  /// UnaryOp applies kNot, kNeg, kPos or kCompl; prec > 0 limits ^x of an
  /// unsigned integer to prec bits.
  static ConstValue UnaryOp(ConstOp op, const ConstValue& y, unsigned prec);
  /// BinaryOp applies an arithmetic or logical operator (y != 0 for
  /// divisions; the checker reports division by zero first).
  static ConstValue BinaryOp(const ConstValue& x, ConstOp op, const ConstValue& y);
  /// Shift applies kShl or kShr to an integer.
  static ConstValue Shift(const ConstValue& x, ConstOp op, unsigned s);
  /// Compare applies a comparison operator.
  static bool Compare(const ConstValue& x, ConstOp op, const ConstValue& y);

  /// String is go/constant's Value.String.
  std::string String() const;
  /// KeyString is a canonical key for duplicate detection in map literals
  /// (types2 keyVal): values equal as Go values have equal keys.
  std::string KeyString() const;
  /// SwitchKey is types2's goVal: a key for integers that fit 64 bits,
  /// floats and strings; nullopt otherwise (no duplicate check).
  std::optional<std::string> SwitchKey() const;

 private:
  ConstKind kind_ = ConstKind::kUnknown;
  bool b_ = false;
  std::string s_;
  BigInt i_;
  Rat re_, im_;
};

/// QuoteGo renders s as strconv.Quote does (used for constants and tags).
std::string QuoteGo(llvm::StringRef s);
/// FormatFloatG formats d as Go's fmt %.Ng (prec >= 0) or %g (prec < 0).
std::string FormatFloatG(double d, int prec);

}  // namespace goescape::types

#endif  // GOESCAPE_FRONTEND_TYPES_CONSTANT_H_
