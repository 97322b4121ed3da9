// invariants.cc: CheckMap, the map's invariant checker (the invariants are
// listed in invariants.h and cited below as [I1]..[I7]).
#include "runtime/hashmap/invariants.h"

#include <sstream>

#include "runtime/hashmap/map_internal.h"

namespace goescape::runtime::hashmap {
namespace {

// Str concatenates its arguments as text.
template <class... Args>
std::string Str(const Args&... args) {
  std::ostringstream os;
  (os << ... << args);
  return os.str();
}

// Checker walks one map and remembers the first violation.
class Checker {
 public:
  Checker(const MapType* t, const Hmap* h) : t_(t), h_(h) {}

  std::string Run() {
    const Hmap* h = h_;
    if (h->flags & kHashWriting) return Fail("hashWriting set between operations");  // [I6]
    if ((h->flags & kSameSizeGrow) && h->oldbuckets == nullptr) {
      return Fail("sameSizeGrow set while not growing");
    }
    if (h->log2_buckets >= 64) return Fail("B out of range");
    if (h->buckets == nullptr) {
      if (h->count != 0) return Fail("entries but no buckets");
      return "";
    }
    uint64_t n = BucketShift(h->log2_buckets);
    uint64_t overflow = 0;
    for (uint64_t bi = 0; bi < n && error_.empty(); bi++) {
      overflow += CheckChain(h->buckets, bi, BucketMask(h->log2_buckets), false);
    }
    if (h->oldbuckets != nullptr && error_.empty()) CheckOld();
    if (!error_.empty()) return error_;
    if (live_ != h->count) {  // [I1]
      return Fail(Str("count is ", h->count, " but ", live_, " live entries"));
    }
    if (h->log2_buckets < 16 && overflow != h->noverflow) {  // [I6]
      return Fail(Str("noverflow is ", h->noverflow, " but ", overflow, " overflow buckets"));
    }
    if (!t_->bucket_has_pointers) {  // [I7]
      uint64_t listed = (h->extra != nullptr && h->extra->overflow != nullptr)
                            ? static_cast<uint64_t>(h->extra->overflow->len)
                            : 0;
      if (listed != overflow) {
        return Fail(Str("extra.overflow lists ", listed, " buckets, table has ", overflow));
      }
    }
    return error_;
  }

 private:
  std::string Fail(const std::string& msg) {
    if (error_.empty()) error_ = msg;
    return error_;
  }

  // CheckChain checks bucket bi's chain of `array` (the new table, or an
  // unevacuated old bucket); returns the number of overflow buckets.
  uint64_t CheckChain(const Bmap* array, uint64_t bi, uint64_t mask, bool old) {
    uint64_t overflow = 0;
    bool rest = false;  // Saw emptyRest: everything after must be emptyRest.
    int link = 0;
    for (const Bmap* b = BucketAt(t_, array, bi); b != nullptr; b = Overflow(t_, b), link++) {
      if (link > 0) overflow++;
      if (link > 1 << 20) {
        Fail("overflow chain does not end");
        return overflow;
      }
      for (uint64_t i = 0; i < kBucketCnt; i++) {
        uint8_t top = b->tophash[i];
        if (rest && top != kEmptyRest) {  // [I4]
          Fail(Str(old ? "old" : "new", " bucket ", bi, " link ", link, " slot ", i, ": tophash ",
                   unsigned(top), " after emptyRest"));
          return overflow;
        }
        if (top == kEmptyRest) {
          rest = true;
          continue;
        }
        if (top == kEmptyOne) continue;
        if (top < kMinTopHash) {  // [I5]
          Fail(Str(old ? "old" : "new", " bucket ", bi, ": evacuation mark ", unsigned(top),
                   " outside an evacuated old bucket"));
          return overflow;
        }
        live_++;
        const uint8_t* k = KeyAt(t_, b, i);
        if (t_->IndirectKey()) k = Deref(k);
        if (!KeyIsReflexive(t_, k)) continue;  // NaN: random hash and tophash.
        uint64_t hash = HashKey(t_, k, h_->hash0);
        if (TopHash(hash) != top) {  // [I2]
          Fail(Str("bucket ", bi, " slot ", i, ": tophash ", unsigned(top), " but hash says ",
                   unsigned(TopHash(hash))));
          return overflow;
        }
        if ((hash & mask) != bi) {
          Fail(Str("bucket ", bi, " slot ", i, ": key hashes to bucket ", hash & mask));
          return overflow;
        }
        const void* rk;
        void* re;
        const uint8_t* e = ElemAt(t_, b, i);
        if (t_->IndirectElem()) e = Deref(e);
        if (!MapAccessK(t_, const_cast<Hmap*>(h_), k, &rk, &re) || rk != k || re != e) {  // [I3]
          Fail(Str("bucket ", bi, " slot ", i, ": key not found by lookup"));
          return overflow;
        }
      }
    }
    return overflow;
  }

  void CheckOld() {  // [I5]
    const Hmap* h = h_;
    uint8_t oldb = (h->flags & kSameSizeGrow) ? h->log2_buckets : h->log2_buckets - 1;
    uint64_t nold = BucketShift(oldb);
    if (h->nevacuate > nold) {
      Fail("nevacuate beyond the old table");
      return;
    }
    for (uint64_t bi = 0; bi < nold && error_.empty(); bi++) {
      const Bmap* first = BucketAt(t_, h->oldbuckets, bi);
      if (!Evacuated(first)) {
        if (bi < h->nevacuate) {
          Fail(Str("old bucket ", bi, " below nevacuate ", h->nevacuate, " not evacuated"));
          return;
        }
        CheckChain(h->oldbuckets, bi, BucketMask(oldb), true);
        continue;
      }
      for (const Bmap* b = first; b != nullptr; b = Overflow(t_, b)) {
        for (uint64_t i = 0; i < kBucketCnt; i++) {
          uint8_t top = b->tophash[i];
          if (top < kEvacuatedX || top > kEvacuatedEmpty) {
            Fail(Str("evacuated old bucket ", bi, " slot ", i, " has tophash ", unsigned(top)));
            return;
          }
          if (top == kEvacuatedY && (h->flags & kSameSizeGrow)) {
            Fail("evacuatedY in a same-size grow");
            return;
          }
        }
      }
    }
  }

  const MapType* t_;
  const Hmap* h_;
  int64_t live_ = 0;
  std::string error_;
};

}  // namespace

std::string CheckMap(const MapType* t, const Hmap* h) {
  if (h == nullptr) return "";
  return Checker(t, h).Run();
}

void CheckAfterOp(const MapType* t, const Hmap* h) {
  if (g_check_mode == CheckMode::kSmallMaps && h->log2_buckets > 12) return;
  std::string err = CheckMap(t, h);
  if (err.empty()) return;
  std::string msg = "map invariant violated: " + err;
  Fatal(h, msg.c_str());
}

}  // namespace goescape::runtime::hashmap
