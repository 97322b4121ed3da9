// hashmap.h: goescape's Go 1.19 map, reimplemented in C++: the public API.
//
// This is Go's hash table (runtime/map.go, map_fast32.go, map_fast64.go,
// map_faststr.go), same algorithm, same byte layout, same allocations, so
// that a Go program run by goescape shows what the real map does.
//
// A map is a hash table. The data is arranged into an array of buckets.
// Each bucket contains up to 8 key/elem pairs. The low-order bits of the
// hash select a bucket. Each bucket contains a few high-order bits of each
// hash (the tophash) to distinguish the entries within a single bucket.
// If more than 8 keys hash to a bucket, extra buckets are chained on.
// When the table grows past a load factor of 6.5 entries per bucket
// (13/2), a new array twice as big is allocated; when it has about as many
// overflow buckets as buckets (after many deletes) a new array of the same
// size is allocated to re-pack the entries. Entries are copied from the old
// array to the new one incrementally ("evacuation"): every assign and
// delete during a grow evacuates the old bucket it is about to touch plus
// the lowest not-yet-evacuated one, so a grow ends before the next can be
// needed. Maps never shrink. Preallocated overflow buckets (1/16 of the
// array when B >= 4) sit after the 2^B buckets of an array.
//
// Iteration walks the bucket array, returning entries in walk order and
// then the overflow chains. The rules, cited by number in iter.cc:
//   1. The start bucket and the start slot within each bucket MUST be
//      random (FastRand), so programs cannot depend on iteration order.
//   2. Every entry present for the whole iteration MUST be returned exactly
//      once, even if the map grows (any number of times) meanwhile.
//   3. An entry deleted before the iterator reaches it MUST NOT be returned.
//   4. An entry inserted during iteration MAY or MAY NOT be returned.
//   5. An entry's value MUST be its current value when returned; after a
//      grow the iterator walks its snapshot of the old table and looks
//      evacuated keys up in the new one to get it.
//   6. If the iterator started while a doubling grow was in progress and
//      walks an old bucket not yet evacuated, it MUST return only the
//      entries bound for the new bucket it is visiting (keys with k != k
//      use the tophash's low bit, as evacuate does).
//   7. mapiternext MUST fail with "concurrent map iteration and map write"
//      if a write is in progress.
//
// Faults, as Go reports them, never as C++ exceptions:
//   * Recoverable panics (assignment to entry in nil map, hash of an
//     unhashable type) are returned as a MapPanic for the interpreter to
//     raise as a Go panic.
//   * Fatal errors (concurrent map writes / read and map write / iteration
//     and map write), detected with the hashWriting flag, go to
//     MapRuntime::fatal, which must not return (default: print "fatal
//     error: <msg>" to stderr and exit(2), as Go does).
//   * MapRuntime::yield is called where Go could be preempted during a write
//     (after the entry check; while hashWriting is set), so the
//     interpreter's scheduler can run another goroutine there and make
//     concurrent misuse observable.
//
// Deviations from Go 1.19, on purpose: single-threaded (no atomics on
// flags); no garbage collector, so memory the map drops is released
// through the Allocator at the first point Go's GC could free it, deferred
// while an iterator of this map is live (MapIterEnd); hash values differ
// (own hash function, see hash.h), so iteration order and overflow counts
// differ from a given Go run exactly as two Go runs differ from each other.
#ifndef GOESCAPE_RUNTIME_HASHMAP_HASHMAP_H_
#define GOESCAPE_RUNTIME_HASHMAP_HASHMAP_H_

#include <cstdint>
#include <string>

#include "runtime/alloc/allocator.h"
#include "runtime/hashmap/hash.h"
#include "runtime/hashmap/hmap.h"
#include "runtime/hashmap/map_type.h"

