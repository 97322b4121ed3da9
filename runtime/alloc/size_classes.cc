// size_classes.cc: size-class lookup, roundupsize and growslice capacity.
//
// Go answers SizeToClass with two lookup tables (size_to_class8 for sizes
// up to 1024 in steps of 8, size_to_class128 above in steps of 128); both
// are, by construction, "smallest class whose size is >= n". We build the
// same two tables at static-initialisation time from kSizeClasses.
#include "runtime/alloc/size_classes.h"

#include <array>
#include <cassert>

namespace goescape::runtime::alloc {
namespace {

constexpr uint64_t kSmallSizeMax = 1024;
constexpr uint64_t kSmallSizeDiv = 8;
constexpr uint64_t kLargeSizeDiv = 128;

// ClassTables holds the two index tables, derived from kSizeClasses.
struct ClassTables {
  std::array<uint8_t, kSmallSizeMax / kSmallSizeDiv + 1> by8{};
  std::array<uint8_t, (kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1> by128{};

  static uint8_t Smallest(uint64_t size) {
    for (int c = 1; c < kNumSizeClasses; c++) {
      if (kSizeClasses[c].bytes_per_object >= size) return static_cast<uint8_t>(c);
    }
    return 0;
  }

  ClassTables() {
    for (uint64_t i = 0; i < by8.size(); i++) by8[i] = i == 0 ? 0 : Smallest(i * kSmallSizeDiv);
    for (uint64_t i = 0; i < by128.size(); i++) {
      by128[i] = Smallest(kSmallSizeMax + i * kLargeSizeDiv);
    }
  }
};

const ClassTables& Tables() {
  static const ClassTables tables;
  return tables;
}

}  // namespace

int SizeToClass(uint64_t size) {
  if (size == 0 || size > kMaxSmallSize) return 0;
  const ClassTables& t = Tables();
  if (size <= kSmallSizeMax - 8) return t.by8[(size + kSmallSizeDiv - 1) / kSmallSizeDiv];
  return t.by128[(size - kSmallSizeMax + kLargeSizeDiv - 1) / kLargeSizeDiv];
}

uint64_t RoundUpSize(uint64_t size) {
  if (size < kMaxSmallSize) return kSizeClasses[SizeToClass(size)].bytes_per_object;
  if (size + kPageSize < size) return size;
  return (size + kPageSize - 1) / kPageSize * kPageSize;
}

uint64_t GrowSliceCap(uint64_t old_cap, uint64_t needed, uint64_t elem_size) {
  assert(elem_size > 0);
  uint64_t new_cap = old_cap;
  uint64_t double_cap = old_cap + old_cap;
  if (needed > double_cap) {
    new_cap = needed;
  } else {
    constexpr uint64_t kThreshold = 256;
    if (old_cap < kThreshold) {
      new_cap = double_cap;
    } else {
      while (new_cap < needed) new_cap += (new_cap + 3 * kThreshold) / 4;
    }
  }
  return RoundUpSize(new_cap * elem_size) / elem_size;
}

}  // namespace goescape::runtime::alloc
