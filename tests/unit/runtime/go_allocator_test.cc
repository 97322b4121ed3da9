// go_allocator_test.cc: GoAllocator's counting against go1.19.8's measured
// MemStats deltas (shared/docs/go-map-runtime.md §9.2, §9.3, §9.7).
#include "runtime/alloc/go_allocator.h"

#include <gtest/gtest.h>

namespace goescape::runtime::alloc {
namespace {

AllocRequest Heap(uint64_t size, bool ptrs) {
  return AllocRequest{size, ptrs, true, Placement::kHeap, 0};
}

// PerOp runs `n` allocations of one request and returns (mallocs, bytes) per op.
std::pair<double, double> PerOp(const AllocRequest& req, int n) {
  GoAllocator a;
  std::vector<void*> ps;
  for (int i = 0; i < n; i++) ps.push_back(a.Allocate(req));
  std::pair<double, double> r{double(a.Stats().mallocs) / n, double(a.Stats().total_alloc) / n};
  for (void* p : ps) a.Release(p, req);
  return r;
}

TEST(GoAllocator, TinyAllocator) {
  // new(int) escaping: 1 alloc, 8.0 bytes per op (two per 16-byte block).
  auto [m, b] = PerOp(Heap(8, false), 1000);
  EXPECT_EQ(m, 1.0);
  EXPECT_NEAR(b, 8.0, 0.05);
  // 5-byte strings: 5.3 bytes per op (three per block).
  std::tie(m, b) = PerOp(Heap(5, false), 999);
  EXPECT_NEAR(b, 5.33, 0.05);
  // 4-byte buffers (string(rune)): 4.0.
  std::tie(m, b) = PerOp(Heap(4, false), 1000);
  EXPECT_NEAR(b, 4.0, 0.05);
  // 2-byte convT16: 2.0.
  std::tie(m, b) = PerOp(Heap(2, false), 1000);
  EXPECT_NEAR(b, 2.0, 0.05);
  // make([]*int, 1): pointerful, class 8, not tiny.
  std::tie(m, b) = PerOp(Heap(8, true), 100);
  EXPECT_EQ(b, 8.0);
  // Exactly 16 bytes is not tiny.
  std::tie(m, b) = PerOp(Heap(16, false), 100);
  EXPECT_EQ(b, 16.0);
}

TEST(GoAllocator, TinyCountsAsMallocAndFree) {
  GoAllocator a;
  a.Allocate(Heap(8, false));  // New block: one class-2 malloc.
  a.Allocate(Heap(8, false));  // Fits: a tiny sub-allocation.
  EXPECT_EQ(a.Stats().mallocs, 2u);
  EXPECT_EQ(a.Stats().frees, 1u);
  EXPECT_EQ(a.Stats().tiny_allocs, 1u);
  EXPECT_EQ(a.Stats().HeapObjects(), 1u);
  EXPECT_EQ(a.Stats().total_alloc, 16u);
  EXPECT_EQ(a.Stats().by_size[2].mallocs, 1u);
}

TEST(GoAllocator, SmallLargeAndStack) {
  GoAllocator a;
  a.RecordEvents(true);
  void* p1 = a.Allocate(Heap(40000, false));  // make([]int, 5000): 5 pages.
  void* p2 = a.Allocate(Heap(800, false));    // make([]int, 100): 896.
  void* p3 = a.Allocate(AllocRequest{65536, false, true, Placement::kStack, 0});
  EXPECT_EQ(a.Stats().total_alloc, 40960u + 896u);
  EXPECT_EQ(a.Stats().mallocs, 2u);
  EXPECT_EQ(a.Stats().large_allocs, 1u);
  EXPECT_EQ(a.Stats().by_size[0].mallocs, 1u);
  EXPECT_EQ(a.Stats().stack_allocs, 1u);
  EXPECT_EQ(a.Stats().stack_bytes, 65536u);
  ASSERT_EQ(a.Events().size(), 3u);
  EXPECT_EQ(a.Events()[0].charged, 40960u);
  EXPECT_EQ(a.Events()[2].charged, 0u);
  a.Release(p1, Heap(40000, false));
  a.Release(p2, Heap(800, false));
  a.Release(p3, AllocRequest{65536, false, true, Placement::kStack, 0});
  EXPECT_EQ(a.Stats().heap_alloc, 0u);
  EXPECT_EQ(a.Stats().frees, 2u);
  // A released large block is reused, zeroed.
  auto* q = static_cast<uint8_t*>(a.Allocate(Heap(40000, false)));
  EXPECT_EQ(q[12345], 0);
  a.Release(q, Heap(40000, false));
}

TEST(GoAllocator, ZeroSize) {
  GoAllocator a;
  void* p = a.Allocate(Heap(0, false));
  EXPECT_EQ(p, ZeroBase());
  EXPECT_EQ(a.Stats().mallocs, 0u);
  a.Release(p, Heap(0, false));
}

}  // namespace
}  // namespace goescape::runtime::alloc
