// emit.cpp: the --emit=types dump (see emit.h). Iterates in declaration
// order (objects) and function-id order (bodies), never in hash order.
#include "frontend/check/emit.h"

#include "llvm/Support/raw_ostream.h"

namespace goescape::check {

namespace {

const char* FormName(const Object& o) {
  switch (o.role) {
    case VarRole::kPackage:
      return "var";
    case VarRole::kParam:
      return "param";
    case VarRole::kResult:
      return "result";
    case VarRole::kRecv:
      return "recv";
    case VarRole::kLocal:
      break;
  }
  switch (o.form) {
    case VarForm::kNone:
      return "local";
    case VarForm::kVarNoInit:
      return "var";
    case VarForm::kVarInit:
      return "var=";
    case VarForm::kDefine:
      return ":=";
    case VarForm::kRange:
      return "range";
    case VarForm::kTypeSwitch:
      return "typeswitch";
  }
  return "?";
}

}  // namespace

void EmitTypes(const Program& prog, const Package& pkg, const std::function<std::string(Pos)>& pos,
               llvm::raw_ostream& os) {
  const types::TypeStore& ts = prog.Types();
  PackageId from = pkg.Id();
  auto type_str = [&](TypeId t) { return prog.TypeString(t, types::TypeStyle::kTypes2, from); };
  os << "package " << pkg.Name() << "\n";
  for (ObjectId id : pkg.Decls()) {
    const Object& o = prog.Obj(id);
    if (o.kind == ObjectKind::kFunc && o.is_method) continue;  // listed with their type
    os << prog.ObjectString(id, from);
    if (o.kind == ObjectKind::kConst && o.value != kNone)
      os << " = " << prog.Value(o.value).String();
    os << " @" << pos(o.pos) << "\n";
    if (o.kind == ObjectKind::kTypeName && o.type.Valid() &&
        ts.Kind(o.type) == types::TypeKind::kNamed && ts.Named(o.type).obj == id) {
      for (ObjectId m : ts.Named(o.type).methods) {
        const Object& mo = prog.Obj(m);
        os << "  method (" << type_str(mo.recv.Valid() ? prog.Obj(mo.recv).type : o.type) << ") "
           << prog.FuncString(m, from) << " @" << pos(mo.pos) << "\n";
      }
      for (bool ptr : {false, true}) {
        TypeId t = ptr ? const_cast<types::TypeStore&>(ts).NewPointer(o.type) : o.type;
        if (ptr && ts.IsInterface(o.type)) continue;
        os << "  methodset " << type_str(t) << ":";
        for (ObjectId m : MethodSet(prog, t, from)) os << " " << prog.Obj(m).name;
        os << "\n";
      }
    }
  }
  os << "init order:";
  for (const Initializer& init : pkg.InitOrder()) {
    os << " ";
    for (size_t i = 0; i < init.lhs.size(); ++i) {
      if (i > 0) os << ",";
      os << prog.Obj(init.lhs[i]).name;
    }
  }
  os << "\n";
  for (const FuncInfo& fi : pkg.Funcs()) {
    os << (fi.lit.Valid() ? "closure " : "func ") << fi.name << " " << type_str(fi.sig);
    if (fi.obj.Valid()) os << " @" << pos(prog.Obj(fi.obj).pos);
    os << "\n";
    if (!fi.captures.empty()) {
      os << "  captures";
      for (ObjectId c : fi.captures) os << " " << prog.Obj(c).name;
      os << "\n";
    }
    for (ObjectId l : fi.locals) {
      const Object& o = prog.Obj(l);
      os << "  " << FormName(o) << " " << (o.name.empty() ? "_" : o.name) << " "
         << (o.type.Valid() ? type_str(o.type) : "?");
      if (o.pos.Known()) os << " @" << pos(o.pos);
      if (o.captured) os << " captured";
      os << "\n";
    }
  }
}

void EmitObjects(const Program& prog, const Package& pkg, llvm::raw_ostream& os) {
  const types::TypeStore& ts = prog.Types();
  struct Line {
    Pos pos;
    std::string text;
  };
  std::vector<Line> lines;
  for (size_t i = 0; i < prog.NumObjects(); ++i) {
    const Object& o = prog.Obj(ObjectId(static_cast<uint32_t>(i)));
    if (o.pkg != pkg.Id() || !o.pos.Known()) continue;
    std::string kind, rest;
    auto type_str = [&](TypeId t) {
      return t.Valid() ? prog.TypeString(t, types::TypeStyle::kTypes2, pkg.Id()) : std::string("?");
    };
    switch (o.kind) {
      case ObjectKind::kConst:
        kind = "const";
        rest = type_str(o.type) + " = " +
               (o.value == kNone ? std::string("unknown") : prog.Value(o.value).String());
        break;
      case ObjectKind::kVar:
        kind = "var";
        rest = type_str(o.type);
        break;
      case ObjectKind::kTypeName:
        kind = "type";
        rest = type_str(o.type.Valid() ? ts.Underlying(o.type) : o.type);
        break;
      case ObjectKind::kFunc:
        kind = "func";
        rest = type_str(o.type);
        break;
      case ObjectKind::kLabel:
        kind = "label";
        rest = "-";
        break;
      case ObjectKind::kPkgName:
      case ObjectKind::kBuiltin:
      case ObjectKind::kNil:
        continue;
    }
    std::string name = o.name.empty() ? "_" : o.name.str();
    lines.push_back({o.pos, kind + " " + name + " " + rest});
  }
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    if (a.pos != b.pos) return a.pos < b.pos;
    return a.text < b.text;
  });
  for (const Line& l : lines) {
    os << l.pos.line << ":" << l.pos.col << " " << l.text << "\n";
  }
}

}  // namespace goescape::check
