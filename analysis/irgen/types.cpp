// types.cpp: CheckedTypes, the gc IR's view of the checker's types.
//
// Every predicate looks through named types to the underlying type, as gc's
// Type methods do on defined types; String renders gc's -m spelling (types
// of the local package unqualified, others by package name).
#include "analysis/irgen/irgen.h"

namespace goescape::irgen {

using types::BasicKind;
using types::TypeId;
using types::TypeKind;

types::TypeKind CheckedTypes::UKind(gcir::TypeRef t) const {
  const types::TypeStore& ts = prog_.Types();
  return ts.Kind(ts.Underlying(Id(t)));
}

bool CheckedTypes::HasPointers(gcir::TypeRef t) const {
  return t != 0 && prog_.Layout().HasPointers(Id(t));
}

bool CheckedTypes::IsUntyped(gcir::TypeRef t) const {
  return t != 0 && prog_.Types().IsUntyped(Id(t));
}

bool CheckedTypes::IsInterface(gcir::TypeRef t) const {
  return t != 0 && UKind(t) == TypeKind::kInterface;
}

bool CheckedTypes::IsDirectIface(gcir::TypeRef t) const {
  return t != 0 && prog_.Layout().IsDirectIface(Id(t));
}

bool CheckedTypes::IsArray(gcir::TypeRef t) const { return t != 0 && UKind(t) == TypeKind::kArray; }
bool CheckedTypes::IsSlice(gcir::TypeRef t) const { return t != 0 && UKind(t) == TypeKind::kSlice; }
bool CheckedTypes::IsPtr(gcir::TypeRef t) const { return t != 0 && UKind(t) == TypeKind::kPointer; }

bool CheckedTypes::IsUintptr(gcir::TypeRef t) const {
  return t != 0 && prog_.Types().BasicKindOf(Id(t)) == BasicKind::kUintptr;
}

bool CheckedTypes::IsUnsafePtr(gcir::TypeRef t) const {
  return t != 0 && prog_.Types().BasicKindOf(Id(t)) == BasicKind::kUnsafePointer;
}

bool CheckedTypes::IsRecvChan(gcir::TypeRef t) const {
  if (t == 0 || UKind(t) != TypeKind::kChan) return false;
  const types::TypeStore& ts = prog_.Types();
  return ts.Get<types::ChanType>(ts.Underlying(Id(t))).dir != types::ChanDir::kSend;
}

bool CheckedTypes::IsSimple(gcir::TypeRef t) const {
  if (t == 0) return false;
  const types::TypeStore& ts = prog_.Types();
  return ts.IsNumeric(Id(t)) || ts.IsBoolean(Id(t));
}

bool CheckedTypes::HasSym(gcir::TypeRef t) const {
  if (t == 0) return false;
  const types::TypeStore& ts = prog_.Types();
  TypeId id = Id(t);
  if (ts.Kind(id) == TypeKind::kNamed || ts.Kind(id) == TypeKind::kBasic) return true;
  // The spelling `any` is gc's AnyType, which has a symbol.
  if (const auto* it = ts.TryGet<types::InterfaceType>(id)) return it->any;
  return false;
}

gcir::TypeRef CheckedTypes::Elem(gcir::TypeRef t) const {
  if (t == 0) return 0;
  const types::TypeStore& ts = prog_.Types();
  TypeId u = ts.Underlying(Id(t));
  switch (ts.Kind(u)) {
    case TypeKind::kPointer:
      return Ref(ts.Get<types::PointerType>(u).elem);
    case TypeKind::kArray:
      return Ref(ts.Get<types::ArrayType>(u).elem);
    case TypeKind::kSlice:
      return Ref(ts.Get<types::SliceType>(u).elem);
    case TypeKind::kMap:
      return Ref(ts.Get<types::MapType>(u).elem);
    case TypeKind::kChan:
      return Ref(ts.Get<types::ChanType>(u).elem);
    default:
      return 0;
  }
}

int64_t CheckedTypes::Size(gcir::TypeRef t) const {
  return t == 0 ? 0 : prog_.Layout().Size(Id(t));
}

int64_t CheckedTypes::Alignment(gcir::TypeRef t) const {
  return t == 0 ? 1 : prog_.Layout().Align(Id(t));
}

std::string CheckedTypes::String(gcir::TypeRef t) const {
  if (t == 0) return "<T>";
  const types::TypeStore& ts = prog_.Types();
  TypeId id = Id(t);
  // gc's names for the untyped kinds it keeps (ir/fmt's basic names).
  if (ts.Kind(id) == TypeKind::kBasic) {
    switch (ts.Get<types::BasicType>(id).kind) {
      case BasicKind::kUntypedNil:
        return "nil";
      case BasicKind::kUnsafePointer:
        return "unsafe.Pointer";
      default:
        break;
    }
  }
  return prog_.TypeString(id, types::TypeStyle::kGc, local_);
}

}  // namespace goescape::irgen
