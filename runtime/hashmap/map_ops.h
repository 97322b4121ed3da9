// map_ops.h: the access, assign and delete algorithms, written once as
// templates over a key policy (Ops) and instantiated for Go's four routine
// families: generic (mapaccess1/2, mapassign, mapdelete), fast32, fast64
// and faststr. The policies reproduce each family's observable details:
//
//   family   | key equality            | key update on assign   | delete clears
//   ---------+-------------------------+------------------------+---------------------
//   generic  | t->key_equal            | if needkeyupdate       | key if it has pointers
//            |                         | (indirect: the object) | (indirect: the slot)
//   fast32/64| integer compare; B == 0 | never                  | key only if it is a
//            | lookups skip hashing    |                        | pointer (fast64)
//   faststr  | length, then pointer    | the string pointer     | the string pointer only
//            | or bytes                |                        |
//
// The elem of a deleted slot is always zeroed (Go's memclr). Lookups scan
// slot by slot as Go does; assign and delete test the 8 tophash bytes of a
// bucket as one word (see FindSlot): they visit the same candidates in the
// same order and stop where Go's slot loops stop, so the results and the
// memory they leave are Go's. Internal.
#ifndef GOESCAPE_RUNTIME_HASHMAP_MAP_OPS_H_
#define GOESCAPE_RUNTIME_HASHMAP_MAP_OPS_H_

#include "runtime/hashmap/map_internal.h"

