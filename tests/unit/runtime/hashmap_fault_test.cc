// hashmap_fault_test.cc: Go's faults as the map reports them: recoverable
// panics returned as data (nil-map assignment, unhashable keys), and the
// three fatal errors of concurrent misuse, made reachable through the
// scheduler's yield hook, both with a recording hook and with the default
// hook (prints "fatal error: ..." and exits with status 2, like Go).
#include <cstring>
#include <stdexcept>
#include <string>

#include "test_util.h"

namespace goescape::runtime::hashmap::testing {
namespace {

// A fake interface key: {type id, value}; type id 99 is "[]int", unhashable.
struct IfaceKey {
  uint64_t type_id;
  uint64_t value;
};

uint64_t IfaceHash(const void* k, uint64_t seed, MapPanic* panic) {
  IfaceKey key;
  std::memcpy(&key, k, sizeof key);
  if (key.type_id == 99) {
    if (panic != nullptr) {
      panic->kind = PanicKind::kUnhashable;
      panic->type_name = "[]int";
    }
    return 0;
  }
  if (key.type_id == 0) return seed;  // nil interface hashes to the seed.
  return MemHash(&key, sizeof key, seed);
}
bool IfaceEqual(const void* a, const void* b) { return std::memcmp(a, b, sizeof(IfaceKey)) == 0; }

KeyDesc IfaceKeyDesc() {
  KeyDesc k;
  k.value = {16, 8, true, "interface {}", nullptr};
  k.hasher = IfaceHash;
  k.equal = IfaceEqual;
  k.kind = KeyKind::kOther;
  k.reflexive = false;
  k.need_key_update = true;
  k.hash_might_panic = true;
  return k;
}

// FaultTest adds an interface-like key type that can be unhashable.
class FaultTest : public MapTest {
 protected:
  void SetUp() override {
    MapTest::SetUp();
    it_ = NewMapType(IfaceKeyDesc(), Int64Value());
  }
  std::unique_ptr<MapType> it_;
};

TEST_F(FaultTest, UnhashableKeyPanics) {
  EXPECT_EQ(it_->bucketsize, 208);  // map[interface{}]int.
  IfaceKey bad{99, 1}, good{1, 5};
  // On a nil map, lookups and deletes still hash (and panic).
  MapPanic p;
  EXPECT_EQ(MapAccess1(it_.get(), nullptr, &bad, &p), nullptr);
  EXPECT_EQ(p.Message(), "runtime error: hash of unhashable type []int");
  p = MapPanic{};
  EXPECT_FALSE(MapDelete(it_.get(), nullptr, &bad, &p));
  EXPECT_EQ(p.kind, PanicKind::kUnhashable);
  Hmap* h = MakeMap(rt_, it_.get(), 0);
  p = MapPanic{};
  EXPECT_EQ(MapAssign(it_.get(), h, &bad, &p), nullptr);
  EXPECT_EQ(p.kind, PanicKind::kUnhashable);
  // The panic happened before the write started: the map is usable.
  EXPECT_EQ(h->flags & kHashWriting, 0);
  *static_cast<int64_t*>(MapAssign(it_.get(), h, &good, &p)) = 7;
  bool ok;
  p = MapPanic{};
  EXPECT_EQ(MapAccess2(it_.get(), h, &bad, &ok, &p), nullptr);
  EXPECT_EQ(p.kind, PanicKind::kUnhashable);
  EXPECT_EQ(*static_cast<const int64_t*>(MapAccess1(it_.get(), h, &good)), 7);
  DestroyMap(it_.get(), h);
}

TEST_F(FaultTest, NilMapAssignPanics) {
  MapPanic p;
  EXPECT_EQ(MapAssignFast64(ii_.get(), nullptr, 1, &p), nullptr);
  EXPECT_EQ(p.Message(), "assignment to entry in nil map");
  GoString s = Str("x");
  p = MapPanic{};
  EXPECT_EQ(MapAssignFastStr(si_.get(), nullptr, s, &p), nullptr);
  EXPECT_EQ(p.kind, PanicKind::kAssignToNilMap);
}

// FatalError is what the recording hook throws (test code only) so a test
// can observe a fatal error without the process exiting.
struct FatalError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void ThrowingFatal(void*, const char* msg) { throw FatalError(msg); }

// Scheduler simulates a second goroutine that runs at a yield point.
struct Scheduler {
  const MapType* t;
  int what;  // 0: write, 1: read, 2: iterate.
  bool fired = false;
  MapIter* iter = nullptr;
};

void RunOtherGoroutine(void* ctx, Hmap* h, YieldPoint where) {
  auto* s = static_cast<Scheduler*>(ctx);
  if (where != YieldPoint::kWriting || s->fired) return;
  s->fired = true;
  int64_t k = 424242;
  switch (s->what) {
    case 0:
      MapAssign(s->t, h, &k);
      break;
    case 1:
      MapAccess1(s->t, h, &k);
      break;
    default:
      MapIterNext(s->iter);
      break;
  }
}

TEST_F(FaultTest, ConcurrentMisuseIsFatal) {
  const char* const kMessages[] = {"concurrent map writes", "concurrent map read and map write",
                                   "concurrent map iteration and map write"};
  for (int what = 0; what < 3; what++) {
    MapRuntime rt = rt_;
    Scheduler sched{ii_.get(), what};
    rt.fatal = ThrowingFatal;
    rt.yield = RunOtherGoroutine;
    rt.yield_ctx = &sched;
    Hmap* h = MakeMap(rt, ii_.get(), 0);
    rt.yield = nullptr;
    SetI(h, 1, 1);
    MapIter it;
    MapIterInit(ii_.get(), h, &it);
    sched.iter = &it;
    rt.yield = RunOtherGoroutine;
    std::string msg;
    try {
      SetI(h, 2, 2);
    } catch (const FatalError& e) {
      msg = e.what();
    }
    EXPECT_EQ(msg, kMessages[what]);
    EXPECT_TRUE(sched.fired);
    // Leave the map in a clean state for DestroyMap.
    h->flags &= ~kHashWriting;
    rt.yield = nullptr;
    MapIterEnd(&it);
    DestroyMap(ii_.get(), h);
  }
}

void ConcurrentWriteWithDefaultHook(int what) {
  alloc::GoAllocator a;
  MapRuntime rt;
  rt.allocator = &a;
  auto t = NewMapType(Int64Key(), Int64Value());
  Scheduler sched{t.get(), what};
  Hmap* h = MakeMap(rt, t.get(), 0);
  *static_cast<int64_t*>(MapAssignFast64(t.get(), h, 1)) = 1;
  MapIter it;
  MapIterInit(t.get(), h, &it);
  sched.iter = &it;
  rt.yield = RunOtherGoroutine;
  rt.yield_ctx = &sched;
  MapAssignFast64(t.get(), h, 2);
}

TEST(FaultDeathTest, DefaultHookPrintsAndExits2) {
  EXPECT_EXIT(ConcurrentWriteWithDefaultHook(0), ::testing::ExitedWithCode(2),
              "^fatal error: concurrent map writes\n");
  EXPECT_EXIT(ConcurrentWriteWithDefaultHook(1), ::testing::ExitedWithCode(2),
              "^fatal error: concurrent map read and map write\n");
  EXPECT_EXIT(ConcurrentWriteWithDefaultHook(2), ::testing::ExitedWithCode(2),
              "^fatal error: concurrent map iteration and map write\n");
}

}  // namespace
}  // namespace goescape::runtime::hashmap::testing
