// constant.cpp: ConstValue (see constant.h): go/constant's arithmetic on
// its three number representations (integers, exact fractions, 512-bit
// floats) with its promotion rules (match), conversions between kinds, and
// its String formatting. Invariant: a kInt value holds a kInt RealNum, a
// kFloat value a kRat or kFloat one; complex parts hold any of the three.
// Float literals are read in literal.cpp (MakeFloatFromLiteral).
#include "frontend/types/constant.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "frontend/base/go_text.h"
#include "frontend/types/literal.h"

namespace goescape::types {

// ------------------------------------------------------------ numbers

namespace {

// smallInt: fractions stay exact while both parts have fewer bits.
bool SmallInt(const BigInt& x) { return x.BitLen() < kConstMaxExp; }

RealNum IntNum(BigInt i) {
  RealNum n;
  n.rep = NumRep::kInt;
  n.i = std::move(i);
  return n;
}

RealNum RatNum(Rat r) {
  RealNum n;
  n.rep = NumRep::kRat;
  n.r = std::move(r);
  return n;
}

RealNum FloatNum(BigFloat f) {
  RealNum n;
  n.rep = NumRep::kFloat;
  n.f = std::move(f);
  return n;
}

// MakeRatNum is go/constant's makeRat: too large fractions become floats.
RealNum MakeRatNum(Rat r) {
  if (SmallInt(r.Num()) && SmallInt(r.Den())) return RatNum(std::move(r));
  return FloatNum(BigFloat::FromRat(r, kConstPrec));
}

// MakeFloatNum is go/constant's makeFloat: infinities are unknown.
std::optional<RealNum> MakeFloatNum(BigFloat f) {
  if (f.IsInf()) return std::nullopt;
  return FloatNum(std::move(f));
}

// Promote converts x to representation `to` (not lower than x's):
// go/constant's i64tor/itor, itof and rtof.
RealNum Promote(const RealNum& x, NumRep to) {
  if (x.rep == to) return x;
  if (to == NumRep::kRat) return RatNum(Rat(x.i));
  if (x.rep == NumRep::kInt) return FloatNum(BigFloat::FromInt(x.i, kConstPrec));
  return FloatNum(BigFloat::FromRat(x.r, kConstPrec));
}

NumRep MaxRep(NumRep a, NumRep b) { return static_cast<int>(a) >= static_cast<int>(b) ? a : b; }

int NumSign(const RealNum& x) {
  switch (x.rep) {
    case NumRep::kInt:
      return x.i.Sign();
    case NumRep::kRat:
      return x.r.Sign();
    case NumRep::kFloat:
      return x.f.Sign();
  }
  return 0;
}

RealNum NumNeg(const RealNum& x) {
  switch (x.rep) {
    case NumRep::kInt:
      return IntNum(x.i.Neg());
    case NumRep::kRat:
      return MakeRatNum(x.r.Neg());
    case NumRep::kFloat:
      return FloatNum(x.f.Neg());
  }
  return x;
}

int NumCmp(const RealNum& x0, const RealNum& y0) {
  NumRep k = MaxRep(x0.rep, y0.rep);
  RealNum x = Promote(x0, k), y = Promote(y0, k);
  switch (k) {
    case NumRep::kInt:
      return x.i.Cmp(y.i);
    case NumRep::kRat:
      return x.r.Cmp(y.r);
    case NumRep::kFloat:
      return x.f.Cmp(y.f);
  }
  return 0;
}

// NumBinary applies an arithmetic operator; nullopt is unknown (an
// operator the representation lacks, a float overflow, division by zero).
std::optional<RealNum> NumBinary(const RealNum& x0, ConstOp op, const RealNum& y0) {
  NumRep k = MaxRep(x0.rep, y0.rep);
  RealNum x = Promote(x0, k), y = Promote(y0, k);
  bool div = op == ConstOp::kQuo || op == ConstOp::kQuoInt || op == ConstOp::kRem;
  if (div && NumSign(y) == 0) return std::nullopt;
  switch (k) {
    case NumRep::kInt:
      switch (op) {
        case ConstOp::kAdd:
          return IntNum(x.i.Add(y.i));
        case ConstOp::kSub:
          return IntNum(x.i.Sub(y.i));
        case ConstOp::kMul:
          return IntNum(x.i.Mul(y.i));
        case ConstOp::kQuo:
          return MakeRatNum(Rat::Make(x.i, y.i));
        case ConstOp::kQuoInt:
          return IntNum(x.i.Quo(y.i));
        case ConstOp::kRem:
          return IntNum(x.i.Rem(y.i));
        case ConstOp::kAnd:
          return IntNum(x.i.And(y.i));
        case ConstOp::kOr:
          return IntNum(x.i.Or(y.i));
        case ConstOp::kXor:
          return IntNum(x.i.Xor(y.i));
        case ConstOp::kAndNot:
          return IntNum(x.i.AndNot(y.i));
        default:
          return std::nullopt;
      }
    case NumRep::kRat:
      switch (op) {
        case ConstOp::kAdd:
          return MakeRatNum(x.r.Add(y.r));
        case ConstOp::kSub:
          return MakeRatNum(x.r.Sub(y.r));
        case ConstOp::kMul:
          return MakeRatNum(x.r.Mul(y.r));
        case ConstOp::kQuo:
        case ConstOp::kQuoInt:
          return MakeRatNum(x.r.Quo(y.r));
        default:
          return std::nullopt;
      }
    case NumRep::kFloat:
      switch (op) {
        case ConstOp::kAdd:
          return MakeFloatNum(BigFloat::Add(x.f, y.f, kConstPrec));
        case ConstOp::kSub:
          return MakeFloatNum(BigFloat::Sub(x.f, y.f, kConstPrec));
        case ConstOp::kMul:
          return MakeFloatNum(BigFloat::Mul(x.f, y.f, kConstPrec));
        case ConstOp::kQuo:
        case ConstOp::kQuoInt:
          return MakeFloatNum(BigFloat::Quo(x.f, y.f, kConstPrec));
        default:
          return std::nullopt;
      }
  }
  return std::nullopt;
}

double NumToDouble(const RealNum& x) {
  switch (x.rep) {
    case NumRep::kInt:
      return Rat(x.i).ToDouble();
    case NumRep::kRat:
      return x.r.ToDouble();
    case NumRep::kFloat:
      return x.f.ToDouble();
  }
  return 0;
}

double NumToFloat32(const RealNum& x) {
  switch (x.rep) {
    case NumRep::kInt:
      return Rat(x.i).ToFloat();
    case NumRep::kRat:
      return x.r.ToFloat();
    case NumRep::kFloat:
      return x.f.ToFloat();
  }
  return 0;
}

// NumIsExactDouble: Float64Val's exactness flag.
bool NumIsExactDouble(const RealNum& x, double d) {
  if (std::isinf(d)) return false;
  switch (x.rep) {
    case NumRep::kInt:
      return Rat::FromDouble(d).Cmp(Rat(x.i)) == 0;
    case NumRep::kRat:
      return Rat::FromDouble(d).Cmp(x.r) == 0;
    case NumRep::kFloat:
      return BigFloat::FromDouble(d).Cmp(x.f) == 0;
  }
  return false;
}

// SmallFloat: the float's magnitude is within 2^±4096 (go/constant's
// smallFloat): only then may it become an integer or a fraction.
bool SmallFloat(const BigFloat& f) {
  if (f.IsInf()) return false;
  int64_t e = f.Exp();
  return -static_cast<int64_t>(kConstMaxExp) < e && e < static_cast<int64_t>(kConstMaxExp);
}

// NumToInt is go/constant.ToInt on a real number.
std::optional<BigInt> NumToInt(const RealNum& x) {
  switch (x.rep) {
    case NumRep::kInt:
      return x.i;
    case NumRep::kRat:
      if (x.r.IsInt()) return x.r.Num();
      return std::nullopt;
    case NumRep::kFloat: {
      if (!SmallFloat(x.f)) return std::nullopt;
      if (x.f.IsInt()) return x.f.ToInt();
      // Integral after rounding away the last few bits: assume the
      // difference is a rounding error of earlier operations.
      constexpr unsigned kDelta = 4;
      BigFloat t = x.f.Round(kConstPrec - kDelta, RoundingMode::kToZero);
      if (t.IsInt()) return t.ToInt();
      t = x.f.Round(kConstPrec - kDelta, RoundingMode::kAwayFromZero);
      if (t.IsInt()) return t.ToInt();
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// FloatString is go/constant's floatVal.String.
std::string FloatString(const BigFloat& f) {
  if (f.IsInf()) return f.Sign() < 0 ? "-Inf" : "+Inf";
  double x = f.ToDouble();
  if ((f.Sign() == 0) == (x == 0) && !std::isinf(x)) {
    return FormatFloatG(x, 6);  // go1.19: %.6g (later releases add a %g fallback)
  }
  // Out of float64 range: f = mant * 2^exp, approximate decimal conversion.
  int64_t exp = f.Exp();
  double m = f.Mant().ToDouble();
  constexpr double kLog10Of2 = 0.30102999566398119521373889472449302676818988146210854131;
  double d = static_cast<double>(exp) * kLog10Of2;
  auto e = static_cast<int64_t>(d);
  m *= std::pow(10, d - static_cast<double>(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    --e;
  } else if (am >= 10) {
    m /= 10;
    ++e;
  }
  std::string s = FormatFloatG(m, 6);
  s += 'e';
  s += e < 0 ? '-' : '+';
  s += std::to_string(e < 0 ? -e : e);
  return s;
}

std::string NumString(const RealNum& x) {
  switch (x.rep) {
    case NumRep::kInt:
      return x.i.ToString();
    case NumRep::kRat:
      return FloatString(BigFloat::FromRat(x.r, kConstPrec));
    case NumRep::kFloat:
      return FloatString(x.f);
  }
  return "unknown";
}

}  // namespace

// ------------------------------------------------------------ values

ConstValue ConstValue::MakeBool(bool b) {
  ConstValue v;
  v.kind_ = ConstKind::kBool;
  v.b_ = b;
  return v;
}

ConstValue ConstValue::MakeString(std::string s) {
  ConstValue v;
  v.kind_ = ConstKind::kString;
  v.s_ = std::move(s);
  return v;
}

ConstValue ConstValue::MakeInt(BigInt i) { return FromReal(IntNum(std::move(i))); }

ConstValue ConstValue::MakeFloat(Rat r) { return FromReal(RatNum(std::move(r))); }

ConstValue ConstValue::FromReal(RealNum x) {
  ConstValue v;
  v.kind_ = x.rep == NumRep::kInt ? ConstKind::kInt : ConstKind::kFloat;
  v.re_ = std::move(x);
  return v;
}

ConstValue ConstValue::FromRealOpt(std::optional<RealNum> x) {
  if (!x) return ConstValue();
  return FromReal(std::move(*x));
}

ConstValue ConstValue::MakeFloat64(double d) {
  if (std::isinf(d) || std::isnan(d)) return ConstValue();
  return MakeFloat(Rat::FromDouble(d));
}

ConstValue ConstValue::MakeComplex(const ConstValue& re, const ConstValue& im) {
  auto real = [](ConstKind k) { return k == ConstKind::kInt || k == ConstKind::kFloat; };
  if (!real(re.kind_) || !real(im.kind_)) return ConstValue();
  ConstValue v;
  v.kind_ = ConstKind::kComplex;
  v.re_ = re.re_;
  v.im_ = im.re_;
  return v;
}

ConstValue ConstValue::MakeImag(const ConstValue& x) { return MakeComplex(MakeInt64(0), x); }

int ConstValue::Sign() const {
  switch (kind_) {
    case ConstKind::kInt:
    case ConstKind::kFloat:
      return NumSign(re_);
    case ConstKind::kComplex:
      return NumSign(re_) | NumSign(im_);
    default:
      return 1;
  }
}

std::optional<int64_t> ConstValue::Int64Val() const {
  if (kind_ != ConstKind::kInt) return std::nullopt;
  return re_.i.ToInt64();
}

std::optional<uint64_t> ConstValue::Uint64Val() const {
  if (kind_ != ConstKind::kInt) return std::nullopt;
  return re_.i.ToUint64();
}

double ConstValue::Float64Val() const {
  switch (kind_) {
    case ConstKind::kInt:
    case ConstKind::kFloat:
    case ConstKind::kComplex:
      return NumToDouble(re_);
    default:
      return 0;
  }
}

double ConstValue::Float32Val() const {
  switch (kind_) {
    case ConstKind::kInt:
    case ConstKind::kFloat:
    case ConstKind::kComplex:
      return NumToFloat32(re_);
    default:
      return 0;
  }
}

ConstValue ConstValue::ToInt() const {
  switch (kind_) {
    case ConstKind::kInt:
      return *this;
    case ConstKind::kFloat:
      if (auto i = NumToInt(re_)) return MakeInt(std::move(*i));
      return ConstValue();
    case ConstKind::kComplex: {
      ConstValue f = ToFloat();
      if (f.kind_ == ConstKind::kFloat) return f.ToInt();
      return ConstValue();
    }
    default:
      return ConstValue();
  }
}

ConstValue ConstValue::ToFloat() const {
  switch (kind_) {
    case ConstKind::kInt:
      if (SmallInt(re_.i)) return FromReal(RatNum(Rat(re_.i)));
      return FromReal(FloatNum(BigFloat::FromInt(re_.i, kConstPrec)));
    case ConstKind::kFloat:
      return *this;
    case ConstKind::kComplex:
      if (NumSign(im_) == 0) return FromReal(re_).ToFloat();
      return ConstValue();
    default:
      return ConstValue();
  }
}

ConstValue ConstValue::ToComplex() const {
  switch (kind_) {
    case ConstKind::kInt:
    case ConstKind::kFloat:
      return MakeComplex(*this, MakeInt64(0));
    case ConstKind::kComplex:
      return *this;
    default:
      return ConstValue();
  }
}

ConstValue ConstValue::Real() const {
  switch (kind_) {
    case ConstKind::kInt:
    case ConstKind::kFloat:
      return *this;
    case ConstKind::kComplex:
      return FromReal(re_);
    default:
      return ConstValue();
  }
}

ConstValue ConstValue::Imag() const {
  switch (kind_) {
    case ConstKind::kInt:
    case ConstKind::kFloat:
      return MakeInt64(0);
    case ConstKind::kComplex:
      return FromReal(im_);
    default:
      return ConstValue();
  }
}

ConstValue ConstValue::UnaryOp(ConstOp op, const ConstValue& y, unsigned prec) {
  switch (op) {
    case ConstOp::kPos:
      return y;
    case ConstOp::kNeg:
      switch (y.kind_) {
        case ConstKind::kInt:
        case ConstKind::kFloat:
          return FromReal(NumNeg(y.re_));
        case ConstKind::kComplex: {
          ConstValue v = y;
          v.re_ = NumNeg(y.re_);
          v.im_ = NumNeg(y.im_);
          return v;
        }
        default:
          return ConstValue();
      }
    case ConstOp::kCompl:
      if (y.kind_ != ConstKind::kInt) return ConstValue();
      if (prec > 0) {
        // ^y restricted to prec bits: clear all bits >= prec.
        BigInt mask = BigInt::FromInt64(-1).Shl(prec);
        return MakeInt(y.re_.i.Not().AndNot(mask));
      }
      return MakeInt(y.re_.i.Not());
    case ConstOp::kNot:
      if (y.kind_ != ConstKind::kBool) return ConstValue();
      return MakeBool(!y.b_);
    default:
      return ConstValue();
  }
}

namespace {

bool IsNumeric(ConstKind k) {
  return k == ConstKind::kInt || k == ConstKind::kFloat || k == ConstKind::kComplex;
}

}  // namespace

ConstValue ConstValue::BinaryOp(const ConstValue& x0, ConstOp op, const ConstValue& y0) {
  if (x0.IsUnknown() || y0.IsUnknown()) return ConstValue();
  if (IsNumeric(x0.kind_) != IsNumeric(y0.kind_)) return ConstValue();
  if (x0.kind_ == ConstKind::kBool && y0.kind_ == ConstKind::kBool) {
    if (op == ConstOp::kLAnd) return MakeBool(x0.b_ && y0.b_);
    if (op == ConstOp::kLOr) return MakeBool(x0.b_ || y0.b_);
    return ConstValue();
  }
  if (x0.kind_ == ConstKind::kString && y0.kind_ == ConstKind::kString) {
    if (op == ConstOp::kAdd) return MakeString(x0.s_ + y0.s_);
    return ConstValue();
  }
  if (!IsNumeric(x0.kind_)) return ConstValue();
  if (x0.kind_ != ConstKind::kComplex && y0.kind_ != ConstKind::kComplex) {
    return FromRealOpt(NumBinary(x0.re_, op, y0.re_));
  }
  ConstValue x = x0.ToComplex(), y = y0.ToComplex();
  const RealNum &a = x.re_, &b = x.im_, &c = y.re_, &d = y.im_;
  auto bin = [](const std::optional<RealNum>& p, ConstOp o,
                const std::optional<RealNum>& q) -> std::optional<RealNum> {
    if (!p || !q) return std::nullopt;
    return NumBinary(*p, o, *q);
  };
  std::optional<RealNum> re, im;
  switch (op) {
    case ConstOp::kAdd:
      re = NumBinary(a, ConstOp::kAdd, c);
      im = NumBinary(b, ConstOp::kAdd, d);
      break;
    case ConstOp::kSub:
      re = NumBinary(a, ConstOp::kSub, c);
      im = NumBinary(b, ConstOp::kSub, d);
      break;
    case ConstOp::kMul: {
      auto ac = NumBinary(a, ConstOp::kMul, c), bd = NumBinary(b, ConstOp::kMul, d);
      auto bc = NumBinary(b, ConstOp::kMul, c), ad = NumBinary(a, ConstOp::kMul, d);
      re = bin(ac, ConstOp::kSub, bd);
      im = bin(bc, ConstOp::kAdd, ad);
      break;
    }
    case ConstOp::kQuo:
    case ConstOp::kQuoInt: {
      auto ac = NumBinary(a, ConstOp::kMul, c), bd = NumBinary(b, ConstOp::kMul, d);
      auto bc = NumBinary(b, ConstOp::kMul, c), ad = NumBinary(a, ConstOp::kMul, d);
      auto cc = NumBinary(c, ConstOp::kMul, c), dd = NumBinary(d, ConstOp::kMul, d);
      auto s = bin(cc, ConstOp::kAdd, dd);
      re = bin(bin(ac, ConstOp::kAdd, bd), ConstOp::kQuo, s);
      im = bin(bin(bc, ConstOp::kSub, ad), ConstOp::kQuo, s);
      break;
    }
    default:
      return ConstValue();
  }
  if (!re || !im) return ConstValue();
  ConstValue v;
  v.kind_ = ConstKind::kComplex;
  v.re_ = std::move(*re);
  v.im_ = std::move(*im);
  return v;
}

ConstValue ConstValue::Shift(const ConstValue& x, ConstOp op, unsigned s) {
  if (x.kind_ != ConstKind::kInt) return ConstValue();
  if (op == ConstOp::kShl) return MakeInt(x.re_.i.Shl(s));
  if (op == ConstOp::kShr) return MakeInt(x.re_.i.Shr(s));
  return ConstValue();
}

static bool CmpResult(int c, ConstOp op) {
  switch (op) {
    case ConstOp::kEql:
      return c == 0;
    case ConstOp::kNeq:
      return c != 0;
    case ConstOp::kLss:
      return c < 0;
    case ConstOp::kLeq:
      return c <= 0;
    case ConstOp::kGtr:
      return c > 0;
    case ConstOp::kGeq:
      return c >= 0;
    default:
      return false;
  }
}

bool ConstValue::Compare(const ConstValue& x0, ConstOp op, const ConstValue& y0) {
  if (x0.IsUnknown() || y0.IsUnknown()) return false;
  if (x0.kind_ == ConstKind::kBool && y0.kind_ == ConstKind::kBool) {
    return CmpResult(x0.b_ == y0.b_ ? 0 : 1, op);
  }
  if (x0.kind_ == ConstKind::kString && y0.kind_ == ConstKind::kString) {
    return CmpResult(x0.s_.compare(y0.s_) < 0 ? -1 : x0.s_ == y0.s_ ? 0 : 1, op);
  }
  if (!IsNumeric(x0.kind_) || !IsNumeric(y0.kind_)) return false;
  if (x0.kind_ == ConstKind::kComplex || y0.kind_ == ConstKind::kComplex) {
    ConstValue x = x0.ToComplex(), y = y0.ToComplex();
    bool eq = NumCmp(x.re_, y.re_) == 0 && NumCmp(x.im_, y.im_) == 0;
    return CmpResult(eq ? 0 : 1, op);
  }
  return CmpResult(NumCmp(x0.re_, y0.re_), op);
}

std::string ConstValue::String() const {
  switch (kind_) {
    case ConstKind::kUnknown:
      return "unknown";
    case ConstKind::kBool:
      return b_ ? "true" : "false";
    case ConstKind::kString: {
      constexpr size_t kMaxLen = 72;
      std::string q = GoQuote(s_);
      // Count runes; cut to kMaxLen-3 runes plus "..." when longer.
      size_t runes = 0;
      for (char c : q) {
        if ((static_cast<uint8_t>(c) & 0xC0) != 0x80) ++runes;
      }
      if (runes <= kMaxLen) return q;
      size_t i = 0, n = 0;
      while (n < kMaxLen - 3 && i < q.size()) {
        i += DecodeRune(q, i).width;
        ++n;
      }
      return q.substr(0, i) + "...";
    }
    case ConstKind::kInt:
    case ConstKind::kFloat:
      return NumString(re_);
    case ConstKind::kComplex:
      return "(" + NumString(re_) + " + " + NumString(im_) + "i)";
  }
  return "unknown";
}

static std::string DoubleKey(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", d);
  return buf;
}

std::string ConstValue::KeyString() const {
  // types2's keyVal: complex -> float -> int where exact, else float64s.
  ConstValue x = *this;
  if (x.kind_ == ConstKind::kComplex) {
    ConstValue f = x.ToFloat();
    if (f.kind_ != ConstKind::kFloat) {
      return "c:" + DoubleKey(NumToDouble(x.re_)) + ":" + DoubleKey(NumToDouble(x.im_));
    }
    x = f;
  }
  if (x.kind_ == ConstKind::kFloat) {
    ConstValue i = x.ToInt();
    if (i.kind_ != ConstKind::kInt) return "f:" + DoubleKey(NumToDouble(x.re_));
    x = i;
  }
  switch (x.kind_) {
    case ConstKind::kInt:
      if (auto v = x.re_.i.ToInt64()) return "i:" + std::to_string(*v);
      if (auto v = x.re_.i.ToUint64()) return "u:" + std::to_string(*v);
      return "I:" + x.re_.i.ToString();
    case ConstKind::kString:
      return "s:" + x.s_;
    case ConstKind::kBool:
      return x.b_ ? "b:1" : "b:0";
    default:
      return "?";
  }
}

std::optional<std::string> ConstValue::SwitchKey() const {
  // types2's goVal: int64, uint64, exact float64 and string values.
  switch (kind_) {
    case ConstKind::kInt:
      if (auto v = re_.i.ToInt64()) return "i:" + std::to_string(*v);
      if (auto v = re_.i.ToUint64()) return "u:" + std::to_string(*v);
      return std::nullopt;
    case ConstKind::kFloat: {
      double d = NumToDouble(re_);
      if (!NumIsExactDouble(re_, d)) return std::nullopt;
      return "f:" + DoubleKey(d);
    }
    case ConstKind::kString:
      return "s:" + s_;
    default:
      return std::nullopt;
  }
}

}  // namespace goescape::types
