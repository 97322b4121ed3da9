// hashmap_alloc_test.cc: what each map operation allocates, against the
// allocation tables measured on go1.19.8 linux/amd64 in
// shared/docs/go-map-runtime.md §9.5 (make), §9.6 (filling), §2.7 (bucket
// arrays) and §2.6 (hint -> B). Numbers are (mallocs, TotalAlloc bytes).
// Rows that depend on Go's random hash seed (overflow-bucket counts) are
// checked structurally: the bucket-array part exactly, the overflow part
// against the allocations our own overflow count implies.
#include <vector>

#include "runtime/alloc/size_classes.h"
#include "runtime/hashmap/introspect.h"
#include "test_util.h"

namespace goescape::runtime::hashmap::testing {
namespace {

constexpr MakeSite kEscConst{true, true};
constexpr MakeSite kNoEscConst{false, true};
constexpr MakeSite kEscVar{true, false};
constexpr MakeSite kNoEscVar{false, false};

// MakeRow is one measured make(map) row: what it allocates.
struct MakeRow {
  bool string_key;
  int64_t hint;
  MakeSite site;
  uint64_t mallocs;
  uint64_t bytes;
};

// §9.5 and the hmap-shape table of the same measured run.
const MakeRow kMakeRows[] = {
    {false, 0, kEscConst, 1, 48},          // make(map[int]int)
    {false, 0, kNoEscConst, 0, 0},         // make(map[int]int) noesc
    {false, 1, kEscConst, 1, 48},          // make(map[int]int, 1)
    {false, 8, kEscConst, 1, 48},          // make(map[int]int, 8)
    {false, 8, kNoEscConst, 0, 0},         //
    {false, 9, kEscConst, 2, 336},         // hmap 48 + 2 buckets 288
    {false, 9, kNoEscConst, 1, 288},       //
    {false, 100, kEscConst, 3, 2760},      // 48 + 18 buckets 2688 + mapextra 24
    {false, 100, kNoEscConst, 2, 2712},    //
    {false, 1000, kEscConst, 3, 41032},    // 48 + 284 buckets in 40960 + 24
    {false, 1000, kNoEscConst, 2, 40984},  //
    {false, 1000000, kEscConst, 3, 40108104},
    {false, 1000000, kNoEscConst, 2, 40108056},
    {false, 0, kEscVar, 1, 48},        // make(map[int]int, vHint=0)
    {false, 0, kNoEscVar, 0, 0},       //
    {false, 8, kNoEscVar, 0, 0},       //
    {false, 9, kEscVar, 2, 336},       //
    {false, 100, kEscVar, 3, 2760},    //
    {false, 1000, kEscVar, 3, 41032},  //
    {false, 1000000, kEscVar, 3, 40108104},
    {false, -1, kEscVar, 1, 48},          // negative run-time hint: no panic, B = 0
    {true, 0, kEscConst, 1, 48},          // make(map[string]int)
    {true, 8, kEscConst, 1, 48},          //
    {true, 9, kEscConst, 2, 464},         // 48 + 2 x 208
    {true, 9, kNoEscConst, 1, 416},       //
    {true, 100, kEscConst, 3, 4168},      // 48 + 19 buckets in 4096 + 24
    {true, 100, kNoEscConst, 2, 4120},    //
    {true, 1000, kEscConst, 3, 57416},    // 48 + 275 buckets in 57344 + 24
    {true, 1000, kNoEscConst, 2, 57368},  //
    {true, 1000000, kEscConst, 3, 57933896},
    {true, 1000000, kNoEscConst, 2, 57933848},
};

// AllocTest checks allocation counts and bytes.
class AllocTest : public MapTest {};

TEST_F(AllocTest, MakeMatchesMeasuredTable) {
  for (const MakeRow& row : kMakeRows) {
    const MapType* t = row.string_key ? si_.get() : ii_.get();
    alloc_.ResetStats();
    Hmap* h = MakeMap(rt_, t, row.hint, row.site);
    EXPECT_EQ(Mallocs(), row.mallocs) << t->name << " hint " << row.hint << " esc "
                                      << row.site.escapes << " const " << row.site.hint_is_constant;
    EXPECT_EQ(Bytes(), row.bytes) << t->name << " hint " << row.hint << " esc " << row.site.escapes;
    EXPECT_EQ(CheckMap(t, h), "");
    DestroyMap(t, h);
  }
}

TEST_F(AllocTest, HintToB) {
  // §2.6, measured by reading hmap through unsafe.
  const std::pair<int64_t, uint8_t> rows[] = {{0, 0},   {1, 0},   {8, 0},    {9, 1},       {13, 1},
                                              {14, 2},  {26, 2},  {27, 3},   {52, 3},      {53, 4},
                                              {100, 4}, {104, 4}, {1000, 8}, {1000000, 18}};
  for (auto [hint, b] : rows) {
    Hmap* h = MakeMap(rt_, ii_.get(), hint, kEscVar);
    EXPECT_EQ(h->log2_buckets, b) << "hint " << hint;
    EXPECT_EQ(h->extra != nullptr, b >= 4) << "hint " << hint;  // Preallocated overflow.
    DestroyMap(ii_.get(), h);
  }
}

TEST_F(AllocTest, BucketArrayTable) {
  // §2.7: buckets (incl. preallocated overflow) and bytes per B.
  struct Row {
    uint8_t b;
    uint64_t int_buckets, int_bytes, str_buckets, str_bytes;
  };
  const Row rows[] = {{0, 1, 144, 1, 208},
                      {3, 8, 1152, 8, 1792},
                      {4, 18, 2688, 19, 4096},
                      {5, 37, 5376, 39, 8192},
                      {6, 71, 10240, 68, 14336},
                      {8, 284, 40960, 275, 57344},
                      {11, 2218, 319488, 2205, 458752},
                      {13, 8704, 1253376, 8704, 1810432},
                      {18, 278528, 40108032, 278528, 57933824},
                      {20, 1114112, 160432128, 1114112, 231735296}};
  for (const Row& r : rows) {
    Hmap* h = MakeMap(rt_, ii_.get(), 0, kEscVar);  // Only to reach NumBuckets' helpers.
    DestroyMap(ii_.get(), h);
    auto count = [&](const MapType* t) {
      uint64_t n = uint64_t{1} << r.b;
      if (r.b >= 4) {
        n += uint64_t{1} << (r.b - 4);
        uint64_t up = alloc::RoundUpSize(n * t->bucketsize);
        n = up / t->bucketsize;
      }
      return n;
    };
    EXPECT_EQ(count(ii_.get()), r.int_buckets) << "B=" << int(r.b);
    EXPECT_EQ(count(si_.get()), r.str_buckets) << "B=" << int(r.b);
    EXPECT_EQ(alloc::RoundUpSize(r.int_buckets * 144), r.int_bytes);
    EXPECT_EQ(alloc::RoundUpSize(r.str_buckets * 208), r.str_bytes);
  }
  // And the map really allocates that: make with the largest hint of each B.
  for (const Row& r : rows) {
    if (r.b == 0 || r.b > 18) continue;
    int64_t hint = int64_t{13} << (r.b - 1);
    alloc_.ResetStats();
    Hmap* h = MakeMap(rt_, si_.get(), hint, kNoEscVar);
    EXPECT_EQ(h->log2_buckets, r.b);
    EXPECT_EQ(Bytes(), r.str_bytes + (r.b >= 4 ? 24 : 0)) << "B=" << int(r.b);
    DestroyMap(si_.get(), h);
  }
}

TEST_F(AllocTest, FirstInsertAndLiterals) {
  // m := make(map[int]int); m[1] = 1 -> escaping 2/192, non-escaping 0/0.
  for (bool esc : {true, false}) {
    alloc_.ResetStats();
    Hmap* h = MakeMap(rt_, ii_.get(), 0, {esc, true});
    SetI(h, 1, 1);
    EXPECT_EQ(Mallocs(), esc ? 2u : 0u);
    EXPECT_EQ(Bytes(), esc ? 192u : 0u);
    DestroyMap(ii_.get(), h);
  }
  // m := make(map[string]int); m["a"] = 1 -> 2/256; map literal of 2 -> 2/256.
  for (int64_t hint : {0, 2}) {
    for (bool esc : {true, false}) {
      alloc_.ResetStats();
      Hmap* h = MakeMap(rt_, si_.get(), hint, {esc, true});
      SetS(h, Str("a"), 1);
      if (hint == 2) SetS(h, Str("b"), 2);
      EXPECT_EQ(Mallocs(), esc ? 2u : 0u);
      EXPECT_EQ(Bytes(), esc ? 256u : 0u);
      DestroyMap(si_.get(), h);
    }
  }
  // var m map[int]int; _ = m[1] -> 0/0.
  alloc_.ResetStats();
  bool ok;
  EXPECT_EQ(GetI(nullptr, 1, &ok), 0);
  EXPECT_FALSE(ok);
  EXPECT_EQ(Mallocs(), 0u);
}

TEST_F(AllocTest, IndirectElem) {
  // map[int]Big{} + 1 insert (Big = 200 bytes) -> 3 / 400: 48 + 144 + 208.
  auto big = NewMapType(Int64Key(), BytesValue(200, "Big"));
  EXPECT_EQ(big->bucketsize, 144);
  EXPECT_TRUE(big->IndirectElem());
  alloc_.ResetStats();
  Hmap* h = MakeMap(rt_, big.get(), 0, kEscConst);
  int64_t k = 1;
  std::memset(MapAssign(big.get(), h, &k), 0, 200);
  EXPECT_EQ(Mallocs(), 3u);
  EXPECT_EQ(Bytes(), 400u);
  DestroyMap(big.get(), h);
  EXPECT_EQ(alloc_.Stats().heap_alloc, 0u);
}

TEST_F(AllocTest, FirstRangeCreatesOverflowList) {
  // m := make(map[int]int); m[1] = 1 (escaping), then for range m -> 4 / 240:
  // + mapextra 24 + []*bmap header 24 for pointer-free buckets; 2 / 256 for
  // map[string]int (buckets have pointers).
  alloc_.ResetStats();
  Hmap* h = MakeMap(rt_, ii_.get(), 0, kEscConst);
  SetI(h, 1, 1);
  { ScopedMapIter it(ii_.get(), h); }
  EXPECT_EQ(Mallocs(), 4u);
  EXPECT_EQ(Bytes(), 240u);
  DestroyMap(ii_.get(), h);
  alloc_.ResetStats();
  h = MakeMap(rt_, si_.get(), 0, kEscConst);
  SetS(h, Str("a"), 1);
  { ScopedMapIter it(si_.get(), h); }
  EXPECT_EQ(Mallocs(), 2u);
  EXPECT_EQ(Bytes(), 256u);
  DestroyMap(si_.get(), h);
}

// OverflowListCost is what the extra.overflow slice of a pointer-free map
// costs after n appends: the 24-byte header plus one array per growslice.
std::pair<uint64_t, uint64_t> OverflowListCost(uint64_t n) {
  if (n == 0) return {0, 0};
  uint64_t mallocs = 1, bytes = 24, cap = 0;
  while (cap < n) {
    cap = alloc::GrowSliceCap(cap, cap + 1, 8);
    mallocs++;
    bytes += alloc::RoundUpSize(cap * 8);
  }
  return {mallocs, bytes};
}

// FillResult is what building one map cost.
struct FillResult {
  uint64_t mallocs, bytes, overflow_heap, overflow_listed;
  uint8_t b;
};

// FillTest builds maps key by key and measures them.
class FillTest : public MapTest {
 protected:
  // Fill builds an escaping map of n keys (int keys i*7919, or 16-char hex
  // strings as in gomap-bench) and returns what it cost.
  FillResult Fill(bool strings, uint64_t n, bool hint) {
    const MapType* t = strings ? si_.get() : ii_.get();
    alloc_.ResetStats();
    Hmap* h = MakeMap(rt_, t, hint ? static_cast<int64_t>(n) : 0, hint ? kEscVar : kEscConst);
    for (uint64_t i = 0; i < n; i++) {
      if (strings) {
        SetS(h, Hex16(i * 0x9e3779b97f4a7c15ULL), static_cast<int64_t>(i));
      } else {
        SetI(h, static_cast<int64_t>(i * 7919), static_cast<int64_t>(i));
      }
    }
    EXPECT_EQ(CheckMap(t, h), "");
    FillResult r{Mallocs(), Bytes(), 0, 0, h->log2_buckets};
    // Individually allocated overflow buckets: the bucket size's class.
    int cls = alloc::SizeToClass(t->bucketsize);
    r.overflow_heap = alloc_.Stats().by_size[cls].mallocs;
    if (h->extra != nullptr && h->extra->overflow != nullptr)
      r.overflow_listed = h->extra->overflow->len;
    DestroyMap(t, h);
    return r;
  }
};

TEST_F(FillTest, SmallFillsExact) {
  // §9.6: 8 keys: 2 / 192 (int), 2 / 256 (string16); 9 keys without a
  // hint: 3 / 480 and 3 / 672 (the grow to B=1); with a hint: 2 / 336, 2 / 464.
  FillResult r = Fill(false, 8, false);
  EXPECT_EQ(r.mallocs, 2u);
  EXPECT_EQ(r.bytes, 192u);
  r = Fill(false, 8, true);
  EXPECT_EQ(r.mallocs, 2u);
  EXPECT_EQ(r.bytes, 192u);
  r = Fill(true, 8, false);
  EXPECT_EQ(r.mallocs, 2u);
  EXPECT_EQ(r.bytes, 256u);
  r = Fill(false, 9, false);
  EXPECT_EQ(r.mallocs, 3u);
  EXPECT_EQ(r.bytes, 480u);
  EXPECT_EQ(r.b, 1);
  r = Fill(false, 9, true);
  EXPECT_EQ(r.mallocs, 2u);
  EXPECT_EQ(r.bytes, 336u);
  r = Fill(true, 9, false);
  EXPECT_EQ(r.mallocs, 3u);
  EXPECT_EQ(r.bytes, 672u);
  r = Fill(true, 9, true);
  EXPECT_EQ(r.mallocs, 2u);
  EXPECT_EQ(r.bytes, 464u);
}

TEST_F(FillTest, LargeFillsMatchStructure) {
  // §9.6 for N = 100, 1000, 1e5, 1e6. The bucket-array part is exact; the
  // overflow part (which varies between Go runs with the hash seed) must be
  // exactly what our own overflow-bucket count implies, and land within
  // the spread of Go's runs.
  struct Row {
    bool strings;
    uint64_t n;
    bool hint;
    uint8_t b;
    uint64_t fixed_mallocs, fixed_bytes;    // hmap + arrays + mapextra.
    uint64_t go_mallocs_lo, go_mallocs_hi;  // Go runs 1 and 2 (§9.6).
  };
  // Arrays without a hint: 144+288+576+1152, then B>=4 arrays from §2.7.
  const Row rows[] = {
      {false, 100, false, 4, 1 + 5 + 1, 48 + 144 + 288 + 576 + 1152 + 2688 + 24, 18, 19},
      {false, 100, true, 4, 3, 2760, 7, 8},
      {false, 1000, false, 8, 1 + 9 + 1,
       48 + 144 + 288 + 576 + 1152 + 2688 + 5376 + 10240 + 20480 + 40960 + 24, 63, 72},
      {false, 1000, true, 8, 3, 41032, 8, 8},
      {false, 1000000, true, 18, 3, 40108104, 20, 20},
      {true, 100, true, 4, 3, 4168, 3, 4},
      {true, 1000, true, 8, 3, 57416, 3, 3},
      {true, 1000000, true, 18, 3, 57933896, 3, 3},
  };
  for (const Row& row : rows) {
    FillResult r = Fill(row.strings, row.n, row.hint);
    SCOPED_TRACE(::testing::Message() << (row.strings ? "string16" : "int") << " N=" << row.n
                                      << (row.hint ? " hint" : " nohint"));
    EXPECT_EQ(r.b, row.b);
    uint64_t bucket_class_bytes = alloc::RoundUpSize(row.strings ? 208 : 144);
    // Heap overflow buckets: allocations of the bucket size class beyond the
    // first bucket (no hint: the lazily allocated first bucket is one too).
    uint64_t heap_ovf = r.overflow_heap - (row.hint ? 0 : 1);
    auto [list_mallocs, list_bytes] = OverflowListCost(r.overflow_listed);
    if (row.hint) {
      // One table generation: everything is accounted for exactly.
      EXPECT_EQ(r.mallocs, row.fixed_mallocs + heap_ovf + list_mallocs);
      EXPECT_EQ(r.bytes, row.fixed_bytes + heap_ovf * bucket_class_bytes + list_bytes);
    } else {
      // Every generation had its own overflow list: at least the fixed part.
      EXPECT_GE(r.mallocs, row.fixed_mallocs + heap_ovf);
      EXPECT_GE(r.bytes, row.fixed_bytes + heap_ovf * bucket_class_bytes);
    }
    // Go's own runs differ by the seed; ours must be in the same range give
    // or take 30% (different hash function, same distribution).
    EXPECT_GE(r.mallocs * 10, row.go_mallocs_lo * 7);
    EXPECT_LE(r.mallocs * 10, row.go_mallocs_hi * 13 + 10);
  }
}

TEST_F(FillTest, GrowthTrace) {
  // §9.6 growth trace (map[int]int, no hint, non-escaping: stack hmap and
  // first bucket): B changes exactly at these inserts, and the first grow
  // allocates one 288-byte heap array.
  const uint64_t expect[] = {9,    14,   27,    53,    105,   209,    417,    833,    1665,
                             3329, 6657, 13313, 26625, 53249, 106497, 212993, 425985, 851969};
  alloc_.ResetStats();
  Hmap* h = MakeMap(rt_, ii_.get(), 0, kNoEscConst);
  std::vector<uint64_t> changes;
  uint8_t b = 0;
  for (uint64_t i = 1; i <= 1000000; i++) {
    SetI(h, static_cast<int64_t>(i * 7919), 1);
    if (h->log2_buckets != b) {
      b = h->log2_buckets;
      changes.push_back(i);
      if (b == 1) {
        EXPECT_EQ(Mallocs(), 1u);
        EXPECT_EQ(Bytes(), 288u);
      }
    }
  }
  EXPECT_EQ(changes, std::vector<uint64_t>(std::begin(expect), std::end(expect)));
  EXPECT_EQ(h->log2_buckets, 18);
  // Go: 38560 (run 1) / 38367 (run 2) mallocs, 87652216 / 87623544 bytes.
  EXPECT_NEAR(static_cast<double>(Mallocs()), 38460, 38460 * 0.1);
  EXPECT_NEAR(static_cast<double>(Bytes()), 87637880, 87637880 * 0.01);
  DestroyMap(ii_.get(), h);
  EXPECT_EQ(alloc_.Stats().heap_alloc, 0u);
}

TEST_F(FillTest, ClearKeepsArrayAndAllocatesNothing) {
  // behaviors/mapclear: map[int]int with 1000 keys: after the clear idiom
  // count=0, B=8, same bucket array, noverflow=0, new hash0, 0 allocations.
  Hmap* h = MakeMap(rt_, ii_.get(), 0, kEscConst);
  for (int64_t i = 0; i < 1000; i++) SetI(h, i, i);
  Bmap* array = h->buckets;
  uint32_t seed = h->hash0;
  alloc_.ResetStats();
  MapClear(ii_.get(), h);
  EXPECT_EQ(Mallocs(), 0u);
  EXPECT_EQ(h->count, 0);
  EXPECT_EQ(h->log2_buckets, 8);
  EXPECT_EQ(h->buckets, array);
  EXPECT_EQ(h->noverflow, 0);
  EXPECT_NE(h->hash0, seed);
  EXPECT_EQ(CheckMap(ii_.get(), h), "");
  // Deleting every key one by one also keeps B: maps never shrink.
  for (int64_t i = 0; i < 1000; i++) SetI(h, i, i);
  for (int64_t i = 0; i < 1000; i++) MapDeleteFast64(ii_.get(), h, static_cast<uint64_t>(i));
  EXPECT_EQ(h->count, 0);
  EXPECT_EQ(h->log2_buckets, 8);
  DestroyMap(ii_.get(), h);
}

}  // namespace
}  // namespace goescape::runtime::hashmap::testing
