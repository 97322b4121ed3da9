// ast.h: goescape's abstract syntax tree for Go 1.19.
//
// Design
//   * The node kinds mirror gc's syntax package one for one (see
//     ast_kinds.def), including its simplifications: types are expressions,
//     unary and binary operations share one node (Operation, Y absent for
//     unary), expression lists are ListExpr nodes, and an assignment's LHS and
//     RHS are single expressions (possibly ListExpr).
//   * Nodes live in per-file stores (ast::File) and refer to each other by
//     typed dense IDs (ExprId, StmtId, DeclId, FieldId). Variable-length
//     children are IdRanges into per-file list pools. Nothing points into the
//     ANTLR parse tree, which never leaves frontend/parse.
//   * Every node has a Pos: gc's position for that node kind (a call's "(",
//     a selector's ".", a binary operation's operator, a composite literal's
//     "{", ...), with byte columns.
//   * Identifier and literal text is interned in an ast::Context shared by
//     all files of a compilation, so equal names are equal StringRefs
//     (pointer-equal data).
//
// Invariants: an Id stored in a node is either invalid (child absent) or a
// valid index into the same File's store. Node payloads are trivially
// copyable; destroying a File never recurses, however deep the tree.
#ifndef GOESCAPE_FRONTEND_AST_AST_H_
#define GOESCAPE_FRONTEND_AST_AST_H_

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "frontend/base/id.h"
#include "frontend/base/pos.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/StringSaver.h"