namespace goescape::runtime::hashmap {

// Fast32Ops is the policy of map_fast32.go.
struct Fast32Ops {
  static constexpr bool kSkipHashWhenOneBucket = true;
  static constexpr bool kMayPanic = false;
  static constexpr bool kGeneric = false;
  static uint64_t Hash(const MapType*, const void* key, uint64_t seed, MapPanic*) {
    return MemHash32(Load32(key), seed);
  }
  static bool Equal(const MapType*, const uint8_t* k, const void* key) {
    return Load32(k) == Load32(key);
  }
  static void Store(const MapType*, uint8_t* k, const void* key) { std::memcpy(k, key, 4); }
  static void Update(const MapType*, uint8_t*, const void*) {}
  static void ClearKey(const MapType*, Hmap*, uint8_t*) {}
};

// Fast64Ops is the policy of map_fast64.go.
struct Fast64Ops {
  static constexpr bool kSkipHashWhenOneBucket = true;
  static constexpr bool kMayPanic = false;
  static constexpr bool kGeneric = false;
  static uint64_t Hash(const MapType*, const void* key, uint64_t seed, MapPanic*) {
    return MemHash64(Load64(key), seed);
  }
  static bool Equal(const MapType*, const uint8_t* k, const void* key) {
    return Load64(k) == Load64(key);
  }
  static void Store(const MapType*, uint8_t* k, const void* key) { std::memcpy(k, key, 8); }
  static void Update(const MapType*, uint8_t*, const void*) {}
  static void ClearKey(const MapType* t, Hmap*, uint8_t* k) {
    if (t->key.has_pointers) std::memset(k, 0, 8);
  }
};

// FastStrOps is the policy of map_faststr.go.
struct FastStrOps {
  static constexpr bool kSkipHashWhenOneBucket = false;
  static constexpr bool kMayPanic = false;
  static constexpr bool kGeneric = false;
  static uint64_t Hash(const MapType*, const void* key, uint64_t seed, MapPanic*) {
    return StrHash(LoadStr(key), seed);
  }
  static bool Equal(const MapType*, const uint8_t* k, const void* key) {
    GoString a = LoadStr(k), b = LoadStr(key);
    return a.len == b.len && (a.ptr == b.ptr || std::memcmp(a.ptr, b.ptr, b.len) == 0);
  }
  static void Store(const MapType*, uint8_t* k, const void* key) { std::memcpy(k, key, 16); }
  static void Update(const MapType*, uint8_t* k, const void* key) {
    std::memcpy(k, key, 8);  // k.str = key.str: only the pointer word.
  }
  static void ClearKey(const MapType*, Hmap*, uint8_t* k) { std::memset(k, 0, 8); }
};

// GenericOps is the policy of map.go's generic routines.
struct GenericOps {
  static constexpr bool kSkipHashWhenOneBucket = false;
  static constexpr bool kMayPanic = true;
  static constexpr bool kGeneric = true;
  static uint64_t Hash(const MapType* t, const void* key, uint64_t seed, MapPanic* p) {
    return t->hasher(key, seed, p);
  }
  // k is the key itself (already dereferenced if indirect).
  static bool Equal(const MapType* t, const uint8_t* k, const void* key) {
    return t->key_equal(key, k);
  }
  static void Store(const MapType* t, uint8_t* k, const void* key) {
    std::memcpy(k, key, t->key.size);
  }
  static void Update(const MapType* t, uint8_t* k, const void* key) {
    if (t->NeedKeyUpdate()) std::memcpy(k, key, t->key.size);
  }
  // slot is the key slot (not dereferenced).
  static void ClearKey(const MapType* t, Hmap* h, uint8_t* slot) {
    if (t->IndirectKey()) {
      Retire(h, Deref(slot), ObjectRequest(t->key.size, t->key.has_pointers));
      std::memset(slot, 0, 8);
    } else if (t->key.has_pointers) {
      std::memset(slot, 0, t->key.size);
    }
  }
};

// SlotKey returns the key stored in slot i (following an indirect key).
template <class Ops>
inline uint8_t* SlotKey(const MapType* t, const Bmap* b, uint64_t i) {
  uint8_t* k = KeyAt(t, b, i);
  if constexpr (Ops::kGeneric) {
    if (t->IndirectKey()) k = Deref(k);
  }
  return k;
}

// The scans below test all 8 tophash bytes of a bucket at once (SWAR on
// one 64-bit word) instead of slot by slot. This changes no result: the
// candidates are visited in slot order and the scan stops at the first
// emptyRest exactly where Go's slot loop would, because no live entry can
// follow an emptyRest in a chain.
inline constexpr uint64_t kLsb = 0x0101010101010101ULL;
inline constexpr uint64_t kMsb = 0x8080808080808080ULL;
// ZeroBytes sets bit 7 of every byte of x that is zero (exact, no borrow).
inline uint64_t ZeroBytes(uint64_t x) {
  constexpr uint64_t kLow7 = 0x7f7f7f7f7f7f7f7fULL;
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}
inline uint64_t TopHashWord(const Bmap* b) { return Load64(b->tophash); }
// MatchBytes marks the slots whose tophash is top.
inline uint64_t MatchBytes(uint64_t w, uint8_t top) { return ZeroBytes(w ^ (kLsb * top)); }
// EmptyBytes marks empty slots (emptyRest or emptyOne).
inline uint64_t EmptyBytes(uint64_t w) { return ZeroBytes(w & ~kLsb); }
// BeforeFirst keeps the marks below the first mark of `stop` (all if none).
inline uint64_t BeforeFirst(uint64_t marks, uint64_t stop) {
  return stop == 0 ? marks : marks & ((stop & (0 - stop)) - 1);
}
// SlotOf converts the lowest mark to a slot index.
inline uint64_t SlotOf(uint64_t marks) {
  return static_cast<uint64_t>(__builtin_ctzll(marks)) >> 3;
}

// FindSlot searches the chain starting at b for key with tophash top.
// Returns the bucket holding it (and *slot), or null.
template <class Ops>
inline Bmap* FindSlot(const MapType* t, Bmap* b, const void* key, uint8_t top, uint64_t* slot) {
  for (; b != nullptr; b = Overflow(t, b)) {
    uint64_t w = TopHashWord(b);
    uint64_t rest = ZeroBytes(w);
    for (uint64_t m = BeforeFirst(MatchBytes(w, top), rest); m != 0; m &= m - 1) {
      uint64_t i = SlotOf(m);
      assert(b->tophash[i] == top);
      if (Ops::Equal(t, SlotKey<Ops>(t, b, i), key)) {
        *slot = i;
        return b;
      }
    }
    if (rest != 0) return nullptr;
  }
  return nullptr;
}

// HashOrPanic hashes a key the caller supplied; false if the hasher panicked.
template <class Ops>
inline bool HashOrPanic(const MapType* t, const Hmap* h, const void* key, uint64_t seed,
                        MapPanic* out, uint64_t* hash) {
  if constexpr (Ops::kMayPanic) {
    if (GOESCAPE_UNLIKELY(t->HashMightPanic())) {
      MapPanic p;
      *hash = Ops::Hash(t, key, seed, &p);
      if (p.kind != PanicKind::kNone) {
        ReportPanic(h, out, p);
        return false;
      }
      return true;
    }
  }
  *hash = Ops::Hash(t, key, seed, nullptr);
  return true;
}

// AccessImpl is mapaccess1/mapaccess2: the elem for key, or null for a miss.
// *panicked is set if hashing panicked.
template <class Ops>
inline void* AccessImpl(const MapType* t, Hmap* h, const void* key, MapPanic* out, bool* panicked) {
  if (h == nullptr || h->count == 0) {
    if constexpr (Ops::kMayPanic) {
      if (t->HashMightPanic()) {
        uint64_t ignored;
        if (!HashOrPanic<Ops>(t, h, key, 0, out, &ignored)) *panicked = true;
      }
    }
    return nullptr;
  }
  if (GOESCAPE_UNLIKELY(h->flags & kHashWriting)) Fatal(h, "concurrent map read and map write");
  Bmap* b;
  uint8_t top = 0;
  if (Ops::kSkipHashWhenOneBucket && h->log2_buckets == 0) {
    // One bucket: no hashing, compare every live slot (map_fast64.go).
    for (b = h->buckets; b != nullptr; b = Overflow(t, b)) {
      for (uint64_t i = 0; i < kBucketCnt; i++) {
        if (Ops::Equal(t, KeyAt(t, b, i), key) && !IsEmpty(b->tophash[i])) {
          return ElemAt(t, b, i);
        }
      }
    }
    return nullptr;
  } else {
    uint64_t hash;
    if (!HashOrPanic<Ops>(t, h, key, h->hash0, out, &hash)) {
      *panicked = true;
      return nullptr;
    }
    uint64_t m = BucketMask(h->log2_buckets);
    b = BucketAt(t, h->buckets, hash & m);
    if (Bmap* c = h->oldbuckets; GOESCAPE_UNLIKELY(c != nullptr)) {
      if (!(h->flags & kSameSizeGrow)) m >>= 1;  // There used to be half as many buckets.
      Bmap* oldb = BucketAt(t, c, hash & m);
      if (!Evacuated(oldb)) b = oldb;
    }
    top = TopHash(hash);
  }
  // Lookups scan slot by slot with the tophash filter (for every family:
  // fast32/64 compare keys first in Go, with the same results): independent
  // per-slot branches let the CPU run ahead, which beats the serial word
  // scan for hits.
  uint64_t i = 0;
  for (; b != nullptr; b = Overflow(t, b)) {
    for (i = 0; i < kBucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == kEmptyRest) return nullptr;
        continue;
      }
      if (Ops::Equal(t, SlotKey<Ops>(t, b, i), key)) goto found;
    }
  }
  return nullptr;
