// constant.h: exact values of Go constant expressions, with go/constant's
// semantics and representations (the package types2 uses).
//
// A ConstValue is unknown, a bool, a string, an integer, a float or a
// complex number. Numbers use go/constant's representations (RealNum): an
// integer (BigInt), an exact fraction (Rat, go/constant's ratVal) or a
// binary float with a 512-bit mantissa (BigFloat, floatVal); a complex
// number is two of them. Kinds are ordered int < float < complex and
// representations int < fraction < float; binary operations first promote
// the lower one (go/constant's match). As in go/constant, a fraction whose
// numerator or denominator reaches 4096 bits becomes a 512-bit float, float
// literals whose binary exponent is beyond ±4096 are read as floats (as
// big.Float.SetString computes them), float results that overflow are
// unknown, and floats become integers only when (nearly) integral and
// below 2^4096. Integer division with kQuo yields a float kind (as
// token.QUO does); kQuoInt truncates (token.QUO_ASSIGN). String() is
// go/constant's Value.String: decimal integers, floats with %.6g (fractions
// are first rounded to 512-bit floats), an approximate "1e+400" form
// outside the float64 range, quoted strings cut at 72 characters.
//
// Limits: every value stays small (fractions below 4096-bit components,
// floats 512 bits with an int32 exponent; the checker keeps untyped
// integers within 512 bits and shift counts within 1074), so no operation
// is slow. The decimal exponent of the "1e+400" form uses the C library's
// pow, where go/constant uses Go's math.Pow (they could differ in the last
// bit, visible only if that changed a 6-digit rounding).
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

/// kConstPrec is go/constant's float precision (mantissa bits); fractions
/// stay exact while numerator and denominator have fewer than kConstMaxExp
/// bits, and floats become integers or fractions only within 2^±kConstMaxExp.
inline constexpr unsigned kConstPrec = 512;
inline constexpr unsigned kConstMaxExp = 4096;

/// NumRep is go/constant's representation of a real number.
enum class NumRep : uint8_t {
  kInt,    // int64Val, intVal
  kRat,    // ratVal: an exact fraction
  kFloat,  // floatVal: a 512-bit binary float
};

/// RealNum is a real number in one of go/constant's representations; a
/// complex constant has two (its parts may be integers, as in go/constant).
struct RealNum {
  NumRep rep = NumRep::kInt;
  BigInt i;    // kInt
  Rat r;       // kRat
  BigFloat f;  // kFloat (finite)
};

/// ConstValue is a constant value (see the file comment).
class ConstValue {
 public:
  ConstValue() = default;  // unknown
  static ConstValue MakeBool(bool b);
  static ConstValue MakeString(std::string s);
  static ConstValue MakeInt(BigInt i);
  static ConstValue MakeInt64(int64_t i) { return MakeInt(BigInt::FromInt64(i)); }
  static ConstValue MakeUint64(uint64_t i) { return MakeInt(BigInt::FromUint64(i)); }
  /// MakeFloat is the exact fraction r (go/constant keeps it exact).
  static ConstValue MakeFloat(Rat r);
  /// MakeFloat64 is unknown for infinities and NaN.
  static ConstValue MakeFloat64(double d);
  /// MakeComplex: re and im are integer or float values (unknown if one is).
  static ConstValue MakeComplex(const ConstValue& re, const ConstValue& im);
  /// MakeImag is x·i for an integer or float x (go/constant.MakeImag).
  static ConstValue MakeImag(const ConstValue& x);
  /// FromLiteral reads a Go literal; unknown if malformed.
  static ConstValue FromLiteral(LiteralKind kind, llvm::StringRef text);

  ConstKind Kind() const { return kind_; }
  bool IsUnknown() const { return kind_ == ConstKind::kUnknown; }
  bool BoolVal() const { return b_; }
  const std::string& StringVal() const { return s_; }
  const BigInt& IntVal() const { return re_.i; }
  /// Rep is the representation of a number (of the real part of a complex).
  NumRep Rep() const { return re_.rep; }

  /// Sign is -1/0/+1 for numbers (complex: 0 iff zero, else nonzero).
  int Sign() const;
  /// BitLen of an integer's absolute value.
  unsigned BitLen() const { return re_.i.BitLen(); }
  std::optional<int64_t> Int64Val() const;
  std::optional<uint64_t> Uint64Val() const;
  /// Float64Val / Float32Val round a numeric value (real part) to float64 /
  /// float32 (widened to double); ±inf when out of range.
  double Float64Val() const;
  double Float32Val() const;

  /// ToInt, ToFloat and ToComplex convert as go/constant does (unknown when
  /// not representable: ToInt of a non-integral float).
  ConstValue ToInt() const;
  ConstValue ToFloat() const;
  ConstValue ToComplex() const;
  /// Real and Imag are go/constant.Real/Imag (parts keep their kind: the
  /// real part of 1+2i is the integer 1).
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
  static ConstValue FromReal(RealNum x);
  static ConstValue FromRealOpt(std::optional<RealNum> x);  // nullopt: unknown
  ConstKind kind_ = ConstKind::kUnknown;
  bool b_ = false;
  std::string s_;
  RealNum re_, im_;  // kInt, kFloat: re_; kComplex: both
};

/// FormatFloatG formats d as Go's fmt %.Ng (prec >= 0) or %g (prec < 0).
std::string FormatFloatG(double d, int prec);

}  // namespace goescape::types

#endif  // GOESCAPE_FRONTEND_TYPES_CONSTANT_H_