namespace goescape::ast {

using ExprId = Id<struct ExprTag>;
using StmtId = Id<struct StmtTag>;
using DeclId = Id<struct DeclTag>;
using FieldId = Id<struct FieldTag>;

/// Operator is gc's syntax.Operator: the operator of an Operation, or of an
/// AssignStmt (Def for ":=", kNone for "=", an arithmetic operator for
/// "op=" and "x++"/"x--").
enum class Operator : uint8_t {
  kNone,
  kDef,  // :=
  // unary
  kNot,    // !
  kRecv,   // <-
  kTilde,  // ~
  // binary, by precedence
  kOrOr,    // ||
  kAndAnd,  // &&
  kEql,     // ==
  kNeq,     // !=
  kLss,     // <
  kLeq,     // <=
  kGtr,     // >
  kGeq,     // >=
  kAdd,     // +
  kSub,     // -
  kOr,      // |
  kXor,     // ^
  kMul,     // *
  kDiv,     // /
  kRem,     // %
  kAnd,     // &
  kAndNot,  // &^
  kShl,     // <<
  kShr,     // >>
};

/// OperatorString is the operator's source spelling ("&^", "<-", ":=").
llvm::StringRef OperatorString(Operator op);

/// Precedence is gc's binary operator precedence (5 for * / % << >> & &^,
/// 4 for + - | ^, 3 for comparisons, 2 for &&, 1 for ||, 0 otherwise).
int Precedence(Operator op);

/// LitKind is the kind of a basic literal, as gc's syntax.LitKind.
enum class LitKind : uint8_t { kInt, kFloat, kImag, kRune, kString };

/// ChanDir is a channel type's direction.
enum class ChanDir : uint8_t { kBoth, kSend, kRecv };

/// BranchKind is the keyword of a BranchStmt.
enum class BranchKind : uint8_t { kBreak, kContinue, kGoto, kFallthrough };

// ------------------------------------------------------------ Expressions

/// BadExpr stands for an expression that could not be parsed.
struct BadExpr {};
/// Name is an identifier (including "_").
struct Name {
  llvm::StringRef value;
};
/// BasicLit is a number, rune or string literal; text is the source text.
/// bad is set when the scanner reported an error in it.
struct BasicLit {
  llvm::StringRef text;
  LitKind kind = LitKind::kInt;
  bool bad = false;
};
/// CompositeLit is Type{elems}; type is absent for elided types ({...}
/// inside another composite literal). Pos is the "{".
struct CompositeLit {
  ExprId type;
  IdRange elems;  // ExprIds; KeyValueExpr for keyed elements
  uint32_t num_keys = 0;
  Pos rbrace;
};
/// KeyValueExpr is key: value in a composite literal. Pos is the ":".
struct KeyValueExpr {
  ExprId key;
  ExprId value;
};
/// FuncLit is func(...) ... { body }. Pos is "func".
struct FuncLit {
  ExprId type;  // FuncType
  StmtId body;  // BlockStmt
};
/// ParenExpr is (x). gc keeps parentheses only where they matter for
/// diagnostics; goescape keeps them all.
struct ParenExpr {
  ExprId x;
};
/// SelectorExpr is x.sel. Pos is the ".".
struct SelectorExpr {
  ExprId x;
  ExprId sel;  // Name
};
/// IndexExpr is x[index]; index is a ListExpr for x[a, b] (generics). Pos is
/// the "[".
struct IndexExpr {
  ExprId x;
  ExprId index;
};
/// SliceExpr is x[lo:hi] or x[lo:hi:max] (full). Pos is the "[".
struct SliceExpr {
  ExprId x;
  ExprId lo, hi, max;  // each may be absent
  bool full = false;
};
/// AssertExpr is x.(type). Pos is the ".".
struct AssertExpr {
  ExprId x;
  ExprId type;
};
/// TypeSwitchGuard is [lhs :=] x.(type). Pos is the ".".
struct TypeSwitchGuard {
  ExprId lhs;  // Name, may be absent
  ExprId x;
};
/// Operation is a unary (y absent) or binary operation. Unary * is also a
/// pointer type and unary <- a receive. Pos is the operator.
struct Operation {
  Operator op = Operator::kNone;
  ExprId x;
  ExprId y;
};
/// CallExpr is fun(args) or fun(args...). Pos is the "(".
struct CallExpr {
  ExprId fun;
  IdRange args;
  bool has_dots = false;
};
/// ListExpr is a comma-separated list (at least two elements) where gc
/// uses one: assignment sides, case lists, multiple index arguments.
struct ListExpr {
  IdRange elems;
};
/// ArrayType is [len]elem or [...]elem (len absent, dots set). Pos is "[".
struct ArrayType {
  ExprId len;
  ExprId elem;
  bool dots = false;
};
/// SliceType is []elem. Pos is "[".
struct SliceType {
  ExprId elem;
};
/// DotsType is ...elem, the type of a variadic parameter. Pos is "...".
struct DotsType {
  ExprId elem;
};
/// StructType is struct { fields }. Pos is "struct".
struct StructType {
  IdRange fields;  // FieldIds
};
/// FuncType is func(params) results. Pos is "func" (or "(" of a method's
/// parameter list in a declaration, as in gc: the position of the type).
struct FuncType {
  IdRange params;   // FieldIds
  IdRange results;  // FieldIds
};
/// InterfaceType is interface { methods }: a method is a Field with a name
/// and a FuncType; an embedded element is a Field without a name.
struct InterfaceType {
  IdRange methods;  // FieldIds
};
/// MapType is map[key]value. Pos is "map".
struct MapType {
  ExprId key;
  ExprId value;
};
/// ChanType is chan elem, chan<- elem or <-chan elem.
struct ChanType {
  ChanDir dir = ChanDir::kBoth;
  ExprId elem;
};

// ------------------------------------------------------------- Statements

/// EmptyStmt is an empty statement.
struct EmptyStmt {};
/// LabeledStmt is label: stmt. Pos is the ":" (as in gc).
struct LabeledStmt {
  ExprId label;  // Name
  StmtId stmt;   // may be absent
};
/// BlockStmt is { list }. Pos is "{".
struct BlockStmt {
  IdRange list;  // StmtIds
  Pos rbrace;
};
/// ExprStmt is an expression used as a statement.
struct ExprStmt {
  ExprId x;
};
/// SendStmt is ch <- value. Pos is "<-".
struct SendStmt {
  ExprId chan;
  ExprId value;
};
/// DeclStmt is a const, type or var declaration inside a function.
struct DeclStmt {
  IdRange decls;  // DeclIds
};
/// AssignStmt is lhs op= rhs, lhs = rhs (op kNone), lhs := rhs (op kDef), or
/// lhs++ / lhs-- (op kAdd/kSub, rhs absent). Pos is the operator.
struct AssignStmt {
  Operator op = Operator::kNone;
  ExprId lhs;
  ExprId rhs;
};
/// BranchStmt is break/continue/goto/fallthrough [label].
struct BranchStmt {
  BranchKind kind = BranchKind::kBreak;
  ExprId label;  // Name, may be absent
};
/// CallStmt is go call or defer call. Pos is the keyword.
struct CallStmt {
  bool is_go = false;
  ExprId call;
};
/// ReturnStmt is return [results]; results is a ListExpr for several.
struct ReturnStmt {
  ExprId results;
};
/// IfStmt is if [init;] cond then [else els].
struct IfStmt {
  StmtId init;
  ExprId cond;
  StmtId then;  // BlockStmt
  StmtId els;   // IfStmt or BlockStmt, may be absent
};
/// ForStmt is for [init]; [cond]; [post] body, or for range (init is a
/// RangeClause, cond and post absent).
struct ForStmt {
  StmtId init;
  ExprId cond;
  StmtId post;
  StmtId body;  // BlockStmt
};
/// RangeClause is [lhs = | lhs :=] range x. Pos is "range".
struct RangeClause {
  ExprId lhs;  // absent, an expression, or a ListExpr
  bool def = false;
  ExprId x;
};
/// SwitchStmt is switch [init;] [tag] { body }; a type switch has a
/// TypeSwitchGuard tag.
struct SwitchStmt {
  StmtId init;
  ExprId tag;
  IdRange body;  // CaseClause StmtIds
  Pos rbrace;
};
/// CaseClause is case cases: body, or default: body (cases absent). Pos is
/// "case"/"default".
struct CaseClause {
  ExprId cases;  // single expression or ListExpr
  IdRange body;  // StmtIds
  Pos colon;
};
/// SelectStmt is select { body }.
struct SelectStmt {
  IdRange body;  // CommClause StmtIds
  Pos rbrace;
};
/// CommClause is case comm: body, or default: body (comm absent).
struct CommClause {
  StmtId comm;   // SendStmt, ExprStmt (receive) or AssignStmt
  IdRange body;  // StmtIds
  Pos colon;
};

// ----------------------------------------------------------- Declarations

/// Pragma is a set of gc compiler directives (//go:...) that apply to a
/// declaration, as bits.
enum Pragma : uint32_t {
  kPragmaNone = 0,
  kPragmaNoinline = 1 << 0,
  kPragmaNoescape = 1 << 1,
  kPragmaNosplit = 1 << 2,
  kPragmaNorace = 1 << 3,
  kPragmaNocheckptr = 1 << 4,
  kPragmaUintptrEscapes = 1 << 5,
  kPragmaUintptrKeepAlive = 1 << 6,
  kPragmaCgoUnsafeArgs = 1 << 7,
  kPragmaYesWriteBarrierRec = 1 << 8,
  kPragmaNoWriteBarrier = 1 << 9,
  kPragmaSystemstack = 1 << 10,
  kPragmaLinkname = 1 << 11,
};

/// ImportDecl is import [name] "path". group > 0 identifies the declaration
/// group (import ( ... )) the spec belongs to.
struct ImportDecl {
  ExprId local_name;  // Name ("." for dot imports), may be absent
  ExprId path;        // BasicLit
  uint32_t group = 0;
};
/// ConstDecl is one ConstSpec: names [type] [= values].
struct ConstDecl {
  IdRange names;  // Name ExprIds
  ExprId type;
  ExprId values;  // single expression or ListExpr; may be absent
  uint32_t group = 0;
};
/// TypeDecl is one TypeSpec: name [=] type. Type parameters are rejected
/// during AST building (goescape does not support generics).
struct TypeDecl {
  ExprId name;
  ExprId type;
  bool alias = false;
  uint32_t group = 0;
};
/// VarDecl is one VarSpec: names [type] [= values].
struct VarDecl {
  IdRange names;  // Name ExprIds
  ExprId type;
  ExprId values;
  uint32_t group = 0;
};
/// FuncDecl is func [recv] name type [body], with its pragmas and the
/// goescape directives (//goescape:...) written above it.
struct FuncDecl {
  FieldId recv;  // may be absent
  ExprId name;   // Name
  ExprId type;   // FuncType
  StmtId body;   // BlockStmt, absent for a declaration without body
  uint32_t pragmas = kPragmaNone;
  IdRange directives;  // indices into File::Directives()
};

/// Field is a struct field, parameter, result or interface element. name or
/// type may be absent (an embedded field has no name; in an unnamed parameter
/// list, names are absent). tag is a BasicLit or absent.
struct Field {
  Pos pos;
  ExprId name;
  ExprId type;
  ExprId tag;
};

// ----------------------------------------------------------- Kinds, nodes

/// ExprKind enumerates the expression node kinds (ast_kinds.def order).
enum class ExprKind : uint8_t {
#define GOESCAPE_AST_EXPR(K) K,
#include "frontend/ast/ast_kinds.def"
  kEnd
};
/// StmtKind enumerates the statement node kinds.
enum class StmtKind : uint8_t {
#define GOESCAPE_AST_STMT(K) K,
#include "frontend/ast/ast_kinds.def"
  kEnd
};
/// DeclKind enumerates the declaration node kinds.
enum class DeclKind : uint8_t {
#define GOESCAPE_AST_DECL(K) K,
#include "frontend/ast/ast_kinds.def"
  kEnd
};

/// End marks the end of a payload variant; never stored.
struct End {};

/// ExprNode is an expression payload; its index is the ExprKind.
using ExprNode = std::variant<
#define GOESCAPE_AST_EXPR(K) K,
#include "frontend/ast/ast_kinds.def"
    End>;
/// StmtNode is a statement payload; its index is the StmtKind.
using StmtNode = std::variant<
#define GOESCAPE_AST_STMT(K) K,
#include "frontend/ast/ast_kinds.def"
    End>;
/// DeclNode is a declaration payload; its index is the DeclKind.
using DeclNode = std::variant<
#define GOESCAPE_AST_DECL(K) K,
#include "frontend/ast/ast_kinds.def"
    End>;

/// KindName returns the node kind's name ("CallExpr", "IfStmt", ...).
llvm::StringRef KindName(ExprKind kind);
llvm::StringRef KindName(StmtKind kind);
llvm::StringRef KindName(DeclKind kind);

/// Context owns what the files of one compilation share: interned strings.
class Context {
 public:
  Context() : saver_(alloc_) {}
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  /// Intern returns the canonical copy of s; equal strings yield StringRefs
  /// with the same data pointer.
  llvm::StringRef Intern(llvm::StringRef s) { return saver_.save(s); }

