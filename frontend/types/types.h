// types.h: Go types, interned in a TypeStore and named by dense TypeIds.
//
// Representation
//   * Every type is a small payload (BasicType, PointerType, ...; kinds in
//     type_kinds.def) in one TypeStore, named by a TypeId. Structural types
//     are hash-consed: building the same payload twice yields the same Id.
//     Named types (one per declaration) are never merged.
//   * Ids are *spellings*: byte and uint8, rune and int32, `any` and
//     `interface{}`, and an interface written with embedded interfaces and
//     the same interface written with its methods are different Ids, because
//     types2 and gc print them differently. Canon(t) maps every spelling to
//     one representative (byte -> uint8, rune -> int32, any -> interface{},
//     interfaces flattened to their sorted method sets, recursively), so
//     type identity is Canon(a) == Canon(b): use Identical(a, b), never ==,
//     unless both Ids came from Canon. For almost all types Canon(t) == t.
//   * Function types ignore parameter names (as Go's identity does);
//     names live in the declaring objects (check::Object).
//   * A named type's underlying type is resolved lazily through chains of
//     named types (type A B; type B struct{...}), as types2 does, so that
//     declarations can refer to types still being declared.
//   * Objects (method declarations, type names) are referenced by ObjectId;
//     their store is check::Program. PackageIds index the package table here.
//
// Interface method sets are computed lazily, once per interface, reusing
// the cached sets of embedded interfaces (so diamonds of embeddings stay
// linear); sets that depend on a still unresolved named type or on an
// invalid embedding cycle are not cached.
//
// Invariants: Ids handed out are valid forever (the store only grows); the
// basic types have fixed Ids (Basic(kind)). Unexported struct field and
// interface method names carry their package (identity is per package).
#ifndef GOESCAPE_FRONTEND_TYPES_TYPES_H_
#define GOESCAPE_FRONTEND_TYPES_TYPES_H_

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "frontend/base/id.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/StringSaver.h"

