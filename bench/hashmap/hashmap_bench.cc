// hashmap_bench.cc: Google Benchmark twin of shared/anchors/gomap-bench, so
// goescape's map can be set beside native Go 1.19 measured the same way.
//
// Workloads (identical to gomap-bench/workload.go): int64 keys are
// splitmix64(i) for i in [0, N), misses splitmix64(N+i); string16 keys are
// their 16-char lowercase hex; hit lookups use separately allocated copies
// of the key bytes; lookup and delete order is a Fisher-Yates shuffle
// (xorshift64*, seed 42). Values are int64. Repetition counts match
// gomap-bench: insert N=1e3 builds 2000 maps per repetition, 1e5 20, 1e6 3;
// lookups and iteration make 5e6 operations per repetition; 5 repetitions.
// Counter ns_per_op is per single operation (insert, lookup, delete,
// visited entry). Implementations: "goescape" (this map, through the
// fast64/faststr entry points, as compiled Go code calls them), "std"
// (std::unordered_map), "absl" (absl::flat_hash_map); C++ maps use
// std::string_view keys (Go maps store only the string header). String key
// bytes are packed 16 per key in one buffer, as Go's allocator lays out
// 16-byte strings made in a loop.
//
//   hashmap_bench --benchmark_format=csv > round.csv     # timings
//   hashmap_bench rss int64|string16 hint|nohint [N]     # peak RSS of one map
#include <absl/container/flat_hash_map.h>
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/alloc/go_allocator.h"
#include "runtime/hashmap/hashmap.h"

namespace {

namespace rt = goescape::runtime;
namespace hm = goescape::runtime::hashmap;

uint64_t SplitMix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  uint64_t z = x;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

template <class T>
std::vector<T> Shuffled(std::vector<T> v, uint64_t seed) {
  uint64_t s = seed;
  for (size_t i = v.size() - 1; i > 0; i--) {
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    size_t j = (s * 2685821657736338717ULL) % (i + 1);
    std::swap(v[i], v[j]);
  }
  return v;
}

const std::vector<int64_t>& IntKeys(int n, int off) {
  static std::vector<std::pair<std::pair<int, int>, std::vector<int64_t>*>> cache;
  for (auto& e : cache) {
    if (e.first == std::make_pair(n, off)) return *e.second;
  }
  auto* v = new std::vector<int64_t>(n);
  for (int i = 0; i < n; i++) (*v)[i] = static_cast<int64_t>(SplitMix64(uint64_t(i + off)));
  cache.push_back({{n, off}, v});
  return *v;
}

// StrKeys returns views of freshly allocated key bytes; copy = 1 gives a
// second, separately allocated set (for hit lookups).
const std::vector<std::string_view>& StrKeys(int n, int off, int copy = 0) {
  static std::vector<std::pair<std::tuple<int, int, int>, std::vector<std::string_view>*>> cache;
  for (auto& e : cache) {
    if (e.first == std::make_tuple(n, off, copy)) return *e.second;
  }
  // The bytes of key i sit at 16*i of one buffer: the layout Go's heap gives
  // 16-byte string data allocated in a row (size class 16, one after the
  // other), so both sides touch the same amount of memory per key.
  auto* storage = new char[size_t(n) * 16 + 1];
  auto* v = new std::vector<std::string_view>(n);
  for (int i = 0; i < n; i++) {
    std::snprintf(storage + size_t(i) * 16, 17, "%016llx",
                  static_cast<unsigned long long>(SplitMix64(uint64_t(i + off))));
    (*v)[i] = std::string_view(storage + size_t(i) * 16, 16);
  }
  cache.push_back({{n, off, copy}, v});
  return *v;
}

hm::GoString Go(std::string_view s) {
  return hm::GoString{reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())};
}