 private:
  llvm::BumpPtrAllocator alloc_;
  llvm::UniqueStringSaver saver_;
};

/// Directive is a //go: or //goescape: comment, kept for the declaration it
/// precedes.
struct Directive {
  Pos pos;
  llvm::StringRef text;  // the whole comment, e.g. "//go:noinline"
};

/// File is the AST of one source file and the store of all its nodes.
class File {
 public:
  /// A file numbered file_index (1-based, command-line order).
  explicit File(uint32_t file_index) : file_index_(file_index) {}

  uint32_t FileIndex() const { return file_index_; }

  // Package clause and top-level declarations.
  ExprId package_name;        // Name
  Pos package_pos;            // "package" keyword
  std::vector<DeclId> decls;  // in source order
  Pos eof;                    // position of the end of the file

  // ---- Adding nodes (used by the AST builder and tests).
  ExprId AddExpr(Pos pos, ExprNode node);
  StmtId AddStmt(Pos pos, StmtNode node);
  DeclId AddDecl(Pos pos, DeclNode node);
  FieldId AddField(Field field);
  IdRange AddExprList(llvm::ArrayRef<ExprId> ids);
  IdRange AddStmtList(llvm::ArrayRef<StmtId> ids);
  IdRange AddDeclList(llvm::ArrayRef<DeclId> ids);
  IdRange AddFieldList(llvm::ArrayRef<FieldId> ids);
  IdRange AddDirectives(llvm::ArrayRef<Directive> directives);

