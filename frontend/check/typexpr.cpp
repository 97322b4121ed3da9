// typexpr.cpp: identifiers and type expressions (types2's typexpr.go,
// struct.go, interface.go, signature.go). Composite types are interned
// once their components are known; a named type's underlying type is set
// when its declaration's right-hand side has been checked; while an
// interface literal defining a named type is checked, selectors on that
// type see no methods (ifaces_in_progress_, types2's top type set).
// Variable types are checked later for constraint interfaces (types2's
// validVarType: embedding comparable or a non-interface type).
#include <algorithm>

#include "frontend/check/checker.h"

namespace goescape::check {

using types::BasicKind;
using types::TypeKind;

void Checker::Ident(Operand& x, ast::ExprId e, TypeId def, bool want_type) {
  x.mode = Mode::kInvalid;
  x.expr = e;
  x.type = Invalid();
  llvm::StringRef name = F().Get<ast::Name>(e).value;
  Scope* found = nullptr;
  ObjectId obj = LookupParent(name, &found);
  if (!obj.Valid()) {
    if (name == "_") {
      Error(ExprPos(e), "cannot use _ as value or type");
    } else {
      Error(ExprPos(e), "undefined: " + name.str());
    }
    return;
  }
  if ((obj == prog_.Universe("any") || obj == prog_.Universe("comparable")) &&
      !AllowVersion(1, 18)) {
    VersionError(ExprPos(e), "predeclared " + name.str(), "go1.18");
    return;
  }
  RecordUse(e, obj);
  TypeId typ = prog_.Obj(obj).type;
  ObjectKind kind = prog_.Obj(obj).kind;
  if (!typ.Valid() || (kind == ObjectKind::kTypeName && want_type)) {
    ObjDecl(obj, def);
    typ = prog_.Obj(obj).type;
  }
  if (auto it = dot_import_pkg_.find(obj.Index()); it != dot_import_pkg_.end()) {
    Obj(it->second).used = true;
  }
  switch (kind) {
    case ObjectKind::kPkgName:
      Error(ExprPos(e), "use of package " + name.str() + " not in selector");
      return;
    case ObjectKind::kConst:
      AddDeclDep(obj);
      if (typ == Invalid()) return;
      if (obj == prog_.Universe("iota")) {
        if (!env_.iota) {
          Error(ExprPos(e), "cannot use iota outside constant declaration");
          return;
        }
        x.val = *env_.iota;
      } else {
        uint32_t v = prog_.Obj(obj).value;
        x.val = v == kNone ? types::ConstValue() : prog_.Value(v);
      }
      x.mode = Mode::kConstant;
      break;
    case ObjectKind::kTypeName:
      x.mode = Mode::kTypeExpr;
      break;
    case ObjectKind::kVar:
      if (prog_.Obj(obj).pkg == pkg_.id_) Obj(obj).used = true;
      AddDeclDep(obj);
      if (typ == Invalid()) return;
      x.mode = Mode::kVariable;
      break;
    case ObjectKind::kFunc:
      AddDeclDep(obj);
      x.mode = Mode::kValue;
      break;
    case ObjectKind::kBuiltin:
      x.id = prog_.Obj(obj).builtin;
      x.mode = Mode::kBuiltin;
      break;
    case ObjectKind::kNil:
      x.mode = Mode::kNil;
      break;
    case ObjectKind::kLabel:
      return;
  }
  x.type = typ;
}

TypeId Checker::VarType(ast::ExprId e) {
  TypeId t = DefinedType(e, TypeId());
  ValidVarType(e, t);
  return t;
}

int Checker::ConstraintKind(TypeId t, std::vector<TypeId>& seen) {
  // types2's type set of an interface, reduced to what validVarType asks:
  // 0 a method set, 1 it embeds comparable, 2 it has type terms.
  TypeId comparable = prog_.Obj(prog_.Universe("comparable")).type;
  if (t == comparable) return 1;
  TypeId u = Under(t);
  if (ts_.Kind(u) != TypeKind::kInterface) return 0;
  if (std::find(seen.begin(), seen.end(), u) != seen.end()) return 0;
  seen.push_back(u);
  bool is_comparable = false;
  for (TypeId e : ts_.Embeddeds(u)) {
    TypeId eu = Under(e);
    if (e != comparable && eu == Invalid()) continue;
    if (e != comparable && ts_.Kind(eu) != TypeKind::kInterface) {
      if (!AllowVersion(1, 18)) continue;  // reported as a version error instead
      return 2;
    }
    int k = ConstraintKind(e, seen);
    if (k == 2) return 2;
    if (k == 1) is_comparable = true;
  }
  return is_comparable ? 1 : 0;
}

void Checker::ValidVarType(ast::ExprId e, TypeId t) {
  if (!t.Valid() || t == Invalid()) return;
  TypeId u = Under(t);
  if (u != Invalid() && ts_.Kind(u) != TypeKind::kInterface) return;  // the common case
  Pos pos = StartPos(e);
  uint32_t file = env_.file;
  // Later: the interface may still be incomplete (types2 delays it too).
  Later([this, t, pos, file]() {
    uint32_t saved = env_.file;
    env_.file = file;
    std::vector<TypeId> seen;
    int k = ConstraintKind(t, seen);
    if (k != 0) {
      Error(pos, "cannot use type " + TypeStr(t) + " outside a type constraint: " +
                     (k == 1 ? "interface is (or embeds) comparable"
                             : "interface contains type constraints"));
    }
    env_.file = saved;
  });
}

TypeId Checker::DefinedType(ast::ExprId e, TypeId def) {
  TypeId t = TypInternal(e, def);
  RecordTypeAndValue(e, Mode::kTypeExpr, t, nullptr);
  return t;
}

TypeId Checker::TypInternal(ast::ExprId e, TypeId def) {
  const ast::File& f = F();
  switch (f.Kind(e)) {
    case ast::ExprKind::BadExpr:
      break;
    case ast::ExprKind::Name:
    case ast::ExprKind::SelectorExpr: {
      Operand x;
      if (f.Kind(e) == ast::ExprKind::Name) {
        Ident(x, e, def, true);
      } else {
        Selector(x, e, f.Get<ast::SelectorExpr>(e), def);
      }
      switch (x.mode) {
        case Mode::kTypeExpr:
          SetDefUnderlying(def, x.type);
          return x.type;
        case Mode::kInvalid:
          break;
        case Mode::kNoValue:
          Error(PosOf(x), OperandStr(x) + " used as type");
          break;
        default:
          Error(PosOf(x), OperandStr(x) + " is not a type");
          break;
      }
      break;
    }
    case ast::ExprKind::IndexExpr: {
      const auto& ix = f.Get<ast::IndexExpr>(e);
      TypeId g = Typ(ix.x);
      if (g != Invalid()) Error(StartPos(ix.x), TypeStr(g) + " is not a generic type");
      break;
    }
    case ast::ExprKind::ParenExpr:
      return DefinedType(f.Get<ast::ParenExpr>(e).x, def);
    case ast::ExprKind::ArrayType: {
      const auto& at = f.Get<ast::ArrayType>(e);
      int64_t len = -1;
      if (at.len.Valid()) {
        len = ArrayLength(at.len);
      } else {
        Error(ExprPos(e), "invalid use of [...] array (outside a composite literal)");
      }
      TypeId elem = VarType(at.elem);
      if (len >= 0) {
        TypeId t = ts_.NewArray(elem, len);
        SetDefUnderlying(def, t);
        return t;
      }
      break;
    }
    case ast::ExprKind::SliceType: {
      TypeId t = ts_.NewSlice(VarType(f.Get<ast::SliceType>(e).elem));
      SetDefUnderlying(def, t);
      return t;
    }
    case ast::ExprKind::DotsType:
      Error(ExprPos(e), "invalid use of '...'");
      UseExpr(f.Get<ast::DotsType>(e).elem);
      break;
    case ast::ExprKind::StructType: {
      TypeId t = StructType(f.Get<ast::StructType>(e));
      SetDefUnderlying(def, t);
      return t;
    }
    case ast::ExprKind::Operation: {
      const auto& op = f.Get<ast::Operation>(e);
      if (op.op == ast::Operator::kMul && !op.y.Valid()) {
        TypeId base = VarType(op.x);
        if (base == Invalid()) return Invalid();
        TypeId t = ts_.NewPointer(base);
        SetDefUnderlying(def, t);
        return t;
      }
      Error(StartPos(e), ExprStr(e) + " is not a type");
      UseExpr(e);
      break;
    }
    case ast::ExprKind::FuncType: {
      // Parameters of a function type belong to no function body.
      FuncId saved = env_.func;
      env_.func = FuncId();
      TypeId t = FuncType(e, ast::FieldId(), nullptr, nullptr, nullptr, nullptr);
      env_.func = saved;
      SetDefUnderlying(def, t);
      return t;
    }
    case ast::ExprKind::InterfaceType: {
      bool mark = def.Valid() && ifaces_in_progress_.insert(def.Index()).second;
      TypeId t = InterfaceType(f.Get<ast::InterfaceType>(e));
      if (mark) ifaces_in_progress_.erase(def.Index());
      SetDefUnderlying(def, t);
      return t;
    }
    case ast::ExprKind::MapType: {
      const auto& mt = f.Get<ast::MapType>(e);
      TypeId key = VarType(mt.key);
      TypeId elem = VarType(mt.value);
      TypeId t = ts_.NewMap(key, elem);
      uint32_t file = env_.file;
      ast::ExprId key_expr = mt.key;
      Later([this, key, file, key_expr]() {
        if (!ts_.Comparable(key)) {
          uint32_t saved = env_.file;
          env_.file = file;
          Error(StartPos(key_expr), "invalid map key type " + TypeStr(key));
          env_.file = saved;
        }
      });
      SetDefUnderlying(def, t);
      return t;
    }
    case ast::ExprKind::ChanType: {
      const auto& ct = f.Get<ast::ChanType>(e);
      types::ChanDir dir = ct.dir == ast::ChanDir::kSend   ? types::ChanDir::kSend
                           : ct.dir == ast::ChanDir::kRecv ? types::ChanDir::kRecv
                                                           : types::ChanDir::kBoth;
      TypeId t = ts_.NewChan(VarType(ct.elem), dir);
      SetDefUnderlying(def, t);
      return t;
    }
    default:
      Error(StartPos(e), ExprStr(e) + " is not a type");
      UseExpr(e);
      break;
  }
  SetDefUnderlying(def, Invalid());
  return Invalid();
}

int64_t Checker::ArrayLength(ast::ExprId e) {
  const ast::File& f = F();
  if (const auto* name = f.TryGet<ast::Name>(e)) {
    ObjectId obj = Lookup(name->value);
    if (!obj.Valid()) {
      Error(ExprPos(e), "undeclared name " + name->value.str() + " for array length");
      return -1;
    }
    if (prog_.Obj(obj).kind != ObjectKind::kConst) {
      Error(ExprPos(e), "invalid array length " + name->value.str());
      return -1;
    }
  }
  Operand x;
  Expr(x, e);
  if (x.mode != Mode::kConstant) {
    if (x.mode != Mode::kInvalid)
      Error(PosOf(x), "array length " + OperandStr(x) + " must be constant");
    return -1;
  }
  if (ts_.IsUntyped(x.type) || ts_.IsInteger(x.type)) {
    types::ConstValue val = x.val.ToInt();
    if (val.Kind() == types::ConstKind::kInt) {
      if (RepresentableConst(val, Basic(BasicKind::kInt), nullptr)) {
        if (auto n = val.Int64Val(); n && *n >= 0) return *n;
        Error(PosOf(x), "invalid array length " + OperandStr(x));
        return -1;
      }
    }
  }
  Error(PosOf(x), "array length " + OperandStr(x) + " must be integer");
  return -1;
}

namespace {

// EmbeddedFieldIdent is the name an embedded field gets (types2's
// embeddedFieldIdent): T, *T, pkg.T; invalid for anything else.
ast::ExprId EmbeddedFieldIdent(const ast::File& f, ast::ExprId e) {
  switch (f.Kind(e)) {
    case ast::ExprKind::Name:
      return e;
    case ast::ExprKind::Operation: {
      const auto& op = f.Get<ast::Operation>(e);
      if (op.op == ast::Operator::kMul && !op.y.Valid()) {
        const auto* inner = f.TryGet<ast::Operation>(op.x);
        if (!inner || !(inner->op == ast::Operator::kMul && !inner->y.Valid())) {
          return EmbeddedFieldIdent(f, op.x);
        }
      }
      return ast::ExprId();
    }
    case ast::ExprKind::SelectorExpr:
      return f.Get<ast::SelectorExpr>(e).sel;
    case ast::ExprKind::IndexExpr:
      return EmbeddedFieldIdent(f, f.Get<ast::IndexExpr>(e).x);
    default:
      return ast::ExprId();
  }
}

}  // namespace

TypeId Checker::StructType(const ast::StructType& st) {
  const ast::File& f = F();
  std::vector<types::FieldInfo> fields;
  std::vector<Pos> positions;
  llvm::DenseMap<llvm::StringRef, Pos> fset;
  TypeId typ;
  ast::ExprId prev;
  bool first = true;
  for (ast::FieldId fid : f.Fields(st.fields)) {
    const ast::Field& fld = f.GetField(fid);
    if (first || fld.type != prev) {
      typ = VarType(fld.type);
      prev = fld.type;
    }
    first = false;
    std::string tag;
    if (fld.tag.Valid()) {
      const auto& lit = f.Get<ast::BasicLit>(fld.tag);
      if (!lit.bad) {
        types::ConstValue v = types::ConstValue::FromLiteral(types::LiteralKind::kString, lit.text);
        if (v.Kind() == types::ConstKind::kString) tag = v.StringVal();
      }
    }
    auto add = [&](llvm::StringRef name, bool embedded, Pos pos, TypeId t) {
      if (name != "_") {
        auto [it, inserted] = fset.try_emplace(name, pos);
        if (!inserted) {
          ErrorMulti({{pos, name.str() + " redeclared"},
                      {it->second, "other declaration of " + name.str()}});
          return;
        }
      }
      types::FieldInfo fi;
      fi.name = name;
      fi.pkg = pkg_.id_;
      fi.type = t;
      fi.tag = prog_.Ctx().Intern(tag);
      fi.embedded = embedded;
      fields.push_back(fi);
      positions.push_back(pos);
    };
    if (fld.name.Valid()) {
      add(f.Get<ast::Name>(fld.name).value, false, ExprPos(fld.name), typ);
      continue;
    }
    Pos pos = StartPos(fld.type);
    ast::ExprId name = EmbeddedFieldIdent(f, fld.type);
    if (!name.Valid()) {
      Error(pos, "invalid embedded field type " + ExprStr(fld.type));
      tag.clear();
      add("_", true, pos, Invalid());
      continue;
    }
    add(f.Get<ast::Name>(name).value, true, pos, typ);
    TypeId embedded = typ;
    uint32_t file = env_.file;
    Later([this, embedded, pos, file]() {
      uint32_t saved = env_.file;
      env_.file = file;
      TypeId t = embedded;
      bool is_ptr = false;
      if (ts_.Kind(t) == TypeKind::kPointer) {
        t = ts_.Get<types::PointerType>(t).elem;
        is_ptr = true;
      }
      TypeId u = Under(t);
      switch (ts_.Kind(u)) {
        case TypeKind::kBasic:
          if (t == Invalid()) break;
          if (ts_.Get<types::BasicType>(u).kind == BasicKind::kUnsafePointer) {
            Error(pos, "embedded field type cannot be unsafe.Pointer");
          }
          break;
        case TypeKind::kPointer:
          Error(pos, "embedded field type cannot be a pointer");
          break;
        case TypeKind::kInterface:
          if (is_ptr) Error(pos, "embedded field type cannot be a pointer to an interface");
          break;
        default:
          break;
      }
      env_.file = saved;
    });
  }
  TypeId t = ts_.NewStruct(fields);
  field_pos_.try_emplace(t.Index(), std::move(positions));
  return t;
}

TypeId Checker::InterfaceType(const ast::InterfaceType& it) {
  const ast::File& f = F();
  std::vector<types::MethodInfo> methods;
  std::vector<Pos> method_pos;
  std::vector<TypeId> embeddeds;
  std::vector<Pos> embed_pos;
  for (ast::FieldId fid : f.Fields(it.methods)) {
    const ast::Field& fld = f.GetField(fid);
    if (!fld.name.Valid()) {
      Pos pos = StartPos(fld.type);
      embeddeds.push_back(Typ(fld.type));
      embed_pos.push_back(pos);
      continue;
    }
    llvm::StringRef name = f.Get<ast::Name>(fld.name).value;
    if (name == "_") {
      Error(ExprPos(fld.name), "methods must have a unique non-blank name");
      continue;
    }
    if (f.Kind(fld.type) != ast::ExprKind::FuncType) {
      TypeId t = Typ(fld.type);
      if (t != Invalid())
        Error(StartPos(fld.type), "invalid AST: " + TypeStr(t) + " is not a method signature");
      continue;
    }
    ObjectId m = NewObj(ObjectKind::kFunc, name, ExprPos(fld.name), TypeId());
    Obj(m).is_method = true;
    Obj(m).iface_method = true;
    Obj(m).owner = FuncId();
    FuncId saved = env_.func;
    env_.func = FuncId();
    std::vector<ObjectId> params, results;
    TypeId sig = FuncType(fld.type, ast::FieldId(), &params, &results, nullptr, nullptr);
    env_.func = saved;
    RecordTypeAndValue(fld.type, Mode::kTypeExpr, sig, nullptr);
    Obj(m).type = sig;
    Obj(m).params = std::move(params);
    Obj(m).results = std::move(results);
    RecordDef(fld.name, m);
    methods.push_back(types::MethodInfo{name, pkg_.id_, sig, m});
    method_pos.push_back(ExprPos(fld.name));
  }
  // Explicit duplicates are reported later (types2's computeInterfaceTypeSet),
  // in sorted order; the first declaration wins.
  std::vector<size_t> order(methods.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return ts_.MethodLess(methods[a], methods[b]); });
  std::vector<types::MethodInfo> unique;
  struct Dup {
    std::string name;
    Pos dup, orig;
  };
  std::vector<Dup> dups;
  llvm::DenseMap<llvm::StringRef, size_t> seen;
  for (size_t i : order) {
    auto [sit, inserted] = seen.try_emplace(methods[i].name, i);
    if (!inserted) {
      dups.push_back({methods[i].name.str(), method_pos[i], method_pos[sit->second]});
      continue;
    }
    unique.push_back(methods[i]);
  }
  TypeId t = ts_.NewInterface(unique, embeddeds);
  if (!dups.empty() || !embeddeds.empty()) {
    uint32_t file = env_.file;
    std::vector<types::MethodInfo> explicit_methods = unique;
    std::vector<Pos> explicit_pos;
    for (const types::MethodInfo& m : unique) explicit_pos.push_back(prog_.Obj(m.obj).pos);
    Later([this, file, dups, embeddeds, embed_pos, explicit_methods, explicit_pos]() {
      uint32_t saved = env_.file;
      env_.file = file;
      for (const Dup& d : dups) {
        ErrorMulti(
            {{d.dup, "duplicate method " + d.name}, {d.orig, "other declaration of " + d.name}});
      }
      // Methods of embedded interfaces that clash with different signatures
      // (types2's computeInterfaceTypeSet: explicit methods first, then each
      // embedded interface's at its embedding position).
      llvm::DenseMap<llvm::StringRef, std::pair<TypeId, Pos>> have;
      for (size_t k = 0; k < explicit_methods.size(); ++k) {
        have[explicit_methods[k].name] = {explicit_methods[k].sig, explicit_pos[k]};
      }
      for (size_t i = 0; i < embeddeds.size(); ++i) {
        TypeId eu = Under(embeddeds[i]);
        if (eu != Invalid() && ts_.Kind(eu) != TypeKind::kInterface && !AllowVersion(1, 18)) {
          VersionError(embed_pos[i], "embedding non-interface type " + TypeStr(embeddeds[i]),
                       "go1.18");
          continue;
        }
        for (const types::MethodInfo& m : ts_.InterfaceMethods(embeddeds[i])) {
          auto [hit, inserted] = have.try_emplace(m.name, m.sig, embed_pos[i]);
          // Before go1.14, identical methods of the package's own
          // interfaces may not overlap either.
          bool local = m.obj.Valid() ? prog_.Obj(m.obj).pkg == pkg_.id_ : m.pkg == pkg_.id_;
          bool overlap_ok = !local || AllowVersion(1, 14);
          if (!inserted && (!overlap_ok || !ts_.Identical(hit->second.first, m.sig))) {
            ErrorMulti({{embed_pos[i], "duplicate method " + m.name.str()},
                        {hit->second.second, "other declaration of " + m.name.str()}});
          }
        }
      }
      env_.file = saved;
    });
  }
  return t;
}

