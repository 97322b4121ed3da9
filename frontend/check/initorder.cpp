// initorder.cpp: package initialization order (types2's initorder.go; spec
// "Package initialization").
//
// Algorithm: build the dependency graph of package-level constants,
// variables and functions (edges from an object to the objects its
// initializer or body refers to); eliminate function nodes by connecting
// their predecessors to their successors; then repeatedly take the node
// with the fewest outstanding dependencies, earliest in source order
// first, emitting variable initializers (n:1 declarations once). A node
// taken with dependencies left is on a cycle: "initialization loop".
#include <set>
#include <tuple>

#include "frontend/check/checker.h"

namespace goescape::check {

namespace {

struct Node {
  ObjectId obj;
  std::set<uint32_t> pred, succ;  // node indices
  int ndeps = 0;
  bool is_func = false;
  bool done = false;
};

}  // namespace

void Checker::InitOrder() {
  std::vector<Node> nodes;
  llvm::DenseMap<uint32_t, uint32_t> index;  // object -> node
  for (ObjectId o : obj_list_) {
    ObjectKind k = prog_.Obj(o).kind;
    if (k != ObjectKind::kConst && k != ObjectKind::kVar && k != ObjectKind::kFunc) continue;
    index[o.Index()] = static_cast<uint32_t>(nodes.size());
    Node n;
    n.obj = o;
    n.is_func = k == ObjectKind::kFunc;
    nodes.push_back(std::move(n));
  }
  for (uint32_t i = 0; i < nodes.size(); ++i) {
    for (ObjectId d : obj_map_[nodes[i].obj.Index()]->deps) {
      auto it = index.find(d.Index());
      if (it == index.end()) continue;
      nodes[i].succ.insert(it->second);
      nodes[it->second].pred.insert(i);
    }
  }
  // Eliminate functions, cheapest first (the result does not depend on the order).
  std::vector<uint32_t> funcs;
  for (uint32_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].is_func) funcs.push_back(i);
  }
  std::stable_sort(funcs.begin(), funcs.end(), [&](uint32_t a, uint32_t b) {
    return nodes[a].pred.size() * nodes[a].succ.size() <
           nodes[b].pred.size() * nodes[b].succ.size();
  });
  for (uint32_t n : funcs) {
    for (uint32_t p : nodes[n].pred) {
      if (p == n) continue;
      for (uint32_t s : nodes[n].succ) {
        if (s == n) continue;
        nodes[p].succ.insert(s);
        nodes[s].pred.insert(p);
      }
      nodes[p].succ.erase(n);
    }
    for (uint32_t s : nodes[n].succ) nodes[s].pred.erase(n);
  }
  // Priority queue ordered by (outstanding dependencies, source order).
  using Key = std::tuple<int, uint32_t, uint32_t>;  // ndeps, order, node
  std::set<Key> queue;
  auto key = [&](uint32_t i) { return Key{nodes[i].ndeps, order_[nodes[i].obj.Index()], i}; };
  for (uint32_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].is_func) continue;
    nodes[i].ndeps = static_cast<int>(nodes[i].succ.size());
    queue.insert(key(i));
  }
  auto find_path = [&](auto& self, ObjectId from, ObjectId to,
                       llvm::DenseSet<uint32_t>& seen) -> std::vector<ObjectId> {
    if (!seen.insert(from.Index()).second) return {};
    for (ObjectId d : obj_map_[from.Index()]->deps) {
      if (d == to) return {d};
      if (obj_map_.find(d.Index()) == obj_map_.end()) continue;
      std::vector<ObjectId> p = self(self, d, to, seen);
      if (!p.empty()) {
        p.push_back(d);
        return p;
      }
    }
    return {};
  };
  llvm::DenseSet<DeclInfo*> emitted;
  while (!queue.empty()) {
    uint32_t ni = std::get<2>(*queue.begin());
    queue.erase(queue.begin());
    nodes[ni].done = true;
    Node& n = nodes[ni];
    if (n.ndeps > 0) {
      llvm::DenseSet<uint32_t> seen;
      std::vector<ObjectId> cycle = find_path(find_path, n.obj, n.obj, seen);
      if (!cycle.empty()) {
        uint32_t saved = env_.file;
        env_.file = obj_map_[cycle[0].Index()]->file;
        ObjectId obj = cycle[0];
        std::vector<std::pair<Pos, std::string>> parts;
        parts.push_back(
            {prog_.Obj(obj).pos, "initialization loop for " + prog_.Obj(obj).name.str()});
        for (size_t i = cycle.size(); i > 0; --i) {
          parts.push_back({prog_.Obj(obj).pos, prog_.Obj(obj).name.str() + " refers to"});
          obj = cycle[i - 1];
        }
        parts.push_back({prog_.Obj(obj).pos, prog_.Obj(obj).name.str()});
        ErrorMulti(parts);
        env_.file = saved;
      }
    }
    for (uint32_t p : n.pred) {
      if (nodes[p].done || nodes[p].is_func) continue;
      queue.erase(key(p));
      nodes[p].ndeps--;
      queue.insert(key(p));
    }
    if (prog_.Obj(n.obj).kind != ObjectKind::kVar) continue;
    DeclInfo* info = obj_map_[n.obj.Index()].get();
    if (!info->HasInitializer(*files_[info->file])) continue;
    if (!emitted.insert(info).second) continue;
    Initializer init;
    init.lhs = info->lhs.empty() ? std::vector<ObjectId>{n.obj} : info->lhs;
    init.file = files_[info->file]->FileIndex();
    init.init = info->init;
    pkg_.init_order_.push_back(std::move(init));
  }
}

}  // namespace goescape::check
