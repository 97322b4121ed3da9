// introspect.cc: MapStats and DumpMap (see introspect.h).
#include "runtime/hashmap/introspect.h"

#include <llvm/Support/Format.h>
#include <llvm/Support/raw_ostream.h>

#include "runtime/alloc/size_classes.h"
#include "runtime/hashmap/map_internal.h"

namespace goescape::runtime::hashmap {
namespace {

uint8_t OldLog2(const Hmap* h) {
  return (h->flags & kSameSizeGrow) ? h->log2_buckets : h->log2_buckets - 1;
}

// InArray reports whether bucket b lies inside the array [base, base+n).
bool InArray(const MapType* t, const Bmap* base, uint64_t n, const Bmap* b) {
  auto p = reinterpret_cast<uintptr_t>(b);
  auto lo = reinterpret_cast<uintptr_t>(base);
  return p >= lo && p < lo + n * t->bucketsize;
}

void PrintFlags(uint8_t flags, llvm::raw_ostream& os) {
  static const char* const kNames[] = {"iterator", "oldIterator", "hashWriting", "sameSizeGrow"};
  bool any = false;
  for (int i = 0; i < 4; i++) {
    if (!(flags & (1 << i))) continue;
    os << (any ? "|" : "") << kNames[i];
    any = true;
  }
  if (!any) os << "0";
}

void PrintValue(const ValueDesc& d, const void* p, llvm::raw_ostream& os) {
  if (d.format != nullptr) {
    d.format(p, os);
    return;
  }
  const auto* bytes = static_cast<const uint8_t*>(p);
  os << "[";
  for (uint32_t i = 0; i < d.size && i < 8; i++) os << llvm::format_hex_no_prefix(bytes[i], 2);
  if (d.size > 8) os << "...";
  os << "]";
}

void PrintTopHash(uint8_t top, llvm::raw_ostream& os) {
  switch (top) {
    case kEmptyRest:
      os << "emptyRest";
      return;
    case kEmptyOne:
      os << "emptyOne";
      return;
    case kEvacuatedX:
      os << "evacuatedX";
      return;
    case kEvacuatedY:
      os << "evacuatedY";
      return;
    case kEvacuatedEmpty:
      os << "evacuatedEmpty";
      return;
    default:
      os << "tophash " << llvm::format_hex(top, 4);
  }
}

// DumpTable prints every bucket chain of one bucket array.
void DumpTable(const MapType* t, const Hmap* h, const Bmap* array, uint8_t log2, bool old,
               llvm::raw_ostream& os) {
  uint64_t n = BucketShift(log2);
  uint64_t total = NumBuckets(t, log2);
  for (uint64_t bi = 0; bi < n; bi++) {
    const Bmap* first = BucketAt(t, array, bi);
    int link = 0;
    for (const Bmap* b = first; b != nullptr; b = Overflow(t, b), link++) {
      os << "  bucket " << bi;
      if (link > 0) {
        os << " overflow " << link << " (";
        if (InArray(t, array, total, b)) {
          uint64_t idx =
              (reinterpret_cast<uintptr_t>(b) - reinterpret_cast<uintptr_t>(array)) / t->bucketsize;
          os << "prealloc #" << (idx - n);
        } else {
          os << "heap";
        }
        os << ")";
      }
      if (old && link == 0) os << (Evacuated(b) ? " [evacuated]" : " [not evacuated]");
      os << "\n";
      // Go zeroes an evacuated old bucket's data (pointerful buckets, no
      // old iterator): its overflow link is gone then, which ends the chain.
      for (uint64_t i = 0; i < kBucketCnt; i++) {
        uint8_t top = b->tophash[i];
        uint64_t run = i;  // A run of emptyRest slots prints as one line.
        while (top == kEmptyRest && run + 1 < kBucketCnt && b->tophash[run + 1] == kEmptyRest)
          run++;
        os << "    " << i;
        if (run > i) os << ".." << run;
        i = run;
        os << ": ";
        PrintTopHash(top, os);
        if (top >= kMinTopHash) {
          const uint8_t* k = KeyAt(t, b, i);
          const uint8_t* e = ElemAt(t, b, i);
          if (t->IndirectKey()) k = Deref(k);
          if (t->IndirectElem()) e = Deref(e);
          os << "  key ";
          PrintValue(t->key, k, os);
          os << "  elem ";
          PrintValue(t->elem, e, os);
        }
        os << "\n";
      }
      (void)h;
    }
  }
}

}  // namespace

MapStats GetMapStats(const MapType* t, const Hmap* h) {
  MapStats s;
  if (h == nullptr) return s;
  s.count = h->count;
  s.log2_buckets = h->log2_buckets;
  s.buckets = BucketShift(h->log2_buckets);
  s.flags = h->flags;
  s.noverflow = h->noverflow;
  s.growing = h->oldbuckets != nullptr;
  s.same_size_grow = h->flags & kSameSizeGrow;
  s.nevacuate = h->nevacuate;
  s.load_factor = static_cast<double>(h->count) / static_cast<double>(s.buckets);
  s.bytes_held = sizeof(Hmap);
  const MapAux* aux = Aux(h);
  if (h->buckets != nullptr) {
    s.array_buckets = NumBuckets(t, h->log2_buckets);
    s.prealloc_overflow_total = s.array_buckets - s.buckets;
    if (h->buckets != aux->stack_bucket) {
      s.bytes_held += alloc::RoundUpSize(BucketArrayRequest(t, h->log2_buckets).size);
    }
    if (h->extra != nullptr && h->extra->next_overflow != nullptr) {
      uint64_t idx = (reinterpret_cast<uintptr_t>(h->extra->next_overflow) -
                      reinterpret_cast<uintptr_t>(h->buckets)) /
                     t->bucketsize;
      s.prealloc_overflow_free = s.array_buckets - idx;
    }
    for (uint64_t bi = 0; bi < s.buckets; bi++) {
      uint64_t len = 0;
      for (const Bmap* b = BucketAt(t, h->buckets, bi); b != nullptr; b = Overflow(t, b)) len++;
      s.overflow_buckets += len - 1;
      s.chain_histogram[std::min<uint64_t>(len, kChainHistogramSize) - 1]++;
    }
  }
  if (h->oldbuckets != nullptr) {
    s.old_buckets = BucketShift(OldLog2(h));
    for (uint64_t bi = 0; bi < s.old_buckets; bi++) {
      if (Evacuated(BucketAt(t, h->oldbuckets, bi))) s.evacuated_old++;
    }
    if (h->oldbuckets != aux->stack_bucket) {
      s.bytes_held += alloc::RoundUpSize(BucketArrayRequest(t, OldLog2(h)).size);
    }
  }
  uint64_t ovf_bytes = alloc::RoundUpSize(t->bucketsize);
  s.bytes_held += (aux->ovf_cur.size() + aux->ovf_old.size()) * ovf_bytes;
  if (h->extra != nullptr) {
    s.bytes_held += alloc::RoundUpSize(sizeof(MapExtra));
    for (const GoSlice* sl : {h->extra->overflow, h->extra->oldoverflow}) {
      if (sl == nullptr) continue;
      s.bytes_held += alloc::RoundUpSize(sizeof(GoSlice)) + alloc::RoundUpSize(sl->cap * 8);
    }
  }
  uint64_t indirect = (t->IndirectKey() ? alloc::RoundUpSize(t->key.size) : 0) +
                      (t->IndirectElem() ? alloc::RoundUpSize(t->elem.size) : 0);
  s.bytes_held += indirect * static_cast<uint64_t>(h->count);
  return s;
}

void PrintMapStats(const MapStats& s, llvm::raw_ostream& os) {
  os << "count: " << s.count << "\n";
  os << "B: " << unsigned(s.log2_buckets) << " (" << s.buckets << " buckets, " << s.array_buckets
     << " in the array)\n";
  os << "load factor: " << llvm::format("%.3f", s.load_factor) << "\n";
  os << "flags: ";
  PrintFlags(s.flags, os);
  os << "\n";
  os << "growing: " << (s.growing ? (s.same_size_grow ? "same-size" : "doubling") : "no");
  if (s.growing) {
    os << " (old buckets " << s.old_buckets << ", evacuated " << s.evacuated_old << ", nevacuate "
       << s.nevacuate << ")";
  }
  os << "\n";
  os << "noverflow: " << s.noverflow << "\n";
  os << "overflow buckets: " << s.overflow_buckets << " (preallocated " << s.prealloc_overflow_total
     << ", free " << s.prealloc_overflow_free << ")\n";
  os << "bytes held: " << s.bytes_held << "\n";
  os << "chain lengths:";
  for (int i = 0; i < kChainHistogramSize; i++) {
    os << " " << (i + 1) << (i + 1 == kChainHistogramSize ? "+" : "") << ":"
       << s.chain_histogram[i];
  }
  os << "\n";
}

void DumpMap(const MapType* t, const Hmap* h, llvm::raw_ostream& os) {
  os << t->name << " ";
  if (h == nullptr) {
    os << "nil\n";
    return;
  }
  os << "count=" << h->count << " B=" << unsigned(h->log2_buckets) << " flags=";
  PrintFlags(h->flags, os);
  os << " noverflow=" << h->noverflow << " hash0=" << llvm::format_hex(h->hash0, 10)
     << " bucketsize=" << t->bucketsize << "\n";
  if (h->buckets == nullptr) {
    os << "buckets: none yet (allocated by the first insert)\n";
    return;
  }
  uint64_t n = BucketShift(h->log2_buckets);
  os << "buckets: " << n << " + " << (NumBuckets(t, h->log2_buckets) - n)
     << " preallocated overflow" << (h->buckets == Aux(h)->stack_bucket ? " (stack)" : "") << "\n";
  DumpTable(t, h, h->buckets, h->log2_buckets, false, os);
  if (h->oldbuckets != nullptr) {
    os << "oldbuckets: " << BucketShift(OldLog2(h)) << ", nevacuate=" << h->nevacuate
       << ((h->flags & kSameSizeGrow) ? " (same-size grow)" : " (doubling grow)") << "\n";
    DumpTable(t, h, h->oldbuckets, OldLog2(h), true, os);
  }
}

std::string DumpMapToString(const MapType* t, const Hmap* h) {
  std::string out;
  llvm::raw_string_ostream os(out);
  DumpMap(t, h, os);
  os.flush();
  return out;
}

}  // namespace goescape::runtime::hashmap
