// irgen_internal.h: the Builder shared by the IR generation files
// (decl.cpp: package, functions, names and closures; expr.cpp: expressions,
// calls, composite literals, conversions; stmt.cpp: statements) and the
// passes that follow it (deadcode.cpp, devirt.cpp, staticinit.cpp).
//
// The Builder is gc's irgen walk (cmd/compile/internal/noder: expr.go,
// stmt.go, decl.go, helpers.go, transform.go) over goescape's AST and the
// checker's side tables. Two pieces of gc state are reproduced because the
// output depends on them:
//   * pos_ is gc's base.Pos, the "current position" that implicit
//     conversions and compiler temporaries take (gc-escape-spec §8.4):
//     translating a non-constant expression sets it on entry; a call sets
//     it to its "(" before converting arguments, and each argument that has
//     a position of its own (not a variable or function name) moves it to
//     that argument while it is converted.
//   * Dcl order and temporaries: every local variable is appended to its
//     function's dcl list when gc's irgen creates its Name (at the
//     declaration, or the first use), and a temporary is named .autotmp_N
//     with N the length of that list at its creation.
#ifndef GOESCAPE_ANALYSIS_IRGEN_IRGEN_INTERNAL_H_
#define GOESCAPE_ANALYSIS_IRGEN_IRGEN_INTERNAL_H_

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "analysis/irgen/irgen.h"
#include "frontend/ast/ast.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace goescape::irgen {

using gcir::FuncId;
using gcir::NodeId;
using gcir::Op;
using gcir::TypeRef;
using types::ObjectId;
using types::TypeId;

/// MethodEntry is one method of a method set (gc's method Field): its name,
/// the method (a declared method, or an interface method), its signature
/// without receiver, the receiver type it is declared with (invalid for
/// interface methods), how it is reached (0: declared on the type itself;
/// 1: promoted through embedded values; 2: through an embedded pointer) and
/// the embedded fields on the way.
struct MethodEntry {
  llvm::StringRef name;
  ObjectId method;
  TypeId sig;
  TypeId recv;
  bool iface = false;
  int embedded = 0;
  std::vector<check::PathStep> path;
};
/// MethodLess is gc's method order: exported names first, then by name.
bool MethodLess(const MethodEntry& a, const MethodEntry& b);

/// FnCtx is the function being generated (gc's ir.CurFunc) and its closure
/// variables by captured variable.
struct FnCtx {
  FuncId id;
  check::FuncId cfn;                          // the checker's function, for variable ownership
  FnCtx* outer = nullptr;                     // enclosing function of a closure
  llvm::DenseMap<uint32_t, NodeId> captures;  // canonical ONAME index -> closure var
};

/// Builder generates the gc IR of one package (see the file comment).
class Builder {
 public:
  Builder(check::Program& prog, const check::Package& pkg, gcir::Package& out, CheckedTypes& types);
  void Run();

  // ---------------------------------------------------------------- types
  static TypeRef R(TypeId t) { return CheckedTypes::Ref(t); }
  static TypeId T(TypeRef r) { return CheckedTypes::Id(r); }
  TypeId Under(TypeId t) const { return ts_.Underlying(t); }
  types::TypeKind UKind(TypeId t) const { return ts_.Kind(ts_.Underlying(t)); }
  TypeId ElemOf(TypeId t) const { return T(types_.Elem(R(t))); }
  TypeId PtrTo(TypeId t) { return ts_.NewPointer(t); }
  TypeId TypeOf(NodeId n) const { return T(out_.N(n).type); }
  /// FixUntyped is irgen's fix-up of types types2 leaves untyped.
  TypeId FixUntyped(TypeId t) const;
  /// MethodType is the type of a method value (recv invalid) or method
  /// expression (recv first) of a method with signature sig.
  TypeId MethodType(TypeId sig, TypeId recv);

