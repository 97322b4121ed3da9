// check.h: the type checker's public interface — what it records about a
// package for the IR builder and escape analysis, and the one entry point
// CheckPackage.
//
// The checker is a port of gc 1.19's type checker (types2, with
// CompilerErrorMessages on, no generics): same algorithms, same error
// wording, positions and reporting order (see checker.h for the phases).
// It returns a fully resolved Package even when there are errors: broken
// expressions get mode kInvalid and the invalid type, which suppresses
// follow-on errors as in types2.
//
// Storage
//   * A Program owns everything shared by the packages of one run: the
//     TypeStore, the Layout, every Object (named by ObjectId), constant
//     values, and the imported packages (checked once, cached).
//   * A Package owns per-file side tables indexed by the AST's own Ids
//     (vectors sized to each file's store): ExprInfo per ast::ExprId and
//     StmtInfo per ast::StmtId, plus detail records (calls, selections,
//     composite literals, ranges, functions) that ExprInfo/StmtInfo point
//     to by index. Nothing is a hash map keyed by node.
//   * The AST stays the source of spelling (printing) and positions; the
//     tables say what each node means.
//
// Recorded types are spellings (types.h): compare with TypeStore::Identical
// or Canon, not ==.
#ifndef GOESCAPE_FRONTEND_CHECK_CHECK_H_
#define GOESCAPE_FRONTEND_CHECK_CHECK_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "frontend/ast/ast.h"
#include "frontend/diag/diagnostic.h"
#include "frontend/types/constant.h"
#include "frontend/types/layout.h"
#include "frontend/types/type_string.h"
#include "frontend/types/types.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"

namespace goescape::check {

using types::ObjectId;
using types::PackageId;
using types::TypeId;
/// FuncId names a function body (declaration or literal) of a Package.
using FuncId = Id<struct FuncTag>;

/// kNone marks an absent index in side tables.
constexpr uint32_t kNone = 0xFFFFFFFFu;

/// ObjectKind enumerates objects (object_kinds.def).
enum class ObjectKind : uint8_t {
#define GOESCAPE_OBJECT(K, D) k##K,
#include "frontend/check/object_kinds.def"
};

/// BuiltinId enumerates the built-in functions (builtins.def).
enum class BuiltinId : uint8_t {
#define GOESCAPE_BUILTIN(Id, Name, N, V, K) k##Id,
#include "frontend/check/builtins.def"
  kNumBuiltins
};
llvm::StringRef BuiltinName(BuiltinId id);

/// VarRole says what declared a variable.
enum class VarRole : uint8_t {
  kPackage,  // package-level var
  kLocal,    // var/:=/range/type-switch/select variable in a function
  kParam,
  kResult,
  kRecv,
};

/// VarForm is how a local variable was declared (gc lowers each form
/// differently: `var x T` zeroes x, `var x = v` and `x := v` assign v).
enum class VarForm : uint8_t {
  kNone,        // parameters, results, receivers, package-level vars
  kVarNoInit,   // var x T
  kVarInit,     // var x [T] = v
  kDefine,      // x := v (also `case x := <-ch:` in select)
  kRange,       // for k, v := range x
  kTypeSwitch,  // switch x := y.(type): one object per clause
};

/// EscapeParam is one parameter's escape summary from a stub's
/// //goescape:param directive: flows to the heap with `heap` derefs
/// (-1: not at all) and to result i with results[i] derefs (-1: not).
struct EscapeParam {
  llvm::StringRef name;
  int heap = -1;
  int results[7] = {-1, -1, -1, -1, -1, -1, -1};
};

/// Object is one named entity. Which fields are meaningful depends on the
/// kind (noted per field).
struct Object {
  ObjectKind kind = ObjectKind::kNil;
  llvm::StringRef name;
  PackageId pkg;  // declaring package; invalid for universe objects
  Pos pos;        // the declaring identifier (gc's position of the object)
  TypeId type;    // invalid only while being declared

  // kVar, and kConst/kTypeName/kFunc declared in a function:
  FuncId owner;           // declaring function (decl or literal); invalid at package level
  uint32_t file = 0;      // file index (1-based) of the declaration
  ast::StmtId decl_stmt;  // local declarations: the declaring statement (DeclStmt,
                          // AssignStmt, ForStmt of a range, SwitchStmt of a type
                          // switch, CommClause's AssignStmt)
  VarRole role = VarRole::kLocal;
  VarForm form = VarForm::kNone;
  uint16_t index = 0;     // kParam/kResult: position in the list
  bool named = false;     // kParam/kResult: has a (non-blank or blank) name in source
  bool used = false;      // kVar: referenced (types2's "used"); kPkgName: used
  bool captured = false;  // kVar: referenced by a function literal nested in owner

