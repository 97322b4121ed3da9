// solve.cpp: the fixed-point walk over the location graph (gc's
// escape/solve.go).
//
// walkAll walks once from every location — the heap first, then the others
// in reverse creation order (a LIFO queue) — and re-queues a location when
// it becomes escaping or stops being transient (each at most once), so there
// are Θ(locations) walks. walkOne is Bellman-Ford over incoming edges with a
// LIFO work list (duplicates allowed): derefs(src) = min over paths of
// derefs(dst) + edge.derefs, where a negative count is clamped at 0 before
// continuing past a location. It records, per location, the edge it was last
// improved through (dst, dst_edge_idx), which -m=2 explanations follow back
// to the root. The exact stack discipline and edge order determine the order
// of -m=2 output and are reproduced as gc has them.
#include "analysis/escape/escape_internal.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/ErrorHandling.h"

namespace goescape::escape {

bool ContainsClosure(const gcir::Package& pkg, FuncId f, FuncId c) {
  if (!f.Valid() || !c.Valid() || f == c) return false;
  // gc recognizes closures of F by name: F.func1, F.func1.2, ...
  const std::string& fn = pkg.F(f).name;
  const std::string& cn = pkg.F(c).name;
  return cn.size() > fn.size() && cn.compare(0, fn.size(), fn) == 0 && cn[fn.size()] == '.';
}

bool Batch::Outlives(LocId l, LocId other) {
  const Location& L1 = locs_[l];
  const Location& O = locs_[other];
  // The heap outlives everything.
  if (L1.escapes) return true;
  // Results may flow anywhere, except a directly called closure's results,
  // which cannot outlive its enclosing function's locals.
  if (IsName(l, gcir::Class::kParamOut)) {
    if (ContainsClosure(pkg, O.curfn, L1.curfn) && pkg.F(L1.curfn).closure_called) return false;
    return true;
  }
  // Declared outside other's loop scope, in the same function.
  if (L1.curfn == O.curfn && L1.loop_depth < O.loop_depth) return true;
  // other is declared within a closure nested in l's function.
  if (ContainsClosure(pkg, L1.curfn, O.curfn)) return true;
  return false;
}

void Batch::LeakTo(LocId param, LocId sink, int derefs) {
  // A leak to a non-escaping result of the same function (among the first 7)
  // is a result leak; anything else is a heap leak.
  const Location& s = locs_[sink];
  if (!s.escapes && IsName(sink, gcir::Class::kParamOut) && s.curfn == locs_[param].curfn) {
    int ri = s.result_index - 1;
    if (ri < gcir::Leaks::kNumResults) {
      locs_[param].param_esc.AddResult(ri, derefs);
      return;
    }
  }
  locs_[param].param_esc.AddHeap(derefs);
}

void Batch::WalkAll() {
  llvm::SmallVector<LocId, 64> todo;
  auto enqueue = [&](LocId l) {
    if (!locs_[l].queued) {
      todo.push_back(l);
      locs_[l].queued = true;
    }
  };
  for (LocId l : all_locs_) enqueue(l);
  enqueue(kHeapLoc);
  uint32_t walkgen = 0;
  while (!todo.empty()) {
    LocId root = todo.pop_back_val();
    locs_[root].queued = false;
    ++walkgen;
    WalkOne(root, walkgen, todo);
  }
}

void Batch::WalkOne(LocId root, uint32_t walkgen, llvm::SmallVectorImpl<LocId>& queue) {
  auto enqueue = [&](LocId l) {
    if (!locs_[l].queued) {
      queue.push_back(l);
      locs_[l].queued = true;
    }
  };
  locs_[root].walkgen = walkgen;
  locs_[root].derefs = 0;
  locs_[root].dst = kNoLoc;

  llvm::SmallVector<LocId, 32> todo{root};
  while (!todo.empty()) {
    LocId l = todo.pop_back_val();
    int derefs = locs_[l].derefs;
    // If l.derefs < 0, l's address flows to root.
    bool address_of = derefs < 0;
    if (address_of) {
      // "root = &l; l = x": l's address flows to root, x's does not.
      derefs = 0;
      // If l's address flows to a non-transient location, l can't be
      // transiently allocated.
      if (!locs_[root].transient && locs_[l].transient) {
        locs_[l].transient = false;
        enqueue(l);
      }
    }
    if (Outlives(root, l)) {
      // l's value flows to root: record parameter leaks for tagging.
      if (IsName(l, gcir::Class::kParam)) {
        if (Explaining() && !locs_[l].escapes) {
          Pos pos = pkg.N(locs_[l].n).pos;
          std::string msg = "parameter " + a.Str(locs_[l].n) + " leaks to " + ExplainLoc(root) +
                            " with derefs=" + std::to_string(derefs);
          if (a.options.m_level >= 2) a.Warn(pos, msg + ":", DiagKind::EscapeFlow);
          std::vector<LoggedOpt> explanation = ExplainPath(root, l);
          LogOpt(pos, "leak", std::move(msg), std::move(explanation));
        }
        LeakTo(l, root, derefs);
      }
      // If l's address flows somewhere that outlives it, l must be heap
      // allocated.
      if (address_of && !locs_[l].escapes) {
        if (Explaining()) {
          Pos pos = pkg.N(locs_[l].n).pos;
          if (a.options.m_level >= 2) {
            a.Warn(pos, a.Str(locs_[l].n) + " escapes to heap:", DiagKind::EscapeFlow);
          }
          std::vector<LoggedOpt> explanation = ExplainPath(root, l);
          LogOpt(pos, "escape", a.Str(locs_[l].n) + " escapes to heap", std::move(explanation));
        }
        if (a.options.reasons) {
          // The reasons along the path from l to the root that outlives it.
          std::string why;
          llvm::DenseSet<LocId> seen;
          for (LocId s = l; s != root && s != kNoLoc && seen.insert(s).second;) {
            LocId d = locs_[s].dst;
            if (d == kNoLoc) break;
            NoteWhys(locs_[d].edges[locs_[s].dst_edge_idx].notes, why);
            s = d;
          }
          if (why.empty()) why = root == kHeapLoc ? "flows to the heap" : "outlives its scope";
          RecordWhy(l, why);
        }
        locs_[l].escapes = true;
        enqueue(l);
        continue;
      }
    }
    const std::vector<Edge>& edges = locs_[l].edges;
    for (size_t i = 0; i < edges.size(); ++i) {
      const Edge& e = edges[i];
      Location& src = locs_[e.src];
      if (src.escapes) continue;
      int d = derefs + e.derefs;
      if (src.walkgen != walkgen || src.derefs > d) {
        src.walkgen = walkgen;
        src.derefs = d;
        src.dst = l;
        src.dst_edge_idx = static_cast<int>(i);
        todo.push_back(e.src);
      }
    }
  }
}

std::vector<LoggedOpt> Batch::ExplainPath(LocId root, LocId src) {
  std::vector<LoggedOpt> explanation;
  llvm::DenseSet<LocId> visited;
  Pos p = pkg.N(locs_[src].n).pos;
  for (;;) {
    // Prevent infinite loop.
    if (!visited.insert(src).second) {
      if (a.options.m_level >= 2) {
        a.Warn(p,
               "  warning: truncated explanation due to assignment cycle; see "
               "golang.org/issue/35518",
               DiagKind::EscapeFlow);
      }
      break;
    }
    LocId dst = locs_[src].dst;
    const Edge& edge = locs_[dst].edges[locs_[src].dst_edge_idx];
    if (edge.src != src) llvm::report_fatal_error("escape: path inconsistency");
    ExplainFlow(p, dst, src, edge.derefs, edge.notes, explanation);
    if (dst == root) break;
    src = dst;
  }
  return explanation;
}

void Batch::ExplainFlow(Pos p, LocId dst, LocId src, int derefs, NoteId notes,
                        std::vector<LoggedOpt>& explanation) {
  // The lines of one explanation are all printed at the explained
  // location's position: "POS:   flow: ..." and "POS:     from ...".
  bool print = a.options.m_level >= 2;
  std::string ops = derefs >= 0 ? std::string(derefs, '*') : std::string("&");
  std::string flow = "  flow: " + ExplainLoc(dst) + " = " + ops + ExplainLoc(src) + ":";
  if (print) a.Warn(p, flow, DiagKind::EscapeFlow);
  if (a.options.log_opt) {
    // gc's record carries the flow text with one more leading space, at
    // the first note's position (else the source's).
    Pos epos;
    if (notes != kNoNote) {
      epos = pkg.N(notes_[notes].where).pos;
    } else if (src != kNoLoc && locs_[src].n.Valid()) {
      epos = pkg.N(locs_[src].n).pos;
    }
    explanation.push_back(LoggedOpt{epos, "escflow", " " + flow, {}});
  }
  for (NoteId n = notes; n != kNoNote; n = notes_[n].next) {
    const Note& note = notes_[n];
    std::string from = "    from " + a.Str(note.where) + " (" + note.why + ")";
    if (print) a.Warn(p, from + " at " + a.FmtPos(pkg.N(note.where).pos), DiagKind::EscapeFlow);
    if (a.options.log_opt) {
      explanation.push_back(LoggedOpt{pkg.N(note.where).pos, "escflow", " " + from, {}});
    }
  }
}

std::string Batch::ExplainLoc(LocId l) {
  if (l == kHeapLoc) return "{heap}";
  NodeId n = locs_[l].n;
  if (!n.Valid()) return "{temp}";
  if (pkg.OpOf(n) == Op::ONAME) return a.Str(n);
  return "{storage for " + a.Str(n) + "}";
}

}  // namespace goescape::escape
