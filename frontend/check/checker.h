// checker.h: the Checker, goescape's port of types2 (internal to
// frontend/check; the public interface is check.h).
//
// Phases (types2's checkFiles, same order, so errors come in the same
// order and gc's 10-error limit cuts at the same place):
//   0. branch checks of every function body, file by file (gc's parser
//      runs syntax.checkBranches while parsing, before type checking);
//   1. collectObjects: imports, package-level objects into the package and
//      file scopes, methods associated with receiver base types;
//   2. packageObjects: objDecl of every package-level object in source
//      order (non-alias types first, then aliases, then the rest), which
//      recursively declares dependencies (white/grey/black colouring for
//      cycle detection); function bodies and other work are queued;
//   3. processDelayed: function bodies and queued checks in queue order
//      (each statement also drains the actions it queued, so a function
//      literal's body is checked at the end of its statement);
//   4. initOrder: the package initialization order and initialization
//      cycle errors; 5. unused imports; 6. recording of remaining untyped
//      expressions; then goescape's own post-passes (closure captures,
//      function names).
//
// Expressions are checked into Operands (mode, type, constant value),
// as types2's operand; untyped expressions are recorded provisionally and
// updated when their final type is known (updateExprType).
#ifndef GOESCAPE_FRONTEND_CHECK_CHECKER_H_
#define GOESCAPE_FRONTEND_CHECK_CHECKER_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontend/check/check.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace goescape::check {

/// Operand is the result of checking an expression (types2's operand).
struct Operand {
  Mode mode = Mode::kInvalid;
  ast::ExprId expr;
  TypeId type;
  types::ConstValue val;
  BuiltinId id = BuiltinId::kNumBuiltins;
  int tuple_index = -1;  // value i of a multi-valued expression
  std::string text;      // expression text when expr is absent
  Pos text_pos;          // and its position
};

/// ExprKind is how an expression may be used as a statement.
enum class ExprKind : uint8_t { kConversion, kExpression, kStatement };

/// Scope is a block of declarations.
struct Scope {
  Scope* parent = nullptr;
  std::vector<Scope*> children;
  llvm::DenseMap<llvm::StringRef, ObjectId> elems;
  std::vector<ObjectId> order;  // insertion order
  bool is_func = false;
};

/// DeclInfo describes a package-level declaration (types2's declInfo).
struct DeclInfo {
  Scope* file_scope = nullptr;
  uint32_t file = 0;          // index into the package's files
  std::vector<ObjectId> lhs;  // n:1 variable declarations
  ast::ExprId vtyp, init;
  bool inherited = false;
  int64_t iota = 0;  // constants: the value of iota
  ast::DeclId tdecl, fdecl;
  std::vector<ObjectId> deps;  // ordered set
  llvm::DenseSet<uint32_t> dep_set;
  void AddDep(ObjectId o) {
    if (dep_set.insert(o.Index()).second) deps.push_back(o);
  }
  bool HasInitializer(const ast::File& f) const;
};

/// UntypedInfo is a provisionally recorded untyped expression.
struct UntypedInfo {
  bool is_lhs = false;  // operand of a non-constant shift
  Mode mode = Mode::kInvalid;
  TypeId type;
  std::optional<types::ConstValue> val;
};

/// Env is the checking environment (types2's environment).
struct Env {
  DeclInfo* decl = nullptr;
  Scope* scope = nullptr;
  std::optional<types::ConstValue> iota;
  Pos errpos;
  TypeId sig;
  FuncId func;
  std::vector<ObjectId> results;  // result variables of the current function
  bool has_label = false;
  bool has_call_or_recv = false;
  uint32_t file = 0;  // index into the package's files
};

/// StmtCtx are statement context bits (types2's stmtContext).
enum StmtCtx : uint32_t {
  kBreakOk = 1,
  kContinueOk = 2,
  kFallthroughOk = 4,
  kFinalSwitchCase = 8,
  kInTypeSwitch = 16,
};

/// Checker checks one package (see the file comment).
class Checker {
 public:
  Checker(Program& prog, Package& pkg, llvm::ArrayRef<const ast::File*> files, DiagSink& sink,
          const CheckOptions& opts);
  void Run();

