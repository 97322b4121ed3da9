// types.cpp: the TypeStore (see types.h): hash-consing by a byte key per
// payload, lazy resolution of named types, interface method sets,
// canonical (identity) representatives, and types2's predicates.
#include "frontend/types/types.h"

#include <algorithm>
#include <memory>
#include <unordered_set>

#include "llvm/Support/ErrorHandling.h"

namespace goescape::types {
namespace {

// Key building: a payload's kind byte followed by the raw bytes of its
// components (ids, lengths, and the addresses of interned strings).
void Put(std::string& key, uint64_t v) { key.append(reinterpret_cast<const char*>(&v), sizeof v); }
void Put(std::string& key, TypeId id) { Put(key, id.Index()); }
void Put(std::string& key, llvm::StringRef s) {
  Put(key, reinterpret_cast<uint64_t>(s.data()));
  Put(key, s.size());
}

bool IsExportedName(llvm::StringRef name) {
  if (name.empty()) return false;
  unsigned char c = name[0];
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Non-ASCII: Unicode upper case letters (approximation: Latin-1
  // Supplement, Greek, Cyrillic upper-case ranges), rare in practice.
  return false;
}

}  // namespace

uint8_t BasicFlags(BasicKind k) {
  switch (k) {
#define GOESCAPE_BASIC(K, S, F) \
  case BasicKind::k##K:         \
    return (F);
#include "frontend/types/basic_kinds.def"
    case BasicKind::kNumKinds:
      break;
  }
  llvm_unreachable("bad basic kind");
}

llvm::StringRef BasicSpelling(BasicKind k) {
  switch (k) {
#define GOESCAPE_BASIC(K, S, F) \
  case BasicKind::k##K:         \
    return S;
#include "frontend/types/basic_kinds.def"
    case BasicKind::kNumKinds:
      break;
  }
  llvm_unreachable("bad basic kind");
}

BasicKind CanonBasic(BasicKind k) {
  if (k == BasicKind::kByte) return BasicKind::kUint8;
  if (k == BasicKind::kRune) return BasicKind::kInt32;
  return k;
}

TypeStore::TypeStore() : saver_(alloc_) {
  for (unsigned k = 0; k < static_cast<unsigned>(BasicKind::kNumKinds); ++k) {
    std::string key(1, 'B');
    Put(key, k);
    Add(BasicType{BasicKind(k)}, std::move(key));
  }
  empty_tuple_ = NewTuple({});
  empty_interface_ = NewInterface({}, {});
  std::string key(1, 'A');
  any_ = Add(InterfaceType{IdRange{}, IdRange{}, true}, std::move(key));
}

PackageId TypeStore::AddPackage(llvm::StringRef path, llvm::StringRef name) {
  packages_.push_back(PackageInfo{Intern(path), Intern(name)});
  return PackageId(static_cast<uint32_t>(packages_.size() - 1));
}

template <typename T>
uint32_t TypeStore::AddChunk(std::vector<const T*>& chunks, llvm::ArrayRef<T> items) {
  T* mem = alloc_.Allocate<T>(items.empty() ? 1 : items.size());
  std::uninitialized_copy(items.begin(), items.end(), mem);
  chunks.push_back(mem);
  return static_cast<uint32_t>(chunks.size() - 1);
}

TypeId TypeStore::Lookup(const std::string& key) const {
  auto it = interned_.find(key);
  return it == interned_.end() ? TypeId() : it->second;
}

TypeId TypeStore::Add(TypeNode node, std::string key) {
  TypeId id(static_cast<uint32_t>(nodes_.size()));
  nodes_.push_back(std::move(node));
  if (!key.empty()) interned_.emplace(std::move(key), id);
  return id;
}

TypeId TypeStore::NewPointer(TypeId elem) {
  std::string key(1, 'P');
  Put(key, elem);
  if (TypeId t = Lookup(key)) return t;
  return Add(PointerType{elem}, std::move(key));
}

TypeId TypeStore::NewArray(TypeId elem, int64_t len) {
  std::string key(1, 'R');
  Put(key, elem);
  Put(key, static_cast<uint64_t>(len));
  if (TypeId t = Lookup(key)) return t;
  return Add(ArrayType{elem, len}, std::move(key));
}

TypeId TypeStore::NewSlice(TypeId elem) {
  std::string key(1, 'S');
  Put(key, elem);
  if (TypeId t = Lookup(key)) return t;
  return Add(SliceType{elem}, std::move(key));
}

TypeId TypeStore::NewMap(TypeId k, TypeId elem) {
  std::string key(1, 'M');
  Put(key, k);
  Put(key, elem);
  if (TypeId t = Lookup(key)) return t;
  return Add(MapType{k, elem}, std::move(key));
}

TypeId TypeStore::NewChan(TypeId elem, ChanDir dir) {
  std::string key(1, 'C');
  Put(key, elem);
  Put(key, static_cast<uint64_t>(dir));
  if (TypeId t = Lookup(key)) return t;
  return Add(ChanType{elem, dir}, std::move(key));
}

TypeId TypeStore::NewStruct(llvm::ArrayRef<FieldInfo> fields) {
  std::string key(1, 'T');
  std::vector<FieldInfo> copy(fields.begin(), fields.end());
  for (FieldInfo& f : copy) {
    f.name = Intern(f.name);
    f.tag = Intern(f.tag);
    if (IsExportedName(f.name)) f.pkg = PackageId();
    Put(key, f.name);
    Put(key, f.pkg.Index());
    Put(key, f.type);
    Put(key, f.tag);
    Put(key, f.embedded ? 1 : 0);
  }
  if (TypeId t = Lookup(key)) return t;
  IdRange r{AddChunk<FieldInfo>(field_chunks_, copy), static_cast<uint32_t>(copy.size())};
  return Add(StructType{r}, std::move(key));
}

TypeId TypeStore::NewTuple(llvm::ArrayRef<TypeId> elems, llvm::ArrayRef<llvm::StringRef> names) {
  std::string key(1, 'U');
  for (TypeId e : elems) Put(key, e);
  bool any_name = false;
  for (llvm::StringRef n : names) any_name |= !n.empty();
  std::vector<llvm::StringRef> interned;
  if (any_name) {
    key += '|';
    for (llvm::StringRef n : names) {
      interned.push_back(Intern(n));
      Put(key, interned.back());
    }
  }
  if (TypeId t = Lookup(key)) return t;
  IdRange r{AddChunk<TypeId>(type_chunks_, elems), static_cast<uint32_t>(elems.size())};
  IdRange nr;
  if (any_name) {
    nr = IdRange{AddChunk<llvm::StringRef>(name_chunks_, interned),
                 static_cast<uint32_t>(interned.size())};
  }
  return Add(TupleType{r, nr}, std::move(key));
}

TypeId TypeStore::NewSignature(TypeId params, TypeId results, bool variadic) {
  std::string key(1, 'F');
  Put(key, params);
  Put(key, results);
  Put(key, variadic ? 1 : 0);
  if (TypeId t = Lookup(key)) return t;
  return Add(SignatureType{params, results, variadic}, std::move(key));
}

llvm::ArrayRef<llvm::StringRef> TypeStore::TupleNames(TypeId t) const {
  IdRange r = Get<TupleType>(t).names;
  if (r.size == 0) return {};
  return llvm::ArrayRef<llvm::StringRef>(name_chunks_[r.begin], r.size);
}

bool TypeStore::MethodLess(const MethodInfo& a, const MethodInfo& b) const {
  bool ea = IsExportedName(a.name), eb = IsExportedName(b.name);
  if (ea != eb) return ea;
  if (a.name != b.name) return a.name < b.name;
  if (!ea) {
    llvm::StringRef pa = a.pkg.Valid() ? Package(a.pkg).path : "";
    llvm::StringRef pb = b.pkg.Valid() ? Package(b.pkg).path : "";
    return pa < pb;
  }
  return false;
}

TypeId TypeStore::NewInterface(llvm::ArrayRef<MethodInfo> methods,
                               llvm::ArrayRef<TypeId> embeddeds) {
  std::vector<MethodInfo> ms(methods.begin(), methods.end());
  for (MethodInfo& m : ms) {
    m.name = Intern(m.name);
    if (IsExportedName(m.name)) m.pkg = PackageId();
  }
  std::stable_sort(ms.begin(), ms.end(),
                   [this](const MethodInfo& a, const MethodInfo& b) { return MethodLess(a, b); });
  std::string key(1, 'I');
  for (const MethodInfo& m : ms) {
    Put(key, m.name);
    Put(key, m.pkg.Index());
    Put(key, m.sig);
  }
  key += '|';
  for (TypeId e : embeddeds) Put(key, e);
  if (TypeId t = Lookup(key)) return t;
  IdRange mr{AddChunk<MethodInfo>(method_chunks_, ms), static_cast<uint32_t>(ms.size())};
  IdRange er{AddChunk<TypeId>(type_chunks_, embeddeds), static_cast<uint32_t>(embeddeds.size())};
  return Add(InterfaceType{mr, er, false}, std::move(key));
}

TypeId TypeStore::NewNamed(llvm::StringRef name, PackageId pkg, ObjectId obj, bool local) {
  NamedInfo info;
  info.name = Intern(name);
  info.pkg = pkg;
  info.obj = obj;
  info.local = local;
  named_.push_back(std::move(info));
  return Add(NamedType{static_cast<uint32_t>(named_.size() - 1)}, std::string());
}

void TypeStore::SetRhs(TypeId named, TypeId rhs) {
  NamedInfo& n = named_[Get<NamedType>(named).index];
  n.rhs = rhs;
  n.underlying = TypeId();
}

void TypeStore::AddMethod(TypeId named, ObjectId method) {
  named_[Get<NamedType>(named).index].methods.push_back(method);
}

llvm::ArrayRef<FieldInfo> TypeStore::Fields(TypeId t) const {
  IdRange r = Get<StructType>(t).fields;
  if (r.size == 0) return {};
  return llvm::ArrayRef<FieldInfo>(field_chunks_[r.begin], r.size);
}

llvm::ArrayRef<TypeId> TypeStore::TupleElems(TypeId t) const {
  IdRange r = Get<TupleType>(t).elems;
  if (r.size == 0) return {};
  return llvm::ArrayRef<TypeId>(type_chunks_[r.begin], r.size);
}

llvm::ArrayRef<MethodInfo> TypeStore::ExplicitMethods(TypeId t) const {
  IdRange r = Get<InterfaceType>(t).methods;
  if (r.size == 0) return {};
  return llvm::ArrayRef<MethodInfo>(method_chunks_[r.begin], r.size);
}

llvm::ArrayRef<TypeId> TypeStore::Embeddeds(TypeId t) const {
  IdRange r = Get<InterfaceType>(t).embeddeds;
  if (r.size == 0) return {};
  return llvm::ArrayRef<TypeId>(type_chunks_[r.begin], r.size);
}

TypeId TypeStore::Underlying(TypeId t) const {
  if (!t.Valid()) return Invalid();
  if (Kind(t) != TypeKind::kNamed) return t;
  const NamedInfo& n0 = named_[Get<NamedType>(t).index];
  if (n0.underlying.Valid()) return n0.underlying;
  TypeId u = t;
  for (size_t steps = 0; Kind(u) == TypeKind::kNamed; ++steps) {
    const NamedInfo& n = named_[Get<NamedType>(u).index];
    if (n.underlying.Valid()) {
      u = n.underlying;
      break;
    }
    if (!n.rhs.Valid() || steps > named_.size()) return Invalid();  // unresolved or cyclic
    u = n.rhs;
  }
  const_cast<NamedInfo&>(n0).underlying = u;
  return u;
}

void TypeStore::ComputeInterfaceMethods(TypeId iface, std::vector<MethodInfo>& out,
                                        std::vector<TypeId>& stack, bool* complete,
                                        bool* cycle) const {
  if (std::find(stack.begin(), stack.end(), iface) != stack.end()) {
    *cycle = true;  // invalid cycle (reported by the checker)
    return;
  }
  stack.push_back(iface);
  std::unordered_set<std::string> have;
  auto add = [&](const MethodInfo& m) {
    std::string key = m.name.str();
    key += '\0';
    key += std::to_string(m.pkg.Valid() ? m.pkg.Index() + 1 : 0);
    if (have.insert(std::move(key)).second) out.push_back(m);
  };
  for (const MethodInfo& m : ExplicitMethods(iface)) add(m);
  for (TypeId e : Embeddeds(iface)) {
    TypeId u = Underlying(e);
    if (u == Invalid() && Kind(e) == TypeKind::kNamed && !Named(e).rhs.Valid()) {
      *complete = false;
      continue;
    }
    if (Kind(u) != TypeKind::kInterface) continue;
    // An embedded interface's set is computed once and cached: diamonds of
    // embeddings (I2 embeds I1 and J1, both embedding I0 and J0, ...) would
    // otherwise cost 2^depth.
    if (Embeddeds(u).empty()) {
      for (const MethodInfo& m : ExplicitMethods(u)) add(m);
      continue;
    }
    if (iface_methods_index_.size() > u.Index() && iface_methods_index_[u.Index()] >= 0) {
      for (const MethodInfo& m : iface_methods_[iface_methods_index_[u.Index()]]) add(m);
      continue;
    }
    std::vector<MethodInfo> inner;
    bool inner_complete = true, inner_cycle = false;
    ComputeInterfaceMethods(u, inner, stack, &inner_complete, &inner_cycle);
    for (const MethodInfo& m : inner) add(m);
    if (!inner_complete) *complete = false;
    if (inner_cycle) {
      *cycle = true;  // the inner set depends on where the cycle was entered
    } else if (inner_complete) {
      (void)CacheInterfaceMethods(u, std::move(inner));
    }
  }
  stack.pop_back();
}

llvm::ArrayRef<MethodInfo> TypeStore::CacheInterfaceMethods(TypeId u,
                                                            std::vector<MethodInfo> ms) const {
  std::stable_sort(ms.begin(), ms.end(),
                   [this](const MethodInfo& a, const MethodInfo& b) { return MethodLess(a, b); });
  if (iface_methods_index_.size() < nodes_.size()) iface_methods_index_.resize(nodes_.size(), -1);
  iface_methods_.push_back(std::move(ms));
  int32_t index = static_cast<int32_t>(iface_methods_.size() - 1);
  iface_methods_index_[u.Index()] = index;
  return iface_methods_[index];
}

llvm::ArrayRef<MethodInfo> TypeStore::InterfaceMethods(TypeId t) const {
  TypeId u = Underlying(t);
  if (Kind(u) != TypeKind::kInterface) return {};
  if (Embeddeds(u).empty()) return ExplicitMethods(u);
  if (iface_methods_index_.size() <= u.Index()) iface_methods_index_.resize(nodes_.size(), -1);
  if (iface_methods_index_[u.Index()] >= 0) return iface_methods_[iface_methods_index_[u.Index()]];
  std::vector<MethodInfo> ms;
  std::vector<TypeId> stack;
  bool complete = true, cycle = false;
  ComputeInterfaceMethods(u, ms, stack, &complete, &cycle);
  if (complete) return CacheInterfaceMethods(u, std::move(ms));
  std::stable_sort(ms.begin(), ms.end(),
                   [this](const MethodInfo& a, const MethodInfo& b) { return MethodLess(a, b); });
  iface_methods_.push_back(std::move(ms));  // not cached: some embedded type is unresolved
  return iface_methods_.back();
}

TypeId TypeStore::Canon(TypeId t) const {
  if (!t.Valid()) return t;
  if (canon_.size() > t.Index() && canon_[t.Index()].Valid()) return canon_[t.Index()];
  if (canon_bad_.size() > t.Index() && canon_bad_[t.Index()]) return CyclicRepresentative(t);
  uint32_t hits = canon_cycle_hits_;
  TypeId c = CanonRec(t);
  if (canon_cycle_hits_ != hits) {
    // The result contains a cut at a recursive interface: not canonical.
    if (canon_bad_.size() < nodes_.size()) canon_bad_.resize(nodes_.size());
    canon_bad_[t.Index()] = 1;
    return CyclicRepresentative(t);
  }
  return c;
}

namespace {

/// CycleKeyWriter spells a type's infinite unfolding as a finite string: a
/// type met again on the current path is written as a back reference to
/// its depth (as gc's tconv2 writes @offset), and everything identity
/// depends on is spelled out (packages of unexported names, tags, embedded
/// flags, variadic, channel directions). Equal keys mean equal unfoldings,
/// hence identical types; the converse need not hold.
class CycleKeyWriter {
 public:
  explicit CycleKeyWriter(const TypeStore& s) : s_(s) {}
  static constexpr size_t kMaxKey = 1 << 20;  // give up beyond (no merge)