// GoescapeMap wraps the goescape map with the interface the templates use.
template <class K>
class GoescapeMap {
 public:
  static constexpr bool kIsString = std::is_same_v<K, std::string_view>;
  static rt::alloc::GoAllocator& Alloc() {
    static rt::alloc::GoAllocator a;
    return a;
  }
  static hm::MapRuntime& Runtime() {
    static hm::MapRuntime r = [] {
      hm::MapRuntime x;
      x.allocator = &Alloc();
      return x;
    }();
    return r;
  }
  static const hm::MapType* Type() {
    static auto t = kIsString ? hm::NewMapType(hm::StringKey(), hm::Int64Value())
                              : hm::NewMapType(hm::Int64Key(), hm::Int64Value());
    return t.get();
  }
  explicit GoescapeMap(size_t hint) {
    // make(map[K]int64) is makemap_small; make(map[K]int64, len(keys)) is makemap.
    h_ = hint == 0 ? hm::MakeMap(Runtime(), Type(), 0, {true, true})
                   : hm::MakeMap(Runtime(), Type(), static_cast<int64_t>(hint), {true, false});
  }
  ~GoescapeMap() { hm::DestroyMap(Type(), h_); }
  void Set(K k, int64_t v) {
    if constexpr (kIsString) {
      *static_cast<int64_t*>(hm::MapAssignFastStr(Type(), h_, Go(k))) = v;
    } else {
      *static_cast<int64_t*>(hm::MapAssignFast64(Type(), h_, uint64_t(k))) = v;
    }
  }
  int64_t Get(K k) {  // v := m[k]
    if constexpr (kIsString) {
      return *static_cast<const int64_t*>(hm::MapAccess1FastStr(Type(), h_, Go(k)));
    } else {
      return *static_cast<const int64_t*>(hm::MapAccess1Fast64(Type(), h_, uint64_t(k)));
    }
  }
  bool Has(K k) {  // _, ok := m[k]
    bool ok;
    if constexpr (kIsString) {
      hm::MapAccess2FastStr(Type(), h_, Go(k), &ok);
    } else {
      hm::MapAccess2Fast64(Type(), h_, uint64_t(k), &ok);
    }
    return ok;
  }
  void Erase(K k) {
    if constexpr (kIsString) {
      hm::MapDeleteFastStr(Type(), h_, Go(k));
    } else {
      hm::MapDeleteFast64(Type(), h_, uint64_t(k));
    }
  }
  int64_t Iterate() {  // for k, v := range m
    int64_t s = 0;
    hm::MapIter it;
    for (hm::MapIterInit(Type(), h_, &it); it.key != nullptr; hm::MapIterNext(&it)) {
      int64_t v = *static_cast<const int64_t*>(it.elem);
      if constexpr (kIsString) {
        s += static_cast<const hm::GoString*>(it.key)->len + v;
      } else {
        s += *static_cast<const int64_t*>(it.key) ^ v;
      }
    }
    return s;
  }
  size_t Size() const { return static_cast<size_t>(hm::MapLen(h_)); }

 private:
  hm::Hmap* h_;
};

// StdLike adapts std::unordered_map and absl::flat_hash_map.
template <class Map, class K>
class StdLike {
 public:
  explicit StdLike(size_t hint) {
    if (hint) m_.reserve(hint);
  }
  void Set(K k, int64_t v) { m_[k] = v; }
  int64_t Get(K k) {
    auto it = m_.find(k);
    return it != m_.end() ? it->second : 0;
  }
  bool Has(K k) { return m_.find(k) != m_.end(); }
  void Erase(K k) { m_.erase(k); }
  int64_t Iterate() {
    int64_t s = 0;
    for (const auto& kv : m_) {
      if constexpr (std::is_same_v<K, int64_t>) {
        s += kv.first ^ kv.second;
      } else {
        s += static_cast<int64_t>(kv.first.size()) + kv.second;
      }
    }
    return s;
  }
  size_t Size() const { return m_.size(); }

 private:
  Map m_;
};

template <class K>
const std::vector<K>& Keys(int n, int off, int copy = 0) {
  if constexpr (std::is_same_v<K, int64_t>) {
    (void)copy;
    return IntKeys(n, off);
  } else {
    return StrKeys(n, off, copy);
  }
}