  // ---- errors.cpp: reporting and message helpers.
  void Error(Pos pos, const std::string& msg, bool soft = false);
  void ErrorMulti(const std::vector<std::pair<Pos, std::string>>& parts, bool soft = false);
  std::string Fmt(Pos pos) const { return opts_.format_pos ? opts_.format_pos(pos) : "?"; }
  std::string TypeStr(TypeId t) const;
  std::string ExprStr(ast::ExprId e) const;
  std::string OperandStr(const Operand& x) const;
  std::string ObjStr(ObjectId o) const;
  Pos StartPos(ast::ExprId e) const;
  Pos StartPos(ast::StmtId s) const;
  Pos PosOf(const Operand& x) const;
  Pos ExprPos(ast::ExprId e) const { return F().PosOf(e); }

  // ---- Access.
  std::vector<FuncInfo>& Funcs() { return pkg_.funcs_; }
  void MarkErrors() { pkg_.has_errors_ = true; }
  const ast::File& F() const { return *files_[env_.file]; }
  FileTables& T() { return pkg_.files_[env_.file]; }
  ExprInfo& Info(ast::ExprId e) { return T().exprs[e.Index()]; }
  Object& Obj(ObjectId o) { return prog_.MutableObj(o); }
  types::TypeStore& ts() { return ts_; }
  TypeId Invalid() const { return ts_.Invalid(); }
  TypeId Basic(types::BasicKind k) const { return ts_.Basic(k); }
  TypeId Under(TypeId t) const { return ts_.Underlying(t); }
  bool IsInvalid(TypeId t) const { return !t.Valid() || t == ts_.Invalid(); }

  // ---- record.cpp: side tables.
  void RecordTypeAndValue(ast::ExprId e, Mode mode, TypeId t, const types::ConstValue* val);
  void Record(Operand& x);
  void RecordUse(ast::ExprId name, ObjectId obj);
  void RecordDef(ast::ExprId name, ObjectId obj);
  void RecordConversion(const Operand& x, TypeId target);
  void RecordUntyped();
  ObjectId NewObj(ObjectKind kind, llvm::StringRef name, Pos pos, TypeId type);
  ObjectId NewVar(llvm::StringRef name, Pos pos, TypeId type, VarRole role);
  uint32_t NewDetail(ast::ExprId e, uint32_t index);

  // ---- scope.cpp: scopes and declarations.
  Scope* NewScope(Scope* parent, bool is_func = false);
  ObjectId LookupParent(llvm::StringRef name, Scope** found = nullptr) const;
  ObjectId Lookup(llvm::StringRef name) const { return LookupParent(name); }
  ObjectId Insert(Scope* scope, ObjectId obj);  // returns the existing object, if any
  void Declare(Scope* scope, ast::ExprId id, ObjectId obj);
  void OpenScope() { env_.scope = NewScope(env_.scope); }
  void CloseScope() { env_.scope = env_.scope->parent; }
  void Later(std::function<void()> f) { delayed_.push_back(std::move(f)); }
  void ProcessDelayed(size_t top);
  void Usage(Scope* scope);

  // ---- resolver.cpp: package-level objects.
  void CollectObjects();
  void PackageObjects();
  void DeclarePkgObj(ast::ExprId ident, ObjectId obj, std::shared_ptr<DeclInfo> d);
  void Arity(Pos pos, llvm::ArrayRef<ast::ExprId> names, llvm::ArrayRef<ast::ExprId> inits,
             bool const_decl, bool inherited);
  void UnusedImports();
  /// AllowVersion: the package may use features of go major.minor
  /// (CheckOptions::lang). VersionError reports "WHAT requires goVERSION or
  /// later" with gc's -lang hint (types2's versionErrorf).
  bool AllowVersion(int major, int minor) const;
  void VersionError(Pos pos, const std::string& what, const std::string& version);
  /// LangCompat is types2's langCompat: numeric literal syntax of go1.13.
  void LangCompat(ast::ExprId lit);
  /// RefusedImport is gc's reason to refuse an import path before any
  /// lookup ("main", the package itself, absolute, non-canonical), or "".
  static std::string RefusedImport(const std::string& path, const std::string& self);
  void ImportPackage(const ast::ImportDecl& d, ast::DeclId id, Scope* file_scope);
  bool ResolveBaseTypeName(bool seen_ptr, ast::ExprId typ, bool* ptr, ObjectId* base);

