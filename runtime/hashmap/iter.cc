// iter.cc: map iteration, mapiterinit and mapiternext (runtime/map.go).
// The rules it implements are numbered in hashmap.h ("Iteration ...");
// comments below cite them as [R1]..[R7].
//
// The iterator walks its snapshot (it->buckets, it->log2_buckets) from a
// random bucket, each bucket then its overflow chain, each bucket from the
// same random slot. If the map grows during the walk, the snapshot is the
// old table: entries already evacuated are looked up in the live table to
// get their current key and value, or skipped if deleted.
#include <cassert>

#include "runtime/hashmap/map_internal.h"

namespace goescape::runtime::hashmap {

void MapIterInit(const MapType* t, Hmap* h, MapIter* it) {
  *it = MapIter{};
  it->t = t;
  if (h == nullptr || h->count == 0) return;
  it->h = h;
  // Snapshot the bucket state.
  it->log2_buckets = h->log2_buckets;
  it->buckets = h->buckets;
  if (!t->bucket_has_pointers) {
    // Go allocates the overflow list here and pins both generations so its
    // GC keeps overflow buckets alive during the walk; we do the same
    // allocations (they are observable in MemStats) and pin memory through
    // the live-iterator count instead.
    if (h->extra == nullptr)
      h->extra = static_cast<MapExtra*>(NewObject(h, sizeof(MapExtra), true));
    if (h->extra->overflow == nullptr) {
      h->extra->overflow = static_cast<GoSlice*>(NewObject(h, sizeof(GoSlice), true));
    }
    it->overflow = h->extra->overflow;
    it->oldoverflow = h->extra->oldoverflow;
  }
  // [R1] Decide where to start.
  uint64_t r = h->log2_buckets > 31 - kBucketCntBits ? FastRand64() : FastRand();
  it->start_bucket = r & BucketMask(h->log2_buckets);
  it->offset = static_cast<uint8_t>((r >> h->log2_buckets) & (kBucketCnt - 1));
  it->bucket = it->start_bucket;
  // Remember there may be an iterator.
  h->flags |= kIterator | kOldIterator;
  Aux(h)->live_iters++;
  it->registered = true;
  MapIterNext(it);
}

void MapIterEnd(MapIter* it) {
  if (!it->registered) return;
  it->registered = false;
  MapAux* aux = Aux(it->h);
  if (--aux->live_iters == 0 && !aux->graveyard.empty()) FlushGraveyard(it->h);
}

void MapIterNext(MapIter* it) {
  Hmap* h = it->h;
  if (h == nullptr) return;  // Nil or empty map: nothing to return.
  if (GOESCAPE_UNLIKELY(h->flags & kHashWriting)) {
    Fatal(h, "concurrent map iteration and map write");  // [R7]
  }
  const MapType* t = it->t;
  Bmap* b = it->bptr;
  assert(it->i <= kBucketCnt && it->registered);
  if (GOESCAPE_LIKELY(b != nullptr && it->check_bucket == kNoCheck &&
                      !(t->flags & (kIndirectKey | kIndirectElem)))) {
    // Fast path: the rest of the current bucket holds golden data (live
    // tophash) or empty slots; anything else takes the general loop below.
    uint64_t i = it->i;
    for (; i < kBucketCnt; i++) {
      uint64_t offi = (i + it->offset) & (kBucketCnt - 1);
      uint8_t top = b->tophash[offi];
      if (top >= kMinTopHash) {
        it->key = KeyAt(t, b, offi);
        it->elem = ElemAt(t, b, offi);
        it->i = static_cast<uint8_t>(i + 1);
        return;
      }
      if (top == kEvacuatedX || top == kEvacuatedY) break;
    }
    it->i = static_cast<uint8_t>(i);
  }
  uint64_t bucket = it->bucket;
  uint64_t i = it->i;
  uint64_t check_bucket = it->check_bucket;

  for (;;) {
    if (b == nullptr) {
      if (bucket == it->start_bucket && it->wrapped) {
        // End of iteration.
        it->key = nullptr;
        it->elem = nullptr;
        MapIterEnd(it);
        return;
      }
      if (h->oldbuckets != nullptr && it->log2_buckets == h->log2_buckets) {
        // [R6] Started mid-grow and the grow is not done. If the old bucket
        // feeding this bucket is not evacuated yet, walk it instead and
        // return only the entries that will move to this bucket.
        uint64_t oldbucket =
            bucket & ((h->flags & kSameSizeGrow) ? BucketMask(h->log2_buckets)
                                                 : BucketMask(h->log2_buckets - 1));
        b = BucketAt(t, h->oldbuckets, oldbucket);
        if (!Evacuated(b)) {
          check_bucket = bucket;
        } else {
          b = BucketAt(t, it->buckets, bucket);
          check_bucket = kNoCheck;
        }
      } else {
        b = BucketAt(t, it->buckets, bucket);
        check_bucket = kNoCheck;
      }
      bucket++;
      if (bucket == BucketShift(it->log2_buckets)) {
        bucket = 0;
        it->wrapped = true;
      }
      i = 0;
    }
    for (; i < kBucketCnt; i++) {
      uint64_t offi = (i + it->offset) & (kBucketCnt - 1);
      uint8_t top = b->tophash[offi];
      if (IsEmpty(top) || top == kEvacuatedEmpty) continue;
      uint8_t* k = KeyAt(t, b, offi);
      if (t->IndirectKey()) k = Deref(k);
      uint8_t* e = ElemAt(t, b, offi);
      if (check_bucket != kNoCheck && !(h->flags & kSameSizeGrow)) {
        // [R6] Walking an old bucket during a doubling grow: skip entries
        // bound for the other half.
        if (KeyIsReflexive(t, k)) {
          uint64_t hash = HashKey(t, k, h->hash0);
          if ((hash & BucketMask(it->log2_buckets)) != check_bucket) continue;
        } else if ((check_bucket >> (it->log2_buckets - 1)) != uint64_t{top & 1u}) {
          // k != k: the tophash's low bit decides, as in Evacuate.
          continue;
        }
      }
      if ((top != kEvacuatedX && top != kEvacuatedY) || !KeyIsReflexive(t, k)) {
        // [R2] The golden data (or k != k, which can be neither deleted nor
        // updated, so it can be returned as is).
        it->key = k;
        if (t->IndirectElem()) e = Deref(e);
        it->elem = e;
      } else {
        // [R3][R5] The table grew since the iterator started; the current
        // data for this key is elsewhere. Re-grab the key too: it may have
        // been updated to an equal but not identical key (+0.0 vs -0.0).
        const void* rk;
        void* re;
        if (!MapAccessK(t, h, k, &rk, &re)) continue;  // Deleted meanwhile.
        it->key = rk;
        it->elem = re;
      }
      it->bucket = bucket;
      it->bptr = b;
      it->i = static_cast<uint8_t>(i + 1);
      it->check_bucket = check_bucket;
      return;
    }
    b = Overflow(t, b);
    i = 0;
  }
}

}  // namespace goescape::runtime::hashmap