  // kConst: index into Program::Value().
  uint32_t value = kNone;
  // kTypeName:
  bool alias = false;
  // kFunc:
  FuncId func;  // body (invalid for bodyless/imported/interface methods)
  bool is_method = false;
  bool ptr_recv = false;            // method with pointer receiver
  bool iface_method = false;        // declared in an interface type
  uint32_t pragmas = 0;             // ast::Pragma bits
  std::vector<ObjectId> params;     // parameter objects (receiver excluded)
  std::vector<ObjectId> results;    // result objects
  ObjectId recv;                    // receiver object of methods
  std::vector<EscapeParam> escape;  // stub summaries (receiver first, then params)
  bool has_escape = false;
  // kPkgName:
  PackageId imported;
  // kBuiltin:
  BuiltinId builtin = BuiltinId::kNumBuiltins;
  // kLabel: the LabeledStmt.
  ast::StmtId label_stmt;
};

/// Mode is the kind of value an expression denotes (types2's operand mode).
enum class Mode : uint8_t {
  kInvalid,   // erroneous
  kNoValue,   // call of a function without results
  kBuiltin,   // built-in function name
  kTypeExpr,  // a type
  kConstant,  // constant; ExprInfo::value holds the value
  kVariable,  // addressable variable
  kMapIndex,  // m[k] (assignable, not addressable)
  kValue,     // computed value
  kNil,       // the nil value
  kCommaOk,   // value usable in a comma-ok assignment (x.(T), <-ch)
};
llvm::StringRef ModeName(Mode m);

/// ConvKind is the implicit conversion gc inserts where a value is used
/// with a different type (gc's assignop): kIface is OCONVIFACE (to an
/// interface, from a non-interface or another interface type), kNop is
/// OCONVNOP (identical underlying types, channel direction, untyped nil
/// excepted: it just gets the target type). Recorded at: assignments and
/// := (each RHS), var declarations, call arguments (variadic elements
/// included), returns, composite literal elements (struct fields,
/// array/slice elements, map keys and values), map index keys (read, write,
/// delete), channel sends, panic, append elements, the non-interface
/// operand of a comparison with an interface, and switch case values
/// compared with an interface tag.
enum class ConvKind : uint8_t { kNone, kIface, kNop };

/// Conversion is one implicit conversion: the value goes from `from` to
/// `to`.
struct Conversion {
  ConvKind kind = ConvKind::kNone;
  TypeId from;
  TypeId to;
};

/// ExprInfo is what the checker knows about one expression.
struct ExprInfo {
  TypeId type;              // final type (untyped constants converted at their use)
  Conversion conv;          // implicit conversion of this value where it is used
  ObjectId obj;             // Name: object used/declared; SelectorExpr: object selected
  uint32_t value = kNone;   // kConstant: index into Program::Value()
  uint32_t detail = kNone;  // CallExpr: Calls(); SelectorExpr: Selections();
                            // CompositeLit: CompositeLits(); FuncLit: FuncId index
  Mode mode = Mode::kInvalid;
  uint8_t flags = 0;  // ExprFlag bits
};

/// ExprFlag are per-expression facts.
enum ExprFlag : uint8_t {
  kExprDef = 1 << 0,           // Name declares obj (otherwise it uses it)
  kExprCommaOk = 1 << 1,       // used as the RHS of a comma-ok assignment (v, ok = ...)
  kExprTupleConv = 1 << 2,     // multi-value: per-value conversions in Package::TupleConversions
  kExprImplicitAddr = 1 << 3,  // slicing an addressable array a[i:j]: gc takes &a
};

/// CallKind classifies calls.
enum class CallKind : uint8_t {
  kConversion,       // T(x)
  kBuiltin,          // len(x), append(...), unsafe.Sizeof(x), ...
  kStatic,           // f(x): a declared function (callee set)
  kMethod,           // x.M(): method of a concrete type (callee = method)
  kInterfaceMethod,  // x.M() with x an interface (callee = interface method)
  kFuncValue,        // call of a func-typed value (variable, result, field, closure)
};

/// RecvAdjust is the implicit operation on a method call's receiver (after
/// the embedded-field path of the Selection): &x for pointer methods
/// called on addressable values, *x for value methods called on pointers.
enum class RecvAdjust : uint8_t { kNone, kAddr, kDeref };

/// CallInfo describes one CallExpr. For method calls (kMethod,
/// kInterfaceMethod, and kStatic of a method expression) the callee's
/// SelectorExpr (the call's fun, unparenthesized) has a Selection with the
/// embedded-field path to the receiver; recv_adjust is the & or * applied to
/// the receiver reached that way. Whether the call is in a go or defer
/// statement is syntactic (ast::CallStmt).
struct CallInfo {
  CallKind kind = CallKind::kFuncValue;
  BuiltinId builtin = BuiltinId::kNumBuiltins;
  ObjectId callee;  // kStatic, kMethod, kInterfaceMethod
  TypeId sig;       // signature called (methods: without receiver); builtins: as instantiated
  RecvAdjust recv_adjust = RecvAdjust::kNone;
  bool has_dots = false;       // f(xs...)
  bool tuple_arg = false;      // f(g()) with g multi-valued
  int32_t variadic_from = -1;  // first argument packed into an implicit []T (none: -1)
  TypeId variadic_slice;       // that []T type
};

/// SelectionKind classifies selectors.
enum class SelectionKind : uint8_t {
  kQualified,   // pkg.X
  kField,       // x.f (possibly promoted)
  kMethodVal,   // x.M used as a value or called
  kMethodExpr,  // T.M or (*T).M
};

/// PathStep is one field selection on the way to a promoted field or
/// method: the field index in the struct, and whether the value selected
/// from is a pointer implicitly dereferenced first.
struct PathStep {
  uint32_t field = 0;
  bool deref = false;
  TypeId struct_type;  // the struct type (underlying) the field belongs to
};

/// Selection describes one SelectorExpr.
struct Selection {
  SelectionKind kind = SelectionKind::kField;
  TypeId recv;                                 // type of x (method expressions: T or *T)
  ObjectId obj;                                // method or qualified object; invalid for fields
  std::vector<PathStep> path;                  // embedded steps, then (kField) the field itself
  bool indirect = false;                       // a pointer was dereferenced on the way
  RecvAdjust recv_adjust = RecvAdjust::kNone;  // methods: & or * needed on the receiver
};

/// CompositeLitInfo describes one CompositeLit.
struct CompositeLitInfo {
  TypeId type;                 // the literal's type (T of an elided &T{...})
  bool elided_addr = false;    // element of []*T written {..}: the value is &T{..}
  int64_t array_len = -1;      // arrays (incl. [...]T): the length
  std::vector<int64_t> index;  // per element: array/slice index or struct field index; maps: -1
};

/// RangeKind classifies range statements.
enum class RangeKind : uint8_t { kArray, kArrayPtr, kSlice, kString, kMap, kChan };

/// RangeInfo describes a range clause (StmtInfo of the RangeClause). The
/// implicit conversions of the produced key/value to the iteration
/// variables' types (range assignments to existing variables) are recorded
/// on the key/value expressions on the left (ExprInfo::conv).
struct RangeInfo {
  RangeKind kind = RangeKind::kSlice;
  TypeId x_type;
  TypeId key_type, value_type;  // types produced (value_type invalid for chans)
  ObjectId key_obj, value_obj;  // defined variables (:=), else invalid
  bool define = false;
};

/// StmtInfo is what the checker knows about one statement.
struct StmtInfo {
  ast::StmtId target;       // BranchStmt: the loop/switch/select (break, continue)
                            // or the LabeledStmt (goto); invalid if erroneous
  ObjectId obj;             // CaseClause of a type switch: its implicit variable;
                            // LabeledStmt: the label
  uint32_t detail = kNone;  // RangeClause: Ranges()
  TypeId type;              // CaseClause of a type switch: the variable's type
};

/// FuncInfo describes one function body: a FuncDecl or a FuncLit.
struct FuncInfo {
  uint32_t file = 0;
  ast::DeclId decl;  // FuncDecl, or invalid
  ast::ExprId lit;   // FuncLit, or invalid
  ObjectId obj;      // the Func object of a declaration
  FuncId parent;     // enclosing function of a literal
  TypeId sig;
  std::string name;                // gc's name: f, T.M, (*T).M, f.func1, f.func1.1, glob..func1
  std::vector<ObjectId> locals;    // every variable declared in this body, in order
                                   // (receiver, params, results first)
  std::vector<ObjectId> captures;  // free variables of a literal, in order of first
                                   // reference (as gc's closure variables)
  std::vector<FuncId> literals;    // function literals directly inside, in source order
};

/// Initializer is one entry of the package initialization order.
struct Initializer {
  std::vector<ObjectId> lhs;  // variables initialized (several for v1, v2 = f())
  uint32_t file = 0;
  ast::ExprId init;
};

/// FileTables holds the side tables of one file.
struct FileTables {
  const ast::File* file = nullptr;
  std::vector<ExprInfo> exprs;  // by ExprId
  std::vector<StmtInfo> stmts;  // by StmtId
};

class Program;
struct CheckOptions;

/// Package is one checked package.
class Package {
 public:
  PackageId Id() const { return id_; }
  llvm::StringRef Path() const { return path_; }
  llvm::StringRef Name() const { return name_; }
  bool HasErrors() const { return has_errors_; }

