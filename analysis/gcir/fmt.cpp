// fmt.cpp: printing gc IR nodes exactly as gc's %v does (the rules of
// cmd/compile/internal/ir/fmt.go: fmtNode, exprFmt, stmtFmt and the Nodes
// formats), for -m and -m=2 output.
//
// Rules reproduced: a node with an original expression prints that instead
// (constants print their source spelling); implicit &, * and conversions are
// invisible; an expression whose precedence is below the context's is
// parenthesized, and ops missing from gc's precedence table count as 0 (so
// "(func literal)(&x)", "(&T{}).PM"); composite literals print as T{...} or
// T{} and the variadic slice as "... argument"; statements print in gc's
// shortened forms ("for loop", "switch statement", "x = <nil>").
#include "analysis/gcir/fmt.h"

#include "llvm/Support/ErrorHandling.h"

namespace goescape::gcir {
namespace {

/// Printer appends gc's rendering of nodes to out_.
class Printer {
 public:
  Printer(const Package& pkg, const TypeOracle& types) : pkg_(pkg), types_(types) {}

  void Node(NodeId n);                // %v
  void Expr(NodeId n, int prec);      // exprFmt
  void Stmt(NodeId n);                // stmtFmt
  void List(IdRange r, bool commas);  // %.v (commas) or %v ("; ")
  std::string Take() { return std::move(out_); }

 private:
  void Type(TypeRef t) { out_ += types_.String(t); }
  const gcir::Node& N(NodeId n) const { return pkg_.N(n); }

