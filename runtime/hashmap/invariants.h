// invariants.h: the map's invariant checker.
//
// CheckMap walks a whole map and verifies what every operation must leave
// true (the list below). Tests call it after every step; with SetCheckMode
// the map calls it itself after every operation (debug builds default to
// kSmallMaps; Release builds to kOff). Cost is O(buckets + entries).
//
// Invariants:
//   1. count equals the number of live entries reachable in the table
//      (new buckets, plus the live entries of not-yet-evacuated old buckets).
//   2. Every live entry's tophash equals TopHash(hash(key)) (except keys
//      with k != k, whose tophash is random after a grow), and it sits in
//      the bucket its hash selects (new table: hash & (2^B-1); old table:
//      the old mask).
//   3. Every live key is findable by a lookup (reflexive keys), with its
//      elem returned.
//   4. emptyRest: a slot marked emptyRest is followed only by emptyRest
//      slots to the end of its chain; no live entry follows it.
//   5. Evacuation marks: only old buckets carry evacuatedX/Y/Empty, and
//      then on every slot of the chain, and every old bucket below
//      nevacuate is evacuated; nevacuate <= number of old buckets; marks
//      match where the entry went (X/Y half) for reflexive keys.
//   6. Flags: hashWriting is clear between operations; sameSizeGrow only
//      while growing; B < 64; noverflow is exact below B = 16 (equals the
//      overflow buckets hanging off the new table... counted only when not
//      growing, since evacuation adds to it).
//   7. For pointer-free buckets, extra.overflow lists exactly the overflow
//      buckets of the table (when not growing).
#ifndef GOESCAPE_RUNTIME_HASHMAP_INVARIANTS_H_
#define GOESCAPE_RUNTIME_HASHMAP_INVARIANTS_H_

#include <string>

#include "runtime/hashmap/hmap.h"
#include "runtime/hashmap/map_type.h"

namespace goescape::runtime::hashmap {

// CheckMode selects when the map checks itself after an operation.
enum class CheckMode : uint8_t {
  kOff,        // Never.
  kSmallMaps,  // Maps with at most 4096 buckets (bounded cost).
  kAlways,     // Every map, every operation.
};

#ifdef NDEBUG
inline CheckMode g_check_mode = CheckMode::kOff;
#else
inline CheckMode g_check_mode = CheckMode::kSmallMaps;
#endif

// SetCheckMode changes when maps check themselves.
inline void SetCheckMode(CheckMode mode) { g_check_mode = mode; }

// CheckMap verifies every invariant; returns "" if all hold, else a
// description of the first violation.
std::string CheckMap(const MapType* t, const Hmap* h);

// CheckAfterOp runs CheckMap per g_check_mode and reports a violation as a
// fatal error ("map invariant violated: ...").
void CheckAfterOp(const MapType* t, const Hmap* h);

}  // namespace goescape::runtime::hashmap

#endif  // GOESCAPE_RUNTIME_HASHMAP_INVARIANTS_H_