  // ---- Reading nodes.
  size_t NumExprs() const { return exprs_.size(); }
  size_t NumStmts() const { return stmts_.size(); }
  size_t NumDecls() const { return decls_.size(); }
  size_t NumFields() const { return fields_.size(); }

  ExprKind Kind(ExprId id) const { return ExprKind(exprs_[id.Index()].node.index()); }
  StmtKind Kind(StmtId id) const { return StmtKind(stmts_[id.Index()].node.index()); }
  DeclKind Kind(DeclId id) const { return DeclKind(decls_[id.Index()].node.index()); }

  Pos PosOf(ExprId id) const { return exprs_[id.Index()].pos; }
  Pos PosOf(StmtId id) const { return stmts_[id.Index()].pos; }
  Pos PosOf(DeclId id) const { return decls_[id.Index()].pos; }

  const ExprNode& Node(ExprId id) const { return exprs_[id.Index()].node; }
  const StmtNode& Node(StmtId id) const { return stmts_[id.Index()].node; }
  const DeclNode& Node(DeclId id) const { return decls_[id.Index()].node; }

  /// Get returns the payload of kind T; the node must have that kind.
  template <typename T>
  const T& Get(ExprId id) const {
    return std::get<T>(exprs_[id.Index()].node);
  }
  template <typename T>
  const T& Get(StmtId id) const {
    return std::get<T>(stmts_[id.Index()].node);
  }
  template <typename T>
  const T& Get(DeclId id) const {
    return std::get<T>(decls_[id.Index()].node);
  }
  /// TryGet returns the payload if the node (which may be absent) has kind
  /// T, else nullptr.
  template <typename T>
  const T* TryGet(ExprId id) const {
    return id.Valid() ? std::get_if<T>(&exprs_[id.Index()].node) : nullptr;
  }
  template <typename T>
  const T* TryGet(StmtId id) const {
    return id.Valid() ? std::get_if<T>(&stmts_[id.Index()].node) : nullptr;
  }
  template <typename T>
  const T* TryGet(DeclId id) const {
    return id.Valid() ? std::get_if<T>(&decls_[id.Index()].node) : nullptr;
  }
  /// Mutable access, for the builder's fix-ups (e.g. setting a guard's LHS).
  template <typename T>
  T& GetMutable(ExprId id) {
    return std::get<T>(exprs_[id.Index()].node);
  }
  template <typename T>
  T& GetMutable(StmtId id) {
    return std::get<T>(stmts_[id.Index()].node);
  }

