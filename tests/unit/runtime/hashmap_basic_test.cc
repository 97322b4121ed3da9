// hashmap_basic_test.cc: layout, lookup/assign/delete semantics, growth,
// NaN and signed-zero keys, emptyRest maintenance, mapclear, same-size
// growth, and agreement between the fast and generic routine families.
#include <cmath>
#include <cstring>

#include "runtime/hashmap/introspect.h"
#include "test_util.h"

namespace goescape::runtime::hashmap::testing {
namespace {

// BasicTest covers the map's core semantics.
class BasicTest : public MapTest {};

TEST_F(BasicTest, BucketLayoutMatchesGo) {
  // shared/docs/go-map-runtime.md §1.4.
  struct Row {
    KeyDesc key;
    ValueDesc elem;
    uint16_t bucketsize;
    bool pointers;
  };
  const Row rows[] = {
      {Int64Key(), Int64Value(), 144, false},
      {Int32Key(), Int32Value(), 80, false},
      {Int64Key(), BytesValue(1, "bool"), 88, false},
      {Int64Key(), BytesValue(0, "struct{}"), 80, false},
      {StringKey(), Int64Value(), 208, true},
      {StringKey(), StringValue(), 272, true},
      {StringKey(), BytesValue(0, "struct{}"), 144, true},
      {Int64Key(), BytesValue(200, "[200]byte"), 144, true},
  };
  for (const Row& r : rows) {
    auto t = NewMapType(r.key, r.elem);
    EXPECT_EQ(t->bucketsize, r.bucketsize) << t->name;
    EXPECT_EQ(t->bucket_has_pointers, r.pointers) << t->name;
  }
  EXPECT_EQ(sizeof(Hmap), 48u);
  EXPECT_EQ(sizeof(MapExtra), 24u);
  EXPECT_EQ(ii_->alg, MapAlg::kFast64);
  EXPECT_EQ(si_->alg, MapAlg::kFastStr);
  EXPECT_EQ(NewMapType(Int32Key(), Int64Value())->alg, MapAlg::kFast32);
  EXPECT_EQ(NewMapType(Float64Key(), Int64Value())->alg, MapAlg::kGeneric);
  // Elems over 128 bytes take the generic routines (walk.mapfast).
  EXPECT_EQ(NewMapType(Int64Key(), BytesValue(129, "[129]byte"))->alg, MapAlg::kGeneric);
  auto big_key = NewMapType(PlainMemKey(200, "[200]byte"), Int64Value());
  EXPECT_TRUE(big_key->IndirectKey());
  EXPECT_EQ(big_key->bucketsize, 144);
}

TEST_F(BasicTest, AssignLookupDelete) {
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  for (int64_t i = 0; i < 1000; i++) SetI(h, i * 3, i);
  EXPECT_EQ(MapLen(h), 1000);
  bool ok;
  for (int64_t i = 0; i < 1000; i++) {
    EXPECT_EQ(GetI(h, i * 3, &ok), i);
    EXPECT_TRUE(ok);
    EXPECT_EQ(GetI(h, i * 3 + 1, &ok), 0);
    EXPECT_FALSE(ok);
  }
  // Overwrite does not change the count; m[k] += 1 is one assign.
  *static_cast<int64_t*>(MapAssignFast64(ii_.get(), h, 3)) += 100;
  EXPECT_EQ(GetI(h, 3), 101);
  EXPECT_EQ(MapLen(h), 1000);
  for (int64_t i = 0; i < 1000; i += 2) MapDeleteFast64(ii_.get(), h, uint64_t(i * 3));
  EXPECT_EQ(MapLen(h), 500);
  for (int64_t i = 0; i < 1000; i++) {
    GetI(h, i * 3, &ok);
    EXPECT_EQ(ok, i % 2 == 1);
  }
  EXPECT_EQ(CheckMap(ii_.get(), h), "");
  DestroyMap(ii_.get(), h);
  EXPECT_EQ(alloc_.Stats().heap_alloc, 0u);
}

TEST_F(BasicTest, NilMap) {
  bool ok;
  EXPECT_EQ(MapLen(nullptr), 0);
  EXPECT_EQ(GetI(nullptr, 7, &ok), 0);
  EXPECT_FALSE(ok);
  int64_t k = 7;
  EXPECT_TRUE(MapDelete(ii_.get(), nullptr, &k));
  MapIter it;
  MapIterInit(ii_.get(), nullptr, &it);
  EXPECT_EQ(it.key, nullptr);
  MapPanic p;
  EXPECT_EQ(MapAssign(ii_.get(), nullptr, &k, &p), nullptr);
  EXPECT_EQ(p.kind, PanicKind::kAssignToNilMap);
  EXPECT_EQ(p.Message(), "assignment to entry in nil map");
}

TEST_F(BasicTest, NaNKeys) {
  // behaviors/nan: every m[NaN] = v adds an entry; lookups miss; delete does
  // nothing; range returns them all.
  auto ft = NewMapType(Float64Key(), Int64Value());
  Hmap* h = MakeMap(rt_, ft.get(), 0);
  double nan = std::nan("");
  for (int i = 0; i < 3; i++) *static_cast<int64_t*>(MapAssign(ft.get(), h, &nan)) = i;
  EXPECT_EQ(MapLen(h), 3);
  bool ok;
  MapAccess2(ft.get(), h, &nan, &ok);
  EXPECT_FALSE(ok);
  MapDelete(ft.get(), h, &nan);
  EXPECT_EQ(MapLen(h), 3);
  int seen = 0;
  for (ScopedMapIter it(ft.get(), h); !it.Done(); it.Next()) {
    double k;
    std::memcpy(&k, it.Key(), 8);
    EXPECT_TRUE(std::isnan(k));
    seen++;
  }
  EXPECT_EQ(seen, 3);
  // NaNs survive growth with an iterator active (tophash low-bit rule).
  MapIter it;
  MapIterInit(ft.get(), h, &it);
  for (int i = 0; i < 200; i++) *static_cast<int64_t*>(MapAssign(ft.get(), h, &nan)) = i;
  MapIterEnd(&it);
  EXPECT_EQ(MapLen(h), 203);
  EXPECT_EQ(CheckMap(ft.get(), h), "");
  DestroyMap(ft.get(), h);
}

TEST_F(BasicTest, SignedZeroKeyUpdate) {
  // m[+0] = "plus"; m[-0] = "minus" -> one entry, key -0, value "minus".
  auto ft = NewMapType(Float64Key(), Int64Value());
  Hmap* h = MakeMap(rt_, ft.get(), 0);
  double pz = 0.0, nz = -0.0;
  *static_cast<int64_t*>(MapAssign(ft.get(), h, &pz)) = 1;
  *static_cast<int64_t*>(MapAssign(ft.get(), h, &nz)) = 2;
  EXPECT_EQ(MapLen(h), 1);
  ScopedMapIter it(ft.get(), h);
  double k;
  std::memcpy(&k, it.Key(), 8);
  EXPECT_TRUE(std::signbit(k));
  EXPECT_EQ(*static_cast<int64_t*>(it.Elem()), 2);
  it.Next();
  EXPECT_TRUE(it.Done());
  DestroyMap(ft.get(), h);
}

TEST_F(BasicTest, StringKeyUpdateAndDeleteClearPointer) {
  // faststr: assigning an existing key stores the new string pointer (so the
  // map stops referencing the old bytes); delete clears the pointer word.
  Hmap* h = MakeMap(rt_, si_.get(), 0);
  GoString a = Str("key"), b = Str("key");
  SetS(h, a, 1);
  SetS(h, b, 2);
  EXPECT_EQ(MapLen(h), 1);
  Bmap* bk = h->buckets;
  int slot = -1;
  for (int i = 0; i < kBucketCnt; i++) {
    if (bk->tophash[i] >= kMinTopHash) slot = i;
  }
  ASSERT_GE(slot, 0);
  GoString stored;
  std::memcpy(&stored, KeyAt(si_.get(), bk, slot), 16);
  EXPECT_EQ(stored.ptr, b.ptr);
  MapDeleteFastStr(si_.get(), h, a);
  std::memcpy(&stored, KeyAt(si_.get(), bk, slot), 16);
  EXPECT_EQ(stored.ptr, nullptr);
  EXPECT_EQ(stored.len, 3);  // Go clears only k.str.
  EXPECT_EQ(bk->tophash[slot], kEmptyRest);
  DestroyMap(si_.get(), h);
}

TEST_F(BasicTest, EmptyRestMaintenance) {
  // Fill one bucket (B = 0) and an overflow bucket, then delete from the end.
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  for (int64_t i = 0; i < 8; i++) SetI(h, i, i);
  Bmap* b = h->buckets;
  for (int i = 0; i < 8; i++) EXPECT_GE(b->tophash[i], kMinTopHash);
  // Delete slot 3's key: emptyOne (later slots are in use).
  auto key_in = [&](int slot) {
    int64_t k;
    std::memcpy(&k, KeyAt(ii_.get(), b, slot), 8);
    return k;
  };
  int64_t k3 = key_in(3), k6 = key_in(6), k7 = key_in(7);
  MapDeleteFast64(ii_.get(), h, uint64_t(k3));
  EXPECT_EQ(b->tophash[3], kEmptyOne);
  MapDeleteFast64(ii_.get(), h, uint64_t(k6));
  EXPECT_EQ(b->tophash[6], kEmptyOne);
  // Deleting the last entry turns the trailing run into emptyRest.
  MapDeleteFast64(ii_.get(), h, uint64_t(k7));
  EXPECT_EQ(b->tophash[7], kEmptyRest);
  EXPECT_EQ(b->tophash[6], kEmptyRest);
  EXPECT_EQ(b->tophash[5] >= kMinTopHash, true);
  EXPECT_EQ(b->tophash[3], kEmptyOne);
  EXPECT_EQ(CheckMap(ii_.get(), h), "");
  // Re-insert reuses the first empty slot (3).
  SetI(h, 1000, 1);
  EXPECT_GE(b->tophash[3], kMinTopHash);
  DestroyMap(ii_.get(), h);
}

TEST_F(BasicTest, GrowthIsIncremental) {
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  for (int64_t i = 0; i < 52; i++) SetI(h, i, i);
  EXPECT_EQ(h->log2_buckets, 3);
  EXPECT_EQ(h->oldbuckets, nullptr);
  SetI(h, 52, 52);  // The 53rd insert starts a grow to B = 4.
  EXPECT_EQ(h->log2_buckets, 4);
  ASSERT_NE(h->oldbuckets, nullptr);
  EXPECT_LE(h->nevacuate, 2u);  // At most two old buckets per write.
  MapStats s = GetMapStats(ii_.get(), h);
  EXPECT_TRUE(s.growing);
  EXPECT_LE(s.evacuated_old, 2u);
  // Lookups see every key mid-grow; they do not evacuate.
  uint64_t ev = s.evacuated_old;
  for (int64_t i = 0; i < 53; i++) EXPECT_EQ(GetI(h, i), i);
  EXPECT_EQ(GetMapStats(ii_.get(), h).evacuated_old, ev);
  EXPECT_EQ(CheckMap(ii_.get(), h), "");
  // Each write makes progress; after at most 8 writes the grow is done.
  for (int64_t i = 0; i < 8 && h->oldbuckets != nullptr; i++) SetI(h, i, i);
  EXPECT_EQ(h->oldbuckets, nullptr);
  EXPECT_EQ(CheckMap(ii_.get(), h), "");
  DestroyMap(ii_.get(), h);
}

TEST_F(BasicTest, SameSizeGrowAfterChurn) {
  // Insert-new/delete-oldest at full load piles up overflow buckets until
  // noverflow >= 2^B, and the next insert starts a same-size grow.
  Hmap* h = MakeMap(rt_, ii_.get(), 0);
  const int64_t n = 50;  // B = 3 holds 52.
  for (int64_t i = 0; i < n; i++) SetI(h, i, i);
  int same = 0;
  for (int64_t i = n; i < 20000; i++) {
    bool was = h->flags & kSameSizeGrow;
    MapDeleteFast64(ii_.get(), h, uint64_t(i - n));
    SetI(h, i, i);
    if (!was && (h->flags & kSameSizeGrow)) {
      same++;
      EXPECT_EQ(h->log2_buckets, 3);
      EXPECT_EQ(CheckMap(ii_.get(), h), "");
    }
  }
  EXPECT_GT(same, 0);
  EXPECT_EQ(h->log2_buckets, 3);
  DestroyMap(ii_.get(), h);
  EXPECT_EQ(alloc_.Stats().heap_alloc, 0u);
}

TEST_F(BasicTest, FastAndGenericAgreeByteForByte) {
  // With the same seed, the fast64 and generic routines build identical
  // bucket memory (the fast paths only skip work).
  auto gen = NewMapType(Int64Key(), Int64Value(), /*force_generic=*/true);
  auto run = [&](const MapType* t) {
    SeedRuntime(99);
    alloc::GoAllocator a;
    MapRuntime rt;
    rt.allocator = &a;
    Hmap* h = MakeMap(rt, t, 0);
    for (int64_t i = 0; i < 3000; i++) {
      int64_t k = i * 7919;
      *static_cast<int64_t*>(MapAssign(t, h, &k)) = i;
      if (i % 3 == 0) {
        int64_t d = (i / 2) * 7919;
        MapDelete(t, h, &d);
      }
    }
    std::string dump = DumpMapToString(t, h);
    DestroyMap(t, h);
    return dump.substr(dump.find(' '));  // Drop the type name.
  };
  EXPECT_EQ(run(ii_.get()), run(gen.get()));
  auto sgen = NewMapType(StringKey(), Int64Value(), true);
  auto runs = [&](const MapType* t) {
    SeedRuntime(7);
    alloc::GoAllocator a;
    MapRuntime rt;
    rt.allocator = &a;
    Hmap* h = MakeMap(rt, t, 0);
    for (int i = 0; i < 500; i++) {
      GoString k = Hex16(uint64_t(i) * 31);
      *static_cast<int64_t*>(MapAssign(t, h, &k)) = i;
    }
    std::string dump = DumpMapToString(t, h);
    DestroyMap(t, h);
    return dump.substr(dump.find(' '));
  };
  EXPECT_EQ(runs(si_.get()), runs(sgen.get()));
}

TEST_F(BasicTest, IndirectKeysAndElems) {
  auto t = NewMapType(PlainMemKey(200, "[200]byte"), BytesValue(300, "[300]byte"));
  EXPECT_TRUE(t->IndirectKey());
  EXPECT_TRUE(t->IndirectElem());
  Hmap* h = MakeMap(rt_, t.get(), 0);
  uint8_t key[200];
  for (int i = 0; i < 500; i++) {
    std::memset(key, i % 251, sizeof key);
    key[0] = uint8_t(i);
    key[1] = uint8_t(i >> 8);
    auto* e = static_cast<uint8_t*>(MapAssign(t.get(), h, key));
    std::memset(e, i % 256, 300);
  }
  EXPECT_EQ(MapLen(h), 500);
  for (int i = 0; i < 500; i += 2) {
    std::memset(key, i % 251, sizeof key);
    key[0] = uint8_t(i);
    key[1] = uint8_t(i >> 8);
    bool ok;
    const auto* e = static_cast<const uint8_t*>(MapAccess2(t.get(), h, key, &ok));
    ASSERT_TRUE(ok);
    EXPECT_EQ(e[299], uint8_t(i % 256));
    MapDelete(t.get(), h, key);
  }
  EXPECT_EQ(MapLen(h), 250);
  EXPECT_EQ(CheckMap(t.get(), h), "");
  MapClear(t.get(), h);
  DestroyMap(t.get(), h);
  EXPECT_EQ(alloc_.Stats().heap_alloc, 0u);
  EXPECT_EQ(alloc_.Stats().HeapObjects(), 0u);
}

TEST_F(BasicTest, StackMapOutgrowsStackBucket) {
  // A non-escaping map keeps hmap and first bucket on the stack; the first
  // grow moves it to a heap array of 2 buckets (288 bytes).
  Hmap* h = MakeMap(rt_, ii_.get(), 0, {false, true});
  EXPECT_EQ(alloc_.Stats().stack_allocs, 2u);
  EXPECT_EQ(alloc_.Stats().stack_bytes, 48u + 144u);
  for (int64_t i = 0; i < 8; i++) SetI(h, i, i);
  EXPECT_EQ(Mallocs(), 0u);
  SetI(h, 8, 8);
  EXPECT_EQ(Mallocs(), 1u);
  EXPECT_EQ(Bytes(), 288u);
  for (int64_t i = 9; i < 100; i++) SetI(h, i, i);
  for (int64_t i = 0; i < 100; i++) EXPECT_EQ(GetI(h, i), i);
  DestroyMap(ii_.get(), h);
  EXPECT_EQ(alloc_.Stats().heap_alloc, 0u);
}

TEST_F(BasicTest, SelfCheckMode) {
  SetCheckMode(CheckMode::kAlways);
  Hmap* h = MakeMap(rt_, si_.get(), 0);
  for (int i = 0; i < 300; i++) SetS(h, Hex16(uint64_t(i)), i);
  for (int i = 0; i < 300; i += 3) MapDeleteFastStr(si_.get(), h, Hex16(uint64_t(i)));
  MapClear(si_.get(), h);
  SetCheckMode(CheckMode::kOff);
  DestroyMap(si_.get(), h);
}

}  // namespace
}  // namespace goescape::runtime::hashmap::testing
