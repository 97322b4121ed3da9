// staticinit.cpp: which package-level initializations gc performs
// statically (cmd/compile/internal/staticinit, Schedule.StaticInit), so
// that only the rest reaches the synthesized "init" function and escape
// analysis — and so -m prints nothing for `var p = &T{}` but prints
// "new(int) escapes to heap" for `var p = new(int)`.
//
// Algorithm (gc's StaticAssign): an initializer is static if it is nil, a
// constant, a function, the address of a global, a trivial closure, a
// constant string converted to []byte, a composite literal (array, slice,
// struct, or & of one, including maps' absence: map literals are dynamic)
// whose non-constant elements are themselves static, or an interface
// conversion of a static value; a copy of another package variable is
// static when that variable's own initializer is. Composite literals are
// flattened into plans of (offset, element) entries with zero elements
// dropped; each non-static element becomes its own dynamic assignment to
// the static temporary (.stmp_N) holding the literal, printed as gc prints
// a linker-symbol offset: (T)(pkg..stmp_N@off).
// Limits: the statements that only copy static data at run time (a copy of
// a variable whose initializer is not itself static) are kept whole, as gc
// does; no other simplification is attempted.
#include "analysis/irgen/irgen_internal.h"

namespace goescape::irgen {

namespace {

/// Schedule is gc's staticinit.Schedule for one package.
class Schedule {
 public:
  explicit Schedule(Builder& b) : b_(b), pkg_(b.out_) {}

  void StaticInit(NodeId n);
  std::vector<NodeId> out;

 private:
  /// Target is an assignment destination: a package variable (or static
  /// temporary) and a byte offset into it.
  struct Target {
    NodeId name;       // the variable's ONAME, or invalid for a static temporary
    std::string temp;  // the temporary's linker name
    int64_t off = 0;
  };
  bool StaticAssign(const Target& l, NodeId r, TypeId typ);
  bool StaticCopy(const Target& l, NodeId rn, TypeId typ);
  void Assign(Pos pos, const Target& a, NodeId v);
  Target NewTemp() {
    return Target{NodeId(), b_.link_path_ + "..stmp_" + std::to_string(gen_++), 0};
  }
  NodeId OffsetExpr(Pos pos, const Target& a, TypeId t);
  bool IsZero(NodeId n) const;
  int64_t Offset(TypeId struct_type, uint32_t field) {
    return b_.prog_.Layout().Offset(struct_type, field);
  }
  struct Entry {
    int64_t off;
    NodeId expr;
  };
  void Plan(NodeId lit, int64_t base, std::vector<Entry>& plan);