  const Field& GetField(FieldId id) const { return fields_[id.Index()]; }

  llvm::ArrayRef<ExprId> Exprs(IdRange r) const { return Slice(expr_lists_, r); }
  llvm::ArrayRef<StmtId> Stmts(IdRange r) const { return Slice(stmt_lists_, r); }
  llvm::ArrayRef<DeclId> Decls(IdRange r) const { return Slice(decl_lists_, r); }
  llvm::ArrayRef<FieldId> Fields(IdRange r) const { return Slice(field_lists_, r); }
  llvm::ArrayRef<Directive> Directives(IdRange r) const { return Slice(directives_, r); }

  /// ListElems returns the elements of x: those of a ListExpr, else x
  /// alone, else nothing when x is absent.
  llvm::SmallVector<ExprId, 4> ListElems(ExprId x) const;

 private:
  template <typename T>
  static llvm::ArrayRef<T> Slice(const std::vector<T>& v, IdRange r) {
    return llvm::ArrayRef<T>(v).slice(r.begin, r.size);
  }
  template <typename T>
  static IdRange Append(std::vector<T>& v, llvm::ArrayRef<T> ids) {
    IdRange r{static_cast<uint32_t>(v.size()), static_cast<uint32_t>(ids.size())};
    v.insert(v.end(), ids.begin(), ids.end());
    return r;
  }

  struct ExprEntry {
    Pos pos;
    ExprNode node;
  };
  struct StmtEntry {
    Pos pos;
    StmtNode node;
  };
  struct DeclEntry {
    Pos pos;
    DeclNode node;
  };

  uint32_t file_index_;
  std::vector<ExprEntry> exprs_;
  std::vector<StmtEntry> stmts_;
  std::vector<DeclEntry> decls_;
  std::vector<Field> fields_;
  std::vector<ExprId> expr_lists_;
  std::vector<StmtId> stmt_lists_;
  std::vector<DeclId> decl_lists_;
  std::vector<FieldId> field_lists_;
  std::vector<Directive> directives_;
};

}  // namespace goescape::ast

#endif  // GOESCAPE_FRONTEND_AST_AST_H_