  bool Write(TypeId t) {
    if (out_.size() > kMaxKey) return false;
    if (!t.Valid()) {
      out_ += '?';
      return true;
    }
    TypeKind k = s_.Kind(t);
    if (k == TypeKind::kBasic) {
      out_ += 'b';
      out_ += std::to_string(static_cast<int>(CanonBasic(s_.Get<BasicType>(t).kind)));
      return true;
    }
    if (k == TypeKind::kNamed) {
      out_ += 'n';
      out_ += std::to_string(t.Index());
      return true;
    }
    if (k == TypeKind::kInterface && s_.Get<InterfaceType>(t).any) t = s_.EmptyInterface();
    for (size_t i = 0; i < path_.size(); ++i) {
      if (path_[i] == t) {
        out_ += '@';
        out_ += std::to_string(i);
        return true;
      }
    }
    path_.push_back(t);
    bool ok = WriteBody(t, k);
    path_.pop_back();
    return ok;
  }
  std::string Take() { return std::move(out_); }

 private:
  void Name(llvm::StringRef name, PackageId pkg) {
    out_ += name;
    if (pkg.Valid()) {
      out_ += '/';
      out_ += std::to_string(pkg.Index());
    }
    out_ += ' ';
  }
  bool WriteBody(TypeId t, TypeKind k) {
    switch (k) {
      case TypeKind::kPointer:
        out_ += '*';
        return Write(s_.Get<PointerType>(t).elem);
      case TypeKind::kArray:
        out_ += '[' + std::to_string(s_.Get<ArrayType>(t).len) + ']';
        return Write(s_.Get<ArrayType>(t).elem);
      case TypeKind::kSlice:
        out_ += "[]";
        return Write(s_.Get<SliceType>(t).elem);
      case TypeKind::kMap:
        out_ += "map[";
        if (!Write(s_.Get<MapType>(t).key)) return false;
        out_ += ']';
        return Write(s_.Get<MapType>(t).elem);
      case TypeKind::kChan:
        out_ += "chan" + std::to_string(static_cast<int>(s_.Get<ChanType>(t).dir)) + ' ';
        return Write(s_.Get<ChanType>(t).elem);
      case TypeKind::kStruct:
        out_ += "struct{";
        for (const FieldInfo& f : s_.Fields(t)) {
          Name(f.name, f.pkg);
          if (f.embedded) out_ += "E ";
          if (!Write(f.type)) return false;
          out_ += ' ';
          out_ += QuoteTag(f.tag);
          out_ += ';';
        }
        out_ += '}';
        return true;
      case TypeKind::kTuple:
        out_ += '(';
        for (TypeId e : s_.TupleElems(t)) {
          if (!Write(e)) return false;
          out_ += ',';
        }
        out_ += ')';
        return true;
      case TypeKind::kSignature: {
        const SignatureType& sig = s_.Get<SignatureType>(t);
        out_ += sig.variadic ? "func..." : "func";
        return Write(sig.params) && Write(sig.results);
      }
      case TypeKind::kInterface:
        out_ += "iface{";
        for (const MethodInfo& m : s_.InterfaceMethods(t)) {
          Name(m.name, m.pkg);
          if (!Write(m.sig)) return false;
          out_ += ';';
        }
        out_ += '}';
        return true;
      case TypeKind::kBasic:
      case TypeKind::kNamed:
        break;
    }
    return true;
  }
  static std::string QuoteTag(llvm::StringRef tag) {
    return std::to_string(tag.size()) + ':' + tag.str();
  }

