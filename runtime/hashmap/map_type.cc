// map_type.cc: NewMapType (bucket layout, flags, routine family) and the
// descriptors of common key and elem types.
#include "runtime/hashmap/map_type.h"

#include <llvm/Support/Format.h>
#include <llvm/Support/raw_ostream.h>

#include <cassert>
#include <cmath>
#include <cstring>

#include "runtime/hashmap/hash.h"

namespace goescape::runtime::hashmap {
namespace {

alignas(16) const uint8_t kZeroVal[kMaxZero] = {};

uint64_t HashInt32(const void* k, uint64_t seed, MapPanic*) {
  uint32_t v;
  std::memcpy(&v, k, 4);
  return MemHash32(v, seed);
}
uint64_t HashInt64(const void* k, uint64_t seed, MapPanic*) {
  uint64_t v;
  std::memcpy(&v, k, 8);
  return MemHash64(v, seed);
}
uint64_t HashString(const void* k, uint64_t seed, MapPanic*) {
  GoString s;
  std::memcpy(&s, k, 16);
  return StrHash(s, seed);
}
uint64_t HashFloat64(const void* k, uint64_t seed, MapPanic*) {
  double f;
  std::memcpy(&f, k, 8);
  return F64Hash(f, seed);
}
bool EqualInt32(const void* a, const void* b) { return std::memcmp(a, b, 4) == 0; }
bool EqualInt64(const void* a, const void* b) { return std::memcmp(a, b, 8) == 0; }
bool EqualString(const void* a, const void* b) {
  GoString x, y;
  std::memcpy(&x, a, 16);
  std::memcpy(&y, b, 16);
  return x.len == y.len && (x.ptr == y.ptr || std::memcmp(x.ptr, y.ptr, x.len) == 0);
}
bool EqualFloat64(const void* a, const void* b) {
  double x, y;
  std::memcpy(&x, a, 8);
  std::memcpy(&y, b, 8);
  return x == y;
}

void FormatInt32(const void* p, llvm::raw_ostream& os) {
  int32_t v;
  std::memcpy(&v, p, 4);
  os << v;
}
void FormatInt64(const void* p, llvm::raw_ostream& os) {
  int64_t v;
  std::memcpy(&v, p, 8);
  os << v;
}
void FormatString(const void* p, llvm::raw_ostream& os) {
  GoString s;
  std::memcpy(&s, p, 16);
  os << '"';
  if (s.ptr != nullptr)
    os.write_escaped(llvm::StringRef(reinterpret_cast<const char*>(s.ptr), s.len));
  os << '"';
}
void FormatFloat64(const void* p, llvm::raw_ostream& os) {
  double v;
  std::memcpy(&v, p, 8);
  if (v != v) {
    os << "NaN";
  } else if (v == 0 && std::signbit(v)) {
    os << "-0";
  } else {
    os << llvm::format("%g", v);
  }
}

}  // namespace

std::unique_ptr<MapType> NewMapType(const KeyDesc& key, const ValueDesc& elem, bool force_generic) {
  auto t = std::make_unique<MapType>();
  t->key = key.value;
  t->elem = elem;
  t->hasher = key.hasher;
  t->key_equal = key.equal;
  bool indirect_key = key.value.size > kMaxKeySize;
  bool indirect_elem = elem.size > kMaxElemSize;
  t->keysize = static_cast<uint8_t>(indirect_key ? 8 : key.value.size);
  t->elemsize = static_cast<uint8_t>(indirect_elem ? 8 : elem.size);
  t->bucketsize = static_cast<uint16_t>(8 + 8 * (t->keysize + t->elemsize) + 8);
  t->flags = (indirect_key ? kIndirectKey : 0) | (indirect_elem ? kIndirectElem : 0) |
             (key.reflexive ? kReflexiveKey : 0) | (key.need_key_update ? kNeedKeyUpdate : 0) |
             (key.hash_might_panic ? kHashMightPanic : 0);
  t->bucket_has_pointers =
      indirect_key || indirect_elem || key.value.has_pointers || elem.has_pointers;
  // walk.mapfast: fast routines only for elems up to 128 bytes.
  t->alg = MapAlg::kGeneric;
  if (!force_generic && elem.size <= kMaxElemSize) {
    switch (key.kind) {
      case KeyKind::kMem32:
        t->alg = MapAlg::kFast32;
        break;
      case KeyKind::kMem64:
        t->alg = MapAlg::kFast64;
        break;
      case KeyKind::kString:
        t->alg = MapAlg::kFastStr;
        break;
      case KeyKind::kOther:
        break;
    }
  }
  if (elem.size <= kMaxZero) {
    t->zero = kZeroVal;
  } else {
    t->big_zero = std::make_unique<uint8_t[]>(elem.size);
    t->zero = t->big_zero.get();
  }
  t->name = std::string("map[") + key.value.name + "]" + elem.name;
  return t;
}

KeyDesc Int32Key() {
  KeyDesc k;
  k.value = {4, 4, false, "int32", FormatInt32};
  k.hasher = HashInt32;
  k.equal = EqualInt32;
  k.kind = KeyKind::kMem32;
  return k;
}

KeyDesc Int64Key() {
  KeyDesc k;
  k.value = {8, 8, false, "int64", FormatInt64};
  k.hasher = HashInt64;
  k.equal = EqualInt64;
  k.kind = KeyKind::kMem64;
  return k;
}

KeyDesc StringKey() {
  KeyDesc k;
  k.value = {16, 8, true, "string", FormatString};
  k.hasher = HashString;
  k.equal = EqualString;
  k.kind = KeyKind::kString;
  k.need_key_update = true;
  return k;
}

KeyDesc Float64Key() {
  KeyDesc k;
  k.value = {8, 8, false, "float64", FormatFloat64};
  k.hasher = HashFloat64;
  k.equal = EqualFloat64;
  k.kind = KeyKind::kOther;
  k.reflexive = false;
  k.need_key_update = true;
  return k;
}

namespace {
// Plain-memory keys: HashFn has no context argument, so each supported
// size gets its own instantiation.
template <uint32_t N>
uint64_t HashPlain(const void* k, uint64_t seed, MapPanic*) {
  return MemHash(k, N, seed);
}
template <uint32_t N>
bool EqualPlain(const void* a, const void* b) {
  return std::memcmp(a, b, N) == 0;
}
void FormatPlain(const void* p, llvm::raw_ostream& os) {
  // First 8 bytes in hex: enough to tell keys apart in a dump.
  uint64_t v;
  std::memcpy(&v, p, 8);
  os << llvm::format_hex(v, 18) << "...";
}
}  // namespace

KeyDesc PlainMemKey(uint32_t size, const char* name) {
  KeyDesc k;
  k.value = {size, 8, false, name, size >= 8 ? FormatPlain : nullptr};
  switch (size) {
    case 16:
      k.hasher = HashPlain<16>;
      k.equal = EqualPlain<16>;
      break;
    case 24:
      k.hasher = HashPlain<24>;
      k.equal = EqualPlain<24>;
      break;
    case 200:
      k.hasher = HashPlain<200>;
      k.equal = EqualPlain<200>;
      break;
    default:
      assert(false && "PlainMemKey: add the size to the switch");
      return k;
  }
  k.kind = KeyKind::kOther;
  return k;
}

ValueDesc Int64Value() { return {8, 8, false, "int64", FormatInt64}; }
ValueDesc Int32Value() { return {4, 4, false, "int32", FormatInt32}; }
ValueDesc StringValue() { return {16, 8, true, "string", FormatString}; }
ValueDesc BytesValue(uint32_t size, const char* name) { return {size, 1, false, name, nullptr}; }

}  // namespace goescape::runtime::hashmap
