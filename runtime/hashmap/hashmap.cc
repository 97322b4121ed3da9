// hashmap.cc: map creation and destruction, bucket and overflow allocation,
// memory release, fault reporting, mapclear, and the API entry points that
// instantiate map_ops.h for each routine family.
#include "runtime/hashmap/hashmap.h"

#include <cstdio>
#include <cstdlib>
#include <new>

#include "runtime/alloc/size_classes.h"
#include "runtime/hashmap/map_ops.h"

namespace goescape::runtime::hashmap {

using alloc::AllocRequest;
using alloc::Placement;

std::string MapPanic::Message() const {
  switch (kind) {
    case PanicKind::kNone:
      return "";
    case PanicKind::kAssignToNilMap:
      return "assignment to entry in nil map";
    case PanicKind::kUnhashable:
      return std::string("runtime error: hash of unhashable type ") +
             (type_name != nullptr ? type_name : "?");
  }
  return "";
}

void DefaultFatal(void*, const char* msg) {
  std::fflush(stdout);
  std::fprintf(stderr, "fatal error: %s\n", msg);
  std::fflush(stderr);
  std::exit(2);
}

void Fatal(const Hmap* h, const char* msg) {
  MapRuntime* rt = Aux(h)->rt;
  rt->fatal(rt->fatal_ctx, msg);
  std::abort();  // A fatal hook must not return.
}

void ReportPanic(const Hmap* h, MapPanic* out, const MapPanic& p) {
  if (out != nullptr) {
    *out = p;
    return;
  }
  // The caller cannot take a panic: make it fatal, as an uncaught panic is.
  std::string msg = "panic: " + p.Message();
  if (h != nullptr) Fatal(h, msg.c_str());
  DefaultFatal(nullptr, msg.c_str());
}

// ---------------------------------------------------------------------------
// Allocation.

uint64_t NumBuckets(const MapType* t, uint8_t b) {
  uint64_t nbuckets = BucketShift(b);
  // For small b, overflow buckets are unlikely; above, add the estimated
  // overflow need (1/16) and whatever the allocation rounding leaves room for.
  if (b >= 4) {
    nbuckets += BucketShift(b - 4);
    uint64_t sz = uint64_t{t->bucketsize} * nbuckets;
    uint64_t up = alloc::RoundUpSize(sz);
    if (up != sz) nbuckets = up / t->bucketsize;
  }
  return nbuckets;
}

AllocRequest BucketArrayRequest(const MapType* t, uint8_t b) {
  return AllocRequest{uint64_t{t->bucketsize} * NumBuckets(t, b), t->bucket_has_pointers, true,
                      Placement::kHeap, 0};
}

Bmap* MakeBucketArray(const MapType* t, Hmap* h, uint8_t b, Bmap* dirty, Bmap** next_overflow) {
  uint64_t base = BucketShift(b);
  uint64_t nbuckets = NumBuckets(t, b);
  Bmap* buckets;
  if (dirty == nullptr) {
    buckets = static_cast<Bmap*>(Aux(h)->rt->allocator->Allocate(BucketArrayRequest(t, b)));
  } else {
    buckets = dirty;
    std::memset(buckets, 0, nbuckets * t->bucketsize);
  }
  if (next_overflow != nullptr) *next_overflow = nullptr;
  if (base != nbuckets) {
    // Preallocated overflow buckets: by convention a nil overflow pointer
    // means "more follow"; the last one points at the array (a safe
    // non-nil sentinel).
    if (next_overflow != nullptr) *next_overflow = BucketAt(t, buckets, base);
    SetOverflow(t, BucketAt(t, buckets, nbuckets - 1), buckets);
  }
  return buckets;
}

void* NewObject(Hmap* h, uint64_t size, bool has_pointers) {
  return Aux(h)->rt->allocator->Allocate(ObjectRequest(size, has_pointers));
}

void Retire(Hmap* h, void* p, const AllocRequest& req) {
  MapAux* aux = Aux(h);
  if (aux->live_iters == 0) {
    aux->rt->allocator->Release(p, req);
  } else {
    aux->graveyard.push_back({p, req});
  }
}

void FlushGraveyard(Hmap* h) {
  MapAux* aux = Aux(h);
  for (const Retired& r : aux->graveyard) aux->rt->allocator->Release(r.p, r.req);
  aux->graveyard.clear();
}

namespace {

constexpr uint64_t kSliceHeaderSize = 24;

AllocRequest SliceArrayRequest(int64_t cap) {
  return ObjectRequest(static_cast<uint64_t>(cap) * 8, true);
}

// CreateOverflow makes sure extra and extra.overflow exist.
void CreateOverflow(Hmap* h) {
  if (h->extra == nullptr) {
    h->extra = static_cast<MapExtra*>(NewObject(h, sizeof(MapExtra), true));
  }
  if (h->extra->overflow == nullptr) {
    h->extra->overflow = static_cast<GoSlice*>(NewObject(h, kSliceHeaderSize, true));
  }
}

// AppendOverflow is `*s = append(*s, b)` with Go's growslice.
void AppendOverflow(Hmap* h, GoSlice* s, Bmap* b) {
  if (s->len == s->cap) {
    int64_t cap = static_cast<int64_t>(alloc::GrowSliceCap(s->cap, s->len + 1, 8));
    void** p = static_cast<void**>(Aux(h)->rt->allocator->Allocate(SliceArrayRequest(cap)));
    if (s->len > 0) std::memcpy(p, s->ptr, s->len * 8);
    // The old array is garbage at once: nothing else points into it.
    if (s->ptr != nullptr) Aux(h)->rt->allocator->Release(s->ptr, SliceArrayRequest(s->cap));
    s->ptr = p;
    s->cap = cap;
  }
  s->ptr[s->len++] = b;
}

// RetireSlice drops an overflow list (header and backing array).
void RetireSlice(Hmap* h, GoSlice* s) {
  if (s == nullptr) return;
  if (s->ptr != nullptr) Retire(h, s->ptr, SliceArrayRequest(s->cap));
  Retire(h, s, ObjectRequest(kSliceHeaderSize, true));
}

void IncrNoverflow(Hmap* h) {
  // Exact while B < 16; above, count with probability 1/2^(B-15) so that
  // noverflow approximates overflow buckets / 2^(B-15).
  if (h->log2_buckets < 16) {
    h->noverflow++;
    return;
  }
  uint32_t mask = (uint32_t{1} << (h->log2_buckets - 15)) - 1;
  if ((FastRand() & mask) == 0) h->noverflow++;
}

}  // namespace

Bmap* NewOverflow(const MapType* t, Hmap* h, Bmap* b) {
  Bmap* ovf;
  if (h->extra != nullptr && h->extra->next_overflow != nullptr) {
    // A preallocated overflow bucket is available.
    ovf = h->extra->next_overflow;
    if (Overflow(t, ovf) == nullptr) {
      h->extra->next_overflow = BucketAt(t, ovf, 1);  // Not the last: bump.
    } else {
      SetOverflow(t, ovf, nullptr);  // The last one: clear the sentinel.
      h->extra->next_overflow = nullptr;
    }
  } else {
    ovf = static_cast<Bmap*>(NewObject(h, t->bucketsize, t->bucket_has_pointers));
    Aux(h)->ovf_cur.push_back(ovf);
  }
  IncrNoverflow(h);
  if (!t->bucket_has_pointers) {
    CreateOverflow(h);
    AppendOverflow(h, h->extra->overflow, ovf);
  }
  SetOverflow(t, b, ovf);
  return ovf;
}

// ---------------------------------------------------------------------------
// Creation and destruction.

namespace {

Hmap* NewHmap(MapRuntime& rt, Placement placement) {
  AllocRequest req{sizeof(Hmap), true, true, placement, sizeof(MapAux)};
  void* mem = rt.allocator->Allocate(req);
  Hmap* h = static_cast<Hmap*>(mem);
  std::memset(h, 0, sizeof(Hmap));
  MapAux* aux = new (Aux(h)) MapAux();
  aux->rt = &rt;
  aux->hmap_placement = placement;
  return h;
}

// MakeMapInto is runtime.makemap with a caller-provided hmap.
void MakeMapInto(const MapType* t, Hmap* h, int64_t hint) {
  // A hint whose table would not fit in memory (or a negative one) acts as 0.
  constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;
  if (hint < 0 || static_cast<uint64_t>(hint) > kMaxAlloc / t->bucketsize) hint = 0;
  h->hash0 = FastRand();
  uint8_t b = 0;
  while (OverLoadFactor(hint, b)) b++;
  h->log2_buckets = b;
  if (b != 0) {
    Bmap* next_overflow;
    h->buckets = MakeBucketArray(t, h, b, nullptr, &next_overflow);
    if (next_overflow != nullptr) {
      h->extra = static_cast<MapExtra*>(NewObject(h, sizeof(MapExtra), true));
      h->extra->next_overflow = next_overflow;
    }
  }
}

}  // namespace

Hmap* MakeMapSmall(MapRuntime& rt, const MapType*) {
  Hmap* h = NewHmap(rt, Placement::kHeap);
  h->hash0 = FastRand();
  return h;
}

Hmap* MakeMap(MapRuntime& rt, const MapType* t, int64_t hint, MakeSite site) {
  bool small_const = site.hint_is_constant && hint <= kBucketCnt;
  if (site.escapes) {
    if (small_const) return MakeMapSmall(rt, t);
    Hmap* h = NewHmap(rt, Placement::kHeap);
    MakeMapInto(t, h, hint);
    return h;
  }
  // Does not escape: the hmap is a stack temporary, and so is the first
  // bucket when the hint allows (checked at run time for variable hints).
  Hmap* h = NewHmap(rt, Placement::kStack);
  if (hint <= kBucketCnt) {
    AllocRequest req = BucketArrayRequest(t, 0);
    req.placement = Placement::kStack;
    h->buckets = static_cast<Bmap*>(rt.allocator->Allocate(req));
    Aux(h)->stack_bucket = h->buckets;
  }
  if (small_const) {
    h->hash0 = FastRand();
  } else {
    MakeMapInto(t, h, hint);
  }
  return h;
}

void ReleaseIndirectObjects(const MapType* t, Hmap* h) {
  if (!t->IndirectKey() && !t->IndirectElem()) return;
  auto release_live = [&](Bmap* array, uint64_t n) {
    for (uint64_t i = 0; i < n; i++) {
      Bmap* first = BucketAt(t, array, i);
      if (array == h->oldbuckets && Evacuated(first)) continue;  // Moved to the new table.
      for (Bmap* b = first; b != nullptr; b = Overflow(t, b)) {
        for (uint64_t s = 0; s < kBucketCnt; s++) {
          if (b->tophash[s] < kMinTopHash) continue;
          if (t->IndirectKey()) {
            Retire(h, Deref(KeyAt(t, b, s)), ObjectRequest(t->key.size, t->key.has_pointers));
          }
          if (t->IndirectElem()) {
            Retire(h, Deref(ElemAt(t, b, s)), ObjectRequest(t->elem.size, t->elem.has_pointers));
          }
        }
      }
    }
  };
  if (h->buckets != nullptr) release_live(h->buckets, BucketShift(h->log2_buckets));
  if (h->oldbuckets != nullptr) {
    uint8_t oldb = (h->flags & kSameSizeGrow) ? h->log2_buckets : h->log2_buckets - 1;
    release_live(h->oldbuckets, BucketShift(oldb));
  }
}

namespace {

// RetireTables drops every bucket array and overflow bucket except the
// current array itself (mapclear keeps it; DestroyMap drops it after).
void RetireOverflowAndOld(const MapType* t, Hmap* h) {
  MapAux* aux = Aux(h);
  for (Bmap* b : aux->ovf_cur) Retire(h, b, ObjectRequest(t->bucketsize, t->bucket_has_pointers));
  for (Bmap* b : aux->ovf_old) Retire(h, b, ObjectRequest(t->bucketsize, t->bucket_has_pointers));
  aux->ovf_cur.clear();
  aux->ovf_old.clear();
  if (h->oldbuckets != nullptr && h->oldbuckets != aux->stack_bucket) {
    uint8_t oldb = (h->flags & kSameSizeGrow) ? h->log2_buckets : h->log2_buckets - 1;
    Retire(h, h->oldbuckets, BucketArrayRequest(t, oldb));
  }
  if (h->extra != nullptr) {
    RetireSlice(h, h->extra->overflow);
    RetireSlice(h, h->extra->oldoverflow);
  }
}

}  // namespace

void DestroyMap(const MapType* t, Hmap* h) {
  if (h == nullptr) return;
  MapAux* aux = Aux(h);
  assert(aux->live_iters == 0 && "DestroyMap with a live iterator");
  aux->live_iters = 0;
  ReleaseIndirectObjects(t, h);
  RetireOverflowAndOld(t, h);
  alloc::Allocator* a = aux->rt->allocator;
  if (h->buckets != nullptr && h->buckets != aux->stack_bucket) {
    a->Release(h->buckets, BucketArrayRequest(t, h->log2_buckets));
  }
  if (aux->stack_bucket != nullptr) {
    AllocRequest req = BucketArrayRequest(t, 0);
    req.placement = Placement::kStack;
    a->Release(aux->stack_bucket, req);
  }
  if (h->extra != nullptr) a->Release(h->extra, ObjectRequest(sizeof(MapExtra), true));
  FlushGraveyard(h);
  Placement placement = aux->hmap_placement;
  aux->~MapAux();
  a->Release(h, AllocRequest{sizeof(Hmap), true, true, placement, sizeof(MapAux)});
}

void MapClear(const MapType* t, Hmap* h) {
  if (h == nullptr || h->count == 0) return;
  if (h->flags & kHashWriting) Fatal(h, "concurrent map writes");
  Yield(h, YieldPoint::kBeforeWrite);
  h->flags ^= kHashWriting;
  // Everything but the current bucket array becomes garbage.
  ReleaseIndirectObjects(t, h);
  RetireOverflowAndOld(t, h);

  h->flags &= ~kSameSizeGrow;
  h->oldbuckets = nullptr;
  h->nevacuate = 0;
  h->noverflow = 0;
  h->count = 0;
  // Reset the hash seed to make it more difficult for attackers to
  // repeatedly trigger hash collisions (Go issue 25237).
  h->hash0 = FastRand();
  // Keep the mapextra allocation but clear any extra information.
  if (h->extra != nullptr) *h->extra = MapExtra{};
  // Clear the bucket array in place and recover its preallocated overflow
  // buckets as if it were new.
  Bmap* next_overflow;
  MakeBucketArray(t, h, h->log2_buckets, h->buckets, &next_overflow);
  if (next_overflow != nullptr) h->extra->next_overflow = next_overflow;

  Yield(h, YieldPoint::kWriting);
  if (!(h->flags & kHashWriting)) Fatal(h, "concurrent map writes");
  h->flags &= ~kHashWriting;
  AfterOp(t, h);
}

// ---------------------------------------------------------------------------
// Entry points.

namespace {

template <class Ops>
const void* Access1(const MapType* t, Hmap* h, const void* key, MapPanic* out) {
  bool panicked = false;
  void* e = AccessImpl<Ops>(t, h, key, out, &panicked);
  if (GOESCAPE_UNLIKELY(panicked)) return nullptr;
  return e != nullptr ? e : t->zero;
}

template <class Ops>
const void* Access2(const MapType* t, Hmap* h, const void* key, bool* ok, MapPanic* out) {
  bool panicked = false;
  void* e = AccessImpl<Ops>(t, h, key, out, &panicked);
  *ok = e != nullptr;
  if (GOESCAPE_UNLIKELY(panicked)) return nullptr;
  return e != nullptr ? e : t->zero;
}

}  // namespace

const void* MapAccess1(const MapType* t, Hmap* h, const void* key, MapPanic* panic) {
  switch (t->alg) {
    case MapAlg::kFast32:
      return Access1<Fast32Ops>(t, h, key, panic);
    case MapAlg::kFast64:
      return Access1<Fast64Ops>(t, h, key, panic);
    case MapAlg::kFastStr:
      return Access1<FastStrOps>(t, h, key, panic);
    case MapAlg::kGeneric:
      break;
  }
  return Access1<GenericOps>(t, h, key, panic);
}

const void* MapAccess2(const MapType* t, Hmap* h, const void* key, bool* ok, MapPanic* panic) {
  switch (t->alg) {
    case MapAlg::kFast32:
      return Access2<Fast32Ops>(t, h, key, ok, panic);
    case MapAlg::kFast64:
      return Access2<Fast64Ops>(t, h, key, ok, panic);
    case MapAlg::kFastStr:
      return Access2<FastStrOps>(t, h, key, ok, panic);
    case MapAlg::kGeneric:
      break;
  }
  return Access2<GenericOps>(t, h, key, ok, panic);
}

void* MapAssign(const MapType* t, Hmap* h, const void* key, MapPanic* panic) {
  switch (t->alg) {
    case MapAlg::kFast32:
      return AssignImpl<Fast32Ops>(t, h, key, panic);
    case MapAlg::kFast64:
      return AssignImpl<Fast64Ops>(t, h, key, panic);
    case MapAlg::kFastStr:
      return AssignImpl<FastStrOps>(t, h, key, panic);
    case MapAlg::kGeneric:
      break;
  }
  return AssignImpl<GenericOps>(t, h, key, panic);
}

bool MapDelete(const MapType* t, Hmap* h, const void* key, MapPanic* panic) {
  switch (t->alg) {
    case MapAlg::kFast32:
      return DeleteImpl<Fast32Ops>(t, h, key, panic);
    case MapAlg::kFast64:
      return DeleteImpl<Fast64Ops>(t, h, key, panic);
    case MapAlg::kFastStr:
      return DeleteImpl<FastStrOps>(t, h, key, panic);
    case MapAlg::kGeneric:
      break;
  }
  return DeleteImpl<GenericOps>(t, h, key, panic);
}

const void* MapAccess1Fast32(const MapType* t, Hmap* h, uint32_t key) {
  return Access1<Fast32Ops>(t, h, &key, nullptr);
}
const void* MapAccess2Fast32(const MapType* t, Hmap* h, uint32_t key, bool* ok) {
  return Access2<Fast32Ops>(t, h, &key, ok, nullptr);
}
void* MapAssignFast32(const MapType* t, Hmap* h, uint32_t key, MapPanic* panic) {
  return AssignImpl<Fast32Ops>(t, h, &key, panic);
}
void MapDeleteFast32(const MapType* t, Hmap* h, uint32_t key) {
  DeleteImpl<Fast32Ops>(t, h, &key, nullptr);
}
const void* MapAccess1Fast64(const MapType* t, Hmap* h, uint64_t key) {
  return Access1<Fast64Ops>(t, h, &key, nullptr);
}
const void* MapAccess2Fast64(const MapType* t, Hmap* h, uint64_t key, bool* ok) {
  return Access2<Fast64Ops>(t, h, &key, ok, nullptr);
}
void* MapAssignFast64(const MapType* t, Hmap* h, uint64_t key, MapPanic* panic) {
  return AssignImpl<Fast64Ops>(t, h, &key, panic);
}
void MapDeleteFast64(const MapType* t, Hmap* h, uint64_t key) {
  DeleteImpl<Fast64Ops>(t, h, &key, nullptr);
}
const void* MapAccess1FastStr(const MapType* t, Hmap* h, GoString key) {
  return Access1<FastStrOps>(t, h, &key, nullptr);
}
const void* MapAccess2FastStr(const MapType* t, Hmap* h, GoString key, bool* ok) {
  return Access2<FastStrOps>(t, h, &key, ok, nullptr);
}
void* MapAssignFastStr(const MapType* t, Hmap* h, GoString key, MapPanic* panic) {
  return AssignImpl<FastStrOps>(t, h, &key, panic);
}
void MapDeleteFastStr(const MapType* t, Hmap* h, GoString key) {
  DeleteImpl<FastStrOps>(t, h, &key, nullptr);
}

bool MapAccessK(const MapType* t, Hmap* h, const void* key, const void** rk, void** re) {
  if (h == nullptr || h->count == 0) return false;
  uint64_t hash = HashKey(t, key, h->hash0);
  uint64_t m = BucketMask(h->log2_buckets);
  Bmap* b = BucketAt(t, h->buckets, hash & m);
  if (Bmap* c = h->oldbuckets) {
    if (!(h->flags & kSameSizeGrow)) m >>= 1;
    Bmap* oldb = BucketAt(t, c, hash & m);
    if (!Evacuated(oldb)) b = oldb;
  }
  uint8_t top = TopHash(hash);
  for (; b != nullptr; b = Overflow(t, b)) {
    for (uint64_t i = 0; i < kBucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == kEmptyRest) return false;
        continue;
      }
      uint8_t* k = KeyAt(t, b, i);
      if (t->IndirectKey()) k = Deref(k);
      if (!KeyEqual(t, key, k)) continue;
      uint8_t* e = ElemAt(t, b, i);
      if (t->IndirectElem()) e = Deref(e);
      *rk = k;
      *re = e;
      return true;
    }
  }
  return false;
}

}  // namespace goescape::runtime::hashmap
