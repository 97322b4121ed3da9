// explain_source.cpp: SourceModel (see explain_source.h). One source-order
// walk per file (frontend/check's AstVisitor) with a stack of open
// functions, each carrying its loop depth and its closure counter; plus a
// small integer constant evaluator for "too large for stack" sizes.
#include "tools/goescape/explain_source.h"

#include <algorithm>
#include <functional>

#include "frontend/ast/ast.h"
#include "frontend/ast/printer.h"
#include "frontend/check/walk.h"
#include "frontend/diag/diagnostic.h"
#include "frontend/parse/parse.h"

namespace goescape::explain {

namespace {

/// Within reports whether pos lies in [begin, end] of the same file.
bool Within(Pos pos, Pos begin, Pos end) {
  return pos.Known() && pos.file == begin.file && !(pos < begin) && !(end < pos);
}

/// Unparen strips parentheses around an expression.
ast::ExprId Unparen(const ast::File& f, ast::ExprId e) {
  while (const auto* p = f.TryGet<ast::ParenExpr>(e)) e = p->x;
  return e;
}

}  // namespace

/// ModelBuilder walks one file and adds what it finds to a SourceModel.
class ModelBuilder : public check::AstVisitor {
 public:
  ModelBuilder(SourceModel& m, const ast::File& f) : m_(m), f_(f) {}

  void Run() {
    // Package-level names first, so that bodies can be classified later.
    for (ast::DeclId d : f_.decls) {
      if (const auto* v = f_.TryGet<ast::VarDecl>(d)) {
        for (ast::ExprId n : f_.Exprs(v->names)) m_.globals_.insert(NameOf(n));
      } else if (const auto* t = f_.TryGet<ast::TypeDecl>(d)) {
        m_.types_.insert(NameOf(t->name));
        if (t->type.Valid()) m_.type_defs_[NameOf(t->name)] = ast::NodeString(f_, t->type);
        if (f_.TryGet<ast::InterfaceType>(Unparen(f_, t->type))) {
          m_.iface_types_.insert(NameOf(t->name));
        }
      } else if (const auto* i = f_.TryGet<ast::ImportDecl>(d)) {
        m_.imports_.insert(ImportName(*i));
      } else if (const auto* fd = f_.TryGet<ast::FuncDecl>(d)) {
        if (!fd->recv.Valid()) m_.func_names_.insert(NameOf(fd->name));
      }
    }
    for (ast::DeclId d : f_.decls) {
      if (const auto* fd = f_.TryGet<ast::FuncDecl>(d)) {
        FuncInfo info;
        info.name = DeclName(*fd);
        info.kind = FuncKind::kDecl;
        info.pos = f_.PosOf(d);  // gc: the token after "func"
        info.begin = f_.PosOf(d);
        info.has_body = fd->body.Valid();
        info.noescape = (fd->pragmas & ast::kPragmaNoescape) != 0;
        // Without a body, the extent is the signature: up to the last
        // parameter or result.
        info.end = info.has_body ? f_.Get<ast::BlockStmt>(fd->body).rbrace : info.pos;
        if (!info.has_body) {
          if (const auto* ft = f_.TryGet<ast::FuncType>(fd->type)) {
            for (IdRange r : {ft->params, ft->results}) {
              for (ast::FieldId id : f_.Fields(r)) {
                const ast::Field& fld = f_.GetField(id);
                Pos p = fld.type.Valid() ? f_.PosOf(fld.type) : fld.pos;
                if (info.end < p) info.end = p;
              }
            }
          }
        }
        int id = Push(std::move(info));
        if (fd->recv.Valid()) AddParam(id, fd->recv, VarRole::kParam, 0);
        AddSignature(id, fd->type);
        check::WalkExpr(f_, fd->type, *this);
        if (fd->body.Valid()) check::WalkStmt(f_, fd->body, *this);
        frames_.pop_back();
      } else {
        // Package-level initializers: their function literals are glob..funcN.
        check::WalkDecl(f_, d, *this);
      }
    }
  }