TypeId Checker::FuncType(ast::ExprId ftype, ast::FieldId recv, std::vector<ObjectId>* params_out,
                         std::vector<ObjectId>* results_out, ObjectId* recv_out,
                         Scope** scope_out) {
  const ast::File& f = F();
  const auto& ft = f.Get<ast::FuncType>(ftype);
  Scope* scope = NewScope(env_.scope, true);
  Scope saved_temp;  // parameters are declared here, then moved into scope
  Scope* saved_scope = env_.scope;
  env_.scope = scope;
  std::vector<ObjectId> recv_list, params, results;
  bool variadic = false, dummy = false;
  if (recv.Valid()) {
    ast::Field rf = f.GetField(recv);
    TypeId rt = VarType(rf.type);
    ObjectId par;
    if (rf.name.Valid()) {
      par = NewVar(f.Get<ast::Name>(rf.name).value, ExprPos(rf.name), rt, VarRole::kRecv);
      Obj(par).named = true;
      Declare(&saved_temp, rf.name, par);
    } else {
      par = NewVar("", rf.pos, rt, VarRole::kRecv);
    }
    Obj(par).used = true;
    recv_list.push_back(par);
  }
  CollectParams(&saved_temp, ft.params, true, VarRole::kParam, params, &variadic);
  CollectParams(&saved_temp, ft.results, false, VarRole::kResult, results, &dummy);
  // Squash the parameter scope into the function scope.
  for (ObjectId o : saved_temp.order) Insert(scope, o);
  env_.scope = saved_scope;

  if (recv.Valid() && !recv_list.empty()) {
    ObjectId rv = recv_list[0];
    uint32_t file = env_.file;
    Later([this, rv, file]() {
      uint32_t saved = env_.file;
      env_.file = file;
      TypeId rt = prog_.Obj(rv).type;
      if (ts_.Kind(rt) == TypeKind::kPointer) rt = ts_.Get<types::PointerType>(rt).elem;
      Pos pos = prog_.Obj(rv).pos;
      if (rt == Invalid()) {
        env_.file = saved;
        return;
      }
      switch (ts_.Kind(rt)) {
        case TypeKind::kNamed: {
          const types::NamedInfo& n = ts_.Named(rt);
          if (n.pkg != pkg_.id_) {
            Error(pos, "cannot define new methods on non-local type " + TypeStr(rt));
            break;
          }
          TypeId u = Under(rt);
          std::string cause;
          if (ts_.Kind(u) == TypeKind::kBasic &&
              ts_.Get<types::BasicType>(u).kind == BasicKind::kUnsafePointer) {
            cause = "unsafe.Pointer";
          } else if (ts_.Kind(u) == TypeKind::kPointer || ts_.Kind(u) == TypeKind::kInterface) {
            cause = "pointer or interface type";
          }
          if (!cause.empty())
            Error(pos, "invalid receiver type " + TypeStr(rt) + " (" + cause + ")");
          break;
        }
        case TypeKind::kBasic:
          Error(pos, "cannot define new methods on non-local type " + TypeStr(rt));
          break;
        default:
          Error(pos, "invalid receiver type " + TypeStr(prog_.Obj(rv).type));
          break;
      }
      env_.file = saved;
    });
  }
  std::vector<TypeId> ptypes, rtypes;
  std::vector<llvm::StringRef> pnames, rnames;
  for (ObjectId p : params) {
    ptypes.push_back(prog_.Obj(p).type);
    pnames.push_back(prog_.Obj(p).name);
  }
  for (ObjectId r : results) {
    rtypes.push_back(prog_.Obj(r).type);
    rnames.push_back(prog_.Obj(r).name);
  }
  TypeId sig =
      ts_.NewSignature(ts_.NewTuple(ptypes, pnames), ts_.NewTuple(rtypes, rnames), variadic);
  if (params_out) *params_out = std::move(params);
  if (results_out) *results_out = std::move(results);
  if (recv_out && !recv_list.empty()) *recv_out = recv_list[0];
  if (scope_out) *scope_out = scope;
  return sig;
}