  // ---- decl.cpp: declarations.
  void ObjDecl(ObjectId obj, TypeId def);
  bool ValidCycle(ObjectId obj);
  void CycleError(const std::vector<ObjectId>& cycle);
  void ConstDecl(ObjectId obj, ast::ExprId typ, ast::ExprId init, bool inherited, int64_t iota);
  void VarDecl(ObjectId obj, const std::vector<ObjectId>& lhs, ast::ExprId typ, ast::ExprId init);
  void TypeDecl(ObjectId obj, const ast::TypeDecl& tdecl, TypeId def);
  void CollectMethods(ObjectId tname);
  void CheckFieldUniqueness(TypeId named);
  void FuncDecl(ObjectId obj, DeclInfo* d);
  void DeclStmt(ast::StmtId s, const ast::DeclStmt& ds);
  void ValidType(TypeId named);
  bool ValidType0(TypeId t, std::vector<TypeId>& nest, std::vector<TypeId>& path);
  void AddDeclDep(ObjectId obj);

  // ---- typexpr.cpp: identifiers and type expressions.
  void Ident(Operand& x, ast::ExprId e, TypeId def, bool want_type);
  TypeId Typ(ast::ExprId e) { return DefinedType(e, TypeId()); }
  TypeId VarType(ast::ExprId e);
  /// ValidVarType reports (later) a constraint interface used as a type.
  void ValidVarType(ast::ExprId e, TypeId t);
  int ConstraintKind(TypeId t, std::vector<TypeId>& seen);
  TypeId DefinedType(ast::ExprId e, TypeId def);
  TypeId TypInternal(ast::ExprId e, TypeId def);
  int64_t ArrayLength(ast::ExprId e);
  TypeId StructType(const ast::StructType& st);
  TypeId InterfaceType(const ast::InterfaceType& it);
  /// FuncType checks a function type (and receiver), declaring its
  /// parameters in a new function scope; the outputs may be null.
  TypeId FuncType(ast::ExprId ftype, ast::FieldId recv, std::vector<ObjectId>* params,
                  std::vector<ObjectId>* results, ObjectId* recv_obj, Scope** scope);
  void CollectParams(Scope* scope, IdRange list, bool variadic_ok, VarRole role,
                     std::vector<ObjectId>& out, bool* variadic);
  void SetDefUnderlying(TypeId def, TypeId t);

  // ---- expr.cpp: expressions.
  ExprKind RawExpr(Operand& x, ast::ExprId e, TypeId hint);
  ExprKind ExprInternal(Operand& x, ast::ExprId e, TypeId hint);
  void Expr(Operand& x, ast::ExprId e);
  void MultiExpr(Operand& x, ast::ExprId e);
  void ExprWithHint(Operand& x, ast::ExprId e, TypeId hint);
  void ExprOrType(Operand& x, ast::ExprId e);
  void Exclude(Operand& x, uint32_t modeset);
  void SingleValue(Operand& x);
  void Unary(Operand& x, ast::ExprId e, const ast::Operation& op);
  void Binary(Operand& x, ast::ExprId e, ast::ExprId lhs, ast::ExprId rhs, ast::Operator op,
              Pos op_pos);
  void Shift(Operand& x, Operand& y, ast::ExprId e, ast::Operator op);
  void Comparison(Operand& x, Operand& y, ast::Operator op, bool switch_case, ast::ExprId e);
  void Overflow(Operand& x, Pos op_pos);
  std::string IncomparableCause(TypeId t);
  std::string KindString(TypeId t);
  bool OpPredicate(Operand& x, ast::Operator op, bool binary);
  void Use(llvm::ArrayRef<ast::ExprId> es);
  void UseExpr(ast::ExprId e);
  void FuncLit(Operand& x, ast::ExprId e, const ast::FuncLit& fl);
  void TypeAssertion(ast::ExprId e, Operand& x, TypeId t, bool type_switch);

  // ---- untyped.cpp: untyped constants and representability.
  bool RepresentableConst(const types::ConstValue& x, TypeId typ, types::ConstValue* rounded);
  int Representation(Operand& x, TypeId typ, types::ConstValue* out);
  void Representable(Operand& x, TypeId typ);
  void InvalidConversion(int code, Operand& x, TypeId target);
  void ConvertUntyped(Operand& x, TypeId target);
  TypeId ImplicitTypeAndValue(Operand& x, TypeId target, types::ConstValue* val, bool* has_val,
                              int* code);
  /// SetImplicit records the outcome of ImplicitTypeAndValue on x and its
  /// expression: the constant value (if any) and the new type.
  void SetImplicit(Operand& x, TypeId nt, const types::ConstValue& val, bool has_val);
  void UpdateExprType(ast::ExprId e, TypeId t, bool final);
  void UpdateExprType0(ast::ExprId parent, ast::ExprId e, TypeId t, bool final);
  void UpdateExprVal(ast::ExprId e, const types::ConstValue& v);
  UntypedInfo* FindUntyped(ast::ExprId e);
  uint64_t UntypedKey(ast::ExprId e) const { return (uint64_t{env_.file} << 32) | e.Index(); }

