// hash.cc: the out-of-line half of hashing (long inputs) and seeding.
#include "runtime/hashmap/hash.h"

#include <sys/random.h>

#include <cstdlib>
#include <ctime>

namespace goescape::runtime::hashmap {

uint64_t MemHashLong(const uint8_t* p, size_t n, uint64_t seed) {
  const uint64_t* k = g_hash_state.key;
  uint64_t s = seed ^ k[0];
  size_t i = n;
  if (i > 48) {
    // Three independent lanes of 16 bytes each keep the multiplier busy.
    uint64_t s1 = s, s2 = s;
    do {
      s = Mix(Read64(p) ^ k[1], Read64(p + 8) ^ s);
      s1 = Mix(Read64(p + 16) ^ k[2], Read64(p + 24) ^ s1);
      s2 = Mix(Read64(p + 32) ^ k[3], Read64(p + 40) ^ s2);
      p += 48;
      i -= 48;
    } while (i > 48);
    s ^= s1 ^ s2;
  }
  while (i > 16) {
    s = Mix(Read64(p) ^ k[1], Read64(p + 8) ^ s);
    p += 16;
    i -= 16;
  }
  // The last 16 bytes of the input (they may overlap bytes already mixed).
  uint64_t a = Read64(p + i - 16);
  uint64_t b = Read64(p + i - 8);
  return Mix(Mix(a ^ k[1], b ^ s) ^ k[2], n ^ k[3]);
}

void SeedRuntime(uint64_t seed) {
  g_hash_state.seed = seed;
  // splitmix64 expands the seed into the keys and the generator state.
  uint64_t x = seed;
  auto next = [&x]() {
    x += 0x9e3779b97f4a7c15ULL;
    uint64_t z = x;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  };
  for (uint64_t& key : g_hash_state.key) key = next() | 1;
  g_hash_state.rand_state = next();
}

void SeedRuntimeFromEnvironment() {
  if (const char* env = std::getenv("GOESCAPE_SEED"); env != nullptr && *env != '\0') {
    SeedRuntime(std::strtoull(env, nullptr, 0));
    return;
  }
  uint64_t seed = 0;
  if (getrandom(&seed, sizeof seed, 0) != static_cast<ssize_t>(sizeof seed)) {
    seed = static_cast<uint64_t>(std::time(nullptr)) * 0x9e3779b97f4a7c15ULL;
  }
  SeedRuntime(seed);
}

namespace {
// Seeds once at start-up, before main.
[[maybe_unused]] const bool seeded_at_startup = (SeedRuntimeFromEnvironment(), true);
}  // namespace

}  // namespace goescape::runtime::hashmap
