// hashmap_differential_test.cc: long random operation sequences on the map
// against a std::unordered_map model, for every key type of the harness,
// with the invariant checker after each step (differential.h). Also replays
// the committed fuzz corpus (regression inputs).
//
// Length: GOESCAPE_DIFF_OPS map operations in total (default 400000, under a
// second, for ctest); GOESCAPE_DIFF_SEED picks the random sequence. By
// default the full invariant checker runs after every step while the map
// has at most 256 entries and about every count/16 steps above;
// GOESCAPE_DIFF_CHECK_EVERY_STEP=1 runs it after every step regardless
// (cost O(count) per step; GOESCAPE_DIFF_MAX_KEYS caps key ranges and so
// map sizes). The long runs are done by hand (runtime/hashmap/README.md):
//   GOESCAPE_DIFF_OPS=100000000 build-hashmap/bin/hashmap_differential_test
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "differential.h"

namespace goescape::runtime::hashmap::testing {
namespace {

uint64_t EnvU64(const char* name, uint64_t def) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::strtoull(v, nullptr, 0) : def;
}

// DifferentialTest runs the harness for one key type.
class DifferentialTest : public ::testing::TestWithParam<DiffKey> {};

TEST_P(DifferentialTest, RandomOperationsMatchModel) {
  const uint64_t total = EnvU64("GOESCAPE_DIFF_OPS", 400000);
  const uint64_t seed = EnvU64("GOESCAPE_DIFF_SEED", 20240601);
  const auto kinds = static_cast<uint64_t>(DiffKey::kCount);
  const uint64_t target = total / kinds;
  const bool every = std::getenv("GOESCAPE_DIFF_CHECK_EVERY_STEP") != nullptr;
  const uint64_t max_keys = EnvU64("GOESCAPE_DIFF_MAX_KEYS", 30000);
  SeedRuntime(seed);
  RandomSource src(seed * 31 + static_cast<uint64_t>(GetParam()));
  Differential d(GetParam(), every ? CheckPolicy::kEveryStep : CheckPolicy::kAmortized, max_keys);
  auto t0 = std::chrono::steady_clock::now();
  uint64_t steps = 0;
  while (d.Ops() < target) {
    ASSERT_TRUE(d.Step(src)) << d.Error() << " (seed " << seed << ", step " << steps << ")";
    steps++;
  }
  ASSERT_TRUE(d.Finish()) << d.Error();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf(
      "[diff] %-3s ops=%llu steps=%llu grows=%llu same_size_grows=%llu max_len=%llu %.1fs\n",
      std::to_string(static_cast<int>(GetParam())).c_str(),
      static_cast<unsigned long long>(d.Ops()), static_cast<unsigned long long>(steps),
      static_cast<unsigned long long>(d.Grows()),
      static_cast<unsigned long long>(d.SameSizeGrows()),
      static_cast<unsigned long long>(d.MaxCount()), secs);
  EXPECT_GT(d.Grows(), 0u);
}

std::string KeyName(const ::testing::TestParamInfo<DiffKey>& info) {
  static const char* const kNames[] = {"Int32",   "Int64",        "String",       "Struct200",
                                       "Float64", "Int64Generic", "StringGeneric"};
  return kNames[static_cast<int>(info.param)];
}

INSTANTIATE_TEST_SUITE_P(AllKeyTypes, DifferentialTest,
                         ::testing::Values(DiffKey::kInt32, DiffKey::kInt64, DiffKey::kString,
                                           DiffKey::kStruct200, DiffKey::kFloat64,
                                           DiffKey::kInt64Generic, DiffKey::kStringGeneric),
                         KeyName);

TEST(FuzzCorpus, ReplaysWithoutFailure) {
  namespace fs = std::filesystem;
  fs::path dir = GOESCAPE_FUZZ_CORPUS_DIR;
  ASSERT_TRUE(fs::is_directory(dir)) << dir;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    SeedRuntime(1);
    std::string err = RunFuzzInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    EXPECT_EQ(err, "") << entry.path();
    files++;
  }
  EXPECT_GT(files, 0);
}

}  // namespace
}  // namespace goescape::runtime::hashmap::testing
