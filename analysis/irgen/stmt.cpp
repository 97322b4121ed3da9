// stmt.cpp: IR generation for statements and local declarations (gc's
// noder/stmt.go, decl.go varDecl/constDecl, and the statement transforms of
// noder/transform.go: transformAssign, transformReturn, transformSend,
// transformSelect).
//
// Shapes (gc-escape-spec §2): `x := v` is an OAS with Def whose init holds
// ODCL x; `var x = v` is ODCL x then OAS x = v, both at the first name;
// `var x T` is ODCL x then OAS x = <nil>; multi-assignments are OAS2,
// specialised to OAS2FUNC, OAS2MAPR, OAS2RECV or OAS2DOTTYPE; `x op= y` and
// x++ are OASOP (x++ prints as "x += 1", as gc's irgen builds it); select
// receives become OSELRECV2; labels are OLABEL followed by their statement;
// blocks are flattened into the enclosing statement list. The right-hand
// side of an assignment is generated before the left-hand side, as gc does
// (for compatibility with its older front end), which orders temporaries,
// closure numbers and the conversion position.
#include "analysis/irgen/irgen_internal.h"
#include "llvm/Support/ErrorHandling.h"

namespace goescape::irgen {

void Builder::Stmts(llvm::ArrayRef<ast::StmtId> list, std::vector<NodeId>& out) {
  for (ast::StmtId s : list) {
    NodeId n = Stmt(s);
    if (!n.Valid()) continue;
    if (out_.OpOf(n) == Op::OBLOCK) {
      for (NodeId c : out_.List(N(n).list)) out.push_back(c);
    } else {
      out.push_back(n);
    }
  }
}

std::vector<NodeId> Builder::Block(ast::StmtId block) {
  std::vector<NodeId> out;
  if (!block.Valid()) return out;
  const auto& b = file_->Get<ast::BlockStmt>(block);
  llvm::SmallVector<ast::StmtId, 16> list(file_->Stmts(b.list).begin(), file_->Stmts(b.list).end());
  Stmts(list, out);
  return out;
}

NodeId Builder::Stmt(ast::StmtId s) {
  if (!s.Valid()) return NodeId();
  Pos pos = P(s);
  switch (file_->Kind(s)) {
    case ast::StmtKind::EmptyStmt:
      return NodeId();
    case ast::StmtKind::LabeledStmt:
      return LabeledStmt(s);
    case ast::StmtKind::BlockStmt:
      return ListNode(Op::OBLOCK, pos, TypeId(), Block(s));
    case ast::StmtKind::ExprStmt:
      return Expr(file_->Get<ast::ExprStmt>(s).x);
    case ast::StmtKind::SendStmt: {
      const auto& ss = file_->Get<ast::SendStmt>(s);
      NodeId ch = Expr(ss.chan);
      NodeId v = Expr(ss.value);
      v = AssignConv(v, ElemOf(TypeOf(ch)));  // transformSend
      return Binary(Op::OSEND, pos, TypeId(), ch, v);
    }
    case ast::StmtKind::DeclStmt: {
      const auto& ds = file_->Get<ast::DeclStmt>(s);
      llvm::SmallVector<ast::DeclId, 4> decls(file_->Decls(ds.decls).begin(),
                                              file_->Decls(ds.decls).end());
      return Decls(decls, pos);
    }
    case ast::StmtKind::AssignStmt:
      return AssignStmt(s);
    case ast::StmtKind::BranchStmt: {
      const auto& bs = file_->Get<ast::BranchStmt>(s);
      Op op = Op::OBREAK;
      switch (bs.kind) {
        case ast::BranchKind::kBreak:
          op = Op::OBREAK;
          break;
        case ast::BranchKind::kContinue:
          op = Op::OCONTINUE;
          break;
        case ast::BranchKind::kGoto:
          op = Op::OGOTO;
          break;
        case ast::BranchKind::kFallthrough:
          op = Op::OFALL;
          break;
      }
      NodeId n = NewNode(op, pos, TypeId());
      if (bs.label.Valid()) N(n).aux = out_.Sym(file_->Get<ast::Name>(bs.label).value);
      return n;
    }
    case ast::StmtKind::CallStmt: {
      const auto& cs = file_->Get<ast::CallStmt>(s);
      NodeId call = Expr(cs.call);
      return Unary(cs.is_go ? Op::OGO : Op::ODEFER, pos, TypeId(), call);
    }
    case ast::StmtKind::ReturnStmt:
      return ReturnStmt(s);
    case ast::StmtKind::IfStmt: {
      const auto& is = file_->Get<ast::IfStmt>(s);
      NodeId init = Stmt(is.init);
      NodeId cond = Expr(is.cond);
      std::vector<NodeId> then = Block(is.then);
      std::vector<NodeId> els;
      if (is.els.Valid()) {
        NodeId e = Stmt(is.els);
        if (out_.OpOf(e) == Op::OBLOCK) {
          for (NodeId c : out_.List(N(e).list)) els.push_back(c);
        } else if (e.Valid()) {
          els.push_back(e);
        }
      }
      IdRange tl = out_.NewList(then);
      IdRange el = out_.NewList(els);
      NodeId n = NewNode(Op::OIF, pos, TypeId());
      N(n).x = cond;
      N(n).list = tl;
      N(n).list2 = el;
      if (init.Valid()) SetInit(n, {init});
      return n;
    }
    case ast::StmtKind::ForStmt:
      return ForStmt(s);
    case ast::StmtKind::SwitchStmt:
      return SwitchStmt(s);
    case ast::StmtKind::SelectStmt:
      return SelectStmt(s);
    case ast::StmtKind::RangeClause:
    case ast::StmtKind::CaseClause:
    case ast::StmtKind::CommClause:
    case ast::StmtKind::kEnd:
      break;
  }
  llvm::report_fatal_error("irgen: unexpected statement");
}

NodeId Builder::LabeledStmt(ast::StmtId s) {
  const auto& ls = file_->Get<ast::LabeledStmt>(s);
  NodeId label = NewNode(Op::OLABEL, P(s), TypeId());
  N(label).aux = out_.Sym(file_->Get<ast::Name>(ls.label).value);
  std::vector<NodeId> list{label};
  NodeId inner = Stmt(ls.stmt);
  if (out_.OpOf(inner) == Op::OBLOCK) {
    for (NodeId c : out_.List(N(inner).list)) list.push_back(c);
  } else if (inner.Valid()) {
    list.push_back(inner);
  }
  return ListNode(Op::OBLOCK, Pos{}, TypeId(), list);
}

// ------------------------------------------------------------ assignments

void Builder::AssignList(ast::ExprId lhs, bool def, std::vector<NodeId>& nodes,
                         std::vector<NodeId>& declared) {
  auto elems = file_->ListElems(lhs);
  if (!def) {
    for (ast::ExprId e : elems) nodes.push_back(Expr(e));
    return;
  }
  for (ast::ExprId e : elems) {
    const auto* nm = file_->TryGet<ast::Name>(e);
    if (!nm || nm->value == "_") {
      nodes.push_back(blank_);
      continue;
    }
    const check::ExprInfo& info = Info(e);
    NodeId n = ObjNode(info.obj);
    if (info.flags & check::kExprDef) declared.push_back(n);
    nodes.push_back(n);
  }
}

namespace {

void InitDefn(Builder& b, NodeId stmt, const std::vector<NodeId>& declared) {
  if (declared.empty()) return;
  std::vector<NodeId> init;
  for (NodeId name : declared) {
    b.out_.NameOf(name).defn = stmt;
    init.push_back(b.Unary(Op::ODCL, b.out_.N(name).pos, TypeId(), name));
  }
  b.SetInit(stmt, init);
  b.N(stmt).flags |= gcir::kFlagDef;
}

}  // namespace

void Builder::TransformAssign(NodeId stmt, std::vector<NodeId>& lhs, std::vector<NodeId>& rhs) {
  size_t cr = rhs.size();
  if (rhs.size() == 1 && IsTuple(rhs[0])) cr = ts_.TupleElems(TypeOf(rhs[0])).size();
  // x, ok = y
  if (lhs.size() == 2 && cr == 1) {
    NodeId r = rhs[0];
    switch (out_.OpOf(r)) {
      case Op::OINDEXMAP:
        N(stmt).op = Op::OAS2MAPR;
        return;
      case Op::ORECV:
        N(stmt).op = Op::OAS2RECV;
        return;
      case Op::ODOTTYPE:
        N(stmt).op = Op::OAS2DOTTYPE;
        N(r).op = Op::ODOTTYPE2;
        return;
      default:
        break;
    }
  }
  if (lhs.size() != cr) return;
  // x, y, z = f()
  if (cr > rhs.size()) {
    N(stmt).op = Op::OAS2FUNC;
    NodeId call = rhs[0];
    auto results = ts_.TupleElems(TypeOf(call));
    bool mismatched = false;
    for (size_t i = 0; i < lhs.size(); ++i) {
      if (lhs[i] != blank_ && TypeOf(lhs[i]).Valid() &&
          !ts_.Identical(TypeOf(lhs[i]), results[i])) {
        mismatched = true;
      }
    }
    if (mismatched) {
      // RewriteMultiValueCall: temporaries, then converting assignments.
      llvm::SmallVector<NodeId, 4> temps = RewriteMultiValue(stmt, call);
      N(stmt).op = Op::OAS2;
      rhs.clear();
      for (size_t i = 0; i < temps.size(); ++i) rhs.push_back(AssignConv(temps[i], TypeOf(lhs[i])));
    }
    return;
  }
  for (size_t i = 0; i < rhs.size(); ++i) {
    if (lhs[i] != blank_ && TypeOf(lhs[i]).Valid()) rhs[i] = AssignConv(rhs[i], TypeOf(lhs[i]));
  }
}

NodeId Builder::AssignStmt(ast::StmtId s) {
  const auto& as = file_->Get<ast::AssignStmt>(s);
  Pos pos = P(s);
  if (as.op != ast::Operator::kNone && as.op != ast::Operator::kDef) {
    Op op = BinaryOpOf(as.op);
    NodeId x, y;
    if (!as.rhs.Valid()) {
      x = Expr(as.lhs);
      y = IntLit(pos, TypeOf(x), 1);  // gc's IncDec: x += 1
    } else {
      y = Expr(as.rhs);  // rhs before lhs, as gc
      x = Expr(as.lhs);
    }
    NodeId n = Binary(Op::OASOP, pos, TypeId(), x, y);
    N(n).aux = static_cast<uint32_t>(op);
    return n;
  }
  std::vector<NodeId> rhs;
  for (ast::ExprId e : file_->ListElems(as.rhs)) rhs.push_back(Expr(e));
  std::vector<NodeId> lhs, declared;
  AssignList(as.lhs, as.op == ast::Operator::kDef, lhs, declared);
  if (lhs.size() == 1 && rhs.size() == 1) {
    NodeId n = Binary(Op::OAS, pos, TypeId(), lhs[0], rhs[0]);
    InitDefn(*this, n, declared);
    TransformAssign(n, lhs, rhs);
    N(n).x = lhs[0];
    N(n).y = rhs[0];
    return n;
  }
  NodeId n = ListNode(Op::OAS2, pos, TypeId(), lhs);
  IdRange r = out_.NewList(rhs);
  N(n).list2 = r;
  InitDefn(*this, n, declared);
  TransformAssign(n, lhs, rhs);
  IdRange r2 = out_.NewList(rhs);
  N(n).list2 = r2;
  return n;
}

// ------------------------------------------------------------ declarations

NodeId Builder::Decls(llvm::ArrayRef<ast::DeclId> decls, Pos pos) {
  std::vector<NodeId> out;
  for (ast::DeclId d : decls) {
    switch (file_->Kind(d)) {
      case ast::DeclKind::ConstDecl: {
        const auto& cd = file_->Get<ast::ConstDecl>(d);
        for (size_t i = 0; i < cd.names.size; ++i)
          out.push_back(NewNode(Op::ODCLCONST, P(d), TypeId()));
        break;
      }
      case ast::DeclKind::TypeDecl:
        out.push_back(NewNode(Op::ODCLTYPE, P(d), TypeId()));
        break;
      case ast::DeclKind::VarDecl:
        VarDecl(d, out);
        break;
      default:
        break;
    }
  }
  return ListNode(Op::OBLOCK, pos, TypeId(), out);
}

void Builder::VarDecl(ast::DeclId d, std::vector<NodeId>& out) {
  const auto& vd = file_->Get<ast::VarDecl>(d);
  Pos pos = P(d);
  pos_ = pos;
  std::vector<NodeId> names;
  for (ast::ExprId name : file_->Exprs(vd.names)) {
    const check::ExprInfo& info = Info(name);
    if (Obj(info.obj).name == "_") {
      gcir::Name blank;
      blank.sym = "_";
      blank.cls = fn_ ? gcir::Class::kAuto : gcir::Class::kExtern;
      blank.curfn = fn_ ? fn_->id : FuncId();
      names.push_back(out_.NewName(std::move(blank), P(name), R(Obj(info.obj).type)));
      continue;
    }
    names.push_back(ObjNode(info.obj));
  }
  std::vector<NodeId> values;
  for (ast::ExprId e : file_->ListElems(vd.values)) values.push_back(Expr(e));
  NodeId as2;
  if (!values.empty() && names.size() != values.size()) {
    as2 = ListNode(Op::OAS2, pos, TypeId(), names);
    N(as2).list2 = out_.NewList(values);
  }
  for (size_t i = 0; i < names.size(); ++i) {
    NodeId name = names[i];
    if (fn_) out.push_back(Unary(Op::ODCL, pos, TypeId(), name));
    if (as2.Valid()) {
      out_.NameOf(name).defn = as2;
      continue;
    }
    NodeId as = Binary(Op::OAS, pos, TypeId(), name, NodeId());
    if (!values.empty()) {
      std::vector<NodeId> lhs{name}, rhs{values[i]};
      TransformAssign(as, lhs, rhs);
      N(as).y = rhs[0];
      out_.NameOf(name).defn = as;
    } else if (!fn_) {
      out_.NameOf(name).defn = as;
    }
    out.push_back(as);
  }
  if (as2.Valid()) {
    std::vector<NodeId> lhs(names), rhs(values);
    TransformAssign(as2, lhs, rhs);
    IdRange r = out_.NewList(rhs);
    N(as2).list2 = r;
    out.push_back(as2);
  }
}

// ----------------------------------------------------------------- control

NodeId Builder::ReturnStmt(ast::StmtId s) {
  const auto& rs = file_->Get<ast::ReturnStmt>(s);
  std::vector<NodeId> results;
  for (ast::ExprId e : file_->ListElems(rs.results)) results.push_back(Expr(e));
  NodeId n = NewNode(Op::ORETURN, P(s), TypeId());
  // transformReturn.
  if (results.size() == 1 && IsTuple(results[0])) {
    auto temps = RewriteMultiValue(n, results[0]);
    results.assign(temps.begin(), temps.end());
  }
  const auto& fres = out_.F(fn_->id).results;
  if (!results.empty()) {
    Pos saved = pos_;
    for (size_t i = 0; i < results.size() && i < fres.size(); ++i) {
      SetPos(results[i]);
      results[i] = AssignConv(results[i], T(fres[i].type));
    }
    pos_ = saved;
  }
  IdRange r = out_.NewList(results);
  N(n).list = r;
  return n;
}

NodeId Builder::ForStmt(ast::StmtId s) {
  const auto& fs = file_->Get<ast::ForStmt>(s);
  if (const auto* rc = file_->TryGet<ast::RangeClause>(fs.init)) {
    std::vector<NodeId> lhs, declared;
    if (rc->lhs.Valid()) AssignList(rc->lhs, rc->def, lhs, declared);
    NodeId x = Expr(rc->x);
    std::vector<NodeId> body = Block(fs.body);
    NodeId n = NewNode(Op::ORANGE, P(fs.init), TypeId());
    N(n).x = x;
    N(n).y = lhs.size() > 0 ? lhs[0] : NodeId();
    N(n).z = lhs.size() > 1 ? lhs[1] : NodeId();
    IdRange r = out_.NewList(body);
    N(n).list = r;
    InitDefn(*this, n, declared);
    return n;
  }
  NodeId init = Stmt(fs.init);
  NodeId cond = Expr(fs.cond);
  NodeId post = Stmt(fs.post);
  std::vector<NodeId> body = Block(fs.body);
  NodeId n = NewNode(Op::OFOR, P(s), TypeId());
  N(n).x = cond;
  N(n).y = post;
  IdRange r = out_.NewList(body);
  N(n).list = r;
  if (init.Valid()) SetInit(n, {init});
  return n;
}

NodeId Builder::SwitchStmt(ast::StmtId s) {
  const auto& ss = file_->Get<ast::SwitchStmt>(s);
  Pos pos = P(s);
  NodeId init = Stmt(ss.init);
  NodeId tag;
  if (const auto* g = file_->TryGet<ast::TypeSwitchGuard>(ss.tag)) {
    NodeId ident;
    if (g->lhs.Valid()) {
      gcir::Name name;
      name.sym = file_->Get<ast::Name>(g->lhs).value.str();
      ident = out_.NewName(std::move(name), P(g->lhs), 0);
    }
    NodeId x = Expr(g->x);
    tag = Binary(Op::OTYPESW, pos, TypeId(), x, ident);
  } else {
    tag = Expr(ss.tag);
  }
  std::vector<NodeId> cases;
  for (ast::StmtId c : file_->Stmts(ss.body)) {
    const auto& cc = file_->Get<ast::CaseClause>(c);
    NodeId cv;
    const check::StmtInfo& si = SInfo(c);
    if (out_.OpOf(tag) == Op::OTYPESW && si.obj.Valid()) {
      cv = ObjNode(si.obj);
      N(cv).pos = cc.colon;
      out_.NameOf(cv).defn = tag;
    }
    std::vector<NodeId> vals;
    for (ast::ExprId e : file_->ListElems(cc.cases)) vals.push_back(Expr(e));
    std::vector<NodeId> body;
    llvm::SmallVector<ast::StmtId, 16> list(file_->Stmts(cc.body).begin(),
                                            file_->Stmts(cc.body).end());
    Stmts(list, body);
    NodeId n = ListNode(Op::OCASE, P(c), TypeId(), vals);
    IdRange r = out_.NewList(body);
    N(n).list2 = r;
    N(n).x = cv;
    cases.push_back(n);
  }
  NodeId n = ListNode(Op::OSWITCH, pos, TypeId(), cases);
  N(n).x = tag;
  if (init.Valid()) SetInit(n, {init});
  return n;
}

NodeId Builder::SelectStmt(ast::StmtId s) {
  const auto& ss = file_->Get<ast::SelectStmt>(s);
  std::vector<NodeId> cases;
  for (ast::StmtId c : file_->Stmts(ss.body)) {
    const auto& cc = file_->Get<ast::CommClause>(c);
    NodeId comm = Stmt(cc.comm);
    std::vector<NodeId> body;
    llvm::SmallVector<ast::StmtId, 16> list(file_->Stmts(cc.body).begin(),
                                            file_->Stmts(cc.body).end());
    Stmts(list, body);
    // transformSelect: receives become OSELRECV2.
    if (comm.Valid()) {
      switch (out_.OpOf(comm)) {
        case Op::OAS: {
          NodeId dst = N(comm).x;
          NodeId recv = N(comm).y;
          if ((out_.OpOf(recv) == Op::OCONVNOP || out_.OpOf(recv) == Op::OCONVIFACE) &&
              N(recv).Implicit()) {
            recv = N(recv).x;
          }
          NodeId sel = ListNode(Op::OSELRECV2, N(comm).pos, TypeId(), {dst, blank_});
          N(sel).list2 = out_.NewList({recv});
          N(sel).flags |= N(comm).flags & gcir::kFlagDef;
          N(sel).init = N(comm).init;
          if (out_.OpOf(dst) == Op::ONAME && out_.NameOf(dst).defn == comm)
            out_.NameOf(dst).defn = sel;
          comm = sel;
          break;
        }
        case Op::OAS2RECV: {
          N(comm).op = Op::OSELRECV2;
          break;
        }
        case Op::ORECV: {
          NodeId sel = ListNode(Op::OSELRECV2, N(comm).pos, TypeId(), {blank_, blank_});
          N(sel).list2 = out_.NewList({comm});
          comm = sel;
          break;
        }
        default:
          break;
      }
    }
    NodeId n = NewNode(Op::OCASE, P(c), TypeId());
    N(n).x = comm;
    IdRange r = out_.NewList(body);
    N(n).list2 = r;
    cases.push_back(n);
  }
  return ListNode(Op::OSELECT, P(s), TypeId(), cases);
}

}  // namespace goescape::irgen
