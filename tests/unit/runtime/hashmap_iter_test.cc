// hashmap_iter_test.cc: iteration (rules [R1]..[R7] in hashmap.h):
// randomized start, exactly-once across growth, mutation during iteration,
// and deferred release of memory an iterator can still read.
#include <map>
#include <set>
#include <vector>

#include "test_util.h"

namespace goescape::runtime::hashmap::testing {
namespace {

// IterTest covers iteration; Keys collects one full range's keys.
class IterTest : public MapTest {
 protected:
  std::vector<int64_t> Keys(Hmap* h) {
    std::vector<int64_t> keys;
    for (ScopedMapIter it(ii_.get(), h); !it.Done(); it.Next()) {
      keys.push_back(*static_cast<const int64_t*>(it.Key()));
    }
    return keys;
  }
};

TEST_F(IterTest, SingleBucketOrderIsARotation) {
  // behaviors/iterorder: an 8-key single-bucket map ranges in the 8
  // rotations of one slot order: only the offset varies. [R1]
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  for (int64_t i = 0; i < 8; i++) SetI(h, i, i);
  std::vector<int64_t> base = Keys(h);
  std::set<std::vector<int64_t>> orders;
  for (int r = 0; r < 1000; r++) {
    std::vector<int64_t> k = Keys(h);
    auto pos = std::find(k.begin(), k.end(), base[0]);
    std::rotate(k.begin(), pos, k.end());
    EXPECT_EQ(k, base);
    orders.insert(Keys(h));
  }
  EXPECT_EQ(orders.size(), 8u);
  DestroyMap(ii_.get(), h);
}

TEST_F(IterTest, FirstKeyVaries) {
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  for (int64_t i = 0; i < 100; i++) SetI(h, i, i);
  std::set<int64_t> firsts;
  for (int r = 0; r < 1000; r++) firsts.insert(Keys(h)[0]);
  EXPECT_GT(firsts.size(), 20u);
  DestroyMap(ii_.get(), h);
}

TEST_F(IterTest, FixedSeedIsReproducible) {
  auto order = [&](uint64_t seed) {
    SeedRuntime(seed);
    Hmap* h = MakeMap(rt_, ii_.get(), 0);
    for (int64_t i = 0; i < 100; i++) SetI(h, i, i);
    std::vector<int64_t> k = Keys(h);
    DestroyMap(ii_.get(), h);
    return k;
  };
  EXPECT_EQ(order(5), order(5));
  EXPECT_NE(order(5), order(6));
}

TEST_F(IterTest, ExactlyOnceAcrossGrowth) {
  // [R2] [R4]: keys present for the whole iteration come out exactly once,
  // even though inserts during the walk grow the table several times.
  for (int start_n : {5, 9, 53, 200}) {
    Hmap* h = MakeMap(rt_, ii_.get(), 0);
    for (int64_t i = 0; i < start_n; i++) SetI(h, i, i);
    std::map<int64_t, int> seen;
    int64_t next = 1000000;
    MapIter it;
    for (MapIterInit(ii_.get(), h, &it); it.key != nullptr; MapIterNext(&it)) {
      int64_t k = *static_cast<const int64_t*>(it.key);
      EXPECT_EQ(*static_cast<const int64_t*>(it.elem), k);  // [R5]
      seen[k]++;
      for (int j = 0; j < 5; j++, next++) SetI(h, next, next);
    }
    EXPECT_GE(h->log2_buckets, 3) << start_n;
    for (int64_t i = 0; i < start_n; i++) EXPECT_EQ(seen[i], 1) << "key " << i;
    for (auto& [k, n] : seen) EXPECT_EQ(n, 1) << "key " << k;
    EXPECT_EQ(CheckMap(ii_.get(), h), "");
    DestroyMap(ii_.get(), h);
  }
}

TEST_F(IterTest, StartedMidGrow) {
  // [R6]: an iterator started while a doubling grow is in progress walks
  // unevacuated old buckets and filters by destination.
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  for (int64_t i = 0; i < 105; i++) SetI(h, i, i);  // Starts the grow to B = 5.
  ASSERT_NE(h->oldbuckets, nullptr);
  std::map<int64_t, int> seen;
  MapIter it;
  for (MapIterInit(ii_.get(), h, &it); it.key != nullptr; MapIterNext(&it)) {
    int64_t k = *static_cast<const int64_t*>(it.key);
    seen[k]++;
    SetI(h, k, k + 1);  // Updates drive evacuation under the iterator.
  }
  EXPECT_EQ(seen.size(), 105u);
  for (auto& [k, n] : seen) EXPECT_EQ(n, 1);
  for (int64_t i = 0; i < 105; i++) EXPECT_EQ(GetI(h, i), i + 1);
  DestroyMap(ii_.get(), h);
}

TEST_F(IterTest, DeletedBeforeReachedIsNotReturned) {
  // [R3]: delete every other key on the first step; none of them appears.
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  for (int64_t i = 0; i < 1000; i++) SetI(h, i, i);
  std::set<int64_t> seen;
  std::set<int64_t> deleted;
  MapIter it;
  for (MapIterInit(ii_.get(), h, &it); it.key != nullptr; MapIterNext(&it)) {
    int64_t k = *static_cast<const int64_t*>(it.key);
    EXPECT_EQ(deleted.count(k), 0u) << k;
    seen.insert(k);
    if (seen.size() == 1) {
      for (int64_t i = 0; i < 1000; i++) {
        if (i != k && i % 2 == 0) {
          MapDeleteFast64(ii_.get(), h, uint64_t(i));
          deleted.insert(i);
        }
      }
    }
  }
  EXPECT_GE(seen.size(), 500u);
  DestroyMap(ii_.get(), h);
}

TEST_F(IterTest, ClearDuringIteration) {
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  for (int64_t i = 0; i < 300; i++) SetI(h, i, i);
  MapIter it;
  MapIterInit(ii_.get(), h, &it);
  MapClear(ii_.get(), h);
  int more = 0;
  for (MapIterNext(&it); it.key != nullptr; MapIterNext(&it)) more++;
  EXPECT_EQ(more, 0);
  DestroyMap(ii_.get(), h);
  EXPECT_EQ(alloc_.Stats().heap_alloc, 0u);
}

TEST_F(IterTest, OldTableIsReleasedWhenTheIteratorEnds) {
  // While an iterator may still read the old table, a finished grow cannot
  // release it; MapIterEnd does.
  Hmap* h = MakeMap(rt_, si_.get(), 0);
  for (int i = 0; i < 13; i++) SetS(h, Hex16(uint64_t(i)), i);
  MapIter it;
  MapIterInit(si_.get(), h, &it);
  for (int i = 13; i < 200; i++) SetS(h, Hex16(uint64_t(i)), i);  // Several grows.
  uint64_t frees_during = alloc_.Stats().frees;
  int n = 0;
  for (; it.key != nullptr; MapIterNext(&it)) n++;  // Ends (and releases) itself.
  EXPECT_GE(n, 13);
  EXPECT_GT(alloc_.Stats().frees, frees_during);
  MapIterEnd(&it);  // Idempotent.
  DestroyMap(si_.get(), h);
  EXPECT_EQ(alloc_.Stats().heap_alloc, 0u);
}

}  // namespace
}  // namespace goescape::runtime::hashmap::testing