  bool VisitExpr(ast::ExprId e) override {
    if (const auto* st = f_.TryGet<ast::StructType>(e)) {
      for (ast::FieldId id : f_.Fields(st->fields)) {
        const ast::Field& fld = f_.GetField(id);
        if (fld.name.Valid()) {
          m_.fields_.insert(NameOf(fld.name));
        } else if (fld.type.Valid()) {
          m_.fields_.insert(EmbeddedName(fld.type));
        }
      }
    } else if (const auto* op = f_.TryGet<ast::Operation>(e)) {
      if (op->op == ast::Operator::kAdd && op->y.Valid()) {
        m_.pluses_.push_back({f_.PosOf(e), PlusKind(e)});
      }
    } else if (const auto* lit = f_.TryGet<ast::FuncLit>(e)) {
      FuncInfo info;
      info.kind = FuncKind::kClosure;
      info.pos = f_.PosOf(e);
      info.begin = info.pos;
      info.end = f_.Get<ast::BlockStmt>(lit->body).rbrace;
      if (frames_.empty()) {
        info.name = "glob..func" + std::to_string(++m_.glob_closures_);
      } else {
        Frame& outer = frames_.back();
        const FuncInfo& of = m_.funcs_[outer.func];
        info.name = of.name + (of.kind == FuncKind::kClosure ? "." : ".func") +
                    std::to_string(++outer.closures);
        info.parent = outer.func;
      }
      int id = Push(std::move(info));
      AddSignature(id, lit->type);
      // Walk the body here, so that the frame covers exactly the body.
      check::WalkStmt(f_, lit->body, *this);
      frames_.pop_back();
      return false;
    }
    return true;
  }

  bool VisitStmt(ast::StmtId s) override {
    if (frames_.empty()) return true;
    Frame& fr = frames_.back();
    if (!fr.loop_bodies.empty() && fr.loop_bodies.back() == s) ++fr.depth;
    // Statement lists end at a block's "}" (or a switch/select's, for the
    // clauses' lists): a looping label deepens the loop level until there.
    if (const auto* b = f_.TryGet<ast::BlockStmt>(s)) list_ends_.push_back({s, b->rbrace});
    if (const auto* sw = f_.TryGet<ast::SwitchStmt>(s)) list_ends_.push_back({s, sw->rbrace});
    if (const auto* se = f_.TryGet<ast::SelectStmt>(s)) list_ends_.push_back({s, se->rbrace});
    if (const auto* ls = f_.TryGet<ast::LabeledStmt>(s)) {
      LoopInfo l;
      l.func = fr.func;
      l.keyword = f_.PosOf(ls->label);
      l.body_begin = l.keyword;
      l.body_end = list_ends_.empty() ? l.keyword : list_ends_.back().second;
      l.label = NameOf(ls->label);
      m_.label_candidates_.push_back(std::move(l));
    }
    if (const auto* br = f_.TryGet<ast::BranchStmt>(s)) {
      if (br->kind == ast::BranchKind::kGoto && br->label.Valid()) {
        m_.gotos_.push_back({NameOf(br->label), f_.PosOf(s)});
      }
    }
    if (const auto* as = f_.TryGet<ast::AssignStmt>(s)) {
      if (as->op == ast::Operator::kDef) {
        auto lhs = f_.ListElems(as->lhs);
        auto rhs = f_.ListElems(as->rhs);
        for (size_t i = 0; i < lhs.size(); ++i) {
          AddLocal(lhs[i], i < rhs.size() && lhs.size() == rhs.size() ? LitType(rhs[i]) : "");
        }
      }
    } else if (const auto* ds = f_.TryGet<ast::DeclStmt>(s)) {
      for (ast::DeclId d : f_.Decls(ds->decls)) {
        const auto* v = f_.TryGet<ast::VarDecl>(d);
        if (!v) continue;
        auto values = f_.ListElems(v->values);
        auto names = f_.Exprs(v->names);
        for (size_t i = 0; i < names.size(); ++i) {
          std::string type;
          if (v->type.Valid()) {
            type = ast::NodeString(f_, v->type);
          } else if (i < values.size() && names.size() == values.size()) {
            type = LitType(values[i]);
          }
          AddLocal(names[i], type);
        }
      }
    } else if (const auto* rc = f_.TryGet<ast::RangeClause>(s)) {
      if (rc->def) {
        for (ast::ExprId n : f_.ListElems(rc->lhs)) AddLocal(n, "");
      }
    } else if (const auto* sw = f_.TryGet<ast::SwitchStmt>(s)) {
      if (const auto* g = f_.TryGet<ast::TypeSwitchGuard>(sw->tag)) {
        if (g->lhs.Valid()) AddLocal(g->lhs, "");
      }
    } else if (const auto* fs = f_.TryGet<ast::ForStmt>(s)) {
      LoopInfo loop;
      loop.func = fr.func;
      loop.keyword = f_.PosOf(s);
      if (fs->body.Valid()) {
        loop.body_begin = f_.PosOf(fs->body);
        loop.body_end = f_.Get<ast::BlockStmt>(fs->body).rbrace;
      }
      loop.is_range = f_.TryGet<ast::RangeClause>(fs->init) != nullptr;
      m_.loops_.push_back(loop);
      fr.loop_bodies.push_back(fs->body);
    } else if (const auto* cs = f_.TryGet<ast::CallStmt>(s)) {
      GoDeferInfo g;
      g.func = fr.func;
      g.pos = f_.PosOf(s);
      g.is_go = cs->is_go;
      g.loop_depth = fr.depth;
      g.text = std::string(cs->is_go ? "go " : "defer ") + ast::NodeString(f_, cs->call);
      if (const auto* call = f_.TryGet<ast::CallExpr>(Unparen(f_, cs->call))) {
        g.call_pos = f_.PosOf(Unparen(f_, cs->call));
        ast::ExprId fun = Unparen(f_, call->fun);
        g.callee = ast::NodeString(f_, fun);
        if (f_.TryGet<ast::FuncLit>(fun)) {
          g.func_lit = f_.PosOf(fun);
          g.direct = call->args.Empty();
        }
        for (ast::ExprId a : f_.Exprs(call->args)) g.arg_pos.push_back(f_.PosOf(a));
      }
      m_.go_defers_.push_back(std::move(g));
    }
    return true;
  }

