// explain_source.h: what --explain needs to know about the source, beyond
// gc's optimization-log records: which function a position belongs to (and
// that function's gc name), the variables each function declares (with
// their loop depth), the loops (including goto loops), the go/defer
// statements, functions declared without a body, and the names of
// package-level variables, types (with their definitions), imports,
// functions and struct fields.
//
// Algorithm: the package's files are parsed again (they parsed without
// errors before escape analysis ran) and walked once in source order with a
// stack of enclosing functions and loops. Functions are numbered in source
// order; closures get gc's names (outer.func1, outer.func1.1,
// glob..func1), numbered per enclosing function in source order, which is
// the order gc's front end creates them.
//
// Invariants: every FuncInfo's extent lies inside its parent's extent;
// Funcs() is sorted by (file, begin). Lookups never iterate hash containers
// in an order that reaches the output.
//
// Limits: no types. Names are matched by spelling with Go's scoping
// approximated (innermost function first, then the latest declaration
// before the use); sizes are estimated only for array types of basic
// element types with integer-literal lengths.
#ifndef GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_SOURCE_H_
#define GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_SOURCE_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "frontend/base/pos.h"
#include "frontend/base/source.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"

namespace goescape::explain {

/// FuncKind says how a function was written.
enum class FuncKind : uint8_t { kDecl, kClosure };

/// VarRole is what declared a variable.
enum class VarRole : uint8_t { kLocal, kParam, kResult };

/// VarInfo is one declared variable (parameter, result or local) of a
/// function.
struct VarInfo {
  std::string name;  // as gc prints it: results without a name are ~r0, ~r1, "_" ones ~b0
  Pos pos;           // the name's position (unnamed results: the type's)
  int func = -1;     // index into SourceModel::Funcs()
  VarRole role = VarRole::kLocal;
  int loop_depth = 1;     // gc's loop depth at the declaration (1 outside loops)
  std::string type_text;  // the declared type (or composite literal type), "" if unknown
};

/// FuncInfo is one function: a declaration or a function literal.
struct FuncInfo {
  std::string name;  // gc's name: f, T.M, (*T).M, f.func1, f.func1.1, glob..func1
  FuncKind kind = FuncKind::kDecl;
  Pos pos;                  // gc's position: the token after "func" (decl), "func" (literal)
  Pos begin, end;           // extent: from the token after "func" (decl) or "func" (literal) to "}"
  int parent = -1;          // enclosing function of a literal, -1 for a declaration
  bool has_body = true;     // false: declared without a body (assembly, linkname)
  bool noescape = false;    // //go:noescape
  std::vector<int> params;  // indices into Vars(), receiver first
  std::vector<int> results;  // indices into Vars()
};

/// LoopInfo is a for or for-range statement, whose body's variables are
/// one loop level deeper than its init and range variables; or a looping
/// label (one that a later goto jumps back to), which deepens the rest of
/// its statement list.
struct LoopInfo {
  int func = -1;
  Pos keyword;               // "for", or the label's name
  Pos body_begin, body_end;  // "{" and "}" of the body; label: the label to the list's end
  bool is_range = false;
  std::string label;  // the label's name, for a goto loop
};

/// GoDeferInfo is a go or defer statement.
struct GoDeferInfo {
  std::string callee;  // the called function as written ("f", "t.M")
  int func = -1;
  Pos pos;  // the keyword
  bool is_go = false;
  int loop_depth = 1;        // loop depth of the statement
  Pos func_lit;              // the called function literal, if the callee is one
  bool direct = false;       // callee is a function literal called without arguments
  Pos call_pos;              // the call's "("
  std::vector<Pos> arg_pos;  // gc positions of the call's arguments
  std::string text;          // "go f(x)" as gc prints the statement
};

/// SourceModel answers --explain's questions about the package's source.
class SourceModel {
 public:
  /// Build parses every file of sources (all are user files) and indexes
  /// them. Files that fail to parse contribute nothing.
  static SourceModel Build(const SourceSet& sources);

  const std::vector<FuncInfo>& Funcs() const { return funcs_; }
  const std::vector<VarInfo>& Vars() const { return vars_; }

