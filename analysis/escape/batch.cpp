// batch.cpp: the analysis driver (gc's escape/escape.go, the SCC visitor of
// ir/scc.go, and HeapAllocReason of escape/utils.go).
//
// Analyze visits the package's functions in declaration order and forms
// strongly connected components of the static reference graph (Tarjan, as
// gc's VisitFuncsBottomUp: any reference to a function name, method
// expression/value or closure counts); each component, callees first, is a
// Batch: create a location for every declared name of every function, walk
// the bodies (closures where they appear), decide closure captures, apply
// the forced-heap rules, solve, and finish (parameter tags, then one -m line
// per location).
#include "analysis/escape/escape_internal.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/ErrorHandling.h"

namespace goescape::escape {

namespace {

enum EscFuncState { kEscFuncUnknown = 0, kEscFuncPlanned, kEscFuncStarted, kEscFuncTagged };

constexpr int64_t kMaxStackVarSize = 10 << 20;          // ir.MaxStackVarSize
constexpr int64_t kMaxImplicitStackVarSize = 64 << 10;  // ir.MaxImplicitStackVarSize
constexpr int64_t kPtrSize = 8;

/// Visit calls fn on n and every node below it, pre-order, in gc's child
/// order; it does not descend into closure bodies (they are separate
/// functions, as in gc).
template <typename Fn>
void Visit(const gcir::Package& pkg, NodeId n, Fn&& fn) {
  if (!n.Valid()) return;
  fn(n);
  const gcir::Node& x = pkg.N(n);
  for (NodeId c : ListCopy(pkg, x.init)) Visit(pkg, c, fn);
  Visit(pkg, x.x, fn);
  Visit(pkg, x.y, fn);
  Visit(pkg, x.z, fn);
  Visit(pkg, x.w, fn);
  for (NodeId c : ListCopy(pkg, x.list)) Visit(pkg, c, fn);
  for (NodeId c : ListCopy(pkg, x.list2)) Visit(pkg, c, fn);
}

int64_t AlignUp(int64_t x, int64_t a) { return a <= 1 ? x : (x + a - 1) / a * a; }

}  // namespace

bool Batch::InMutualBatch(FuncId fn) const {
  int st = pkg.F(fn).esc_state;
  if (st < kEscFuncTagged) {
    if (st == kEscFuncUnknown) llvm::report_fatal_error("escape: graph inconsistency");
    return true;
  }
  return false;
}

void Batch::InitFunc(FuncId fn) {
  gcir::Func& f = pkg.F(fn);
  if (f.esc_state != kEscFuncUnknown) llvm::report_fatal_error("escape: function analysed twice");
  f.esc_state = kEscFuncPlanned;
  // Locations for local variables, ...
  for (NodeId n : f.dcl) NewLoc(n, false, fn, 1);
  // ... and for hidden parameters (method value wrappers).
  if (!f.oclosure.Valid()) {
    for (NodeId cv : f.closure_vars) NewLoc(pkg.Canonical(cv), false, fn, 1);
  }
  for (size_t i = 0; i < f.results.size(); ++i) {
    if (f.results[i].nname.Valid())
      L(OldLoc(f.results[i].nname)).result_index = 1 + static_cast<int>(i);
  }
}

void Batch::WalkFunc(FuncId fn) {
  Escape e(*this, fn);
  pkg.F(fn).esc_state = kEscFuncStarted;
  // Labels that mark the head of an unstructured loop: a goto after them.
  for (NodeId s : ListCopy(pkg, pkg.F(fn).body)) {
    Visit(pkg, s, [&](NodeId n) {
      const gcir::Node& x = pkg.N(n);
      if (x.op == Op::OLABEL) {
        if (pkg.SymText(x.aux) != "_") e.labels[x.aux] = LabelState::kNonLooping;
      } else if (x.op == Op::OGOTO) {
        auto it = e.labels.find(x.aux);
        if (it != e.labels.end() && it->second == LabelState::kNonLooping) {
          it->second = LabelState::kLooping;
        }
      }
    });
  }
  e.Block(pkg.F(fn).body);
  if (!e.labels.empty()) llvm::report_fatal_error("escape: leftover labels after walkFunc");
}

void Batch::FlowClosure(Hole k, NodeId clo) {
  gcir::Func& fn = pkg.F(FuncId(pkg.N(clo).aux));
  for (NodeId cv : fn.closure_vars) {
    NodeId n = pkg.Canonical(cv);
    Location& loc = L(OldLoc(cv));
    if (!loc.captured) llvm::report_fatal_error("escape: closure variable never captured");
    // Capture by value for variables <= 128 bytes that are never reassigned.
    int64_t width = types.Size(pkg.N(n).type);
    bool byval = !loc.addrtaken && !loc.reassigned && width <= 128;
    gcir::Name& name = pkg.NameOf(n);
    name.byval = byval;
    if (!byval) name.addrtaken = true;
    if (a.options.m_level > 1) {
      a.Warn(pkg.N(n).pos,
             pkg.F(name.curfn).name + " capturing by " + (byval ? "value" : "ref") + ": " +
                 a.Str(n) + " (addr=" + (loc.addrtaken ? "true" : "false") + " assign=" +
                 (loc.reassigned ? "true" : "false") + " width=" + std::to_string(width) + ")",
             DiagKind::EscapeFlow);
    }
    // Flow captured variables to the closure record.
    Hole kk = k;
    if (!byval) kk = Addr(kk, cv, "reference");
    Flow(AddNote(kk, cv, "captured by a closure"), OldLoc(cv));
  }
}

const char* Batch::HeapAllocReason(NodeId n) {
  if (!n.Valid()) return nullptr;
  const gcir::Node& x = pkg.N(n);
  if (x.type == 0) return nullptr;
  // Parameters are always passed via the stack.
  if (x.op == Op::ONAME) {
    gcir::Class c = pkg.NameOf(n).cls;
    if (c == gcir::Class::kParam || c == gcir::Class::kParamOut) return nullptr;
  }
  if (types.Size(x.type) > kMaxStackVarSize) return "too large for stack";
  if (types.Alignment(x.type) > kPtrSize) return "too aligned for stack";
  if (x.op == Op::ONEW || x.op == Op::OPTRLIT) {
    gcir::TypeRef elem = types.Elem(x.type);
    if (types.Size(elem) > kMaxImplicitStackVarSize) return "too large for stack";
    if (types.Alignment(elem) > kPtrSize) return "too aligned for stack";
  }
  if (x.op == Op::OCLOSURE) {
    // typecheck.ClosureType: struct { F uintptr; captured variables (by
    // value, or pointers to them) }.
    int64_t size = kPtrSize, align = kPtrSize;
    for (NodeId cv : pkg.F(FuncId(x.aux)).closure_vars) {
      NodeId c = pkg.Canonical(cv);
      int64_t sz = kPtrSize, al = kPtrSize;
      if (pkg.NameOf(c).byval) {
        sz = types.Size(pkg.N(c).type);
        al = types.Alignment(pkg.N(c).type);
      }
      size = AlignUp(size, al) + sz;
      align = std::max(align, al);
    }
    if (AlignUp(size, align) > kMaxImplicitStackVarSize) return "too large for stack";
  }
  if (x.op == Op::OMETHVALUE) {
    // typecheck.MethodValueType: struct { F uintptr; R receiver }.
    gcir::TypeRef recv = pkg.N(x.x).type;
    int64_t al = std::max<int64_t>(kPtrSize, types.Alignment(recv));
    int64_t size = AlignUp(AlignUp(kPtrSize, types.Alignment(recv)) + types.Size(recv), al);
    if (size > kMaxImplicitStackVarSize) return "too large for stack";
  }
  if (x.op == Op::OMAKESLICE) {
    NodeId r = x.y.Valid() ? x.y : x.x;
    if (pkg.OpOf(r) != Op::OLITERAL || !pkg.LiteralOf(r).is_small_int) return "non-constant size";
    int64_t elem = types.Size(types.Elem(x.type));
    if (elem != 0 && pkg.LiteralOf(r).int_value > kMaxImplicitStackVarSize / elem) {
      return "too large for stack";
    }
  }
  return nullptr;
}

void Batch::Run(llvm::ArrayRef<FuncId> fns) {
  for (FuncId fn : fns) InitFunc(fn);
  for (FuncId fn : fns) {
    if (!pkg.F(fn).outer.Valid()) WalkFunc(fn);
  }
  // Every body has been walked, so every reassignment and address-taking of
  // a captured variable is known: decide by value or by reference.
  for (size_t i = 0; i < closures_.size(); ++i) FlowClosure(closures_[i].k, closures_[i].clo);
  closures_.clear();
  std::vector<LocId> locs = all_locs_;
  for (LocId l : locs) {
    if (const char* why = HeapAllocReason(locs_[l].n)) {
      Flow(Addr(HeapHole(), locs_[l].n, why), l);
    }
  }
  WalkAll();
  Finish(fns);
}

void Batch::Finish(llvm::ArrayRef<FuncId> fns) {
  int m = a.options.m_level;
  for (FuncId fid : fns) {
    gcir::Func& fn = pkg.F(fid);
    fn.esc_state = kEscFuncTagged;
    bool diagnose = m != 0 && !(fn.wrapper || fn.dupok);
    fn.param_tags.assign(fn.params.size(), gcir::Leaks());
    for (size_t i = 0; i < fn.params.size(); ++i) {
      const gcir::Param& f = fn.params[i];
      std::string name = f.sym.empty() ? "arg#" + std::to_string(i + 1) : f.sym;
      gcir::Leaks& tag = fn.param_tags[i];
      if (!fn.has_body) {
        // Assume uintptr arguments must be kept alive across the call.
        fn.pragma |= gcir::kPragmaUintptrKeepAlive;
        if (types.IsUintptr(f.type)) {
          if (diagnose) a.Warn(f.pos, "assuming " + name + " is unsafe uintptr");
          tag.AddHeap(0);  // gc's empty tag string
          continue;
        }
        if (!types.HasPointers(f.type)) {
          tag.AddHeap(0);
          continue;
        }
        if (fn.pragma & gcir::kPragmaNoescape) {
          if (diagnose && !f.sym.empty()) a.Warn(f.pos, name + " does not escape");
        } else {
          if (diagnose && !f.sym.empty()) a.Warn(f.pos, "leaking param: " + name);
          tag.AddHeap(0);
        }
        continue;
      }
      if (fn.pragma & gcir::kPragmaUintptrEscapes) {
        if (types.IsUintptr(f.type)) {
          if (diagnose) a.Warn(f.pos, "marking " + name + " as escaping uintptr");
          tag.AddHeap(0);
          continue;
        }
        if (f.is_ddd && types.IsUintptr(types.Elem(f.type))) {
          if (diagnose) a.Warn(f.pos, "marking " + name + " as escaping ...uintptr");
          tag.AddHeap(0);
          continue;
        }
      }
      if (!types.HasPointers(f.type)) {
        tag.AddHeap(0);  // gc's empty tag: scalars are never tracked anyway
        continue;
      }
      // Unnamed parameters are unused and therefore do not escape.
      if (f.sym.empty() || f.sym == "_" || !f.nname.Valid()) continue;
      Location& loc = L(OldLoc(f.nname));
      gcir::Leaks esc = loc.param_esc;
      esc.Optimize();
      if (diagnose && !loc.escapes) {
        if (esc.Empty()) a.Warn(f.pos, name + " does not escape");
        if (int x = esc.Heap(); x >= 0) {
          a.Warn(f.pos, x == 0 ? "leaking param: " + name : "leaking param content: " + name);
        }
        for (int r = 0; r < gcir::Leaks::kNumResults; ++r) {
          if (int x = esc.Result(r); x >= 0) {
            a.Warn(f.pos, "leaking param: " + name + " to result " + fn.results[r].sym +
                              " level=" + std::to_string(x));
          }
        }
      }
      tag = esc;
    }
  }

  for (LocId l : all_locs_) {
    const Location& loc = locs_[l];
    NodeId n = loc.n;
    if (!n.Valid()) continue;
    if (pkg.OpOf(n) == Op::ONAME) a.NameLoc(n) = kNoLoc;
    // go/defer wrappers get no -m line.
    bool wrapper = pkg.OpOf(n) == Op::OCLOSURE && pkg.F(FuncId(pkg.N(n).aux)).wrapper;
    if (a.result.esc.size() <= n.Index()) a.result.esc.resize(pkg.NumNodes(), Esc::kUnknown);
    ++a.result.num_locations;
    if (loc.escapes) {
      if (pkg.OpOf(n) == Op::ONAME) {
        if (m != 0) a.Warn(pkg.N(n).pos, "moved to heap: " + a.Str(n));
        if (pkg.NameOf(n).cls == gcir::Class::kAuto) pkg.NameOf(n).cls = gcir::Class::kAutoHeap;
      } else {
        if (m != 0 && !wrapper) a.Warn(pkg.N(n).pos, a.Str(n) + " escapes to heap");
        if (a.options.log_opt) a.options.log_opt(LoggedOpt{pkg.N(n).pos, "escape", "", {}});
      }
      a.result.esc[n.Index()] = Esc::kHeap;
      ++a.result.num_heap;
    } else {
      if (m != 0 && pkg.OpOf(n) != Op::ONAME && !wrapper) {
        a.Warn(pkg.N(n).pos, a.Str(n) + " does not escape");
      }
      a.result.esc[n.Index()] = Esc::kNone;
    }
  }
}

// ---------------------------------------------------------------- Analyze

namespace {

/// BottomUp is gc's bottomUpVisitor (ir/scc.go).
class BottomUp {
 public:
  BottomUp(gcir::Package& pkg, std::function<void(llvm::ArrayRef<FuncId>)> analyze)
      : pkg_(pkg), analyze_(std::move(analyze)), id_(pkg.NumFuncs(), 0) {}

