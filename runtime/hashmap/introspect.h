// introspect.h: the classroom view of a map — statistics (MapStats) and a
// readable dump of every bucket (DumpMap), what one would otherwise dig out
// of a running Go program with gdb.
//
// Dumps are deterministic: buckets in index order, chains in link order,
// slots 0..7; addresses are never printed (overflow buckets are named by
// where they sit: "prealloc #i" inside the array, or "heap" when allocated
// alone). Keys and elems are printed with the types' FormatFn.
#ifndef GOESCAPE_RUNTIME_HASHMAP_INTROSPECT_H_
#define GOESCAPE_RUNTIME_HASHMAP_INTROSPECT_H_

#include <array>
#include <cstdint>
#include <string>

#include "runtime/hashmap/hmap.h"
#include "runtime/hashmap/map_type.h"

namespace llvm {
class raw_ostream;
}

namespace goescape::runtime::hashmap {

// kChainHistogramSize: chains longer than this are counted in the last bin.
inline constexpr int kChainHistogramSize = 8;

// MapStats is a snapshot of a map's shape.
struct MapStats {
  int64_t count = 0;
  uint8_t log2_buckets = 0;    // B.
  uint64_t buckets = 0;        // 2^B.
  uint64_t array_buckets = 0;  // Buckets in the array, incl. preallocated overflow.
  uint64_t old_buckets = 0;    // Buckets of the table being evacuated (0 if not growing).
  uint64_t nevacuate = 0;      // Evacuation mark.
  uint64_t evacuated_old = 0;  // Old buckets already evacuated.
  bool growing = false;
  bool same_size_grow = false;
  uint16_t noverflow = 0;                // hmap.noverflow (estimate for B >= 16).
  uint64_t overflow_buckets = 0;         // Overflow buckets hanging off the new table.
  uint64_t prealloc_overflow_total = 0;  // Preallocated overflow buckets in the array.
  uint64_t prealloc_overflow_free = 0;   // ... not yet used.
  double load_factor = 0;                // count / 2^B.
  uint64_t bytes_held = 0;               // Bytes the map holds (Go's rounded sizes).
  uint8_t flags = 0;
  // chain_histogram[i]: buckets of the new table whose chain has i+1
  // buckets (the last bin: that many or more).
  std::array<uint64_t, kChainHistogramSize> chain_histogram{};
};

// GetMapStats computes the statistics of a map (null: all zero).
MapStats GetMapStats(const MapType* t, const Hmap* h);

// PrintMapStats prints the statistics, one "name: value" per line.
void PrintMapStats(const MapStats& s, llvm::raw_ostream& os);

// DumpMap prints the header and every bucket of the map (and of the old
// table while growing), with tophash per slot, keys, elems, overflow chains
// and evacuation marks.
void DumpMap(const MapType* t, const Hmap* h, llvm::raw_ostream& os);

// DumpMapToString is DumpMap into a string.
std::string DumpMapToString(const MapType* t, const Hmap* h);

}  // namespace goescape::runtime::hashmap

#endif  // GOESCAPE_RUNTIME_HASHMAP_INTROSPECT_H_