  /// FuncAt is the innermost function containing pos, or -1 (package
  /// level). A literal's own "func" keyword belongs to the enclosing
  /// function, since that is where the closure is created.
  int FuncAt(Pos pos) const;
  /// Encloses reports whether function outer is inner or contains it.
  bool Encloses(int outer, int inner) const;
  /// FindVar resolves name as used at pos inside function func: the latest
  /// declaration before pos in func, else in its enclosing functions.
  const VarInfo* FindVar(llvm::StringRef name, int func, Pos pos) const;
  /// VarAt is the variable declared exactly at pos, if any.
  const VarInfo* VarAt(Pos pos) const;
  /// ResultIndex is i if name is result i of func (~ri, ~bi or its name).
  std::optional<int> ResultIndex(int func, llvm::StringRef name) const;
  /// FuncLitAt is the function literal whose "func" keyword is at pos.
  int FuncLitAt(Pos pos) const;
  /// InnermostLiteralContaining is the innermost function literal
  /// containing pos (not counting its own keyword), or -1.
  int InnermostLiteralContaining(Pos pos) const;
  /// LoopContaining is the innermost loop of func whose body contains pos.
  const LoopInfo* LoopContaining(int func, Pos pos) const;
  /// LoopDepth is gc's loop depth at pos inside func: 1 plus the number of
  /// loop bodies of func containing pos (goto loops are not counted).
  int LoopDepth(int func, Pos pos) const;
  /// PlusKind classifies the binary "+" at pos: 's' (string
  /// concatenation), 'n' (numeric), '?' (unknown or no "+" there).
  char PlusKind(Pos pos) const;
  /// GoDeferAt is the go/defer statement whose keyword is at pos.
  const GoDeferInfo* GoDeferAt(Pos pos) const;
  /// GoDeferWithArgAt is the go/defer statement with an argument at pos,
  /// or whose call's "(" is at pos (where gc puts the temporaries of the
  /// callee and of arguments converted to interfaces).
  const GoDeferInfo* GoDeferWithArgAt(Pos pos) const;
  /// GoDeferOfCapture is the go/defer statement whose wrapper closure
  /// captures a temporary noted at pos (an argument, or the call's "(" for
  /// the callee).
  const GoDeferInfo* GoDeferOfCapture(Pos pos) const;
  /// GoDeferWithCallee is a go statement, or a defer inside a loop, of
  /// function func (any, if -1) that calls the function value callee.
  const GoDeferInfo* GoDeferWithCallee(llvm::StringRef callee, int func) const;
  /// GoDeferCalling is the go/defer statement that calls the literal at pos.
  const GoDeferInfo* GoDeferCalling(Pos func_lit) const;

  bool IsGlobalVar(llvm::StringRef name) const { return globals_.count(name) != 0; }
  bool IsTypeName(llvm::StringRef name) const;
  bool IsImport(llvm::StringRef name) const { return imports_.count(name) != 0; }
  bool IsFieldName(llvm::StringRef name) const { return fields_.count(name) != 0; }
  bool IsFuncName(llvm::StringRef name) const { return func_names_.count(name) != 0; }
  bool IsInterfaceTypeName(llvm::StringRef name) const;
  /// TypeDef is the type a package-level type name is declared as ("" if
  /// none).
  llvm::StringRef TypeDef(llvm::StringRef name) const {
    auto it = type_defs_.find(name);
    return it == type_defs_.end() ? llvm::StringRef() : llvm::StringRef(it->second);
  }
  /// HasPointers answers whether a type written as text contains pointers
  /// (gc prints no leak line for pointer-free parameters): false for
  /// numbers, bool, and arrays and structs of those (named types declared
  /// in the package are looked through); true when it has or may have
  /// pointers.
  bool HasPointers(llvm::StringRef type) const;

 private:
  friend class ModelBuilder;
  std::vector<FuncInfo> funcs_;
  std::vector<VarInfo> vars_;
  std::vector<LoopInfo> loops_;
  std::vector<LoopInfo> label_candidates_;          // labels, before knowing if they loop
  std::vector<std::pair<std::string, Pos>> gotos_;  // goto statements: label, position
  std::vector<GoDeferInfo> go_defers_;
  std::vector<std::pair<Pos, char>> pluses_;  // binary "+" positions and PlusKind
  llvm::StringMap<std::string> type_defs_;    // package type name -> its type text
  std::vector<std::vector<int>> func_vars_;   // function -> its variables (indices)
  std::map<std::tuple<uint32_t, uint32_t, uint32_t>, int> var_at_;  // position -> variable
  llvm::StringSet<> globals_, types_, iface_types_, imports_, fields_, func_names_;
  int glob_closures_ = 0;  // gc numbers package-level literals glob..func1, ... per package
};

/// IsUserFile reports whether a file of the SourceSet was given by the user
/// (the set also holds the embedded standard-library stubs).
bool IsUserFile(const SourceFile& file);

/// EstimateTypeSize returns the size in bytes of a type written as text
/// (gc's spelling: "[10 << 20]byte", "[4][1024]int64", "*T") when it can be
/// computed without type information: array lengths that are integer
/// literal expressions, and basic, pointer, slice, string, map, chan, func
/// and interface elements. Named types give nullopt.
std::optional<uint64_t> EstimateTypeSize(llvm::StringRef type);

/// EvalIntExpr evaluates an integer constant expression made of literals
/// (decimal, hex, octal, binary, with "_"), parentheses and + - * / % << >>
/// & | ^; nullopt for anything else or overflow.
std::optional<uint64_t> EvalIntExpr(llvm::StringRef text);

}  // namespace goescape::explain

#endif  // GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_SOURCE_H_
