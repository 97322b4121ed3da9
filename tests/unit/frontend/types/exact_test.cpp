// Tests for frontend/types/exact.h: BigInt arithmetic with math/big's
// semantics and correctly rounded Rat -> float conversion.
#include "frontend/types/exact.h"

#include <cmath>
#include <limits>

#include "gtest/gtest.h"

namespace goescape::types {
namespace {

BigInt B(int64_t v) { return BigInt::FromInt64(v); }
BigInt P(const char* s) { return *BigInt::Parse(s, 10); }

TEST(BigInt, ArithmeticBeyond64Bits) {
  BigInt big = B(1).Shl(100);
  EXPECT_EQ(big.ToString(), "1267650600228229401496703205376");
  EXPECT_EQ(big.Mul(big).ToString(),
            "1606938044258990275541962092341162602522202993782792835301376");
  EXPECT_EQ(big.Sub(B(1)).Add(B(1)).Cmp(big), 0);
  EXPECT_EQ(big.BitLen(), 101u);
  EXPECT_EQ(big.Neg().BitLen(), 101u);
  EXPECT_FALSE(big.ToInt64().has_value());
  EXPECT_EQ(*B(-5).ToInt64(), -5);
  EXPECT_FALSE(B(-1).ToUint64().has_value());
  EXPECT_EQ(*P("18446744073709551615").ToUint64(), 18446744073709551615ull);
}

TEST(BigInt, TruncatedDivisionAndTwosComplementBits) {
  EXPECT_EQ(B(-7).Quo(B(2)).ToString(), "-3");  // Go truncates toward zero
  EXPECT_EQ(B(-7).Rem(B(2)).ToString(), "-1");
  EXPECT_EQ(B(-8).Shr(1).ToString(), "-4");  // arithmetic shift
  EXPECT_EQ(B(-1).Shr(200).ToString(), "-1");
  EXPECT_EQ(B(-6).And(B(3)).ToString(), "2");
  EXPECT_EQ(B(-6).Or(B(3)).ToString(), "-5");
  EXPECT_EQ(B(-6).Xor(B(3)).ToString(), "-7");
  EXPECT_EQ(B(12).AndNot(B(-8)).ToString(), "4");
  EXPECT_EQ(B(5).Not().ToString(), "-6");
  EXPECT_EQ(BigInt::Gcd(B(-12), B(18)).ToString(), "6");
}

TEST(BigInt, ParseRejectsBadDigits) {
  EXPECT_FALSE(BigInt::Parse("12a", 10).has_value());
  EXPECT_FALSE(BigInt::Parse("", 10).has_value());
  EXPECT_EQ(BigInt::Parse("ff", 16)->ToString(), "255");
  EXPECT_EQ(BigInt::Parse("777", 8)->ToString(), "511");
}

TEST(Rat, NormalizesAndRoundsCorrectly) {
  Rat third = Rat::Make(B(2), B(-6));
  EXPECT_EQ(third.Num().ToString(), "-1");
  EXPECT_EQ(third.Den().ToString(), "3");
  EXPECT_EQ(Rat::Make(B(1), B(10)).ToDouble(), 0.1);
  EXPECT_EQ(Rat::Make(B(1), B(3)).ToDouble(), 1.0 / 3.0);
  EXPECT_EQ(Rat::Make(B(1), B(10)).ToFloat(), static_cast<double>(0.1f));
  // Smallest subnormal, and halfway below it rounds to even (zero).
  Rat tiny = Rat::Make(B(1), B(1).Shl(1074));
  EXPECT_EQ(tiny.ToDouble(), std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(Rat::Make(B(1), B(1).Shl(1075)).ToDouble(), 0.0);
  EXPECT_TRUE(std::isinf(Rat(B(1).Shl(1024)).ToDouble()));
  EXPECT_EQ(Rat(B(1).Shl(1023)).ToDouble(), std::ldexp(1.0, 1023));
  EXPECT_TRUE(std::isinf(Rat(B(1).Shl(128)).ToFloat()));
  // Round half to even: 2^53 + 1 -> 2^53, 2^53 + 3 -> 2^53 + 4.
  EXPECT_EQ(Rat(B(1).Shl(53).Add(B(1))).ToDouble(), std::ldexp(1.0, 53));
  EXPECT_EQ(Rat(B(1).Shl(53).Add(B(3))).ToDouble(), std::ldexp(1.0, 53) + 4);
  EXPECT_EQ(Rat::FromDouble(0.1).ToDouble(), 0.1);
  EXPECT_EQ(Rat::FromDouble(-2.5).Cmp(Rat::Make(B(-5), B(2))), 0);
  EXPECT_EQ(Rat(B(3)).MantExp(), 2);
}

TEST(BigFloat, RoundsOnceToThePrecisionGiven) {
  // 11 = 1011b to 3 bits: a tie, rounded to even (110b = 12); 9 = 1001b: a
  // tie rounded down to 100b (8); 13 = 1101b: above the tie only by sticky.
  EXPECT_EQ(BigFloat::FromInt(B(11), 3).ToDouble(), 12.0);
  EXPECT_EQ(BigFloat::FromInt(B(9), 3).ToDouble(), 8.0);
  EXPECT_EQ(BigFloat::Make(false, B(9), 0, true, 3).ToDouble(), 10.0);
  EXPECT_EQ(BigFloat::FromInt(B(-11), 3).ToDouble(), -12.0);
  EXPECT_EQ(BigFloat::FromInt(B(15), 4).Round(2, RoundingMode::kToZero).ToDouble(), 12.0);
  EXPECT_EQ(BigFloat::FromInt(B(13), 4).Round(2, RoundingMode::kAwayFromZero).ToDouble(), 16.0);
  EXPECT_EQ(BigFloat::FromInt(B(12), 4).Round(2, RoundingMode::kAwayFromZero).ToDouble(), 12.0);
  BigFloat third = BigFloat::Quo(BigFloat::FromInt(B(1), 64), BigFloat::FromInt(B(3), 64), 53);
  EXPECT_EQ(third.ToDouble(), 1.0 / 3.0);
  EXPECT_EQ(BigFloat::FromRat(Rat::Make(B(1), B(10)), 24).ToDouble(), static_cast<double>(0.1f));
  EXPECT_EQ(BigFloat::FromDouble(0.1).Cmp(BigFloat::FromRat(Rat::FromDouble(0.1), 53)), 0);
  EXPECT_EQ(BigFloat::FromInt(B(3), 64).Exp(), 2);
  EXPECT_EQ(BigFloat::FromInt(B(12), 64).Mant().ToDouble(), 0.75);
  EXPECT_TRUE(BigFloat::FromInt(B(12), 64).IsInt());
  EXPECT_EQ(BigFloat::FromDouble(-2.75).ToInt().ToString(), "-2");
  EXPECT_EQ(BigFloat::FromDouble(-2.75).ToRat().Cmp(Rat::Make(B(-11), B(4))), 0);
}

TEST(BigFloat, AdditionOfFarApartOperandsIsCheapAndCorrect) {
  BigFloat one = BigFloat::FromInt(B(1), 53);
  BigFloat huge = BigFloat::Make(false, B(1), 2000000000, false, 53);
  BigFloat sum = BigFloat::Add(huge, one, 53);
  EXPECT_EQ(sum.Cmp(huge), 0);
  EXPECT_EQ(BigFloat::Sub(huge, huge, 53).Sign(), 0);
  // 1 - 2^-2000000000 rounds to 1.
  BigFloat tiny = BigFloat::Make(false, B(1), -2000000000, false, 53);
  EXPECT_EQ(BigFloat::Sub(one, tiny, 53).Cmp(one), 0);
  // 1 + 2^-53 is a tie (to even: 1); a far smaller addend breaks the tie
  // either way, although it is replaced by a stand-in.
  BigFloat half_ulp = BigFloat::Make(false, B(1), -53, false, 53);
  EXPECT_EQ(BigFloat::Add(one, half_ulp, 53).Cmp(one), 0);
  BigFloat tie = BigFloat::Add(one, half_ulp, 60);
  EXPECT_EQ(BigFloat::Add(tie, tiny, 53).ToDouble(), 1.0 + std::ldexp(1.0, -52));
  EXPECT_EQ(BigFloat::Sub(tie, tiny, 53).ToDouble(), 1.0);
}

TEST(BigFloat, ExponentRangeIsBigFloats) {
  // 10^646456992 is just below 2^MaxInt32 (test/fixedbugs/issue11326.go);
  // ten times more overflows.
  auto huge = BigFloat::FromScaled(B(1), 646456992, 646456992, 512);
  ASSERT_TRUE(huge.has_value());
  EXPECT_FALSE(huge->IsInf());
  EXPECT_GT(huge->Exp(), BigFloat::kMaxExp - 4);
  EXPECT_TRUE(std::isinf(huge->ToDouble()));
  auto over = BigFloat::FromScaled(B(10), 646456992, 646456992, 512);
  ASSERT_TRUE(over.has_value());
  EXPECT_TRUE(over->IsInf());
  EXPECT_FALSE(BigFloat::FromScaled(B(1), BigFloat::kMaxExp, 0, 512).has_value());
  auto tiny = BigFloat::FromScaled(B(1), -3000000000LL, 0, 512);
  EXPECT_FALSE(tiny.has_value());
  auto under = BigFloat::FromScaled(B(1), -1886451601, -1886451601, 512);
  ASSERT_TRUE(under.has_value());
  EXPECT_TRUE(under->IsZero());
  // 1e23 as SetString computes it at 53 bits is the float64 nearest to it.
  EXPECT_EQ(BigFloat::FromScaled(B(1), 23, 23, 53)->ToDouble(), 1e23);
}

}  // namespace
}  // namespace goescape::types
