// lookup.cpp: field and method lookup (types2's lookup.go): a breadth-first
// search through embedded fields, depth by depth, where two matches at the
// same depth collide (ambiguous selector), pointer methods need an
// addressable or pointer receiver; and interface satisfaction
// (missingMethod, implements) with gc's explanations.
#include <algorithm>

#include "frontend/check/checker.h"

namespace goescape::check {

using types::TypeKind;

namespace {

/// Embedded is one type to search at the current depth.
struct Embedded {
  TypeId typ;
  std::vector<PathStep> path;
  bool indirect = false;   // a pointer was followed on the way
  bool multiples = false;  // typ occurs several times at this depth
  bool ptr = false;        // this level's value is a pointer to typ
};

bool SameName(const types::TypeStore& ts, llvm::StringRef name, PackageId pkg, llvm::StringRef want,
              PackageId want_pkg) {
  (void)ts;
  if (name != want) return false;
  if (!pkg.Valid()) return true;  // exported
  return pkg == want_pkg;
}

bool EqualFold(llvm::StringRef a, llvm::StringRef b) { return a.equals_insensitive(b); }

}  // namespace

LookupResult Checker::LookupFieldOrMethod(TypeId t, bool addressable, PackageId pkg,
                                          llvm::StringRef name, bool fold_case) {
  return check::LookupFieldOrMethod(prog_, t, addressable, pkg, name, fold_case);
}

LookupResult LookupFieldOrMethod(const Program& prog, TypeId t, bool addressable, PackageId pkg,
                                 llvm::StringRef name, bool fold_case) {
  const types::TypeStore& ts_ = prog.Types();
  const Program& prog_ = prog;
  auto Under = [&](TypeId x) { return ts_.Underlying(x); };
  LookupResult res;
  // Methods of a named pointer type are not found: only fields are.
  if (ts_.Kind(t) == TypeKind::kNamed) {
    TypeId u = Under(t);
    if (ts_.Kind(u) == TypeKind::kPointer) {
      LookupResult r = LookupFieldOrMethod(prog, u, false, pkg, name, fold_case);
      if (r.obj.Valid()) return LookupResult();
      return r;
    }
  }
  if (name == "_") return res;
  TypeId typ = t;
  bool is_ptr = false;
  if (const auto* p = ts_.TryGet<types::PointerType>(t)) {
    typ = p->elem;
    is_ptr = true;
    if (ts_.IsInterface(typ)) return res;
  }
  std::vector<Embedded> current{{typ, {}, is_ptr, false, is_ptr}};
  std::vector<TypeId> seen;
  bool found_ptr = false;
  while (!current.empty()) {
    std::vector<Embedded> next;
    for (const Embedded& e : current) {
      TypeId ty = e.typ;
      if (ts_.Kind(ty) == TypeKind::kNamed) {
        if (std::find(seen.begin(), seen.end(), ty) != seen.end()) continue;
        seen.push_back(ty);
        bool hit = false;
        for (ObjectId m : ts_.Named(ty).methods) {
          const Object& mo = prog_.Obj(m);
          bool match = fold_case ? EqualFold(mo.name, name) : mo.name == name;
          if (!match) continue;
          bool exported = !mo.name.empty() && mo.name[0] >= 'A' && mo.name[0] <= 'Z';
          if (!exported && mo.pkg != pkg) continue;
          if (res.Found() || e.multiples) {
            LookupResult amb;
            amb.ambiguous = true;
            amb.path = e.path;
            return amb;
          }
          res.obj = m;
          res.path = e.path;
          res.indirect = e.indirect;
          found_ptr = e.ptr;
          hit = true;
          break;
        }
        if (hit) continue;
      }
      TypeId u = Under(ty);
      if (ts_.Kind(u) == TypeKind::kStruct) {
        auto fields = ts_.Fields(u);
        for (uint32_t i = 0; i < fields.size(); ++i) {
          const types::FieldInfo& f = fields[i];
          bool match =
              fold_case ? EqualFold(f.name, name) : SameName(ts_, f.name, f.pkg, name, pkg);
          if (match && f.name != "_") {
            if (res.Found() || e.multiples) {
              LookupResult amb;
              amb.ambiguous = true;
              amb.path = e.path;
              amb.path.push_back(PathStep{i, e.ptr, u});
              return amb;
            }
            res.is_field = true;
            res.field_type = f.type;
            res.path = e.path;
            res.path.push_back(PathStep{i, e.ptr, u});
            res.indirect = e.indirect;
            continue;
          }
          if (!res.Found() && f.embedded) {
            Embedded n;
            n.typ = f.type;
            n.ptr = false;
            if (const auto* p = ts_.TryGet<types::PointerType>(f.type)) {
              n.typ = p->elem;
              n.ptr = true;
            }
            n.path = e.path;
            n.path.push_back(PathStep{i, e.ptr, u});
            n.indirect = e.indirect || n.ptr;
            n.multiples = e.multiples;
            next.push_back(std::move(n));
          }
        }
      } else if (ts_.Kind(u) == TypeKind::kInterface) {
        for (const types::MethodInfo& m : ts_.InterfaceMethods(u)) {
          bool match =
              fold_case ? EqualFold(m.name, name) : SameName(ts_, m.name, m.pkg, name, pkg);
          if (!match) continue;
          if (res.Found() || e.multiples) {
            LookupResult amb;
            amb.ambiguous = true;
            amb.path = e.path;
            return amb;
          }
          res.obj = m.obj;
          res.path = e.path;
          res.indirect = e.indirect;
          found_ptr = e.ptr;
          break;
        }
      }
    }
    if (res.Found()) {
      if (res.obj.Valid() && !res.is_field) {
        const Object& m = prog_.Obj(res.obj);
        if (m.ptr_recv && !res.indirect && !addressable) {
          LookupResult np;
          np.needs_ptr = true;
          np.indirect = true;
          return np;
        }
      }
      (void)found_ptr;
      return res;
    }
    // consolidateMultiples: merge identical types, marking them multiple.
    std::vector<Embedded> merged;
    for (Embedded& n : next) {
      bool dup = false;
      for (Embedded& m : merged) {
        if (ts_.Identical(m.typ, n.typ)) {
          m.multiples = true;
          dup = true;
          break;
        }
      }
      if (!dup) merged.push_back(std::move(n));
    }
    current = std::move(merged);
  }
  return LookupResult();
}

std::vector<ObjectId> MethodSet(const Program& prog, TypeId t, PackageId pkg) {
  const types::TypeStore& ts = prog.Types();
  // Candidate names: methods of every type reachable through embedding.
  std::vector<llvm::StringRef> names;
  std::vector<TypeId> todo{t}, seen;
  while (!todo.empty()) {
    TypeId x = todo.back();
    todo.pop_back();
    if (const auto* p = ts.TryGet<types::PointerType>(x)) x = p->elem;
    if (std::find(seen.begin(), seen.end(), x) != seen.end()) continue;
    seen.push_back(x);
    if (ts.Kind(x) == TypeKind::kNamed) {
      for (ObjectId m : ts.Named(x).methods) names.push_back(prog.Obj(m).name);
    }
    TypeId u = ts.Underlying(x);
    if (ts.Kind(u) == TypeKind::kStruct) {
      for (const types::FieldInfo& f : ts.Fields(u)) {
        if (f.embedded) todo.push_back(f.type);
      }
    } else if (ts.Kind(u) == TypeKind::kInterface) {
      for (const types::MethodInfo& m : ts.InterfaceMethods(u)) names.push_back(m.name);
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::vector<ObjectId> out;
  for (llvm::StringRef n : names) {
    LookupResult r = LookupFieldOrMethod(prog, t, false, pkg, n);
    if (r.obj.Valid() && !r.is_field) out.push_back(r.obj);
  }
  std::stable_sort(out.begin(), out.end(), [&](ObjectId a, ObjectId b) {
    types::MethodInfo ma{prog.Obj(a).name, prog.Obj(a).pkg, TypeId(), a};
    types::MethodInfo mb{prog.Obj(b).name, prog.Obj(b).pkg, TypeId(), b};
    return ts.MethodLess(ma, mb);
  });
  return out;
}

ObjectId Checker::MissingMethod(TypeId v, TypeId iface, bool statik, ObjectId* alt) {
  *alt = ObjectId();
  auto methods = ts_.InterfaceMethods(iface);
  if (methods.empty()) return ObjectId();
  std::vector<types::MethodInfo> want(methods.begin(), methods.end());
  TypeId vu = Under(v);
  if (ts_.Kind(vu) == TypeKind::kInterface) {
    auto have = ts_.InterfaceMethods(vu);
    for (const types::MethodInfo& m : want) {
      const types::MethodInfo* f = nullptr;
      for (const types::MethodInfo& h : have) {
        if (h.name == m.name && h.pkg == m.pkg) f = &h;
      }
      if (!f) {
        if (!statik) continue;
        return m.obj;
      }
      if (!ts_.Identical(f->sig, m.sig)) {
        *alt = f->obj;
        return m.obj;
      }
    }
    return ObjectId();
  }
  for (const types::MethodInfo& m : want) {
    PackageId mpkg = m.pkg.Valid() ? m.pkg : pkg_.id_;
    LookupResult r = LookupFieldOrMethod(v, false, mpkg, m.name);
    bool found = r.Found();
    if (!found) {
      r = LookupFieldOrMethod(ts_.NewPointer(v), false, mpkg, m.name);
      if (!r.Found()) r = LookupFieldOrMethod(v, false, mpkg, m.name, true);
    }
    if (!r.obj.Valid() || r.is_field) return m.obj;
    ObjDecl(r.obj, TypeId());
    if (!found || !ts_.Identical(prog_.Obj(r.obj).type, m.sig)) {
      *alt = r.obj;
      return m.obj;
    }
  }
  return ObjectId();
}

std::string Checker::InterfacePtrError(TypeId t) {
  return "type " + TypeStr(t) + " is pointer to interface, not interface";
}

std::string Checker::MissingMethodReason(TypeId v, TypeId t, ObjectId m, ObjectId alt) {
  const Object& mo = prog_.Obj(m);
  std::string mname = mo.name.str() + " method";
  if (alt.Valid()) {
    const Object& ao = prog_.Obj(alt);
    if (mo.name != ao.name) {
      return "(missing " + mname + ")\n\t\thave " + prog_.FuncString(alt, pkg_.id_) +
             "\n\t\twant " + prog_.FuncString(m, pkg_.id_);
    }
    if (ts_.Identical(mo.type, ao.type)) return "(" + mname + " has pointer receiver)";
    return "(wrong type for " + mname + ")\n\t\thave " + prog_.FuncString(alt, pkg_.id_) +
           "\n\t\twant " + prog_.FuncString(m, pkg_.id_);
  }
  if (IsInterfacePtr(v)) return "(" + InterfacePtrError(v) + ")";
  if (IsInterfacePtr(t)) return "(" + InterfacePtrError(t) + ")";
  return "(missing " + mname + ")";
}

bool Checker::Implements(TypeId v, TypeId t, std::string* err) {
  TypeId vu = Under(v), tu = Under(t);
  if (vu == Invalid() || tu == Invalid()) return true;
  if (const auto* p = ts_.TryGet<types::PointerType>(vu); p && Under(p->elem) == Invalid()) {
    return true;
  }
  if (ts_.Kind(tu) != TypeKind::kInterface) {
    if (err) {
      std::string cause = IsInterfacePtr(tu)
                              ? "type " + TypeStr(t) + " is pointer to interface, not interface"
                              : TypeStr(t) + " is not an interface";
      *err = TypeStr(v) + " does not implement " + TypeStr(t) + " (" + cause + ")";
    }
    return false;
  }
  if (ts_.InterfaceMethods(tu).empty()) return true;
  ObjectId alt;
  ObjectId m = MissingMethod(v, tu, true, &alt);
  if (m.Valid()) {
    if (err)
      *err = TypeStr(v) + " does not implement " + TypeStr(t) + " " +
             MissingMethodReason(v, t, m, alt);
    return false;
  }
  return true;
}

ObjectId Checker::AssertableTo(TypeId iface, TypeId t, ObjectId* alt) {
  *alt = ObjectId();
  if (ts_.IsInterface(t)) return ObjectId();
  return MissingMethod(t, Under(iface), false, alt);
}

}  // namespace goescape::check
