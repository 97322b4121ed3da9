// id.h: typed dense IDs, the handles that name nodes, types, objects and
// instructions in goescape's per-file and per-function stores.
//
// An Id<Tag> is a 32-bit index into one store. Ids of different tags are
// different types, so an expression ID cannot be passed where a statement ID
// is expected. The default-constructed Id is invalid (no node); the stores
// never hand one out. Ids are passed by value and compared by index; they
// carry no pointer, so side tables indexed by Id (std::vector<T> of the
// store's size) replace hash maps from nodes to data.
#ifndef GOESCAPE_FRONTEND_BASE_ID_H_
#define GOESCAPE_FRONTEND_BASE_ID_H_

#include <cstdint>
#include <functional>
#include <limits>

namespace goescape {

/// Id is a typed dense index into a store; Tag only distinguishes the types.
template <typename Tag>
class Id {
 public:
  static constexpr uint32_t kInvalidIndex = std::numeric_limits<uint32_t>::max();

  constexpr Id() = default;
  constexpr explicit Id(uint32_t index) : index_(index) {}

  /// Valid reports whether this Id names an element (false for Id()).
  constexpr bool Valid() const { return index_ != kInvalidIndex; }
  /// Index is the position in the store; only meaningful when Valid().
  constexpr uint32_t Index() const { return index_; }

  constexpr explicit operator bool() const { return Valid(); }
  friend constexpr bool operator==(Id a, Id b) { return a.index_ == b.index_; }
  friend constexpr bool operator!=(Id a, Id b) { return a.index_ != b.index_; }
  friend constexpr bool operator<(Id a, Id b) { return a.index_ < b.index_; }

 private:
  uint32_t index_ = kInvalidIndex;
};

/// IdRange is a contiguous run [begin, begin+size) of Ids in a list pool.
/// Variable-length children (call arguments, statement lists) are stored as
/// ranges into a per-store pool rather than as vectors inside each node.
struct IdRange {
  uint32_t begin = 0;
  uint32_t size = 0;

  bool Empty() const { return size == 0; }
};

}  // namespace goescape

template <typename Tag>
struct std::hash<goescape::Id<Tag>> {
  size_t operator()(goescape::Id<Tag> id) const noexcept { return id.Index(); }
};

#endif  // GOESCAPE_FRONTEND_BASE_ID_H_
