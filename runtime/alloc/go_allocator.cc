// go_allocator.cc: GoAllocator's counting (see go_allocator.h for the model)
// and its backing memory (calloc/malloc with a cache of large blocks).
#include "runtime/alloc/go_allocator.h"

#include <sys/mman.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace goescape::runtime::alloc {
namespace {

// kLargeCacheLimit bounds the bytes of released large blocks kept for reuse
// (only blocks below kHugeMin are cached: bigger ones go back to the OS at
// once, so a grown map's old arrays do not stay resident).
constexpr uint64_t kLargeCacheLimit = uint64_t{64} << 20;

alignas(16) unsigned char zero_base[16];

[[noreturn]] void OutOfMemory(uint64_t bytes) {
  std::fprintf(stderr, "fatal error: runtime: out of memory allocating %llu bytes\n",
               static_cast<unsigned long long>(bytes));
  std::exit(2);
}

uint64_t AlignUp(uint64_t n, uint64_t a) { return (n + a - 1) & ~(a - 1); }

// Blocks of at least kHugeMin bytes are mapped directly, 2 MiB aligned, and
// advised to use transparent huge pages, as Go 1.19 advises its heap
// arenas (sysHugePage); random access to a big bucket array then costs far
// fewer TLB misses. Fresh mappings are zero.
constexpr uint64_t kHugePage = uint64_t{2} << 20;
constexpr uint64_t kHugeMin = uint64_t{1} << 20;

void* MapHuge(uint64_t bytes) {
  uint64_t len = AlignUp(bytes, kHugePage);
  void* raw =
      mmap(nullptr, len + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  auto start = reinterpret_cast<uintptr_t>(raw);
  uintptr_t aligned = AlignUp(start, kHugePage);
  if (aligned > start) munmap(raw, aligned - start);
  uintptr_t end = start + len + kHugePage;
  if (end > aligned + len) munmap(reinterpret_cast<void*>(aligned + len), end - (aligned + len));
  madvise(reinterpret_cast<void*>(aligned), len, MADV_HUGEPAGE);
  return reinterpret_cast<void*>(aligned);
}

void UnmapHuge(void* p, uint64_t bytes) { munmap(p, AlignUp(bytes, kHugePage)); }

void FreeBlock(void* p, uint64_t bytes) {
  if (bytes >= kHugeMin) {
    UnmapHuge(p, bytes);
  } else {
    std::free(p);
  }
}

}  // namespace

void* ZeroBase() { return zero_base; }

GoAllocator::~GoAllocator() {
  for (const CachedBlock& b : large_cache_) FreeBlock(b.p, b.bytes);
}

void GoAllocator::ResetStats() {
  stats_ = AllocStats{};
  tiny_block_ = false;
  tiny_offset_ = 0;
}

void GoAllocator::CountHeap(const AllocRequest& req, AllocEvent& ev) {
  uint64_t size = req.size;
  if (!req.has_pointers && size < kMaxTinySize) {
    uint64_t off = tiny_offset_;
    if ((size & 7) == 0) {
      off = AlignUp(off, 8);
    } else if ((size & 3) == 0) {
      off = AlignUp(off, 4);
    } else if ((size & 1) == 0) {
      off = AlignUp(off, 2);
    }
    if (off + size <= kMaxTinySize && tiny_block_) {
      tiny_offset_ = off + size;
      stats_.tiny_allocs++;
      stats_.mallocs++;
      stats_.frees++;
      ev.charged = 0;
      return;
    }
    // A fresh 16-byte block (class 2); it becomes the current block if it
    // leaves more free space than the old one.
    if (size < tiny_offset_ || !tiny_block_) {
      tiny_block_ = true;
      tiny_offset_ = size;
    }
    size = kMaxTinySize;
  }
  int cls = SizeToClass(size);
  uint64_t charged = RoundUpSize(size);
  if (cls == 0) stats_.large_allocs++;
  stats_.by_size[cls].mallocs++;
  stats_.mallocs++;
  stats_.total_alloc += charged;
  stats_.heap_alloc += charged;
  ev.charged = charged;
}

void* GoAllocator::LargeFromCache(uint64_t bytes, bool zeroed) {
  for (size_t i = large_cache_.size(); i-- > 0;) {
    if (large_cache_[i].bytes != bytes) continue;
    void* p = large_cache_[i].p;
    large_cache_[i] = large_cache_.back();
    large_cache_.pop_back();
    large_cache_bytes_ -= bytes;
    if (zeroed) std::memset(p, 0, bytes);
    return p;
  }
  return nullptr;
}

void* GoAllocator::Allocate(const AllocRequest& req) {
  uint64_t bytes = req.size + req.private_bytes;
  if (bytes == 0) return ZeroBase();
  if (req.size > 0 || req.placement == Placement::kStack) {
    AllocEvent ev{req.size, 0, req.has_pointers, req.placement};
    if (req.placement == Placement::kStack) {
      stats_.stack_allocs++;
      stats_.stack_bytes += req.size;
    } else {
      CountHeap(req, ev);
    }
    if (record_) events_.push_back(ev);
  }
  void* p = nullptr;
  if (bytes > kMaxSmallSize && bytes < kHugeMin) p = LargeFromCache(bytes, req.zeroed);
  if (p == nullptr && bytes >= kHugeMin) p = MapHuge(bytes);
  if (p == nullptr) p = req.zeroed ? std::calloc(1, bytes) : std::malloc(bytes);
  if (p == nullptr) OutOfMemory(bytes);
  return p;
}

void GoAllocator::Release(void* p, const AllocRequest& req) {
  uint64_t bytes = req.size + req.private_bytes;
  if (p == nullptr || p == ZeroBase() || bytes == 0) return;
  if (req.placement == Placement::kHeap && req.size > 0 &&
      (req.has_pointers || req.size >= kMaxTinySize)) {
    int cls = SizeToClass(req.size);
    uint64_t charged = RoundUpSize(req.size);
    stats_.by_size[cls].frees++;
    stats_.frees++;
    stats_.heap_alloc -= charged;
  }
  if (bytes > kMaxSmallSize && bytes < kHugeMin && large_cache_bytes_ + bytes <= kLargeCacheLimit) {
    large_cache_.push_back({bytes, p});
    large_cache_bytes_ += bytes;
    return;
  }
  FreeBlock(p, bytes);
}

}  // namespace goescape::runtime::alloc