  size_t NumFiles() const { return files_.size(); }
  /// File(i) for i in [0, NumFiles()): the AST and its side tables.
  const FileTables& File(size_t i) const { return files_[i]; }
  /// Tables finds the tables of an ast::File by its file index (1-based).
  const FileTables* TablesFor(uint32_t file_index) const;

  const ExprInfo& Expr(const ast::File& f, ast::ExprId e) const;
  const StmtInfo& Stmt(const ast::File& f, ast::StmtId s) const;

  /// Package-level objects in declaration order (file order, then source
  /// order), including init functions and methods.
  llvm::ArrayRef<ObjectId> Decls() const { return decls_; }
  /// Lookup finds a package-scope object by name.
  ObjectId Lookup(llvm::StringRef name) const;
  llvm::ArrayRef<Initializer> InitOrder() const { return init_order_; }
  /// Funcs lists every function body (declarations in source order, each
  /// followed by nothing; literals are numbered as encountered).
  llvm::ArrayRef<FuncInfo> Funcs() const { return funcs_; }
  const FuncInfo& Func(FuncId id) const { return funcs_[id.Index()]; }
  llvm::ArrayRef<CallInfo> Calls() const { return calls_; }
  llvm::ArrayRef<Selection> Selections() const { return selections_; }
  llvm::ArrayRef<CompositeLitInfo> CompositeLits() const { return complits_; }
  llvm::ArrayRef<RangeInfo> Ranges() const { return ranges_; }
  /// TupleConversions: per-value conversions of a multi-valued expression
  /// (f(g()), return g(), a, b = g(), v, ok = m[k]) flagged kExprTupleConv.
  llvm::ArrayRef<Conversion> TupleConversions(uint32_t file_index, ast::ExprId e) const;
  /// Imports: the packages this one imports directly, in first-import order.
  llvm::ArrayRef<PackageId> Imports() const { return imports_; }

