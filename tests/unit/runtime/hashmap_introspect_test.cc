// hashmap_introspect_test.cc: MapStats, the bucket dump, and the invariant
// checker's ability to notice corrupted maps.
#include <llvm/Support/raw_ostream.h>

#include "runtime/hashmap/introspect.h"
#include "test_util.h"

namespace goescape::runtime::hashmap::testing {
namespace {

// IntrospectTest covers stats, dumps and the checker.
class IntrospectTest : public MapTest {};

TEST_F(IntrospectTest, StatsDescribeShape) {
  Hmap* h = MakeMap(rt_, ii_.get(), 1000);
  MapStats s = GetMapStats(ii_.get(), h);
  EXPECT_EQ(s.log2_buckets, 8);
  EXPECT_EQ(s.buckets, 256u);
  EXPECT_EQ(s.array_buckets, 284u);
  EXPECT_EQ(s.prealloc_overflow_total, 28u);
  EXPECT_EQ(s.prealloc_overflow_free, 28u);
  EXPECT_EQ(s.bytes_held, 48u + 40960u + 24u);
  EXPECT_EQ(s.chain_histogram[0], 256u);
  for (int64_t i = 0; i < 1000; i++) SetI(h, i, i);
  s = GetMapStats(ii_.get(), h);
  EXPECT_EQ(s.count, 1000);
  EXPECT_NEAR(s.load_factor, 1000.0 / 256, 1e-9);
  EXPECT_EQ(s.overflow_buckets, h->noverflow);
  EXPECT_EQ(s.prealloc_overflow_free + s.overflow_buckets, 28u);
  uint64_t chains = 0;
  for (uint64_t c : s.chain_histogram) chains += c;
  EXPECT_EQ(chains, 256u);
  std::string out;
  llvm::raw_string_ostream os(out);
  PrintMapStats(s, os);
  EXPECT_NE(os.str().find("B: 8 (256 buckets, 284 in the array)"), std::string::npos) << out;
  DestroyMap(ii_.get(), h);
}

TEST_F(IntrospectTest, StatsDuringGrow) {
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  for (int64_t i = 0; i < 105; i++) SetI(h, i, i);
  MapStats s = GetMapStats(ii_.get(), h);
  EXPECT_TRUE(s.growing);
  EXPECT_FALSE(s.same_size_grow);
  EXPECT_EQ(s.old_buckets, 16u);
  EXPECT_EQ(s.buckets, 32u);
  EXPECT_LE(s.evacuated_old, 2u);
  DestroyMap(ii_.get(), h);
}

TEST_F(IntrospectTest, DumpIsDeterministicAndReadable) {
  auto dump = [&]() {
    SeedRuntime(42);
    Hmap* h = MakeMap(rt_, ii_.get(), 0);
    for (int64_t i = 0; i < 10; i++) SetI(h, i, i * 10);
    MapDeleteFast64(ii_.get(), h, 3);
    std::string d = DumpMapToString(ii_.get(), h);
    DestroyMap(ii_.get(), h);
    return d;
  };
  std::string d = dump();
  EXPECT_EQ(d, dump());
  EXPECT_EQ(d.rfind("map[int64]int64 count=9 B=1", 0), 0u) << d;
  EXPECT_NE(d.find("key 9  elem 90"), std::string::npos) << d;
  EXPECT_NE(d.find("emptyRest"), std::string::npos) << d;
  EXPECT_EQ(d.find("0x7f"), std::string::npos);  // No addresses.
}

TEST_F(IntrospectTest, DumpShowsEvacuationMarksAndOverflow) {
  SeedRuntime(3);
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  for (int64_t i = 0; i < 53; i++) SetI(h, i, i);  // Grow to B = 4 starts.
  std::string d = DumpMapToString(ii_.get(), h);
  EXPECT_NE(d.find("[evacuated]"), std::string::npos) << d;
  EXPECT_NE(d.find("[not evacuated]"), std::string::npos) << d;
  EXPECT_TRUE(d.find("evacuatedX") != std::string::npos ||
              d.find("evacuatedY") != std::string::npos);
  EXPECT_NE(d.find("buckets: 16 + 2 preallocated overflow"), std::string::npos) << d;
  DestroyMap(ii_.get(), h);
}

TEST_F(IntrospectTest, CheckerFindsCorruption) {
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  for (int64_t i = 0; i < 40; i++) SetI(h, i, i);
  ASSERT_EQ(CheckMap(ii_.get(), h), "");
  // Wrong count.
  h->count++;
  EXPECT_NE(CheckMap(ii_.get(), h).find("count"), std::string::npos);
  h->count--;
  // Wrong tophash.
  Bmap* b = h->buckets;
  int slot = 0;
  while (b->tophash[slot] < kMinTopHash) slot++;
  uint8_t saved = b->tophash[slot];
  b->tophash[slot] = saved == 255 ? 254 : saved + 1;
  EXPECT_NE(CheckMap(ii_.get(), h), "");
  b->tophash[slot] = saved;
  // A live entry after emptyRest.
  int empty = -1;
  for (int i = 0; i < kBucketCnt; i++) {
    if (b->tophash[i] == kEmptyRest) empty = i;
  }
  if (empty >= 0 && empty < kBucketCnt - 1) {
    b->tophash[empty] = kEmptyRest;
    b->tophash[empty + 1] = saved;
    EXPECT_NE(CheckMap(ii_.get(), h), "");
    b->tophash[empty + 1] = kEmptyRest;
  }
  // An evacuation mark in the new table.
  b->tophash[slot] = kEvacuatedX;
  EXPECT_NE(CheckMap(ii_.get(), h).find("evacuation mark"), std::string::npos);
  b->tophash[slot] = saved;
  // hashWriting left set.
  h->flags |= kHashWriting;
  EXPECT_NE(CheckMap(ii_.get(), h), "");
  h->flags &= ~kHashWriting;
  EXPECT_EQ(CheckMap(ii_.get(), h), "");
  DestroyMap(ii_.get(), h);
}

}  // namespace
}  // namespace goescape::runtime::hashmap::testing
