// scope.cpp: scopes (types2's Scope): lookup through the parent chain to
// the universe, insertion with redeclaration errors, delayed actions, and
// the "declared but not used" check of a function body.
#include <algorithm>

#include "frontend/check/checker.h"

namespace goescape::check {

Scope* Checker::NewScope(Scope* parent, bool is_func) {
  scopes_.push_back(std::make_unique<Scope>());
  Scope* s = scopes_.back().get();
  s->parent = parent;
  s->is_func = is_func;
  if (parent) parent->children.push_back(s);
  return s;
}

ObjectId Checker::LookupParent(llvm::StringRef name, Scope** found) const {
  for (Scope* s = env_.scope; s; s = s->parent) {
    auto it = s->elems.find(name);
    if (it != s->elems.end()) {
      if (found) *found = s;
      return it->second;
    }
  }
  if (found) *found = nullptr;
  return prog_.Universe(name);
}

ObjectId Checker::Insert(Scope* scope, ObjectId obj) {
  llvm::StringRef name = prog_.Obj(obj).name;
  auto [it, inserted] = scope->elems.try_emplace(name, obj);
  if (!inserted) return it->second;
  scope->order.push_back(obj);
  return ObjectId();
}

void Checker::Declare(Scope* scope, ast::ExprId id, ObjectId obj) {
  if (prog_.Obj(obj).name != "_") {
    if (ObjectId alt = Insert(scope, obj)) {
      std::vector<std::pair<Pos, std::string>> parts;
      parts.push_back(
          {prog_.Obj(obj).pos, prog_.Obj(obj).name.str() + " redeclared in this block"});
      if (prog_.Obj(alt).pos.Known()) {
        parts.push_back({prog_.Obj(alt).pos, "other declaration of " + prog_.Obj(alt).name.str()});
      }
      ErrorMulti(parts);
      return;
    }
  }
  if (id.Valid()) RecordDef(id, obj);
}

void Checker::ProcessDelayed(size_t top) {
  for (size_t i = top; i < delayed_.size(); ++i) {
    std::function<void()> f = std::move(delayed_[i]);
    f();
  }
  delayed_.resize(top);
}

void Checker::Usage(Scope* scope) {
  std::vector<ObjectId> unused;
  for (ObjectId o : scope->order) {
    const Object& obj = prog_.Obj(o);
    if (obj.kind == ObjectKind::kVar && !obj.used) unused.push_back(o);
  }
  std::stable_sort(unused.begin(), unused.end(),
                   [this](ObjectId a, ObjectId b) { return prog_.Obj(a).pos < prog_.Obj(b).pos; });
  for (ObjectId o : unused) {
    Error(prog_.Obj(o).pos, prog_.Obj(o).name.str() + " declared but not used", true);
  }
  for (Scope* child : scope->children) {
    if (!child->is_func) Usage(child);
  }
}

}  // namespace goescape::check
