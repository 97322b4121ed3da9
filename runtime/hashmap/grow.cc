// grow.cc: growing the table — hashGrow, growWork, evacuate and
// advanceEvacuationMark (runtime/map.go). All cold paths, kept out of line.
//
// A grow allocates the new array and moves nothing. Every later assign or
// delete calls GrowWork for the bucket it is about to use: that evacuates
// the old bucket feeding it, then the lowest old bucket not yet known to be
// evacuated (h->nevacuate), so each write does at least one step of
// progress and the grow completes after at most 2^oldB writes. Evacuating
// an old bucket copies its live entries, in chain order, densely into the
// X (same index) or Y (index + 2^oldB) destination, chaining overflow
// buckets as needed, and marks every old slot evacuatedX/Y/Empty. When the
// last old bucket is done the old array and its overflow buckets become
// garbage (released now, or when the last live iterator ends).
#include <cassert>

#include "runtime/hashmap/map_internal.h"

namespace goescape::runtime::hashmap {
namespace {

// NumOldBuckets is the bucket count of the table being evacuated.
uint64_t NumOldBuckets(const Hmap* h) {
  uint8_t b = h->log2_buckets;
  if (!(h->flags & kSameSizeGrow)) b--;
  return BucketShift(b);
}

uint64_t OldBucketMask(const Hmap* h) { return NumOldBuckets(h) - 1; }

bool BucketEvacuated(const MapType* t, const Hmap* h, uint64_t bucket) {
  return Evacuated(BucketAt(t, h->oldbuckets, bucket));
}

// EvacDst is one evacuation destination (X or Y) and its cursor.
struct EvacDst {
  Bmap* b;     // Current destination bucket.
  uint64_t i;  // Next slot in b.
};

[[gnu::noinline]] void AdvanceEvacuationMark(const MapType* t, Hmap* h, uint64_t newbit) {
  h->nevacuate++;
  // Bound the scan so each write does O(1) work (1024 is overkill by at
  // least an order of magnitude, per Go's experiments).
  uint64_t stop = h->nevacuate + 1024;
  if (stop > newbit) stop = newbit;
  while (h->nevacuate != stop && BucketEvacuated(t, h, h->nevacuate)) h->nevacuate++;
  if (h->nevacuate == newbit) {
    // Growing is all done: the old array and its overflow buckets are garbage.
    MapAux* aux = Aux(h);
    uint8_t oldb = (h->flags & kSameSizeGrow) ? h->log2_buckets : h->log2_buckets - 1;
    if (h->oldbuckets != aux->stack_bucket) {
      Retire(h, h->oldbuckets, BucketArrayRequest(t, oldb));
    }
    for (Bmap* b : aux->ovf_old) Retire(h, b, ObjectRequest(t->bucketsize, t->bucket_has_pointers));
    aux->ovf_old.clear();
    h->oldbuckets = nullptr;
    if (h->extra != nullptr && h->extra->oldoverflow != nullptr) {
      GoSlice* s = h->extra->oldoverflow;
      if (s->ptr != nullptr)
        Retire(h, s->ptr, ObjectRequest(static_cast<uint64_t>(s->cap) * 8, true));
      Retire(h, s, ObjectRequest(sizeof(GoSlice), true));
      h->extra->oldoverflow = nullptr;
    }
    h->flags &= ~kSameSizeGrow;
  }
}

// CopySlot copies n bytes for a key or elem slot, with the common widths
// as fixed-size moves.
inline void CopySlot(uint8_t* dst, const uint8_t* src, uint32_t n) {
  switch (n) {
    case 4:
      std::memcpy(dst, src, 4);
      return;
    case 8:
      std::memcpy(dst, src, 8);
      return;
    case 16:
      std::memcpy(dst, src, 16);
      return;
    default:
      std::memcpy(dst, src, n);
  }
}

// HashStored hashes a stored key with the alg known at compile time (Go's
// evacuate_fast32/64/faststr specialise the same way).
template <MapAlg kAlg>
inline uint64_t HashStored(const MapType* t, const void* k, uint64_t seed) {
  if constexpr (kAlg == MapAlg::kFast32) {
    return MemHash32(Load32(k), seed);
  } else if constexpr (kAlg == MapAlg::kFast64) {
    return MemHash64(Load64(k), seed);
  } else if constexpr (kAlg == MapAlg::kFastStr) {
    return StrHash(LoadStr(k), seed);
  } else {
    return t->hasher(k, seed, nullptr);
  }
}

template <MapAlg kAlg>
[[gnu::noinline]] void EvacuateT(const MapType* t, Hmap* h, uint64_t oldbucket) {
  constexpr bool kGeneric = kAlg == MapAlg::kGeneric;
  assert(h->oldbuckets != nullptr && oldbucket < NumOldBuckets(h));
  Bmap* b = BucketAt(t, h->oldbuckets, oldbucket);
  uint64_t newbit = NumOldBuckets(h);
  if (!Evacuated(b)) {
    EvacDst xy[2];
    xy[0] = {BucketAt(t, h->buckets, oldbucket), 0};
    const bool same_size = h->flags & kSameSizeGrow;
    // Only compute Y when growing bigger.
    xy[1] =
        same_size ? EvacDst{nullptr, 0} : EvacDst{BucketAt(t, h->buckets, oldbucket + newbit), 0};
    const uint32_t keysize = t->keysize, elemsize = t->elemsize;
    for (; b != nullptr; b = Overflow(t, b)) {
      for (uint64_t i = 0; i < kBucketCnt; i++) {
        uint8_t top = b->tophash[i];
        if (IsEmpty(top)) {
          b->tophash[i] = kEvacuatedEmpty;
          continue;
        }
        if (top < kMinTopHash) Fatal(h, "bad map state");
        uint8_t* k = KeyAt(t, b, i);
        uint8_t* k2 = kGeneric && t->IndirectKey() ? Deref(k) : k;
        uint8_t use_y = 0;
        if (!same_size) {
          // Hash the key to decide whether it goes to X or Y.
          uint64_t hash = HashStored<kAlg>(t, k2, h->hash0);
          if (kGeneric && (h->flags & kIterator) && !KeyIsReflexive(t, k2)) {
            // k != k (NaN): the hash is random and not reproducible, but an
            // iterator started since this grow must agree with our choice,
            // so the tophash's low bit decides; the key gets a fresh random
            // tophash so NaNs spread out over later grows.
            use_y = top & 1;
            top = TopHash(hash);
          } else if (hash & newbit) {
            use_y = 1;
          }
        }
        static_assert(kEvacuatedX + 1 == kEvacuatedY && (kEvacuatedX ^ 1) == kEvacuatedY);
        b->tophash[i] = kEvacuatedX + use_y;
        EvacDst* dst = &xy[use_y];
        if (dst->i == kBucketCnt) {
          dst->b = NewOverflow(t, h, dst->b);
          dst->i = 0;
        }
        dst->b->tophash[dst->i] = top;
        // The key (or the key pointer), then the elem (or its pointer).
        if constexpr (kAlg == MapAlg::kFast32) {
          std::memcpy(KeyAt(t, dst->b, dst->i), k, 4);
        } else if constexpr (kAlg == MapAlg::kFast64) {
          std::memcpy(KeyAt(t, dst->b, dst->i), k, 8);
        } else if constexpr (kAlg == MapAlg::kFastStr) {
          std::memcpy(KeyAt(t, dst->b, dst->i), k, 16);
        } else {
          CopySlot(KeyAt(t, dst->b, dst->i), k, keysize);
        }
        CopySlot(ElemAt(t, dst->b, dst->i), ElemAt(t, b, i), elemsize);
        dst->i++;
      }
    }
    // Unlink the overflow buckets and clear keys/elems to help GC, unless an
    // iterator may still read the old bucket. The tophash bytes stay: they
    // hold the evacuation marks.
    if (!(h->flags & kOldIterator) && t->bucket_has_pointers) {
      uint8_t* p = reinterpret_cast<uint8_t*>(BucketAt(t, h->oldbuckets, oldbucket));
      std::memset(p + kDataOffset, 0, t->bucketsize - kDataOffset);
    }
  }
  if (oldbucket == h->nevacuate) AdvanceEvacuationMark(t, h, newbit);
}

// Evacuate moves old bucket `oldbucket` (and its chain) into the new table.
inline void Evacuate(const MapType* t, Hmap* h, uint64_t oldbucket) {
  switch (t->alg) {
    case MapAlg::kFast32:
      return EvacuateT<MapAlg::kFast32>(t, h, oldbucket);
    case MapAlg::kFast64:
      return EvacuateT<MapAlg::kFast64>(t, h, oldbucket);
    case MapAlg::kFastStr:
      return EvacuateT<MapAlg::kFastStr>(t, h, oldbucket);
    case MapAlg::kGeneric:
      break;
  }
  EvacuateT<MapAlg::kGeneric>(t, h, oldbucket);
}

}  // namespace

[[gnu::noinline]] void HashGrow(const MapType* t, Hmap* h) {
  // Past the load factor: get bigger. Otherwise there are too many overflow
  // buckets: keep the size and re-pack ("grow laterally").
  assert(h->oldbuckets == nullptr && "hashGrow while growing");
  uint8_t bigger = 1;
  if (!OverLoadFactor(h->count + 1, h->log2_buckets)) {
    bigger = 0;
    h->flags |= kSameSizeGrow;
  }
  Bmap* oldbuckets = h->buckets;
  Bmap* next_overflow;
  Bmap* newbuckets = MakeBucketArray(t, h, h->log2_buckets + bigger, nullptr, &next_overflow);

  uint8_t flags = h->flags & ~(kIterator | kOldIterator);
  if (h->flags & kIterator) flags |= kOldIterator;
  // Commit the grow.
  h->log2_buckets += bigger;
  h->flags = flags;
  h->oldbuckets = oldbuckets;
  h->buckets = newbuckets;
  h->nevacuate = 0;
  h->noverflow = 0;

  MapAux* aux = Aux(h);
  aux->ovf_old.swap(aux->ovf_cur);
  aux->ovf_cur.clear();
  if (h->extra != nullptr && h->extra->overflow != nullptr) {
    // Promote the current overflow buckets to the old generation.
    if (h->extra->oldoverflow != nullptr) Fatal(h, "oldoverflow is not nil");
    h->extra->oldoverflow = h->extra->overflow;
    h->extra->overflow = nullptr;
  }
  if (next_overflow != nullptr) {
    if (h->extra == nullptr)
      h->extra = static_cast<MapExtra*>(NewObject(h, sizeof(MapExtra), true));
    h->extra->next_overflow = next_overflow;
  }
  // The entries are copied incrementally by GrowWork and Evacuate.
}

void GrowWork(const MapType* t, Hmap* h, uint64_t bucket) {
  // Evacuate the old bucket corresponding to the bucket we're about to use.
  Evacuate(t, h, bucket & OldBucketMask(h));
  // Evacuate one more old bucket to make progress on growing.
  if (h->oldbuckets != nullptr) Evacuate(t, h, h->nevacuate);
}

}  // namespace goescape::runtime::hashmap