namespace goescape::runtime::hashmap {

// PanicKind lists the recoverable panics a map operation can raise.
enum class PanicKind : uint8_t {
  kNone,
  kAssignToNilMap,  // "assignment to entry in nil map" (a plainError).
  kUnhashable,      // "runtime error: hash of unhashable type T".
};

// MapPanic is a recoverable Go panic reported as data.
struct MapPanic {
  PanicKind kind = PanicKind::kNone;
  const char* type_name = nullptr;  // T for kUnhashable (set by the hasher).

  // Message returns the panic value's Error() text.
  std::string Message() const;
};

// YieldPoint says where a write offers the scheduler a preemption point.
enum class YieldPoint : uint8_t {
  kBeforeWrite,  // Write checked hashWriting but has not set it yet.
  kWriting,      // hashWriting is set; the write is mid-way.
};

// FatalHook reports an unrecoverable runtime error. It must not return; if
// it does, the runtime aborts.
using FatalHook = void (*)(void* ctx, const char* msg);
// YieldHook lets a scheduler run other goroutines at a YieldPoint.
using YieldHook = void (*)(void* ctx, Hmap* h, YieldPoint where);

// DefaultFatal prints "fatal error: <msg>" to stderr and exits with 2.
[[noreturn]] void DefaultFatal(void* ctx, const char* msg);

// MapRuntime is what maps need from the rest of the runtime: an allocator
// and the hooks. Every map remembers the MapRuntime it was made with.
struct MapRuntime {
  alloc::Allocator* allocator = nullptr;
  FatalHook fatal = DefaultFatal;
  void* fatal_ctx = nullptr;
  YieldHook yield = nullptr;
  void* yield_ctx = nullptr;
  // check_invariants runs CheckMap after every operation and calls fatal
  // on the first violation (tests; debug builds of the interpreter).
  bool check_invariants = false;
};

// MakeSite describes a make(map) or map literal as the compiler saw it.
struct MakeSite {
  bool escapes = true;           // Escape analysis: the map escapes.
  bool hint_is_constant = true;  // The hint is a compile-time constant.
};

// MakeMap is make(map[K]V, hint) lowered as the compiler does (walk
// walkMakeMap): a non-escaping map gets a stack hmap, and a stack first
// bucket if the hint is at most 8; an escaping map with a constant hint <=
// 8 uses makemap_small (hmap only, buckets allocated by the first insert);
// otherwise makemap sizes the table for the hint (negative hints act as 0).
Hmap* MakeMap(MapRuntime& rt, const MapType* t, int64_t hint, MakeSite site = {});
// MakeMapSmall is makemap_small: a heap hmap, no buckets yet.
Hmap* MakeMapSmall(MapRuntime& rt, const MapType* t);
// DestroyMap releases the map and everything it owns (its frame died, or
// the program dropped it). No iterator may be live. Null is allowed.
void DestroyMap(const MapType* t, Hmap* h);

// MapLen is len(m).
inline int64_t MapLen(const Hmap* h) { return h == nullptr ? 0 : h->count; }

// MapAccess1 is v := m[k]: the elem, or the zero value for a miss. Returns
// null only when a panic was raised (into *panic).
const void* MapAccess1(const MapType* t, Hmap* h, const void* key, MapPanic* panic = nullptr);
// MapAccess2 is v, ok := m[k].
const void* MapAccess2(const MapType* t, Hmap* h, const void* key, bool* ok,
                       MapPanic* panic = nullptr);
// MapAssign is m[k] = ...: returns the elem slot to store into (inserting
// the key if absent), or null with *panic set.
void* MapAssign(const MapType* t, Hmap* h, const void* key, MapPanic* panic = nullptr);
// MapDelete is delete(m, k); returns false with *panic set on a panic.
bool MapDelete(const MapType* t, Hmap* h, const void* key, MapPanic* panic = nullptr);
// MapClear is the compiled form of `for k := range m { delete(m, k) }` for
// reflexive keys: empties the map, keeps B and the bucket array.
void MapClear(const MapType* t, Hmap* h);

// Fast paths (map_fast32.go, map_fast64.go, map_faststr.go); only valid for
// map types whose alg matches. The generic entry points above dispatch to
// these by MapType::alg, as compiled code would call them directly.
const void* MapAccess1Fast32(const MapType* t, Hmap* h, uint32_t key);
const void* MapAccess2Fast32(const MapType* t, Hmap* h, uint32_t key, bool* ok);
void* MapAssignFast32(const MapType* t, Hmap* h, uint32_t key, MapPanic* panic = nullptr);
void MapDeleteFast32(const MapType* t, Hmap* h, uint32_t key);
const void* MapAccess1Fast64(const MapType* t, Hmap* h, uint64_t key);
const void* MapAccess2Fast64(const MapType* t, Hmap* h, uint64_t key, bool* ok);
void* MapAssignFast64(const MapType* t, Hmap* h, uint64_t key, MapPanic* panic = nullptr);
void MapDeleteFast64(const MapType* t, Hmap* h, uint64_t key);
const void* MapAccess1FastStr(const MapType* t, Hmap* h, GoString key);
const void* MapAccess2FastStr(const MapType* t, Hmap* h, GoString key, bool* ok);
void* MapAssignFastStr(const MapType* t, Hmap* h, GoString key, MapPanic* panic = nullptr);
void MapDeleteFastStr(const MapType* t, Hmap* h, GoString key);

// kNoCheck is MapIter::check_bucket's "no check" value.
inline constexpr uint64_t kNoCheck = ~uint64_t{0};

// MapIter is runtime.hiter: the state of one `for k, v := range m`. It
// lives in the caller (Go puts it on the stack; it is not an allocation).
struct MapIter {
  const void* key = nullptr;  // Current key; null when iteration is done.
  void* elem = nullptr;       // Current elem.
  const MapType* t = nullptr;
  Hmap* h = nullptr;
  Bmap* buckets = nullptr;      // Bucket array at MapIterInit.
  Bmap* bptr = nullptr;         // Current bucket.
  GoSlice* overflow = nullptr;  // Pins overflow lists (pointer-free buckets).
  GoSlice* oldoverflow = nullptr;
  uint64_t start_bucket = 0;  // Bucket where iteration started.
  uint8_t offset = 0;         // Slot where every bucket's walk starts.
  bool wrapped = false;       // Already wrapped past the end of the array.
  uint8_t log2_buckets = 0;   // B at MapIterInit.
  uint8_t i = 0;              // Next slot.
  uint64_t bucket = 0;        // Next bucket.
  uint64_t check_bucket = kNoCheck;
  bool registered = false;  // Counted in the map's live iterators.
};

// MapIterInit starts iterating (mapiterinit) and moves to the first entry.
void MapIterInit(const MapType* t, Hmap* h, MapIter* it);
// MapIterNext moves to the next entry (mapiternext); it->key is null at the end.
void MapIterNext(MapIter* it);
// MapIterEnd tells the map this iterator is gone (the range loop ended or
// was left), so memory it could still read may be released. Idempotent;
// called automatically when the iteration reaches its end.
void MapIterEnd(MapIter* it);

// ScopedMapIter is a MapIter that ends itself.
class ScopedMapIter {
 public:
  ScopedMapIter(const MapType* t, Hmap* h) { MapIterInit(t, h, &it_); }
  ~ScopedMapIter() { MapIterEnd(&it_); }
  ScopedMapIter(const ScopedMapIter&) = delete;
  ScopedMapIter& operator=(const ScopedMapIter&) = delete;
  bool Done() const { return it_.key == nullptr; }
  const void* Key() const { return it_.key; }
  void* Elem() const { return it_.elem; }
  void Next() { MapIterNext(&it_); }

 private:
  MapIter it_;
};

}  // namespace goescape::runtime::hashmap

#endif  // GOESCAPE_RUNTIME_HASHMAP_HASHMAP_H_