found:
  uint8_t* e = ElemAt(t, b, i);
  if constexpr (Ops::kGeneric) {
    if (t->IndirectElem()) e = Deref(e);
  }
  return e;
}

// AssignImpl is mapassign: the elem slot for key, inserting it if absent.
template <class Ops>
inline void* AssignImpl(const MapType* t, Hmap* h, const void* key, MapPanic* out) {
  if (GOESCAPE_UNLIKELY(h == nullptr)) {
    MapPanic p;
    p.kind = PanicKind::kAssignToNilMap;
    ReportPanic(h, out, p);
    return nullptr;
  }
  if (GOESCAPE_UNLIKELY(h->flags & kHashWriting)) Fatal(h, "concurrent map writes");
  uint64_t hash;
  if (!HashOrPanic<Ops>(t, h, key, h->hash0, out, &hash)) return nullptr;
  Yield(h, YieldPoint::kBeforeWrite);
  // Set hashWriting after hashing: the hasher may panic, and then no write
  // happened.
  h->flags ^= kHashWriting;
  if (GOESCAPE_UNLIKELY(h->buckets == nullptr))
    h->buckets = MakeBucketArray(t, h, 0, nullptr, nullptr);

  const uint8_t top = TopHash(hash);
  Bmap* insertb;
  uint64_t inserti;
  uint8_t* e;
again : {
  uint64_t bucket = hash & BucketMask(h->log2_buckets);
  if (GOESCAPE_UNLIKELY(h->oldbuckets != nullptr)) GrowWork(t, h, bucket);
  Bmap* b = BucketAt(t, h->buckets, bucket);
  insertb = nullptr;
  inserti = 0;
  for (;;) {
    // Remember the first empty slot (the insertion point if the key is
    // absent); look for the key among the tophash matches; stop at the
    // first emptyRest.
    uint64_t w = TopHashWord(b);
    uint64_t rest = ZeroBytes(w);
    if (insertb == nullptr) {
      if (uint64_t empty = EmptyBytes(w)) {
        insertb = b;
        inserti = SlotOf(empty);
      }
    }
    for (uint64_t m = BeforeFirst(MatchBytes(w, top), rest); m != 0; m &= m - 1) {
      uint64_t i = SlotOf(m);
      assert(b->tophash[i] == top);
      uint8_t* k = SlotKey<Ops>(t, b, i);
      if (!Ops::Equal(t, k, key)) continue;
      // Already have a mapping for key: update it.
      Ops::Update(t, k, key);
      insertb = b;
      inserti = i;
      e = ElemAt(t, b, i);
      goto done;
    }
    if (rest != 0) break;
    Bmap* ovf = Overflow(t, b);
    if (ovf == nullptr) break;
    b = ovf;
  }
  // Did not find the key: allocate a new cell. If we hit the max load
  // factor or have too many overflow buckets, and we are not already in
  // the middle of growing, start growing and retry.
  if (h->oldbuckets == nullptr && (OverLoadFactor(h->count + 1, h->log2_buckets) ||
                                   TooManyOverflowBuckets(h->noverflow, h->log2_buckets))) {
    HashGrow(t, h);
    goto again;  // Growing the table invalidates everything, so try again.
  }
  if (insertb == nullptr) {
    // The current bucket and all its overflow buckets are full.
    while (Bmap* ovf = Overflow(t, b)) b = ovf;
    insertb = NewOverflow(t, h, b);
    inserti = 0;
  }
  assert(inserti < kBucketCnt && IsEmpty(insertb->tophash[inserti]));
  uint8_t* k = KeyAt(t, insertb, inserti);
  e = ElemAt(t, insertb, inserti);
  if constexpr (Ops::kGeneric) {
    if (t->IndirectKey()) {
      void* kmem = NewObject(h, t->key.size, t->key.has_pointers);
      std::memcpy(k, &kmem, 8);
      k = static_cast<uint8_t*>(kmem);
    }
    if (t->IndirectElem()) {
      void* vmem = NewObject(h, t->elem.size, t->elem.has_pointers);
      std::memcpy(e, &vmem, 8);
    }
  }
  Ops::Store(t, k, key);
  insertb->tophash[inserti] = top;
  h->count++;
}
done:
  Yield(h, YieldPoint::kWriting);
  if (GOESCAPE_UNLIKELY(!(h->flags & kHashWriting))) Fatal(h, "concurrent map writes");
  h->flags &= ~kHashWriting;
  if constexpr (Ops::kGeneric) {
    if (t->IndirectElem()) e = Deref(e);
  }
  AfterOp(t, h);
  return e;
}