void Checker::CollectParams(Scope* scope, IdRange list, bool variadic_ok, VarRole role,
                            std::vector<ObjectId>& out, bool* variadic) {
  const ast::File& f = F();
  auto fields = f.Fields(list);
  TypeId typ;
  ast::ExprId prev;
  for (size_t i = 0; i < fields.size(); ++i) {
    const ast::Field& fld = f.GetField(fields[i]);
    ast::ExprId ftype = fld.type;
    if (i == 0 || ftype != prev) {
      prev = ftype;
      if (const auto* dots = f.TryGet<ast::DotsType>(ftype)) {
        ast::ExprId dots_id = ftype;
        ftype = dots->elem;
        if (variadic_ok && i + 1 == fields.size()) {
          *variadic = true;
        } else {
          Error(ExprPos(dots_id), "can only use ... with final parameter in list", true);
        }
      }
      typ = VarType(ftype);
    }
    ObjectId par;
    if (fld.name.Valid()) {
      par = NewVar(f.Get<ast::Name>(fld.name).value, ExprPos(fld.name), typ, role);
      Obj(par).named = true;
      Declare(scope, fld.name, par);
    } else {
      par = NewVar("", fld.pos, typ, role);
    }
    Obj(par).index = static_cast<uint16_t>(out.size());
    Obj(par).used = true;  // parameters are always "used" (types2's NewParam)
    out.push_back(par);
  }
  if (*variadic && !out.empty() && role == VarRole::kParam) {
    ObjectId last = out.back();
    Obj(last).type = ts_.NewSlice(prog_.Obj(last).type);
    RecordTypeAndValue(f.GetField(fields.back()).type, Mode::kTypeExpr, prog_.Obj(last).type,
                       nullptr);
  }
}

}  // namespace goescape::check
