// resolver.cpp: the checker's driver (Run) and package-level object
// collection (types2's resolver.go): imports into file scopes, constants
// (with iota and inherited initializers), variables (n:1 declarations
// share one DeclInfo), types, functions and methods into the package
// scope; methods associated with their receiver base type names; then
// packageObjects (types first) and the unused-import check. Before that,
// initFiles' package-name rules (`_` is invalid; a file naming another
// package is reported and ignored); import paths are validated as types2
// does (validatedImportPath) and refused as gc's importer does ("main",
// absolute, non-canonical, the package itself) before any lookup.
// AllowVersion/VersionError implement gc's -lang (CheckOptions::lang).
#include <algorithm>
#include <cstring>

#include "frontend/base/go_text.h"
#include "frontend/check/checker.h"
#include "frontend/check/walk.h"
#include "frontend/types/literal.h"

namespace goescape::check {

bool DeclInfo::HasInitializer(const ast::File& f) const {
  if (init.Valid()) return true;
  if (fdecl.Valid()) return f.Get<ast::FuncDecl>(fdecl).body.Valid();
  return false;
}

Checker::Checker(Program& prog, Package& pkg, llvm::ArrayRef<const ast::File*> files,
                 DiagSink& sink, const CheckOptions& opts)
    : prog_(prog),
      ts_(prog.Types()),
      pkg_(pkg),
      files_(files.begin(), files.end()),
      sink_(sink),
      opts_(opts) {}

namespace {

/// FuncLitFinder collects function literals in post-order (inner first),
/// the order in which gc's parser finishes their bodies.
class FuncLitFinder : public AstVisitor {
 public:
  explicit FuncLitFinder(const ast::File& f) : f_(f) {}
  void LeaveExpr(ast::ExprId e) override {
    if (f_.Kind(e) == ast::ExprKind::FuncLit) lits.push_back(e);
  }
  std::vector<ast::ExprId> lits;

