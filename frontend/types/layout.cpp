// layout.cpp: gc's linux/amd64 layout rules (see layout.h). Sizes and
// alignments are computed on the underlying type and memoized per TypeId.
#include "frontend/types/layout.h"

namespace goescape::types {
namespace {

int64_t Round(int64_t o, int64_t a) { return (o + a - 1) / a * a; }

int64_t BasicSize(BasicKind k) {
  switch (CanonBasic(k)) {
    case BasicKind::kBool:
    case BasicKind::kInt8:
    case BasicKind::kUint8:
      return 1;
    case BasicKind::kInt16:
    case BasicKind::kUint16:
      return 2;
    case BasicKind::kInt32:
    case BasicKind::kUint32:
    case BasicKind::kFloat32:
      return 4;
    case BasicKind::kInt64:
    case BasicKind::kUint64:
    case BasicKind::kFloat64:
    case BasicKind::kComplex64:
    case BasicKind::kInt:
    case BasicKind::kUint:
    case BasicKind::kUintptr:
    case BasicKind::kUnsafePointer:
      return 8;
    case BasicKind::kComplex128:
    case BasicKind::kString:
      return 16;
    default:
      return 1;  // invalid and untyped types (types2 gives Invalid size 1)
  }
}

}  // namespace

Layout::Entry& Layout::Compute(TypeId t) {
  if (cache_.size() <= t.Index()) cache_.resize(store_.Size());
  Entry& cached = cache_[t.Index()];
  if (cached.size >= 0) return cached;
  Entry e;
  TypeId u = store_.Underlying(t);
  switch (store_.Kind(u)) {
    case TypeKind::kBasic: {
      BasicKind k = store_.Get<BasicType>(u).kind;
      e.size = BasicSize(k);
      if (k == BasicKind::kString) {
        e.align = kPtrSize;
      } else {
        e.align = e.size;
        if (k == BasicKind::kComplex64 || k == BasicKind::kComplex128) e.align /= 2;
        if (e.align > kPtrSize) e.align = kPtrSize;
        if (e.align < 1) e.align = 1;
      }
      break;
    }
    case TypeKind::kPointer:
    case TypeKind::kMap:
    case TypeKind::kChan:
    case TypeKind::kSignature:
      e.size = e.align = kPtrSize;
      break;
    case TypeKind::kSlice:
      e.size = 3 * kPtrSize;
      e.align = kPtrSize;
      break;
    case TypeKind::kInterface:
      e.size = 2 * kPtrSize;
      e.align = kPtrSize;
      break;
    case TypeKind::kArray: {
      const ArrayType& a = store_.Get<ArrayType>(u);
      Entry el = Compute(a.elem);
      e.size = a.len <= 0 ? 0 : el.size * a.len;
      e.align = el.align;
      break;
    }
    case TypeKind::kStruct: {
      auto fields = store_.Fields(u);
      int64_t align = 1;
      int64_t off = 0, last_off = 0, last_size = 0;
      for (const FieldInfo& f : fields) {
        Entry fe = Compute(f.type);
        if (fe.align > align) align = fe.align;
        off = Round(off, fe.align);
        last_off = off;
        last_size = fe.size;
        off += fe.size;
      }
      if (fields.empty() && store_.Kind(t) == TypeKind::kNamed) {
        const NamedInfo& n = store_.Named(t);
        if (n.name == "align64" && n.pkg.Valid() && store_.Package(n.pkg).path == "sync/atomic") {
          align = 8;
        }
      }
      e.align = align;
      if (fields.empty()) {
        e.size = 0;
      } else {
        if (last_size == 0 && last_off > 0) last_size = 1;
        e.size = Round(last_off + last_size, align);
      }
      break;
    }
    case TypeKind::kTuple:
    case TypeKind::kNamed:
      e.size = 0;
      e.align = 1;
      break;
  }
  Entry& slot = cache_[t.Index()];
  slot = e;
  return slot;
}

int64_t Layout::Size(TypeId t) { return Compute(t).size; }

int64_t Layout::Align(TypeId t) { return Compute(t).align; }

std::vector<int64_t> Layout::Offsets(TypeId t) {
  std::vector<int64_t> out;
  TypeId u = store_.Underlying(t);
  if (store_.Kind(u) != TypeKind::kStruct) return out;
  int64_t off = 0;
  for (const FieldInfo& f : store_.Fields(u)) {
    Entry fe = Compute(f.type);
    off = Round(off, fe.align);
    out.push_back(off);
    off += fe.size;
  }
  return out;
}

int64_t Layout::Offset(TypeId t, size_t field) { return Offsets(t)[field]; }

bool Layout::HasPointers(TypeId t) {
  TypeId u = store_.Underlying(t);
  switch (store_.Kind(u)) {
    case TypeKind::kBasic: {
      BasicKind k = store_.Get<BasicType>(u).kind;
      return k == BasicKind::kString || k == BasicKind::kUnsafePointer;
    }
    case TypeKind::kPointer:
    case TypeKind::kSlice:
    case TypeKind::kMap:
    case TypeKind::kChan:
    case TypeKind::kSignature:
    case TypeKind::kInterface:
      return true;
    case TypeKind::kArray: {
      const ArrayType& a = store_.Get<ArrayType>(u);
      return a.len > 0 && HasPointers(a.elem);
    }
    case TypeKind::kStruct:
      for (const FieldInfo& f : store_.Fields(u)) {
        if (HasPointers(f.type)) return true;
      }
      return false;
    case TypeKind::kTuple:
      for (TypeId e : store_.TupleElems(u)) {
        if (HasPointers(e)) return true;
      }
      return false;
    case TypeKind::kNamed:
      return false;
  }
  return false;
}

int64_t Layout::PtrDataSize(TypeId t) {
  if (!HasPointers(t)) return 0;
  TypeId u = store_.Underlying(t);
  switch (store_.Kind(u)) {
    case TypeKind::kInterface:
      return 2 * kPtrSize;
    case TypeKind::kArray: {
      const ArrayType& a = store_.Get<ArrayType>(u);
      return (a.len - 1) * Size(a.elem) + PtrDataSize(a.elem);
    }
    case TypeKind::kStruct: {
      auto fields = store_.Fields(u);
      std::vector<int64_t> offs = Offsets(u);
      size_t last = 0;
      for (size_t i = 0; i < fields.size(); ++i) {
        if (HasPointers(fields[i].type)) last = i;
      }
      return offs[last] + PtrDataSize(fields[last].type);
    }
    default:
      return kPtrSize;  // pointer-like types, strings and slices
  }
}

void Layout::SetBits(TypeId t, int64_t off, std::vector<bool>& bits) {
  if (!HasPointers(t)) return;
  TypeId u = store_.Underlying(t);
  size_t w = static_cast<size_t>(off / kPtrSize);
  switch (store_.Kind(u)) {
    case TypeKind::kInterface:
      bits[w + 1] = true;  // the data word; the type/itab word is not a pointer
      break;
    case TypeKind::kArray: {
      const ArrayType& a = store_.Get<ArrayType>(u);
      int64_t es = Size(a.elem);
      if (es == 0) break;
      for (int64_t i = 0; i < a.len; ++i) SetBits(a.elem, off + i * es, bits);
      break;
    }
    case TypeKind::kStruct: {
      auto fields = store_.Fields(u);
      std::vector<int64_t> offs = Offsets(u);
      for (size_t i = 0; i < fields.size(); ++i) SetBits(fields[i].type, off + offs[i], bits);
      break;
    }
    default:
      bits[w] = true;  // pointers, maps, chans, funcs, unsafe.Pointer, strings, slices
      break;
  }
}

void Layout::PointerBitmap(TypeId t, std::vector<bool>& bits) {
  bits.assign(static_cast<size_t>((Size(t) + kPtrSize - 1) / kPtrSize), false);
  SetBits(t, 0, bits);
}

bool Layout::IsDirectIface(TypeId t) {
  TypeId u = store_.Underlying(t);
  switch (store_.Kind(u)) {
    case TypeKind::kPointer:
    case TypeKind::kChan:
    case TypeKind::kMap:
    case TypeKind::kSignature:
      return true;
    case TypeKind::kBasic:
      return store_.Get<BasicType>(u).kind == BasicKind::kUnsafePointer;
    case TypeKind::kArray: {
      const ArrayType& a = store_.Get<ArrayType>(u);
      return a.len == 1 && IsDirectIface(a.elem);
    }
    case TypeKind::kStruct: {
      auto fields = store_.Fields(u);
      return fields.size() == 1 && IsDirectIface(fields[0].type);
    }
    default:
      return false;
  }
}

}  // namespace goescape::types