 private:
  friend class Checker;
  friend class Program;
  friend std::unique_ptr<Package> CheckPackage(Program&, llvm::ArrayRef<const ast::File*>,
                                               DiagSink&, const CheckOptions&);
  PackageId id_;
  std::string path_, name_;
  bool has_errors_ = false;
  std::vector<FileTables> files_;
  std::vector<ObjectId> decls_;
  llvm::DenseMap<llvm::StringRef, ObjectId> scope_;
  std::vector<Initializer> init_order_;
  std::vector<FuncInfo> funcs_;
  std::vector<CallInfo> calls_;
  std::vector<Selection> selections_;
  std::vector<CompositeLitInfo> complits_;
  std::vector<RangeInfo> ranges_;
  std::map<std::pair<uint32_t, uint32_t>, std::vector<Conversion>> tuple_convs_;
  std::vector<PackageId> imports_;
};

/// Importer provides imported packages (goescape's stdlib stubs). It may
/// call CheckPackage recursively on the same Program.
class Importer {
 public:
  virtual ~Importer();
  /// Import returns the checked package for path, or null if goescape does
  /// not provide it.
  virtual const Package* Import(Program& prog, llvm::StringRef path) = 0;
  /// Supported lists the import paths Import can provide (for messages).
  virtual std::vector<std::string> Supported() const = 0;
};

/// CheckOptions configure one CheckPackage call.
struct CheckOptions {
  /// FormatPos renders a position inside a message ("x.go:3:5"), as
  /// types2 and the syntax package do (always with a column).
  std::function<std::string(Pos)> format_pos;
  /// CheckBranches runs gc's parser-level branch checks (labels, break,
  /// continue, goto, fallthrough) on each function body.
  bool check_branches = true;
  /// Path is the import path of the package ("main" for the command line).
  std::string path = "main";
  /// BranchesOnly: only run the branch checks (the files have syntax
  /// errors, so gc does not type-check, but its parser has checked the
  /// branches of every function body it finished before the first syntax
  /// error). Bodies not ending before first_syntax_error[file index] are
  /// skipped.
  bool branches_only = false;
  llvm::DenseMap<uint32_t, Pos> first_syntax_error;
  /// Lang is gc's -lang ("go1.17"): language features newer than that
  /// version are errors, worded as types2 words them with gc's hint
  /// ("unsafe.Add requires go1.17 or later (-lang was set to go1.16; check
  /// go.mod)"). Empty: go1.19, everything goescape supports.
  std::string lang;
};

/// Program owns what the packages of one goescape run share.
class Program {
 public:
  explicit Program(ast::Context& ctx);
  ~Program();
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;