  void LeaveStmt(ast::StmtId s) override {
    if (!list_ends_.empty() && list_ends_.back().first == s) list_ends_.pop_back();
    if (frames_.empty()) return;
    Frame& fr = frames_.back();
    if (!fr.loop_bodies.empty() && fr.loop_bodies.back() == s) --fr.depth;
    if (f_.TryGet<ast::ForStmt>(s) && !fr.loop_bodies.empty()) fr.loop_bodies.pop_back();
  }

 private:
  /// Frame is one open function during the walk.
  struct Frame {
    int func = -1;
    int depth = 1;
    int closures = 0;
    std::vector<ast::StmtId> loop_bodies;
  };

  int Push(FuncInfo info) {
    int id = static_cast<int>(m_.funcs_.size());
    m_.funcs_.push_back(std::move(info));
    frames_.push_back(Frame{id, 1, 0, {}});
    return id;
  }

  std::string NameOf(ast::ExprId e) const {
    if (const auto* n = f_.TryGet<ast::Name>(e)) return n->value.str();
    return "";
  }

  std::string EmbeddedName(ast::ExprId type) const {
    ast::ExprId t = Unparen(f_, type);
    if (const auto* op = f_.TryGet<ast::Operation>(t)) t = Unparen(f_, op->x);
    if (const auto* sel = f_.TryGet<ast::SelectorExpr>(t)) t = sel->sel;
    return NameOf(t);
  }

  std::string ImportName(const ast::ImportDecl& i) {
    if (i.local_name.Valid()) return NameOf(i.local_name);
    const auto* lit = f_.TryGet<ast::BasicLit>(i.path);
    if (!lit) return "";
    llvm::StringRef p = lit->text;
    p = p.trim("\"`");
    size_t slash = p.rfind('/');
    if (slash != llvm::StringRef::npos) p = p.drop_front(slash + 1);
    return p.str();
  }