template <class M, class K>
M* Build(const std::vector<K>& keys, bool hint) {
  M* m = new M(hint ? keys.size() : 0);
  for (size_t i = 0; i < keys.size(); i++) m->Set(keys[i], static_cast<int64_t>(i));
  return m;
}

void SetNsPerOp(benchmark::State& state, double ops_per_iteration) {
  state.counters["ns_per_op"] =
      benchmark::Counter(ops_per_iteration, benchmark::Counter::kIsIterationInvariantRate |
                                                benchmark::Counter::kInvert);
  // kInvert of a rate gives seconds per op; scale to ns below via the name.
}

template <class M, class K>
void BM_Insert(benchmark::State& state) {
  int n = static_cast<int>(state.range(0));
  bool hint = state.range(1) != 0;
  const std::vector<K>& keys = Keys<K>(n, 0);
  for (auto _ : state) {
    M* m = Build<M, K>(keys, hint);
    benchmark::DoNotOptimize(m->Size());
    delete m;  // Destruction is timed (Go pays through its GC).
  }
  SetNsPerOp(state, n);
}

template <class M, class K>
void BM_LookupHit(benchmark::State& state) {
  int n = static_cast<int>(state.range(0));
  M* m = Build<M, K>(Keys<K>(n, 0), false);
  std::vector<K> q = Shuffled(Keys<K>(n, 0, 1), 42);
  for (auto _ : state) {
    int64_t s = 0;
    for (const K& k : q) s += m->Get(k);
    benchmark::DoNotOptimize(s);
  }
  SetNsPerOp(state, n);
  delete m;
}

template <class M, class K>
void BM_LookupMiss(benchmark::State& state) {
  int n = static_cast<int>(state.range(0));
  M* m = Build<M, K>(Keys<K>(n, 0), false);
  const std::vector<K>& miss = Keys<K>(n, n);
  for (auto _ : state) {
    int64_t s = 0;
    for (const K& k : miss) s += m->Has(k);
    benchmark::DoNotOptimize(s);
  }
  SetNsPerOp(state, n);
  delete m;
}

template <class M, class K>
void BM_Iterate(benchmark::State& state) {
  int n = static_cast<int>(state.range(0));
  M* m = Build<M, K>(Keys<K>(n, 0), false);
  for (auto _ : state) benchmark::DoNotOptimize(m->Iterate());
  SetNsPerOp(state, n);
  delete m;
}

template <class M, class K>
void BM_DeleteAll(benchmark::State& state) {
  int n = static_cast<int>(state.range(0));
  const std::vector<K>& keys = Keys<K>(n, 0);
  std::vector<K> q = Shuffled(Keys<K>(n, 0, 1), 42);
  for (auto _ : state) {
    M* m = Build<M, K>(keys, false);  // Untimed.
    auto t0 = std::chrono::steady_clock::now();
    for (const K& k : q) m->Erase(k);
    auto t1 = std::chrono::steady_clock::now();
    state.SetIterationTime(std::chrono::duration<double>(t1 - t0).count());
    benchmark::DoNotOptimize(m->Size());
    delete m;
  }
  SetNsPerOp(state, n);
}

using GoI = GoescapeMap<int64_t>;
using GoS = GoescapeMap<std::string_view>;
using StdI = StdLike<std::unordered_map<int64_t, int64_t>, int64_t>;
using StdS = StdLike<std::unordered_map<std::string_view, int64_t>, std::string_view>;
using AbslI = StdLike<absl::flat_hash_map<int64_t, int64_t>, int64_t>;
using AbslS = StdLike<absl::flat_hash_map<std::string_view, int64_t>, std::string_view>;

constexpr int kReps = 5;

int64_t Builds(int n) { return n <= 1000 ? 2000 : n <= 100000 ? 20 : 3; }

