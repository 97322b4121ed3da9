// allocator.h: the allocation interface the goescape runtime allocates
// through, and the request that describes one Go allocation.
//
// Every object the Go program (or the Go runtime on its behalf) creates is
// one AllocRequest: its size in bytes as Go asks for it (before size-class
// rounding), whether its type holds pointers (pointer-free "noscan" objects
// under 16 bytes are eligible for the tiny allocator), whether it must be
// zeroed, and where the escape analysis put it (stack frame or heap).
// Callers keep the request and hand it back to Release when the object
// becomes garbage, so an allocator needs no per-object header.
//
// Deviations from Go, deliberate: there is no garbage collector, so an
// object is released explicitly at the first moment Go's GC could free it
// (for the map: when a grow finishes and no iterator can still read the old
// table, when mapclear drops overflow buckets, when the map dies). Stack
// objects are "released" when their frame dies.
#ifndef GOESCAPE_RUNTIME_ALLOC_ALLOCATOR_H_
#define GOESCAPE_RUNTIME_ALLOC_ALLOCATOR_H_

#include <cstdint>

namespace goescape::runtime::alloc {

// Placement says where escape analysis put an object.
enum class Placement : uint8_t {
  kHeap,   // Escapes: counted in Mallocs/TotalAlloc like mallocgc.
  kStack,  // Does not escape: part of a frame, counted only as stack bytes.
};

// AllocRequest describes one allocation exactly as Go's mallocgc sees it.
struct AllocRequest {
  uint64_t size = 0;          // Bytes requested (Go's size, before rounding).
  bool has_pointers = false;  // The type has pointers (not noscan).
  bool zeroed = true;         // Memory must be zero (needzero).
  Placement placement = Placement::kHeap;
  // Extra bytes after the object for runtime-private bookkeeping (the C++
  // side of an hmap). Like Go's span metadata they are not counted anywhere.
  uint32_t private_bytes = 0;
};

// Allocator hands out memory for AllocRequests. Implementations count what
// they hand out; memory is at least 16-byte aligned.
class Allocator {
 public:
  virtual ~Allocator() = default;
  // Allocate returns memory for req.size + req.private_bytes bytes, zeroed
  // if req.zeroed. Never returns null for a non-zero size (out of memory
  // aborts, as Go's throws). A zero-size request returns a shared non-null
  // address (Go's zerobase) that must not be written.
  virtual void* Allocate(const AllocRequest& req) = 0;
  // Release gives back an object from Allocate with the same request.
  virtual void Release(void* p, const AllocRequest& req) = 0;
};

// ZeroBase is the address returned for zero-size allocations.
void* ZeroBase();

}  // namespace goescape::runtime::alloc

#endif  // GOESCAPE_RUNTIME_ALLOC_ALLOCATOR_H_
