// program.cpp: the Program (universe scope, package unsafe, object and
// constant stores, object printing) and Package accessors, and the
// CheckPackage entry point.
#include <algorithm>

#include "frontend/check/checker.h"

namespace goescape::check {

using types::BasicKind;
using types::TypeStyle;

llvm::StringRef BuiltinName(BuiltinId id) {
  switch (id) {
#define GOESCAPE_BUILTIN(Id, Name, N, V, K) \
  case BuiltinId::k##Id:                    \
    return Name;
#include "frontend/check/builtins.def"
    case BuiltinId::kNumBuiltins:
      break;
  }
  return "?";
}

llvm::StringRef ModeName(Mode m) {
  switch (m) {
    case Mode::kInvalid:
      return "invalid operand";
    case Mode::kNoValue:
      return "no value";
    case Mode::kBuiltin:
      return "built-in";
    case Mode::kTypeExpr:
      return "type";
    case Mode::kConstant:
      return "constant";
    case Mode::kVariable:
      return "variable";
    case Mode::kMapIndex:
      return "map index expression";
    case Mode::kValue:
      return "value";
    case Mode::kNil:
      return "nil";
    case Mode::kCommaOk:
      return "comma, ok expression";
  }
  return "?";
}

Importer::~Importer() = default;

Program::Program(ast::Context& ctx) : ctx_(ctx), layout_(types_) { InitUniverse(); }

Program::~Program() = default;

ObjectId Program::NewObject(Object obj) {
  objects_.push_back(std::move(obj));
  return ObjectId(static_cast<uint32_t>(objects_.size() - 1));
}

uint32_t Program::AddValue(types::ConstValue v) {
  values_.push_back(std::move(v));
  return static_cast<uint32_t>(values_.size() - 1);
}

ObjectId Program::Universe(llvm::StringRef name) const {
  auto it = universe_.find(name);
  return it == universe_.end() ? ObjectId() : it->second;
}

void Program::InitUniverse() {
  auto def = [&](Object o) {
    o.name = ctx_.Intern(o.name);
    ObjectId id = NewObject(std::move(o));
    universe_[objects_[id.Index()].name] = id;
    return id;
  };
  // package unsafe
  unsafe_ = std::make_unique<Package>();
  unsafe_->path_ = "unsafe";
  unsafe_->name_ = "unsafe";
  unsafe_->id_ = types_.AddPackage("unsafe", "unsafe");
  RegisterPackage(unsafe_.get());
  auto def_unsafe = [&](Object o) {
    o.name = ctx_.Intern(o.name);
    o.pkg = unsafe_->id_;
    ObjectId id = NewObject(std::move(o));
    unsafe_->scope_[objects_[id.Index()].name] = id;
    unsafe_->decls_.push_back(id);
  };
  for (unsigned k = 1; k < static_cast<unsigned>(BasicKind::kUntypedBool); ++k) {
    Object o;
    o.kind = ObjectKind::kTypeName;
    o.name = types::BasicSpelling(BasicKind(k));
    o.type = types_.Basic(BasicKind(k));
    if (BasicKind(k) == BasicKind::kUnsafePointer) {
      def_unsafe(std::move(o));
    } else {
      def(std::move(o));
    }
  }
  for (BasicKind k : {BasicKind::kByte, BasicKind::kRune}) {
    Object o;
    o.kind = ObjectKind::kTypeName;
    o.name = types::BasicSpelling(k);
    o.type = types_.Basic(k);
    o.alias = true;
    def(std::move(o));
  }
  {
    Object o;
    o.kind = ObjectKind::kTypeName;
    o.name = "any";
    o.type = types_.Any();
    o.alias = true;
    def(std::move(o));
  }
  {
    // type error interface { Error() string }
    Object tn;
    tn.kind = ObjectKind::kTypeName;
    tn.name = "error";
    ObjectId tn_id = def(std::move(tn));
    TypeId named = types_.NewNamed("error", PackageId(), tn_id, false);
    objects_[tn_id.Index()].type = named;
    TypeId sig = types_.NewSignature(types_.EmptyTuple(),
                                     types_.NewTuple({types_.Basic(BasicKind::kString)}), false);
    Object m;
    m.kind = ObjectKind::kFunc;
    m.name = ctx_.Intern("Error");
    m.type = sig;
    m.is_method = true;
    m.iface_method = true;
    ObjectId m_id = NewObject(std::move(m));
    TypeId iface = types_.NewInterface({types::MethodInfo{"Error", PackageId(), sig, m_id}}, {});
    types_.SetRhs(named, iface);
  }
  {
    Object tn;
    tn.kind = ObjectKind::kTypeName;
    tn.name = "comparable";
    ObjectId tn_id = def(std::move(tn));
    TypeId named = types_.NewNamed("comparable", PackageId(), tn_id, false);
    objects_[tn_id.Index()].type = named;
    types_.SetRhs(named, types_.EmptyInterface());
  }
  auto def_const = [&](llvm::StringRef name, BasicKind k, types::ConstValue v) {
    Object o;
    o.kind = ObjectKind::kConst;
    o.name = name;
    o.type = types_.Basic(k);
    o.value = AddValue(std::move(v));
    def(std::move(o));
  };
  def_const("true", BasicKind::kUntypedBool, types::ConstValue::MakeBool(true));
  def_const("false", BasicKind::kUntypedBool, types::ConstValue::MakeBool(false));
  def_const("iota", BasicKind::kUntypedInt, types::ConstValue::MakeInt64(0));
  {
    Object o;
    o.kind = ObjectKind::kNil;
    o.name = "nil";
    o.type = types_.Basic(BasicKind::kUntypedNil);
    def(std::move(o));
  }
  for (unsigned b = 0; b < static_cast<unsigned>(BuiltinId::kNumBuiltins); ++b) {
    Object o;
    o.kind = ObjectKind::kBuiltin;
    o.name = BuiltinName(BuiltinId(b));
    o.builtin = BuiltinId(b);
    o.type = types_.Invalid();
    if (BuiltinId(b) >= BuiltinId::kAdd) {
      def_unsafe(std::move(o));
    } else {
      def(std::move(o));
    }
  }
}

const Package* Program::PackageById(PackageId id) const {
  if (!id.Valid() || id.Index() >= packages_.size()) return nullptr;
  return packages_[id.Index()];
}

void Program::RegisterPackage(const Package* pkg) {
  if (packages_.size() <= pkg->id_.Index()) packages_.resize(pkg->id_.Index() + 1, nullptr);
  packages_[pkg->id_.Index()] = pkg;
}

std::string Program::TypeString(TypeId t, TypeStyle style, PackageId from) const {
  types::Qualifier qf = [this, from](PackageId p) -> std::string {
    if (p == from) return "";
    return types_.Package(p).name.str();
  };
  return types::TypeString(types_, t, style, qf);
}

std::string Program::FuncString(ObjectId func, PackageId from) const {
  const Object& f = Obj(func);
  std::vector<llvm::StringRef> pnames, rnames;
  for (ObjectId p : f.params) pnames.push_back(Obj(p).name);
  for (ObjectId r : f.results) rnames.push_back(Obj(r).name);
  types::Qualifier qf = [this, from](PackageId p) -> std::string {
    if (p == from) return "";
    return types_.Package(p).name.str();
  };
  return f.name.str() +
         types::SignatureString(types_, f.type, TypeStyle::kTypes2, qf, pnames, rnames);
}

std::string Program::ObjectString(ObjectId id, PackageId from) const {
  const Object& o = Obj(id);
  std::string out;
  TypeId typ = o.type;
  auto qualify = [&]() {
    if (!o.pkg.Valid() || o.pkg == from || o.owner.Valid()) return;
    const Package* p = PackageById(o.pkg);
    if (p && p->Lookup(o.name) == id) {
      out += types_.Package(o.pkg).name;
      out += '.';
    }
  };
  switch (o.kind) {
    case ObjectKind::kPkgName: {
      out = "package " + o.name.str();
      llvm::StringRef path = types_.Package(o.imported).path;
      if (!path.empty() && path != o.name) out += " (\"" + path.str() + "\")";
      return out;
    }
    case ObjectKind::kConst:
      out = "const ";
      break;
    case ObjectKind::kTypeName:
      out = "type ";
      break;
    case ObjectKind::kVar:
      out = "var ";
      break;
    case ObjectKind::kFunc: {
      out = "func ";
      if (o.is_method && o.recv.Valid()) {
        out += "(" + TypeString(Obj(o.recv).type, TypeStyle::kTypes2, from) + ").";
      } else {
        qualify();
      }
      return out + FuncString(id, from);
    }
    case ObjectKind::kLabel:
      return "label " + o.name.str();
    case ObjectKind::kBuiltin:
      return "builtin " + o.name.str();
    case ObjectKind::kNil:
      return "nil";
  }
  qualify();
  out += o.name;
  if (!typ.Valid()) return out;
  if (o.kind == ObjectKind::kTypeName) {
    if (types_.Kind(typ) == types::TypeKind::kBasic) return out;
    if (o.alias) {
      out += " =";
    } else {
      typ = types_.Underlying(typ);
    }
  }
  out += ' ';
  out += TypeString(typ, TypeStyle::kTypes2, from);
  return out;
}

// ------------------------------------------------------------------ Package

const FileTables* Package::TablesFor(uint32_t file_index) const {
  for (const FileTables& t : files_) {
    if (t.file->FileIndex() == file_index) return &t;
  }
  return nullptr;
}

const ExprInfo& Package::Expr(const ast::File& f, ast::ExprId e) const {
  return TablesFor(f.FileIndex())->exprs[e.Index()];
}

const StmtInfo& Package::Stmt(const ast::File& f, ast::StmtId s) const {
  return TablesFor(f.FileIndex())->stmts[s.Index()];
}

ObjectId Package::Lookup(llvm::StringRef name) const {
  auto it = scope_.find(name);
  return it == scope_.end() ? ObjectId() : it->second;
}

llvm::ArrayRef<Conversion> Package::TupleConversions(uint32_t file_index, ast::ExprId e) const {
  auto it = tuple_convs_.find({file_index, e.Index()});
  if (it == tuple_convs_.end()) return {};
  return it->second;
}

// ------------------------------------------------------------ CheckPackage

std::unique_ptr<Package> CheckPackage(Program& prog, llvm::ArrayRef<const ast::File*> files,
                                      DiagSink& sink, const CheckOptions& opts) {
  auto pkg = std::make_unique<Package>();
  pkg->path_ = opts.path;
  if (!files.empty() && files[0]->package_name.Valid()) {
    pkg->name_ = files[0]->Get<ast::Name>(files[0]->package_name).value.str();
  }
  pkg->id_ = prog.Types().AddPackage(pkg->path_, pkg->name_);
  prog.RegisterPackage(pkg.get());
  Checker checker(prog, *pkg, files, sink, opts);
  checker.Run();
  return pkg;
}

}  // namespace goescape::check