template <class M, class K>
void RegisterAll(const char* impl, const char* key) {
  std::string p = std::string(impl) + "/" + key + "/";
  for (int n : {1000, 100000, 1000000}) {
    for (int hint : {0, 1}) {
      benchmark::RegisterBenchmark(
          (p + "insert/" + std::to_string(n) + (hint ? "/hint" : "/nohint")).c_str(),
          BM_Insert<M, K>)
          ->Args({n, hint})
          ->Iterations(Builds(n))
          ->Repetitions(kReps)
          ->UseRealTime()
          ->Unit(benchmark::kMillisecond);
    }
  }
  for (int n : {1000, 1000000}) {
    int64_t passes = 5000000 / n;
    std::string s = "/" + std::to_string(n);
    benchmark::RegisterBenchmark((p + "lookup_hit" + s).c_str(), BM_LookupHit<M, K>)
        ->Arg(n)
        ->Iterations(passes)
        ->Repetitions(kReps)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark((p + "lookup_miss" + s).c_str(), BM_LookupMiss<M, K>)
        ->Arg(n)
        ->Iterations(passes)
        ->Repetitions(kReps)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark((p + "iterate" + s).c_str(), BM_Iterate<M, K>)
        ->Arg(n)
        ->Iterations(passes)
        ->Repetitions(kReps)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark((p + "delete_all" + s).c_str(), BM_DeleteAll<M, K>)
        ->Arg(n)
        ->Iterations(passes)
        ->Repetitions(kReps)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
  }
}

long ProcStatus(const char* field) {
  FILE* f = std::fopen("/proc/self/status", "r");
  if (f == nullptr) return -1;
  char line[256];
  long v = -1;
  size_t fl = std::strlen(field);
  while (std::fgets(line, sizeof line, f)) {
    if (std::strncmp(line, field, fl) == 0 && line[fl] == ':') {
      v = std::atol(line + fl + 1);
      break;
    }
  }
  std::fclose(f);
  return v;
}

int Rss(int argc, char** argv) {
  if (argc < 4) return 2;
  std::string key = argv[2];
  bool hint = std::strcmp(argv[3], "hint") == 0;
  int n = argc > 4 ? std::atoi(argv[4]) : 1000000;
  long base = ProcStatus("VmRSS");
  if (key == "int64") {
    const auto& k = IntKeys(n, 0);
    base = ProcStatus("VmRSS");
    auto t0 = std::chrono::steady_clock::now();
    GoI* m = Build<GoI, int64_t>(k, hint);
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    long hwm = ProcStatus("VmHWM");
    std::printf(
        "rss impl=goescape key=int64 variant=%s n=%d build_ms=%.1f baseRSS_kB=%ld peakHWM_kB=%ld "
        "peak_minus_base_kB=%ld TotalAlloc=%llu Mallocs=%llu\n",
        argv[3], n, ms, base, hwm, hwm - base,
        static_cast<unsigned long long>(GoI::Alloc().Stats().total_alloc),
        static_cast<unsigned long long>(GoI::Alloc().Stats().mallocs));
    benchmark::DoNotOptimize(m->Size());
  } else {
    const auto& k = StrKeys(n, 0);
    base = ProcStatus("VmRSS");
    auto t0 = std::chrono::steady_clock::now();
    GoS* m = Build<GoS, std::string_view>(k, hint);
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    long hwm = ProcStatus("VmHWM");
    std::printf(
        "rss impl=goescape key=string16 variant=%s n=%d build_ms=%.1f baseRSS_kB=%ld "
        "peakHWM_kB=%ld peak_minus_base_kB=%ld TotalAlloc=%llu Mallocs=%llu\n",
        argv[3], n, ms, base, hwm, hwm - base,
        static_cast<unsigned long long>(GoS::Alloc().Stats().total_alloc),
        static_cast<unsigned long long>(GoS::Alloc().Stats().mallocs));
    benchmark::DoNotOptimize(m->Size());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "rss") == 0) return Rss(argc, argv);
  hm::SeedRuntime(20240601);
  RegisterAll<GoI, int64_t>("goescape", "int64");
  RegisterAll<StdI, int64_t>("std", "int64");
  RegisterAll<AbslI, int64_t>("absl", "int64");
  RegisterAll<GoS, std::string_view>("goescape", "string16");
  RegisterAll<StdS, std::string_view>("std", "string16");
  RegisterAll<AbslS, std::string_view>("absl", "string16");
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
