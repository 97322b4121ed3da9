// map_internal.h: internals shared by the map's .cc files (not part of the
// API): the C++-side bookkeeping each map carries after its 48-byte header,
// allocation helpers, growth entry points, fault reporting, and the
// per-alg key hashing used by evacuation and iteration.
//
// Bookkeeping (MapAux) lives in the same allocation as the Hmap, right
// after Go's 48 bytes, as AllocRequest::private_bytes: it is not counted
// in the allocation statistics, like Go's span metadata. It records where
// the hmap and a stack first bucket live, which overflow buckets were
// allocated one by one (so they can be released: Go's GC finds them by
// itself), how many iterators are live, and the "graveyard" of objects
// that became garbage while an iterator could still read them.
#ifndef GOESCAPE_RUNTIME_HASHMAP_MAP_INTERNAL_H_
#define GOESCAPE_RUNTIME_HASHMAP_MAP_INTERNAL_H_

#include <cassert>
#include <cstring>
#include <vector>

#include "runtime/alloc/allocator.h"
#include "runtime/hashmap/hashmap.h"
#include "runtime/hashmap/invariants.h"

#define GOESCAPE_LIKELY(x) __builtin_expect(!!(x), 1)
#define GOESCAPE_UNLIKELY(x) __builtin_expect(!!(x), 0)

namespace goescape::runtime::hashmap {

// Retired is an object that became garbage, with the request it came from.
struct Retired {
  void* p;
  alloc::AllocRequest req;
};

// MapAux is the C++-side bookkeeping of one map (see the file comment).
struct MapAux {
  MapRuntime* rt = nullptr;
  alloc::Placement hmap_placement = alloc::Placement::kHeap;
  Bmap* stack_bucket = nullptr;  // The frame's first bucket, if any.
  uint32_t live_iters = 0;       // Iterators between MapIterInit and MapIterEnd.
  std::vector<Bmap*> ovf_cur;    // One-by-one overflow buckets of `buckets`.
  std::vector<Bmap*> ovf_old;    // ... of `oldbuckets`.
  std::vector<Retired> graveyard;
};

// Aux returns the bookkeeping that follows h in memory.
inline MapAux* Aux(const Hmap* h) {
  return reinterpret_cast<MapAux*>(const_cast<char*>(reinterpret_cast<const char*>(h)) +
                                   sizeof(Hmap));
}

// NumBuckets returns the buckets makeBucketArray allocates for B:
// 2^B, plus 2^(B-4) preallocated overflow buckets for B >= 4, plus however
// many more fit in the size-class (or page) rounding.
uint64_t NumBuckets(const MapType* t, uint8_t b);
// BucketArrayRequest is the allocation of a bucket array for B.
alloc::AllocRequest BucketArrayRequest(const MapType* t, uint8_t b);
// ObjectRequest is newobject(T) for a type of `size` bytes.
inline alloc::AllocRequest ObjectRequest(uint64_t size, bool has_pointers) {
  return alloc::AllocRequest{size, has_pointers, true, alloc::Placement::kHeap, 0};
}

// MakeBucketArray allocates (or, with dirty, re-zeroes) the bucket array for
// B and returns it; *next_overflow gets the first preallocated overflow
// bucket or null.
Bmap* MakeBucketArray(const MapType* t, Hmap* h, uint8_t b, Bmap* dirty, Bmap** next_overflow);
// NewOverflow chains a fresh overflow bucket after b (newoverflow).
Bmap* NewOverflow(const MapType* t, Hmap* h, Bmap* b);
// NewObject allocates a heap object (indirect keys and elems).
void* NewObject(Hmap* h, uint64_t size, bool has_pointers);
// Retire drops an object: released now, or when the last iterator ends.
void Retire(Hmap* h, void* p, const alloc::AllocRequest& req);
// FlushGraveyard releases every retired object (no iterator is live).
void FlushGraveyard(Hmap* h);

// HashGrow starts a grow (doubling, or same-size).
void HashGrow(const MapType* t, Hmap* h);
// GrowWork evacuates the old bucket feeding `bucket`, plus one more.
void GrowWork(const MapType* t, Hmap* h, uint64_t bucket);

// Fatal reports a fatal error through the map's runtime hook; never returns.
[[noreturn]] void Fatal(const Hmap* h, const char* msg);
// ReportPanic stores a panic for the caller (or, if the caller passed no
// MapPanic, turns it into a fatal "panic: ..." error).
void ReportPanic(const Hmap* h, MapPanic* out, const MapPanic& p);

// Yield offers the scheduler a preemption point (no-op without a hook).
inline void Yield(Hmap* h, YieldPoint where) {
  MapRuntime* rt = Aux(h)->rt;
  if (GOESCAPE_UNLIKELY(rt->yield != nullptr)) rt->yield(rt->yield_ctx, h, where);
}

// AfterOp runs the invariant checker if enabled (SetCheckMode).
inline void AfterOp(const MapType* t, const Hmap* h) {
  if (GOESCAPE_UNLIKELY(g_check_mode != CheckMode::kOff)) CheckAfterOp(t, h);
}

inline uint64_t Load64(const void* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint32_t Load32(const void* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
inline GoString LoadStr(const void* p) {
  GoString s;
  std::memcpy(&s, p, sizeof s);
  return s;
}

// HashKey hashes a key already in the map (it cannot panic) with the same
// function the map's alg uses.
inline uint64_t HashKey(const MapType* t, const void* k, uint64_t seed) {
  switch (t->alg) {
    case MapAlg::kFast32:
      return MemHash32(Load32(k), seed);
    case MapAlg::kFast64:
      return MemHash64(Load64(k), seed);
    case MapAlg::kFastStr:
      return StrHash(LoadStr(k), seed);
    case MapAlg::kGeneric:
      break;
  }
  return t->hasher(k, seed, nullptr);
}

// KeyEqual compares two keys with the map's equality.
inline bool KeyEqual(const MapType* t, const void* a, const void* b) {
  switch (t->alg) {
    case MapAlg::kFast32:
      return Load32(a) == Load32(b);
    case MapAlg::kFast64:
      return Load64(a) == Load64(b);
    case MapAlg::kFastStr: {
      GoString x = LoadStr(a), y = LoadStr(b);
      return x.len == y.len && (x.ptr == y.ptr || std::memcmp(x.ptr, y.ptr, x.len) == 0);
    }
    case MapAlg::kGeneric:
      break;
  }
  return t->key_equal(a, b);
}

// KeyIsReflexive reports whether k == k for the stored key at k.
inline bool KeyIsReflexive(const MapType* t, const void* k) {
  return t->ReflexiveKey() || t->key_equal(k, k);
}

// MapAccessK finds key in the current table and returns pointers to the
// stored key and elem (mapaccessK, used by iteration); null if absent.
bool MapAccessK(const MapType* t, Hmap* h, const void* key, const void** rk, void** re);

// ReleaseIndirect releases the indirect key/elem objects of every live
// entry (mapclear, DestroyMap).
void ReleaseIndirectObjects(const MapType* t, Hmap* h);

}  // namespace goescape::runtime::hashmap

#endif  // GOESCAPE_RUNTIME_HASHMAP_MAP_INTERNAL_H_
