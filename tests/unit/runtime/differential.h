// differential.h: a differential harness that drives the goescape map and a
// std::unordered_map model with the same operations and compares every
// result (lookups, lengths, iteration contents, Go's iteration rules while
// mutating) and runs the invariant checker. Shared by the GoogleTest
// differential test (random operations) and the libFuzzer target
// (operations decoded from the fuzz input).
#ifndef GOESCAPE_TESTS_UNIT_RUNTIME_DIFFERENTIAL_H_
#define GOESCAPE_TESTS_UNIT_RUNTIME_DIFFERENTIAL_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/alloc/go_allocator.h"
#include "runtime/hashmap/hashmap.h"

namespace goescape::runtime::hashmap::testing {

// DiffKey lists the key types the harness covers.
enum class DiffKey : uint8_t {
  kInt32,          // fast32.
  kInt64,          // fast64.
  kString,         // faststr (strings of 0..40 bytes).
  kStruct200,      // 200-byte plain struct: indirect key, generic path, 136-byte indirect elem.
  kFloat64,        // Non-reflexive: NaN keys, +0/-0.
  kInt64Generic,   // int64 through the generic routines.
  kStringGeneric,  // string through the generic routines.
  kCount,
};

// ByteSource supplies the harness's decisions (random, or fuzz bytes).
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Next returns the next 64 bits of decision input.
  virtual uint64_t Next() = 0;
  // Exhausted reports that a finite source has no more input.
  virtual bool Exhausted() const { return false; }
};

// CheckPolicy says how often the full invariant checker runs.
enum class CheckPolicy : uint8_t {
  kEveryStep,  // After every operation.
  kAmortized,  // After every operation while the map is small, else about
               // every count/16 operations (bounded cost per step).
};

// Differential runs operations on one map type against the model.
class Differential {
 public:
  // max_key_space caps the key-range sizes (and so map sizes) it uses.
  Differential(DiffKey kind, CheckPolicy policy, uint64_t max_key_space = 30000);
  ~Differential();
  Differential(const Differential&) = delete;
  Differential& operator=(const Differential&) = delete;

  // Step performs one operation chosen by `src`. Returns false on the first
  // mismatch or invariant failure; Error() says what.
  bool Step(ByteSource& src);
  const std::string& Error() const { return error_; }
  // Ops counts map operations performed (lookups, assigns, deletes,
  // iteration steps, clears, makes).
  uint64_t Ops() const { return ops_; }
  // Grows counts observed changes of B or starts of same-size grows.
  uint64_t Grows() const { return grows_; }
  uint64_t SameSizeGrows() const { return same_size_grows_; }
  uint64_t MaxCount() const { return max_count_; }
  // Finish destroys the map and checks that every allocation was released.
  bool Finish();

 private:
  // ModelEntry is the model's view of one live key.
  struct ModelEntry {
    int64_t value;
    bool neg_zero;  // float64 key stored as -0.
  };
  bool Fail(const std::string& msg);
  void MakeKey(uint64_t id, bool alt_copy, bool neg_zero, bool nan, uint8_t* out);
  uint64_t KeyId(const uint8_t* key, bool* nan, bool* neg_zero) const;
  void WriteElem(void* elem, int64_t v) const;
  int64_t ReadElem(const void* elem) const;
  bool Remake(ByteSource& src);
  bool DoAssign(uint64_t id, bool alt, bool neg_zero, bool nan, int64_t v);
  bool DoLookup(uint64_t id, bool alt, bool two);
  bool DoDelete(uint64_t id, bool alt, bool neg_zero, bool nan);
  bool DoIterate(ByteSource& src, bool mutate);
  bool DoClear();
  bool Check();
  uint64_t PickId(ByteSource& src);
  uint64_t NextChurnId();

  DiffKey kind_;
  CheckPolicy policy_;
  alloc::GoAllocator allocator_;
  MapRuntime rt_;
  std::unique_ptr<MapType> type_;
  Hmap* h_ = nullptr;
  std::unordered_map<uint64_t, ModelEntry> model_;
  std::vector<int64_t> nan_values_;                                  // Values of NaN entries.
  std::unordered_map<uint64_t, std::string> strings_a_, strings_b_;  // String key bytes by id.
  uint64_t key_base_ = 0;
  uint64_t key_space_ = 16;
  uint64_t max_key_space_;
  bool churn_phase_ = false;         // Insert-new/delete-oldest at steady size.
  std::deque<uint64_t> churn_fifo_;  // Keys inserted by the churn, oldest first.
  uint64_t churn_next_ = 0;
  int64_t next_value_ = 1;
  uint64_t ops_ = 0;
  uint64_t grows_ = 0;
  uint64_t same_size_grows_ = 0;
  uint64_t max_count_ = 0;
  uint64_t since_check_ = 0;
  uint8_t last_b_ = 0;
  std::string error_;
};

// RandomSource is a ByteSource from a seeded PRNG.
class RandomSource : public ByteSource {
 public:
  explicit RandomSource(uint64_t seed) : s_(seed) {}
  uint64_t Next() override;

 private:
  uint64_t s_;
};

// FuzzSource is a ByteSource over fuzz input bytes (zeros when exhausted).
class FuzzSource : public ByteSource {
 public:
  FuzzSource(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  uint64_t Next() override;
  bool Exhausted() const override { return pos_ >= size_; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

// RunFuzzInput runs one fuzz input: the first byte picks the key type, the
// rest drives operations. Returns "" or the first failure.
std::string RunFuzzInput(const uint8_t* data, size_t size);

}  // namespace goescape::runtime::hashmap::testing

#endif  // GOESCAPE_TESTS_UNIT_RUNTIME_DIFFERENTIAL_H_
