// differential.cc: the map-vs-model harness (see differential.h).
#include "differential.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_set>

#include "runtime/hashmap/invariants.h"

namespace goescape::runtime::hashmap::testing {
namespace {

constexpr uint64_t kOdd64 = 0x9e3779b97f4a7c15ULL;
constexpr uint32_t kOdd32 = 2654435761u;

// Inverse of an odd number modulo 2^64 (Newton's iteration).
constexpr uint64_t Inverse64(uint64_t a) {
  uint64_t x = a;
  for (int i = 0; i < 6; i++) x *= 2 - a * x;
  return x;
}
constexpr uint64_t kInv64 = Inverse64(kOdd64);
constexpr uint32_t kInv32 = static_cast<uint32_t>(Inverse64(kOdd32));
static_assert(kOdd64 * kInv64 == 1);
static_assert(static_cast<uint32_t>(kOdd32 * kInv32) == 1);

constexpr uint32_t kElem136 = 136;
constexpr uint64_t kNanId = ~uint64_t{0};

[[noreturn]] void HarnessFatal(void*, const char* msg) {
  std::fprintf(stderr, "fatal error: %s\n", msg);
  std::abort();
}

uint64_t SplitMix(uint64_t x) {
  x += kOdd64;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::string StringFor(uint64_t id) {
  // Distinct for distinct ids; lengths 0..40 (id 0 is the empty string).
  if (id == 0) return "";
  std::string s = std::to_string(id);
  size_t pad = SplitMix(id) % 32;
  s.push_back('.');
  for (size_t i = 0; i < pad; i++) s.push_back(static_cast<char>('a' + (id + i) % 26));
  return s;
}

}  // namespace

uint64_t RandomSource::Next() {
  s_ += kOdd64;
  return SplitMix(s_);
}

uint64_t FuzzSource::Next() {
  uint64_t v = 0;
  for (int i = 0; i < 2 && pos_ < size_; i++) v = v << 8 | data_[pos_++];
  // Spread 16 bits of input over 64 so decisions look random.
  return SplitMix(v) ^ (v << 48);
}

Differential::Differential(DiffKey kind, CheckPolicy policy, uint64_t max_key_space)
    : kind_(kind), policy_(policy), max_key_space_(max_key_space) {
  rt_.allocator = &allocator_;
  rt_.fatal = HarnessFatal;
  switch (kind) {
    case DiffKey::kInt32:
      type_ = NewMapType(Int32Key(), Int64Value());
      break;
    case DiffKey::kInt64:
      type_ = NewMapType(Int64Key(), Int64Value());
      break;
    case DiffKey::kString:
      type_ = NewMapType(StringKey(), Int64Value());
      break;
    case DiffKey::kStruct200:
      type_ = NewMapType(PlainMemKey(200, "[200]byte"), BytesValue(kElem136, "[136]byte"));
      break;
    case DiffKey::kFloat64:
      type_ = NewMapType(Float64Key(), Int64Value());
      break;
    case DiffKey::kInt64Generic:
      type_ = NewMapType(Int64Key(), Int64Value(), /*force_generic=*/true);
      break;
    case DiffKey::kStringGeneric:
    case DiffKey::kCount:
      type_ = NewMapType(StringKey(), Int64Value(), /*force_generic=*/true);
      break;
  }
  h_ = MakeMap(rt_, type_.get(), 0);
}

Differential::~Differential() { DestroyMap(type_.get(), h_); }

bool Differential::Fail(const std::string& msg) {
  if (error_.empty()) {
    error_ = type_->name + ": " + msg + " (after " + std::to_string(ops_) + " ops)";
  }
  return false;
}

void Differential::MakeKey(uint64_t id, bool alt_copy, bool neg_zero, bool nan, uint8_t* out) {
  switch (kind_) {
    case DiffKey::kInt32: {
      uint32_t v = static_cast<uint32_t>(id) * kOdd32;
      std::memcpy(out, &v, 4);
      return;
    }
    case DiffKey::kInt64:
    case DiffKey::kInt64Generic: {
      uint64_t v = id * kOdd64;
      std::memcpy(out, &v, 8);
      return;
    }
    case DiffKey::kString:
    case DiffKey::kStringGeneric:
    case DiffKey::kCount: {
      // Two separately allocated copies of each key's bytes (lookups with
      // the other copy cannot take the pointer-equality shortcut). Node
      // based, so the bytes never move.
      auto& pool = alt_copy ? strings_b_ : strings_a_;
      auto it = pool.find(id);
      if (it == pool.end()) it = pool.emplace(id, StringFor(id)).first;
      GoString s{reinterpret_cast<const uint8_t*>(it->second.data()),
                 static_cast<int64_t>(it->second.size())};
      std::memcpy(out, &s, 16);
      return;
    }
    case DiffKey::kStruct200: {
      std::memcpy(out, &id, 8);
      for (int i = 8; i < 200; i++) out[i] = static_cast<uint8_t>(SplitMix(id) >> (i % 8 * 8));
      return;
    }
    case DiffKey::kFloat64: {
      double f = nan ? std::nan("") : static_cast<double>(id);
      if (!nan && id == 0 && neg_zero) f = -0.0;
      std::memcpy(out, &f, 8);
      return;
    }
  }
}

uint64_t Differential::KeyId(const uint8_t* key, bool* nan, bool* neg_zero) const {
  *nan = false;
  *neg_zero = false;
  switch (kind_) {
    case DiffKey::kInt32: {
      uint32_t v;
      std::memcpy(&v, key, 4);
      return static_cast<uint32_t>(v * kInv32);
    }
    case DiffKey::kInt64:
    case DiffKey::kInt64Generic: {
      uint64_t v;
      std::memcpy(&v, key, 8);
      return v * kInv64;
    }
    case DiffKey::kString:
    case DiffKey::kStringGeneric:
    case DiffKey::kCount: {
      GoString s;
      std::memcpy(&s, key, 16);
      if (s.len == 0) return 0;
      return std::strtoull(std::string(reinterpret_cast<const char*>(s.ptr), s.len).c_str(),
                           nullptr, 10);
    }
    case DiffKey::kStruct200: {
      uint64_t id;
      std::memcpy(&id, key, 8);
      return id;
    }
    case DiffKey::kFloat64: {
      double f;
      std::memcpy(&f, key, 8);
      if (f != f) {
        *nan = true;
        return kNanId;
      }
      *neg_zero = f == 0 && std::signbit(f);
      return static_cast<uint64_t>(f);
    }
  }
  return 0;
}

void Differential::WriteElem(void* elem, int64_t v) const {
  std::memcpy(elem, &v, 8);
  if (kind_ == DiffKey::kStruct200) {
    auto* p = static_cast<uint8_t*>(elem);
    for (uint32_t j = 8; j < kElem136; j++) p[j] = static_cast<uint8_t>(v + j);
  }
}

int64_t Differential::ReadElem(const void* elem) const {
  int64_t v;
  std::memcpy(&v, elem, 8);
  if (kind_ == DiffKey::kStruct200) {
    const auto* p = static_cast<const uint8_t*>(elem);
    for (uint32_t j = 8; j < kElem136; j++) {
      if (p[j] != static_cast<uint8_t>(v + j)) return INT64_MIN;  // Corrupted elem.
    }
  }
  return v;
}

uint64_t Differential::PickId(ByteSource& src) {
  uint64_t r = src.Next();
  if (r % 16 == 0) return key_base_ + key_space_ + (r >> 8) % (key_space_ + 1);  // Likely miss.
  return key_base_ + (r >> 8) % key_space_;
}

bool Differential::Check() {
  uint64_t n = static_cast<uint64_t>(MapLen(h_));
  max_count_ = std::max(max_count_, n);
  if (static_cast<int64_t>(n) != static_cast<int64_t>(model_.size() + nan_values_.size())) {
    return Fail("len " + std::to_string(n) + " != model " +
                std::to_string(model_.size() + nan_values_.size()));
  }
  if (h_->log2_buckets != last_b_) grows_++;
  last_b_ = h_->log2_buckets;
  since_check_++;
  if (policy_ == CheckPolicy::kEveryStep || n <= 256 || since_check_ * 16 >= n) {
    since_check_ = 0;
    std::string err = CheckMap(type_.get(), h_);
    if (!err.empty()) return Fail("invariant: " + err);
  }
  return true;
}

uint64_t Differential::NextChurnId() {
  // Fresh ids from a ring above every window id (the window wraps at 2^18
  // and reaches at most 2^18 + 3 * 30000).
  constexpr uint64_t kChurnBase = (uint64_t{1} << 18) + (uint64_t{1} << 16);
  uint64_t id = kChurnBase + (churn_next_++ % (uint64_t{1} << 16));
  churn_fifo_.push_back(id);
  return id;
}

bool Differential::DoAssign(uint64_t id, bool alt, bool neg_zero, bool nan, int64_t v) {
  alignas(8) uint8_t key[200];
  MakeKey(id, alt, neg_zero, nan, key);
  MapPanic p;
  bool was_same = h_->flags & kSameSizeGrow;
  void* e = MapAssign(type_.get(), h_, key, &p);
  ops_++;
  if ((h_->flags & kSameSizeGrow) && !was_same) same_size_grows_++;
  if (e == nullptr) return Fail("assign panicked: " + p.Message());
  WriteElem(e, v);
  if (nan) {
    nan_values_.push_back(v);
  } else {
    ModelEntry& m = model_[id];
    m.value = v;
    m.neg_zero = neg_zero && id == 0;  // Float keys need key update: the last spelling wins.
  }
  return true;
}

bool Differential::DoLookup(uint64_t id, bool alt, bool two) {
  alignas(8) uint8_t key[200];
  bool nan = kind_ == DiffKey::kFloat64 && id == kNanId;
  MakeKey(id, alt, (id & 1) != 0, nan, key);
  auto it = nan ? model_.end() : model_.find(id);
  bool want = it != model_.end();
  ops_++;
  const void* e;
  bool ok = true;
  if (two) {
    e = MapAccess2(type_.get(), h_, key, &ok);
  } else {
    e = MapAccess1(type_.get(), h_, key);
  }
  if (e == nullptr) return Fail("lookup returned null");
  if (two && ok != want) return Fail("comma-ok lookup of id " + std::to_string(id) + " wrong");
  int64_t got = ReadElem(e);
  int64_t expect = want ? it->second.value : 0;
  if (kind_ == DiffKey::kStruct200 && !want) {
    // The zero value: all 136 bytes zero (ReadElem's pattern check fails).
    const auto* z = static_cast<const uint8_t*>(e);
    if (std::any_of(z, z + kElem136, [](uint8_t b) { return b != 0; })) {
      return Fail("miss did not return the zero value");
    }
    return true;
  }
  if (got != expect) {
    return Fail("lookup of id " + std::to_string(id) + " got " + std::to_string(got) + " want " +
                std::to_string(expect));
  }
  return true;
}

bool Differential::DoDelete(uint64_t id, bool alt, bool neg_zero, bool nan) {
  alignas(8) uint8_t key[200];
  MakeKey(id, alt, neg_zero, nan, key);
  ops_++;
  if (!MapDelete(type_.get(), h_, key)) return Fail("delete panicked");
  if (!nan) model_.erase(id);  // delete(m, NaN) removes nothing.
  return true;
}

bool Differential::DoClear() {
  ops_++;
  if (kind_ == DiffKey::kFloat64) return true;  // Go only uses mapclear for reflexive keys.
  MapClear(type_.get(), h_);
  model_.clear();
  nan_values_.clear();
  return true;
}

bool Differential::DoIterate(ByteSource& src, bool mutate) {
  std::unordered_map<uint64_t, ModelEntry> start = model_;
  std::unordered_set<uint64_t> seen, touched;  // touched: deleted or inserted meanwhile.
  std::vector<int64_t> nan_seen;
  uint64_t nan_start = nan_values_.size();
  MapIter it;
  MapIterInit(type_.get(), h_, &it);
  ops_++;
  uint64_t steps = 0;
  while (it.key != nullptr) {
    bool nan, neg_zero;
    uint64_t id = KeyId(static_cast<const uint8_t*>(it.key), &nan, &neg_zero);
    int64_t v = ReadElem(it.elem);
    if (nan) {
      nan_seen.push_back(v);
    } else {
      auto m = model_.find(id);
      if (m == model_.end()) {
        MapIterEnd(&it);
        return Fail("iteration returned absent id " + std::to_string(id));  // [R3]
      }
      if (m->second.value != v) {
        MapIterEnd(&it);
        return Fail("iteration returned stale value for id " + std::to_string(id));  // [R5]
      }
      if (kind_ == DiffKey::kFloat64 && m->second.neg_zero != neg_zero) {
        MapIterEnd(&it);
        return Fail("iteration returned the wrong zero sign");
      }
      if (!seen.insert(id).second && !touched.count(id)) {
        MapIterEnd(&it);
        return Fail("iteration returned id " + std::to_string(id) + " twice");  // [R2]
      }
    }
    if (mutate) {
      uint64_t r = src.Next();
      uint64_t nid = PickId(src);
      bool ok = true;
      switch (r % 8) {
        case 0:
        case 1:
          touched.insert(nid);
          ok = DoAssign(nid, r & 256, false, false, next_value_++);
          break;
        case 2:
          ok = model_.count(nid) ? DoAssign(nid, r & 256, false, false, next_value_++) : true;
          break;  // Update only.
        case 3:
          touched.insert(nid);
          ok = DoDelete(nid, r & 256, false, false);
          break;
        case 4:
          ok = DoLookup(nid, r & 256, true);
          break;
        default:
          break;
      }
      if (!ok) {
        MapIterEnd(&it);
        return false;
      }
    }
    MapIterNext(&it);
    ops_++;
    if (++steps > 4 * (start.size() + nan_start) + 100000) {
      MapIterEnd(&it);
      return Fail("iteration does not end");
    }
  }
  MapIterEnd(&it);
  // [R2] Every entry present for the whole iteration was returned.
  for (const auto& [id, e] : start) {
    if (!touched.count(id) && !seen.count(id)) {
      return Fail("iteration missed id " + std::to_string(id));
    }
  }
  if (!mutate) {
    if (seen.size() != start.size()) return Fail("iteration count mismatch");
    std::vector<int64_t> a = nan_seen, b = nan_values_;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a != b) return Fail("iteration NaN entries mismatch");
  } else if (nan_seen.size() != nan_start) {
    return Fail("iteration NaN count mismatch");
  }
  return true;
}

bool Differential::Remake(ByteSource& src) {
  uint64_t r = src.Next();
  DestroyMap(type_.get(), h_);
  ops_++;
  const alloc::AllocStats& s = allocator_.Stats();
  if (s.heap_alloc != 0 || s.HeapObjects() != 0) {
    return Fail("leak: heap_alloc " + std::to_string(s.heap_alloc) + " after DestroyMap");
  }
  model_.clear();
  nan_values_.clear();
  static const int64_t kHints[] = {0, 1, 8, 9, 13, 14, 53, 100, 1000, -1};
  int64_t hint = kHints[r % 10];
  if ((r >> 4) % 4 == 0) hint = static_cast<int64_t>((r >> 8) % (2 * key_space_ + 1));
  MakeSite site;
  site.escapes = (r >> 40) & 1;
  site.hint_is_constant = (r >> 41) & 1;
  h_ = MakeMap(rt_, type_.get(), hint, site);
  last_b_ = h_->log2_buckets;
  return true;
}

bool Differential::Step(ByteSource& src) {
  uint64_t r = src.Next();
  uint64_t op = r % 1000;
  if (churn_phase_ && op >= 2 && op < 995) op = 900;  // Mostly steady churn.
  if (op < 2) {
    // New phase: a new key range size, maybe sliding (churn).
    // Sizes at and around the load-factor limits (8, 13, 26, 52, 104, 1664).
    static const uint64_t kSpaces[] = {1,  8,   9,   12,   13,   27,   50,
                                       64, 100, 200, 1000, 1600, 5000, 30000};
    key_space_ = kSpaces[(r >> 10) % 14];
    if (kind_ == DiffKey::kStruct200 && key_space_ > 5000) key_space_ = 5000;
    key_space_ = std::min(key_space_, max_key_space_);
    key_base_ += (r >> 20) % 3 == 0 ? key_space_ : 0;
    churn_phase_ = (r >> 24) % 3 == 0;
    if (key_base_ > (uint64_t{1} << 18)) key_base_ = 0;  // Bounds the string pools.
    churn_fifo_.clear();
    if (churn_phase_) {
      // Fill the table to its maximum load (one more insert would grow it)
      // so the churn runs at full load.
      // Same-size grows need about 2^B overflow buckets: churn small tables.
      if ((h_->log2_buckets > 6 || MapLen(h_) > static_cast<int64_t>(max_key_space_)) &&
          !Remake(src)) {
        return false;
      }
      uint8_t b = h_->log2_buckets;
      int64_t cap = b == 0 ? 8 : int64_t{13} << (b - 1);
      if (cap - MapLen(h_) > 40000 || h_->oldbuckets != nullptr) churn_phase_ = false;
      while (churn_phase_ && MapLen(h_) < cap) {
        if (!DoAssign(NextChurnId(), false, false, false, next_value_++)) return false;
      }
    }
    return Check();
  }
  bool ok = true;
  uint64_t id = PickId(src);
  bool alt = (r >> 12) & 1;
  bool neg_zero = kind_ == DiffKey::kFloat64 && ((r >> 13) & 1);
  bool nan = kind_ == DiffKey::kFloat64 && (r >> 14) % 64 == 0;
  if (op < 400) {
    // Churn: slide the window so old keys become deletes elsewhere.
    if ((r >> 20) % 8 == 0 && ++key_base_ > (uint64_t{1} << 18)) key_base_ = 0;
    ok = DoAssign(nan ? kNanId : id, alt, neg_zero, nan, next_value_++);
  } else if (op < 600) {
    ok = DoLookup(nan ? kNanId : id, alt, (r >> 15) & 1);
  } else if (op < 850) {
    ok = DoDelete(nan ? kNanId : id, alt, neg_zero, nan);
  } else if (op < 855) {
    if (MapLen(h_) <= 4096) ok = DoIterate(src, false);
  } else if (op < 860) {
    if (MapLen(h_) <= 4096) ok = DoIterate(src, true);
  } else if (op < 861) {
    if ((r >> 30) % 4 == 0) ok = DoClear();
  } else if (op < 862) {
    if ((r >> 30) % 4 == 0) ok = Remake(src);
  } else if (op < 950) {
    // Steady churn: insert a brand-new key, delete the oldest. Keeps the
    // count near key_space with an ever-changing key set, which piles up
    // overflow buckets and leads to same-size grows.
    // Delete first: at full load an insert before it would double the table.
    if (!churn_fifo_.empty()) {
      ok = DoDelete(churn_fifo_.front(), !alt, false, false);
      churn_fifo_.pop_front();
    }
    ok = ok && DoAssign(NextChurnId(), alt, false, false, next_value_++);
  } else {
    // Bulk delete of a run of keys (drives tombstones, emptyRest chains,
    // and later same-size grows).
    uint64_t n = 1 + (r >> 16) % 16;
    for (uint64_t i = 0; i < n && ok; i++) ok = DoDelete(id + i, alt, false, false);
  }
  if (!ok) return false;
  return Check();
}

bool Differential::Finish() {
  DestroyMap(type_.get(), h_);
  h_ = nullptr;
  const alloc::AllocStats& s = allocator_.Stats();
  if (s.heap_alloc != 0 || s.HeapObjects() != 0) {
    return Fail("leak: heap_alloc " + std::to_string(s.heap_alloc) + " after DestroyMap");
  }
  h_ = MakeMap(rt_, type_.get(), 0);
  return true;
}

std::string RunFuzzInput(const uint8_t* data, size_t size) {
  if (size == 0) return "";
  auto kind = static_cast<DiffKey>(data[0] % static_cast<uint8_t>(DiffKey::kCount));
  FuzzSource src(data + 1, size - 1);
  Differential d(kind, CheckPolicy::kEveryStep, /*max_key_space=*/200);
  while (!src.Exhausted()) {
    if (!d.Step(src)) return d.Error();
  }
  if (!d.Finish()) return d.Error();
  return "";
}

}  // namespace goescape::runtime::hashmap::testing