 private:
  const ast::File& f_;
};

}  // namespace

void Checker::Run() {
  // types2's initFiles: the package is named by the first file whose name
  // is not _; a file naming another package is reported and ignored.
  {
    std::string name;
    std::vector<const ast::File*> kept;
    for (const ast::File* f : files_) {
      if (!f->package_name.Valid()) {
        kept.push_back(f);
        continue;
      }
      std::string n = f->Get<ast::Name>(f->package_name).value.str();
      if (name.empty() || n == name) {
        if (name.empty() && n != "_") name = n;
        if (n == "_") Error(f->PosOf(f->package_name), "invalid package name _");
        kept.push_back(f);
      } else {
        Error(f->package_pos, "package " + n + "; expected " + name);
      }
    }
    files_ = std::move(kept);
    pkg_.name_ = name;
  }
  for (const ast::File* f : files_) {
    FileTables t;
    t.file = f;
    t.exprs.resize(f->NumExprs());
    t.stmts.resize(f->NumStmts());
    pkg_.files_.push_back(std::move(t));
  }
  pkg_scope_ = NewScope(nullptr);
  env_.scope = pkg_scope_;

  // Phase 0: gc's parser checks branches of each function body as it
  // finishes parsing it (literals before the enclosing function).
  if (opts_.check_branches) {
    for (uint32_t i = 0; i < files_.size(); ++i) {
      env_.file = i;
      const ast::File& f = *files_[i];
      auto cut = opts_.first_syntax_error.find(f.FileIndex());
      auto finished = [&](ast::StmtId body) {
        if (cut == opts_.first_syntax_error.end()) return true;
        // gc checks a body only if it parsed without a syntax error.
        Pos end = f.Get<ast::BlockStmt>(body).rbrace;
        return end.Known() && end < cut->second;
      };
      for (ast::DeclId d : f.decls) {
        FuncLitFinder finder(f);
        WalkDecl(f, d, finder);
        // Post-order puts nested literals first; gc finishes a literal's
        // body before the enclosing literal's.
        for (ast::ExprId lit : finder.lits) {
          ast::StmtId body = f.Get<ast::FuncLit>(lit).body;
          if (body.Valid() && finished(body)) CheckBranches(body);
        }
        if (const auto* fd = f.TryGet<ast::FuncDecl>(d);
            fd && fd->body.Valid() && finished(fd->body)) {
          CheckBranches(fd->body);
        }
      }
    }
  }
  env_.file = 0;
  if (opts_.branches_only) return;

  CollectObjects();
  PackageObjects();
  ProcessDelayed(0);
  InitOrder();
  UnusedImports();
  RecordUntyped();

  for (ObjectId o : pkg_scope_->order) pkg_.scope_[prog_.Obj(o).name] = o;
  pkg_.decls_ = obj_list_;
  ComputeCaptures();  // also names the functions
}

void Checker::Arity(Pos pos, llvm::ArrayRef<ast::ExprId> names, llvm::ArrayRef<ast::ExprId> inits,
                    bool const_decl, bool inherited) {
  size_t l = names.size(), r = inits.size();
  if (l < r) {
    ast::ExprId n = inits[l];
    if (inherited) {
      Error(pos, "extra init expr at " + Fmt(ExprPos(n)));
    } else {
      Error(StartPos(n), "extra init expr " + ExprStr(n));
    }
  } else if (l > r && (const_decl || r != 1)) {
    ast::ExprId n = names[r];
    Error(ExprPos(n), "missing init expr for " + F().Get<ast::Name>(n).value.str());
  }
}

void Checker::DeclarePkgObj(ast::ExprId ident, ObjectId obj, std::shared_ptr<DeclInfo> d) {
  llvm::StringRef name = prog_.Obj(obj).name;
  if (name == "init") {
    Error(ExprPos(ident), "cannot declare init - must be func");
    return;
  }
  if (name == "main" && pkg_.name_ == "main") {
    Error(ExprPos(ident), "cannot declare main - must be func");
    return;
  }
  Declare(pkg_scope_, ident, obj);
  order_[obj.Index()] = static_cast<uint32_t>(obj_map_.size() + 1);
  obj_map_[obj.Index()] = std::move(d);
  obj_list_.push_back(obj);
}

namespace {

// CleanPath is Go's path.Clean: one slash between elements, no "." elements,
// ".." elements removed with the element before them, no trailing slash.
std::string CleanPath(llvm::StringRef p) {
  bool rooted = p.startswith("/");
  std::vector<llvm::StringRef> out;
  llvm::SmallVector<llvm::StringRef, 8> parts;
  p.split(parts, '/');
  for (llvm::StringRef e : parts) {
    if (e.empty() || e == ".") continue;
    if (e == "..") {
      if (!out.empty() && out.back() != "..") {
        out.pop_back();
      } else if (!rooted) {
        out.push_back(e);
      }
      continue;
    }
    out.push_back(e);
  }
  std::string r = rooted ? "/" : "";
  for (size_t i = 0; i < out.size(); ++i) {
    if (i > 0) r += '/';
    r += out[i].str();
  }
  return r.empty() ? "." : r;
}

}  // namespace

bool Checker::AllowVersion(int major, int minor) const {
  // opts_.lang is "goMAJOR.MINOR" (gc validated it); anything else allows all.
  llvm::StringRef v(opts_.lang);
  int ma = 0, mi = 0;
  if (!v.consume_front("go")) return true;
  auto [a, b] = v.split('.');
  if (a.getAsInteger(10, ma) || b.getAsInteger(10, mi)) return true;
  return ma > major || (ma == major && mi >= minor);
}

void Checker::VersionError(Pos pos, const std::string& what, const std::string& version) {
  Error(pos, what + " requires " + version + " or later (-lang was set to " + opts_.lang +
                 "; check go.mod)");
}

std::string Checker::RefusedImport(const std::string& path, const std::string& self) {
  // gc's importer (noder/import.go) refuses these before looking anything up.
  if (path == "main") return "cannot import \"main\"";
  if (!self.empty() && path == self) {
    return "import " + GoQuote(path) + " while compiling that package (import cycle)";
  }
  bool local = path == "." || path == ".." || llvm::StringRef(path).startswith("./") ||
               llvm::StringRef(path).startswith("../") || path[0] == '/';
  if (path[0] == '/') return "import path cannot be absolute path";
  if (!local) {
    std::string clean = CleanPath(path);
    if (clean != path) {
      return "non-canonical import path " + GoQuote(path) + " (should be " + GoQuote(clean) + ")";
    }
  }
  return "";
}

void Checker::ImportPackage(const ast::ImportDecl& d, ast::DeclId id, Scope* file_scope) {
  const ast::File& f = F();
  if (!d.path.Valid() || f.Get<ast::BasicLit>(d.path).bad) return;
  types::ConstValue pv = types::ConstValue::FromLiteral(types::LiteralKind::kString,
                                                        f.Get<ast::BasicLit>(d.path).text);
  if (pv.Kind() != types::ConstKind::kString) return;
  std::string path = pv.StringVal();
  Pos path_pos = ExprPos(d.path);
  if (path.empty()) {
    Error(path_pos, "invalid import path (empty string)");
    return;
  }
  // types2's validatedImportPath: graphic, non-space runes only, none of
  // the illegal characters (invalid UTF-8 decodes to the illegal U+FFFD).
  for (size_t i = 0; i < path.size();) {
    DecodedRune d = DecodeRune(path, i);
    char32_t r = d.rune;
    i += d.width;
    static const char kIllegal[] = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
    bool illegal = r == 0xFFFD || r == ' ' || !IsPrint(r) ||
                   (r > 0 && r < 0x80 && std::strchr(kIllegal, static_cast<char>(r)) != nullptr);
    if (illegal) {
      Error(path_pos, "invalid import path (invalid character " + GoFormatRuneU(r) + ")");
      return;
    }
  }
  const Package* imp = nullptr;
  bool fake = false;
  std::string refused = RefusedImport(path, pkg_.path_);
  if (!refused.empty()) {
    // reported below
  } else if (path == "unsafe") {
    imp = prog_.UnsafePackage();
  } else if (Importer* importer = prog_.GetImporter()) {
    imp = importer->Import(prog_, path);
  }
  PackageId imp_id;
  std::string imp_name;
  if (imp) {
    imp_id = imp->id_;
    imp_name = imp->name_;
  } else {
    std::string supported;
    if (Importer* importer = prog_.GetImporter()) {
      for (const std::string& s : importer->Supported()) {
        if (!supported.empty()) supported += ", ";
        supported += s;
      }
    }
    if (!supported.empty()) supported += ", ";
    supported += "unsafe";
    if (!refused.empty()) {
      Error(path_pos, "could not import " + path + " (" + refused + ")");
    } else {
      Error(path_pos,
            "package " + path + " is not supported by goescape (supported: " + supported + ")");
    }
    imp_name = path;
    if (size_t slash = imp_name.rfind('/'); slash != std::string::npos) {
      imp_name = imp_name.substr(slash + 1);
    }
    imp_id = ts_.AddPackage(path, imp_name);
    fake = true;
    fake_pkgs_.insert(imp_id.Index());
  }
  std::string name = imp_name;
  if (d.local_name.Valid()) name = f.Get<ast::Name>(d.local_name).value.str();
  if (name == "init") {
    Error(f.PosOf(id), "cannot import package as init - init must be a func");
    return;
  }
  if (std::find(pkg_.imports_.begin(), pkg_.imports_.end(), imp_id) == pkg_.imports_.end()) {
    pkg_.imports_.push_back(imp_id);
  }
  ObjectId pkg_name = NewObj(ObjectKind::kPkgName, name, f.PosOf(id), Invalid());
  Obj(pkg_name).imported = imp_id;
  if (d.local_name.Valid()) RecordDef(d.local_name, pkg_name);
  if (fake) Obj(pkg_name).used = true;
  imports_.push_back(pkg_name);
  if (name == ".") {
    if (!imp) return;
    for (ObjectId o : imp->decls_) {
      const Object& obj = prog_.Obj(o);
      if (obj.name.empty() || !(obj.name[0] >= 'A' && obj.name[0] <= 'Z')) continue;
      if (obj.kind == ObjectKind::kFunc && obj.is_method) continue;
      if (imp->Lookup(obj.name) != o) continue;
      auto it = file_scope->elems.find(obj.name);
      if (it != file_scope->elems.end()) {
        std::vector<std::pair<Pos, std::string>> parts;
        parts.push_back({ExprPos(d.local_name), obj.name.str() + " redeclared in this block"});
        if (prog_.Obj(it->second).pos.Known()) {
          parts.push_back({prog_.Obj(it->second).pos, "other declaration of " + obj.name.str()});
        }
        ErrorMulti(parts);
      } else {
        file_scope->elems[obj.name] = o;
        file_scope->order.push_back(o);
        dot_import_pkg_[o.Index()] = pkg_name;
      }
    }
    return;
  }
  Declare(file_scope, ast::ExprId(), pkg_name);
}

void Checker::CollectObjects() {
  struct MethodInfo {
    ObjectId obj;
    bool ptr;
    ast::ExprId recv;  // receiver type name
  };
  std::vector<MethodInfo> methods;
  for (uint32_t fi = 0; fi < files_.size(); ++fi) {
    env_.file = fi;
    const ast::File& f = *files_[fi];
    Scope* file_scope = NewScope(pkg_scope_);
    file_scopes_.push_back(file_scope);
    env_.scope = file_scope;
    ConstGroup group;
    for (size_t index = 0; index < f.decls.size(); ++index) {
      ast::DeclId did = f.decls[index];
      const auto* cd = f.TryGet<ast::ConstDecl>(did);
      if (!cd) group.Break();
      switch (f.Kind(did)) {
        case ast::DeclKind::ImportDecl:
          ImportPackage(f.Get<ast::ImportDecl>(did), did, file_scope);
          break;
        case ast::DeclKind::ConstDecl: {
          auto [iota, last, inherited] = group.Next(f, f.decls, index);
          auto values = f.ListElems(last->values);
          auto names = f.Exprs(cd->names);
          for (size_t i = 0; i < names.size(); ++i) {
            ast::ExprId name = names[i];
            ObjectId obj =
                NewObj(ObjectKind::kConst, f.Get<ast::Name>(name).value, ExprPos(name), TypeId());
            auto d = std::make_shared<DeclInfo>();
            d->file_scope = file_scope;
            d->file = fi;
            d->vtyp = last->type;
            if (i < values.size()) d->init = values[i];
            d->inherited = inherited;
            d->iota = iota;
            DeclarePkgObj(name, obj, std::move(d));
          }
          Arity(f.PosOf(did), names, values, true, inherited);
          break;
        }
        case ast::DeclKind::VarDecl: {
          const auto& vd = f.Get<ast::VarDecl>(did);
          auto names = f.Exprs(vd.names);
          auto values = f.ListElems(vd.values);
          bool single = !vd.values.Valid() || f.Kind(vd.values) != ast::ExprKind::ListExpr;
          // n:1 declarations (one initializer, or none) share one DeclInfo,
          // so that every variable depends on the same initializer.
          std::shared_ptr<DeclInfo> d1;
          std::vector<ObjectId> lhs;
          if (single) {
            d1 = std::make_shared<DeclInfo>();
            d1->file_scope = file_scope;
            d1->file = fi;
            d1->vtyp = vd.type;
            d1->init = vd.values;
          }
          for (size_t i = 0; i < names.size(); ++i) {
            ast::ExprId name = names[i];
            ObjectId obj =
                NewVar(f.Get<ast::Name>(name).value, ExprPos(name), TypeId(), VarRole::kPackage);
            lhs.push_back(obj);
            std::shared_ptr<DeclInfo> d = d1;
            if (!d) {
              d = std::make_shared<DeclInfo>();
              d->file_scope = file_scope;
              d->file = fi;
              d->vtyp = vd.type;
              if (i < values.size()) d->init = values[i];
            }
            DeclarePkgObj(name, obj, d);
          }
          if (d1) d1->lhs = lhs;
          if (!vd.type.Valid() || vd.values.Valid()) {
            Arity(f.PosOf(did), names, values, false, false);
          }
          break;
        }
        case ast::DeclKind::TypeDecl: {
          const auto& td = f.Get<ast::TypeDecl>(did);
          ObjectId obj = NewObj(ObjectKind::kTypeName, f.Get<ast::Name>(td.name).value,
                                ExprPos(td.name), TypeId());
          Obj(obj).alias = td.alias;
          auto d = std::make_shared<DeclInfo>();
          d->file_scope = file_scope;
          d->file = fi;
          d->tdecl = did;
          DeclarePkgObj(td.name, obj, std::move(d));
          break;
        }
        case ast::DeclKind::FuncDecl: {
          const auto& fd = f.Get<ast::FuncDecl>(did);
          llvm::StringRef name = f.Get<ast::Name>(fd.name).value;
          ObjectId obj = NewObj(ObjectKind::kFunc, name, ExprPos(fd.name), TypeId());
          Obj(obj).pragmas = fd.pragmas;
          if (!fd.recv.Valid()) {
            if (name == "init" || (name == "main" && pkg_.name_ == "main")) {
              const auto& ft = f.Get<ast::FuncType>(fd.type);
              if (!ft.params.Empty() || !ft.results.Empty()) {
                Error(f.PosOf(did),
                      "func " + name.str() + " must have no arguments and no return values", true);
              }
            }
            if (name == "init") {
              RecordDef(fd.name, obj);
              if (!fd.body.Valid()) Error(ExprPos(fd.name), "missing function body", true);
            } else {
              Declare(pkg_scope_, fd.name, obj);
            }
          } else {
            Obj(obj).is_method = true;
            // unpackRecv: strip parentheses and one or more '*'.
            const ast::Field& rf = f.GetField(fd.recv);
            ast::ExprId rt = rf.type;
            bool ptr = false;
            while (rt.Valid()) {
              if (f.Kind(rt) == ast::ExprKind::ParenExpr) {
                rt = f.Get<ast::ParenExpr>(rt).x;
              } else if (const auto* op = f.TryGet<ast::Operation>(rt);
                         op && op->op == ast::Operator::kMul && !op->y.Valid()) {
                ptr = true;
                rt = op->x;
              } else {
                break;
              }
            }
            if (rt.Valid() && f.Kind(rt) == ast::ExprKind::Name && name != "_") {
              methods.push_back({obj, ptr, rt});
            }
            RecordDef(fd.name, obj);
          }
          auto d = std::make_shared<DeclInfo>();
          d->file_scope = file_scope;
          d->file = fi;
          d->fdecl = did;
          order_[obj.Index()] = static_cast<uint32_t>(obj_map_.size() + 1);
          obj_map_[obj.Index()] = std::move(d);
          obj_list_.push_back(obj);
          break;
        }
        case ast::DeclKind::kEnd:
          break;
      }
    }
  }
  // Objects in file scopes must not clash with package-scope objects.
  for (uint32_t fi = 0; fi < file_scopes_.size(); ++fi) {
    env_.file = fi;
    for (ObjectId o : file_scopes_[fi]->order) {
      llvm::StringRef name = prog_.Obj(o).name;
      auto it = pkg_scope_->elems.find(name);
      if (it == pkg_scope_->elems.end()) continue;
      ObjectId alt = it->second;
      std::vector<std::pair<Pos, std::string>> parts;
      if (prog_.Obj(o).kind == ObjectKind::kPkgName) {
        PackageId imp = prog_.Obj(o).imported;
        const auto& info = ts_.Package(imp);
        parts.push_back(
            {prog_.Obj(alt).pos, name.str() + " already declared through import of package " +
                                     info.name.str() + " (\"" + info.path.str() + "\")"});
        if (prog_.Obj(o).pos.Known()) {
          parts.push_back({prog_.Obj(o).pos, "other declaration of " + name.str()});
        }
      } else {
        parts.push_back(
            {prog_.Obj(alt).pos, name.str() + " already declared through dot-import of package " +
                                     ts_.Package(prog_.Obj(o).pkg).name.str() + " (\"" +
                                     ts_.Package(prog_.Obj(o).pkg).path.str() + "\")"});
      }
      ErrorMulti(parts);
    }
  }
  // Associate methods with their receiver base type names.
  for (const MethodInfo& m : methods) {
    env_.file = obj_map_[m.obj.Index()]->file;
    bool ptr = false;
    ObjectId base;
    if (ResolveBaseTypeName(m.ptr, m.recv, &ptr, &base)) {
      Obj(m.obj).ptr_recv = ptr;
      methods_[base.Index()].push_back(m.obj);
    }
  }
  env_.file = 0;
  env_.scope = pkg_scope_;
}

bool Checker::ResolveBaseTypeName(bool seen_ptr, ast::ExprId typ, bool* ptr, ObjectId* base) {
  *ptr = seen_ptr;
  std::vector<ObjectId> seen;
  while (true) {
    const ast::File& f = F();
    typ = Unparen(f, typ);
    if (const auto* op = f.TryGet<ast::Operation>(typ);
        op && op->op == ast::Operator::kMul && !op->y.Valid()) {
      if (*ptr) return false;
      *ptr = true;
      typ = Unparen(f, op->x);
    }
    const auto* name = f.TryGet<ast::Name>(typ);
    if (!name) return false;
    auto it = pkg_scope_->elems.find(name->value);
    if (it == pkg_scope_->elems.end()) return false;
    ObjectId obj = it->second;
    if (prog_.Obj(obj).kind != ObjectKind::kTypeName) return false;
    if (std::find(seen.begin(), seen.end(), obj) != seen.end()) return false;
    DeclInfo* d = obj_map_[obj.Index()].get();
    const auto& td = files_[d->file]->Get<ast::TypeDecl>(d->tdecl);
    if (!td.alias) {
      *base = obj;
      return true;
    }
    typ = td.type;
    env_.file = d->file;
    seen.push_back(obj);
  }
}

void Checker::PackageObjects() {
  std::vector<ObjectId> list = obj_list_;
  std::vector<ObjectId> aliases, others;
  for (ObjectId o : list) {
    const Object& obj = prog_.Obj(o);
    if (obj.kind == ObjectKind::kTypeName) {
      DeclInfo* d = obj_map_[o.Index()].get();
      if (files_[d->file]->Get<ast::TypeDecl>(d->tdecl).alias) {
        aliases.push_back(o);
      } else {
        ObjDecl(o, TypeId());
      }
    } else {
      others.push_back(o);
    }
  }
  for (ObjectId o : aliases) ObjDecl(o, TypeId());
  for (ObjectId o : others) ObjDecl(o, TypeId());
  methods_.clear();
}

void Checker::UnusedImports() {
  for (ObjectId o : imports_) {
    const Object& obj = prog_.Obj(o);
    if (obj.used || obj.name == "_") continue;
    llvm::StringRef path = ts_.Package(obj.imported).path;
    llvm::StringRef elem = path;
    if (size_t slash = elem.rfind('/'); slash != llvm::StringRef::npos)
      elem = elem.substr(slash + 1);
    std::string quoted = GoQuote(path);
    if (obj.name.empty() || obj.name == "." || obj.name == elem) {
      Error(obj.pos, "imported and not used: " + quoted, true);
    } else {
      Error(obj.pos, "imported and not used: " + quoted + " as " + obj.name.str(), true);
    }
  }
}

}  // namespace goescape::check