  std::string DeclName(const ast::FuncDecl& fd) const {
    std::string name = NameOf(fd.name);
    if (!fd.recv.Valid()) return name;
    ast::ExprId t = Unparen(f_, f_.GetField(fd.recv).type);
    if (const auto* op = f_.TryGet<ast::Operation>(t)) {
      if (op->op == ast::Operator::kMul && !op->y.Valid()) {
        return "(*" + NameOf(Unparen(f_, op->x)) + ")." + name;
      }
    }
    return NameOf(t) + "." + name;
  }

  /// PlusKind classifies a binary "+" by its operands: a string literal
  /// or a variable declared as string makes it 's', a number literal or
  /// a variable of a numeric basic type 'n'.
  char PlusKind(ast::ExprId e) const {
    e = Unparen(f_, e);
    if (const auto* op = f_.TryGet<ast::Operation>(e)) {
      if (op->op != ast::Operator::kAdd || !op->y.Valid()) return '?';
      char a = PlusKind(op->x);
      return a != '?' ? a : PlusKind(op->y);
    }
    if (const auto* lit = f_.TryGet<ast::BasicLit>(e)) {
      return lit->kind == ast::LitKind::kString ? 's' : 'n';
    }
    if (const auto* n = f_.TryGet<ast::Name>(e)) {
      for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
        const VarInfo* best = nullptr;
        for (const VarInfo& v : m_.vars_) {
          if (v.func == it->func && v.name == n->value && (!best || best->pos < v.pos)) best = &v;
        }
        if (!best) continue;
        if (best->type_text == "string") return 's';
        static const char* const kNumeric[] = {
            "int",     "int8",      "int16",      "int32",  "int64",   "uint",
            "uint8",   "uint16",    "uint32",     "uint64", "uintptr", "float32",
            "float64", "complex64", "complex128", "byte",   "rune"};
        for (const char* k : kNumeric) {
          if (best->type_text == k) return 'n';
        }
        return '?';
      }
    }
    return '?';
  }

  /// LitType is the type of a composite literal or basic literal
  /// initializer (default type for constants), else "".
  std::string LitType(ast::ExprId e) const {
    e = Unparen(f_, e);
    if (const auto* cl = f_.TryGet<ast::CompositeLit>(e)) {
      if (cl->type.Valid()) return ast::NodeString(f_, cl->type);
    }
    if (const auto* lit = f_.TryGet<ast::BasicLit>(e)) {
      switch (lit->kind) {
        case ast::LitKind::kString:
          return "string";
        case ast::LitKind::kInt:
          return "int";
        case ast::LitKind::kFloat:
          return "float64";
        case ast::LitKind::kImag:
          return "complex128";
        case ast::LitKind::kRune:
          return "rune";
      }
    }
    return "";
  }

  void AddSignature(int func, ast::ExprId type) {
    const auto* ft = f_.TryGet<ast::FuncType>(type);
    if (!ft) return;
    for (ast::FieldId id : f_.Fields(ft->params)) AddParam(func, id, VarRole::kParam, 0);
    int index = 0;
    for (ast::FieldId id : f_.Fields(ft->results)) AddParam(func, id, VarRole::kResult, index++);
  }

  void AddParam(int func, ast::FieldId id, VarRole role, int index) {
    const ast::Field& fld = f_.GetField(id);
    VarInfo v;
    v.func = func;
    v.role = role;
    v.loop_depth = 1;
    if (fld.type.Valid()) v.type_text = ast::NodeString(f_, fld.type);
    std::string name = fld.name.Valid() ? NameOf(fld.name) : "";
    if (role == VarRole::kResult && name.empty()) {
      name = "~r" + std::to_string(index);
    } else if (role == VarRole::kResult && name == "_") {
      name = "~b" + std::to_string(index);
    }
    // Unnamed parameters are no variables; blank ones are kept for
    // bodyless functions, whose "_" parameters gc reports.
    if (name.empty()) return;
    v.name = name;
    v.pos =
        fld.name.Valid() ? f_.PosOf(fld.name) : (fld.type.Valid() ? f_.PosOf(fld.type) : fld.pos);
    int vi = static_cast<int>(m_.vars_.size());
    m_.vars_.push_back(std::move(v));
    if (role == VarRole::kResult) {
      m_.funcs_[func].results.push_back(vi);
    } else {
      m_.funcs_[func].params.push_back(vi);
    }
  }