  uint32_t Visit(FuncId fn) {
    if (id_.size() < pkg_.NumFuncs()) id_.resize(pkg_.NumFuncs(), 0);
    if (uint32_t id = id_[fn.Index()]; id > 0) return id;  // already visited
    uint32_t id = ++visitgen_;
    id_[fn.Index()] = id;
    uint32_t min = ++visitgen_;
    stack_.push_back(fn);
    auto do_fn = [&](FuncId defn) {
      if (defn.Valid() && !pkg_.F(defn).imported) {
        uint32_t m = Visit(defn);
        if (m < min) min = m;
      }
    };
    for (NodeId s : pkg_.List(pkg_.F(fn).body)) {
      escape::Visit(pkg_, s, [&](NodeId n) {
        const gcir::Node& x = pkg_.N(n);
        switch (x.op) {
          case Op::ONAME:
            if (pkg_.NameOf(n).cls == gcir::Class::kFunc) do_fn(pkg_.NameOf(n).func);
            break;
          case Op::ODOTMETH:
          case Op::OMETHVALUE:
          case Op::OMETHEXPR:
            if (x.aux2) do_fn(FuncId(x.aux2 - 1));
            break;
          case Op::OCLOSURE:
            do_fn(FuncId(x.aux));
            break;
          default:
            break;
        }
      });
    }
    bool hidden = pkg_.F(fn).outer.Valid();
    if ((min == id || min == id + 1) && !hidden) {
      // The root of a strongly connected component.
      size_t i = stack_.size();
      while (i-- > 0) {
        id_[stack_[i].Index()] = ~uint32_t{0};
        if (stack_[i] == fn) break;
      }
      std::vector<FuncId> block(stack_.begin() + i, stack_.end());
      stack_.resize(i);
      analyze_(block);
    }
    return min;
  }

