// size_classes.h: Go 1.19's amd64 size classes and the rounding rules of its
// allocator (runtime/sizeclasses.go, msize.go, malloc.go).
//
// Small objects (<= 32768 bytes) are rounded up to the smallest of 67 size
// classes that fits; class 0 stands for "large": its own span of whole 8 KiB
// pages. The class table comes from size_classes.def, which is generated
// from Go's own sources (gen_size_classes.py), so it cannot drift.
//
// Rules reproduced here (all exact, checked by tests/unit/runtime):
//   * RoundUpSize(n) is Go's roundupsize: class size for n < 32768, else n
//     rounded up to a multiple of 8192 (so 32768 stays 32768).
//   * SizeToClass(n) maps 1..32768 to its class; 0 for larger sizes.
//   * Zero-byte allocations are not allocations (Go returns &zerobase).
#ifndef GOESCAPE_RUNTIME_ALLOC_SIZE_CLASSES_H_
#define GOESCAPE_RUNTIME_ALLOC_SIZE_CLASSES_H_

#include <cstdint>

namespace goescape::runtime::alloc {

// kPageSize is the runtime page size (_PageSize, 1 << _PageShift).
inline constexpr uint64_t kPageSize = 8192;
// kMaxSmallSize is the largest size served from a size class (_MaxSmallSize).
inline constexpr uint64_t kMaxSmallSize = 32768;
// kMaxTinySize: noscan objects strictly smaller than this use the tiny allocator.
inline constexpr uint64_t kMaxTinySize = 16;
// kNumSizeClasses counts class 0 (large) plus the 67 small classes.
inline constexpr int kNumSizeClasses = 68;

// SizeClassInfo describes one size class row of Go's table.
struct SizeClassInfo {
  uint32_t bytes_per_object;  // Object size in bytes (0 for class 0).
  uint32_t pages_per_span;    // Pages (8 KiB) per span of this class.
};

// kSizeClasses is the table, indexed by class number; entry 0 is "large".
inline constexpr SizeClassInfo kSizeClasses[kNumSizeClasses] = {
    {0, 0},
#define GOESCAPE_SIZE_CLASS(cls, bytes, pages) {bytes, pages},
#include "runtime/alloc/size_classes.def"
#undef GOESCAPE_SIZE_CLASS
};

// SizeToClass returns the size class serving an object of `size` bytes:
// 1..67 for 1 <= size <= 32768, 0 for larger sizes (and for size 0).
int SizeToClass(uint64_t size);

// RoundUpSize returns the bytes Go charges (TotalAlloc) for a `size`-byte
// object: its class size, or a page multiple for large objects.
uint64_t RoundUpSize(uint64_t size);

// GrowSliceCap returns the capacity append gives a slice of `elem_size`-byte
// elements that has capacity `old_cap` and needs `needed` (Go 1.19
// growslice: double below 256, then +25% + 192, then size-class rounding).
uint64_t GrowSliceCap(uint64_t old_cap, uint64_t needed, uint64_t elem_size);

}  // namespace goescape::runtime::alloc

#endif  // GOESCAPE_RUNTIME_ALLOC_SIZE_CLASSES_H_
