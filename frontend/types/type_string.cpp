// type_string.cpp: types2's TypeString and gc's type formatting (see
// type_string.h). One recursive writer handles both styles; the switches
// below note where the styles differ. gc's style expands interfaces into
// their method sets, so a type can contain itself without a name in
// between (type T interface{ M(interface{ T }) }); as gc's tconv2, a type
// met again while it is being printed is written as @N, N the offset where
// its text started (gc keys this on its *Type pointers, goescape on type
// Ids). A depth limit guards types2's style against invalid cyclic types.
#include "frontend/types/type_string.h"

#include <utility>
#include <vector>

#include "frontend/base/go_text.h"
#include "frontend/types/constant.h"

namespace goescape::types {
namespace {

/// Writer accumulates one rendering.
class Writer {
 public:
  Writer(const TypeStore& s, TypeStyle style, const Qualifier& qf)
      : s_(s), gc_(style == TypeStyle::kGc), qf_(qf) {}

  void Type(TypeId t);
  void Signature(TypeId sig, llvm::ArrayRef<llvm::StringRef> pnames,
                 llvm::ArrayRef<llvm::StringRef> rnames);
  std::string Take() { return std::move(out_); }

 private:
  void TypeName(llvm::StringRef name, PackageId pkg);
  void Tuple(llvm::ArrayRef<TypeId> elems, llvm::ArrayRef<llvm::StringRef> names, bool variadic);