  void AddLocal(ast::ExprId name, std::string type) {
    if (frames_.empty()) return;
    std::string n = NameOf(name);
    if (n.empty() || n == "_") return;
    VarInfo v;
    v.name = std::move(n);
    v.pos = f_.PosOf(name);
    v.func = frames_.back().func;
    v.role = VarRole::kLocal;
    v.loop_depth = frames_.back().depth;
    v.type_text = std::move(type);
    m_.vars_.push_back(std::move(v));
  }

  SourceModel& m_;
  const ast::File& f_;
  std::vector<Frame> frames_;
  std::vector<std::pair<ast::StmtId, Pos>> list_ends_;  // open statement lists and their ends
};

SourceModel SourceModel::Build(const SourceSet& sources) {
  SourceModel m;
  ast::Context ctx;
  for (uint32_t i = 1; i <= sources.Size(); ++i) {
    if (!IsUserFile(sources.Get(i))) continue;
    CollectingSink sink;
    parse::ParseResult parsed = parse::ParseFile(sources.Get(i), ctx, sink);
    if (!parsed.file) continue;
    ModelBuilder(m, *parsed.file).Run();
  }
  // Files are walked in order and functions are numbered in pre-order,
  // so Funcs() is already sorted by (file, begin).
  // Indexes: variables by function and by position (the first declared
  // at a position wins, as a linear search would find).
  m.func_vars_.resize(m.funcs_.size());
  for (size_t i = 0; i < m.vars_.size(); ++i) {
    const VarInfo& v = m.vars_[i];
    if (v.func >= 0) m.func_vars_[v.func].push_back(static_cast<int>(i));
    m.var_at_.insert({{v.pos.file, v.pos.line, v.pos.col}, static_cast<int>(i)});
  }
  // A label loops if a goto to it follows it in the same function (gc's
  // escape.go: "looping" labels).
  for (const LoopInfo& l : m.label_candidates_) {
    for (const auto& [name, pos] : m.gotos_) {
      if (name == l.label && l.keyword < pos && m.FuncAt(pos) == l.func) {
        m.loops_.push_back(l);
        break;
      }
    }
  }
  return m;
}

bool IsUserFile(const SourceFile& file) {
  // The standard-library stubs are registered as "$goescape/stdlib/...".
  return !file.Path().startswith("$goescape/");
}

int SourceModel::FuncAt(Pos pos) const {
  // The last function beginning at or before pos; any function containing
  // pos is it or one of its ancestors (extents nest properly), and
  // top-level declarations are disjoint.
  auto it = std::upper_bound(funcs_.begin(), funcs_.end(), pos,
                             [](Pos p, const FuncInfo& f) { return p < f.begin; });
  int j = static_cast<int>(it - funcs_.begin()) - 1;
  while (j >= 0) {
    const FuncInfo& f = funcs_[j];
    if (Within(pos, f.begin, f.end) && !(f.kind == FuncKind::kClosure && pos == f.begin)) {
      return j;
    }
    j = f.parent;
  }
  return -1;
}

bool SourceModel::Encloses(int outer, int inner) const {
  for (int f = inner; f >= 0; f = funcs_[f].parent) {
    if (f == outer) return true;
  }
  return false;
}

const VarInfo* SourceModel::FindVar(llvm::StringRef name, int func, Pos pos) const {
  for (int f = func; f >= 0; f = funcs_[f].parent) {
    const VarInfo* best = nullptr;
    for (int vi : func_vars_[f]) {
      const VarInfo& v = vars_[vi];
      if (v.name != name) continue;
      // Parameters and results are visible everywhere in the body; locals
      // from their declaration on. Take the latest declaration before pos.
      if (v.role == VarRole::kLocal && pos.Known() && pos < v.pos) continue;
      if (!best || best->pos < v.pos) best = &v;
    }
    if (best) return best;
  }
  return nullptr;
}

const VarInfo* SourceModel::VarAt(Pos pos) const {
  auto it = var_at_.find({pos.file, pos.line, pos.col});
  return it == var_at_.end() ? nullptr : &vars_[it->second];
}

