// print.cpp: the textual form of the SSA-like IR (--emit=ir).
//
// Example:
//   func f(p *int) *int  ; a.go:3:6
//   b0 entry:
//     %0 = param p *int                      ; 3:8 d=1
//     %1 = alloc p *int [stack]              ; 3:8 d=1
//     store %1 <- %0                         ; 3:8 d=1
//     %2 = alloc x int [heap]                ; 4:2 d=1
//     return %2                              ; 5:2 d=1
// Output is deterministic: no addresses, no hash-order iteration.
#include "analysis/gcir/fmt.h"
#include "analysis/ir/ir_print.h"
#include "llvm/Support/raw_ostream.h"

namespace goescape::ir {
namespace {

std::string V(InstId id) { return id.Valid() ? "%" + std::to_string(id.Index()) : "_"; }

const char* PlacementText(Placement p) {
  switch (p) {
    case Placement::kUndecided:
      return "[?]";
    case Placement::kStack:
      return "[stack]";
    case Placement::kHeap:
      return "[heap]";
    case Placement::kNone:
      return "";
  }
  return "[?]";
}

}  // namespace

void Print(const Function& fn, const gcir::Package& pkg, const gcir::TypeOracle& types,
           llvm::raw_ostream& os) {
  const gcir::Func& gf = pkg.F(fn.GcFunc());
  os << "func " << fn.Name();
  if (gf.type != 0) os << " " << types.String(gf.type);
  os << "\n";
  for (uint32_t bi = 0; bi < fn.NumBlocks(); ++bi) {
    const Block& b = fn.B(BlockId(bi));
    os << "b" << bi << " " << b.comment << ":";
    if (!b.preds.empty()) {
      os << " preds";
      for (BlockId p : b.preds) os << " b" << p.Index();
    }
    os << "\n";
    for (InstId id : b.insts) {
      const Inst& in = fn.I(id);
      std::string line = "  ";
      uint8_t flags = KindFlags(in.kind);
      if (flags & kValue) line += V(id) + " = ";
      line += KindName(in.kind).str();
      auto type_text = [&] {
        if (in.type == 0) return std::string();
        // An allocation prints the type it allocates; other addresses
        // print as pointers.
        bool ptr = in.is_addr && in.kind != InstKind::kAlloc;
        return (ptr ? "*" : "") + types.String(in.type);
      };
      switch (in.kind) {
        case InstKind::kConst:
          // Constants the builder made up (loop counters, select indexes)
          // have no node: print their value.
          line += " " + (in.origin.Valid() ? gcir::NodeString(pkg, types, in.origin)
                                           : std::to_string(in.aux));
          if (in.type) line += ":" + type_text();
          break;
        case InstKind::kParam:
        case InstKind::kFreeVar:
        case InstKind::kGlobal:
        case InstKind::kAlloc:
          if (in.origin.Valid() && pkg.OpOf(in.origin) == gcir::Op::ONAME) {
            line += " " + pkg.NameOf(in.origin).sym;
          } else if (in.origin.Valid()) {
            line += " (" + gcir::NodeString(pkg, types, in.origin) + ")";
          }
          line += " " + type_text();
          break;
        case InstKind::kFuncRef:
          line += " " + pkg.F(gcir::FuncId(in.aux)).name;
          break;
        case InstKind::kMakeClosure:
          line += " " + pkg.F(gcir::FuncId(in.aux2)).name;
          break;
        case InstKind::kCall:
          if (in.aux == 0) line += " " + pkg.F(gcir::FuncId(in.aux2)).name;
          if (in.aux == 1) line += " " + V(in.a);
          if (in.aux == 2) line += " " + V(in.a) + "." + pkg.SymText(in.aux2).str();
          if (in.aux == 3) line += " " + gcir::OpText(static_cast<gcir::Op>(in.aux2)).str();
          break;
        case InstKind::kFieldAddr:
        case InstKind::kField:
          line += " " + V(in.a) + "." + pkg.SymText(in.aux).str();
          break;
        case InstKind::kUnOp:
        case InstKind::kBinOp: {
          // The operator as Go spells it ("+", "<-"), else gc's op name.
          auto op = static_cast<gcir::Op>(in.aux);
          llvm::StringRef text = gcir::OpText(op);
          line += " " + (text.empty() ? gcir::OpName(op).str() : text.str());
          break;
        }
        case InstKind::kConvert:
          line += " " + gcir::OpName(static_cast<gcir::Op>(in.aux)).str();
          break;
        case InstKind::kJump:
          line += " b" + std::to_string(in.aux);
          break;
        case InstKind::kStore:
          line += " " + V(in.a) + " <- " + V(in.b);
          break;
        case InstKind::kIf:
          line += " " + V(in.a) + " b" + std::to_string(in.aux) + " b" + std::to_string(in.aux2);
          break;
        default:
          break;
      }
      if (in.kind == InstKind::kStore) {
        // operands printed above
      } else if (in.kind != InstKind::kFieldAddr && in.kind != InstKind::kField &&
                 in.kind != InstKind::kIf && in.kind != InstKind::kCall) {
        for (InstId op : {in.a, in.b, in.c}) {
          if (op.Valid()) line += " " + V(op);
        }
      } else if (in.kind == InstKind::kCall) {
        // operands printed below
      } else {
        for (InstId op : {in.b, in.c}) {
          if (op.Valid()) line += " " + V(op);
        }
      }
      if (!in.extra.Empty()) {
        line += " [";
        bool first = true;
        for (InstId e : fn.List(in.extra)) {
          if (!first) line += " ";
          first = false;
          line += V(e);
        }
        line += "]";
      }
      if ((flags & kValue) && in.kind != InstKind::kConst && in.kind != InstKind::kParam &&
          in.kind != InstKind::kFreeVar && in.kind != InstKind::kGlobal &&
          in.kind != InstKind::kAlloc) {
        std::string t = type_text();
        if (!t.empty()) line += " : " + t;
      }
      if ((flags & kAlloc) && in.placement != Placement::kNone) {
        if (in.placement == Placement::kHeap && in.reason != 0) {
          line += " [heap: " + fn.String(in.reason) + "]";
        } else {
          line += std::string(" ") + PlacementText(in.placement);
        }
      }
      if (line.size() < 48) line.append(48 - line.size(), ' ');
      line += " ; ";
      if (in.pos.Known()) line += std::to_string(in.pos.line) + ":" + std::to_string(in.pos.col);
      line += " d=" + std::to_string(in.loop_depth);
      os << line << "\n";
    }
  }
  os << "\n";
}

}  // namespace goescape::ir
