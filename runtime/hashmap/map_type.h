// map_type.h: MapType, the type descriptor of one Go map type
// (runtime.maptype), and the key/elem descriptions it is built from.
//
// The interpreter builds one MapType per Go map type from the key and elem
// types: sizes and alignment, whether they hold pointers, the key's hasher
// and equality, and the flags the compiler derives (reflexive key,
// need-key-update, hash-might-panic). NewMapType then lays out the bucket
// exactly as Go 1.19's compiler (reflectdata.MapBucketType) does on amd64:
//
//   [0, 8)                      tophash[8]
//   [8, 8 + 8*keysize)          8 keys   (keysize = key size, or 8 if indirect)
//   [.., .. + 8*elemsize)       8 elems  (elemsize = elem size, or 8 if indirect)
//   [bucketsize - 8, bucketsize) overflow pointer
//
// so bucketsize = 16 + 8*(keysize + elemsize): 144 for map[int64]int64, 208
// for map[string]int. Keys or elems larger than 128 bytes are stored
// indirectly (the slot holds a pointer to a separate heap object). It also
// picks the access path the compiler would (walk.mapfast): the fast32,
// fast64 or faststr routines when the elem is at most 128 bytes and the key
// is 4- or 8-byte plain memory or a string, the generic routines otherwise.
#ifndef GOESCAPE_RUNTIME_HASHMAP_MAP_TYPE_H_
#define GOESCAPE_RUNTIME_HASHMAP_MAP_TYPE_H_

#include <cstdint>
#include <memory>
#include <string>

namespace llvm {
class raw_ostream;
}

namespace goescape::runtime::hashmap {

struct MapPanic;

// HashFn hashes the key at `key` with `seed`. A hasher that meets an
// unhashable dynamic type (interface keys) fills *panic and returns 0.
using HashFn = uint64_t (*)(const void* key, uint64_t seed, MapPanic* panic);
// EqualFn compares two keys (Go's ==).
using EqualFn = bool (*)(const void* a, const void* b);
// FormatFn prints a value for dumps.
using FormatFn = void (*)(const void* value, llvm::raw_ostream& os);

// KeyKind is the key's "alg kind" as the compiler sees it for fast paths.
enum class KeyKind : uint8_t {
  kMem32,   // 4-byte pointer-free plain memory (int32, uint32, [4]byte...).
  kMem64,   // 8-byte plain memory (int64, uint64, pointers, chans...).
  kString,  // A Go string.
  kOther,   // Anything else (floats, interfaces, other sizes, structs).
};

// MapAlg is the family of routines used for a map type.
enum class MapAlg : uint8_t { kGeneric, kFast32, kFast64, kFastStr };

// ValueDesc describes a key or elem Go type.
struct ValueDesc {
  uint32_t size = 0;
  uint32_t align = 1;
  bool has_pointers = false;
  const char* name = "?";     // Go spelling, for dumps.
  FormatFn format = nullptr;  // Optional printer for dumps.
};

// KeyDesc adds what only keys need.
struct KeyDesc {
  ValueDesc value;
  HashFn hasher = nullptr;
  EqualFn equal = nullptr;
  KeyKind kind = KeyKind::kOther;
  bool reflexive = true;          // k == k for every value (false for floats, interfaces).
  bool need_key_update = false;   // Overwrite the stored key on assignment.
  bool hash_might_panic = false;  // Interface keys: the dynamic type may be unhashable.
};

// kMaxKeySize and kMaxElemSize: larger keys/elems are stored indirectly.
inline constexpr uint32_t kMaxKeySize = 128;
inline constexpr uint32_t kMaxElemSize = 128;
// kMaxZero is the size of the shared zero value returned for misses.
inline constexpr uint32_t kMaxZero = 1024;

// maptype.flags bits.
inline constexpr uint32_t kIndirectKey = 1;
inline constexpr uint32_t kIndirectElem = 2;
inline constexpr uint32_t kReflexiveKey = 4;
inline constexpr uint32_t kNeedKeyUpdate = 8;
inline constexpr uint32_t kHashMightPanic = 16;

// MapType is runtime.maptype plus what the C++ runtime needs. Immutable
// after NewMapType; shared by every map of the type.
struct MapType {
  ValueDesc key;
  ValueDesc elem;
  HashFn hasher = nullptr;
  EqualFn key_equal = nullptr;
  uint8_t keysize = 0;               // Key slot width.
  uint8_t elemsize = 0;              // Elem slot width.
  uint16_t bucketsize = 0;           // Bucket size in bytes.
  uint32_t flags = 0;                // kIndirectKey | ... bits.
  bool bucket_has_pointers = false;  // Bucket ptrdata != 0.
  MapAlg alg = MapAlg::kGeneric;
  const void* zero = nullptr;           // Zero elem returned by misses.
  std::string name;                     // "map[K]V".
  std::unique_ptr<uint8_t[]> big_zero;  // Owns `zero` when elem > kMaxZero.

  bool IndirectKey() const { return flags & kIndirectKey; }
  bool IndirectElem() const { return flags & kIndirectElem; }
  bool ReflexiveKey() const { return flags & kReflexiveKey; }
  bool NeedKeyUpdate() const { return flags & kNeedKeyUpdate; }
  bool HashMightPanic() const { return flags & kHashMightPanic; }
};

// NewMapType builds a MapType. force_generic disables the fast paths
// (tests use it to check that both families agree).
std::unique_ptr<MapType> NewMapType(const KeyDesc& key, const ValueDesc& elem,
                                    bool force_generic = false);

// Ready-made descriptors for common Go types (tests, benchmarks, and the
// interpreter's basic types).
KeyDesc Int32Key();
KeyDesc Int64Key();
KeyDesc StringKey();
KeyDesc Float64Key();
// PlainMemKey describes a pointer-free plain-memory key of `size` bytes
// (a struct or array of integers), hashed with MemHash.
KeyDesc PlainMemKey(uint32_t size, const char* name);
ValueDesc Int64Value();
ValueDesc Int32Value();
ValueDesc StringValue();
ValueDesc BytesValue(uint32_t size, const char* name);  // [size]byte.

}  // namespace goescape::runtime::hashmap

#endif  // GOESCAPE_RUNTIME_HASHMAP_MAP_TYPE_H_