  const Package& pkg_;
  const TypeOracle& types_;
  std::string out_;
};

void Printer::Node(NodeId n) {
  if (!n.Valid()) {
    out_ += "<nil>";
    return;
  }
  if (OpPrec(N(n).op) < 0) {
    Stmt(n);
    return;
  }
  Expr(n, 0);
}

void Printer::List(IdRange r, bool commas) {
  bool first = true;
  for (NodeId n : pkg_.List(r)) {
    if (!first) out_ += commas ? ", " : "; ";
    first = false;
    Node(n);
  }
}

void Printer::Expr(NodeId n, int prec) {
  for (;;) {
    if (!n.Valid()) {
      out_ += "<nil>";
      return;
    }
    const gcir::Node& nn = N(n);
    if (nn.op == Op::OLITERAL && pkg_.LiteralOf(n).orig.Valid()) {
      n = pkg_.LiteralOf(n).orig;  // always the original, if any
      continue;
    }
    if (NodeId o = pkg_.Orig(n); o.Valid()) {
      n = o;
      continue;
    }
    if (nn.Implicit() && (nn.op == Op::OADDR || nn.op == Op::ODEREF || nn.op == Op::OCONV ||
                          nn.op == Op::OCONVNOP || nn.op == Op::OCONVIFACE)) {
      n = nn.x;  // implicit operations are invisible
      continue;
    }
    break;
  }
  const gcir::Node& x = N(n);
  int nprec = OpPrec(x.op);
  if (x.op == Op::OLITERAL) nprec = OpPrec(pkg_.LiteralOf(n).raw_op);
  if (x.op == Op::OTYPE && x.type != 0 && types_.IsPtr(x.type)) nprec = OpPrec(Op::ODEREF);
  if (prec > nprec) {
    out_ += '(';
    Node(n);
    out_ += ')';
    return;
  }

  switch (x.op) {
    case Op::OPAREN:
      out_ += '(';
      Node(x.x);
      out_ += ')';
      return;
    case Op::ONIL:
      out_ += "nil";
      return;
    case Op::OLITERAL: {
      const Literal& lit = pkg_.LiteralOf(n);
      if (!lit.sym.empty()) {
        out_ += lit.sym;
      } else {
        out_ += lit.text;  // a raw source spelling (gc's RawOrigExpr)
      }
      return;
    }
    case Op::ONAME: {
      const Name& name = pkg_.NameOf(n);
      if (name.sym.size() >= 2 && name.sym[0] == '~' && name.sym[1] == 'b') {
        out_ += '_';
      } else {
        out_ += name.sym;
      }
      return;
    }
    case Op::OTYPE:
      Type(x.type);
      return;
    case Op::OCLOSURE:
      out_ += "func literal";
      return;
    case Op::OCOMPLIT:
    case Op::OSTRUCTLIT:
    case Op::OARRAYLIT:
    case Op::OSLICELIT:
    case Op::OMAPLIT:
      if (x.Implicit() && x.op == Op::OSLICELIT) {
        out_ += "... argument";
        return;
      }
      Type(x.type);
      out_ += x.list.Empty() ? "{}" : "{...}";
      return;
    case Op::OPTRLIT:
      out_ += '&';
      Node(x.x);
      return;
    case Op::OKEY:
      if (x.x.Valid()) Node(x.x);
      out_ += ':';
      if (x.y.Valid()) Node(x.y);
      return;
    case Op::OSTRUCTKEY:
      out_ += pkg_.SymText(x.aux);
      out_ += ':';
      Node(x.x);
      return;
    case Op::ODOT:
    case Op::ODOTPTR:
    case Op::ODOTINTER:
    case Op::ODOTMETH:
    case Op::OMETHVALUE:
    case Op::OMETHEXPR:
      Expr(x.x, nprec);
      out_ += '.';
      out_ += pkg_.SymText(x.aux);
      return;
    case Op::ODOTTYPE:
    case Op::ODOTTYPE2:
      Expr(x.x, nprec);
      out_ += ".(";
      Type(x.type);
      out_ += ')';
      return;
    case Op::OINDEX:
    case Op::OINDEXMAP:
      Expr(x.x, nprec);
      out_ += '[';
      Node(x.y);
      out_ += ']';
      return;
    case Op::OSLICE:
    case Op::OSLICESTR:
    case Op::OSLICEARR:
    case Op::OSLICE3:
    case Op::OSLICE3ARR:
      Expr(x.x, nprec);
      out_ += '[';
      if (x.y.Valid()) Node(x.y);
      out_ += ':';
      if (x.z.Valid()) Node(x.z);
      if (x.op == Op::OSLICE3 || x.op == Op::OSLICE3ARR) {
        out_ += ':';
        if (x.w.Valid()) Node(x.w);
      }
      out_ += ']';
      return;
    case Op::OCOMPLEX:
    case Op::OCOPY:
    case Op::OUNSAFEADD:
    case Op::OUNSAFESLICE:
      out_ += OpText(x.op);
      out_ += '(';
      Node(x.x);
      out_ += ", ";
      Node(x.y);
      out_ += ')';
      return;
    case Op::OCONV:
    case Op::OCONVIFACE:
    case Op::OCONVNOP:
    case Op::OBYTES2STR:
    case Op::ORUNES2STR:
    case Op::OSTR2BYTES:
    case Op::OSTR2RUNES:
    case Op::ORUNESTR:
    case Op::OSLICE2ARRPTR:
      if (x.type == 0 || !types_.HasSym(x.type)) {
        out_ += '(';
        Type(x.type);
        out_ += ')';
      } else {
        Type(x.type);
      }
      out_ += '(';
      Node(x.x);
      out_ += ')';
      return;
    case Op::OREAL:
    case Op::OIMAG:
    case Op::OCAP:
    case Op::OCLOSE:
    case Op::OLEN:
    case Op::ONEW:
    case Op::OPANIC:
    case Op::OALIGNOF:
    case Op::OOFFSETOF:
    case Op::OSIZEOF:
      out_ += OpText(x.op);
      out_ += '(';
      Node(x.x);
      out_ += ')';
      return;
    case Op::OAPPEND:
    case Op::ODELETE:
    case Op::ORECOVER:
    case Op::OPRINT:
    case Op::OPRINTN:
      out_ += OpText(x.op);
      out_ += '(';
      List(x.list, true);
      if (x.IsDDD()) out_ += "...";
      out_ += ')';
      return;
    case Op::OCALLFUNC:
    case Op::OCALLINTER:
      Expr(x.x, nprec);
      out_ += '(';
      List(x.list, true);
      if (x.IsDDD()) out_ += "...";
      out_ += ')';
      return;
    case Op::OINLCALL:
      if (x.list2.size == 1) {
        Node(pkg_.List(x.list2)[0]);
      } else {
        out_ += "(.";
        List(x.list2, false);
        out_ += ')';
      }
      return;
    case Op::OMAKEMAP:
    case Op::OMAKECHAN:
    case Op::OMAKESLICE:
      out_ += "make(";
      Type(x.type);
      if (x.y.Valid()) {
        out_ += ", ";
        Node(x.x);
        out_ += ", ";
        Node(x.y);
      } else if (x.x.Valid() && (x.op == Op::OMAKESLICE || !types_.IsUntyped(N(x.x).type))) {
        out_ += ", ";
        Node(x.x);
      }
      out_ += ')';
      return;
    case Op::OPLUS:
    case Op::ONEG:
    case Op::OBITNOT:
    case Op::ONOT:
    case Op::ORECV:
    case Op::OADDR:
      out_ += OpText(x.op);
      if (x.x.Valid() && N(x.x).op == x.op) out_ += ' ';
      Expr(x.x, nprec + 1);
      return;
    case Op::ODEREF:
      out_ += '*';
      Expr(x.x, nprec + 1);
      return;
    case Op::OADD:
    case Op::OAND:
    case Op::OANDNOT:
    case Op::ODIV:
    case Op::OEQ:
    case Op::OGE:
    case Op::OGT:
    case Op::OLE:
    case Op::OLT:
    case Op::OLSH:
    case Op::OMOD:
    case Op::OMUL:
    case Op::ONE:
    case Op::OOR:
    case Op::ORSH:
    case Op::OSUB:
    case Op::OXOR:
    case Op::OANDAND:
    case Op::OOROR:
      Expr(x.x, nprec);
      out_ += ' ';
      out_ += OpText(x.op);
      out_ += ' ';
      Expr(x.y, nprec + 1);
      return;
    case Op::OSEND:
      Expr(x.x, nprec);
      out_ += " <- ";
      Expr(x.y, nprec + 1);
      return;
    case Op::OADDSTR: {
      bool first = true;
      for (NodeId e : pkg_.List(x.list)) {
        if (!first) out_ += " + ";
        first = false;
        Expr(e, nprec);
      }
      return;
    }
    default:
      out_ += "<node ";
      out_ += OpName(x.op).drop_front(1);  // gc prints the op without its O
      out_ += '>';
      return;
  }
}

void Printer::Stmt(NodeId n) {
  const gcir::Node& x = N(n);
  switch (x.op) {
    case Op::ODCL:
      out_ += "var ";
      out_ += pkg_.NameOf(x.x).sym;
      out_ += ' ';
      Type(N(x.x).type);
      return;
    case Op::OAS:
      Node(x.x);
      out_ += x.Def() ? " := " : " = ";
      Node(x.y);
      return;
    case Op::OASOP: {
      Node(x.x);
      Op asop = static_cast<Op>(x.aux);
      if (x.flags & kFlagIncDec) {
        out_ += asop == Op::OADD ? "++" : "--";
        return;
      }
      out_ += ' ';
      out_ += OpText(asop);
      out_ += "= ";
      Node(x.y);
      return;
    }
    case Op::OAS2:
    case Op::OAS2DOTTYPE:
    case Op::OAS2FUNC:
    case Op::OAS2MAPR:
    case Op::OAS2RECV:
      List(x.list, true);
      out_ += x.Def() ? " := " : " = ";
      List(x.list2, true);
      return;
    case Op::OBLOCK:
      List(x.list, false);
      return;
    case Op::ORETURN:
      out_ += "return ";
      List(x.list, true);
      return;
    case Op::OGO:
      out_ += "go ";
      Node(x.x);
      return;
    case Op::ODEFER:
      out_ += "defer ";
      Node(x.x);
      return;
    case Op::OIF: {
      auto init = pkg_.List(x.init);
      bool simpleinit = init.size() == 1 && N(init[0]).init.Empty();
      out_ += "if ";
      if (simpleinit) {
        Node(init[0]);
        out_ += "; ";
      }
      Node(x.x);
      out_ += " { ";
      List(x.list, false);
      out_ += " }";
      if (!x.list2.Empty()) {
        out_ += " else { ";
        List(x.list2, false);
        out_ += " }";
      }
      return;
    }
    case Op::OFOR:
    case Op::ORANGE:
      out_ += "for loop";
      return;
    case Op::OSELECT:
    case Op::OSWITCH:
      out_ += OpText(x.op);
      out_ += " statement";
      return;
    case Op::OCASE:
      if (!x.list.Empty()) {
        out_ += "case ";
        List(x.list, true);
      } else {
        out_ += "default";
      }
      out_ += ": ";
      List(x.list2, false);
      return;
    case Op::OBREAK:
    case Op::OCONTINUE:
    case Op::OGOTO:
    case Op::OFALL:
      out_ += OpText(x.op);
      if (x.aux != 0) {
        out_ += ' ';
        out_ += pkg_.SymText(x.aux);
      }
      return;
    case Op::OLABEL:
      out_ += pkg_.SymText(x.aux);
      out_ += ": ";
      return;
    default:
      break;
  }
  llvm_unreachable("stmtFmt: not a statement op");
}

}  // namespace

std::string NodeString(const Package& pkg, const TypeOracle& types, NodeId n) {
  Printer p(pkg, types);
  p.Node(n);
  return p.Take();
}

}  // namespace goescape::gcir
