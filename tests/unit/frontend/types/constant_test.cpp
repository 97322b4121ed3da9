// Tests for frontend/types/constant.h: Go literal syntax, go/constant's
// arithmetic and its String formatting.
#include "frontend/types/constant.h"

#include <cmath>

#include "frontend/base/go_text.h"
#include "gtest/gtest.h"

namespace goescape::types {
namespace {

ConstValue Lit(LiteralKind k, const char* text) { return ConstValue::FromLiteral(k, text); }

TEST(ConstValue, IntegerLiterals) {
  EXPECT_EQ(Lit(LiteralKind::kInt, "0x_FF").String(), "255");
  EXPECT_EQ(Lit(LiteralKind::kInt, "0o17").String(), "15");
  EXPECT_EQ(Lit(LiteralKind::kInt, "017").String(), "15");
  EXPECT_EQ(Lit(LiteralKind::kInt, "0b101").String(), "5");
  EXPECT_EQ(Lit(LiteralKind::kInt, "1_000_000").String(), "1000000");
  EXPECT_EQ(Lit(LiteralKind::kInt, "0").String(), "0");
}

TEST(ConstValue, FloatLiteralsAreExact) {
  ConstValue tenth = Lit(LiteralKind::kFloat, "0.1");
  EXPECT_EQ(tenth.Kind(), ConstKind::kFloat);
  EXPECT_EQ(tenth.Rep(), NumRep::kRat);  // an exact fraction
  EXPECT_TRUE(
      ConstValue::Compare(ConstValue::BinaryOp(tenth, ConstOp::kMul, ConstValue::MakeInt64(10)),
                          ConstOp::kEql, ConstValue::MakeInt64(1)));
  EXPECT_EQ(Lit(LiteralKind::kFloat, "1e400").String(), "1e+400");
  EXPECT_EQ(Lit(LiteralKind::kFloat, "0x1p-2").String(), "0.25");
  EXPECT_EQ(Lit(LiteralKind::kFloat, "1.5e3").String(), "1500");
  EXPECT_EQ(Lit(LiteralKind::kFloat, ".5").String(), "0.5");
  EXPECT_EQ(Lit(LiteralKind::kImag, "2i").String(), "(0 + 2i)");
  EXPECT_EQ(Lit(LiteralKind::kImag, "0123i").String(), "(0 + 123i)");  // decimal
}

TEST(ConstValue, HugeFloatLiteralsUseBigFloats) {
  // Binary exponents beyond ±4096: a 512-bit float, not a fraction (values
  // checked against go1.19 in tests/lit/check/programs/p31_big_constants).
  ConstValue huge = Lit(LiteralKind::kFloat, "1e646456992");
  EXPECT_EQ(huge.Rep(), NumRep::kFloat);
  EXPECT_EQ(huge.ToInt().Kind(), ConstKind::kUnknown);
  EXPECT_TRUE(std::isinf(huge.Float64Val()));
  EXPECT_EQ(Lit(LiteralKind::kFloat, "1e1000").Rep(), NumRep::kRat);
  EXPECT_TRUE(Lit(LiteralKind::kFloat, "1e3000000000").IsUnknown());            // exponent overflow
  EXPECT_TRUE(Lit(LiteralKind::kFloat, "1e99999999999999999999").IsUnknown());  // int64 exponent
  ConstValue under = Lit(LiteralKind::kFloat, "6e-1886451601");
  EXPECT_EQ(under.Rep(), NumRep::kRat);
  EXPECT_EQ(under.Sign(), 0);
  ConstValue ratio =
      ConstValue::BinaryOp(huge, ConstOp::kQuo, Lit(LiteralKind::kFloat, "1e646456991"));
  EXPECT_EQ(ratio.Float64Val(), 10.0);
  EXPECT_EQ(ratio.ToInt().String(), "10");
  // A fraction with a 4096-bit part becomes a float.
  ConstValue small = Lit(LiteralKind::kFloat, "0x1p-4095");
  EXPECT_EQ(small.Rep(), NumRep::kRat);
  EXPECT_EQ(ConstValue::BinaryOp(small, ConstOp::kMul, ConstValue::MakeInt64(3)).Rep(),
            NumRep::kFloat);
}

TEST(ConstValue, RuneAndStringLiterals) {
  EXPECT_EQ(Lit(LiteralKind::kRune, "'a'").String(), "97");
  EXPECT_EQ(Lit(LiteralKind::kRune, "'\\n'").String(), "10");
  EXPECT_EQ(Lit(LiteralKind::kRune, "'\\x41'").String(), "65");
  EXPECT_EQ(Lit(LiteralKind::kRune, "'\\u00e9'").String(), "233");
  EXPECT_EQ(Lit(LiteralKind::kRune, "'\\377'").String(), "255");
  EXPECT_EQ(Lit(LiteralKind::kRune, "'世'").String(), "19990");
  EXPECT_EQ(Lit(LiteralKind::kString, "\"a\\tb\\\"\"").StringVal(), "a\tb\"");
  EXPECT_EQ(Lit(LiteralKind::kString, "`raw\\n`").StringVal(), "raw\\n");
  EXPECT_EQ(Lit(LiteralKind::kString, "\"\\xff\"").StringVal(), "\xff");
  EXPECT_EQ(Lit(LiteralKind::kString, "\"\\xff\\u00e9\"").String(), "\"\\xffé\"");
  EXPECT_TRUE(Lit(LiteralKind::kInt, "12x").IsUnknown());
}

TEST(ConstValue, StringFormatting) {
  EXPECT_EQ(ConstValue::MakeFloat(Rat::Make(BigInt::FromInt64(1), BigInt::FromInt64(3))).String(),
            "0.333333");
  EXPECT_EQ(ConstValue::MakeFloat64(1e-7).String(), "1e-07");
  EXPECT_EQ(ConstValue::MakeFloat64(1.0000001).String(), "1");  // go1.19: plain %.6g
  EXPECT_EQ(ConstValue::MakeFloat64(123456789.5).String(), "1.23457e+08");
  EXPECT_EQ(ConstValue::MakeBool(true).String(), "true");
  std::string long_str(100, 'x');
  EXPECT_EQ(ConstValue::MakeString(long_str).String(), "\"" + std::string(68, 'x') + "...");
  EXPECT_EQ(GoQuote("a\nb\x01"), "\"a\\nb\\x01\"");
  EXPECT_EQ(FormatFloatG(1234567.0, -1), "1.234567e+06");
  EXPECT_EQ(FormatFloatG(0.0001, -1), "0.0001");
  EXPECT_EQ(FormatFloatG(0.00001, -1), "1e-05");
}

TEST(ConstValue, ArithmeticFollowsGoConstant) {
  ConstValue seven = ConstValue::MakeInt64(7), two = ConstValue::MakeInt64(2);
  ConstValue q = ConstValue::BinaryOp(seven, ConstOp::kQuo, two);
  EXPECT_EQ(q.Kind(), ConstKind::kFloat);  // token.QUO on ints is exact
  EXPECT_EQ(q.String(), "3.5");
  EXPECT_EQ(ConstValue::BinaryOp(seven, ConstOp::kQuoInt, two).String(), "3");
  EXPECT_EQ(ConstValue::BinaryOp(ConstValue::MakeInt64(-7), ConstOp::kRem, two).String(), "-1");
  ConstValue third =
      ConstValue::BinaryOp(ConstValue::MakeInt64(1), ConstOp::kQuo, ConstValue::MakeInt64(3));
  ConstValue one = ConstValue::BinaryOp(third, ConstOp::kMul, ConstValue::MakeInt64(3));
  EXPECT_TRUE(ConstValue::Compare(one, ConstOp::kEql, ConstValue::MakeInt64(1)));
  EXPECT_EQ(one.ToInt().Kind(), ConstKind::kInt);
  EXPECT_TRUE(third.ToInt().IsUnknown());
  EXPECT_EQ(ConstValue::Shift(ConstValue::MakeInt64(1), ConstOp::kShl, 70).String(),
            "1180591620717411303424");
  EXPECT_EQ(ConstValue::UnaryOp(ConstOp::kCompl, ConstValue::MakeInt64(0), 8).String(), "255");
  EXPECT_EQ(ConstValue::UnaryOp(ConstOp::kCompl, ConstValue::MakeInt64(0), 0).String(), "-1");
  ConstValue i = ConstValue::MakeImag(ConstValue::MakeFloat(Rat(BigInt::FromInt64(1))));
  EXPECT_EQ(ConstValue::BinaryOp(i, ConstOp::kMul, i).String(), "(-1 + 0i)");
  EXPECT_EQ(
      ConstValue::BinaryOp(ConstValue::MakeString("a"), ConstOp::kAdd, ConstValue::MakeString("b"))
          .StringVal(),
      "ab");
}

TEST(ConstValue, Keys) {
  ConstValue one_f = ConstValue::MakeFloat(Rat(BigInt::FromInt64(1)));
  EXPECT_EQ(one_f.KeyString(), ConstValue::MakeInt64(1).KeyString());
  EXPECT_TRUE(
      ConstValue::MakeFloat(Rat::Make(BigInt::FromInt64(1), BigInt::FromInt64(3))).SwitchKey() ==
      std::nullopt);
  EXPECT_EQ(*ConstValue::MakeInt64(2).SwitchKey(), "i:2");
}

}  // namespace
}  // namespace goescape::types
