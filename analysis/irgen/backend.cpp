// backend.cpp: what gc's backend adds to -m output after escape analysis —
// "index bounds check elided" from walk, and the compiler-generated method
// wrappers written with itabs and runtime type descriptors (gc's gc/compile.go
// enqueueFunc order, walk/expr.go walkIndex + bounded, reflectdata's
// writeITab, writeType, dcommontype, dextratype, methods and imethods).
//
// Order (which fixes the order of the wrappers' -m=2 lines):
//   1. Functions are walked in gc's compile order: package functions in
//      declaration order (closures without captured variables on their own,
//      the others right after their enclosing function, last one first),
//      the package initializer last. Walking an index of an array (or a
//      pointer to one, or a constant string) with a non-constant index that
//      provably stays in range prints "index bounds check elided" at its
//      "["; converting a concrete type to a non-empty interface, asserting a
//      non-empty interface to a concrete type, or a type switch case doing
//      so, writes the itab at once, which generates the wrappers of every
//      method of the concrete type. Other uses of runtime type information
//      (conversions to empty interfaces, maps, channels, slices grown or
//      made) only record the type as needed.
//   2. Then all package-level named types are needed too, and the needed
//      types are written in order of their link names (as gc sorts them);
//      writing a type writes its element, field, parameter and method types
//      first, its pointer type (with the pointer's methods) from within, and
//      generates the wrappers of its own methods. Each wrapper is generated
//      once, even if it turns out to be unnecessary.
// Limits: types needed only by the SSA backend (heap allocations, typed
// memory moves) are not recorded; they can only change the order of
// wrapper output, never its content.
#include <set>

#include "analysis/irgen/irgen_internal.h"
#include "llvm/ADT/DenseSet.h"

namespace goescape::irgen {

namespace {

using types::TypeKind;

/// BackendSim carries the state of one backend run.
class BackendSim {
 public:
  BackendSim(Builder& b, const Options& options, const std::function<void(FuncId)>& analyze,
             DiagSink& sink)
      : b_(b), pkg_(b.out_), ts_(b.ts_), options_(options), analyze_(analyze), sink_(sink) {}

  void Run();

 private:
  TypeId Formal(TypeId t) const { return ts_.Canon(t); }
  TypeKind UKind(TypeId t) const { return ts_.Kind(ts_.Underlying(t)); }
  bool IsPtr(TypeId t) const { return ts_.Kind(t) == TypeKind::kPointer; }
  bool Named(TypeId t) const { return ts_.Kind(t) == TypeKind::kNamed; }
  bool IsIface(TypeId t) const { return UKind(t) == TypeKind::kInterface; }
  bool IsEmptyIface(TypeId t) const {
    return IsIface(t) && ts_.InterfaceMethods(ts_.Underlying(t)).empty();
  }

  // ---- runtime type information
  void Need(TypeId t);
  void ITab(TypeId concrete, TypeId iface);
  void Write(TypeId t);
  void Common(TypeId t);
  void Extra(TypeId t);
  std::vector<MethodEntry> Methods(TypeId t);
  std::string LinkName(TypeId t) const;

  // ---- walk
  void WalkFunc(FuncId fn);
  void Walk(NodeId n);
  void Index(NodeId n);
  bool Bounded(NodeId n, int64_t max) const;

