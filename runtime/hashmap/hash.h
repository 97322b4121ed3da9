// hash.h: seeded hashing for map keys and the runtime's random source.
//
// Go 1.19 hashes map keys with aeshash on amd64 (AES-NI) or a wyhash-style
// fallback, both keyed by per-process random keys, and feeds each map's
// random hash0 in as the seed, so collisions cannot be planned in advance.
// goescape uses its own multiply-fold hash: Mix(a, b) is the 128-bit product
// of a and b with its halves XORed, so every output bit depends on every
// input bit. 4- and 8-byte keys take one Mix with a seed-dependent random
// multiplier; longer inputs are folded in 16 bytes per Mix and finished
// with two more Mixes. Inputs are XORed with four per-process keys drawn from the
// random source.
//
// Randomness (FastRand) is a wyrand generator. The runtime has one source per
// process: SeedRuntime(seed) makes the whole run reproducible (hash keys,
// every map's hash0, iteration start points, NaN hashes); by default the
// seed comes from the environment variable GOESCAPE_SEED if set, else from
// the OS entropy source. Single-threaded: no locking.
//
// Properties the map relies on (tested in tests/unit/runtime): equal keys
// hash equally for a given seed; ±0 hash equally; NaN hashes randomly; low
// bits (bucket index) and top 8 bits (tophash) are uniformly spread.
#ifndef GOESCAPE_RUNTIME_HASHMAP_HASH_H_
#define GOESCAPE_RUNTIME_HASHMAP_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace goescape::runtime::hashmap {

// GoString is a Go string header: {ptr, len}, 16 bytes, as Go lays it out.
struct GoString {
  const uint8_t* ptr = nullptr;
  int64_t len = 0;
};
static_assert(sizeof(GoString) == 16, "a Go string header is 16 bytes");

// HashState is the per-process hashing and randomness state.
struct HashState {
  uint64_t key[4] = {0xa0761d6478bd642fULL, 0xe7037ed1a0b428dbULL, 0x8ebc6af09c88c6e3ULL,
                     0x589965cc75374cc3ULL};
  uint64_t rand_state = 0x2d358dccaa6c78a5ULL;
  uint64_t seed = 0;
};

// g_hash_state is the process's hashing state (see SeedRuntime).
inline HashState g_hash_state;

// SeedRuntime makes the run reproducible: derives the hash keys and the
// random source from `seed`.
void SeedRuntime(uint64_t seed);
// SeedRuntimeFromEnvironment seeds from GOESCAPE_SEED if set, else from the
// OS entropy source. Runs once at start-up automatically.
void SeedRuntimeFromEnvironment();
// RuntimeSeed returns the seed in effect (print it to reproduce a run).
inline uint64_t RuntimeSeed() { return g_hash_state.seed; }

// Mix multiplies a and b to 128 bits and folds the halves together.
inline uint64_t Mix(uint64_t a, uint64_t b) {
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

// FastRand64 returns the next 64 random bits (wyrand).
inline uint64_t FastRand64() {
  g_hash_state.rand_state += 0xa0761d6478bd642fULL;
  return Mix(g_hash_state.rand_state, g_hash_state.rand_state ^ 0xe7037ed1a0b428dbULL);
}
// FastRand returns 32 random bits (Go's fastrand).
inline uint32_t FastRand() { return static_cast<uint32_t>(FastRand64() >> 32); }

inline uint64_t Read64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t Read32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// MemHash64 hashes one 8-byte word (Go's memhash64).
// One Mix: the random multiplier (seed ^ key) makes every output bit
// depend on every input bit (the high half of the product carries the
// key's high bits down into the low bits that pick the bucket).
inline uint64_t MemHash64(uint64_t v, uint64_t seed) {
  const uint64_t* k = g_hash_state.key;
  return Mix(v ^ k[0], seed ^ k[1]);
}
// MemHash32 hashes one 4-byte word (Go's memhash32).
inline uint64_t MemHash32(uint32_t v, uint64_t seed) {
  const uint64_t* k = g_hash_state.key;
  return Mix((uint64_t{v} << 32 | v) ^ k[2], seed ^ k[3]);
}

// MemHashLong hashes more than 16 bytes; out of line.
uint64_t MemHashLong(const uint8_t* p, size_t n, uint64_t seed);

// MemHash hashes n bytes of plain memory (Go's memhash).
inline uint64_t MemHash(const void* data, size_t n, uint64_t seed) {
  const uint8_t* p = static_cast<const uint8_t*>(data);
  const uint64_t* k = g_hash_state.key;
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 8) {
      a = Read64(p);
      b = Read64(p + n - 8);
    } else if (n >= 4) {
      a = Read32(p);
      b = Read32(p + n - 4);
    } else if (n > 0) {
      a = uint64_t{p[0]} << 16 | uint64_t{p[n >> 1]} << 8 | p[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
    return Mix(Mix(a ^ k[1], b ^ seed ^ k[0]) ^ k[2], n ^ k[3]);
  }
  return MemHashLong(p, n, seed);
}

// StrHash hashes a Go string's bytes (Go's strhash).
inline uint64_t StrHash(const GoString& s, uint64_t seed) {
  return MemHash(s.ptr, static_cast<size_t>(s.len), seed);
}

// F64Hash hashes a float64 (Go's f64hash): +0 and -0 alike, NaN randomly.
inline uint64_t F64Hash(double f, uint64_t seed) {
  if (f == 0) return MemHash64(0, seed);
  if (f != f) return MemHash64(FastRand64(), seed);
  uint64_t bits;
  std::memcpy(&bits, &f, 8);
  return MemHash64(bits, seed);
}
// F32Hash hashes a float32 (Go's f32hash).
inline uint64_t F32Hash(float f, uint64_t seed) {
  if (f == 0) return MemHash32(0, seed);
  if (f != f) return MemHash64(FastRand64(), seed);
  uint32_t bits;
  std::memcpy(&bits, &f, 4);
  return MemHash32(bits, seed);
}

}  // namespace goescape::runtime::hashmap

#endif  // GOESCAPE_RUNTIME_HASHMAP_HASH_H_
