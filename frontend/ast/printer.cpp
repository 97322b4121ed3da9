// printer.cpp: gc's ShortForm syntax printer (cmd/compile/internal/syntax/
// printer.go, as used by syntax.String) and the --emit=ast tree dump.
//
// ShortForm rules reproduced: no line breaks (a newline prints as a blank,
// a statement separator as ";"), function literal bodies and composite
// literal elements print as "{…}" ("{}" when empty), struct fields and
// interface methods are separated by "; ", consecutive parameters sharing one
// type node print once ("a, b int"), binary operators are surrounded by
// blanks, and parentheses appear exactly where the source had them.
#include "frontend/ast/printer.h"

#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

namespace goescape::ast {
namespace {

/// ShortPrinter accumulates gc's ShortForm rendering of nodes.
class ShortPrinter {
 public:
  explicit ShortPrinter(const File& f) : f_(f) {}

  void Expr(ExprId id);
  void Stmt(StmtId id);
  std::string Take() { return std::move(out_); }

 private:
  void ExprList(IdRange r);
  void FieldList(IdRange r, llvm::StringRef sep);
  void ParamList(IdRange r);
  void Signature(const FuncType& t);

  const File& f_;
  std::string out_;
};

void ShortPrinter::ExprList(IdRange r) {
  bool first = true;
  for (ExprId e : f_.Exprs(r)) {
    if (!first) out_ += ", ";
    first = false;
    Expr(e);
  }
}

// FieldList prints struct fields (sep ";"): runs of names sharing one type
// node print as "a, b T".
void ShortPrinter::FieldList(IdRange r, llvm::StringRef sep) {
  auto fields = f_.Fields(r);
  size_t i = 0;
  while (i < fields.size()) {
    const Field& fi = f_.GetField(fields[i]);
    size_t j = i + 1;
    if (fi.name.Valid()) {
      while (j < fields.size() && f_.GetField(fields[j]).name.Valid() &&
             f_.GetField(fields[j]).type == fi.type) {
        ++j;
      }
    }
    if (i > 0) {
      out_ += sep;
      out_ += ' ';
    }
    if (!fi.name.Valid()) {
      Expr(fi.type);
    } else {
      for (size_t k = i; k < j; ++k) {
        if (k > i) out_ += ", ";
        Expr(f_.GetField(fields[k]).name);
      }
      out_ += ' ';
      Expr(fi.type);
    }
    if (fi.tag.Valid()) {
      out_ += ' ';
      Expr(fi.tag);
    }
    i = j;
  }
}

void ShortPrinter::ParamList(IdRange r) {
  auto fields = f_.Fields(r);
  out_ += '(';
  for (size_t i = 0; i < fields.size(); ++i) {
    const Field& fi = f_.GetField(fields[i]);
    if (i > 0) out_ += ", ";
    if (fi.name.Valid()) {
      Expr(fi.name);
      if (i + 1 < fields.size()) {
        const Field& next = f_.GetField(fields[i + 1]);
        if (next.name.Valid() && next.type == fi.type) continue;
      }
      out_ += ' ';
    }
    ExprId t = fi.type;
    while (const auto* p = f_.TryGet<ParenExpr>(t)) t = p->x;
    Expr(t);
  }
  out_ += ')';
}

void ShortPrinter::Signature(const FuncType& t) {
  ParamList(t.params);
  if (!t.results.Empty()) {
    out_ += ' ';
    auto results = f_.Fields(t.results);
    if (results.size() == 1 && !f_.GetField(results[0]).name.Valid()) {
      Expr(f_.GetField(results[0]).type);
    } else {
      ParamList(t.results);
    }
  }
}

void ShortPrinter::Expr(ExprId id) {
  if (!id.Valid()) return;
  switch (f_.Kind(id)) {
    case ExprKind::BadExpr:
      out_ += "<bad expr>";
      return;
    case ExprKind::Name:
      out_ += f_.Get<Name>(id).value;
      return;
    case ExprKind::BasicLit:
      out_ += f_.Get<BasicLit>(id).text;
      return;
    case ExprKind::CompositeLit: {
      const auto& n = f_.Get<CompositeLit>(id);
      Expr(n.type);
      out_ += n.elems.Empty() ? "{}" : "{…}";
      return;
    }
    case ExprKind::KeyValueExpr: {
      const auto& n = f_.Get<KeyValueExpr>(id);
      Expr(n.key);
      out_ += ": ";
      Expr(n.value);
      return;
    }
    case ExprKind::FuncLit: {
      const auto& n = f_.Get<FuncLit>(id);
      Expr(n.type);
      out_ += ' ';
      const auto* body = f_.TryGet<BlockStmt>(n.body);
      out_ += body && !body->list.Empty() ? "{…}" : "{}";
      return;
    }
    case ExprKind::ParenExpr:
      out_ += '(';
      Expr(f_.Get<ParenExpr>(id).x);
      out_ += ')';
      return;
    case ExprKind::SelectorExpr: {
      const auto& n = f_.Get<SelectorExpr>(id);
      Expr(n.x);
      out_ += '.';
      Expr(n.sel);
      return;
    }
    case ExprKind::IndexExpr: {
      const auto& n = f_.Get<IndexExpr>(id);
      Expr(n.x);
      out_ += '[';
      Expr(n.index);
      out_ += ']';
      return;
    }
    case ExprKind::SliceExpr: {
      const auto& n = f_.Get<SliceExpr>(id);
      Expr(n.x);
      out_ += '[';
      Expr(n.lo);
      out_ += ':';
      Expr(n.hi);
      if (n.max.Valid()) {
        out_ += ':';
        Expr(n.max);
      }
      out_ += ']';
      return;
    }
    case ExprKind::AssertExpr: {
      const auto& n = f_.Get<AssertExpr>(id);
      Expr(n.x);
      out_ += ".(";
      Expr(n.type);
      out_ += ')';
      return;
    }
    case ExprKind::TypeSwitchGuard: {
      const auto& n = f_.Get<TypeSwitchGuard>(id);
      if (n.lhs.Valid()) {
        Expr(n.lhs);
        out_ += " := ";
      }
      Expr(n.x);
      out_ += ".(type)";
      return;
    }
    case ExprKind::Operation: {
      const auto& n = f_.Get<Operation>(id);
      if (!n.y.Valid()) {
        out_ += OperatorString(n.op);
        Expr(n.x);
      } else {
        Expr(n.x);
        out_ += ' ';
        out_ += OperatorString(n.op);
        out_ += ' ';
        Expr(n.y);
      }
      return;
    }
    case ExprKind::CallExpr: {
      const auto& n = f_.Get<CallExpr>(id);
      Expr(n.fun);
      out_ += '(';
      ExprList(n.args);
      if (n.has_dots) out_ += "...";
      out_ += ')';
      return;
    }
    case ExprKind::ListExpr:
      ExprList(f_.Get<ListExpr>(id).elems);
      return;
    case ExprKind::ArrayType: {
      const auto& n = f_.Get<ArrayType>(id);
      out_ += '[';
      if (n.len.Valid()) {
        Expr(n.len);
      } else {
        out_ += "...";
      }
      out_ += ']';
      Expr(n.elem);
      return;
    }
    case ExprKind::SliceType:
      out_ += "[]";
      Expr(f_.Get<SliceType>(id).elem);
      return;
    case ExprKind::DotsType:
      out_ += "...";
      Expr(f_.Get<DotsType>(id).elem);
      return;
    case ExprKind::StructType:
      out_ += "struct{";
      FieldList(f_.Get<StructType>(id).fields, ";");
      out_ += '}';
      return;
    case ExprKind::FuncType:
      out_ += "func";
      Signature(f_.Get<FuncType>(id));
      return;
    case ExprKind::InterfaceType: {
      out_ += "interface{";
      bool first = true;
      for (FieldId m : f_.Fields(f_.Get<InterfaceType>(id).methods)) {
        if (!first) out_ += "; ";
        first = false;
        const Field& fm = f_.GetField(m);
        if (fm.name.Valid()) {
          Expr(fm.name);
          if (const auto* ft = f_.TryGet<FuncType>(fm.type)) Signature(*ft);
        } else {
          Expr(fm.type);
        }
      }
      out_ += '}';
      return;
    }
    case ExprKind::MapType: {
      const auto& n = f_.Get<MapType>(id);
      out_ += "map[";
      Expr(n.key);
      out_ += ']';
      Expr(n.value);
      return;
    }
    case ExprKind::ChanType: {
      const auto& n = f_.Get<ChanType>(id);
      if (n.dir == ChanDir::kRecv) out_ += "<-";
      out_ += "chan";
      if (n.dir == ChanDir::kSend) out_ += "<-";
      out_ += ' ';
      const auto* e = f_.TryGet<ChanType>(n.elem);
      if (n.dir == ChanDir::kBoth && e && e->dir == ChanDir::kRecv) {
        out_ += '(';
        Expr(n.elem);
        out_ += ')';
      } else {
        Expr(n.elem);
      }
      return;
    }
    case ExprKind::kEnd:
      break;
  }
  llvm_unreachable("bad expression kind");
}

void ShortPrinter::Stmt(StmtId id) {
  if (!id.Valid()) return;
  switch (f_.Kind(id)) {
    case StmtKind::ExprStmt:
      Expr(f_.Get<ExprStmt>(id).x);
      return;
    case StmtKind::SendStmt: {
      const auto& n = f_.Get<SendStmt>(id);
      Expr(n.chan);
      out_ += " <- ";
      Expr(n.value);
      return;
    }
    case StmtKind::AssignStmt: {
      const auto& n = f_.Get<AssignStmt>(id);
      Expr(n.lhs);
      if (!n.rhs.Valid()) {
        out_ += OperatorString(n.op);
        out_ += OperatorString(n.op);
        return;
      }
      out_ += ' ';
      out_ += n.op == Operator::kDef ? ":" : OperatorString(n.op);
      out_ += "= ";
      Expr(n.rhs);
      return;
    }
    case StmtKind::RangeClause: {
      const auto& n = f_.Get<RangeClause>(id);
      if (n.lhs.Valid()) {
        Expr(n.lhs);
        out_ += n.def ? " := " : " = ";
      }
      out_ += "range ";
      Expr(n.x);
      return;
    }
    case StmtKind::BranchStmt: {
      const auto& n = f_.Get<BranchStmt>(id);
      static const char* const kNames[] = {"break", "continue", "goto", "fallthrough"};
      out_ += kNames[static_cast<int>(n.kind)];
      if (n.label.Valid()) {
        out_ += ' ';
        Expr(n.label);
      }
      return;
    }
    case StmtKind::ReturnStmt: {
      out_ += "return";
      ExprId r = f_.Get<ReturnStmt>(id).results;
      if (r.Valid()) {
        out_ += ' ';
        Expr(r);
      }
      return;
    }
    case StmtKind::CallStmt: {
      const auto& n = f_.Get<CallStmt>(id);
      out_ += n.is_go ? "go " : "defer ";
      Expr(n.call);
      return;
    }
    case StmtKind::EmptyStmt:
      return;
    case StmtKind::BlockStmt:
      out_ += f_.Get<BlockStmt>(id).list.Empty() ? "{}" : "{…}";
      return;
    case StmtKind::LabeledStmt:
    case StmtKind::DeclStmt:
    case StmtKind::IfStmt:
    case StmtKind::ForStmt:
    case StmtKind::SwitchStmt:
    case StmtKind::CaseClause:
    case StmtKind::SelectStmt:
    case StmtKind::CommClause:
      // Not needed by any message goescape prints; render the kind.
      out_ += KindName(f_.Kind(id));
      return;
    case StmtKind::kEnd:
      break;
  }
  llvm_unreachable("bad statement kind");
}

// ------------------------------------------------------------------- Dump

/// Dumper writes the --emit=ast tree.
class Dumper {
 public:
  Dumper(const File& f, llvm::raw_ostream& os) : f_(f), os_(os) {}

