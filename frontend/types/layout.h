// layout.h: memory layout of Go types exactly as gc computes it for
// linux/amd64 (cmd/compile/internal/types/size.go, noder/sizes.go,
// typebits): sizes, alignments, field offsets, pointer data and pointer
// bitmaps, and the direct-interface ("pointer-shaped") predicate.
//
// Rules: pointers, maps, chans, funcs and unsafe.Pointer are one 8-byte
// word; strings two words; slices three; interfaces two. Complex types
// align to half their size. A struct lays its fields out in order, each at
// a multiple of its alignment; if the last field has size 0 and a nonzero
// offset, one byte of padding follows it; the size is rounded up to the
// struct's alignment (the largest field alignment, at least 1). The empty
// struct sync/atomic.align64 aligns to 8 (types2.IsSyncAtomicAlign64).
// Results are cached per TypeId; the TypeStore must outlive the Layout.
#ifndef GOESCAPE_FRONTEND_TYPES_LAYOUT_H_
#define GOESCAPE_FRONTEND_TYPES_LAYOUT_H_

#include <cstdint>
#include <vector>

#include "frontend/types/types.h"

namespace goescape::types {

/// Layout computes and caches gc's linux/amd64 layout of types.
class Layout {
 public:
  static constexpr int64_t kPtrSize = 8;

  explicit Layout(const TypeStore& store) : store_(store) {}

  int64_t Size(TypeId t);
  int64_t Align(TypeId t);
  /// Offsets of a struct type's fields (t may be a named struct).
  std::vector<int64_t> Offsets(TypeId t);
  int64_t Offset(TypeId t, size_t field);
  /// HasPointers is gc's Type.HasPointers.
  bool HasPointers(TypeId t);
  /// PtrDataSize is the length of the prefix of t's memory that holds
  /// pointers (gc's types.PtrDataSize).
  int64_t PtrDataSize(TypeId t);
  /// PointerBitmap sets bit i (word i of t, from offset 0) for each word
  /// that holds a pointer, as gc's typebits.Set (an interface's first word
  /// is not a pointer). bits is resized to Size(t)/8 words.
  void PointerBitmap(TypeId t, std::vector<bool>& bits);
  /// IsDirectIface is gc's types.IsDirectIface: values of t are stored
  /// directly in an interface's data word (pointer-shaped types).
  bool IsDirectIface(TypeId t);

 private:
  struct Entry {
    int64_t size = -1;
    int64_t align = -1;
  };
  Entry& Compute(TypeId t);
  void SetBits(TypeId t, int64_t off, std::vector<bool>& bits);

  const TypeStore& store_;
  std::vector<Entry> cache_;
};

}  // namespace goescape::types

#endif  // GOESCAPE_FRONTEND_TYPES_LAYOUT_H_