// DeleteImpl is mapdelete. Returns false if hashing panicked.
template <class Ops>
inline bool DeleteImpl(const MapType* t, Hmap* h, const void* key, MapPanic* out) {
  if (h == nullptr || h->count == 0) {
    if constexpr (Ops::kMayPanic) {
      if (t->HashMightPanic()) {
        uint64_t ignored;
        return HashOrPanic<Ops>(t, h, key, 0, out, &ignored);
      }
    }
    return true;
  }
  if (GOESCAPE_UNLIKELY(h->flags & kHashWriting)) Fatal(h, "concurrent map writes");
  uint64_t hash;
  if (!HashOrPanic<Ops>(t, h, key, h->hash0, out, &hash)) return false;
  Yield(h, YieldPoint::kBeforeWrite);
  h->flags ^= kHashWriting;

  uint64_t bucket = hash & BucketMask(h->log2_buckets);
  if (GOESCAPE_UNLIKELY(h->oldbuckets != nullptr)) GrowWork(t, h, bucket);
  Bmap* b = BucketAt(t, h->buckets, bucket);
  Bmap* const orig = b;
  const uint8_t top = TopHash(hash);
  uint64_t i;
  b = FindSlot<Ops>(t, b, key, top, &i);
  if (b != nullptr) {
    Ops::ClearKey(t, h, KeyAt(t, b, i));
    uint8_t* e = ElemAt(t, b, i);
    if (Ops::kGeneric && t->IndirectElem()) {
      Retire(h, Deref(e), ObjectRequest(t->elem.size, t->elem.has_pointers));
      std::memset(e, 0, 8);
    } else {
      std::memset(e, 0, t->elem.size);
    }
    b->tophash[i] = kEmptyOne;
    // If the bucket now ends in a run of emptyOne slots, turn them into
    // emptyRest, walking backwards across the chain.
    if (i == kBucketCnt - 1) {
      Bmap* ovf = Overflow(t, b);
      if (ovf != nullptr && ovf->tophash[0] != kEmptyRest) goto not_last;
    } else if (b->tophash[i + 1] != kEmptyRest) {
      goto not_last;
    }
    for (;;) {
      b->tophash[i] = kEmptyRest;
      if (i == 0) {
        if (b == orig) break;  // Beginning of the initial bucket: done.
        // Find the previous bucket and continue at its last slot.
        Bmap* c = b;
        for (b = orig; Overflow(t, b) != c; b = Overflow(t, b)) {
        }
        i = kBucketCnt - 1;
      } else {
        i--;
      }
      if (b->tophash[i] != kEmptyOne) break;
    }
  not_last:
    h->count--;
    // Reset the hash seed to make it more difficult for attackers to
    // repeatedly trigger hash collisions (Go issue 25237).
    if (h->count == 0) h->hash0 = FastRand();
  }
  Yield(h, YieldPoint::kWriting);
  if (GOESCAPE_UNLIKELY(!(h->flags & kHashWriting))) Fatal(h, "concurrent map writes");
  h->flags &= ~kHashWriting;
  AfterOp(t, h);
  return true;
}

}  // namespace goescape::runtime::hashmap

#endif  // GOESCAPE_RUNTIME_HASHMAP_MAP_OPS_H_