namespace goescape::types {

using TypeId = Id<struct TypeTag>;
using ObjectId = Id<struct ObjectTag>;
using PackageId = Id<struct PackageTag>;

/// TypeKind enumerates the type payloads (type_kinds.def order).
enum class TypeKind : uint8_t {
#define GOESCAPE_TYPE(K) k##K,
#include "frontend/types/type_kinds.def"
};

/// BasicKind enumerates the basic types (basic_kinds.def order).
enum class BasicKind : uint8_t {
#define GOESCAPE_BASIC(K, S, F) k##K,
#include "frontend/types/basic_kinds.def"
  kNumKinds
};

/// BasicFlag classifies basic types (types2's BasicInfo).
enum BasicFlag : uint8_t {
  kIsBoolean = 1 << 0,
  kIsInteger = 1 << 1,
  kIsUnsigned = 1 << 2,
  kIsFloat = 1 << 3,
  kIsComplex = 1 << 4,
  kIsString = 1 << 5,
  kIsUntyped = 1 << 6,
  kIsOrdered = kIsInteger | kIsFloat | kIsString,
  kIsNumeric = kIsInteger | kIsFloat | kIsComplex,
  kIsConstType = kIsBoolean | kIsNumeric | kIsString,
};

/// BasicFlags returns the flags of a basic kind.
uint8_t BasicFlags(BasicKind k);
/// BasicSpelling is types2's name for a basic kind ("untyped int").
llvm::StringRef BasicSpelling(BasicKind k);
/// CanonBasic maps byte to uint8 and rune to int32.
BasicKind CanonBasic(BasicKind k);

/// ChanDir is a channel type's direction.
enum class ChanDir : uint8_t { kBoth, kSend, kRecv };

/// FieldInfo is one struct field. pkg is set for unexported names.
struct FieldInfo {
  llvm::StringRef name;
  PackageId pkg;
  TypeId type;
  llvm::StringRef tag;  // unquoted
  bool embedded = false;
};

/// MethodInfo is one interface method: name, package (unexported names),
/// signature, and the Func object of its first declaration (for parameter
/// names in messages; not part of the type's identity).
struct MethodInfo {
  llvm::StringRef name;
  PackageId pkg;
  TypeId sig;
  ObjectId obj;
};

/// BasicType is a predeclared basic type.
struct BasicType {
  BasicKind kind;
};
/// PointerType is *elem.
struct PointerType {
  TypeId elem;
};
/// ArrayType is [len]elem.
struct ArrayType {
  TypeId elem;
  int64_t len;
};
/// SliceType is []elem.
struct SliceType {
  TypeId elem;
};
/// MapType is map[key]elem.
struct MapType {
  TypeId key;
  TypeId elem;
};
/// ChanType is chan elem with a direction.
struct ChanType {
  TypeId elem;
  ChanDir dir;
};
/// StructType is struct { fields } (read them with TypeStore::Fields).
struct StructType {
  IdRange fields;
};
/// TupleType is an ordered list of types: parameters, results, and the
/// value of a multi-valued call. names (one per element, or none) are the
/// parameter or result names as written: a spelling only, for types2's
/// printing (`func(x int) (n int, err error)`); Canon drops them, as
/// identity ignores them.
struct TupleType {
  IdRange elems;
  IdRange names;
};
/// SignatureType is a function type; params and results are Tuples. The
/// last parameter of a variadic function has slice type.
struct SignatureType {
  TypeId params;
  TypeId results;
  bool variadic = false;
};
/// InterfaceType is interface { methods; embeddeds }: explicit methods
/// sorted as types2 sorts them, embedded types in source order. `any`
/// marks the spelling `any` of the empty interface.
struct InterfaceType {
  IdRange methods;
  IdRange embeddeds;
  bool any = false;
};
/// NamedType is a defined type; its data is in NamedInfo (index).
struct NamedType {
  uint32_t index;
};

/// TypeNode is a type payload; its index is the TypeKind.
using TypeNode = std::variant<
#define GOESCAPE_TYPE(K) K##Type,
#include "frontend/types/type_kinds.def"
    std::monostate>;

/// NamedInfo is a defined type's declaration data. rhs is the type on the
/// right of the declaration (possibly another named type); methods are the
/// declared methods (Func objects) in declaration order.
struct NamedInfo {
  llvm::StringRef name;
  PackageId pkg;      // invalid for predeclared types (error)
  ObjectId obj;       // the TypeName
  TypeId rhs;         // invalid while the declaration is being checked
  TypeId underlying;  // cache; invalid until resolved
  std::vector<ObjectId> methods;
  bool local = false;  // declared inside a function
};

/// PackageInfo is one package known to the store.
struct PackageInfo {
  llvm::StringRef path;  // import path ("main" for the main package)
  llvm::StringRef name;  // package clause name
};

/// TypeStore owns every type of one goescape run.
class TypeStore {
 public:
  TypeStore();
  TypeStore(const TypeStore&) = delete;
  TypeStore& operator=(const TypeStore&) = delete;

  // ---- Packages.
  PackageId AddPackage(llvm::StringRef path, llvm::StringRef name);
  const PackageInfo& Package(PackageId id) const { return packages_[id.Index()]; }
  size_t NumPackages() const { return packages_.size(); }

  // ---- Predeclared types.
  TypeId Basic(BasicKind k) const { return TypeId(static_cast<uint32_t>(k)); }
  TypeId Invalid() const { return Basic(BasicKind::kInvalid); }
  TypeId EmptyInterface() const { return empty_interface_; }
  TypeId Any() const { return any_; }
  TypeId EmptyTuple() const { return empty_tuple_; }

