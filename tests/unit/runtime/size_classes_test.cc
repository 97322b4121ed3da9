// size_classes_test.cc: size-class rounding and growslice capacities
// against go1.19.8's measured values (shared/docs/go-map-runtime.md §9.1,
// §9.10).
#include "runtime/alloc/size_classes.h"

#include <gtest/gtest.h>

#include <vector>

namespace goescape::runtime::alloc {
namespace {

TEST(SizeClasses, TableShape) {
  EXPECT_EQ(kSizeClasses[1].bytes_per_object, 8u);
  EXPECT_EQ(kSizeClasses[67].bytes_per_object, 32768u);
  EXPECT_EQ(kSizeClasses[35].bytes_per_object, 1408u);
  EXPECT_EQ(kSizeClasses[35].pages_per_span, 2u);  // 1408-byte objects in 16 KB spans of 11.
  for (int c = 2; c < kNumSizeClasses; c++) {
    EXPECT_LT(kSizeClasses[c - 1].bytes_per_object, kSizeClasses[c].bytes_per_object);
  }
}

TEST(SizeClasses, RoundUpMatchesMeasured) {
  // make([]byte, n) escaping: bytes charged per op (tiny sizes aside).
  const std::pair<uint64_t, uint64_t> rows[] = {
      {9, 16},        {15, 16},        {16, 16},       {17, 24},       {24, 24},
      {25, 32},       {33, 48},        {48, 48},       {49, 64},       {100, 112},
      {129, 144},     {257, 288},      {1000, 1024},   {1025, 1152},   {2049, 2304},
      {5000, 5376},   {10000, 10240},  {20000, 20480}, {32768, 32768}, {32769, 40960},
      {40000, 40960}, {100000, 106496}};
  for (auto [n, want] : rows) EXPECT_EQ(RoundUpSize(n), want) << n;
  EXPECT_EQ(RoundUpSize(0), 0u);
  EXPECT_EQ(SizeToClass(0), 0);
  EXPECT_EQ(SizeToClass(32769), 0);
  EXPECT_EQ(SizeToClass(1017), SizeToClass(1024));
}

std::vector<uint64_t> AppendOneByOne(uint64_t elem_size, uint64_t until) {
  std::vector<uint64_t> caps;
  uint64_t cap = 0;
  for (uint64_t len = 0; len < until; len++) {
    if (len == cap) {
      cap = GrowSliceCap(cap, len + 1, elem_size);
      caps.push_back(cap);
    }
  }
  return caps;
}

TEST(SizeClasses, GrowSliceMatchesMeasured) {
  EXPECT_EQ(AppendOneByOne(8, 5000), (std::vector<uint64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512,
                                                            848, 1280, 1792, 2560, 3408, 5120}));
  EXPECT_EQ(AppendOneByOne(1, 5000), (std::vector<uint64_t>{8, 16, 32, 64, 128, 256, 512, 896, 1408,
                                                            2048, 3072, 4096, 5376}));
  EXPECT_EQ(AppendOneByOne(16, 5000), (std::vector<uint64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512,
                                                             848, 1280, 1792, 2560, 3584, 5120}));
  EXPECT_EQ(AppendOneByOne(24, 5000), (std::vector<uint64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512,
                                                             853, 1365, 2048, 3072, 4096, 5461}));
  // append(s, many...) when the need exceeds twice the capacity.
  EXPECT_EQ(GrowSliceCap(0, 3, 8), 3u);
  EXPECT_EQ(GrowSliceCap(0, 5, 8), 6u);
  EXPECT_EQ(GrowSliceCap(0, 7, 8), 8u);
  EXPECT_EQ(GrowSliceCap(2, 7, 8), 8u);
  EXPECT_EQ(GrowSliceCap(4, 13, 8), 14u);
  EXPECT_EQ(GrowSliceCap(300, 1000, 8), 1024u);
}

}  // namespace
}  // namespace goescape::runtime::alloc
