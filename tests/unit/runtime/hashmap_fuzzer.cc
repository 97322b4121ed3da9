// hashmap_fuzzer.cc: libFuzzer target. Each input drives the differential
// harness (differential.h): the first byte picks the key type, the rest
// decides operations; any mismatch, invariant failure, leak, or sanitizer
// report is a finding. Crashers are committed to fuzz_corpus/, which the
// FuzzCorpus test replays under ctest.
//   build-fuzz-hashmap/bin/hashmap_fuzzer -max_total_time=1800 -jobs=1 \
//       tests/unit/runtime/fuzz_corpus
#include <cstdio>
#include <cstdlib>

#include "differential.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Reproducible per input: the runtime seed comes from the input too.
  goescape::runtime::hashmap::SeedRuntime(size > 1 ? data[1] : 0);
  std::string err = goescape::runtime::hashmap::testing::RunFuzzInput(data, size);
  if (!err.empty()) {
    std::fprintf(stderr, "hashmap_fuzzer: %s\n", err.c_str());
    std::abort();
  }
  return 0;
}