std::optional<int> SourceModel::ResultIndex(int func, llvm::StringRef name) const {
  if (func < 0) return std::nullopt;
  const std::vector<int>& rs = funcs_[func].results;
  for (size_t i = 0; i < rs.size(); ++i) {
    llvm::StringRef r = vars_[rs[i]].name;
    // Flow lines print a blank result as "_"; gc's verdicts call it ~bN.
    if (r == name || (name == "_" && r.startswith("~b"))) return static_cast<int>(i);
  }
  return std::nullopt;
}

bool SourceModel::HasPointers(llvm::StringRef type) const {
  // Depth-limited look through named types (guards against recursion).
  std::function<bool(llvm::StringRef, int)> has = [&](llvm::StringRef t, int depth) -> bool {
    t = t.trim();
    while (t.startswith("(") && t.endswith(")")) t = t.drop_front().drop_back().trim();
    if (depth > 8 || t.empty()) return true;
    static const char* const kPlain[] = {"bool",    "byte",      "rune",      "int",     "int8",
                                         "int16",   "int32",     "int64",     "uint",    "uint8",
                                         "uint16",  "uint32",    "uint64",    "uintptr", "float32",
                                         "float64", "complex64", "complex128"};
    for (const char* p : kPlain) {
      if (t == p) return false;
    }
    if (t.startswith("[") && !t.startswith("[]")) {
      size_t close = t.find(']');
      return close == llvm::StringRef::npos || has(t.drop_front(close + 1), depth + 1);
    }
    if (t.startswith("struct {") || t.startswith("struct{")) {
      llvm::StringRef body = t.drop_front(t.find('{') + 1);
      body.consume_back("}");
      body = body.trim();
      if (body.empty()) return false;
      llvm::SmallVector<llvm::StringRef, 8> fields;
      body.split(fields, ';');
      for (llvm::StringRef f : fields) {
        f = f.trim();
        if (f.empty()) continue;
        // "a, b int" / "a int" / embedded "T": the type follows the first
        // space that does not end a "name," of the name list.
        llvm::StringRef ft = f;
        for (size_t i = 1; i < f.size(); ++i) {
          if (f[i] == ' ' && f[i - 1] != ',') {
            ft = f.drop_front(i + 1);
            break;
          }
        }
        if (has(ft, depth + 1)) return true;
      }
      return false;
    }
    auto it = type_defs_.find(t);
    if (it != type_defs_.end()) return has(it->second, depth + 1);
    return true;
  };
  return has(type, 0);
}

int SourceModel::FuncLitAt(Pos pos) const {
  for (size_t i = 0; i < funcs_.size(); ++i) {
    if (funcs_[i].kind == FuncKind::kClosure && funcs_[i].begin == pos) return static_cast<int>(i);
  }
  return -1;
}

int SourceModel::InnermostLiteralContaining(Pos pos) const {
  for (int f = FuncAt(pos); f >= 0; f = funcs_[f].parent) {
    if (funcs_[f].kind == FuncKind::kClosure) return f;
  }
  return -1;
}

const LoopInfo* SourceModel::LoopContaining(int func, Pos pos) const {
  const LoopInfo* best = nullptr;
  for (const LoopInfo& l : loops_) {
    if (l.func != func || !Within(pos, l.body_begin, l.body_end)) continue;
    if (!best || best->body_begin < l.body_begin) best = &l;
  }
  return best;
}

int SourceModel::LoopDepth(int func, Pos pos) const {
  int depth = 1;
  for (const LoopInfo& l : loops_) {
    if (l.func == func && Within(pos, l.body_begin, l.body_end)) ++depth;
  }
  return depth;
}

char SourceModel::PlusKind(Pos pos) const {
  for (const auto& [p, kind] : pluses_) {
    if (p == pos) return kind;
  }
  return '?';
}

bool SourceModel::IsInterfaceTypeName(llvm::StringRef name) const {
  return name == "any" || name == "error" || iface_types_.count(name) != 0;
}