  // ---------------------------------------------------------------- nodes
  gcir::Node& N(NodeId n) { return out_.N(n); }
  NodeId NewNode(Op op, Pos pos, TypeId t) { return out_.NewNode(op, pos, R(t)); }
  NodeId Unary(Op op, Pos pos, TypeId t, NodeId x, uint8_t flags = 0);
  NodeId Binary(Op op, Pos pos, TypeId t, NodeId x, NodeId y);
  NodeId ListNode(Op op, Pos pos, TypeId t, llvm::ArrayRef<NodeId> list);
  void SetInit(NodeId n, llvm::ArrayRef<NodeId> init);
  void AppendInit(NodeId n, llvm::ArrayRef<NodeId> more);
  NodeId IntLit(Pos pos, TypeId t, int64_t v);
  NodeId TypeNode(Pos pos, TypeId t) { return NewNode(Op::OTYPE, pos, t); }
  bool HasUniquePos(NodeId n) const;
  void SetPos(NodeId n) {
    if (HasUniquePos(n)) pos_ = out_.N(n).pos;
  }

  // ---------------------------------------------------------------- files
  void SetFile(const check::FileTables& tables);
  const check::ExprInfo& Info(ast::ExprId e) const { return tables_->exprs[e.Index()]; }
  const check::StmtInfo& SInfo(ast::StmtId s) const { return tables_->stmts[s.Index()]; }
  Pos P(ast::ExprId e) const { return file_->PosOf(e); }
  Pos P(ast::StmtId s) const { return file_->PosOf(s); }
  Pos P(ast::DeclId d) const { return file_->PosOf(d); }
  ast::ExprId Unparen(ast::ExprId e) const;
  const check::Object& Obj(ObjectId o) const { return prog_.Obj(o); }

  // ---------------------------------------------------------------- names (decl.cpp)
  /// ObjNode is gc's g.obj: the node for an object, created on first use.
  NodeId ObjNode(ObjectId obj);
  /// Use is gc's g.use: ObjNode, captured into the current closure if the
  /// variable belongs to an enclosing function.
  NodeId Use(ObjectId obj, Pos pos);
  NodeId Capture(FnCtx* fn, NodeId canon, Pos pos);
  NodeId NewLocal(llvm::StringRef sym, Pos pos, TypeId t, gcir::Class cls);
  /// Temp is typecheck.Temp: a new .autotmp_N of the current function.
  NodeId Temp(TypeId t);
  FuncId FuncFor(ObjectId fn);  // a declared or imported function's gc IR function
  FuncId ImportedFunc(ObjectId fn);
  std::string FuncName(ObjectId fn) const;
  std::string ClosureName(FnCtx* outer);
  std::string Qualified(ObjectId obj) const;  // "pkg.Name" for other packages
  void FuncBody(FuncId fn, const check::FuncInfo& info, ast::FieldId recv, ast::ExprId type,
                ast::StmtId body);
  NodeId FuncLit(ast::ExprId e, TypeId t);
  void FinishCaptures(FnCtx* outer, FuncId fn, Pos pos);

  // ---------------------------------------------------------------- expressions (expr.cpp)
  NodeId Expr(ast::ExprId e);
  llvm::SmallVector<NodeId, 4> Exprs(llvm::ArrayRef<ast::ExprId> es);
  NodeId Expr0(ast::ExprId e, TypeId t);
  NodeId Const(ast::ExprId e);
  NodeId Selector(ast::ExprId e, TypeId t);
  NodeId DotField(Pos pos, NodeId x, const check::PathStep& step);
  NodeId Call(ast::ExprId e, TypeId t);
  NodeId Conversion(Pos pos, TypeId t, NodeId arg);
  NodeId Builtin(ast::ExprId e, TypeId t, check::BuiltinId id, llvm::SmallVectorImpl<NodeId>& args,
                 bool dots);
  NodeId CompLit(ast::ExprId e, TypeId t);
  NodeId Operation(ast::ExprId e, TypeId t);
  /// AssignConv is gc's assignconvfn at the current position.
  NodeId AssignConv(NodeId n, TypeId t);
  /// ConvertArgs is typecheckaste over a call's arguments (and packs the
  /// variadic ones, as typecheck.FixVariadicCall).
  void ConvertArgs(NodeId call, TypeId sig, llvm::SmallVectorImpl<NodeId>& args, bool dots,
                   bool pack);
  /// RewriteMultiValue is typecheck.RewriteMultiValueCall: t1, t2 := f()
  /// into owner's init, returning the temporaries.
  llvm::SmallVector<NodeId, 4> RewriteMultiValue(NodeId owner, NodeId call);
  bool IsTuple(NodeId n) const;
  int NumResults(TypeId sig) const { return static_cast<int>(ts_.Results(Under(sig)).size()); }