  Builder& b_;
  gcir::Package& pkg_;
  types::TypeStore& ts_;
  const Options& options_;
  const std::function<void(FuncId)>& analyze_;
  DiagSink& sink_;
  std::vector<TypeId> needed_;
  llvm::DenseSet<uint32_t> needed_set_;
  llvm::DenseSet<uint32_t> written_;
  std::set<std::string> itabs_;
};

void BackendSim::Need(TypeId t) {
  if (!t.Valid()) return;
  t = Formal(t);
  if (ts_.IsUntyped(t)) return;
  if (needed_set_.insert(t.Index()).second) needed_.push_back(t);
}

std::vector<MethodEntry> BackendSim::Methods(TypeId t) {
  std::vector<MethodEntry> ms = b_.MethodsOf(t);
  for (const MethodEntry& m : ms) {
    b_.MethodWrapper(t, m, true, analyze_);
    b_.MethodWrapper(t, m, false, analyze_);
  }
  return ms;
}

void BackendSim::ITab(TypeId concrete, TypeId iface) {
  std::string key =
      std::to_string(Formal(concrete).Index()) + "," + std::to_string(Formal(iface).Index());
  if (!itabs_.insert(key).second) return;
  Methods(concrete);
  Write(iface);
  Write(concrete);
}

void BackendSim::Common(TypeId t) {
  if (IsPtr(t)) return;
  TypeId pt = ts_.NewPointer(t);
  if (!Named(t)) Methods(pt);
  Write(pt);
}

void BackendSim::Extra(TypeId t) {
  std::vector<MethodEntry> ms = Methods(t);
  for (const MethodEntry& m : ms) Write(b_.MethodType(m.sig, t));
}

void BackendSim::Write(TypeId t) {
  if (!t.Valid()) return;
  t = Formal(t);
  if (ts_.IsUntyped(t)) return;
  if (!written_.insert(t.Index()).second) return;
  TypeId tbase = t;
  if (IsPtr(t) && Named(ts_.Get<types::PointerType>(t).elem))
    tbase = ts_.Get<types::PointerType>(t).elem;
  if (!b_.NeedEmit(tbase)) return;
  TypeId u = ts_.Underlying(t);
  switch (ts_.Kind(u)) {
    case TypeKind::kArray: {
      TypeId elem = ts_.Get<types::ArrayType>(u).elem;
      Write(elem);
      Write(ts_.NewSlice(elem));
      Common(t);
      Extra(t);
      break;
    }
    case TypeKind::kSlice:
      Write(ts_.Get<types::SliceType>(u).elem);
      Common(t);
      Extra(t);
      break;
    case TypeKind::kChan:
      Write(ts_.Get<types::ChanType>(u).elem);
      Common(t);
      Extra(t);
      break;
    case TypeKind::kSignature: {
      // Copies: writing creates types, which may move the store's tables.
      std::vector<TypeId> ps(ts_.Params(u).begin(), ts_.Params(u).end());
      std::vector<TypeId> rs(ts_.Results(u).begin(), ts_.Results(u).end());
      for (TypeId p : ps) Write(p);
      for (TypeId r : rs) Write(r);
      Common(t);
      Extra(t);
      break;
    }
    case TypeKind::kInterface: {
      std::vector<MethodEntry> ms;
      std::vector<types::MethodInfo> mis(ts_.InterfaceMethods(u).begin(),
                                         ts_.InterfaceMethods(u).end());
      for (const types::MethodInfo& mi : mis) {
        MethodEntry e;
        e.name = mi.name;
        e.method = mi.obj;
        e.sig = mi.sig;
        e.iface = true;
        ms.push_back(std::move(e));
      }
      std::sort(ms.begin(), ms.end(), MethodLess);
      for (const MethodEntry& m : ms) b_.MethodWrapper(t, m, false, analyze_);
      for (const MethodEntry& m : ms) Write(b_.MethodType(m.sig, TypeId()));
      Common(t);
      Extra(t);
      break;
    }
    case TypeKind::kMap: {
      const types::MapType m = ts_.Get<types::MapType>(u);
      Write(m.key);
      Write(m.elem);
      // The bucket type: [8]uint8, [8]K, [8]V, overflow pointer.
      Write(ts_.NewSlice(m.key));
      Write(ts_.NewSlice(m.elem));
      if (u != t) Write(u);
      Common(t);
      Extra(t);
      break;
    }
    case TypeKind::kPointer:
      Write(ts_.Get<types::PointerType>(u).elem);
      Common(t);
      Extra(t);
      break;
    case TypeKind::kStruct: {
      std::vector<TypeId> fs;
      for (const types::FieldInfo& f : ts_.Fields(u)) fs.push_back(f.type);
      for (TypeId f : fs) Write(f);
      Common(t);
      Extra(t);
      break;
    }
    default:
      Common(t);
      Extra(t);
      break;
  }
  // dextratypeData: the methods' types without receiver.
  for (const MethodEntry& m : b_.MethodsOf(t)) Write(b_.MethodType(m.sig, TypeId()));
}

std::string BackendSim::LinkName(TypeId t) const {
  // gc's TypeSymName: the type with named types qualified by package path.
  TypeId u = t;
  switch (ts_.Kind(u)) {
    case TypeKind::kNamed: {
      const types::NamedInfo& ni = ts_.Named(u);
      if (!ni.pkg.Valid()) return ni.name.str();
      llvm::StringRef path = ni.pkg == b_.cpkg_.Id() ? b_.LinkPath() : ts_.Package(ni.pkg).path;
      return path.str() + "." + ni.name.str();
    }
    case TypeKind::kPointer:
      return "*" + LinkName(ts_.Get<types::PointerType>(u).elem);
    case TypeKind::kSlice:
      return "[]" + LinkName(ts_.Get<types::SliceType>(u).elem);
    case TypeKind::kArray:
      return "[" + std::to_string(ts_.Get<types::ArrayType>(u).len) + "]" +
             LinkName(ts_.Get<types::ArrayType>(u).elem);
    case TypeKind::kMap:
      return "map[" + LinkName(ts_.Get<types::MapType>(u).key) + "]" +
             LinkName(ts_.Get<types::MapType>(u).elem);
    case TypeKind::kChan: {
      const auto& c = ts_.Get<types::ChanType>(u);
      std::string p = c.dir == types::ChanDir::kRecv   ? "<-chan "
                      : c.dir == types::ChanDir::kSend ? "chan<- "
                                                       : "chan ";
      return p + LinkName(c.elem);
    }
    default:
      return b_.types_.String(Builder::R(t));
  }
}

// ------------------------------------------------------------------- walk

bool BackendSim::Bounded(NodeId n, int64_t max) const {
  const gcir::Node& x = pkg_.N(n);
  TypeId t = b_.TypeOf(n);
  if (!t.Valid() || !ts_.IsInteger(t)) return false;
  bool sign = !ts_.IsUnsigned(t);
  int bits = static_cast<int>(8 * b_.types_.Size(x.type));
  auto small = [&](NodeId c, int64_t* v) {
    if (pkg_.OpOf(c) != Op::OLITERAL || !pkg_.LiteralOf(c).is_small_int) return false;
    *v = pkg_.LiteralOf(c).int_value;
    return true;
  };
  int64_t v;
  if (small(n, &v)) return 0 <= v && v < max;
  switch (x.op) {
    case Op::OAND:
    case Op::OANDNOT: {
      int64_t w = -1;
      if (small(x.x, &v)) {
        w = v;
      } else if (small(x.y, &v)) {
        w = v;
        if (x.op == Op::OANDNOT) {
          w = ~w;
          if (!sign && bits < 64) w &= (int64_t{1} << bits) - 1;
        }
      }
      if (0 <= w && w < max) return true;
      break;
    }
    case Op::OMOD:
      if (!sign && small(x.y, &v) && 0 <= v && v <= max) return true;
      break;
    case Op::ODIV:
      if (!sign && small(x.y, &v)) {
        while (bits > 0 && v >= 2) {
          --bits;
          v >>= 1;
        }
      }
      break;
    case Op::ORSH:
      if (!sign && small(x.y, &v)) {
        if (v > bits) return true;
        bits -= static_cast<int>(v);
      }
      break;
    default:
      break;
  }
  return !sign && bits <= 62 && (int64_t{1} << bits) <= max;
}

void BackendSim::Index(NodeId n) {
  const gcir::Node& x = pkg_.N(n);
  TypeId t = b_.TypeOf(x.x);
  if (!t.Valid()) return;
  if (IsPtr(ts_.Underlying(t))) t = ts_.Get<types::PointerType>(ts_.Underlying(t)).elem;
  int64_t max = -1;
  if (UKind(t) == TypeKind::kArray) {
    max = ts_.Get<types::ArrayType>(ts_.Underlying(t)).len;
  } else if (pkg_.OpOf(x.x) == Op::OLITERAL && ts_.IsString(b_.TypeOf(x.x))) {
    uint32_t v = pkg_.LiteralOf(x.x).value;
    if (v == gcir::Literal::kNoValue) return;
    max = static_cast<int64_t>(b_.prog_.Value(v).StringVal().size());
  } else {
    return;
  }
  if (pkg_.OpOf(x.y) == Op::OLITERAL) return;  // constant indexes are not reported
  if (options_.m_level > 0 && Bounded(x.y, max)) {
    sink_.Report(MakeDiag(DiagKind::Escape, x.pos, "index bounds check elided"));
  }
}

void BackendSim::Walk(NodeId n) {
  if (!n.Valid()) return;
  const gcir::Node x = pkg_.N(n);
  if (x.op == Op::OCLOSURE) return;  // a separate function
  for (NodeId c : pkg_.List(x.init)) Walk(c);
  Walk(x.x);
  Walk(x.y);
  Walk(x.z);
  Walk(x.w);
  std::vector<NodeId> list(pkg_.List(x.list).begin(), pkg_.List(x.list).end());
  for (NodeId c : list) Walk(c);
  std::vector<NodeId> list2(pkg_.List(x.list2).begin(), pkg_.List(x.list2).end());
  for (NodeId c : list2) Walk(c);
  switch (x.op) {
    case Op::OINDEX:
      Index(n);
      break;
    case Op::OCONVIFACE: {
      TypeId from = b_.TypeOf(x.x), to = b_.TypeOf(n);
      if (!IsIface(from)) {
        if (IsEmptyIface(to)) {
          Need(from);
        } else {
          ITab(from, to);
        }
      } else if (!IsEmptyIface(to)) {
        Need(to);
      }
      break;
    }
    case Op::ODOTTYPE:
    case Op::ODOTTYPE2: {
      TypeId to = b_.TypeOf(n), from = b_.TypeOf(x.x);
      if (!IsIface(to) && !IsEmptyIface(from)) {
        ITab(to, from);
      } else {
        Need(to);
      }
      break;
    }
    case Op::OSWITCH:
      if (pkg_.OpOf(x.x) == Op::OTYPESW) {
        TypeId from = b_.TypeOf(pkg_.N(x.x).x);
        for (NodeId cas : list) {
          for (NodeId v : pkg_.List(pkg_.N(cas).list)) {
            if (pkg_.OpOf(v) != Op::OTYPE) continue;
            TypeId ct = b_.TypeOf(v);
            if (!IsIface(ct) && !IsEmptyIface(from)) {
              ITab(ct, from);
            } else {
              Need(ct);
            }
          }
        }
      }
      break;
    case Op::OMAKEMAP:
    case Op::OMAPLIT:
    case Op::OMAKECHAN:
      Need(b_.TypeOf(n));
      break;
    case Op::OINDEXMAP:
    case Op::ODELETE:
      Need(b_.TypeOf(x.op == Op::ODELETE ? list[0] : x.x));
      break;
    case Op::ORANGE:
      if (UKind(b_.TypeOf(x.x)) == TypeKind::kMap) Need(b_.TypeOf(x.x));
      break;
    case Op::OMAKESLICE:
      Need(ts_.Get<types::SliceType>(ts_.Underlying(b_.TypeOf(n))).elem);
      break;
    case Op::OAPPEND:
      if (!list.empty()) Need(b_.ElemOf(b_.TypeOf(list[0])));
      break;
    default:
      break;
  }
}

void BackendSim::WalkFunc(FuncId fn) {
  std::vector<NodeId> body(pkg_.List(pkg_.F(fn).body).begin(), pkg_.List(pkg_.F(fn).body).end());
  for (NodeId s : body) Walk(s);
}

void BackendSim::Run() {
  // 1. Compile order: declarations (trivial closures at their place), each
  //    followed by its non-trivial closures, last one first.
  std::vector<FuncId> order = pkg_.decl_order;
  std::vector<std::vector<FuncId>> closures(pkg_.NumFuncs());
  for (FuncId f : order) {
    const gcir::Func& fn = pkg_.F(f);
    if (fn.outer.Valid() && !fn.closure_vars.empty()) closures[fn.outer.Index()].push_back(f);
  }
  for (FuncId f : order) {
    const gcir::Func& fn = pkg_.F(f);
    if (!fn.has_body || fn.name == "_" || fn.dupok) continue;
    if (fn.oclosure.Valid() && !fn.closure_vars.empty()) continue;
    std::vector<FuncId> todo{f};
    while (!todo.empty()) {
      FuncId next = todo.back();
      todo.pop_back();
      WalkFunc(next);
      for (FuncId c : closures[next.Index()]) todo.push_back(c);
    }
  }
  // 2. Runtime type descriptors: every package-level named type, and what
  //    walking needed, in link-name order; writing may need more.
  for (ObjectId o : b_.cpkg_.Decls()) {
    const check::Object& obj = b_.Obj(o);
    if (obj.kind == check::ObjectKind::kTypeName && obj.type.Valid()) Need(obj.type);
  }
  size_t done = 0;
  while (done < needed_.size()) {
    std::vector<TypeId> batch(needed_.begin() + done, needed_.end());
    done = needed_.size();
    std::vector<std::pair<std::string, TypeId>> keyed;
    for (TypeId t : batch) keyed.emplace_back(LinkName(t), t);
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [name, t] : keyed) {
      Write(t);
      if (Named(t)) Write(ts_.NewPointer(t));
    }
  }
}

}  // namespace

void Backend(Output& gen, const Options& options, const std::function<void(FuncId)>& analyze,
             DiagSink& sink) {
  BackendSim sim(*gen.builder, options, analyze, sink);
  sim.Run();
}

}  // namespace goescape::irgen