  ast::Context& Ctx() { return ctx_; }
  types::TypeStore& Types() { return types_; }
  const types::TypeStore& Types() const { return types_; }
  types::Layout& Layout() { return layout_; }

  const Object& Obj(ObjectId id) const { return objects_[id.Index()]; }
  Object& MutableObj(ObjectId id) { return objects_[id.Index()]; }
  ObjectId NewObject(Object obj);
  size_t NumObjects() const { return objects_.size(); }
  const types::ConstValue& Value(uint32_t index) const { return values_[index]; }
  uint32_t AddValue(types::ConstValue v);

  /// Universe looks up a predeclared object (int, len, nil, ...).
  ObjectId Universe(llvm::StringRef name) const;
  /// UnsafePackage is the built-in package unsafe.
  const Package* UnsafePackage() const { return unsafe_.get(); }

  void SetImporter(Importer* importer) { importer_ = importer; }
  Importer* GetImporter() const { return importer_; }
  /// PackageById returns a checked package (imports and the main package).
  const Package* PackageById(PackageId id) const;
  void RegisterPackage(const Package* pkg);

  /// TypeString renders t for messages of package `from` (types2 style:
  /// types of `from` unqualified) or for -m output (gc style).
  std::string TypeString(TypeId t, types::TypeStyle style, PackageId from) const;
  /// ObjectString is types2's ObjectString ("var err error", "func f()").
  std::string ObjectString(ObjectId obj, PackageId from) const;
  /// FuncString is "Name(params) results" with parameter names (types2's
  /// funcString, used in "have/want" lines).
  std::string FuncString(ObjectId func, PackageId from) const;

 private:
  void InitUniverse();

  ast::Context& ctx_;
  types::TypeStore types_;
  types::Layout layout_;
  // Deques: references returned by Obj and Value stay valid while objects
  // and values are added.
  std::deque<Object> objects_;
  std::deque<types::ConstValue> values_;
  llvm::DenseMap<llvm::StringRef, ObjectId> universe_;
  std::unique_ptr<Package> unsafe_;
  Importer* importer_ = nullptr;
  std::vector<const Package*> packages_;  // by PackageId
};

/// LookupResult is LookupFieldOrMethod's answer: a method (obj) or a field
/// (is_field, field_type) and the selection path to it.
struct LookupResult {
  ObjectId obj;  // method (Func) found, or invalid
  bool is_field = false;
  TypeId field_type;           // fields: type of the field
  std::vector<PathStep> path;  // index path (each step's struct and deref flag)
  bool indirect = false;
  bool ambiguous = false;  // collision (obj invalid, path set)
  bool needs_ptr = false;  // method needs a pointer receiver (obj invalid)
  bool Found() const { return obj.Valid() || is_field; }
};

/// LookupFieldOrMethod finds the field or method name of type t as seen
/// from package pkg (unexported names must belong to pkg), with Go's
/// promotion rules (types2's LookupFieldOrMethod): shallowest depth wins,
/// two at the same depth are ambiguous, pointer methods need an
/// addressable or pointer receiver (needs_ptr), methods of a named pointer
/// type are not found. fold_case matches names case-insensitively.
LookupResult LookupFieldOrMethod(const Program& prog, TypeId t, bool addressable, PackageId pkg,
                                 llvm::StringRef name, bool fold_case = false);

/// MethodSet lists the methods in the method set of t (T or *T), sorted as
/// types2 sorts methods, including promoted ones; unexported methods are
/// included when they belong to pkg.
std::vector<ObjectId> MethodSet(const Program& prog, TypeId t, PackageId pkg);

/// CheckPackage type-checks the files of one package, reporting types2's
/// errors (and the parser's branch errors) to sink in types2's order, and
/// returns the package with everything recorded. files must outlive the
/// result. Imports are resolved through prog's Importer.
std::unique_ptr<Package> CheckPackage(Program& prog, llvm::ArrayRef<const ast::File*> files,
                                      DiagSink& sink, const CheckOptions& opts);

}  // namespace goescape::check

#endif  // GOESCAPE_FRONTEND_CHECK_CHECK_H_