const GoDeferInfo* SourceModel::GoDeferAt(Pos pos) const {
  for (const GoDeferInfo& g : go_defers_) {
    if (g.pos == pos) return &g;
  }
  return nullptr;
}

const GoDeferInfo* SourceModel::GoDeferWithArgAt(Pos pos) const {
  for (const GoDeferInfo& g : go_defers_) {
    // An argument converted to an interface is positioned at the call's
    // "(" (gc's implicit-conversion position), like the callee's temporary.
    if (g.call_pos == pos) return &g;
    if (std::find(g.arg_pos.begin(), g.arg_pos.end(), pos) != g.arg_pos.end()) return &g;
  }
  return nullptr;
}

const GoDeferInfo* SourceModel::GoDeferOfCapture(Pos pos) const { return GoDeferWithArgAt(pos); }

const GoDeferInfo* SourceModel::GoDeferWithCallee(llvm::StringRef callee, int func) const {
  for (const GoDeferInfo& g : go_defers_) {
    if (g.callee != callee || (func >= 0 && g.func != func)) continue;
    if (g.is_go || g.loop_depth > 1) return &g;
  }
  return nullptr;
}

const GoDeferInfo* SourceModel::GoDeferCalling(Pos func_lit) const {
  for (const GoDeferInfo& g : go_defers_) {
    if (g.func_lit.Known() && g.func_lit == func_lit) return &g;
  }
  return nullptr;
}

bool SourceModel::IsTypeName(llvm::StringRef name) const {
  static const char* const kPredeclared[] = {
      "bool", "byte",  "complex64", "complex128", "error",  "float32", "float64",
      "int",  "int8",  "int16",     "int32",      "int64",  "rune",    "string",
      "uint", "uint8", "uint16",    "uint32",     "uint64", "uintptr", "any"};
  for (const char* p : kPredeclared) {
    if (name == p) return true;
  }
  return types_.count(name) != 0;
}

// ------------------------------------------------------------------ sizes

namespace {

/// IntParser is a recursive-descent evaluator for EvalIntExpr, with Go's
/// binary precedences (5: * / % << >> & &^, 4: + - | ^).
class IntParser {
 public:
  explicit IntParser(llvm::StringRef s) : s_(s) {}

  std::optional<__int128> Parse() {
    auto v = Binary(4);
    Skip();
    if (!v || i_ != s_.size()) return std::nullopt;
    return v;
  }

 private:
  static constexpr __int128 kLimit = static_cast<__int128>(1) << 100;

  void Skip() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }

  /// Op reads a binary operator of the given precedence, if next.
  std::string Op(int prec) {
    Skip();
    static const char* const kOps5[] = {"<<", ">>", "&^", "*", "/", "%", "&"};
    static const char* const kOps4[] = {"+", "-", "|", "^"};
    if (prec == 5) {
      for (const char* op : kOps5) {
        if (s_.substr(i_).startswith(op)) return op;
      }
    } else {
      for (const char* op : kOps4) {
        if (s_.substr(i_).startswith(op)) return op;
      }
    }
    return "";
  }

  std::optional<__int128> Binary(int prec) {
    auto lhs = prec == 5 ? Unary() : Binary(5);
    while (lhs) {
      std::string op = Op(prec);
      if (op.empty()) break;
      i_ += op.size();
      auto rhs = prec == 5 ? Unary() : Binary(5);
      if (!rhs) return std::nullopt;
      __int128 a = *lhs, b = *rhs;
      if (op == "+") {
        a += b;
      } else if (op == "-") {
        a -= b;
      } else if (op == "|") {
        a |= b;
      } else if (op == "^") {
        a ^= b;
      } else if (op == "*") {
        a *= b;
      } else if (op == "/" || op == "%") {
        if (b == 0) return std::nullopt;
        a = op == "/" ? a / b : a % b;
      } else if (op == "<<") {
        if (b < 0 || b > 100) return std::nullopt;
        a <<= static_cast<int>(b);
      } else if (op == ">>") {
        if (b < 0) return std::nullopt;
        a = b > 120 ? 0 : a >> static_cast<int>(b);
      } else if (op == "&") {
        a &= b;
      } else if (op == "&^") {
        a &= ~b;
      }
      if (a > kLimit || a < -kLimit) return std::nullopt;
      lhs = a;
    }
    return lhs;
  }

