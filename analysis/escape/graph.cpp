// graph.cpp: locations, holes and edges (gc's escape/graph.go).
//
// flow(k, src) adds the edge k.dst <- src with k's derefs and notes, except:
// a flow into the blank location is dropped; "x = x" and "x = *x" are
// dropped; and an address flowing into a location that already escapes
// makes src escape at once, with no edge recorded (at -m=2 this prints an
// "escapes to heap:" explanation during graph construction, as gc does).
// Notes are recorded only at -m >= 2.
#include "analysis/escape/escape_internal.h"
#include "llvm/Support/ErrorHandling.h"

namespace goescape::escape {

Batch::Batch(Analysis& a)
    : a(a),
      pkg(a.pkg),
      types(a.types),
      record_notes_(a.options.m_level >= 2 || a.options.log_opt != nullptr || a.options.reasons) {
  locs_.resize(2);
  locs_[kHeapLoc].escapes = true;
}

LocId Batch::NewLoc(NodeId n, bool transient, FuncId curfn, int loop_depth) {
  LocId id = static_cast<LocId>(locs_.size());
  Location loc;
  loc.n = n;
  loc.curfn = curfn;
  loc.loop_depth = loop_depth;
  loc.transient = transient;
  locs_.push_back(std::move(loc));
  all_locs_.push_back(id);
  if (n.Valid() && pkg.OpOf(n) == Op::ONAME) {
    LocId& slot = a.NameLoc(n);
    if (slot != kNoLoc) llvm::report_fatal_error("escape: variable already has a location");
    slot = id;
  }
  return id;
}

LocId Batch::OldLoc(NodeId name) {
  NodeId canon = pkg.Canonical(name);
  LocId l = a.NameLoc(canon);
  if (l == kNoLoc) {
    llvm::report_fatal_error(llvm::Twine("escape: ") + pkg.NameOf(canon).sym + " has no location");
  }
  return l;
}

bool Batch::IsName(LocId l, gcir::Class cls) const { return pkg.IsName(locs_[l].n, cls); }

Hole Batch::Shift(Hole k, int delta) const {
  k.derefs += delta;
  if (k.derefs < -1) llvm::report_fatal_error("escape: derefs underflow");
  k.addrtaken = delta < 0;
  return k;
}

Hole Batch::AddNote(Hole k, NodeId where, const char* why) {
  if (!where.Valid() || why == nullptr || *why == 0) {
    llvm::report_fatal_error("escape: note missing where/why");
  }
  if (record_notes_) {
    notes_.push_back(Note{k.notes, where, why});
    k.notes = static_cast<NoteId>(notes_.size() - 1);
  }
  return k;
}

Hole Batch::DotType(Hole k, gcir::TypeRef t, NodeId where, const char* why) {
  if (!types.IsInterface(t) && !types.IsDirectIface(t)) k = Shift(k, 1);
  return AddNote(k, where, why);
}

void Batch::Flow(Hole k, LocId src) {
  if (k.addrtaken) locs_[src].addrtaken = true;
  LocId dst = k.dst;
  if (dst == kBlankLoc) return;
  if (dst == src && k.derefs >= 0) return;   // dst = dst, dst = *dst, ...
  if (locs_[dst].escapes && k.derefs < 0) {  // dst = &src
    if (Explaining()) {
      Pos pos = pkg.N(locs_[src].n).pos;
      if (a.options.m_level >= 2) {
        a.Warn(pos, a.Str(locs_[src].n) + " escapes to heap:", DiagKind::EscapeFlow);
      }
      std::vector<LoggedOpt> explanation;
      ExplainFlow(pos, dst, src, k.derefs, k.notes, explanation);
      LogOpt(pos, "escapes", a.Str(locs_[src].n) + " escapes to heap", std::move(explanation));
    }
    if (a.options.reasons) {
      std::string why;
      NoteWhys(k.notes, why);
      RecordWhy(src, why);
    }
    locs_[src].escapes = true;
    return;
  }
  locs_[dst].edges.push_back(Edge{src, k.derefs, k.notes});
}

void Batch::NoteWhys(NoteId notes, std::string& out) const {
  for (NoteId n = notes; n != kNoNote; n = notes_[n].next) {
    llvm::StringRef why = notes_[n].why;
    // Skip a repeat of the previous reason.
    if (out.size() >= why.size() && llvm::StringRef(out).endswith(why)) continue;
    if (!out.empty()) out += ", ";
    out += why.str();
  }
}

void Batch::RecordWhy(LocId l, const std::string& why) {
  NodeId n = locs_[l].n;
  if (!n.Valid()) return;
  auto& w = a.result.why;
  if (w.size() <= n.Index()) w.resize(pkg.NumNodes());
  if (w[n.Index()].empty()) w[n.Index()] = why;
}

Hole Escape::TeeHole(llvm::ArrayRef<Hole> ks) {
  if (ks.empty()) return b.DiscardHole();
  if (ks.size() == 1) return ks[0];
  // "l1 = _", "l2 = **_", ...: a new temporary ltmp, wired into each, and a
  // hole for "ltmp = _".
  LocId loc = b.NewLoc(NodeId(), true, curfn, loop_depth);
  for (const Hole& k : ks) {
    if (k.derefs < 0) llvm::report_fatal_error("escape: teeHole with negative derefs");
    b.Flow(k, loc);
  }
  return b.AsHole(loc);
}

Hole Escape::Later(Hole k) {
  LocId loc = b.NewLoc(NodeId(), false, curfn, loop_depth);
  b.Flow(k, loc);
  return b.AsHole(loc);
}

Hole Escape::Spill(Hole k, NodeId n) {
  LocId loc = b.NewLoc(n, true, curfn, loop_depth);
  b.Flow(b.Addr(k, n, "spill"), loc);
  return b.AsHole(loc);
}

}  // namespace goescape::escape
