// hmap.h: the map's data structures, laid out in memory exactly as Go 1.19
// lays them out on amd64 (runtime/map.go): the 48-byte header Hmap, the
// 24-byte MapExtra, buckets of 8 slots, and the tophash markers. Also the
// small inline helpers every part of the map uses to address bucket memory.
//
// The format of Hmap is what compiled Go code reads directly (len(m) loads
// the first word), so its offsets are checked with static_asserts below.
#ifndef GOESCAPE_RUNTIME_HASHMAP_HMAP_H_
#define GOESCAPE_RUNTIME_HASHMAP_HMAP_H_

#include <cstddef>
#include <cstdint>

#include "runtime/hashmap/map_type.h"

namespace goescape::runtime::hashmap {

// kBucketCntBits: log2 of the slots per bucket.
inline constexpr int kBucketCntBits = 3;
// kBucketCnt: slots per bucket.
inline constexpr int kBucketCnt = 1 << kBucketCntBits;
// kLoadFactorNum / kLoadFactorDen: maximum average load of a bucket that
// triggers growth is 6.5 (13/2).
inline constexpr uint64_t kLoadFactorNum = 13;
inline constexpr uint64_t kLoadFactorDen = 2;
// kDataOffset: offset of the first key in a bucket (after tophash[8]).
inline constexpr uint64_t kDataOffset = 8;

// Tophash values. Each bucket slot has a tophash byte: the top 8 bits of the
// key's hash, or one of these markers (live entries are >= kMinTopHash).
inline constexpr uint8_t kEmptyRest = 0;  // Empty, and so is every later slot and overflow bucket.
inline constexpr uint8_t kEmptyOne = 1;   // Empty (deleted); later slots may be in use.
inline constexpr uint8_t kEvacuatedX =
    2;  // Old bucket: entry moved to the first half of the new table.
inline constexpr uint8_t kEvacuatedY = 3;      // Old bucket: entry moved to the second half.
inline constexpr uint8_t kEvacuatedEmpty = 4;  // Old bucket: slot empty, bucket evacuated.
inline constexpr uint8_t kMinTopHash = 5;      // Smallest tophash of a live entry.

// Hmap flag bits (Hmap::flags).
inline constexpr uint8_t kIterator = 1;      // There may be an iterator using buckets.
inline constexpr uint8_t kOldIterator = 2;   // There may be an iterator using oldbuckets.
inline constexpr uint8_t kHashWriting = 4;   // A goroutine is writing to the map.
inline constexpr uint8_t kSameSizeGrow = 8;  // The current grow keeps the same size.

// GoSlice is a Go slice header {ptr, len, cap}; here always []*bmap.
struct GoSlice {
  void** ptr;
  int64_t len;
  int64_t cap;
};

// Bmap is a bucket; only its tophash array has a fixed type, the rest is
// addressed with the MapType's slot widths (KeyAt, ElemAt, Overflow).
struct Bmap {
  uint8_t tophash[kBucketCnt];
};

// MapExtra holds fields not present on every map (runtime.mapextra).
struct MapExtra {
  // overflow lists every overflow bucket of `buckets`, and oldoverflow
  // those of `oldbuckets`; maintained only when the bucket type has no
  // pointers (Go needs them to keep such buckets alive for its GC).
  GoSlice* overflow;
  GoSlice* oldoverflow;
  Bmap* next_overflow;  // Next free preallocated overflow bucket, or null.
};
static_assert(sizeof(MapExtra) == 24, "mapextra is 24 bytes");

// Hmap is the map header (runtime.hmap). A Go map value is an Hmap*.
struct Hmap {
  int64_t count;         // Live entries; len(m). Must be first.
  uint8_t flags;         // kIterator | kOldIterator | kHashWriting | kSameSizeGrow.
  uint8_t log2_buckets;  // Go's B: the table has 2^B buckets.
  uint16_t noverflow;    // Overflow buckets (exact below B=16, estimated above).
  uint32_t hash0;        // Hash seed.
  Bmap* buckets;         // 2^B buckets (plus preallocated overflow); may be null if count==0.
  Bmap* oldbuckets;      // Previous table while growing, else null.
  uint64_t nevacuate;    // Old buckets below this index are evacuated.
  MapExtra* extra;       // Optional fields.
};
static_assert(sizeof(Hmap) == 48, "hmap is 48 bytes");
static_assert(offsetof(Hmap, count) == 0 && offsetof(Hmap, flags) == 8 &&
                  offsetof(Hmap, log2_buckets) == 9 && offsetof(Hmap, noverflow) == 10 &&
                  offsetof(Hmap, hash0) == 12 && offsetof(Hmap, buckets) == 16 &&
                  offsetof(Hmap, oldbuckets) == 24 && offsetof(Hmap, nevacuate) == 32 &&
                  offsetof(Hmap, extra) == 40,
              "hmap field offsets as in Go 1.19");

// BucketShift returns 2^b.
inline uint64_t BucketShift(uint8_t b) { return uint64_t{1} << (b & 63); }
// BucketMask returns 2^b - 1.
inline uint64_t BucketMask(uint8_t b) { return BucketShift(b) - 1; }

// TopHash computes the tophash of a hash.
inline uint8_t TopHash(uint64_t hash) {
  uint8_t top = static_cast<uint8_t>(hash >> 56);
  if (top < kMinTopHash) top += kMinTopHash;
  return top;
}
// IsEmpty reports whether a tophash marks an empty slot.
inline bool IsEmpty(uint8_t x) { return x <= kEmptyOne; }
// Evacuated reports whether a whole old bucket has been evacuated.
inline bool Evacuated(const Bmap* b) {
  uint8_t h = b->tophash[0];
  return h > kEmptyOne && h < kMinTopHash;
}

// BucketAt returns bucket i of a bucket array.
inline Bmap* BucketAt(const MapType* t, const Bmap* base, uint64_t i) {
  return reinterpret_cast<Bmap*>(const_cast<uint8_t*>(reinterpret_cast<const uint8_t*>(base)) +
                                 i * t->bucketsize);
}
// KeyAt returns the address of key slot i (the slot itself, not the target
// of an indirect key).
inline uint8_t* KeyAt(const MapType* t, const Bmap* b, uint64_t i) {
  return const_cast<uint8_t*>(reinterpret_cast<const uint8_t*>(b)) + kDataOffset + i * t->keysize;
}
// ElemAt returns the address of elem slot i.
inline uint8_t* ElemAt(const MapType* t, const Bmap* b, uint64_t i) {
  return const_cast<uint8_t*>(reinterpret_cast<const uint8_t*>(b)) + kDataOffset +
         kBucketCnt * uint64_t{t->keysize} + i * t->elemsize;
}
// Overflow returns the next bucket of b's chain.
inline Bmap* Overflow(const MapType* t, const Bmap* b) {
  Bmap* ovf;
  __builtin_memcpy(&ovf, reinterpret_cast<const uint8_t*>(b) + t->bucketsize - 8, 8);
  return ovf;
}
// SetOverflow links ovf after b.
inline void SetOverflow(const MapType* t, Bmap* b, Bmap* ovf) {
  __builtin_memcpy(reinterpret_cast<uint8_t*>(b) + t->bucketsize - 8, &ovf, 8);
}
// Deref follows an indirect slot.
inline uint8_t* Deref(const uint8_t* slot) {
  uint8_t* p;
  __builtin_memcpy(&p, slot, 8);
  return p;
}

// OverLoadFactor reports whether count entries in 2^B buckets is over the
// load factor.
inline bool OverLoadFactor(int64_t count, uint8_t b) {
  return count > kBucketCnt &&
         static_cast<uint64_t>(count) > kLoadFactorNum * (BucketShift(b) / kLoadFactorDen);
}
// TooManyOverflowBuckets reports whether noverflow is about as large as the
// number of buckets (with B capped at 15, matching noverflow's width).
inline bool TooManyOverflowBuckets(uint16_t noverflow, uint8_t b) {
  if (b > 15) b = 15;
  return noverflow >= static_cast<uint16_t>(BucketShift(b));
}

}  // namespace goescape::runtime::hashmap

#endif  // GOESCAPE_RUNTIME_HASHMAP_HMAP_H_
