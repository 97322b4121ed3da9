// closures.cpp: post-passes over function bodies in source order, after
// type checking: gc's function names and closure variables.
//
// Names (gc's ir.FuncName and closure naming): f, T.M, (*T).M, init.N for
// the N-th init function; literals directly inside a declared function are
// F.func1, F.func2, ... in source order, nested ones F.func1.1, and
// literals in package-level initializers glob..func1, glob..func2, ...
//
// Captures emulate gc's ir.CaptureName/FinishCaptureNames as noder builds
// IR in source order: a reference inside function fn to a local variable
// declared in another function adds it to fn's closure variables (once, in
// order of first reference); when a literal is finished, each of its
// closure variables not declared in the enclosing function is captured by
// the enclosing function too, at that point.
#include <algorithm>

#include "frontend/check/checker.h"
#include "frontend/check/walk.h"

namespace goescape::check {

namespace {

/// SourceOrderPass walks one root (a function body or a package-level
/// initializer) and numbers literals and collects captures.
class SourceOrderPass : public AstVisitor {
 public:
  SourceOrderPass(Checker& c, const ast::File& f, const FileTables& t, int* glob_counter)
      : c_(c), f_(f), t_(t), glob_counter_(glob_counter) {}

  void Root(FuncId fn) { stack_.push_back(fn); }

  bool VisitExpr(ast::ExprId e) override {
    const ExprInfo& info = t_.exprs[e.Index()];
    switch (f_.Kind(e)) {
      case ast::ExprKind::FuncLit: {
        if (info.detail == kNone) return true;  // not checked (error)
        FuncId fn(info.detail);
        FuncId outer = stack_.empty() ? FuncId() : stack_.back();
        std::vector<FuncInfo>& funcs = c_.Funcs();
        FuncInfo& fi = funcs[fn.Index()];
        if (!outer.Valid()) {
          fi.name = "glob..func" + std::to_string(++*glob_counter_);
        } else {
          FuncInfo& of = funcs[outer.Index()];
          int n = ++counters_[outer.Index()];
          fi.name = of.name + (of.lit.Valid() ? "." : ".func") + std::to_string(n);
          of.literals.push_back(fn);
        }
        stack_.push_back(fn);
        WalkExpr(f_, f_.Get<ast::FuncLit>(e).type, *this);
        WalkStmt(f_, f_.Get<ast::FuncLit>(e).body, *this);
        stack_.pop_back();
        if (outer.Valid()) {
          std::vector<ObjectId> inner = c_.Funcs()[fn.Index()].captures;
          for (ObjectId v : inner) Capture(outer, v);
        }
        return false;
      }
      case ast::ExprKind::Name: {
        if (info.obj.Valid() && !(info.flags & kExprDef) && !stack_.empty()) {
          const Object& o = c_.prog_.Obj(info.obj);
          if (o.kind == ObjectKind::kVar && o.owner.Valid()) Capture(stack_.back(), info.obj);
        }
        return true;
      }
      default:
        return true;
    }
  }

 private:
  void Capture(FuncId fn, ObjectId v) {
    if (!fn.Valid() || c_.prog_.Obj(v).owner == fn) return;
    std::vector<ObjectId>& caps = c_.Funcs()[fn.Index()].captures;
    if (std::find(caps.begin(), caps.end(), v) != caps.end()) return;
    caps.push_back(v);
    c_.Obj(v).captured = true;
  }

  Checker& c_;
  const ast::File& f_;
  const FileTables& t_;
  int* glob_counter_;
  std::vector<FuncId> stack_;
  llvm::DenseMap<uint32_t, int> counters_;
};

}  // namespace

void Checker::NameFunctions() {
  // Declared functions first; init functions are init.0, init.1, ...
  int inits = 0;
  for (FuncInfo& fi : pkg_.funcs_) {
    if (!fi.decl.Valid()) continue;
    const Object& o = prog_.Obj(fi.obj);
    if (o.is_method && o.recv.Valid()) {
      TypeId rt = prog_.Obj(o.recv).type;
      bool ptr = false;
      if (const auto* p = ts_.TryGet<types::PointerType>(rt)) {
        rt = p->elem;
        ptr = true;
      }
      std::string base = ts_.Kind(rt) == types::TypeKind::kNamed ? ts_.Named(rt).name.str() : "?";
      fi.name = ptr ? "(*" + base + ")." + o.name.str() : base + "." + o.name.str();
    } else if (o.name == "init") {
      fi.name = "init." + std::to_string(inits++);
    } else {
      fi.name = o.name.str();
    }
  }
}

void Checker::ComputeCaptures() {
  NameFunctions();
  for (FuncInfo& fi : pkg_.funcs_) fi.literals.clear();
  int glob = 0;
  for (uint32_t i = 0; i < files_.size(); ++i) {
    env_.file = i;
    const ast::File& f = *files_[i];
    const FileTables& t = pkg_.files_[i];
    for (ast::DeclId d : f.decls) {
      SourceOrderPass pass(*this, f, t, &glob);
      if (const auto* fd = f.TryGet<ast::FuncDecl>(d)) {
        if (!fd->body.Valid()) continue;
        ObjectId obj = t.exprs[fd->name.Index()].obj;
        if (!obj.Valid() || !prog_.Obj(obj).func.Valid()) continue;
        pass.Root(prog_.Obj(obj).func);
        WalkStmt(f, fd->body, pass);
      } else if (f.Kind(d) == ast::DeclKind::VarDecl) {
        WalkDecl(f, d, pass);
      }
    }
  }
  env_.file = 0;
}

}  // namespace goescape::check