  const TypeStore& s_;
  bool gc_;
  const Qualifier& qf_;
  std::string out_;
  int depth_ = 0;
  std::vector<std::pair<TypeId, size_t>> open_;  // gc style: types being printed, offsets
};

void Writer::TypeName(llvm::StringRef name, PackageId pkg) {
  if (pkg.Valid()) {
    std::string q = qf_ ? qf_(pkg) : s_.Package(pkg).name.str();
    if (!q.empty()) {
      out_ += q;
      out_ += '.';
    }
  }
  out_ += name;
}

void Writer::Tuple(llvm::ArrayRef<TypeId> elems, llvm::ArrayRef<llvm::StringRef> names,
                   bool variadic) {
  out_ += '(';
  for (size_t i = 0; i < elems.size(); ++i) {
    if (i > 0) out_ += ", ";
    if (!gc_ && i < names.size() && !names[i].empty()) {
      out_ += names[i];
      out_ += ' ';
    }
    TypeId t = elems[i];
    if (variadic && i + 1 == elems.size() && s_.Kind(t) == TypeKind::kSlice) {
      out_ += "...";
      t = s_.Get<SliceType>(t).elem;
    }
    Type(t);
  }
  out_ += ')';
}

void Writer::Signature(TypeId sig, llvm::ArrayRef<llvm::StringRef> pnames,
                       llvm::ArrayRef<llvm::StringRef> rnames) {
  const SignatureType& st = s_.Get<SignatureType>(sig);
  if (pnames.empty() && rnames.empty() && !gc_) {
    // The names the signature was written with, if any.
    pnames = s_.TupleNames(st.params);
    rnames = s_.TupleNames(st.results);
  }
  Tuple(s_.TupleElems(st.params), pnames, st.variadic);
  auto results = s_.TupleElems(st.results);
  if (results.empty()) return;
  out_ += ' ';
  bool named = !gc_ && !rnames.empty() && !rnames[0].empty();
  if (results.size() == 1 && !named) {
    Type(results[0]);
    return;
  }
  Tuple(results, rnames, false);
}

void Writer::Type(TypeId t) {
  if (!t.Valid()) {
    out_ += gc_ ? "<T>" : "<nil>";
    return;
  }
  TypeKind kind = s_.Kind(t);
  bool mark = gc_ && kind != TypeKind::kBasic && kind != TypeKind::kNamed;
  if (mark) {
    for (const auto& [u, off] : open_) {
      if (u == t) {
        out_ += '@';
        out_ += std::to_string(off);
        return;
      }
    }
    open_.push_back({t, out_.size()});
  }
  if (++depth_ > 200) {  // guard against invalid cyclic types
    out_ += "...";
    --depth_;
    if (mark) open_.pop_back();
    return;
  }
  switch (kind) {
    case TypeKind::kBasic: {
      BasicKind k = s_.Get<BasicType>(t).kind;
      if (k == BasicKind::kUnsafePointer) {
        out_ += "unsafe.Pointer";
      } else {
        out_ += BasicSpelling(k);
      }
      break;
    }
    case TypeKind::kPointer:
      out_ += '*';
      Type(s_.Get<PointerType>(t).elem);
      break;
    case TypeKind::kArray: {
      const ArrayType& a = s_.Get<ArrayType>(t);
      out_ += '[';
      out_ += std::to_string(a.len);
      out_ += ']';
      Type(a.elem);
      break;
    }
    case TypeKind::kSlice:
      out_ += "[]";
      Type(s_.Get<SliceType>(t).elem);
      break;
    case TypeKind::kMap: {
      const MapType& m = s_.Get<MapType>(t);
      out_ += "map[";
      Type(m.key);
      out_ += ']';
      Type(m.elem);
      break;
    }
    case TypeKind::kChan: {
      const ChanType& c = s_.Get<ChanType>(t);
      bool parens = false;
      switch (c.dir) {
        case ChanDir::kBoth:
          out_ += "chan ";
          if (const auto* inner = s_.TryGet<ChanType>(c.elem))
            parens = inner->dir == ChanDir::kRecv;
          break;
        case ChanDir::kSend:
          out_ += "chan<- ";
          break;
        case ChanDir::kRecv:
          out_ += "<-chan ";
          break;
      }
      if (parens) out_ += '(';
      Type(c.elem);
      if (parens) out_ += ')';
      break;
    }
    case TypeKind::kStruct: {
      auto fields = s_.Fields(t);
      out_ += gc_ ? "struct {" : "struct{";
      for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out_ += ';';
        if (gc_ || i > 0) out_ += ' ';
        const FieldInfo& f = fields[i];
        if (!f.embedded) {
          out_ += f.name;
          out_ += ' ';
        }
        Type(f.type);
        if (!f.tag.empty()) {
          out_ += ' ';
          out_ += GoQuote(f.tag);
        }
      }
      if (gc_ && !fields.empty()) out_ += ' ';
      out_ += '}';
      break;
    }
    case TypeKind::kTuple:
      Tuple(s_.TupleElems(t), gc_ ? llvm::ArrayRef<llvm::StringRef>() : s_.TupleNames(t), false);
      break;
    case TypeKind::kSignature:
      out_ += "func";
      Signature(t, {}, {});
      break;
    case TypeKind::kInterface: {
      const InterfaceType& it = s_.Get<InterfaceType>(t);
      if (it.any) {
        out_ += "any";
        break;
      }
      if (gc_) {
        auto ms = s_.InterfaceMethods(t);
        if (ms.empty()) {
          out_ += "interface {}";
          break;
        }
        out_ += "interface {";
        for (size_t i = 0; i < ms.size(); ++i) {
          if (i > 0) out_ += ';';
          out_ += ' ';
          if (ms[i].pkg.Valid()) {
            out_ += s_.Package(ms[i].pkg).path;
            out_ += '.';
          }
          out_ += ms[i].name;
          Signature(ms[i].sig, {}, {});
        }
        out_ += " }";
        break;
      }
      out_ += "interface{";
      bool first = true;
      for (const MethodInfo& m : s_.ExplicitMethods(t)) {
        if (!first) out_ += "; ";
        first = false;
        out_ += m.name;
        Signature(m.sig, {}, {});
      }
      for (TypeId e : s_.Embeddeds(t)) {
        if (!first) out_ += "; ";
        first = false;
        Type(e);
      }
      out_ += '}';
      break;
    }
    case TypeKind::kNamed: {
      const NamedInfo& n = s_.Named(t);
      TypeName(n.name, n.pkg);
      break;
    }
  }
  --depth_;
  if (mark) open_.pop_back();
}

}  // namespace

std::string TypeString(const TypeStore& store, TypeId t, TypeStyle style, const Qualifier& qf) {
  Writer w(store, style, qf);
  w.Type(t);
  return w.Take();
}

std::string SignatureString(const TypeStore& store, TypeId sig, TypeStyle style,
                            const Qualifier& qf, llvm::ArrayRef<llvm::StringRef> param_names,
                            llvm::ArrayRef<llvm::StringRef> result_names) {
  Writer w(store, style, qf);
  w.Signature(sig, param_names, result_names);
  return w.Take();
}

}  // namespace goescape::types
