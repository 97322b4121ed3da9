// explain_words.cpp: plain-words rendering of escape chains (see
// explain_words.h and explain_writer.h): one sentence per step built from
// its notes (WriteStep, with a clause for every REASON word), the links to
// locations that are themselves on the heap (Write), and Explainer's
// entry points.
#include "tools/goescape/explain_words.h"

#include <algorithm>
#include <map>
#include <set>

#include "llvm/ADT/StringExtras.h"
#include "tools/goescape/explain_gctext.h"
#include "tools/goescape/explain_writer.h"

namespace goescape::explain {

/// NoteShift is the dereference change a note's operation implies (the
/// hole operation gc pairs with that reason): -1 for address-taking, +1 for
/// dereferences, 0 otherwise.
int NoteShift(llvm::StringRef why) {
  if (why == "address-of" || why == "spill" || why == "reference" || why == "too large for stack" ||
      why == "too aligned for stack" || why == "non-constant size") {
    return -1;
  }
  if (why == "indirection" || why == "dot of pointer" || why == "range-deref" ||
      why == "reflect.Header.Data" || why == "appendee slice" || why == "appended slice..." ||
      why == "copied slice") {
    return 1;
  }
  return 0;
}

std::vector<Pos> ChainWriter::Excerpts(const Step& s, Pos fallback) {
  std::vector<Pos> out;
  for (const Note& n : s.notes) {
    if (!n.pos.Known()) continue;
    bool seen = false;
    for (Pos p : out) seen = seen || (p.file == n.pos.file && p.line == n.pos.line);
    if (!seen) out.push_back(n.pos);
  }
  if (out.empty() && fallback.Known()) out.push_back(fallback);
  return out;
}

std::string ChainWriter::CallClause(const Step& s, const Note& n, const std::string& subject,
                                    const NodeRef& dst, int other_shift, std::string& heap_cause,
                                    bool& named_dst) const {
  std::string callee = Callee(n.where);
  llvm::StringRef ce(callee);
  std::string code = Code(n.where);
  if (callee == "append") {
    if (s.HasReason("appendee slice") || s.HasReason("appended slice...")) return "";
    if (dst.loc == "{heap}") {
      named_dst = true;
      heap_cause = "appended to a slice by " + code + At(n.pos) +
                   ": escape analysis treats appended values as stored on the heap, "
                   "because append may move them into a new heap-allocated array";
      return code + " appends " + subject +
             " to a slice, and appended values count as stored on the heap (call parameter)";
    }
    // The slice appended to flows on into append's result.
    return code + " appends to " + subject + " and returns the result (call parameter)";
  }
  // copy and append(s, xs...) are said by their own notes (copied
  // slice, appended slice..., appendee slice).
  if (callee == "copy") return "";
  if (callee == "panic") {
    named_dst = dst.loc == "{heap}";
    heap_cause = "passed to " + code + At(n.pos) +
                 ": a panic value can be recovered anywhere up the stack, so it escapes";
    return code + " passes " + subject + " to panic (call parameter)";
  }
  // How many dereferences the callee's parameter tag adds.
  int tag = s.derefs - other_shift;
  bool dynamic = false;
  std::string who;
  std::string why_dynamic;
  llvm::StringRef base = ce.take_until([](char c) { return c == '.'; });
  if (ce.startswith("(*") || (ce.contains('.') && model_.IsTypeName(base))) {
    who = "the method " + Code(callee);
  } else if (ce.contains('.') && model_.IsImport(base)) {
    who = Code(callee);
  } else if (!ce.contains('.') && model_.IsFuncName(ce)) {
    who = Code(callee);
  } else if (ce == "func literal") {
    who = "the function literal";
  } else if (!ce.contains('.')) {
    dynamic = true;
    who = "the function value " + Code(callee);
    why_dynamic = "gc cannot tell which function it calls, so its arguments escape";
  } else {
    dynamic = true;
    who = Code(callee);
    why_dynamic =
        "it calls through an interface method or a function-valued field, so gc "
        "cannot see the callee and its arguments escape";
  }
  // Notes after the call's are outer ones (the statement using the
  // call's result): then the callee returned the value rather than
  // leaking it.
  bool returned = &n != &s.notes.back();
  if (returned && !dynamic) {
    return code + " passes " + subject + " to " + who + ", which returns it (call parameter)";
  }
  if (dst.loc == "{heap}") {
    named_dst = true;
    if (dynamic) {
      heap_cause = "passed to " + who + At(n.pos) + ": " + why_dynamic;
      return code + " passes " + subject + " to " + who + " (" + why_dynamic + ") (call parameter)";
    }
    std::string leak = tag <= 0 ? "whose parameter leaks to the heap"
                                : "which stores what its parameter points to on the heap (its "
                                  "parameter's content leaks)";
    heap_cause = "passed to " + who + At(n.pos) + ", " + leak;
    // A function of this package: point at its leaking parameters.
    for (const FuncInfo& f : model_.Funcs()) {
      if (f.name == callee && f.kind == FuncKind::kDecl) {
        heap_cause += " (see " + f.name + "'s leaking parameters, " + PosText(f.pos) + ")";
        break;
      }
    }
    return code + " passes " + subject + " to " + who + ", " + leak + " (call parameter)";
  }
  if (dst.loc == "{temp}") return code + " passes " + subject + " to " + who + " (call parameter)";
  if (dst.var && dst.var->role == VarRole::kParam) {
    named_dst = true;
    return code + " passes " + subject + " to " + who + " as its parameter " + Code(dst.loc) +
           " (call parameter)";
  }
  return code + " passes " + subject + " to " + who + ", which returns it (call parameter)";
}

std::string ChainWriter::HeapStore(llvm::StringRef stmt, Pos pos, std::string& heap_cause) const {
  std::string lhs = LhsOf(stmt);
  std::string code = Code(stmt);
  std::string where = At(pos);
  llvm::StringRef l(lhs);
  if (l.empty()) {
    heap_cause =
        "stored by " + code + where + " into memory that escape analysis treats as the heap";
    return code + " stores it into heap memory";
  }
  if (SplitTop(l, ',').size() > 1) {
    heap_cause = "stored by " + code + where +
                 " into a package-level variable or through a pointer, which escape analysis "
                 "treats as the heap";
    return code + " stores it into a package-level variable or through a pointer";
  }
  int func = model_.FuncAt(pos);
  if (IsIdent(l) && (model_.IsGlobalVar(l) || !model_.FindVar(l, func, pos))) {
    heap_cause = "stored in the package-level variable " + Code(l) + where +
                 ": package-level variables live on the heap, so whatever they point to must "
                 "be on the heap too";
    return code + " stores it in the package-level variable " + Code(l) + ", i.e. on the heap";
  }
  llvm::StringRef base = LeadingIdent(l.startswith("*") ? l.ltrim("*(") : l);
  bool global = !base.empty() && model_.IsGlobalVar(base) && !model_.FindVar(base, func, pos);
  if (global) {
    heap_cause = "stored in " + Code(lhs) + ", part of the package-level variable " + Code(base) +
                 where +
                 ": package-level variables live on the heap, so whatever they point to must "
                 "be on the heap too";
    return code + " stores it in the package-level variable " + Code(base) + ", i.e. on the heap";
  }
  if (l.endswith("]")) {
    size_t open = l.size();
    int depth = 0;
    for (size_t i = l.size(); i-- > 0;) {
      if (l[i] == ']') ++depth;
      if (l[i] == '[' && --depth == 0) {
        open = i;
        break;
      }
    }
    llvm::StringRef container = l.take_front(open);
    const VarInfo* v = IsIdent(container) ? model_.FindVar(container, func, pos) : nullptr;
    if (v && llvm::StringRef(v->type_text).startswith("map[")) {
      heap_cause = "stored as a value of the map " + Code(container) + where +
                   ": maps keep their keys and values on the heap";
      return code + " stores it in the map " + Code(container) +
             " (maps keep keys and values "
             "on the heap)";
    }
    heap_cause = "stored into the element " + Code(lhs) + where +
                 ": a slice element (or map entry) is reached through a pointer, and escape "
                 "analysis treats every store through a pointer as a store to the heap";
    return code + " stores it into the element " + Code(lhs) +
           " (stores into slice elements and map entries count as heap stores)";
  }
  heap_cause = "stored through a pointer by " + code + where +
               ": escape analysis does not track where pointers point, so it treats every "
               "store through a pointer as a store to the heap";
  return code + " stores it through a pointer, which counts as a store to the heap";
}

StepResult ChainWriter::WriteStep(const Step& s, const NodeRef& src, const NodeRef& dst, bool first,
                                  const HeapEntry* entry) const {
  StepResult out;
  std::vector<std::string> clauses;
  bool named_dst = false;
  bool explained_addr = false;
  std::string src_expr;
  std::string subject =
      (!IsStorage(src.loc, &src_expr) && src.loc != "{temp}" && src.loc != "{heap}") ? Code(src.loc)
      : first && !src_expr.empty() ? Code(src_expr)
                                   : "it";
  int shifts = 0;
  for (const Note& n : s.notes) {
    if (n.why != "call parameter") shifts += NoteShift(n.why);
  }
  bool captured = s.HasReason("captured by a closure");
  // After the first clause, the value being followed is "it".
  auto add = [&](std::string clause) {
    clauses.push_back(std::move(clause));
    subject = "it";
  };
  const std::string src_name = subject;
  for (const Note& n : s.notes) {
    const std::string& why = n.why;
    std::string w = Code(n.where);
    std::string gc = " (" + why + ")";
    // copy(dst, src) and append(s, ...) speak through these notes alone;
    // keep the call's own word visible.
    if ((why == "copied slice" || why == "appended slice..." || why == "appendee slice") &&
        s.HasReason("call parameter")) {
      gc = " (call parameter, " + why + ")";
    }
    if (why == "address-of") {
      if (Code(n.where) == subject) {
        // Slicing an array takes its address implicitly.
        add("the address of " + subject + " is taken implicitly" + gc);
      } else {
        add(w + " takes the address of " + subject + gc);
      }
      explained_addr = true;
    } else if (why == "spill") {
      explained_addr = true;
      add(SpillClause(s, n, src, dst, first, entry, out.heap_cause, named_dst));
    } else if (why == "interface-converted") {
      bool into_copy = IsStorage(dst.loc);
      named_dst = named_dst || into_copy;
      if (into_copy) {
        add(subject + " is converted to an interface, whose copy of the value holds it" + gc);
      } else if (Code(n.where) == subject) {
        add(subject + " is converted to an interface" + gc);
      } else {
        add(w + " converts " + subject + " to an interface" + gc);
      }
    } else if (why == "indirection") {
      add(w + " dereferences " + subject + gc);
    } else if (why == "dot") {
      if (llvm::StringRef(n.where).contains(".(")) {
        add(w + " type-asserts " + subject + gc);
      } else {
        llvm::StringRef sel = llvm::StringRef(n.where).rsplit('.').second;
        add(w + " selects " + Code(sel) + " from " + subject + gc);
      }
    } else if (why == "dot of pointer") {
      add(w + " reads through " + subject + " (a pointer, slice or string)" + gc);
    } else if (why == "fixed-array-index-of") {
      add(w + " reads an element of the array " + subject + gc);
    } else if (why == "slice") {
      add(w + " slices " + subject + ", sharing its memory" + gc);
    } else if (why == "array literal element") {
      add(subject + " becomes an element of the array literal " + w + gc);
    } else if (why == "slice-literal-element") {
      named_dst = named_dst || IsStorage(dst.loc);
      if (n.where == "... argument") {
        add(subject + " is put into the slice of variadic arguments (" + Code("...") + ")" + gc);
      } else {
        add(subject + " becomes an element of the slice literal " + w + gc);
      }
    } else if (why == "struct literal element") {
      named_dst = named_dst || IsStorage(dst.loc);
      add(subject + " becomes a field of the struct literal " + w + gc);
    } else if (why == "map literal key" || why == "map literal value") {
      bool key = why == "map literal key";
      named_dst = true;
      out.heap_cause = std::string("used as a ") + (key ? "key" : "value") +
                       " of the map literal " + w + " (" + LineRef(n.pos) +
                       "): maps keep their keys and values on the heap";
      add(subject + " becomes a " + (key ? "key" : "value") + " of the map literal " + w +
          ", and maps keep keys and values on the "
          "heap" +
          gc);
    } else if (why == "key of map put") {
      named_dst = true;
      out.heap_cause = "used as a map key in " + w + " (" + LineRef(n.pos) +
                       "): maps keep their keys and values on the heap";
      add(w + " uses " + subject + " as a map key, and maps keep keys and values on the heap" + gc);
    } else if (why == "assign" || why == "assign-pair" || why == "assign-pair-dot-type" ||
               why == "assign-pair-mapr" || why == "assign-pair-receive") {
      named_dst = true;
      std::string what = why == "assign-pair-dot-type"  ? " (a comma-ok type assertion)"
                         : why == "assign-pair-mapr"    ? " (a comma-ok map read)"
                         : why == "assign-pair-receive" ? " (a comma-ok receive)"
                                                        : "";
      if (dst.loc == "{heap}") {
        add(HeapStore(n.where, n.pos, out.heap_cause) + what + gc);
      } else if (dst.loc == "{temp}") {
        add(w + " assigns " + subject + " to a compiler temporary" + what + gc);
      } else if (dst.loc == src.loc && !IsStorage(dst.loc)) {
        add(w + " stores " + subject + " in " + Code(dst.loc) + " itself, so " + Code(dst.loc) +
            " now holds a pointer to itself" + what + gc);
      } else {
        add(w + " stores " + subject + " in " + LocNoun(dst) + what + gc);
      }
    } else if (why == "return") {
      named_dst = true;
      int f = model_.FuncAt(n.pos);
      std::string res = dst.loc;
      add(w + " returns " + subject + " from " + FuncName(f) +
          (res.empty() || dst.loc == "{heap}" ? "" : " as its result " + res) + gc);
      if (dst.loc == "{heap}") {
        out.heap_cause = "returned from " + FuncName(f) + " (" + LineRef(n.pos) +
                         "), whose results are on the heap";
      }
    } else if (why == "send") {
      named_dst = true;
      out.heap_cause = "sent on a channel (" + w + ", " + LineRef(n.pos) +
                       "): any goroutine may receive and keep it, so values sent on channels "
                       "go to the heap";
      add(w + " sends " + subject +
          " on a channel; values sent on channels go "
          "to the heap" +
          gc);
    } else if (why == "range") {
      named_dst = true;
      add("the " + Code("for ... range") + " loop (" + LineRef(n.pos) +
          ") copies elements of the array " + (subject == "it" ? "" : subject + " ") + "into " +
          LocNoun(dst) + gc);
    } else if (why == "range-deref") {
      named_dst = true;
      add("the " + Code("for ... range") + " loop (" + LineRef(n.pos) + ") copies the elements " +
          subject + " refers to into " + LocNoun(dst) + gc);
    } else if (why == "switch case") {
      named_dst = true;
      llvm::StringRef c = llvm::StringRef(n.where).split(':').first;
      add("the type switch " + Code(c) + " binds " + subject + " to " + LocNoun(dst) + gc);
    } else if (why == "call parameter") {
      std::string c = CallClause(s, n, subject, dst, shifts, out.heap_cause, named_dst);
      if (!c.empty()) add(std::move(c));
    } else if (why == "appendee slice") {
      named_dst = dst.loc == "{heap}";
      out.heap_cause = "copied by " + w + " (" + LineRef(n.pos) +
                       ") into a new backing array, which escape analysis treats as heap "
                       "memory (append may reallocate)";
      add(w + " may copy the elements of " + (subject == "it" ? "the slice" : subject) +
          " into a new backing array, which counts as heap memory" + gc);
    } else if (why == "appended slice...") {
      named_dst = dst.loc == "{heap}";
      out.heap_cause = "appended by " + w + " (" + LineRef(n.pos) +
                       "): escape analysis treats appended values as stored on the heap";
      add(w + " appends the elements of " + subject +
          ", and appended values count as stored on the heap" + gc);
    } else if (why == "copied slice") {
      named_dst = dst.loc == "{heap}";
      out.heap_cause = "copied by " + w + " (" + LineRef(n.pos) +
                       "): escape analysis treats copied elements as stored on the heap";
      add(w + " copies the elements of " + subject +
          ", and copied values count as stored on the heap" + gc);
    } else if (why == "captured by a closure") {
      bool by_ref = s.HasReason("reference");
      named_dst = true;
      explained_addr = explained_addr || by_ref;
      add(LocNoun(dst) + " captures " + subject +
          (by_ref ? " by reference, so it holds " + subject + "'s address"
                  : " by value, so it holds a copy of " + subject) +
          " (captured by a closure" + (by_ref ? ", reference)" : ")"));
    } else if (why == "reference") {
      if (!captured) add(subject + " is referenced by address" + gc);
    } else if (why == "too large for stack") {
      named_dst = true;
      std::string size = LargeSize(entry, src);
      out.heap_cause =
          "too large for the stack" + (size.empty() ? "" : ": " + size) + " (too large for stack)";
      add(subject + " is too large for the stack" +
          (size.empty() ? std::string(" (variables over 10 MB, and new/&T{}/make "
                                      "allocations over 64 KB, go to the heap)")
                        : " (" + size + ")") +
          gc);
    } else if (why == "too aligned for stack") {
      named_dst = true;
      out.heap_cause = "aligned more strictly than the stack allows (too aligned for stack)";
      add(subject + " needs more alignment than the stack provides" + gc);
    } else if (why == "non-constant size") {
      named_dst = true;
      std::string len = MakeLen(n.where);
      out.heap_cause = "allocated by " + w +
                       " with a size known only at run time (non-constant "
                       "size): only " +
                       Code("make") + " with a constant size of at most 64 KB can use the stack";
      add(w + " has a non-constant size" +
          (len.empty() ? "" : " (" + Code(len) + " is not a constant)") +
          ", so its backing array is allocated on the heap" + gc);
    } else if (why == "reflect.Header.Data") {
      add(w + " reads the Data word of the reflect.SliceHeader or StringHeader " + subject +
          " points to; that uintptr is treated as the pointer it holds" + gc);
    } else if (why == "//go:uintptrescapes") {
      named_dst = true;
      out.heap_cause = "passed as a uintptr to a function marked //go:uintptrescapes (" +
                       LineRef(n.pos) + "), whose pointer arguments escape";
      add(w + " passes " + subject + " as a uintptr to a //go:uintptrescapes function" + gc);
    } else if (why == "conversion to unsafe.Pointer") {
      add(w + " converts " + subject + " to unsafe.Pointer under checkptr instrumentation" + gc);
    } else {
      add(w + " (" + why + ")");
    }
  }
  if (!named_dst) {
    std::string what = src_name;
    int unexplained = s.derefs - shifts;
    if (s.derefs < 0 && !explained_addr) {
      what = src_name == "it" ? "its address" : "the address of " + src_name;
    } else if (unexplained > 0 && !s.HasReason("dot") && !s.HasReason("switch case") &&
               !s.HasReason("call parameter")) {
      what = "what " + src_name + " points to";
    }
    const GoDeferInfo* g = nullptr;
    if (clauses.empty() && dst.loc == "{heap}" && !IsStorage(src.loc)) {
      g = GoDeferCallingVar(src);
    }
    if (g) {
      clauses.push_back(Code(g->text) + (g->is_go ? " runs " : " defers a call of ") +
                        Code(src.loc) + (g->is_go ? " in a new goroutine" : " inside a loop"));
      out.heap_cause = g->is_go
                           ? "run in a new goroutine (" + Code(g->text) + ", " + LineRef(g->pos) +
                                 "): a goroutine can outlive the function that starts "
                                 "it, so what it runs must be on the heap"
                           : "deferred inside a loop (" + Code(g->text) + ", " + LineRef(g->pos) +
                                 "): a defer in a loop may run any number of times, so "
                                 "what it calls must be on the heap";
    } else if (clauses.empty() && dst.loc == "{heap}") {
      clauses.push_back(what +
                        " flows into the heap (gc records no reason for this step; it "
                        "does this for the receiver bound by a method value of an "
                        "interface, and for a function value run by go or defer)");
      out.heap_cause =
          "stored on the heap by a step gc records without a reason (the receiver "
          "bound by a method value of an interface, or a function value run by go "
          "or defer)";
    } else if (clauses.empty()) {
      clauses.push_back(what + " flows into " + LocNoun(dst));
    } else if (dst.loc != "{temp}") {
      // (A temporary is only a fork in the path; the next step says where
      // it leads.)
      clauses.push_back("it flows into " + LocNoun(dst));
    }
    if (dst.loc == "{heap}" && out.heap_cause.empty()) out.heap_cause = "stored on the heap";
  }
  // Capitalize nothing (clauses start with code or lower case); join.
  out.line.text = llvm::join(clauses, "; ");
  Pos fallback = src.pos;
  out.line.excerpts = Excerpts(s, fallback);
  return out;
}

const GoDeferInfo* ChainWriter::GoDeferCallingVar(const NodeRef& n) const {
  return model_.GoDeferWithCallee(n.loc, n.func);
}

std::string ChainWriter::SpillClause(const Step& s, const Note& n, const NodeRef& src,
                                     const NodeRef& dst, bool first, const HeapEntry* entry,
                                     std::string& heap_cause, bool& named_dst) const {
  const HeapEntry* e = first ? entry : FindEntry(src, src.func);
  AllocKind kind = ClassifyAlloc(n.where, n.pos, e);
  if (!e && src.conversion) kind = AllocKind::kIfaceConv;
  std::string w = Code(n.where);
  std::string made;
  switch (kind) {
    case AllocKind::kClosure: {
      std::string name = ClosureName(n.pos);
      made = "the func literal" + (name.empty() ? "" : " " + name) + " allocates a closure";
      break;
    }
    case AllocKind::kGoDeferWrapper:
      made = "gc wraps the call in a func literal, which allocates a closure";
      break;
    case AllocKind::kPtrLit:
      made = w + " allocates a new " + PtrLitType(n.where);
      break;
    case AllocKind::kNew:
      made = w + " allocates a new " + llvm::StringRef(n.where).drop_front(4).drop_back().str();
      break;
    case AllocKind::kMakeSlice:
    case AllocKind::kSliceLit:
      made = w + " allocates a backing array";
      break;
    case AllocKind::kMakeMap:
    case AllocKind::kMapLit:
      made = w + " allocates a map";
      break;
    case AllocKind::kExplicitIface:
      made = w + " copies " + Code(CallArgs(n.where)) + " into new memory for the interface";
      break;
    case AllocKind::kVariadic:
      made = "the call allocates a slice for its variadic arguments (" + Code("...") + ")";
      break;
    case AllocKind::kIfaceConv:
      made = "converting " + w + " to an interface allocates a copy of it";
      break;
    case AllocKind::kMethodValue:
      made = "the method value " + w + " allocates a closure binding its receiver";
      break;
    case AllocKind::kConcat:
      made = w + " allocates the concatenated string";
      break;
    case AllocKind::kConversion:
      made = w + " allocates the converted copy";
      break;
    default:
      made = w + " allocates new storage";
      break;
  }
  made += " (spill)";
  // A closure sent straight to the heap: a go statement, or a defer in a loop.
  if (dst.loc == "{heap}" && s.notes.size() == 1 &&
      (kind == AllocKind::kClosure || kind == AllocKind::kGoDeferWrapper)) {
    const GoDeferInfo* g =
        kind == AllocKind::kGoDeferWrapper ? model_.GoDeferAt(n.pos) : model_.GoDeferCalling(n.pos);
    if (g) {
      named_dst = true;
      if (g->is_go) {
        heap_cause = "run in a new goroutine (" + Code(g->text) + ", " + LineRef(g->pos) +
                     "): a goroutine can outlive the function that starts it, so what it runs "
                     "must be on the heap";
        return made + "; " + Code(g->text) +
               " runs it in a new goroutine, which can outlive this function";
      }
      heap_cause = "deferred inside a loop (" + Code(g->text) + ", " + LineRef(g->pos) +
                   "): a defer in a loop may run any number of times, so gc keeps its closure "
                   "on the heap rather than in the function's frame";
      return made + "; " + Code(g->text) + " defers it inside a loop";
    }
  }
  return made;
}

std::string ChainWriter::LargeSize(const HeapEntry* entry, const NodeRef& src) const {
  std::optional<uint64_t> size;
  bool var = entry && entry->kind == EntryKind::kVariable;
  if (var && src.var) {
    size = EstimateTypeSize(src.var->type_text);
  } else if (entry) {
    llvm::StringRef l(entry->label);
    if (l.startswith("new(")) {
      size = EstimateTypeSize(l.drop_front(4).drop_back());
    } else if (l.startswith("&") && l.endswith("}")) {
      size = EstimateTypeSize(PtrLitType(l));
    } else if (l.startswith("make([]")) {
      std::vector<std::string> args = SplitTop(CallArgs(l), ',');
      if (args.size() >= 2) {
        auto elem = EstimateTypeSize(llvm::StringRef(args[0]).drop_front(2));
        auto n = EvalIntExpr(args.size() >= 3 ? args[2] : args[1]);
        if (elem && n) size = *elem * *n;
      }
    }
  }
  if (!size) return "";
  if (var) return "size " + SizeText(*size) + " > 10 MB, the limit for variables";
  return "size " + SizeText(*size) + " > 64 KB, the limit for new, &T{...}, make and closures";
}

std::string ChainWriter::MakeLen(llvm::StringRef make) {
  std::vector<std::string> args = SplitTop(CallArgs(make), ',');
  if (args.size() < 2) return "";
  return args.size() >= 3 ? args[2] : args[1];
}

void ChainWriter::Write(const Chain& c, const NodeRef& start, const HeapEntry* entry, int& number,
                        std::set<const HeapEntry*>& visited, int links, Explained& out,
                        std::vector<std::string>& prefixes) const {
  std::vector<NodeRef> nodes = ResolveNodes(c, start, entry);
  std::string heap_cause;
  for (size_t i = 0; i < c.steps.size(); ++i) {
    StepResult r = WriteStep(c.steps[i], nodes[i], nodes[i + 1], i == 0, entry);
    r.line.number = ++number;
    out.lines.push_back(std::move(r.line));
    if (!r.heap_cause.empty()) heap_cause = r.heap_cause;
  }
  RootInfo root = ClassifyRoot(c, nodes, entry);
  if (root.kind == RootKind::kCycle) {
    out.lines.push_back(Line{0,
                             "gc's explanation stops here: " + Code(root.node.loc) +
                                 " was already on this path (warning: truncated explanation "
                                 "due to assignment cycle; see golang.org/issue/35518)",
                             {}});
  }
  if (root.kind == RootKind::kEscaped && links < Explainer::kMaxLinks &&
      visited.insert(root.entry).second && !root.entry->chains.empty()) {
    const HeapEntry& next = *root.entry;
    std::string noun = LocNoun(StartNode(next));
    out.lines.push_back(Line{0,
                             noun + " is itself on the heap (" + x_.Verdict(next) + ", " +
                                 PosText(next.pos) + "), because:",
                             {}});
    prefixes.push_back(PrefixFor(c, noun));
    const Chain& nc = next.chains[Shortest(next.chains)];
    Write(nc, StartNode(next), &next, number, visited, links + 1, out, prefixes);
    return;
  }
  std::string cause = RootCause(root, heap_cause, nodes);
  prefixes.push_back(cause);
  out.root_cause = llvm::join(prefixes, ", which is ");
}

std::string ChainWriter::PrefixFor(const Chain& c, const std::string& noun) {
  const Step& last = c.steps.back();
  if (last.HasReason("captured by a closure")) {
    return "captured " + std::string(last.HasReason("reference") ? "by reference " : "") + "by " +
           noun;
  }
  if (last.HasReason("interface-converted")) return "held by " + noun;
  if (last.HasReason("slice-literal-element") || last.HasReason("struct literal element") ||
      last.HasReason("array literal element")) {
    return "put into " + noun;
  }
  return "stored in " + noun;
}

// ------------------------------------------------------------- Explainer

Explainer::Explainer(const SourceSet& sources, const SourceModel& model, const Records& records)
    : sources_(sources), model_(model), records_(records) {
  for (const HeapEntry& e : records_.heap) by_label_[e.label].push_back(&e);
}

std::string Explainer::Verdict(const HeapEntry& e) const {
  if (e.kind == EntryKind::kVariable) return "moved to heap: " + e.label;
  return e.label + " escapes to heap";
}

std::string Explainer::What(const HeapEntry& e) const {
  ChainWriter w(*this);
  if (e.kind == EntryKind::kAllocation) return w.AllocWhat(e);
  const VarInfo* v = model_.VarAt(e.pos);
  llvm::StringRef name(e.label);
  if (name.startswith(".autotmp_")) {
    if (const GoDeferInfo* g = model_.GoDeferWithArgAt(e.pos)) {
      return "the compiler temporary " + e.label + ", which keeps a value " + Code(g->text) +
             " needs until the " + (g->is_go ? "goroutine starts" : "deferred call runs") +
             " (gc copies the call's function and arguments into temporaries)";
    }
    return "the compiler temporary " + e.label;
  }
  if (!v) return "the variable " + Code(e.label);
  std::string fn = w.FuncName(v->func);
  switch (v->role) {
    case VarRole::kParam:
      return "the parameter " + Code(e.label) + " of " + fn + " (gc copies it to the heap when " +
             fn + " starts)";
    case VarRole::kResult:
      return "the result " + Code(e.label) + " of " + fn;
    case VarRole::kLocal:
      break;
  }
  return "the local variable " + Code(e.label) + " of " + fn;
}

Explained Explainer::Explain(const HeapEntry& e) const {
  ChainWriter w(*this);
  Explained out;
  if (e.chains.empty()) {
    out.root_cause = "gc logged no explanation for this allocation";
    return out;
  }
  size_t best = Shortest(e.chains);
  if (e.chains.size() > 1) {
    std::vector<std::string> lens;
    for (const Chain& c : e.chains) lens.push_back(std::to_string(c.steps.size()));
    out.chosen = "gc recorded " + std::to_string(e.chains.size()) + " explanations (" +
                 llvm::join(lens, ", ") + " steps); the shortest" +
                 (std::count_if(e.chains.begin(), e.chains.end(),
                                [&](const Chain& c) {
                                  return c.steps.size() == e.chains[best].steps.size();
                                }) > 1
                      ? ", first recorded,"
                      : "") +
                 " is shown";
  }
  int number = 0;
  std::set<const HeapEntry*> visited{&e};
  std::vector<std::string> prefixes;
  w.Write(e.chains[best], w.StartNode(e), &e, number, visited, 0, out, prefixes);
  return out;
}

ExplainedParam Explainer::ExplainParam(const ParamLeaks& p) const {
  ChainWriter w(*this);
  ExplainedParam out;
  out.pos = p.pos;
  const VarInfo* v = model_.VarAt(p.pos);
  int func = v ? v->func : model_.FuncAt(p.pos);
  out.what = "the parameter " + Code(p.param) + " of " + w.FuncName(func);
  // gc prints no leak line for a parameter moved to the heap itself, nor
  // for one whose type has no pointers.
  for (const HeapEntry& e : records_.heap) {
    if (e.pos == p.pos && e.kind == EntryKind::kVariable) return out;
  }
  if (v && !v->type_text.empty() && !model_.HasPointers(v->type_text)) return out;

  NodeRef start;
  start.loc = p.param;
  start.pos = p.pos;
  start.var = v;
  start.func = func;
  // Sink classes, as gc's leakTo decides them: result i of the parameter's
  // own function (if i < 7 and that result is not on the heap), else the
  // heap (-1). Each class keeps its minimal derefs.
  /// Classified is a leak record with its chain's classified root.
  struct Classified {
    const Leak* leak;
    RootInfo root;
  };
  std::map<int, std::vector<Classified>> classes;
  for (const Leak& l : p.leaks) {
    std::vector<NodeRef> nodes = w.ResolveNodes(l.chain, start);
    RootInfo root = w.ClassifyRoot(l.chain, nodes, nullptr);
    int owner = root.kind == RootKind::kResult ? root.result_func : -2;
    if (root.kind == RootKind::kCycle || l.chain.steps.empty()) owner = func;
    int cls = -1;
    if (owner == func) {
      if (auto ri = model_.ResultIndex(func, l.sink); ri && *ri < 7) {
        bool escaped = false;
        const VarInfo& rv = model_.Vars()[model_.Funcs()[func].results[*ri]];
        for (const HeapEntry& e : records_.heap) {
          if (e.kind == EntryKind::kVariable && e.pos == rv.pos) escaped = true;
        }
        if (!escaped) cls = *ri;
      }
    }
    classes[cls].push_back({&l, root});
  }
  auto min_derefs = [](const std::vector<Classified>& ls) {
    int m = ls.front().leak->derefs;
    for (const Classified& c : ls) m = std::min(m, c.leak->derefs);
    return m;
  };
  int heap = classes.count(-1) ? min_derefs(classes[-1]) : -1;
  if (heap >= 0) {
    out.verdicts.push_back(std::string(heap == 0 ? "leaking param: " : "leaking param content: ") +
                           p.param);
  }
  // gc prints the heap line first, then results in order: classes is a
  // std::map keyed -1, 0, 1, ..., which is that order.
  for (const auto& [cls, ls] : classes) {
    int d = min_derefs(ls);
    if (cls >= 0 && heap >= 0 && d >= heap) continue;  // gc's leaks.Optimize
    // The shortest chain among those with the minimal derefs (the ones
    // that decide gc's verdict).
    std::vector<Chain> chains;
    std::vector<RootInfo> roots;
    for (const Classified& c : ls) {
      if (c.leak->derefs != d) continue;
      chains.push_back(c.leak->chain);
      roots.push_back(c.root);
    }
    size_t best = Shortest(chains);
    ExplainedLeak el;
    std::string what =
        d == 0   ? Code(p.param) + " itself"
        : d == 1 ? "what " + Code(p.param) + " points to"
                 : "what " + Code(p.param) + " points to, " + std::to_string(d) + " pointers deep";
    std::string rname;
    if (cls < 0) {
      el.heading = "to the heap (derefs=" + std::to_string(d) + "): " + what +
                   (d == 0 ? " is stored on the heap, so callers must heap-allocate what they "
                             "pass as " +
                                 Code(p.param)
                           : " is stored on the heap, so callers must heap-allocate what their "
                             "argument points to (the argument itself may stay on the stack)");
    } else {
      rname = model_.Vars()[model_.Funcs()[func].results[cls]].name;
      out.verdicts.push_back("leaking param: " + p.param + " to result " + rname +
                             " level=" + std::to_string(d));
      el.heading = "to the result " + rname + " (level=" + std::to_string(d) + "): " + what +
                   " is returned, so a caller's argument escapes only if the caller lets the "
                   "result escape";
    }
    if (p.leaks.size() > 1) {
      std::vector<std::string> lens;
      for (const Leak& l : p.leaks) {
        lens.push_back(std::to_string(l.chain.steps.size()) + " step" +
                       (l.chain.steps.size() == 1 ? "" : "s") + " to " + l.sink +
                       " with derefs=" + std::to_string(l.derefs));
      }
      el.why.chosen = "gc recorded " + std::to_string(p.leaks.size()) + " flows (" +
                      llvm::join(lens, "; ") +
                      "); shown: the shortest among those with the fewest dereferences for this "
                      "sink, which decide gc's verdict";
    }
    int number = 0;
    std::set<const HeapEntry*> visited;
    std::vector<std::string> prefixes;
    w.Write(chains[best], start, nullptr, number, visited, Explainer::kMaxLinks, el.why, prefixes);
    const RootInfo& root = roots[best];
    if (cls >= 0) {
      el.why.root_cause = "returned from " + w.FuncName(func) + " as its result " + rname +
                          "; whether the argument escapes is decided at each call site";
    } else if (root.kind == RootKind::kEscaped && root.entry) {
      el.why.root_cause = "it reaches " + w.LocNoun(w.StartNode(*root.entry)) +
                          ", which is itself on the heap (" + Verdict(*root.entry) + ", " +
                          w.PosText(root.entry->pos) + ")";
    } else if (root.kind == RootKind::kResult) {
      auto ri = model_.ResultIndex(root.result_func, root.node.loc);
      if (root.result_func != func) {
        el.why.root_cause = "it reaches " + w.LocNoun(root.node) + ", a result of " +
                            w.FuncName(root.result_func) +
                            ": a flow into another function's result counts as a leak to the "
                            "heap (gc's leak summaries only describe a function's own results)";
      } else if (ri && *ri >= 7) {
        el.why.root_cause = "it reaches " + w.LocNoun(root.node) + ", result number " +
                            std::to_string(*ri + 1) +
                            ": gc's leak summaries track only the first 7 results, so a flow "
                            "into a later one counts as a leak to the heap";
      } else {
        el.why.root_cause = "it reaches " + w.LocNoun(root.node) +
                            ", which is itself on the heap, so gc counts this as a leak to the "
                            "heap";
      }
    } else if (root.kind != RootKind::kHeap && root.kind != RootKind::kCycle) {
      el.why.root_cause = "it reaches " + w.LocNoun(root.node) + ", which outlives every call of " +
                          w.FuncName(func) + " (gc counts this as a leak to the heap)";
    }
    out.leaks.push_back(std::move(el));
  }
  return out;
}

std::vector<ExplainedParam> Explainer::ExplainBodyless(int func) const {
  std::vector<ExplainedParam> out;
  const FuncInfo& f = model_.Funcs()[func];
  if (f.has_body) return out;
  for (int vi : f.params) {
    const VarInfo& v = model_.Vars()[vi];
    // gc: uintptr parameters are "assumed unsafe", pointer-free ones say
    // nothing, //go:noescape ones do not escape.
    if (v.type_text == "uintptr" || !model_.HasPointers(v.type_text)) continue;
    ExplainedParam p;
    p.what = "the parameter " + Code(v.name) + " of " + f.name;
    if (f.noescape) continue;
    p.verdicts.push_back("leaking param: " + v.name);
    p.pos = v.pos;
    ExplainedLeak el;
    el.heading = "to the heap (derefs=0): " + Code(v.name) +
                 " itself is assumed to be stored on the heap, so callers must heap-allocate "
                 "what they pass as " +
                 Code(v.name);
    el.why.root_cause = f.name +
                        " is declared without a body (implemented in assembly or linked in with "
                        "//go:linkname): gc cannot analyse it, so it assumes every pointer "
                        "parameter escapes; //go:noescape above the declaration says otherwise";
    p.leaks.push_back(std::move(el));
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace goescape::explain
