// hash_test.cc: the hash functions' contract (equal keys hash equally,
// seeds matter, ±0 alike, NaN random) and their spread over the bucket
// index (low bits) and tophash (top 8 bits).
#include "runtime/hashmap/hash.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace goescape::runtime::hashmap {
namespace {

// ChiSquare of `counts` against a uniform expectation.
double ChiSquare(const std::vector<uint64_t>& counts, uint64_t total) {
  double expect = double(total) / counts.size(), chi = 0;
  for (uint64_t c : counts) chi += (c - expect) * (c - expect) / expect;
  return chi;
}

TEST(Hash, Contract) {
  SeedRuntime(1);
  EXPECT_EQ(MemHash64(42, 7), MemHash64(42, 7));
  EXPECT_NE(MemHash64(42, 7), MemHash64(42, 8));
  EXPECT_NE(MemHash64(42, 7), MemHash64(43, 7));
  std::string a = "hello, world", b = "hello, world";
  GoString sa{reinterpret_cast<const uint8_t*>(a.data()), int64_t(a.size())};
  GoString sb{reinterpret_cast<const uint8_t*>(b.data()), int64_t(b.size())};
  EXPECT_EQ(StrHash(sa, 3), StrHash(sb, 3));
  EXPECT_EQ(F64Hash(0.0, 9), F64Hash(-0.0, 9));
  double nan = std::nan("");
  EXPECT_NE(F64Hash(nan, 9), F64Hash(nan, 9));
  // Long inputs use every byte.
  std::string l1(300, 'x'), l2(300, 'x');
  l2[150] = 'y';
  EXPECT_NE(MemHash(l1.data(), l1.size(), 1), MemHash(l2.data(), l2.size(), 1));
  EXPECT_EQ(MemHash(l1.data(), l1.size(), 1), MemHash(std::string(300, 'x').data(), 300, 1));
  // A different process seed gives different hashes.
  uint64_t before = MemHash64(42, 7);
  SeedRuntime(2);
  EXPECT_NE(MemHash64(42, 7), before);
}

TEST(Hash, SpreadOfSequentialKeys) {
  SeedRuntime(11);
  const uint64_t n = 1 << 20;
  std::vector<uint64_t> low(1024), top(256);
  for (uint64_t i = 0; i < n; i++) {
    uint64_t h = MemHash64(i, 12345);
    low[h & 1023]++;
    top[h >> 56]++;
  }
  // 1023 / 255 degrees of freedom; 99.99th percentiles are ~1200 / ~340.
  EXPECT_LT(ChiSquare(low, n), 1250);
  EXPECT_LT(ChiSquare(top, n), 360);
  std::vector<uint64_t> slow(1024);
  char buf[32];
  for (uint64_t i = 0; i < n; i++) {
    int len = std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(i));
    slow[MemHash(buf, len, 99) & 1023]++;
  }
  EXPECT_LT(ChiSquare(slow, n), 1250);
}

}  // namespace
}  // namespace goescape::runtime::hashmap
