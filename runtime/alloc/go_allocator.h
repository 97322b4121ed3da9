// go_allocator.h: GoAllocator, an Allocator that counts exactly what Go
// 1.19's mallocgc counts (runtime.MemStats Mallocs, Frees, TotalAlloc,
// HeapAlloc, HeapObjects, BySize), plus stack counts and bytes.
//
// Counting model (runtime/malloc.go, mstats.go; measured in
// shared/docs/go-map-runtime.md §9):
//   1. Zero-size: no allocation, no count (&zerobase).
//   2. Tiny: noscan and size < 16. A per-"P" 16-byte block with a bump
//      offset aligned to 8/4/2 by the size. If the object fits the current
//      block it is a tiny sub-allocation: Mallocs++ and Frees++ (Go adds
//      tinyAllocs to both), TotalAlloc unchanged. Otherwise a new 16-byte
//      block is taken (one class-2 malloc, TotalAlloc += 16) and replaces
//      the current block iff it leaves more room than the old one.
//   3. Small: size <= 32768 goes to SizeToClass(size): Mallocs++, TotalAlloc
//      += class size, BySize[class].mallocs++.
//   4. Large: size > 32768: its own span of ceil(size/8192) pages, TotalAlloc
//      += pages*8192, counted in class 0.
//   5. Stack placement: not a heap allocation at all; counted only in
//      stack_allocs / stack_bytes.
// Release of a heap object adds to Frees and subtracts from HeapAlloc.
// Limits: tiny sub-objects are not tracked individually (their block stays
// in HeapAlloc); frees happen when the runtime drops an object, not at a GC.
//
// Memory: real memory comes from calloc/malloc, and blocks of 1 MiB or more
// from 2 MiB-aligned mappings advised to use transparent huge pages (Go 1.19
// advises its heap arenas the same way). Released blocks between 32 KiB and
// 1 MiB are kept in a per-size cache (up to 64 MiB) and re-zeroed on reuse,
// as Go's heap keeps its spans; bigger blocks are unmapped at once, so the
// old arrays of a grown map do not stay resident.
#ifndef GOESCAPE_RUNTIME_ALLOC_GO_ALLOCATOR_H_
#define GOESCAPE_RUNTIME_ALLOC_GO_ALLOCATOR_H_

#include <array>
#include <cstdint>
#include <vector>

#include "runtime/alloc/allocator.h"
#include "runtime/alloc/size_classes.h"

namespace goescape::runtime::alloc {

// ClassStats counts allocations and frees of one size class (MemStats.BySize).
struct ClassStats {
  uint64_t mallocs = 0;
  uint64_t frees = 0;
};

// AllocStats is the MemStats-like snapshot of a GoAllocator.
struct AllocStats {
  uint64_t mallocs = 0;       // Heap objects allocated (tiny sub-objects included).
  uint64_t frees = 0;         // Heap objects released (+ tiny sub-objects).
  uint64_t total_alloc = 0;   // Cumulative heap bytes (class/page rounded).
  uint64_t heap_alloc = 0;    // Heap bytes allocated and not yet released.
  uint64_t tiny_allocs = 0;   // Sub-allocations served from a tiny block.
  uint64_t large_allocs = 0;  // Objects > 32 KiB.
  uint64_t stack_allocs = 0;  // Objects placed on the stack.
  uint64_t stack_bytes = 0;   // Their bytes (exact, not rounded).
  std::array<ClassStats, kNumSizeClasses> by_size{};  // Index = size class.

  // HeapObjects is Mallocs - Frees, as in MemStats.
  uint64_t HeapObjects() const { return mallocs - frees; }
};

// AllocEvent records one Allocate call, for tests that assert the sequence.
struct AllocEvent {
  uint64_t size = 0;     // Requested size.
  uint64_t charged = 0;  // TotalAlloc increase (0 for tiny hits and stack).
  bool has_pointers = false;
  Placement placement = Placement::kHeap;
};

// GoAllocator is the counting allocator; see the file comment.
class GoAllocator final : public Allocator {
 public:
  GoAllocator() = default;
  ~GoAllocator() override;
  GoAllocator(const GoAllocator&) = delete;
  GoAllocator& operator=(const GoAllocator&) = delete;

  void* Allocate(const AllocRequest& req) override;
  void Release(void* p, const AllocRequest& req) override;

  // Stats returns the counters.
  const AllocStats& Stats() const { return stats_; }
  // ResetStats zeroes the counters (and forgets the current tiny block).
  void ResetStats();
  // RecordEvents starts (or stops) appending every Allocate to Events().
  void RecordEvents(bool on) { record_ = on; }
  const std::vector<AllocEvent>& Events() const { return events_; }
  void ClearEvents() { events_.clear(); }

 private:
  void CountHeap(const AllocRequest& req, AllocEvent& ev);
  void* LargeFromCache(uint64_t bytes, bool zeroed);

  AllocStats stats_;
  uint64_t tiny_offset_ = 0;  // Bump offset in the current tiny block.
  bool tiny_block_ = false;   // A current tiny block exists.
  bool record_ = false;
  std::vector<AllocEvent> events_;
  // Released large blocks kept for reuse: (bytes, pointer).
  struct CachedBlock {
    uint64_t bytes;
    void* p;
  };
  std::vector<CachedBlock> large_cache_;
  uint64_t large_cache_bytes_ = 0;
};

}  // namespace goescape::runtime::alloc

#endif  // GOESCAPE_RUNTIME_ALLOC_GO_ALLOCATOR_H_