  std::optional<__int128> Unary() {
    Skip();
    if (i_ >= s_.size()) return std::nullopt;
    char c = s_[i_];
    if (c == '+' || c == '-' || c == '^') {
      ++i_;
      auto v = Unary();
      if (!v) return std::nullopt;
      return c == '+' ? *v : c == '-' ? -*v : ~*v;
    }
    if (c == '(') {
      ++i_;
      auto v = Binary(4);
      Skip();
      if (!v || i_ >= s_.size() || s_[i_] != ')') return std::nullopt;
      ++i_;
      return v;
    }
    if (c < '0' || c > '9') return std::nullopt;
    size_t start = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_')) {
      ++i_;
    }
    std::string lit;
    for (char ch : s_.slice(start, i_)) {
      if (ch != '_') lit += ch;
    }
    unsigned radix = 10;
    llvm::StringRef digits(lit);
    if (digits.startswith_insensitive("0x")) {
      radix = 16;
      digits = digits.drop_front(2);
    } else if (digits.startswith_insensitive("0b")) {
      radix = 2;
      digits = digits.drop_front(2);
    } else if (digits.startswith_insensitive("0o")) {
      radix = 8;
      digits = digits.drop_front(2);
    } else if (digits.size() > 1 && digits[0] == '0') {
      radix = 8;
      digits = digits.drop_front(1);
    }
    uint64_t v = 0;
    if (digits.empty() || digits.getAsInteger(radix, v)) return std::nullopt;
    return static_cast<__int128>(v);
  }

  llvm::StringRef s_;
  size_t i_ = 0;
};

}  // namespace

std::optional<uint64_t> EvalIntExpr(llvm::StringRef text) {
  auto v = IntParser(text.trim()).Parse();
  if (!v || *v < 0 || *v > static_cast<__int128>(UINT64_MAX)) return std::nullopt;
  return static_cast<uint64_t>(*v);
}

std::optional<uint64_t> EstimateTypeSize(llvm::StringRef type) {
  type = type.trim();
  while (type.startswith("(") && type.endswith(")")) type = type.drop_front().drop_back().trim();
  if (type.empty()) return std::nullopt;
  if (type.startswith("[")) {
    int depth = 0;
    size_t close = llvm::StringRef::npos;
    for (size_t i = 0; i < type.size(); ++i) {
      if (type[i] == '[') ++depth;
      if (type[i] == ']' && --depth == 0) {
        close = i;
        break;
      }
    }
    if (close == llvm::StringRef::npos) return std::nullopt;
    llvm::StringRef len = type.slice(1, close).trim();
    if (len.empty()) return 24;  // slice header
    auto n = EvalIntExpr(len);
    auto elem = EstimateTypeSize(type.drop_front(close + 1));
    if (!n || !elem) return std::nullopt;
    if (*elem != 0 && *n > UINT64_MAX / *elem) return std::nullopt;
    return *n * *elem;
  }
  if (type.startswith("*") || type.startswith("map[") || type.startswith("chan") ||
      type.startswith("<-chan") || type.startswith("func")) {
    return 8;
  }
  if (type.startswith("interface") || type == "any" || type == "error" || type == "string") {
    return 16;
  }
  if (type == "struct {}" || type == "struct{}") return 0;
  /// Basic is a predeclared type's size on amd64.
  struct Basic {
    const char* name;
    uint64_t size;
  };
  static const Basic kBasics[] = {
      {"bool", 1},    {"byte", 1},      {"int8", 1},        {"uint8", 1},         {"int16", 2},
      {"uint16", 2},  {"int32", 4},     {"uint32", 4},      {"rune", 4},          {"float32", 4},
      {"int", 8},     {"uint", 8},      {"int64", 8},       {"uint64", 8},        {"uintptr", 8},
      {"float64", 8}, {"complex64", 8}, {"complex128", 16}, {"unsafe.Pointer", 8}};
  for (const Basic& b : kBasics) {
    if (type == b.name) return b.size;
  }
  return std::nullopt;
}

}  // namespace goescape::explain
