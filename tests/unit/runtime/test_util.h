// test_util.h: shared fixtures for the runtime unit tests: a map runtime
// over a counting GoAllocator, typed helpers for int64 and string maps,
// and a stable pool of Go strings.
#ifndef GOESCAPE_TESTS_UNIT_RUNTIME_TEST_UTIL_H_
#define GOESCAPE_TESTS_UNIT_RUNTIME_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cstdio>
#include <deque>
#include <memory>
#include <string>

#include "runtime/alloc/go_allocator.h"
#include "runtime/hashmap/hashmap.h"
#include "runtime/hashmap/invariants.h"

namespace goescape::runtime::hashmap::testing {

// MapTest gives each test a fresh allocator, runtime, seed and map types.
class MapTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SeedRuntime(12345);
    rt_.allocator = &alloc_;
    ii_ = NewMapType(Int64Key(), Int64Value());
    si_ = NewMapType(StringKey(), Int64Value());
  }

  // Str returns a Go string whose bytes live as long as the test.
  GoString Str(const std::string& s) {
    pool_.push_back(s);
    const std::string& p = pool_.back();
    return GoString{reinterpret_cast<const uint8_t*>(p.data()), static_cast<int64_t>(p.size())};
  }
  // Hex16 is the 16-character lowercase hex spelling of v (gomap-bench keys).
  GoString Hex16(uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return Str(buf);
  }

  void SetI(Hmap* h, int64_t k, int64_t v) {
    *static_cast<int64_t*>(MapAssign(ii_.get(), h, &k)) = v;
  }
  int64_t GetI(Hmap* h, int64_t k, bool* ok = nullptr) {
    bool found;
    const void* e = MapAccess2(ii_.get(), h, &k, &found);
    if (ok != nullptr) *ok = found;
    return *static_cast<const int64_t*>(e);
  }
  void SetS(Hmap* h, GoString k, int64_t v) {
    *static_cast<int64_t*>(MapAssign(si_.get(), h, &k)) = v;
  }

  uint64_t Mallocs() const { return alloc_.Stats().mallocs; }
  uint64_t Bytes() const { return alloc_.Stats().total_alloc; }

  alloc::GoAllocator alloc_;
  MapRuntime rt_;
  std::unique_ptr<MapType> ii_, si_;
  std::deque<std::string> pool_;
};

}  // namespace goescape::runtime::hashmap::testing

#endif  // GOESCAPE_TESTS_UNIT_RUNTIME_TEST_UTIL_H_
