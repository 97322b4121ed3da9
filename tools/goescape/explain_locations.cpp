// explain_locations.cpp: the locations along an escape chain (see
// explain_writer.h): what kind of allocation a label stands for, where each
// location of a chain lives, which heap entry it is, what the chain's last
// location (its root) is, and the root cause phrased from it.
//
// Algorithm: gc's records name locations only by their printed text
// ("x", "{storage for &T{}}", "~r0", "{heap}"); positions come from the
// notes (a spill note is at its allocation, an interface-converted note
// at the conversion, a capture inside the capturing literal, a go/defer
// temporary at its argument) and from the source model (FindVar for
// names). Allocation kinds come from the label's shape and the byte at
// gc's position of the node (a "(" for calls, a "{" for literals...),
// which tells an expression from its interface conversion printed alike.
#include <algorithm>

#include "llvm/ADT/StringExtras.h"
#include "tools/goescape/explain_gctext.h"
#include "tools/goescape/explain_writer.h"

namespace goescape::explain {

AllocKind ChainWriter::ClassifyAlloc(llvm::StringRef label, Pos pos, const HeapEntry* e) const {
  if (label == "func literal") {
    return pos.Known() && model_.GoDeferAt(pos) ? AllocKind::kGoDeferWrapper : AllocKind::kClosure;
  }
  if (label == "... argument") return AllocKind::kVariadic;
  // The byte at gc's position of the node tells the expression kind apart
  // from an interface conversion printed the same way; with no position,
  // go by the label's shape alone.
  char c = CharAt(pos);
  auto at = [c](char want) { return c == 0 || c == want; };
  if (label.startswith("&") && at('&')) return AllocKind::kPtrLit;
  if (label.startswith("new(") && at('(')) return AllocKind::kNew;
  if (label.startswith("make(") && at('(')) {
    if (label.startswith("make(map[")) return AllocKind::kMakeMap;
    if (label.startswith("make([]")) return AllocKind::kMakeSlice;
    return AllocKind::kMakeOther;
  }
  if (label.endswith("}") && at('{')) {
    if (label.startswith("map[")) return AllocKind::kMapLit;
    if (label.startswith("[]")) return AllocKind::kSliceLit;
    return AllocKind::kIfaceConv;  // a struct/array value converted to an interface
  }
  if (label.contains(" + ") && at('+')) {
    // At a "+", gc allocates for a string concatenation and, when the sum
    // is passed or returned as an interface, for the conversion too.
    if (e && FirstStepIntoOwnConversion(*e)) return AllocKind::kConcat;
    if (e && SameLabelSibling(*e)) return AllocKind::kIfaceConv;
    return pos.Known() && model_.PlusKind(pos) == 'n' ? AllocKind::kIfaceConv : AllocKind::kConcat;
  }
  if (label.endswith(")") && at('(')) {
    std::string callee = Callee(label);
    llvm::StringRef t(callee);
    if (t == "string" || t == "([]byte)" || t == "([]rune)" || t == "([]uint8)" ||
        t == "([]int32)") {
      return AllocKind::kConversion;
    }
    if (t.startswith("(interface") || model_.IsInterfaceTypeName(t)) {
      return AllocKind::kExplicitIface;
    }
    // A named type allocates on conversion only between string and byte or
    // rune slices; any other T(x) here is T(x) converted to an interface.
    if (IsIdent(t) && model_.IsTypeName(t)) {
      llvm::StringRef def = model_.TypeDef(t);
      if (def == "string" || def == "[]byte" || def == "[]rune" || def == "[]uint8" ||
          def == "[]int32") {
        return AllocKind::kConversion;
      }
    }
    return AllocKind::kIfaceConv;  // a call's result converted to an interface
  }
  size_t dot = label.rfind('.');
  if (dot != llvm::StringRef::npos && dot > 0 && at('.')) {
    llvm::StringRef sel = label.drop_front(dot + 1);
    if (IsIdent(sel) && !model_.IsFieldName(sel)) return AllocKind::kMethodValue;
  }
  return AllocKind::kIfaceConv;
}

bool ChainWriter::FirstStepIntoOwnConversion(const HeapEntry& e) const {
  for (const Chain& c : e.chains) {
    if (c.steps.empty()) continue;
    const Step& s = c.steps.front();
    const Note* n = s.FindReason("interface-converted");
    if (n && s.dst == "{storage for " + e.label + "}") return true;
  }
  return false;
}

bool ChainWriter::SameLabelSibling(const HeapEntry& e) const {
  int n = 0;
  for (const HeapEntry* o : EntriesLabelled(e.label)) {
    if (o->pos == e.pos && o->kind == EntryKind::kAllocation) ++n;
  }
  return n > 1;
}

llvm::ArrayRef<const HeapEntry*> ChainWriter::EntriesLabelled(llvm::StringRef label) const {
  auto it = x_.by_label_.find(label.str());
  if (it == x_.by_label_.end()) return {};
  return it->second;
}

char ChainWriter::CharAt(Pos pos) const {
  if (!pos.Known() || pos.file > sources_.Size()) return 0;
  llvm::StringRef line = sources_.Get(pos.file).LineText(pos.line);
  if (pos.col == 0 || pos.col > line.size()) return 0;
  return line[pos.col - 1];
}

std::string ChainWriter::FuncName(int f) const {
  if (f < 0) return "package initialization";
  return model_.Funcs()[f].name;
}

std::string ChainWriter::ClosureName(Pos lit) const {
  int f = model_.FuncLitAt(lit);
  return f >= 0 ? model_.Funcs()[f].name : "";
}

std::string ChainWriter::PosText(Pos p) const {
  if (!p.Known()) return "?";
  return sources_.Get(p.file).Path().str() + ":" + std::to_string(p.line) + ":" +
         std::to_string(p.col);
}

std::string ChainWriter::LineRef(Pos p) const {
  return p.Known() ? "line " + std::to_string(p.line) : "?";
}

std::string ChainWriter::At(Pos p) const {
  return p.Known() ? " (line " + std::to_string(p.line) + ")" : "";
}

std::string ChainWriter::AllocWhat(const HeapEntry& e) const {
  const std::string& l = e.label;
  switch (ClassifyAlloc(l, e.pos, &e)) {
    case AllocKind::kClosure: {
      std::string name = ClosureName(e.pos);
      return "a closure (the func literal" + (name.empty() ? "" : " " + name) +
             "): the function value and the variables it captures";
    }
    case AllocKind::kGoDeferWrapper: {
      const GoDeferInfo* g = model_.GoDeferAt(e.pos);
      return "the closure gc creates to run " + Code(g->text) +
             " (it wraps the call and its arguments; gc's -m prints no line for it)";
    }
    case AllocKind::kVariadic:
      return "the slice that holds the variadic (...) arguments of the call";
    case AllocKind::kPtrLit:
      return "a new " + PtrLitType(l) + ", allocated by the composite literal " + Code(l);
    case AllocKind::kNew:
      return "a new " + llvm::StringRef(l).drop_front(4).drop_back().str() + ", allocated by " +
             Code(l);
    case AllocKind::kMakeSlice:
      return "the backing array of the slice made by " + Code(l);
    case AllocKind::kMakeMap:
      return "the map made by " + Code(l);
    case AllocKind::kMakeOther:
      return "the value made by " + Code(l);
    case AllocKind::kSliceLit:
      return "the backing array of the slice literal " + Code(l);
    case AllocKind::kMapLit:
      return "the map built by the map literal " + Code(l);
    case AllocKind::kConcat:
      return "the string built by the concatenation " + Code(l);
    case AllocKind::kConversion:
      return "the result of the conversion " + Code(l) + " (a new copy of the data)";
    case AllocKind::kIfaceConv:
      return "the copy of " + Code(l) +
             " made to convert it to an interface (interface-converted: an interface holds a "
             "pointer, so a non-pointer value is copied into new memory)";
    case AllocKind::kExplicitIface:
      return "the copy of " + Code(CallArgs(l)) + " made by the conversion " + Code(l) +
             " (interface-converted: an interface holds a pointer, so a non-pointer value is "
             "copied into new memory)";
    case AllocKind::kMethodValue:
      return "the closure for the method value " + Code(l) + ", which binds its receiver";
    case AllocKind::kUnknown:
      break;
  }
  return "the allocation " + Code(l);
}

std::string ChainWriter::LocNoun(const NodeRef& n) const {
  const std::string& loc = n.loc;
  if (loc == "{heap}") return "the heap";
  if (loc == "{temp}") return "a compiler temporary";
  std::string expr;
  if (IsStorage(loc, &expr)) {
    const HeapEntry* e = n.pos.Known() ? FindEntry(n, n.func) : nullptr;
    AllocKind kind = ClassifyAlloc(expr, n.pos, e);
    if (n.conversion && kind != AllocKind::kExplicitIface) kind = AllocKind::kIfaceConv;
    switch (kind) {
      case AllocKind::kClosure: {
        std::string name = n.pos.Known() ? ClosureName(n.pos) : "";
        return name.empty() ? "a closure (func literal)" : "the closure " + name;
      }
      case AllocKind::kGoDeferWrapper:
        return "the closure of " + Code(model_.GoDeferAt(n.pos)->text);
      case AllocKind::kVariadic:
        return "the slice of variadic arguments (" + Code("...") + ")";
      case AllocKind::kIfaceConv:
        return "the interface's copy of " + Code(expr);
      case AllocKind::kExplicitIface:
        return "the interface's copy made by " + Code(expr);
      case AllocKind::kMethodValue:
        return "the closure of the method value " + Code(expr);
      case AllocKind::kMakeMap:
      case AllocKind::kMapLit:
        return "the map " + Code(expr);
      case AllocKind::kPtrLit:
        return "the new " + PtrLitType(expr) + " made by " + Code(expr);
      case AllocKind::kNew:
        return "the new " + llvm::StringRef(expr).drop_front(4).drop_back().str() + " made by " +
               Code(expr);
      case AllocKind::kMakeSlice:
      case AllocKind::kSliceLit:
        return "the backing array of " + Code(expr);
      case AllocKind::kConcat:
        return "the string built by " + Code(expr);
      case AllocKind::kConversion:
        return "the result of " + Code(expr);
      default:
        return "the storage of " + Code(expr);
    }
  }
  if (llvm::StringRef(loc).startswith(".autotmp_")) {
    const GoDeferInfo* g = n.pos.Known() ? model_.GoDeferWithArgAt(n.pos) : nullptr;
    if (g) {
      return "the compiler temporary " + loc + ", which keeps a value " + Code(g->text) +
             " needs until it runs (gc copies the call's function and arguments into "
             "temporaries)";
    }
    return "the compiler temporary " + loc;
  }
  if (n.var && n.var->role == VarRole::kResult) {
    return "the result " + loc + " of " + FuncName(n.var->func);
  }
  if (llvm::StringRef(loc).startswith("~r") || llvm::StringRef(loc).startswith("~b")) {
    return "the result " + loc;
  }
  return Code(loc);
}

NodeRef ChainWriter::StartNode(const HeapEntry& e) const {
  NodeRef n;
  n.loc = e.LocName();
  n.pos = e.pos;
  if (e.kind == EntryKind::kVariable) n.var = model_.VarAt(e.pos);
  n.func = n.var ? n.var->func : model_.FuncAt(e.pos);
  if (e.kind == EntryKind::kAllocation) {
    AllocKind k = ClassifyAlloc(e.label, e.pos, &e);
    n.conversion = k == AllocKind::kIfaceConv || k == AllocKind::kExplicitIface;
  }
  return n;
}

std::vector<NodeRef> ChainWriter::ResolveNodes(const Chain& c, const NodeRef& start,
                                               const HeapEntry* self) const {
  std::vector<NodeRef> nodes{start};
  for (size_t i = 0; i < c.steps.size(); ++i) {
    const Step& s = c.steps[i];
    NodeRef n;
    n.loc = s.dst;
    std::string expr;
    if (IsStorage(s.dst, &expr)) {
      if (i + 1 < c.steps.size()) {
        for (const Note& note : c.steps[i + 1].notes) {
          if (note.why == "spill" && note.where == expr) n.pos = note.pos;
        }
      }
      if (!n.pos.Known()) {
        for (const Note& note : s.notes) {
          if ((note.why == "interface-converted" || note.why == "slice-literal-element") &&
              note.where == expr) {
            n.pos = note.pos;
            n.conversion = note.why == "interface-converted";
          }
        }
      }
      if (!n.pos.Known() && expr == "func literal") {
        if (const Note* note = s.FindReason("captured by a closure")) {
          // A go/defer wrapper captures the temporaries holding the
          // call's arguments (noted at each argument) and callee (noted at
          // the call's "("); a user's literal captures at the use inside it.
          if (const GoDeferInfo* g = model_.GoDeferOfCapture(note->pos)) {
            n.pos = g->pos;
          } else if (int lit = model_.InnermostLiteralContaining(note->pos); lit >= 0) {
            n.pos = model_.Funcs()[lit].begin;
          }
        }
      }
      if (!n.pos.Known()) {
        if (const HeapEntry* e = FindEntry(n, start.func, self)) n.pos = e->pos;
      }
      if (n.pos.Known()) n.func = model_.FuncAt(n.pos);
    } else if (llvm::StringRef(s.dst).startswith(".autotmp_")) {
      // go/defer argument temporaries: ".autotmp_N = ARG" at ARG's position.
      for (const Note& note : s.notes) {
        if (llvm::StringRef(note.where).startswith(s.dst + " = ")) n.pos = note.pos;
      }
      if (n.pos.Known()) n.func = model_.FuncAt(n.pos);
    } else if (s.dst != "{heap}" && s.dst != "{temp}") {
      // A variable: resolve the name where it is used.
      std::vector<Pos> uses;
      if (!s.notes.empty()) uses.push_back(s.notes.back().pos);
      if (i + 1 < c.steps.size() && !c.steps[i + 1].notes.empty()) {
        uses.push_back(c.steps[i + 1].notes.front().pos);
      }
      for (Pos use : uses) {
        const VarInfo* v = model_.FindVar(s.dst, model_.FuncAt(use), use);
        if (v) {
          n.var = v;
          n.pos = v->pos;
          n.func = v->func;
          break;
        }
      }
    }
    nodes.push_back(std::move(n));
  }
  return nodes;
}

bool ChainWriter::SameNode(const NodeRef& a, const NodeRef& b) {
  if (a.loc != b.loc || a.loc == "{temp}" || a.loc == "{heap}") return false;
  if (a.conversion != b.conversion) return false;
  if (IsStorage(a.loc)) return a.pos.Known() && b.pos.Known() && a.pos == b.pos;
  return !a.pos.Known() || !b.pos.Known() || a.pos == b.pos;
}

const HeapEntry* ChainWriter::FindEntry(const NodeRef& n, int related_func,
                                        const HeapEntry* self) const {
  std::string expr;
  bool storage = IsStorage(n.loc, &expr);
  llvm::StringRef label = storage ? llvm::StringRef(expr) : llvm::StringRef(n.loc);
  EntryKind kind = storage ? EntryKind::kAllocation : EntryKind::kVariable;
  const HeapEntry* found = nullptr;
  int candidates = 0;
  const HeapEntry* at_pos = nullptr;
  for (const HeapEntry* ep : EntriesLabelled(label)) {
    const HeapEntry& e = *ep;
    if (e.kind != kind || &e == self) continue;
    if (n.pos.Known()) {
      if (e.pos != n.pos) continue;
      // Two allocations printed alike at one position: an expression and
      // its interface conversion.
      if (!at_pos || StartNode(e).conversion == n.conversion) at_pos = &e;
      continue;
    }
    int f = model_.FuncAt(e.pos);
    if (related_func >= 0 && f >= 0 && !model_.Encloses(f, related_func) &&
        !model_.Encloses(related_func, f)) {
      continue;
    }
    found = &e;
    ++candidates;
  }
  if (n.pos.Known()) return at_pos;
  return candidates == 1 ? found : nullptr;
}

RootInfo ChainWriter::ClassifyRoot(const Chain& c, const std::vector<NodeRef>& nodes,
                                   const HeapEntry* self) const {
  RootInfo r;
  r.node = nodes.back();
  if (!c.steps.empty() && !c.steps.back().notes.empty()) r.via = c.steps.back().notes.back().pos;
  r.via_return = !c.steps.empty() && c.steps.back().HasReason("return");
  const NodeRef& start = nodes.front();
  if (c.steps.empty()) {
    r.kind = RootKind::kOther;
    return r;
  }
  if (r.node.loc == "{heap}") {
    r.kind = RootKind::kHeap;
    return r;
  }
  for (size_t i = 0; i + 1 < nodes.size(); ++i) {
    if (SameNode(nodes[i], r.node)) {
      r.kind = RootKind::kCycle;
      return r;
    }
  }
  llvm::StringRef loc(r.node.loc);
  if (r.node.var && r.node.var->role == VarRole::kResult) {
    r.kind = RootKind::kResult;
    r.result_func = r.node.var->func;
    return r;
  }
  // Unnamed results are ~r0, ~r1...; a blank result prints as "_".
  if (!r.node.var && (loc.startswith("~r") || loc.startswith("~b") || loc == "_")) {
    r.kind = RootKind::kResult;
    r.result_func = r.via.Known() ? model_.FuncAt(r.via) : start.func;
    return r;
  }
  const HeapEntry* e = FindEntry(r.node, start.func, self);
  if (e) {
    r.kind = RootKind::kEscaped;
    r.entry = e;
    return r;
  }
  if (r.node.func >= 0 && start.func >= 0 && r.node.func != start.func &&
      model_.Encloses(r.node.func, start.func)) {
    r.kind = RootKind::kOuter;
    return r;
  }
  if (r.node.func >= 0 && r.node.func == start.func && r.node.pos.Known() && start.pos.Known() &&
      model_.LoopDepth(r.node.func, r.node.pos) < model_.LoopDepth(start.func, start.pos)) {
    r.kind = RootKind::kLoop;
    return r;
  }
  r.kind = RootKind::kOther;
  return r;
}

std::string ChainWriter::RootCause(const RootInfo& r, const std::string& heap_cause,
                                   const std::vector<NodeRef>& nodes) const {
  const NodeRef& start = nodes.front();
  switch (r.kind) {
    case RootKind::kHeap:
      return heap_cause.empty() ? "stored on the heap" : heap_cause;
    case RootKind::kResult: {
      std::string f = FuncName(r.result_func);
      std::string how =
          r.via_return ? "returned from " + f + At(r.via)
                       : "stored in " + LocNoun(r.node) + At(r.via) + ", which " + f + " returns";
      return how +
             ": a function's results outlive its stack frame, so what they point to must be on "
             "the heap";
    }
    case RootKind::kOuter: {
      // Name the first location on the path that belongs to an enclosing
      // function: that is what outlives the closure call.
      const NodeRef* holder = &r.node;
      for (size_t i = 1; i < nodes.size(); ++i) {
        const NodeRef& n = nodes[i];
        if (n.func >= 0 && n.func != start.func && model_.Encloses(n.func, start.func)) {
          holder = &n;
          break;
        }
      }
      return "stored in " + LocNoun(*holder) + ", which belongs to the enclosing function " +
             FuncName(holder->func) + " and outlives this call of " + FuncName(start.func) +
             ", where " + Code(ShortLoc(start.loc)) + " lives";
    }
    case RootKind::kLoop: {
      const LoopInfo* loop = model_.LoopContaining(start.func, start.pos);
      std::string which;
      if (loop && !loop->label.empty()) {
        which = " formed by " + Code("goto " + loop->label) + " (label at " +
                LineRef(loop->keyword) + ")";
      } else if (loop) {
        which = " at " + LineRef(loop->keyword);
      }
      return "stored in " + LocNoun(r.node) + ", declared outside the loop" + which +
             " that creates " + Code(ShortLoc(start.loc)) + ": " + Code(r.node.loc) +
             " can still point to it after that iteration ends, and every iteration needs a "
             "new one";
    }
    case RootKind::kCycle: {
      std::string text = "part of an assignment cycle through " + Code(r.node.loc) +
                         ", where gc's explanation stops (golang.org/issue/35518)";
      if (r.node.loc == start.loc) {
        text += ": " + Code(r.node.loc) +
                " holds its own address, so it escapes as soon as any copy of it, or any "
                "pointer read from it, reaches the heap";
      }
      std::vector<std::string> others;
      for (const HeapEntry& e : x_.records_.heap) {
        if (e.pos == start.pos || model_.FuncAt(e.pos) != start.func) continue;
        others.push_back(Code(e.label) + " (" + LineRef(e.pos) + ")");
      }
      if (!others.empty()) {
        text += "; other heap locations in " + FuncName(start.func) +
                " it may have been copied into: " + llvm::join(others, ", ");
      }
      return text;
    }
    case RootKind::kEscaped:
      return "stored in " + LocNoun(r.node) + ", which is itself on the heap";
    case RootKind::kOther:
      break;
  }
  return "stored in " + LocNoun(r.node) + ", which outlives it";
}

std::string ChainWriter::ShortLoc(const std::string& loc) {
  std::string expr;
  if (IsStorage(loc, &expr)) return expr;
  return loc;
}

}  // namespace goescape::explain