 private:
  gcir::Package& pkg_;
  std::function<void(llvm::ArrayRef<FuncId>)> analyze_;
  std::vector<uint32_t> id_;
  uint32_t visitgen_ = 0;
  std::vector<FuncId> stack_;
};

}  // namespace

Result Analyze(gcir::Package& pkg, const gcir::TypeOracle& types, const Options& options,
               DiagSink& out) {
  Analysis a{pkg, types, options, out, Result{}, {}};
  a.result.esc.assign(pkg.NumNodes(), Esc::kUnknown);
  // Imported (stub) functions are tagged already.
  for (uint32_t i = 0; i < pkg.NumFuncs(); ++i) {
    if (pkg.F(FuncId(i)).imported) pkg.F(FuncId(i)).esc_state = kEscFuncTagged;
  }
  BottomUp visitor(pkg, [&](llvm::ArrayRef<FuncId> block) {
    Batch b(a);
    ++a.result.num_batches;
    b.Run(block);
  });
  std::vector<FuncId> order = pkg.decl_order;
  for (FuncId fn : order) {
    if (!pkg.F(fn).outer.Valid()) visitor.Visit(fn);
  }
  a.result.esc.resize(pkg.NumNodes(), Esc::kUnknown);
  return std::move(a.result);
}

void AnalyzeBatch(gcir::Package& pkg, const gcir::TypeOracle& types, llvm::ArrayRef<FuncId> fns,
                  const Options& options, DiagSink& out, Result& result) {
  Analysis a{pkg, types, options, out, std::move(result), {}};
  a.result.esc.resize(pkg.NumNodes(), Esc::kUnknown);
  for (uint32_t i = 0; i < pkg.NumFuncs(); ++i) {
    if (pkg.F(FuncId(i)).imported) pkg.F(FuncId(i)).esc_state = kEscFuncTagged;
  }
  Batch b(a);
  ++a.result.num_batches;
  b.Run(fns);
  a.result.esc.resize(pkg.NumNodes(), Esc::kUnknown);
  result = std::move(a.result);
}

}  // namespace goescape::escape