  // ---- Constructors (hash-consed).
  TypeId NewPointer(TypeId elem);
  TypeId NewArray(TypeId elem, int64_t len);
  TypeId NewSlice(TypeId elem);
  TypeId NewMap(TypeId key, TypeId elem);
  TypeId NewChan(TypeId elem, ChanDir dir);
  TypeId NewStruct(llvm::ArrayRef<FieldInfo> fields);
  /// NewTuple with names (all empty, or one per element) as written.
  TypeId NewTuple(llvm::ArrayRef<TypeId> elems, llvm::ArrayRef<llvm::StringRef> names = {});
  TypeId NewSignature(TypeId params, TypeId results, bool variadic);
  /// TupleNames are a tuple's element names (empty if unnamed).
  llvm::ArrayRef<llvm::StringRef> TupleNames(TypeId tuple) const;
  /// NewInterface sorts methods (exported first, then by name and package
  /// path); duplicates are the caller's business (it reports them).
  TypeId NewInterface(llvm::ArrayRef<MethodInfo> methods, llvm::ArrayRef<TypeId> embeddeds);

  // ---- Named types (mutable after creation).
  TypeId NewNamed(llvm::StringRef name, PackageId pkg, ObjectId obj, bool local);
  void SetRhs(TypeId named, TypeId rhs);
  void AddMethod(TypeId named, ObjectId method);
  const NamedInfo& Named(TypeId named) const { return named_[Get<NamedType>(named).index]; }

  // ---- Reading.
  size_t Size() const { return nodes_.size(); }
  TypeKind Kind(TypeId id) const { return TypeKind(nodes_[id.Index()].index()); }
  template <typename T>
  const T& Get(TypeId id) const {
    return std::get<T>(nodes_[id.Index()]);
  }
  template <typename T>
  const T* TryGet(TypeId id) const {
    return id.Valid() ? std::get_if<T>(&nodes_[id.Index()]) : nullptr;
  }
  llvm::ArrayRef<FieldInfo> Fields(TypeId struct_type) const;
  llvm::ArrayRef<TypeId> TupleElems(TypeId tuple) const;
  llvm::ArrayRef<MethodInfo> ExplicitMethods(TypeId iface) const;
  llvm::ArrayRef<TypeId> Embeddeds(TypeId iface) const;
  /// Params/Results of a signature, as lists.
  llvm::ArrayRef<TypeId> Params(TypeId sig) const {
    return TupleElems(Get<SignatureType>(sig).params);
  }
  llvm::ArrayRef<TypeId> Results(TypeId sig) const {
    return TupleElems(Get<SignatureType>(sig).results);
  }

  /// Underlying resolves named types (Invalid while unresolved); other
  /// types are their own underlying type.
  TypeId Underlying(TypeId t) const;
  /// MethodSet returns the complete, sorted method set of an interface
  /// (explicit methods and those of embedded interfaces; the first of
  /// duplicate names wins). t may be a named interface.
  llvm::ArrayRef<MethodInfo> InterfaceMethods(TypeId t) const;

  /// Canon is the identity representative of t (see the file comment).
  /// Anonymous interfaces whose method sets refer back to themselves
  /// (interface{ I } where I's methods mention interface{ I }) have no
  /// finite representative: IsCanonicalizable is false, Identical compares
  /// structurally (as types2 does), and Canon returns the first such type
  /// with the same unfolding (spelled with back references, as gc's type
  /// symbols are), else t itself.
  TypeId Canon(TypeId t) const;
  bool IsCanonicalizable(TypeId t) const;
  bool Identical(TypeId a, TypeId b) const;
  /// IdenticalIgnoreTags is identity with struct tags ignored.
  bool IdenticalIgnoreTags(TypeId a, TypeId b) const;