  // ---- operand.cpp: assignability, assignment, conversion.
  bool AssignableTo(Operand& x, TypeId t, std::string* reason, int* code);
  void Assignment(Operand& x, TypeId t, const std::string& context);
  void ConvertTo(Operand& x, TypeId t);
  bool ConvertibleTo(Operand& x, TypeId t, std::string* cause);

  // ---- lookup.cpp: fields and methods.
  LookupResult LookupFieldOrMethod(TypeId t, bool addressable, PackageId pkg, llvm::StringRef name,
                                   bool fold_case = false);
  ObjectId MissingMethod(TypeId v, TypeId iface, bool statik, ObjectId* alt);
  std::string MissingMethodReason(TypeId v, TypeId t, ObjectId m, ObjectId alt);
  bool Implements(TypeId v, TypeId t, std::string* err);
  ObjectId AssertableTo(TypeId iface, TypeId t, ObjectId* alt);
  std::string InterfacePtrError(TypeId t);
  bool IsInterfacePtr(TypeId t);

  // ---- call.cpp: calls and selectors.
  ExprKind CallExpr(Operand& x, ast::ExprId e, const ast::CallExpr& call);
  std::vector<Operand> ExprList(llvm::ArrayRef<ast::ExprId> list, bool allow_comma_ok,
                                bool* comma_ok);
  void Arguments(ast::ExprId call_expr, const ast::CallExpr& call, TypeId sig,
                 std::vector<Operand>& args, CallInfo* info);
  void Selector(Operand& x, ast::ExprId e, const ast::SelectorExpr& sel, TypeId def);
  std::string TypesSummary(llvm::ArrayRef<TypeId> list, bool variadic);

  // ---- builtins.cpp.
  bool Builtin(Operand& x, ast::ExprId e, const ast::CallExpr& call, BuiltinId id, CallInfo* info);

  // ---- index.cpp: index, slice and composite literal expressions.
  void IndexExpr(Operand& x, ast::ExprId e, const ast::IndexExpr& ix);
  void SliceExpr(Operand& x, ast::ExprId e, const ast::SliceExpr& sx);
  ast::ExprId SingleIndex(ast::ExprId e, const ast::IndexExpr& ix);
  TypeId Index(ast::ExprId index, int64_t max, int64_t* val);
  bool IsValidIndex(Operand& x, const char* what, bool allow_negative);
  int64_t IndexedElts(llvm::ArrayRef<ast::ExprId> elts, TypeId typ, int64_t length,
                      CompositeLitInfo* info);
  void CompositeLit(Operand& x, ast::ExprId e, const ast::CompositeLit& cl, TypeId hint);

  // ---- assign.cpp: assignments and variable initialization.
  TypeId InitVar(ObjectId lhs, Operand& x, const std::string& context);
  void InitConst(ObjectId lhs, Operand& x);
  TypeId AssignVar(ast::ExprId lhs, Operand& x);
  void InitVars(const std::vector<ObjectId>& lhs, llvm::ArrayRef<ast::ExprId> rhs,
                ast::StmtId return_stmt);
  void AssignVars(llvm::ArrayRef<ast::ExprId> lhs, llvm::ArrayRef<ast::ExprId> rhs);
  void AssignError(llvm::ArrayRef<ast::ExprId> rhs, size_t nvars, size_t nvals);
  void ShortVarDecl(ast::StmtId s, Pos pos, llvm::ArrayRef<ast::ExprId> lhs,
                    llvm::ArrayRef<ast::ExprId> rhs);