  // ---------------------------------------------------------------- statements (stmt.cpp)
  void Stmts(llvm::ArrayRef<ast::StmtId> list, std::vector<NodeId>& out);
  NodeId Stmt(ast::StmtId s);
  std::vector<NodeId> Block(ast::StmtId block);
  NodeId AssignStmt(ast::StmtId s);
  void AssignList(ast::ExprId lhs, bool def, std::vector<NodeId>& nodes,
                  std::vector<NodeId>& declared);
  void TransformAssign(NodeId stmt, std::vector<NodeId>& lhs, std::vector<NodeId>& rhs);
  NodeId Decls(llvm::ArrayRef<ast::DeclId> decls, Pos pos);
  void VarDecl(ast::DeclId d, std::vector<NodeId>& out);
  NodeId ForStmt(ast::StmtId s);
  NodeId SwitchStmt(ast::StmtId s);
  NodeId SelectStmt(ast::StmtId s);
  NodeId LabeledStmt(ast::StmtId s);
  NodeId ReturnStmt(ast::StmtId s);

  // ---------------------------------------------------------------- wrappers (wrappers.cpp)
  TypeId Canon(TypeId t) const { return ts_.Canon(t); }
  /// AllMethods is the method set of a named type or struct (own methods
  /// and promoted ones), sorted.
  std::vector<MethodEntry> AllMethods(TypeId t);
  /// MethodsOf is reflectdata.methods: the methods applicable to t (a type
  /// or a pointer to one).
  std::vector<MethodEntry> MethodsOf(TypeId t);
  bool NeedEmit(TypeId t) const;
  std::string MethodSymName(TypeId rcvr, llvm::StringRef name) const;
  /// MethodWrapper is reflectdata.methodWrapper: generates (once) the
  /// wrapper for method m reached through t and runs analyze on it.
  void MethodWrapper(TypeId t, const MethodEntry& m, bool for_itab,
                     const std::function<void(FuncId)>& analyze);
  NodeId PanicWrap();
  /// LinkPath is the package path used in link names (gc's -p).
  llvm::StringRef LinkPath() const { return link_path_; }

  // ---------------------------------------------------------------- state
  check::Program& prog_;
  const check::Package& cpkg_;
  gcir::Package& out_;
  CheckedTypes& types_;
  types::TypeStore& ts_;
  const ast::File* file_ = nullptr;
  const check::FileTables* tables_ = nullptr;
  FnCtx* fn_ = nullptr;
  FnCtx init_ctx_;  // gc's InitTodoFunc: temporaries of package-level initializers
  Pos pos_;         // gc's base.Pos
  NodeId blank_;    // gc's ir.BlankNode
  llvm::DenseMap<uint32_t, NodeId> objs_;       // ObjectId -> node
  llvm::DenseMap<uint32_t, FuncId> funcs_;      // func ObjectId -> function
  std::vector<FuncId> cfuncs_;                  // check::FuncId index -> function
  llvm::DenseMap<uint32_t, uint32_t> closgen_;  // FuncId -> closures named so far
  int glob_closgen_ = 0;
  int init_gen_ = 0;                      // init.N renaming
  std::vector<NodeId> pkg_init_;          // package-level initialization statements
  FuncId init_fn_;                        // gc's synthesized package "init"
  std::vector<uint32_t> runes_of_const_;  // runes of a []rune("...") operand
  std::set<std::string> wrapper_syms_;    // wrappers generated (or decided against)
  FuncId panicwrap_;                      // runtime.panicwrap
  std::string link_path_ = "main";
};

/// BinaryOpOf maps a binary syntax operator to its gc op (Op::kEnd if none).
Op BinaryOpOf(ast::Operator op);

/// Deadcode is gc's deadcode.Func over every function with a body.
void Deadcode(gcir::Package& pkg, const check::Program& prog);
/// StaticInit splits package-level initialization statements into those
/// gc initializes statically (dropped) and the rest (returned), as gc's
/// staticinit.Schedule does for what escape analysis can observe.
std::vector<NodeId> StaticInit(Builder& b, llvm::ArrayRef<NodeId> stmts);
/// Devirtualize is gc's devirtualize.Func over every function with a body,
/// in declaration order.
void Devirtualize(Builder& b, int m_level, DiagSink& sink);

}  // namespace goescape::irgen

#endif  // GOESCAPE_ANALYSIS_IRGEN_IRGEN_INTERNAL_H_