  // ---- Predicates (types2's predicates.go; on the underlying type).
  bool IsBasic(TypeId t, uint8_t flags) const;
  BasicKind BasicKindOf(TypeId t) const;  // kInvalid if not basic
  bool IsBoolean(TypeId t) const { return IsBasic(t, kIsBoolean); }
  bool IsInteger(TypeId t) const { return IsBasic(t, kIsInteger); }
  bool IsUnsigned(TypeId t) const { return IsBasic(t, kIsUnsigned); }
  bool IsFloat(TypeId t) const { return IsBasic(t, kIsFloat); }
  bool IsComplex(TypeId t) const { return IsBasic(t, kIsComplex); }
  bool IsNumeric(TypeId t) const { return IsBasic(t, kIsNumeric); }
  bool IsString(TypeId t) const { return IsBasic(t, kIsString); }
  bool IsOrdered(TypeId t) const { return IsBasic(t, kIsOrdered); }
  bool IsConstType(TypeId t) const { return IsBasic(t, kIsConstType); }
  /// IsUntyped: t itself (not its underlying type) is an untyped basic type.
  bool IsUntyped(TypeId t) const;
  bool IsTyped(TypeId t) const { return !IsUntyped(t); }
  bool IsInterface(TypeId t) const { return Kind(Underlying(t)) == TypeKind::kInterface; }
  bool IsNamed(TypeId t) const { return Kind(t) == TypeKind::kNamed; }
  /// HasName: basic or named (types2 hasName).
  bool HasName(TypeId t) const;
  bool HasNil(TypeId t) const;
  bool IsEmptyInterface(TypeId t) const;
  /// Comparable is types2's Comparable (== defined).
  bool Comparable(TypeId t) const;
  /// Default maps an untyped type to its default type (rune for untyped
  /// rune, spelled "rune"); other types map to themselves.
  TypeId Default(TypeId t) const;

  /// Intern returns a canonical copy of s, owned by the store.
  llvm::StringRef Intern(llvm::StringRef s) { return saver_.save(s); }
  /// MethodLess is types2's method order (exported first, name, path).
  bool MethodLess(const MethodInfo& a, const MethodInfo& b) const;

 private:
  TypeId Add(TypeNode node, std::string key);
  TypeId Lookup(const std::string& key) const;
  bool ComparableRec(TypeId t, std::vector<TypeId>& seen) const;
  bool IdenticalRec(TypeId a, TypeId b, bool cmp_tags,
                    std::vector<std::pair<TypeId, TypeId>>& pairs) const;
  TypeId CanonRec(TypeId t) const;
  TypeId CyclicRepresentative(TypeId t) const;
  void ComputeInterfaceMethods(TypeId iface, std::vector<MethodInfo>& out,
                               std::vector<TypeId>& stack, bool* complete, bool* cycle) const;
  llvm::ArrayRef<MethodInfo> CacheInterfaceMethods(TypeId u, std::vector<MethodInfo> ms) const;

  llvm::BumpPtrAllocator alloc_;
  llvm::UniqueStringSaver saver_;
  // Storage never moves once handed out: references returned by Get and
  // Named, and the ArrayRefs of Fields, TupleElems, ... stay valid while
  // more types are created (deques, and lists allocated in alloc_; an
  // IdRange's begin is an index into the matching *_chunks_ vector).
  template <typename T>
  uint32_t AddChunk(std::vector<const T*>& chunks, llvm::ArrayRef<T> items);
  std::deque<TypeNode> nodes_;
  std::unordered_map<std::string, TypeId> interned_;
  std::vector<const FieldInfo*> field_chunks_;
  std::vector<const TypeId*> type_chunks_;
  std::vector<const MethodInfo*> method_chunks_;
  std::vector<const llvm::StringRef*> name_chunks_;
  std::deque<NamedInfo> named_;
  std::vector<PackageInfo> packages_;
  TypeId empty_interface_, any_, empty_tuple_;
  // Lazily computed: canonical ids and interface method sets. The store is
  // logically const for these (they are caches).
  mutable std::vector<TypeId> canon_;
  mutable std::vector<uint8_t> canon_bad_;   // 1: Canon hits an interface cycle
  mutable std::vector<TypeId> canon_stack_;  // interfaces being canonicalized
  mutable uint32_t canon_cycle_hits_ = 0;
  mutable std::vector<TypeId> cyclic_rep_;  // representative of a non-canonicalizable type
  mutable std::unordered_map<std::string, TypeId> cyclic_by_key_;
  mutable std::vector<int32_t> iface_methods_index_;  // -1: not computed
  mutable std::vector<std::vector<MethodInfo>> iface_methods_;
};

}  // namespace goescape::types

#endif  // GOESCAPE_FRONTEND_TYPES_TYPES_H_
