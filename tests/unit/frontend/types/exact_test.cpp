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

}  // namespace
}  // namespace goescape::types