  // ---- stmt.cpp: statements and function bodies.
  void FuncBody(DeclInfo* decl, FuncId fn, TypeId sig, Scope* scope, ast::StmtId body,
                std::optional<types::ConstValue> iota);
  void StmtList(uint32_t ctxt, llvm::ArrayRef<ast::StmtId> list);
  void Stmt(uint32_t ctxt, ast::StmtId s);
  void SimpleStmt(ast::StmtId s) {
    if (s.Valid()) Stmt(0, s);
  }
  void SuspendedCall(const char* keyword, ast::ExprId call);
  void SwitchStmt(uint32_t inner, ast::StmtId s, const ast::SwitchStmt& sw);
  void TypeSwitchStmt(uint32_t inner, ast::StmtId s, const ast::SwitchStmt& sw);
  void CaseValues(Operand& x, llvm::ArrayRef<ast::ExprId> values,
                  std::vector<std::pair<std::string, std::pair<Pos, TypeId>>>& seen);
  TypeId CaseTypes(Operand* x, llvm::ArrayRef<ast::ExprId> types,
                   std::vector<std::pair<TypeId, ast::ExprId>>& seen, bool* is_nil);
  void RangeStmt(uint32_t inner, ast::StmtId s, const ast::ForStmt& fs, ast::StmtId rclause_id,
                 const ast::RangeClause& rc);
  void SelectStmt(uint32_t inner, const ast::SelectStmt& sel);
  bool IsNil(ast::ExprId e);

  // ---- branches.cpp: gc's branch checks, label targets, termination.
  void CheckBranches(ast::StmtId body);
  bool IsTerminating(ast::StmtId s, llvm::StringRef label);
  bool IsTerminatingList(llvm::ArrayRef<ast::StmtId> list, llvm::StringRef label);

  // ---- initorder.cpp.
  void InitOrder();

  // ---- closures.cpp: post-passes.
  void ComputeCaptures();
  void NameFunctions();

  // ---- State (shared by all parts).
  Program& prog_;
  types::TypeStore& ts_;
  Package& pkg_;
  std::vector<const ast::File*> files_;
  DiagSink& sink_;
  const CheckOptions& opts_;
  Env env_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  Scope* pkg_scope_ = nullptr;
  std::vector<Scope*> file_scopes_;
  llvm::DenseMap<uint32_t, std::shared_ptr<DeclInfo>> obj_map_;  // by ObjectId index
  llvm::DenseMap<uint32_t, uint32_t> order_;                     // object -> order
  llvm::DenseMap<uint32_t, uint32_t> color_;                     // 0 white, 1 black, 2+i grey
  std::vector<ObjectId> obj_path_;
  llvm::DenseMap<uint32_t, std::vector<ObjectId>> methods_;  // TypeName -> methods
  std::vector<std::function<void()>> delayed_;
  llvm::DenseMap<uint64_t, UntypedInfo> untyped_;
  llvm::DenseSet<uint64_t> is_panic_;  // panic calls (file<<32|expr) in functions with results
  llvm::DenseMap<uint32_t, ObjectId> dot_import_pkg_;  // dot-imported object -> PkgName
  std::vector<ObjectId> imports_;                      // PkgName objects
  std::vector<ObjectId> obj_list_;      // objects of obj_map_, in insertion (source) order
  llvm::DenseSet<uint32_t> fake_pkgs_;  // packages goescape does not provide
  // Named types whose interface literal is being checked: types2 sees them
  // as interfaces without methods until the literal is complete.
  llvm::DenseSet<uint32_t> ifaces_in_progress_;
  llvm::DenseMap<uint32_t, std::vector<Pos>> field_pos_;  // struct type -> field positions
  llvm::DenseSet<uint32_t> valid_types_;                  // named types found valid by ValidType
  bool first_err_ = false;
  uint32_t delayed_top_ = 0;
};

/// UnparenExpr strips parentheses.
ast::ExprId Unparen(const ast::File& f, ast::ExprId e);

/// ConstGroup follows the const declarations of one declaration list as
/// types2 does: each spec's iota (its index in its parenthesized group) and
/// the spec whose type and values it uses (its own when it has either, else
/// the group's last spec that had them, else an empty spec), and whether
/// they were inherited.
class ConstGroup {
 public:
  struct Spec {
    int64_t iota;
    const ast::ConstDecl* source;
    bool inherited;
  };
  /// Next steps to decls[index], which must be a ConstDecl.
  Spec Next(const ast::File& f, llvm::ArrayRef<ast::DeclId> decls, size_t index);
  /// Break ends the current group (a declaration of another kind).
  void Break() { first_ = -1; }

 private:
  int first_ = -1;                        // index of the group's first spec
  const ast::ConstDecl* last_ = nullptr;  // last spec with a type or values
  ast::ConstDecl empty_;
};

/// ToConstOp maps a unary or binary operator to constant arithmetic's
/// operator (go/constant's token).
types::ConstOp ToConstOp(ast::Operator op, bool unary);

}  // namespace goescape::check

#endif  // GOESCAPE_FRONTEND_CHECK_CHECKER_H_
