// decl.cpp: declarations (types2's decl.go and validtype.go).
//
// objDecl colours objects white (unchecked), grey (being checked; the
// colour encodes the object's index on the object path) and black
// (done). Reaching a grey object means a cycle: valid if it involves only
// values (reported later as an initialization cycle) or at least one type
// definition and no values; otherwise "invalid recursive type" /
// "illegal cycle". validType later rejects types that contain themselves
// without indirection.
#include <algorithm>

#include "frontend/check/checker.h"

namespace goescape::check {

namespace {
constexpr uint32_t kWhite = 0, kBlack = 1, kGrey = 2;
}

void Checker::AddDeclDep(ObjectId obj) {
  if (!env_.decl) return;
  if (obj_map_.find(obj.Index()) == obj_map_.end()) return;
  env_.decl->AddDep(obj);
}

void Checker::ObjDecl(ObjectId obj, TypeId def) {
  uint32_t color = kWhite;
  if (auto it = color_.find(obj.Index()); it != color_.end()) color = it->second;
  Object& o = Obj(obj);
  if (color == kWhite && o.type.Valid()) {
    color_[obj.Index()] = kBlack;
    return;
  }
  if (color == kBlack) return;
  if (color >= kGrey) {
    switch (o.kind) {
      case ObjectKind::kConst:
      case ObjectKind::kVar:
        if (!ValidCycle(obj) || !Obj(obj).type.Valid()) Obj(obj).type = Invalid();
        break;
      case ObjectKind::kTypeName:
        if (!ValidCycle(obj)) Obj(obj).type = Invalid();
        break;
      case ObjectKind::kFunc:
        ValidCycle(obj);
        break;
      default:
        break;
    }
    if (!Obj(obj).type.Valid()) Obj(obj).type = Invalid();
    return;
  }
  auto dit = obj_map_.find(obj.Index());
  if (dit == obj_map_.end()) {
    if (!o.type.Valid()) o.type = Invalid();
    return;
  }
  DeclInfo* d = dit->second.get();
  color_[obj.Index()] = kGrey + static_cast<uint32_t>(obj_path_.size());
  obj_path_.push_back(obj);

  Env saved = std::move(env_);
  env_ = Env();
  env_.scope = d->file_scope;
  env_.file = d->file;
  switch (o.kind) {
    case ObjectKind::kConst:
      env_.decl = d;
      ConstDecl(obj, d->vtyp, d->init, d->inherited, d->iota);
      break;
    case ObjectKind::kVar:
      env_.decl = d;
      VarDecl(obj, d->lhs, d->vtyp, d->init);
      break;
    case ObjectKind::kTypeName:
      TypeDecl(obj, F().Get<ast::TypeDecl>(d->tdecl), def);
      CollectMethods(obj);
      break;
    case ObjectKind::kFunc:
      FuncDecl(obj, d);
      break;
    default:
      break;
  }
  env_ = std::move(saved);
  obj_path_.pop_back();
  color_[obj.Index()] = kBlack;
}

bool Checker::ValidCycle(ObjectId obj) {
  uint32_t start = color_[obj.Index()] - kGrey;
  std::vector<ObjectId> cycle(obj_path_.begin() + start, obj_path_.end());
  size_t nval = 0, ndef = 0;
  for (ObjectId o : cycle) {
    const Object& c = prog_.Obj(o);
    switch (c.kind) {
      case ObjectKind::kConst:
      case ObjectKind::kVar:
        ++nval;
        break;
      case ObjectKind::kTypeName: {
        bool alias = c.alias;
        if (auto it = obj_map_.find(o.Index()); it != obj_map_.end() && it->second->tdecl.Valid()) {
          alias = files_[it->second->file]->Get<ast::TypeDecl>(it->second->tdecl).alias;
        }
        if (!alias) ++ndef;
        break;
      }
      default:
        break;
    }
  }
  if (nval == cycle.size()) return true;
  if (nval == 0 && ndef > 0) return true;
  CycleError(cycle);
  return false;
}

void Checker::CycleError(const std::vector<ObjectId>& cycle) {
  auto name = [&](ObjectId o) {
    const Object& obj = prog_.Obj(o);
    std::string s;
    if (obj.pkg.Valid() && obj.pkg != pkg_.id_) s = ts_.Package(obj.pkg).name.str() + ".";
    return s + obj.name.str();
  };
  size_t i = 0;
  for (size_t k = 1; k < cycle.size(); ++k) {
    if (prog_.Obj(cycle[k]).pos < prog_.Obj(cycle[i]).pos) i = k;
  }
  ObjectId obj = cycle[i];
  std::string obj_name = name(obj);
  std::vector<std::pair<Pos, std::string>> parts;
  if (prog_.Obj(obj).kind == ObjectKind::kTypeName) {
    parts.push_back({prog_.Obj(obj).pos, "invalid recursive type " + obj_name});
  } else {
    parts.push_back({prog_.Obj(obj).pos, "illegal cycle in declaration of " + obj_name});
  }
  for (size_t k = 0; k < cycle.size(); ++k) {
    parts.push_back({prog_.Obj(obj).pos, obj_name + " refers to"});
    if (++i >= cycle.size()) i = 0;
    obj = cycle[i];
    obj_name = name(obj);
  }
  parts.push_back({prog_.Obj(obj).pos, obj_name});
  ErrorMulti(parts);
}

void Checker::ConstDecl(ObjectId obj, ast::ExprId typ, ast::ExprId init, bool inherited,
                        int64_t iota) {
  auto saved_iota = env_.iota;
  Pos saved_errpos = env_.errpos;
  env_.iota = types::ConstValue::MakeInt64(iota);
  env_.errpos = Pos();
  Obj(obj).value = prog_.AddValue(types::ConstValue());
  auto restore = [&]() {
    env_.iota = saved_iota;
    env_.errpos = saved_errpos;
  };
  if (typ.Valid()) {
    TypeId t = Typ(typ);
    if (!ts_.IsConstType(t)) {
      if (Under(t) != Invalid()) Error(StartPos(typ), "invalid constant type " + TypeStr(t));
      Obj(obj).type = Invalid();
      restore();
      return;
    }
    Obj(obj).type = t;
  }
  Operand x;
  if (init.Valid()) {
    if (inherited) env_.errpos = prog_.Obj(obj).pos;
    Expr(x, init);
  }
  InitConst(obj, x);
  restore();
}

void Checker::VarDecl(ObjectId obj, const std::vector<ObjectId>& lhs, ast::ExprId typ,
                      ast::ExprId init) {
  auto finish = [&]() {
    if (prog_.Obj(obj).type == Invalid()) Obj(obj).used = true;
    for (ObjectId l : lhs) {
      if (prog_.Obj(l).type == Invalid()) Obj(l).used = true;
    }
  };
  if (typ.Valid()) Obj(obj).type = VarType(typ);
  if (!init.Valid()) {
    if (!typ.Valid()) Obj(obj).type = Invalid();
    finish();
    return;
  }
  if (lhs.empty() || lhs.size() == 1) {
    Operand x;
    Expr(x, init);
    InitVar(obj, x, "variable declaration");
    finish();
    return;
  }
  if (typ.Valid()) {
    for (ObjectId l : lhs) Obj(l).type = prog_.Obj(obj).type;
  }
  InitVars(lhs, {init}, ast::StmtId());
  finish();
}

void Checker::SetDefUnderlying(TypeId def, TypeId t) {
  if (def.Valid() && ts_.Kind(def) == types::TypeKind::kNamed && !ts_.Named(def).rhs.Valid()) {
    ts_.SetRhs(def, t);
  }
}

void Checker::TypeDecl(ObjectId obj, const ast::TypeDecl& tdecl, TypeId def) {
  Later([this, obj]() {
    TypeId t = prog_.Obj(obj).type;
    if (t.Valid() && ts_.Kind(t) == types::TypeKind::kNamed && ts_.Named(t).obj == obj) {
      ValidType(t);
    }
  });
  if (tdecl.alias) {
    if (!AllowVersion(1, 9)) VersionError(prog_.Obj(obj).pos, "type aliases", "go1.9");
    Obj(obj).alias = true;
    Obj(obj).type = Invalid();  // guard against recursive alias use
    TypeId rhs = Typ(tdecl.type);
    Obj(obj).type = rhs;
    return;
  }
  TypeId named = ts_.NewNamed(prog_.Obj(obj).name, pkg_.id_, obj, env_.func.Valid());
  Obj(obj).type = named;
  SetDefUnderlying(def, named);
  TypeId rhs = DefinedType(tdecl.type, named);
  ts_.SetRhs(named, rhs.Valid() ? rhs : Invalid());
}

void Checker::CollectMethods(ObjectId tname) {
  auto it = methods_.find(tname.Index());
  if (it == methods_.end()) return;
  std::vector<ObjectId> methods = std::move(it->second);
  methods_.erase(it);
  TypeId base = prog_.Obj(tname).type;
  if (!base.Valid() || ts_.Kind(base) != types::TypeKind::kNamed) base = TypeId();
  llvm::DenseMap<llvm::StringRef, ObjectId> mset;
  if (base.Valid()) {
    Later([this, base]() { CheckFieldUniqueness(base); });
    for (ObjectId m : ts_.Named(base).methods) mset[prog_.Obj(m).name] = m;
  }
  for (ObjectId m : methods) {
    const Object& mo = prog_.Obj(m);
    auto [mit, inserted] = mset.try_emplace(mo.name, m);
    if (!inserted) {
      std::vector<std::pair<Pos, std::string>> parts;
      parts.push_back({mo.pos, prog_.Obj(tname).name.str() + "." + mo.name.str() +
                                   " redeclared in this block"});
      parts.push_back({prog_.Obj(mit->second).pos, "other declaration of " + mo.name.str()});
      ErrorMulti(parts);
      continue;
    }
    if (base.Valid()) ts_.AddMethod(base, m);
  }
}

void Checker::CheckFieldUniqueness(TypeId named) {
  TypeId u = Under(named);
  if (ts_.Kind(u) != types::TypeKind::kStruct) return;
  llvm::DenseMap<llvm::StringRef, ObjectId> mset;
  for (ObjectId m : ts_.Named(named).methods) mset[prog_.Obj(m).name] = m;
  auto fields = ts_.Fields(u);
  auto pit = field_pos_.find(u.Index());
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == "_") continue;
    auto mit = mset.find(fields[i].name);
    if (mit == mset.end()) continue;
    const Object& m = prog_.Obj(mit->second);
    if (m.pkg != pkg_.id_ && fields[i].pkg.Valid()) continue;
    std::vector<std::pair<Pos, std::string>> parts;
    parts.push_back({m.pos, "field and method with the same name " + fields[i].name.str()});
    if (pit != field_pos_.end() && i < pit->second.size() && pit->second[i].Known()) {
      parts.push_back({pit->second[i], "other declaration of " + fields[i].name.str()});
    }
    ErrorMulti(parts);
  }
}

