// decl.cpp: IR generation for the package, its functions, names and
// closures (gc's noder/irgen.go generate, decl.go, func.go, object.go, and
// ir.CaptureName/FinishCaptureNames).
//
// Algorithm (gc's order, which fixes function order, closure numbering,
// dcl order and temporary names):
//   1. Every function declaration gets its function and name (source order,
//      all files); package-level variable declarations and function bodies
//      are queued ("later") in source order.
//   2. The queue runs: a body is generated with its parameters declared
//      first (receiver, parameters, results — unnamed results as ~rN,
//      blank ones as ~bN); a package variable declaration generates its
//      initialization statements. Function literals become functions named
//      outer.funcN (outer.N inside closures, glob..funcN at package level)
//      at the point they are generated; a variable of an enclosing function
//      used inside becomes a closure variable of each function in between.
//   3. The package initialization statements, in the checker's
//      initialization order, go through StaticInit; what remains is the
//      body of the synthesized function "init".
// Invariants: a function's dcl holds each non-blank local once, in creation
// order; closure variables are never in dcl.
#include <algorithm>

#include "analysis/irgen/irgen_internal.h"
#include "llvm/Support/ErrorHandling.h"

namespace goescape::irgen {

Builder::Builder(check::Program& prog, const check::Package& pkg, gcir::Package& out,
                 CheckedTypes& types)
    : prog_(prog), cpkg_(pkg), out_(out), types_(types), ts_(prog.Types()) {}

void Builder::SetFile(const check::FileTables& tables) {
  tables_ = &tables;
  file_ = tables.file;
}

ast::ExprId Builder::Unparen(ast::ExprId e) const {
  while (e.Valid()) {
    const auto* p = file_->TryGet<ast::ParenExpr>(e);
    if (!p) break;
    e = p->x;
  }
  return e;
}

TypeId Builder::FixUntyped(TypeId t) const {
  if (!t.Valid() || ts_.Kind(t) != types::TypeKind::kBasic) return t;
  switch (ts_.Get<types::BasicType>(t).kind) {
    case types::BasicKind::kUntypedInt:
    case types::BasicKind::kUntypedRune:
    case types::BasicKind::kUntypedFloat:
    case types::BasicKind::kUntypedComplex:
      return ts_.Basic(types::BasicKind::kUint);
    case types::BasicKind::kUntypedBool:
      return ts_.Basic(types::BasicKind::kBool);
    case types::BasicKind::kUntypedString:
      return ts_.Basic(types::BasicKind::kString);
    default:
      return t;
  }
}

TypeId Builder::MethodType(TypeId sig, TypeId recv) {
  TypeId u = Under(sig);
  const auto& s = ts_.Get<types::SignatureType>(u);
  if (!recv.Valid()) return u;
  llvm::SmallVector<TypeId, 8> params;
  params.push_back(recv);
  for (TypeId p : ts_.TupleElems(s.params)) params.push_back(p);
  return ts_.NewSignature(ts_.NewTuple(params), s.results, s.variadic);
}

// ------------------------------------------------------------------ nodes

NodeId Builder::Unary(Op op, Pos pos, TypeId t, NodeId x, uint8_t flags) {
  NodeId n = NewNode(op, pos, t);
  N(n).x = x;
  N(n).flags = flags;
  return n;
}

NodeId Builder::Binary(Op op, Pos pos, TypeId t, NodeId x, NodeId y) {
  NodeId n = NewNode(op, pos, t);
  N(n).x = x;
  N(n).y = y;
  return n;
}

NodeId Builder::ListNode(Op op, Pos pos, TypeId t, llvm::ArrayRef<NodeId> list) {
  llvm::SmallVector<NodeId, 8> copy(list.begin(), list.end());
  IdRange r = out_.NewList(copy);
  NodeId n = NewNode(op, pos, t);
  N(n).list = r;
  return n;
}

void Builder::SetInit(NodeId n, llvm::ArrayRef<NodeId> init) {
  llvm::SmallVector<NodeId, 8> copy(init.begin(), init.end());
  IdRange r = out_.NewList(copy);
  N(n).init = r;
}

void Builder::AppendInit(NodeId n, llvm::ArrayRef<NodeId> more) {
  llvm::SmallVector<NodeId, 8> all;
  for (NodeId x : out_.List(N(n).init)) all.push_back(x);
  all.append(more.begin(), more.end());
  SetInit(n, all);
}

NodeId Builder::IntLit(Pos pos, TypeId t, int64_t v) {
  gcir::Literal lit;
  lit.text = std::to_string(v);
  lit.is_small_int = v == static_cast<int32_t>(v);
  lit.int_value = v;
  return out_.NewLiteral(std::move(lit), pos, R(t));
}

bool Builder::HasUniquePos(NodeId n) const {
  if (!n.Valid()) return false;
  const gcir::Node& x = out_.N(n);
  switch (x.op) {
    case Op::ONAME:
      return false;
    case Op::OTYPE:
      return false;  // type nodes are shared and carry no position of their own
    default:
      break;
  }
  return x.pos.Known();
}

// ------------------------------------------------------------------ names

std::string Builder::Qualified(ObjectId obj) const {
  const check::Object& o = Obj(obj);
  if (!o.pkg.Valid() || o.pkg == cpkg_.Id()) return o.name.str();
  return ts_.Package(o.pkg).name.str() + "." + o.name.str();
}

NodeId Builder::NewLocal(llvm::StringRef sym, Pos pos, TypeId t, gcir::Class cls) {
  gcir::Name name;
  name.sym = sym.str();
  name.cls = cls;
  FuncId fn = fn_ ? fn_->id : init_fn_;
  name.curfn = fn;
  NodeId n = out_.NewName(std::move(name), pos, R(t));
  if (sym != "_") out_.F(fn).dcl.push_back(n);
  return n;
}

NodeId Builder::Temp(TypeId t) {
  FuncId fn = fn_ ? fn_->id : init_fn_;
  std::string sym = ".autotmp_" + std::to_string(out_.F(fn).dcl.size());
  NodeId n = NewLocal(sym, pos_, t, gcir::Class::kAuto);
  out_.NameOf(n).autotemp = true;
  return n;
}

NodeId Builder::ObjNode(ObjectId obj) {
  auto it = objs_.find(obj.Index());
  if (it != objs_.end()) return it->second;
  const check::Object& o = Obj(obj);
  NodeId n;
  switch (o.kind) {
    case check::ObjectKind::kVar: {
      if (o.role == check::VarRole::kPackage) {
        gcir::Name name;
        name.sym = Qualified(obj);
        name.cls = gcir::Class::kExtern;
        n = out_.NewName(std::move(name), o.pos, R(o.type));
        break;
      }
      gcir::Class cls = gcir::Class::kAuto;
      std::string sym = o.name.str();
      if (o.role == check::VarRole::kParam || o.role == check::VarRole::kRecv) {
        cls = gcir::Class::kParam;
      } else if (o.role == check::VarRole::kResult) {
        cls = gcir::Class::kParamOut;
        if (!o.named || sym.empty() || sym == "_") {
          // Backend needs names for result parameters, even if they are
          // anonymous or blank.
          int nresults = 0;
          for (NodeId d : out_.F(fn_->id).dcl) {
            if (out_.NameOf(d).cls == gcir::Class::kParamOut) ++nresults;
          }
          sym = (!o.named || sym.empty() ? "~r" : "~b") + std::to_string(nresults);
        }
      }
      n = NewLocal(sym, o.pos, o.type, cls);
      if (cls == gcir::Class::kParamOut) {
        int index = 0;
        for (NodeId d : out_.F(fn_->id).dcl) {
          if (out_.NameOf(d).cls == gcir::Class::kParamOut) ++index;
        }
        out_.NameOf(n).result_index = index;
      }
      break;
    }
    case check::ObjectKind::kFunc: {
      FuncId fn = FuncFor(obj);
      n = out_.F(fn).nname;
      break;
    }
    default:
      llvm::report_fatal_error("irgen: object without a node");
  }
  objs_[obj.Index()] = n;
  return n;
}

NodeId Builder::Use(ObjectId obj, Pos pos) {
  NodeId n = ObjNode(obj);
  const gcir::Name& name = out_.NameOf(n);
  if (!fn_ || name.cls == gcir::Class::kExtern || name.cls == gcir::Class::kFunc) return n;
  if (!name.curfn.Valid() || name.curfn == fn_->id) return n;
  return Capture(fn_, n, pos);
}

NodeId Builder::Capture(FnCtx* fn, NodeId canon, Pos pos) {
  if (out_.NameOf(canon).curfn == fn->id) return canon;
  auto it = fn->captures.find(canon.Index());
  if (it != fn->captures.end()) return it->second;
  gcir::Name name;
  name.sym = out_.NameOf(canon).sym;
  name.cls = gcir::Class::kAutoHeap;
  name.curfn = fn->id;
  name.defn = canon;
  name.outer = canon;  // fixed by FinishCaptures
  name.is_closure_var = true;
  NodeId cv = out_.NewName(std::move(name), pos, out_.N(canon).type);
  out_.F(fn->id).closure_vars.push_back(cv);
  fn->captures[canon.Index()] = cv;
  return cv;
}

void Builder::FinishCaptures(FnCtx* outer, FuncId fn, Pos pos) {
  std::vector<NodeId> cvs = out_.F(fn).closure_vars;
  for (NodeId cv : cvs) {
    NodeId canon = out_.NameOf(cv).defn;
    NodeId o = outer ? Capture(outer, canon, pos) : canon;
    out_.NameOf(cv).outer = o;
  }
}

// -------------------------------------------------------------- functions

std::string Builder::FuncName(ObjectId fn) const {
  const check::Object& o = Obj(fn);
  if (!o.is_method) return o.name.str();
  // gc's ir.MethodSym: T.M or (*T).M, T the receiver's base type name.
  const check::Object& r = Obj(o.recv);
  TypeId rt = r.type;
  bool ptr = ts_.Kind(rt) == types::TypeKind::kPointer;
  if (ptr) rt = ts_.Get<types::PointerType>(rt).elem;
  std::string base = ts_.Kind(rt) == types::TypeKind::kNamed
                         ? ts_.Named(rt).name.str()
                         : prog_.TypeString(rt, types::TypeStyle::kGc, cpkg_.Id());
  if (ptr) return "(*" + base + ")." + o.name.str();
  return base + "." + o.name.str();
}

std::string Builder::ClosureName(FnCtx* outer) {
  if (!outer) return "glob..func" + std::to_string(++glob_closgen_);
  const gcir::Func& of = out_.F(outer->id);
  bool in_closure = of.oclosure.Valid();
  int gen;
  if (of.name == "_") {
    gen = ++glob_closgen_;
  } else {
    gen = static_cast<int>(++closgen_[outer->id.Index()]);
  }
  return of.name + "." + (in_closure ? "" : "func") + std::to_string(gen);
}

namespace {

uint32_t FuncPragmas(uint32_t ast_pragmas) {
  uint32_t p = 0;
  if (ast_pragmas & ast::kPragmaNoinline) p |= gcir::kPragmaNoinline;
  if (ast_pragmas & ast::kPragmaNoescape) p |= gcir::kPragmaNoescape;
  if (ast_pragmas & ast::kPragmaUintptrEscapes) p |= gcir::kPragmaUintptrEscapes;
  if (ast_pragmas & ast::kPragmaUintptrKeepAlive) p |= gcir::kPragmaUintptrKeepAlive;
  return p;
}

}  // namespace

FuncId Builder::ImportedFunc(ObjectId obj) {
  const check::Object& o = Obj(obj);
  gcir::Func f;
  f.name = Qualified(obj);
  f.type = R(o.type);
  f.pos = o.pos;
  f.imported = true;
  f.has_recv = o.is_method;
  TypeId sig = Under(o.type);
  bool variadic = ts_.Get<types::SignatureType>(sig).variadic;
  auto add = [&](std::vector<gcir::Param>& list, ObjectId p, bool ddd) {
    const check::Object& po = Obj(p);
    gcir::Param param;
    param.sym = po.name.str();
    param.type = R(po.type);
    param.pos = po.pos;
    param.is_ddd = ddd;
    list.push_back(std::move(param));
  };
  if (o.is_method && o.recv.Valid()) add(f.params, o.recv, false);
  for (size_t i = 0; i < o.params.size(); ++i) {
    add(f.params, o.params[i], variadic && i + 1 == o.params.size());
  }
  for (ObjectId r : o.results) add(f.results, r, false);
  f.param_tags.assign(f.params.size(), gcir::Leaks());
  for (size_t i = 0; i < f.params.size(); ++i) {
    gcir::Leaks& tag = f.param_tags[i];
    if (o.has_escape && i < o.escape.size()) {
      const check::EscapeParam& e = o.escape[i];
      if (e.heap >= 0) tag.AddHeap(e.heap);
      for (int r = 0; r < gcir::Leaks::kNumResults; ++r) {
        if (e.results[r] >= 0) tag.AddResult(r, e.results[r]);
      }
    } else if (types_.HasPointers(f.params[i].type)) {
      tag.AddHeap(0);  // no summary: assume the worst, as for an unknown body
    }
  }
  FuncId id = out_.NewFunc(std::move(f));
  gcir::Name name;
  name.sym = Qualified(obj);
  name.cls = gcir::Class::kFunc;
  name.func = id;
  out_.F(id).nname = out_.NewName(std::move(name), o.pos, R(o.type));
  return id;
}

FuncId Builder::FuncFor(ObjectId obj) {
  auto it = funcs_.find(obj.Index());
  if (it != funcs_.end()) return it->second;
  const check::Object& o = Obj(obj);
  FuncId id;
  if (o.pkg.Valid() && o.pkg != cpkg_.Id()) {
    id = ImportedFunc(obj);
  } else {
    gcir::Func f;
    if (!o.is_method && o.name == "init") {
      f.name = "init." + std::to_string(init_gen_++);
    } else {
      f.name = FuncName(obj);
    }
    f.type = R(o.type);
    f.pos = o.pos;
    f.pragma = FuncPragmas(o.pragmas);
    f.has_recv = o.is_method;
    id = out_.NewFunc(std::move(f));
    gcir::Name name;
    name.sym = out_.F(id).name;
    name.cls = gcir::Class::kFunc;
    name.func = id;
    out_.F(id).nname = out_.NewName(std::move(name), o.pos, R(o.type));
  }
  funcs_[obj.Index()] = id;
  return id;
}

void Builder::FuncBody(FuncId fn, const check::FuncInfo& info, ast::FieldId recv_field,
                       ast::ExprId type, ast::StmtId body) {
  FnCtx ctx;
  ctx.id = fn;
  ctx.outer = fn_;
  FnCtx* saved = fn_;
  fn_ = &ctx;
  // Parameters: receiver, parameters, results (gc's defParam order), read
  // off the function's own type expression: named ones by their names,
  // unnamed results by the checker's implicit objects at their positions.
  llvm::SmallVector<ObjectId, 8> recv, params, results;
  auto named_obj = [&](const ast::Field& f) -> ObjectId {
    if (f.name.Valid()) return Info(f.name).obj;
    return ObjectId();
  };
  TypeId recv_type;
  bool has_recv = recv_field.Valid();
  if (has_recv) {
    const ast::Field& f = file_->GetField(recv_field);
    ObjectId o = named_obj(f);
    recv.push_back(o);
    recv_type = o.Valid() ? Obj(o).type : Info(f.type).type;
  }
  const auto& ft = file_->Get<ast::FuncType>(type);
  for (ast::FieldId f : file_->Fields(ft.params)) params.push_back(named_obj(file_->GetField(f)));
  for (ast::FieldId fid : file_->Fields(ft.results)) {
    const ast::Field& f = file_->GetField(fid);
    ObjectId o = named_obj(f);
    if (!o.Valid()) {
      Pos want = f.type.Valid() ? P(f.type) : f.pos;
      for (ObjectId l : info.locals) {
        const check::Object& lo = Obj(l);
        if (lo.role == check::VarRole::kResult && (lo.pos == want || lo.pos == f.pos)) {
          o = l;
          break;
        }
      }
    }
    results.push_back(o);
  }
  TypeId sig = Under(info.sig);
  bool variadic = sig.Valid() && ts_.Kind(sig) == types::TypeKind::kSignature &&
                  ts_.Get<types::SignatureType>(sig).variadic;
  auto sig_params = sig.Valid() ? ts_.Params(sig) : llvm::ArrayRef<TypeId>();
  auto sig_results = sig.Valid() ? ts_.Results(sig) : llvm::ArrayRef<TypeId>();
  auto param = [&](ObjectId p, TypeId t, bool ddd) {
    gcir::Param par;
    par.type = R(t);
    par.is_ddd = ddd;
    if (!p.Valid()) return par;
    const check::Object& o = Obj(p);
    par.type = R(o.type);
    par.pos = o.pos;
    if (o.role == check::VarRole::kResult || o.named || !o.name.empty()) {
      par.nname = ObjNode(p);
      par.sym = out_.NameOf(par.nname).sym;
    }
    return par;
  };
  std::vector<gcir::Param> ps, rs;
  for (ObjectId p : recv) ps.push_back(param(p, recv_type, false));
  for (size_t i = 0; i < params.size(); ++i) {
    TypeId t = i < sig_params.size() ? sig_params[i] : TypeId();
    ps.push_back(param(params[i], t, variadic && i + 1 == params.size()));
  }
  for (size_t i = 0; i < results.size(); ++i) {
    TypeId t = i < sig_results.size() ? sig_results[i] : TypeId();
    rs.push_back(param(results[i], t, false));
  }
  out_.F(fn).params = std::move(ps);
  out_.F(fn).results = std::move(rs);
  out_.F(fn).has_recv = has_recv;
  if (body.Valid()) {
    std::vector<NodeId> stmts = Block(body);
    if (stmts.empty()) stmts.push_back(ListNode(Op::OBLOCK, Pos{}, TypeId(), {}));
    IdRange r = out_.NewList(stmts);
    out_.F(fn).body = r;
    out_.F(fn).has_body = true;
  }
  fn_ = saved;
}

NodeId Builder::FuncLit(ast::ExprId e, TypeId t) {
  const auto& lit = file_->Get<ast::FuncLit>(e);
  const check::ExprInfo& info = Info(e);
  const check::FuncInfo& cinfo = cpkg_.Func(check::FuncId(info.detail));
  FnCtx* outer = fn_;
  gcir::Func f;
  f.name = ClosureName(outer);
  f.type = R(t);
  f.pos = P(e);
  f.outer = outer ? outer->id : FuncId();
  FuncId id = out_.NewFunc(std::move(f));
  gcir::Name name;
  name.sym = out_.F(id).name;
  name.cls = gcir::Class::kFunc;
  name.func = id;
  out_.F(id).nname = out_.NewName(std::move(name), P(e), R(t));
  NodeId clo = NewNode(Op::OCLOSURE, P(e), t);
  N(clo).aux = id.Index();
  out_.F(id).oclosure = clo;
  out_.decl_order.push_back(id);
  FuncBody(id, cinfo, ast::FieldId(), lit.type, lit.body);
  FinishCaptures(outer, id, P(e));
  return clo;
}

// ---------------------------------------------------------------- package

void Builder::Run() {
  {
    gcir::Name name;
    name.sym = "_";
    blank_ = out_.NewName(std::move(name), Pos{}, 0);
  }
  {
    // gc's InitTodoFunc / the package initializer "init": temporaries of
    // package-level initializers are declared here.
    gcir::Func f;
    f.name = "init";
    init_fn_ = out_.NewFunc(std::move(f));
  }
  // 1. Declarations: function names in source order; queue the rest.
  struct Later {
    const check::FileTables* tables;
    ast::DeclId decl;
  };
  std::vector<Later> later;
  for (size_t i = 0; i < cpkg_.NumFiles(); ++i) {
    const check::FileTables& tables = cpkg_.File(i);
    SetFile(tables);
    for (ast::DeclId d : file_->decls) {
      if (const auto* fd = file_->TryGet<ast::FuncDecl>(d)) {
        const check::ExprInfo& ni = Info(fd->name);
        if (!ni.obj.Valid()) continue;
        if (Obj(ni.obj).name == "_" && Obj(ni.obj).is_method) continue;
        FuncFor(ni.obj);
        later.push_back(Later{&tables, d});
      } else if (file_->TryGet<ast::VarDecl>(d)) {
        later.push_back(Later{&tables, d});
      }
    }
  }
  // 2. Bodies and package-level initializers.
  struct InitGroup {
    std::vector<ObjectId> vars;
    std::vector<NodeId> stmts;
  };
  std::vector<InitGroup> inits;
  for (const Later& l : later) {
    SetFile(*l.tables);
    if (const auto* fd = file_->TryGet<ast::FuncDecl>(l.decl)) {
      ObjectId obj = Info(fd->name).obj;
      FuncId fn = FuncFor(obj);
      const check::Object& o = Obj(obj);
      if (o.func.Valid()) {
        FuncBody(fn, cpkg_.Func(o.func), fd->recv, fd->type, fd->body);
      } else {
        // A declaration without body: its parameters still get names.
        check::FuncInfo info;
        info.sig = o.type;
        if (o.recv.Valid()) info.locals.push_back(o.recv);
        info.locals.insert(info.locals.end(), o.params.begin(), o.params.end());
        info.locals.insert(info.locals.end(), o.results.begin(), o.results.end());
        FuncBody(fn, info, fd->recv, fd->type, ast::StmtId());
      }
      out_.decl_order.push_back(fn);
    } else {
      InitGroup g;
      fn_ = nullptr;
      VarDecl(l.decl, g.stmts);
      for (ast::ExprId name : file_->Exprs(file_->Get<ast::VarDecl>(l.decl).names)) {
        g.vars.push_back(Info(name).obj);
      }
      inits.push_back(std::move(g));
    }
  }
  // 3. The package initializer: statements in initialization order, then
  // any the checker did not order (declarations without initializer).
  std::vector<NodeId> ordered;
  std::vector<bool> used(inits.size(), false);
  for (const check::Initializer& in : cpkg_.InitOrder()) {
    if (in.lhs.empty()) continue;
    for (size_t i = 0; i < inits.size(); ++i) {
      if (used[i]) continue;
      const auto& vars = inits[i].vars;
      if (std::find(vars.begin(), vars.end(), in.lhs[0]) == vars.end()) continue;
      used[i] = true;
      ordered.insert(ordered.end(), inits[i].stmts.begin(), inits[i].stmts.end());
      break;
    }
  }
  for (size_t i = 0; i < inits.size(); ++i) {
    if (!used[i]) ordered.insert(ordered.end(), inits[i].stmts.begin(), inits[i].stmts.end());
  }
  std::vector<NodeId> dynamic = StaticInit(*this, ordered);
  if (!dynamic.empty()) {
    gcir::Func& f = out_.F(init_fn_);
    f.pos = out_.N(dynamic[0]).pos;
    f.body = out_.NewList(dynamic);
    f.has_body = true;
    gcir::Name name;
    name.sym = "init";
    name.cls = gcir::Class::kFunc;
    name.func = init_fn_;
    NodeId nn = out_.NewName(std::move(name), f.pos, 0);
    out_.F(init_fn_).nname = nn;
    out_.decl_order.push_back(init_fn_);
  }
}

// ------------------------------------------------------------------ entry

Output::Output() = default;
Output::Output(Output&&) noexcept = default;
Output::~Output() = default;

Output Build(check::Program& prog, const check::Package& pkg, const Options& options,
             DiagSink& sink) {
  Output out;
  out.pkg = std::make_unique<gcir::Package>();
  out.types = std::make_unique<CheckedTypes>(prog, pkg.Id());
  out.builder = std::make_unique<Builder>(prog, pkg, *out.pkg, *out.types);
  out.builder->link_path_ = options.link_path;
  out.builder->Run();
  Deadcode(*out.pkg, prog);
  Devirtualize(*out.builder, options.m_level, sink);
  return out;
}

}  // namespace goescape::irgen