  Builder& b_;
  gcir::Package& pkg_;
  int gen_ = 0;
};

bool Schedule::IsZero(NodeId n) const {
  const gcir::Node& x = pkg_.N(n);
  switch (x.op) {
    case Op::ONIL:
      return true;
    case Op::OLITERAL: {
      uint32_t v = pkg_.LiteralOf(n).value;
      if (v == gcir::Literal::kNoValue) return false;
      const types::ConstValue& c = b_.prog_.Value(v);
      switch (c.Kind()) {
        case types::ConstKind::kString:
          return c.StringVal().empty();
        case types::ConstKind::kBool:
          return !c.BoolVal();
        case types::ConstKind::kUnknown:
          return false;
        default:
          return c.Sign() == 0;
      }
    }
    case Op::OARRAYLIT:
      for (NodeId e : pkg_.List(x.list)) {
        NodeId v = pkg_.OpOf(e) == Op::OKEY ? pkg_.N(e).y : e;
        if (!IsZero(v)) return false;
      }
      return true;
    case Op::OSTRUCTLIT:
      for (NodeId e : pkg_.List(x.list)) {
        if (!IsZero(pkg_.N(e).x)) return false;
      }
      return true;
    default:
      return false;
  }
}

void Schedule::Plan(NodeId lit, int64_t base, std::vector<Entry>& plan) {
  const gcir::Node& x = pkg_.N(lit);
  auto add = [&](int64_t off, NodeId v) {
    if (IsZero(v)) return;
    Op op = pkg_.OpOf(v);
    if (op == Op::OARRAYLIT || op == Op::OSTRUCTLIT) {
      Plan(v, off, plan);
      return;
    }
    plan.push_back(Entry{off, v});
  };
  if (x.op == Op::OSTRUCTLIT) {
    TypeId st = b_.TypeOf(lit);
    for (NodeId e : pkg_.List(x.list)) {
      if (pkg_.SymText(pkg_.N(e).aux) == "_") continue;
      add(base + Offset(st, pkg_.N(e).aux2), pkg_.N(e).x);
    }
    return;
  }
  // Arrays and slices.
  int64_t size = b_.types_.Size(b_.types_.Elem(x.type));
  int64_t k = 0;
  for (NodeId e : pkg_.List(x.list)) {
    NodeId v = e;
    if (pkg_.OpOf(e) == Op::OKEY) {
      NodeId key = pkg_.N(e).x;
      if (pkg_.OpOf(key) == Op::OLITERAL && pkg_.LiteralOf(key).is_small_int)
        k = pkg_.LiteralOf(key).int_value;
      v = pkg_.N(e).y;
    }
    add(base + k * size, v);
    ++k;
  }
}

NodeId Schedule::OffsetExpr(Pos pos, const Target& a, TypeId t) {
  gcir::Name name;
  std::string sym = a.name.Valid() ? b_.link_path_ + "." + pkg_.NameOf(a.name).sym : a.temp;
  name.sym =
      "(" + b_.types_.String(CheckedTypes::Ref(t)) + ")(" + sym + "@" + std::to_string(a.off) + ")";
  name.cls = gcir::Class::kExtern;
  return pkg_.NewName(std::move(name), pos, CheckedTypes::Ref(t));
}

void Schedule::Assign(Pos pos, const Target& a, NodeId v) {
  if (StaticAssign(a, v, b_.TypeOf(v))) return;
  NodeId lhs = OffsetExpr(pos, a, b_.TypeOf(v));
  out.push_back(b_.Binary(Op::OAS, pos, TypeId(), lhs, v));
}

bool Schedule::StaticCopy(const Target& l, NodeId rn, TypeId typ) {
  const gcir::Name& name = pkg_.NameOf(rn);
  if (name.cls == gcir::Class::kFunc) return true;
  if (name.cls != gcir::Class::kExtern || name.sym.find('.') != std::string::npos) return false;
  if (!name.defn.Valid() || pkg_.OpOf(name.defn) != Op::OAS) return false;
  if (b_.ts_.IsString(b_.TypeOf(rn))) return false;
  NodeId r = pkg_.N(name.defn).y;
  if (!r.Valid()) return false;
  while (pkg_.OpOf(r) == Op::OCONVNOP && !b_.ts_.Identical(b_.TypeOf(r), typ)) r = pkg_.N(r).x;
  switch (pkg_.OpOf(r)) {
    case Op::OMETHEXPR:
      return true;
    case Op::ONAME:
      if (StaticCopy(l, r, typ)) return true;
      out.push_back(b_.Binary(Op::OAS, b_.pos_, TypeId(), OffsetExpr(b_.pos_, l, typ), r));
      return true;
    case Op::ONIL:
    case Op::OLITERAL:
      return true;
    case Op::OADDR:
      return pkg_.OpOf(pkg_.N(r).x) == Op::ONAME;
    case Op::OPTRLIT: {
      Op op = pkg_.OpOf(pkg_.N(r).x);
      return op == Op::OARRAYLIT || op == Op::OSLICELIT || op == Op::OSTRUCTLIT ||
             op == Op::OMAPLIT;
    }
    case Op::OSLICELIT:
      return true;
    case Op::OARRAYLIT:
    case Op::OSTRUCTLIT:
      // Element copies at run time carry no allocation; gc appends them as
      // dynamic copies, which escape analysis sees as plain stores.
      return true;
    default:
      return false;
  }
}

bool Schedule::StaticAssign(const Target& l, NodeId r, TypeId typ) {
  if (!r.Valid()) return true;
  while (pkg_.OpOf(r) == Op::OCONVNOP) r = pkg_.N(r).x;
  const gcir::Node& x = pkg_.N(r);
  switch (x.op) {
    case Op::ONAME:
      return StaticCopy(l, r, typ);
    case Op::OMETHEXPR:
    case Op::ONIL:
    case Op::OLITERAL:
      return true;
    case Op::OADDR: {
      // The address of a global (possibly a field or constant index of it).
      NodeId v = x.x;
      for (;;) {
        Op op = pkg_.OpOf(v);
        if (op == Op::ODOT) {
          v = pkg_.N(v).x;
        } else if (op == Op::OINDEX && !b_.types_.IsSlice(pkg_.N(pkg_.N(v).x).type) &&
                   pkg_.OpOf(pkg_.N(v).y) == Op::OLITERAL) {
          v = pkg_.N(v).x;
        } else {
          break;
        }
      }
      if (pkg_.OpOf(v) == Op::ONAME && pkg_.NameOf(v).cls == gcir::Class::kExtern) return true;
      [[fallthrough]];
    }
    case Op::OPTRLIT: {
      NodeId lit = pkg_.N(r).x;
      Op op = pkg_.OpOf(lit);
      if (op == Op::OARRAYLIT || op == Op::OSLICELIT || op == Op::OMAPLIT || op == Op::OSTRUCTLIT) {
        Target a = NewTemp();
        Assign(b_.pos_, a, lit);
        return true;
      }
      return false;
    }
    case Op::OSTR2BYTES:
      return l.name.Valid() && pkg_.OpOf(x.x) == Op::OLITERAL;
    case Op::OSLICELIT:
    case Op::OARRAYLIT:
    case Op::OSTRUCTLIT: {
      Target base = l;
      if (x.op == Op::OSLICELIT) base = NewTemp();
      std::vector<Entry> plan;
      Plan(r, 0, plan);
      for (const Entry& e : plan) {
        Op op = pkg_.OpOf(e.expr);
        if (op == Op::OLITERAL || op == Op::ONIL) continue;
        b_.SetPos(e.expr);
        Target t = base;
        t.off = base.off + e.off;
        Assign(b_.pos_, t, e.expr);
      }
      return true;
    }
    case Op::OCLOSURE:
      return pkg_.F(FuncId(x.aux)).closure_vars.empty();
    case Op::OCONVIFACE: {
      NodeId val = r;
      while (pkg_.OpOf(val) == Op::OCONVIFACE) val = pkg_.N(val).x;
      if (b_.types_.IsInterface(pkg_.N(val).type)) return pkg_.OpOf(val) == Op::ONIL;
      if (b_.types_.IsDirectIface(pkg_.N(val).type)) {
        if (pkg_.OpOf(val) == Op::ONIL) return true;
        b_.SetPos(val);
        Target t = l;
        t.off += 8;
        Assign(b_.pos_, t, val);
      } else {
        Assign(b_.pos_, NewTemp(), val);
      }
      return true;
    }
    default:
      return false;
  }
}

void Schedule::StaticInit(NodeId n) {
  const gcir::Node& x = pkg_.N(n);
  if (x.op != Op::OAS) {
    out.push_back(n);
    return;
  }
  NodeId lhs = x.x;
  NodeId rhs = x.y;
  if (pkg_.NameOf(lhs).sym == "_") {
    // Blank: discarded unless it has side effects.
    bool effects = false;
    std::function<void(NodeId)> walk = [&](NodeId m) {
      if (!m.Valid() || effects) return;
      const gcir::Node& mm = pkg_.N(m);
      switch (mm.op) {
        case Op::OCALLFUNC:
        case Op::OCALLINTER:
        case Op::OAPPEND:
        case Op::OMAKECHAN:
        case Op::OMAKEMAP:
        case Op::OMAKESLICE:
        case Op::ONEW:
        case Op::OPANIC:
        case Op::ORECV:
        case Op::OCLOSE:
        case Op::OCOPY:
        case Op::ODELETE:
        case Op::OPRINT:
        case Op::OPRINTN:
        case Op::ORECOVER:
        case Op::ODIV:
        case Op::OMOD:
        case Op::ODEREF:
        case Op::ODOTPTR:
        case Op::OINDEX:
        case Op::OINDEXMAP:
        case Op::ODOTTYPE:
        case Op::OCONVIFACE:
        case Op::OSLICE:
        case Op::OSLICEARR:
        case Op::OSLICE3:
        case Op::OSLICE3ARR:
        case Op::OSLICESTR:
          effects = true;
          return;
        default:
          break;
      }
      walk(mm.x);
      walk(mm.y);
      walk(mm.z);
      walk(mm.w);
      for (NodeId c : pkg_.List(mm.list)) walk(c);
      for (NodeId c : pkg_.List(mm.list2)) walk(c);
    };
    walk(rhs);
    if (!effects) return;
    out.push_back(n);
    return;
  }
  Pos saved = b_.pos_;
  b_.pos_ = x.pos;
  Target l{lhs, std::string(), 0};
  bool ok = StaticAssign(l, rhs, b_.TypeOf(lhs));
  b_.pos_ = saved;
  if (!ok) out.push_back(n);
}

}  // namespace

std::vector<NodeId> StaticInit(Builder& b, llvm::ArrayRef<NodeId> stmts) {
  Schedule s(b);
  for (NodeId n : stmts) s.StaticInit(n);
  return std::move(s.out);
}

}  // namespace goescape::irgen