namespace {

// ParseEscapeDirective reads "//goescape:param NAME [heap=N] [resultI=N]...".
bool ParseEscapeDirective(llvm::StringRef text, EscapeParam* out) {
  if (!text.consume_front("//goescape:param")) return false;
  llvm::SmallVector<llvm::StringRef, 8> words;
  text.split(words, ' ', -1, false);
  if (words.empty()) return false;
  out->name = words[0];
  for (size_t i = 1; i < words.size(); ++i) {
    auto [key, val] = words[i].split('=');
    int n = 0;
    if (val.getAsInteger(10, n)) return false;
    if (key == "heap") {
      out->heap = n;
    } else if (key.consume_front("result")) {
      unsigned r = 0;
      if (key.getAsInteger(10, r) || r >= 7) return false;
      out->results[r] = n;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

void Checker::FuncDecl(ObjectId obj, DeclInfo* d) {
  const ast::File& f = F();
  const auto& fd = f.Get<ast::FuncDecl>(d->fdecl);
  TypeId placeholder = ts_.NewSignature(ts_.EmptyTuple(), ts_.EmptyTuple(), false);
  Obj(obj).type = placeholder;
  FuncId fn;
  if (fd.body.Valid()) {
    fn = FuncId(static_cast<uint32_t>(pkg_.funcs_.size()));
    FuncInfo info;
    info.file = f.FileIndex();
    info.decl = d->fdecl;
    info.obj = obj;
    pkg_.funcs_.push_back(std::move(info));
    Obj(obj).func = fn;
  }
  uint32_t saved_color = color_[obj.Index()];
  color_[obj.Index()] = kBlack;
  FuncId saved_fn = env_.func;
  env_.func = fn;
  std::vector<ObjectId> params, results;
  ObjectId recv;
  Scope* scope = nullptr;
  TypeId sig = FuncType(fd.type, fd.recv, &params, &results, &recv, &scope);
  env_.func = saved_fn;
  color_[obj.Index()] = saved_color;
  Object& o = Obj(obj);
  o.type = sig;
  o.params = std::move(params);
  o.results = std::move(results);
  o.recv = recv;
  for (const ast::Directive& dir : f.Directives(fd.directives)) {
    EscapeParam ep;
    if (ParseEscapeDirective(dir.text, &ep)) {
      ep.name = prog_.Ctx().Intern(ep.name);
      Obj(obj).escape.push_back(ep);
      Obj(obj).has_escape = true;
    }
  }
  if (fn.Valid()) {
    pkg_.funcs_[fn.Index()].sig = sig;
    DeclInfo* decl = d;
    ast::StmtId body = fd.body;
    Later([this, decl, fn, sig, scope, body, obj]() {
      Env saved = std::move(env_);
      env_ = Env();
      env_.file = decl->file;
      env_.results = prog_.Obj(obj).results;
      FuncBody(decl, fn, sig, scope, body, std::nullopt);
      env_ = std::move(saved);
    });
  }
}

ConstGroup::Spec ConstGroup::Next(const ast::File& f, llvm::ArrayRef<ast::DeclId> decls,
                                  size_t index) {
  const ast::ConstDecl* cd = f.TryGet<ast::ConstDecl>(decls[index]);
  const auto* prev = index > 0 ? f.TryGet<ast::ConstDecl>(decls[index - 1]) : nullptr;
  if (first_ < 0 || cd->group == 0 || !prev || prev->group != cd->group) {
    first_ = static_cast<int>(index);
    last_ = nullptr;
  }
  int64_t iota = static_cast<int64_t>(index) - first_;
  if (cd->type.Valid() || cd->values.Valid()) {
    last_ = cd;
    return {iota, cd, false};
  }
  if (!last_) {
    last_ = &empty_;
    return {iota, last_, false};
  }
  return {iota, last_, true};
}

void Checker::DeclStmt(ast::StmtId s, const ast::DeclStmt& ds) {
  const ast::File& f = F();
  auto list = f.Decls(ds.decls);
  ConstGroup group;
  for (size_t index = 0; index < list.size(); ++index) {
    ast::DeclId did = list[index];
    const auto* cd = f.TryGet<ast::ConstDecl>(did);
    if (!cd) group.Break();
    switch (f.Kind(did)) {
      case ast::DeclKind::ConstDecl: {
        size_t top = delayed_.size();
        auto [iota, last, inherited] = group.Next(f, list, index);
        auto values = f.ListElems(last->values);
        auto names = f.Exprs(cd->names);
        std::vector<ObjectId> lhs;
        for (size_t i = 0; i < names.size(); ++i) {
          ObjectId obj = NewObj(ObjectKind::kConst, f.Get<ast::Name>(names[i]).value,
                                ExprPos(names[i]), TypeId());
          Obj(obj).decl_stmt = s;
          lhs.push_back(obj);
          ast::ExprId init = i < values.size() ? values[i] : ast::ExprId();
          ConstDecl(obj, last->type, init, inherited, iota);
        }
        Arity(f.PosOf(did), names, values, true, inherited);
        ProcessDelayed(top);
        for (size_t i = 0; i < names.size(); ++i) Declare(env_.scope, names[i], lhs[i]);
        break;
      }
      case ast::DeclKind::VarDecl: {
        size_t top = delayed_.size();
        const auto& vd = f.Get<ast::VarDecl>(did);
        auto names = f.Exprs(vd.names);
        auto values = f.ListElems(vd.values);
        std::vector<ObjectId> lhs0;
        for (ast::ExprId name : names) {
          ObjectId obj =
              NewVar(f.Get<ast::Name>(name).value, ExprPos(name), TypeId(), VarRole::kLocal);
          Obj(obj).decl_stmt = s;
          Obj(obj).form = vd.values.Valid() ? VarForm::kVarInit : VarForm::kVarNoInit;
          lhs0.push_back(obj);
        }
        for (size_t i = 0; i < lhs0.size(); ++i) {
          std::vector<ObjectId> lhs;
          ast::ExprId init;
          if (values.size() == names.size()) {
            init = values[i];
          } else if (values.size() == 1) {
            lhs = lhs0;
            init = values[0];
          } else if (i < values.size()) {
            init = values[i];
          }
          VarDecl(lhs0[i], lhs, vd.type, init);
          if (values.size() == 1) break;
        }
        if (!vd.type.Valid() || vd.values.Valid()) Arity(f.PosOf(did), names, values, false, false);
        ProcessDelayed(top);
        for (size_t i = 0; i < names.size(); ++i) Declare(env_.scope, names[i], lhs0[i]);
        break;
      }
      case ast::DeclKind::TypeDecl: {
        const auto& td = f.Get<ast::TypeDecl>(did);
        ObjectId obj = NewObj(ObjectKind::kTypeName, f.Get<ast::Name>(td.name).value,
                              ExprPos(td.name), TypeId());
        Obj(obj).decl_stmt = s;
        Obj(obj).alias = td.alias;
        Declare(env_.scope, td.name, obj);
        color_[obj.Index()] = kGrey + static_cast<uint32_t>(obj_path_.size());
        obj_path_.push_back(obj);
        TypeDecl(obj, td, TypeId());
        obj_path_.pop_back();
        color_[obj.Index()] = kBlack;
        break;
      }
      default:
        Error(f.PosOf(did), "invalid AST: unknown syntax.Decl node");
        break;
    }
  }
}

void Checker::ValidType(TypeId named) {
  std::vector<TypeId> nest, path;
  ValidType0(named, nest, path);
}

bool Checker::ValidType0(TypeId t, std::vector<TypeId>& nest, std::vector<TypeId>& path) {
  if (!t.Valid()) return true;
  switch (ts_.Kind(t)) {
    case types::TypeKind::kArray:
      return ValidType0(ts_.Get<types::ArrayType>(t).elem, nest, path);
    case types::TypeKind::kStruct:
      for (const types::FieldInfo& fi : ts_.Fields(t)) {
        if (!ValidType0(fi.type, nest, path)) return false;
      }
      return true;
    case types::TypeKind::kInterface:
      for (TypeId e : ts_.Embeddeds(t)) {
        if (!ValidType0(e, nest, path)) return false;
      }
      return true;
    case types::TypeKind::kNamed: {
      if (valid_types_.count(t.Index())) return true;
      TypeId rhs = ts_.Named(t).rhs;
      if (!rhs.Valid() || rhs == Invalid()) return false;
      for (TypeId e : nest) {
        if (e == t) {
          ts_.SetRhs(t, Invalid());
          for (size_t start = 0; start < path.size(); ++start) {
            if (path[start] == t) {
              std::vector<ObjectId> cycle;
              for (size_t k = start; k < path.size(); ++k) cycle.push_back(ts_.Named(path[k]).obj);
              CycleError(cycle);
              return false;
            }
          }
          return false;
        }
      }
      // Only types of this package can be invalid.
      if (ts_.Named(t).pkg != pkg_.id_) return true;
      nest.push_back(t);
      path.push_back(t);
      bool ok = ValidType0(ts_.Named(t).rhs, nest, path);
      nest.pop_back();
      path.pop_back();
      if (!ok) return false;
      valid_types_.insert(t.Index());
      return true;
    }
    default:
      return true;
  }
}

}  // namespace goescape::check
