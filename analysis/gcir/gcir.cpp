// gcir.cpp: the gc IR node store, op tables and leak summaries.
#include "analysis/gcir/gcir.h"

#include "llvm/Support/ErrorHandling.h"

namespace goescape::gcir {

llvm::StringRef OpText(Op op) {
  switch (op) {
#define GOESCAPE_GCIR_OP(Name, Text, Prec) \
  case Op::Name:                           \
    return Text;
#include "analysis/gcir/ops.def"
    case Op::kEnd:
      break;
  }
  return "";
}

int OpPrec(Op op) {
  switch (op) {
#define GOESCAPE_GCIR_OP(Name, Text, Prec) \
  case Op::Name:                           \
    return Prec;
#include "analysis/gcir/ops.def"
    case Op::kEnd:
      break;
  }
  return 0;
}

llvm::StringRef OpName(Op op) {
  switch (op) {
#define GOESCAPE_GCIR_OP(Name, Text, Prec) \
  case Op::Name:                           \
    return #Name;
#include "analysis/gcir/ops.def"
    case Op::kEnd:
      break;
  }
  return "OEND";
}

bool Leaks::Empty() const {
  for (uint8_t b : v) {
    if (b != 0) return false;
  }
  return true;
}

void Leaks::Add(int i, int derefs) {
  int old = Get(i);
  if (old < 0 || derefs < old) Set(i, derefs);
}

void Leaks::Set(int i, int derefs) {
  int x = derefs + 1;
  if (x < 0) llvm::report_fatal_error("invalid derefs count");
  if (x > 255) x = 255;
  v[i] = static_cast<uint8_t>(x);
}

void Leaks::Optimize() {
  int heap = Heap();
  if (heap < 0) return;
  for (int i = 0; i < kNumResults; ++i) {
    if (Result(i) >= heap) SetResult(i, -1);
  }
}

bool operator==(const Leaks& a, const Leaks& b) {
  for (int i = 0; i <= Leaks::kNumResults; ++i) {
    if (a.v[i] != b.v[i]) return false;
  }
  return true;
}

NodeId Package::NewNode(Op op, Pos pos, TypeRef type) {
  Node n;
  n.op = op;
  n.pos = pos;
  n.type = type;
  nodes_.push_back(n);
  return NodeId(static_cast<uint32_t>(nodes_.size() - 1));
}

NodeId Package::NewName(Name name, Pos pos, TypeRef type) {
  NodeId id = NewNode(Op::ONAME, pos, type);
  nodes_[id.Index()].aux = static_cast<uint32_t>(names_.size());
  names_.push_back(std::move(name));
  return id;
}

NodeId Package::NewLiteral(Literal lit, Pos pos, TypeRef type) {
  NodeId id = NewNode(Op::OLITERAL, pos, type);
  nodes_[id.Index()].aux = static_cast<uint32_t>(literals_.size());
  literals_.push_back(std::move(lit));
  return id;
}

FuncId Package::NewFunc(Func fn) {
  funcs_.push_back(std::move(fn));
  return FuncId(static_cast<uint32_t>(funcs_.size() - 1));
}

IdRange Package::NewList(llvm::ArrayRef<NodeId> ids) {
  IdRange r{static_cast<uint32_t>(lists_.size()), static_cast<uint32_t>(ids.size())};
  lists_.insert(lists_.end(), ids.begin(), ids.end());
  return r;
}

uint32_t Package::Sym(llvm::StringRef s) {
  if (s.empty()) return 0;
  auto [it, inserted] = sym_index_.try_emplace(s, static_cast<uint32_t>(syms_.size()));
  if (inserted) syms_.push_back(s.str());
  return it->second;
}

NodeId Package::Canonical(NodeId name) const {
  while (name.Valid() && OpOf(name) == Op::ONAME && NameOf(name).is_closure_var &&
         NameOf(name).outer.Valid()) {
    name = NameOf(name).outer;
  }
  return name;
}

bool Package::IsName(NodeId id, Class cls) const {
  return id.Valid() && OpOf(id) == Op::ONAME && NameOf(id).cls == cls;
}

TypeOracle::~TypeOracle() = default;

}  // namespace goescape::gcir