  const TypeStore& s_;
  std::string out_;
  std::vector<TypeId> path_;
};

}  // namespace

TypeId TypeStore::CyclicRepresentative(TypeId t) const {
  // Types whose unfolding is infinite without a named type (interfaces
  // embedding a named interface whose methods mention that very literal)
  // have no canonical Id; equal unfoldings still share a representative,
  // found by their cycle key, as gc shares one type symbol per spelling.
  if (cyclic_rep_.size() > t.Index() && cyclic_rep_[t.Index()].Valid()) {
    return cyclic_rep_[t.Index()];
  }
  CycleKeyWriter w(*this);
  TypeId rep = t;
  if (w.Write(t)) {
    auto [it, inserted] = cyclic_by_key_.try_emplace(w.Take(), t);
    rep = it->second;
  }
  if (cyclic_rep_.size() <= t.Index()) cyclic_rep_.resize(nodes_.size());
  cyclic_rep_[t.Index()] = rep;
  return rep;
}

bool TypeStore::IsCanonicalizable(TypeId t) const {
  Canon(t);
  return !(canon_bad_.size() > t.Index() && canon_bad_[t.Index()]);
}

TypeId TypeStore::CanonRec(TypeId t) const {
  if (canon_.size() > t.Index() && canon_[t.Index()].Valid()) return canon_[t.Index()];
  if (canon_bad_.size() > t.Index() && canon_bad_[t.Index()]) {
    ++canon_cycle_hits_;
    return t;
  }
  auto* self = const_cast<TypeStore*>(this);  // interning is logically const
  uint32_t hits = canon_cycle_hits_;
  TypeId c;
  bool memo = true;
  switch (Kind(t)) {
    case TypeKind::kBasic:
      c = Basic(CanonBasic(Get<BasicType>(t).kind));
      break;
    case TypeKind::kPointer:
      c = self->NewPointer(CanonRec(Get<PointerType>(t).elem));
      break;
    case TypeKind::kArray: {
      const ArrayType& a = Get<ArrayType>(t);
      c = self->NewArray(CanonRec(a.elem), a.len);
      break;
    }
    case TypeKind::kSlice:
      c = self->NewSlice(CanonRec(Get<SliceType>(t).elem));
      break;
    case TypeKind::kMap: {
      const MapType& m = Get<MapType>(t);
      c = self->NewMap(CanonRec(m.key), CanonRec(m.elem));
      break;
    }
    case TypeKind::kChan: {
      const ChanType& ch = Get<ChanType>(t);
      c = self->NewChan(CanonRec(ch.elem), ch.dir);
      break;
    }
    case TypeKind::kStruct: {
      std::vector<FieldInfo> fs(Fields(t).begin(), Fields(t).end());
      for (FieldInfo& f : fs) f.type = CanonRec(f.type);
      c = self->NewStruct(fs);
      break;
    }
    case TypeKind::kTuple: {
      std::vector<TypeId> es(TupleElems(t).begin(), TupleElems(t).end());
      for (TypeId& e : es) e = CanonRec(e);
      c = self->NewTuple(es);
      break;
    }
    case TypeKind::kSignature: {
      SignatureType s = Get<SignatureType>(t);
      c = self->NewSignature(CanonRec(s.params), CanonRec(s.results), s.variadic);
      break;
    }
    case TypeKind::kInterface: {
      const InterfaceType& it = Get<InterfaceType>(t);
      if (it.any) {
        c = empty_interface_;
        break;
      }
      if (std::find(canon_stack_.begin(), canon_stack_.end(), t) != canon_stack_.end()) {
        ++canon_cycle_hits_;  // recursive anonymous interface: cut here
        return t;
      }
      canon_stack_.push_back(t);
      std::vector<MethodInfo> ms;
      std::vector<TypeId> stack;
      bool complete = true, cycle = false;
      ComputeInterfaceMethods(t, ms, stack, &complete, &cycle);
      for (MethodInfo& m : ms) m.sig = CanonRec(m.sig);
      canon_stack_.pop_back();
      c = self->NewInterface(ms, {});
      memo = complete;
      break;
    }
    case TypeKind::kNamed:
      c = t;
      break;
  }
  if (memo && canon_cycle_hits_ == hits) {
    if (canon_.size() < nodes_.size()) canon_.resize(nodes_.size());
    canon_[t.Index()] = c;
    canon_[c.Index()] = c;
  }
  return c;
}

bool TypeStore::Identical(TypeId a, TypeId b) const {
  if (a == b) return true;
  TypeId ca = Canon(a), cb = Canon(b);
  if (IsCanonicalizable(a) && IsCanonicalizable(b)) return ca == cb;
  std::vector<std::pair<TypeId, TypeId>> pairs;
  return IdenticalRec(a, b, true, pairs);
}

bool TypeStore::IdenticalIgnoreTags(TypeId a, TypeId b) const {
  std::vector<std::pair<TypeId, TypeId>> pairs;
  return IdenticalRec(a, b, false, pairs);
}

bool TypeStore::IdenticalRec(TypeId a, TypeId b, bool cmp_tags,
                             std::vector<std::pair<TypeId, TypeId>>& pairs) const {
  if (a == b) return true;
  if (Kind(a) == TypeKind::kInterface && Get<InterfaceType>(a).any) a = empty_interface_;
  if (Kind(b) == TypeKind::kInterface && Get<InterfaceType>(b).any) b = empty_interface_;
  if (a == b) return true;
  if (Kind(a) != Kind(b)) return false;
  switch (Kind(a)) {
    case TypeKind::kBasic:
      return CanonBasic(Get<BasicType>(a).kind) == CanonBasic(Get<BasicType>(b).kind);
    case TypeKind::kNamed:
      return false;
    case TypeKind::kPointer:
      return IdenticalRec(Get<PointerType>(a).elem, Get<PointerType>(b).elem, cmp_tags, pairs);
    case TypeKind::kArray:
      return Get<ArrayType>(a).len == Get<ArrayType>(b).len &&
             IdenticalRec(Get<ArrayType>(a).elem, Get<ArrayType>(b).elem, cmp_tags, pairs);
    case TypeKind::kSlice:
      return IdenticalRec(Get<SliceType>(a).elem, Get<SliceType>(b).elem, cmp_tags, pairs);
    case TypeKind::kMap:
      return IdenticalRec(Get<MapType>(a).key, Get<MapType>(b).key, cmp_tags, pairs) &&
             IdenticalRec(Get<MapType>(a).elem, Get<MapType>(b).elem, cmp_tags, pairs);
    case TypeKind::kChan:
      return Get<ChanType>(a).dir == Get<ChanType>(b).dir &&
             IdenticalRec(Get<ChanType>(a).elem, Get<ChanType>(b).elem, cmp_tags, pairs);
    case TypeKind::kStruct: {
      auto fa = Fields(a), fb = Fields(b);
      if (fa.size() != fb.size()) return false;
      for (size_t i = 0; i < fa.size(); ++i) {
        if (fa[i].name != fb[i].name || fa[i].pkg != fb[i].pkg ||
            fa[i].embedded != fb[i].embedded || (cmp_tags && fa[i].tag != fb[i].tag) ||
            !IdenticalRec(fa[i].type, fb[i].type, cmp_tags, pairs)) {
          return false;
        }
      }
      return true;
    }
    case TypeKind::kTuple: {
      auto ea = TupleElems(a), eb = TupleElems(b);
      if (ea.size() != eb.size()) return false;
      for (size_t i = 0; i < ea.size(); ++i) {
        if (!IdenticalRec(ea[i], eb[i], cmp_tags, pairs)) return false;
      }
      return true;
    }
    case TypeKind::kSignature: {
      const SignatureType &sa = Get<SignatureType>(a), &sb = Get<SignatureType>(b);
      return sa.variadic == sb.variadic && IdenticalRec(sa.params, sb.params, cmp_tags, pairs) &&
             IdenticalRec(sa.results, sb.results, cmp_tags, pairs);
    }
    case TypeKind::kInterface: {
      for (const auto& [x, y] : pairs) {
        if ((x == a && y == b) || (x == b && y == a)) return true;  // assume identical
      }
      std::vector<MethodInfo> ma(InterfaceMethods(a).begin(), InterfaceMethods(a).end());
      std::vector<MethodInfo> mb(InterfaceMethods(b).begin(), InterfaceMethods(b).end());
      if (ma.size() != mb.size()) return false;
      pairs.push_back({a, b});
      bool ok = true;
      for (size_t i = 0; i < ma.size() && ok; ++i) {
        ok = ma[i].name == mb[i].name && ma[i].pkg == mb[i].pkg &&
             IdenticalRec(ma[i].sig, mb[i].sig, cmp_tags, pairs);
      }
      pairs.pop_back();
      return ok;
    }
  }
  return false;
}

bool TypeStore::IsBasic(TypeId t, uint8_t flags) const {
  TypeId u = Underlying(t);
  if (Kind(u) != TypeKind::kBasic) return false;
  return (BasicFlags(Get<BasicType>(u).kind) & flags) != 0;
}

BasicKind TypeStore::BasicKindOf(TypeId t) const {
  TypeId u = Underlying(t);
  if (Kind(u) != TypeKind::kBasic) return BasicKind::kInvalid;
  return CanonBasic(Get<BasicType>(u).kind);
}

bool TypeStore::IsUntyped(TypeId t) const {
  if (!t.Valid() || Kind(t) != TypeKind::kBasic) return false;
  return (BasicFlags(Get<BasicType>(t).kind) & kIsUntyped) != 0;
}

bool TypeStore::HasName(TypeId t) const {
  TypeKind k = Kind(t);
  return k == TypeKind::kBasic || k == TypeKind::kNamed;
}

bool TypeStore::HasNil(TypeId t) const {
  TypeId u = Underlying(t);
  switch (Kind(u)) {
    case TypeKind::kBasic:
      return Get<BasicType>(u).kind == BasicKind::kUnsafePointer;
    case TypeKind::kSlice:
    case TypeKind::kPointer:
    case TypeKind::kSignature:
    case TypeKind::kMap:
    case TypeKind::kChan:
    case TypeKind::kInterface:
      return true;
    case TypeKind::kArray:
    case TypeKind::kStruct:
    case TypeKind::kTuple:
    case TypeKind::kNamed:
      return false;
  }
  return false;
}

bool TypeStore::IsEmptyInterface(TypeId t) const {
  TypeId u = Underlying(t);
  return Kind(u) == TypeKind::kInterface && InterfaceMethods(u).empty();
}

bool TypeStore::Comparable(TypeId t) const {
  std::vector<TypeId> seen;
  return ComparableRec(t, seen);
}

bool TypeStore::ComparableRec(TypeId t, std::vector<TypeId>& seen) const {
  if (std::find(seen.begin(), seen.end(), t) != seen.end()) return true;
  seen.push_back(t);
  TypeId u = Underlying(t);
  switch (Kind(u)) {
    case TypeKind::kBasic:
      return Get<BasicType>(u).kind != BasicKind::kUntypedNil;
    case TypeKind::kPointer:
    case TypeKind::kChan:
    case TypeKind::kInterface:
      return true;
    case TypeKind::kStruct:
      for (const FieldInfo& f : Fields(u)) {
        if (!ComparableRec(f.type, seen)) return false;
      }
      return true;
    case TypeKind::kArray:
      return ComparableRec(Get<ArrayType>(u).elem, seen);
    case TypeKind::kSlice:
    case TypeKind::kMap:
    case TypeKind::kSignature:
    case TypeKind::kTuple:
    case TypeKind::kNamed:
      return false;
  }
  return false;
}

TypeId TypeStore::Default(TypeId t) const {
  if (!IsUntyped(t)) return t;
  switch (Get<BasicType>(t).kind) {
    case BasicKind::kUntypedBool:
      return Basic(BasicKind::kBool);
    case BasicKind::kUntypedInt:
      return Basic(BasicKind::kInt);
    case BasicKind::kUntypedRune:
      return Basic(BasicKind::kRune);
    case BasicKind::kUntypedFloat:
      return Basic(BasicKind::kFloat64);
    case BasicKind::kUntypedComplex:
      return Basic(BasicKind::kComplex128);
    case BasicKind::kUntypedString:
      return Basic(BasicKind::kString);
    default:
      return t;
  }
}

}  // namespace goescape::types