  void File(llvm::StringRef path);

 private:
  void Line(int depth, llvm::StringRef role, llvm::StringRef what, Pos pos);
  void Expr(int depth, llvm::StringRef role, ExprId id);
  void Stmt(int depth, llvm::StringRef role, StmtId id);
  void Decl(int depth, DeclId id);
  void Fields(int depth, llvm::StringRef role, IdRange r);
  void Exprs(int depth, llvm::StringRef role, IdRange r);
  void Stmts(int depth, llvm::StringRef role, IdRange r);

  const ast::File& f_;
  llvm::raw_ostream& os_;
};

void Dumper::Line(int depth, llvm::StringRef role, llvm::StringRef what, Pos pos) {
  os_.indent(2 * depth);
  if (!role.empty()) os_ << role << ": ";
  os_ << what;
  if (pos.Known()) os_ << " @" << pos.line << ':' << pos.col;
  os_ << '\n';
}

void Dumper::Exprs(int depth, llvm::StringRef role, IdRange r) {
  int i = 0;
  for (ExprId e : f_.Exprs(r)) Expr(depth, (role + "[" + llvm::Twine(i++) + "]").str(), e);
}

void Dumper::Stmts(int depth, llvm::StringRef role, IdRange r) {
  int i = 0;
  for (StmtId s : f_.Stmts(r)) Stmt(depth, (role + "[" + llvm::Twine(i++) + "]").str(), s);
}

void Dumper::Fields(int depth, llvm::StringRef role, IdRange r) {
  int i = 0;
  for (FieldId id : f_.Fields(r)) {
    const Field& fd = f_.GetField(id);
    Line(depth, (role + "[" + llvm::Twine(i++) + "]").str(), "Field", fd.pos);
    Expr(depth + 1, "Name", fd.name);
    Expr(depth + 1, "Type", fd.type);
    Expr(depth + 1, "Tag", fd.tag);
  }
}

void Dumper::Expr(int depth, llvm::StringRef role, ExprId id) {
  if (!id.Valid()) return;
  Pos pos = f_.PosOf(id);
  std::string what = KindName(f_.Kind(id)).str();
  switch (f_.Kind(id)) {
    case ExprKind::BadExpr:
      Line(depth, role, what, pos);
      return;
    case ExprKind::Name:
      Line(depth, role, what + " " + f_.Get<Name>(id).value.str(), pos);
      return;
    case ExprKind::BasicLit: {
      const auto& n = f_.Get<BasicLit>(id);
      static const char* const kKinds[] = {"Int", "Float", "Imag", "Rune", "String"};
      what += std::string(" ") + kKinds[static_cast<int>(n.kind)] + " " + n.text.str();
      if (n.bad) what += " (bad)";
      Line(depth, role, what, pos);
      return;
    }
    case ExprKind::CompositeLit: {
      const auto& n = f_.Get<CompositeLit>(id);
      Line(depth, role, what + " keys=" + std::to_string(n.num_keys), pos);
      Expr(depth + 1, "Type", n.type);
      Exprs(depth + 1, "Elem", n.elems);
      return;
    }
    case ExprKind::KeyValueExpr: {
      const auto& n = f_.Get<KeyValueExpr>(id);
      Line(depth, role, what, pos);
      Expr(depth + 1, "Key", n.key);
      Expr(depth + 1, "Value", n.value);
      return;
    }
    case ExprKind::FuncLit: {
      const auto& n = f_.Get<FuncLit>(id);
      Line(depth, role, what, pos);
      Expr(depth + 1, "Type", n.type);
      Stmt(depth + 1, "Body", n.body);
      return;
    }
    case ExprKind::ParenExpr:
      Line(depth, role, what, pos);
      Expr(depth + 1, "X", f_.Get<ParenExpr>(id).x);
      return;
    case ExprKind::SelectorExpr: {
      const auto& n = f_.Get<SelectorExpr>(id);
      Line(depth, role, what, pos);
      Expr(depth + 1, "X", n.x);
      Expr(depth + 1, "Sel", n.sel);
      return;
    }
    case ExprKind::IndexExpr: {
      const auto& n = f_.Get<IndexExpr>(id);
      Line(depth, role, what, pos);
      Expr(depth + 1, "X", n.x);
      Expr(depth + 1, "Index", n.index);
      return;
    }
    case ExprKind::SliceExpr: {
      const auto& n = f_.Get<SliceExpr>(id);
      Line(depth, role, what + (n.full ? " full" : ""), pos);
      Expr(depth + 1, "X", n.x);
      Expr(depth + 1, "Lo", n.lo);
      Expr(depth + 1, "Hi", n.hi);
      Expr(depth + 1, "Max", n.max);
      return;
    }
    case ExprKind::AssertExpr: {
      const auto& n = f_.Get<AssertExpr>(id);
      Line(depth, role, what, pos);
      Expr(depth + 1, "X", n.x);
      Expr(depth + 1, "Type", n.type);
      return;
    }
    case ExprKind::TypeSwitchGuard: {
      const auto& n = f_.Get<TypeSwitchGuard>(id);
      Line(depth, role, what, pos);
      Expr(depth + 1, "Lhs", n.lhs);
      Expr(depth + 1, "X", n.x);
      return;
    }
    case ExprKind::Operation: {
      const auto& n = f_.Get<Operation>(id);
      Line(depth, role, what + " " + OperatorString(n.op).str(), pos);
      Expr(depth + 1, "X", n.x);
      Expr(depth + 1, "Y", n.y);
      return;
    }
    case ExprKind::CallExpr: {
      const auto& n = f_.Get<CallExpr>(id);
      Line(depth, role, what + (n.has_dots ? " ..." : ""), pos);
      Expr(depth + 1, "Fun", n.fun);
      Exprs(depth + 1, "Arg", n.args);
      return;
    }
    case ExprKind::ListExpr:
      Line(depth, role, what, pos);
      Exprs(depth + 1, "Elem", f_.Get<ListExpr>(id).elems);
      return;
    case ExprKind::ArrayType: {
      const auto& n = f_.Get<ArrayType>(id);
      Line(depth, role, what + (n.dots ? " [...]" : ""), pos);
      Expr(depth + 1, "Len", n.len);
      Expr(depth + 1, "Elem", n.elem);
      return;
    }
    case ExprKind::SliceType:
      Line(depth, role, what, pos);
      Expr(depth + 1, "Elem", f_.Get<SliceType>(id).elem);
      return;
    case ExprKind::DotsType:
      Line(depth, role, what, pos);
      Expr(depth + 1, "Elem", f_.Get<DotsType>(id).elem);
      return;
    case ExprKind::StructType:
      Line(depth, role, what, pos);
      Fields(depth + 1, "Field", f_.Get<StructType>(id).fields);
      return;
    case ExprKind::FuncType: {
      const auto& n = f_.Get<FuncType>(id);
      Line(depth, role, what, pos);
      Fields(depth + 1, "Param", n.params);
      Fields(depth + 1, "Result", n.results);
      return;
    }
    case ExprKind::InterfaceType:
      Line(depth, role, what, pos);
      Fields(depth + 1, "Method", f_.Get<InterfaceType>(id).methods);
      return;
    case ExprKind::MapType: {
      const auto& n = f_.Get<MapType>(id);
      Line(depth, role, what, pos);
      Expr(depth + 1, "Key", n.key);
      Expr(depth + 1, "Value", n.value);
      return;
    }
    case ExprKind::ChanType: {
      const auto& n = f_.Get<ChanType>(id);
      static const char* const kDirs[] = {"", " send", " recv"};
      Line(depth, role, what + kDirs[static_cast<int>(n.dir)], pos);
      Expr(depth + 1, "Elem", n.elem);
      return;
    }
    case ExprKind::kEnd:
      break;
  }
  llvm_unreachable("bad expression kind");
}

void Dumper::Stmt(int depth, llvm::StringRef role, StmtId id) {
  if (!id.Valid()) return;
  Pos pos = f_.PosOf(id);
  std::string what = KindName(f_.Kind(id)).str();
  switch (f_.Kind(id)) {
    case StmtKind::EmptyStmt:
      Line(depth, role, what, pos);
      return;
    case StmtKind::LabeledStmt: {
      const auto& n = f_.Get<LabeledStmt>(id);
      Line(depth, role, what, pos);
      Expr(depth + 1, "Label", n.label);
      Stmt(depth + 1, "Stmt", n.stmt);
      return;
    }
    case StmtKind::BlockStmt:
      Line(depth, role, what, pos);
      Stmts(depth + 1, "List", f_.Get<BlockStmt>(id).list);
      return;
    case StmtKind::ExprStmt:
      Line(depth, role, what, pos);
      Expr(depth + 1, "X", f_.Get<ExprStmt>(id).x);
      return;
    case StmtKind::SendStmt: {
      const auto& n = f_.Get<SendStmt>(id);
      Line(depth, role, what, pos);
      Expr(depth + 1, "Chan", n.chan);
      Expr(depth + 1, "Value", n.value);
      return;
    }
    case StmtKind::DeclStmt:
      Line(depth, role, what, pos);
      for (DeclId d : f_.Decls(f_.Get<DeclStmt>(id).decls)) Decl(depth + 1, d);
      return;
    case StmtKind::AssignStmt: {
      const auto& n = f_.Get<AssignStmt>(id);
      std::string op = n.op == Operator::kNone  ? "="
                       : n.op == Operator::kDef ? ":="
                       : !n.rhs.Valid() ? OperatorString(n.op).str() + OperatorString(n.op).str()
                                        : OperatorString(n.op).str() + "=";
      Line(depth, role, what + " " + op, pos);
      Expr(depth + 1, "Lhs", n.lhs);
      Expr(depth + 1, "Rhs", n.rhs);
      return;
    }
    case StmtKind::BranchStmt: {
      const auto& n = f_.Get<BranchStmt>(id);
      static const char* const kNames[] = {"break", "continue", "goto", "fallthrough"};
      Line(depth, role, what + " " + kNames[static_cast<int>(n.kind)], pos);
      Expr(depth + 1, "Label", n.label);
      return;
    }
    case StmtKind::CallStmt: {
      const auto& n = f_.Get<CallStmt>(id);
      Line(depth, role, what + (n.is_go ? " go" : " defer"), pos);
      Expr(depth + 1, "Call", n.call);
      return;
    }
    case StmtKind::ReturnStmt:
      Line(depth, role, what, pos);
      Expr(depth + 1, "Results", f_.Get<ReturnStmt>(id).results);
      return;
    case StmtKind::IfStmt: {
      const auto& n = f_.Get<IfStmt>(id);
      Line(depth, role, what, pos);
      Stmt(depth + 1, "Init", n.init);
      Expr(depth + 1, "Cond", n.cond);
      Stmt(depth + 1, "Then", n.then);
      Stmt(depth + 1, "Else", n.els);
      return;
    }
    case StmtKind::ForStmt: {
      const auto& n = f_.Get<ForStmt>(id);
      Line(depth, role, what, pos);
      Stmt(depth + 1, "Init", n.init);
      Expr(depth + 1, "Cond", n.cond);
      Stmt(depth + 1, "Post", n.post);
      Stmt(depth + 1, "Body", n.body);
      return;
    }
    case StmtKind::RangeClause: {
      const auto& n = f_.Get<RangeClause>(id);
      Line(depth, role, what + (n.def ? " :=" : ""), pos);
      Expr(depth + 1, "Lhs", n.lhs);
      Expr(depth + 1, "X", n.x);
      return;
    }
    case StmtKind::SwitchStmt: {
      const auto& n = f_.Get<SwitchStmt>(id);
      Line(depth, role, what, pos);
      Stmt(depth + 1, "Init", n.init);
      Expr(depth + 1, "Tag", n.tag);
      Stmts(depth + 1, "Clause", n.body);
      return;
    }
    case StmtKind::CaseClause: {
      const auto& n = f_.Get<CaseClause>(id);
      Line(depth, role, what + (n.cases.Valid() ? "" : " default"), pos);
      Expr(depth + 1, "Cases", n.cases);
      Stmts(depth + 1, "Body", n.body);
      return;
    }
    case StmtKind::SelectStmt:
      Line(depth, role, what, pos);
      Stmts(depth + 1, "Clause", f_.Get<SelectStmt>(id).body);
      return;
    case StmtKind::CommClause: {
      const auto& n = f_.Get<CommClause>(id);
      Line(depth, role, what + (n.comm.Valid() ? "" : " default"), pos);
      Stmt(depth + 1, "Comm", n.comm);
      Stmts(depth + 1, "Body", n.body);
      return;
    }
    case StmtKind::kEnd:
      break;
  }
  llvm_unreachable("bad statement kind");
}

void Dumper::Decl(int depth, DeclId id) {
  Pos pos = f_.PosOf(id);
  std::string what = KindName(f_.Kind(id)).str();
  auto group = [](uint32_t g) { return g ? " group=" + std::to_string(g) : std::string(); };
  switch (f_.Kind(id)) {
    case DeclKind::ImportDecl: {
      const auto& n = f_.Get<ImportDecl>(id);
      Line(depth, "", what + group(n.group), pos);
      Expr(depth + 1, "LocalName", n.local_name);
      Expr(depth + 1, "Path", n.path);
      return;
    }
    case DeclKind::ConstDecl: {
      const auto& n = f_.Get<ConstDecl>(id);
      Line(depth, "", what + group(n.group), pos);
      Exprs(depth + 1, "Name", n.names);
      Expr(depth + 1, "Type", n.type);
      Expr(depth + 1, "Values", n.values);
      return;
    }
    case DeclKind::TypeDecl: {
      const auto& n = f_.Get<TypeDecl>(id);
      Line(depth, "", what + (n.alias ? " alias" : "") + group(n.group), pos);
      Expr(depth + 1, "Name", n.name);
      Expr(depth + 1, "Type", n.type);
      return;
    }
    case DeclKind::VarDecl: {
      const auto& n = f_.Get<VarDecl>(id);
      Line(depth, "", what + group(n.group), pos);
      Exprs(depth + 1, "Name", n.names);
      Expr(depth + 1, "Type", n.type);
      Expr(depth + 1, "Values", n.values);
      return;
    }
    case DeclKind::FuncDecl: {
      const auto& n = f_.Get<FuncDecl>(id);
      Line(depth, "", what, pos);
      for (const Directive& d : f_.Directives(n.directives)) {
        Line(depth + 1, "Directive", d.text, d.pos);
      }
      if (n.recv.Valid()) {
        const Field& r = f_.GetField(n.recv);
        Line(depth + 1, "Recv", "Field", r.pos);
        Expr(depth + 2, "Name", r.name);
        Expr(depth + 2, "Type", r.type);
      }
      Expr(depth + 1, "Name", n.name);
      Expr(depth + 1, "Type", n.type);
      Stmt(depth + 1, "Body", n.body);
      return;
    }
    case DeclKind::kEnd:
      break;
  }
  llvm_unreachable("bad declaration kind");
}

void Dumper::File(llvm::StringRef path) {
  os_ << "File " << path << '\n';
  if (f_.package_name.Valid()) Expr(1, "Package", f_.package_name);
  for (DeclId d : f_.decls) Decl(1, d);
}

}  // namespace

std::string NodeString(const File& file, ExprId id) {
  ShortPrinter p(file);
  p.Expr(id);
  return p.Take();
}

std::string NodeString(const File& file, StmtId id) {
  ShortPrinter p(file);
  p.Stmt(id);
  return p.Take();
}

void Dump(const File& file, llvm::StringRef path, llvm::raw_ostream& os) {
  Dumper(file, os).File(path);
}

}  // namespace goescape::ast
