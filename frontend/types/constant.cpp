// constant.cpp: ConstValue (see constant.h): exact arithmetic with
// go/constant's kind promotion, conversions between kinds, and go/constant's
// String formatting. Literal syntax is in literal.cpp.
#include "frontend/types/constant.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "frontend/types/literal.h"

namespace goescape::types {

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

ConstValue ConstValue::MakeInt(BigInt i) {
  ConstValue v;
  v.kind_ = ConstKind::kInt;
  v.i_ = std::move(i);
  return v;
}

ConstValue ConstValue::MakeFloat(Rat r) {
  ConstValue v;
  v.kind_ = ConstKind::kFloat;
  v.re_ = std::move(r);
  return v;
}

ConstValue ConstValue::MakeFloat64(double d) {
  if (std::isinf(d) || std::isnan(d)) return ConstValue();
  return MakeFloat(Rat::FromDouble(d));
}

ConstValue ConstValue::MakeComplex(Rat re, Rat im) {
  ConstValue v;
  v.kind_ = ConstKind::kComplex;
  v.re_ = std::move(re);
  v.im_ = std::move(im);
  return v;
}

int ConstValue::Sign() const {
  switch (kind_) {
    case ConstKind::kInt:
      return i_.Sign();
    case ConstKind::kFloat:
      return re_.Sign();
    case ConstKind::kComplex:
      return re_.Sign() | im_.Sign();
    default:
      return 1;
  }
}

std::optional<int64_t> ConstValue::Int64Val() const {
  if (kind_ != ConstKind::kInt) return std::nullopt;
  return i_.ToInt64();
}

std::optional<uint64_t> ConstValue::Uint64Val() const {
  if (kind_ != ConstKind::kInt) return std::nullopt;
  return i_.ToUint64();
}

double ConstValue::Float64Val() const {
  switch (kind_) {
    case ConstKind::kInt:
      return Rat(i_).ToDouble();
    case ConstKind::kFloat:
    case ConstKind::kComplex:
      return re_.ToDouble();
    default:
      return 0;
  }
}

double ConstValue::Float32Val() const {
  switch (kind_) {
    case ConstKind::kInt:
      return Rat(i_).ToFloat();
    case ConstKind::kFloat:
    case ConstKind::kComplex:
      return re_.ToFloat();
    default:
      return 0;
  }
}

ConstValue ConstValue::ToInt() const {
  switch (kind_) {
    case ConstKind::kInt:
      return *this;
    case ConstKind::kFloat:
      if (re_.IsInt()) return MakeInt(re_.Num());
      return ConstValue();
    case ConstKind::kComplex:
      if (im_.Sign() == 0) return MakeFloat(re_).ToInt();
      return ConstValue();
    default:
      return ConstValue();
  }
}

ConstValue ConstValue::ToFloat() const {
  switch (kind_) {
    case ConstKind::kInt:
      return MakeFloat(Rat(i_));
    case ConstKind::kFloat:
      return *this;
    case ConstKind::kComplex:
      if (im_.Sign() == 0) return MakeFloat(re_);
      return ConstValue();
    default:
      return ConstValue();
  }
}

ConstValue ConstValue::ToComplex() const {
  switch (kind_) {
    case ConstKind::kInt:
      return MakeComplex(Rat(i_), Rat());
    case ConstKind::kFloat:
      return MakeComplex(re_, Rat());
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
      return MakeFloat(re_);
    default:
      return ConstValue();
  }
}

ConstValue ConstValue::Imag() const {
  switch (kind_) {
    case ConstKind::kInt:
      return MakeInt64(0);
    case ConstKind::kFloat:
      return MakeFloat(Rat());
    case ConstKind::kComplex:
      return MakeFloat(im_);
    default:
      return ConstValue();
  }
}

namespace {

int Ord(ConstKind k) {
  switch (k) {
    case ConstKind::kUnknown:
      return 0;
    case ConstKind::kBool:
    case ConstKind::kString:
      return 1;
    case ConstKind::kInt:
      return 2;
    case ConstKind::kFloat:
      return 3;
    case ConstKind::kComplex:
      return 4;
  }
  return 0;
}

// Promote converts x to the numeric kind of `to` (int -> float -> complex).
ConstValue Promote(const ConstValue& x, ConstKind to) {
  if (to == ConstKind::kFloat) return x.ToFloat();
  if (to == ConstKind::kComplex) return x.ToComplex();
  return x;
}

}  // namespace

ConstValue ConstValue::UnaryOp(ConstOp op, const ConstValue& y, unsigned prec) {
  switch (op) {
    case ConstOp::kPos:
      return y;
    case ConstOp::kNeg:
      switch (y.kind_) {
        case ConstKind::kInt:
          return MakeInt(y.i_.Neg());
        case ConstKind::kFloat:
          return MakeFloat(y.re_.Neg());
        case ConstKind::kComplex:
          return MakeComplex(y.re_.Neg(), y.im_.Neg());
        default:
          return ConstValue();
      }
    case ConstOp::kCompl:
      if (y.kind_ != ConstKind::kInt) return ConstValue();
      if (prec > 0) {
        // ^y restricted to prec bits: clear all bits >= prec.
        BigInt mask = BigInt::FromInt64(-1).Shl(prec);
        return MakeInt(y.i_.Not().AndNot(mask));
      }
      return MakeInt(y.i_.Not());
    case ConstOp::kNot:
      if (y.kind_ != ConstKind::kBool) return ConstValue();
      return MakeBool(!y.b_);
    default:
      return ConstValue();
  }
}

ConstValue ConstValue::BinaryOp(const ConstValue& x0, ConstOp op, const ConstValue& y0) {
  if (x0.IsUnknown() || y0.IsUnknown()) return ConstValue();
  ConstKind k = Ord(x0.kind_) >= Ord(y0.kind_) ? x0.kind_ : y0.kind_;
  ConstValue x = Promote(x0, k), y = Promote(y0, k);
  switch (k) {
    case ConstKind::kBool:
      if (op == ConstOp::kLAnd) return MakeBool(x.b_ && y.b_);
      if (op == ConstOp::kLOr) return MakeBool(x.b_ || y.b_);
      return ConstValue();
    case ConstKind::kString:
      if (op == ConstOp::kAdd) return MakeString(x.s_ + y.s_);
      return ConstValue();
    case ConstKind::kInt:
      switch (op) {
        case ConstOp::kAdd:
          return MakeInt(x.i_.Add(y.i_));
        case ConstOp::kSub:
          return MakeInt(x.i_.Sub(y.i_));
        case ConstOp::kMul:
          return MakeInt(x.i_.Mul(y.i_));
        case ConstOp::kQuo:
          return MakeFloat(Rat::Make(x.i_, y.i_));
        case ConstOp::kQuoInt:
          return MakeInt(x.i_.Quo(y.i_));
        case ConstOp::kRem:
          return MakeInt(x.i_.Rem(y.i_));
        case ConstOp::kAnd:
          return MakeInt(x.i_.And(y.i_));
        case ConstOp::kOr:
          return MakeInt(x.i_.Or(y.i_));
        case ConstOp::kXor:
          return MakeInt(x.i_.Xor(y.i_));
        case ConstOp::kAndNot:
          return MakeInt(x.i_.AndNot(y.i_));
        default:
          return ConstValue();
      }
    case ConstKind::kFloat:
      switch (op) {
        case ConstOp::kAdd:
          return MakeFloat(x.re_.Add(y.re_));
        case ConstOp::kSub:
          return MakeFloat(x.re_.Sub(y.re_));
        case ConstOp::kMul:
          return MakeFloat(x.re_.Mul(y.re_));
        case ConstOp::kQuo:
        case ConstOp::kQuoInt:
          return MakeFloat(x.re_.Quo(y.re_));
        default:
          return ConstValue();
      }
    case ConstKind::kComplex: {
      const Rat &a = x.re_, &b = x.im_, &c = y.re_, &d = y.im_;
      switch (op) {
        case ConstOp::kAdd:
          return MakeComplex(a.Add(c), b.Add(d));
        case ConstOp::kSub:
          return MakeComplex(a.Sub(c), b.Sub(d));
        case ConstOp::kMul:
          return MakeComplex(a.Mul(c).Sub(b.Mul(d)), b.Mul(c).Add(a.Mul(d)));
        case ConstOp::kQuo:
        case ConstOp::kQuoInt: {
          Rat s = c.Mul(c).Add(d.Mul(d));
          return MakeComplex(a.Mul(c).Add(b.Mul(d)).Quo(s), b.Mul(c).Sub(a.Mul(d)).Quo(s));
        }
        default:
          return ConstValue();
      }
    }
    case ConstKind::kUnknown:
      return ConstValue();
  }
  return ConstValue();
}

ConstValue ConstValue::Shift(const ConstValue& x, ConstOp op, unsigned s) {
  if (x.kind_ != ConstKind::kInt) return ConstValue();
  if (op == ConstOp::kShl) return MakeInt(x.i_.Shl(s));
  if (op == ConstOp::kShr) return MakeInt(x.i_.Shr(s));
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
  ConstKind k = Ord(x0.kind_) >= Ord(y0.kind_) ? x0.kind_ : y0.kind_;
  ConstValue x = Promote(x0, k), y = Promote(y0, k);
  switch (k) {
    case ConstKind::kBool:
      return CmpResult(x.b_ == y.b_ ? 0 : 1, op);
    case ConstKind::kString:
      return CmpResult(x.s_.compare(y.s_) < 0 ? -1 : x.s_ == y.s_ ? 0 : 1, op);
    case ConstKind::kInt:
      return CmpResult(x.i_.Cmp(y.i_), op);
    case ConstKind::kFloat:
      return CmpResult(x.re_.Cmp(y.re_), op);
    case ConstKind::kComplex:
      return CmpResult(x.re_.Cmp(y.re_) == 0 && x.im_.Cmp(y.im_) == 0 ? 0 : 1, op);
    case ConstKind::kUnknown:
      return false;
  }
  return false;
}

// RatString is go/constant's float String for an exact rational.
static std::string RatString(const Rat& r) {
  double x = r.ToDouble();
  if (!std::isinf(x) && (r.Sign() == 0) == (x == 0)) {
    return FormatFloatG(x, 6);  // go1.19: %.6g (later releases add a %g fallback)
  }
  // Out of float64 range: f = mant * 2^exp, approximate decimal conversion.
  int64_t exp = r.MantExp();
  Rat mant = exp >= 0 ? Rat::Make(r.Num(), r.Den().Shl(static_cast<unsigned>(exp)))
                      : Rat::Make(r.Num().Shl(static_cast<unsigned>(-exp)), r.Den());
  double m = mant.ToDouble();
  double d = static_cast<double>(exp) * (M_LN2 / M_LN10);
  int64_t e = static_cast<int64_t>(d);
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

std::string ConstValue::String() const {
  switch (kind_) {
    case ConstKind::kUnknown:
      return "unknown";
    case ConstKind::kBool:
      return b_ ? "true" : "false";
    case ConstKind::kString: {
      constexpr size_t kMaxLen = 72;
      std::string q = QuoteGo(s_);
      // Count runes; cut to kMaxLen-3 runes plus "..." when longer.
      size_t runes = 0;
      for (char c : q) {
        if ((static_cast<uint8_t>(c) & 0xC0) != 0x80) ++runes;
      }
      if (runes <= kMaxLen) return q;
      size_t i = 0, n = 0;
      while (n < kMaxLen - 3 && i < q.size()) {
        size_t size;
        bool valid;
        DecodeUtf8(q, i, &size, &valid);
        i += size;
        ++n;
      }
      return q.substr(0, i) + "...";
    }
    case ConstKind::kInt:
      return i_.ToString();
    case ConstKind::kFloat:
      return RatString(re_);
    case ConstKind::kComplex:
      return "(" + RatString(re_) + " + " + RatString(im_) + "i)";
  }
  return "unknown";
}

static std::string DoubleKey(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", d);
  return buf;
}

std::string ConstValue::KeyString() const {
  ConstValue x = *this;
  if (x.kind_ == ConstKind::kComplex) {
    ConstValue f = x.ToFloat();
    if (f.kind_ != ConstKind::kFloat) {
      return "c:" + DoubleKey(x.re_.ToDouble()) + ":" + DoubleKey(x.im_.ToDouble());
    }
    x = f;
  }
  if (x.kind_ == ConstKind::kFloat) {
    ConstValue i = x.ToInt();
    if (i.kind_ != ConstKind::kInt) return "f:" + DoubleKey(x.re_.ToDouble());
    x = i;
  }
  switch (x.kind_) {
    case ConstKind::kInt:
      return "i:" + x.i_.ToString();
    case ConstKind::kString:
      return "s:" + x.s_;
    case ConstKind::kBool:
      return x.b_ ? "b:1" : "b:0";
    default:
      return "?";
  }
}

std::optional<std::string> ConstValue::SwitchKey() const {
  switch (kind_) {
    case ConstKind::kInt:
      if (auto v = i_.ToInt64()) return "i:" + std::to_string(*v);
      if (auto v = i_.ToUint64()) return "u:" + std::to_string(*v);
      return std::nullopt;
    case ConstKind::kFloat: {
      double d = re_.ToDouble();
      if (std::isinf(d) || Rat::FromDouble(d).Cmp(re_) != 0) return std::nullopt;
      return "f:" + DoubleKey(d);
    }
    case ConstKind::kString:
      return "s:" + s_;
    default:
      return std::nullopt;
  }
}

}  // namespace goescape::types
