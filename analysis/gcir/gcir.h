// gcir.h: goescape's gc-shaped node IR — the program as gc's escape analysis
// sees it.
//
// Why a second tree next to the AST: gc 1.19's escape analysis is defined
// over gc's own IR (cmd/compile/internal/ir) after the front end's
// normalizations, and its output — which locations exist, in which order,
// which notes an explanation prints and how each node prints — follows that
// IR's shape. So goescape reproduces the shape: this tree has gc's ops
// (ops.def), gc's implicit nodes (OCONVIFACE/OCONVNOP for implicit
// conversions, implicit & and * on method receivers, the "... argument"
// slice of variadic calls, method calls rewritten as method-expression calls
// T.M(x, args), ODCL + OAS for declarations, .autotmp_N temporaries), and
// gc's variable model (one ONAME node per variable, referenced from every
// use; closure variables are distinct ONAMEs whose Outer is the captured
// variable). The builder (analysis/gcir/build*.cpp) produces it from the
// checked AST; escape analysis (analysis/escape) runs on it; the SSA-like IR
// (analysis/ir) is lowered from it and takes its heap/stack decisions from
// it.
//
// Representation: one store per package. Every node is a fixed-size Node
// addressed by NodeId; children are NodeIds (absent = invalid) or IdRanges
// into the package's list pool; op-specific data that does not fit lives in
// side tables (names, literals, funcs) indexed through Node::aux. The node
// used for a variable is its ONAME node, so "the same variable" is "the same
// NodeId", as in gc.
//
// Field use per op (x, y, z, w children; list/list2 ranges; aux index):
//   ONAME          aux = NameIndex (the node is the variable itself)
//   OLITERAL       aux = LitIndex (value text, original expression for printing)
//   OTYPE, ONIL    type only
//   unary ops      x                       (OADDR/ODEREF/OCONV* may be Implicit)
//   binary ops     x, y                    (also OCOMPLEX, OCOPY, OUNSAFEADD/SLICE)
//   OADDSTR        list
//   ODOT ODOTPTR ODOTINTER OMETHVALUE OMETHEXPR
//                  x, aux = Sym (selected name), aux2 = FuncId of the method
//                  (OMETHVALUE/OMETHEXPR/static ODOTMETH) or invalid
//   ODOTTYPE(2)    x; type is the asserted type
//   OINDEX(MAP)    x, y = index
//   OSLICE*        x, y = low, z = high, w = max
//   OCALLFUNC      x = callee, list = args (one per parameter, variadic
//                  arguments already packed), IsDDD flag, aux2 = number of
//                  results of the callee's type
//   OCALLINTER     x = ODOTINTER selector, list = args, aux2 as OCALLFUNC
//   OAPPEND ODELETE OPRINT OPRINTN ORECOVER   list = args
//   OMAKE*         x = len, y = cap
//   OPTRLIT        x = the composite literal
//   O*LIT          list = elements (OKEY for keyed array/map, OSTRUCTKEY for
//                  struct; Implicit OSLICELIT = "... argument")
//   OKEY           x = key, y = value;  OSTRUCTKEY aux = Sym, x = value,
//                  aux2 = the field's index
//   OCLOSURE       aux = FuncId of the closure function
//   OBLOCK         list
//   ODCL           x = the ONAME declared
//   OLABEL OGOTO OBREAK OCONTINUE   aux = Sym of the label (0: none)
//   OIF            x = cond, list = body, list2 = else, init
//   OFOR           x = cond, y = post, list = body, init
//   ORANGE         x = ranged expr, y = key, z = value, list = body, Def flag
//   OSWITCH        x = tag (an OTYPESW for type switches), list = OCASEs
//   OTYPESW        x = guarded expression, y = the bound name's ONAME (if any)
//   OCASE          list = case values, list2 = body, x = clause var (type
//                  switch) or comm statement (select)
//   OSELECT        list = OCASEs
//   OSEND          x = chan, y = value
//   OAS            x = lhs, y = rhs (absent: zero value, "x = <nil>"), Def flag
//   OASOP          x, y, aux = the binary Op, IncDec flag
//   OAS2*          list = lhs, list2 = rhs, Def flag
//   ORETURN        list = results
//   OGO ODEFER     x = the call
#ifndef GOESCAPE_ANALYSIS_GCIR_GCIR_H_
#define GOESCAPE_ANALYSIS_GCIR_GCIR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/base/id.h"
#include "frontend/base/pos.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

namespace goescape::gcir {

using NodeId = Id<struct NodeTag>;
using FuncId = Id<struct FuncTag>;

/// TypeRef names a type in the type oracle's store (see TypeOracle). It is
/// opaque to the IR and to escape analysis; 0 means "no type".
using TypeRef = uint32_t;

/// Op is a gc IR operation (ops.def).
enum class Op : uint8_t {
#define GOESCAPE_GCIR_OP(Name, Text, Prec) Name,
#include "analysis/gcir/ops.def"
  kEnd
};

/// OpText is gc's OpNames entry for op ("+", "append", "" if none).
llvm::StringRef OpText(Op op);
/// OpPrec is gc's OpPrec entry for op (see ops.def).
int OpPrec(Op op);
/// OpName is the enumerator's name ("OCALLFUNC"), for dumps.
llvm::StringRef OpName(Op op);

/// Class is gc's ir.Class: where a variable lives.
enum class Class : uint8_t {
  kNone,
  kExtern,    // package-level variable
  kAuto,      // local variable
  kAutoHeap,  // local variable moved to the heap (set by escape analysis)
  kParam,     // parameter (including the receiver)
  kParamOut,  // result parameter
  kFunc,      // function name
};

/// NodeFlags are gc's per-node boolean attributes.
enum NodeFlags : uint8_t {
  kFlagImplicit = 1 << 0,     // inserted by the front end; invisible when printing
  kFlagIsDDD = 1 << 1,        // call with "...", or a variadic parameter
  kFlagDef = 1 << 2,          // ":=" (OAS, OAS2*, ORANGE)
  kFlagIncDec = 1 << 3,       // OASOP written as x++ / x--
  kFlagReflectData = 1 << 4,  // ODOTPTR of reflect.{Slice,String}Header.Data
};

/// Node is one gc IR node (see the field table above).
struct Node {
  Op op = Op::kEnd;
  uint8_t flags = 0;
  Pos pos;
  TypeRef type = 0;
  NodeId x, y, z, w;
  IdRange list, list2, init;
  uint32_t aux = 0;
  uint32_t aux2 = 0;

  bool Implicit() const { return flags & kFlagImplicit; }
  bool IsDDD() const { return flags & kFlagIsDDD; }
  bool Def() const { return flags & kFlagDef; }
};

/// Name is the variable (or function) data of an ONAME node.
struct Name {
  std::string sym;  // "x", "~r0", "~b1", ".autotmp_3", ".this", "_"
  Class cls = Class::kNone;
  FuncId curfn;            // declaring function (invalid for globals and funcs)
  NodeId defn;             // defining statement (x := v, var x = v, range), if any
  NodeId outer;            // for closure variables: the captured variable
  FuncId func;             // for kFunc names: the function
  bool byval = false;      // closure variable captured by value
  bool addrtaken = false;  // address taken (set by escape analysis, too)
  bool autotemp = false;   // a compiler temporary (.autotmp_N)
  bool is_closure_var = false;
  int result_index = 0;  // 1-based index among results for kParamOut
};

/// Literal is the data of an OLITERAL node. gc prints a constant through its
/// original expression (or its name, for a named constant), never by value.
struct Literal {
  std::string text;  // the source spelling of a basic literal ("0x10", "`raw`")
  std::string sym;   // the constant's name if the node denotes a named constant
  NodeId orig;       // the original (unfolded) expression, if different
  /// raw_op is the outermost operation of the source expression (gc's
  /// RawOrigExpr op: OLITERAL, ONAME, OCALLFUNC, OADD, ONEG, ...); it sets
  /// the printing precedence of the spelling.
  Op raw_op = Op::OLITERAL;
  bool is_small_int = false;  // fits in int32 (gc's IsSmallIntConst)
  int64_t int_value = 0;      // the value, when is_small_int
  int8_t bool_value = -1;     // boolean constants: 0 or 1; -1 otherwise
  /// value is the front end's handle for the exact value (for gc's
  /// constant-switch dead code elimination); kNoValue if none.
  static constexpr uint32_t kNoValue = 0xFFFFFFFFu;
  uint32_t value = kNoValue;
};

/// Param describes one parameter or result of a function type as gc's
/// types.Field does: its symbol (may be empty or "_"), type, position, the
/// ONAME node of the function's variable for it (invalid for unnamed
/// parameters of functions without bodies), and whether it is "...T".
struct Param {
  std::string sym;
  TypeRef type = 0;
  Pos pos;
  NodeId nname;
  bool is_ddd = false;
};

/// Pragma bits gc attaches to functions (ir.PragmaFlag subset).
enum FuncPragma : uint32_t {
  kPragmaNoinline = 1 << 0,
  kPragmaNoescape = 1 << 1,
  kPragmaUintptrEscapes = 1 << 2,
  kPragmaUintptrKeepAlive = 1 << 3,
};

/// Leaks is gc's parameter leak summary (escape/leaks.go): 1 + 7 bytes,
/// derefs + 1 to the heap and to each of the first 7 results, 0 = no flow.
struct Leaks {
  static constexpr int kNumResults = 7;
  uint8_t v[1 + kNumResults] = {};

  bool Empty() const;
  int Heap() const { return Get(0); }
  int Result(int i) const { return Get(1 + i); }
  void AddHeap(int derefs) { Add(0, derefs); }
  void AddResult(int i, int derefs) { Add(1 + i, derefs); }
  void SetResult(int i, int derefs) { Set(1 + i, derefs); }
  /// Optimize drops result flows at least as long as the heap flow.
  void Optimize();
  friend bool operator==(const Leaks& a, const Leaks& b);

  int Get(int i) const { return static_cast<int>(v[i]) - 1; }
  void Add(int i, int derefs);
  void Set(int i, int derefs);
};

/// Func is a function, method, closure or compiler wrapper.
struct Func {
  std::string name;           // gc's ir.FuncName: f, T.M, (*T).M, f.func1, glob..func1
  NodeId nname;               // its ONAME (class kFunc)
  TypeRef type = 0;           // its signature
  Pos pos;                    // the "func" keyword (for a closure: the literal)
  std::vector<Param> params;  // receiver first, then the parameters
  std::vector<Param> results;
  bool has_recv = false;
  std::vector<NodeId> dcl;           // gc's fn.Dcl: every local variable, in order
  std::vector<NodeId> closure_vars;  // closures: the captured variables (closure ONAMEs)
  IdRange body;                      // statements
  FuncId outer;                      // closures: the enclosing function
  NodeId oclosure;                   // closures: the OCLOSURE node
  uint32_t pragma = 0;
  bool has_body = false;
  bool closure_called = false;  // a closure called directly at its literal
  bool wrapper = false;         // a go/defer wrapper or method wrapper
  bool dupok = false;
  bool imported = false;  // declared in a stub package (tags come from directives)
  /// Parameter tags (receiver and parameters, in order): set by escape
  /// analysis for analysed functions, from //goescape:param directives for
  /// imported ones.
  std::vector<Leaks> param_tags;
  int esc_state = 0;      // escape/escape.cpp's escFunc* states
  int closure_count = 0;  // number of closures named so far (for "f.funcN")
};

/// Package is the gc IR of one package: the node store and its side tables.
class Package {
 public:
  // ---- construction
  NodeId NewNode(Op op, Pos pos, TypeRef type = 0);
  NodeId NewName(Name name, Pos pos, TypeRef type);
  NodeId NewLiteral(Literal lit, Pos pos, TypeRef type);
  FuncId NewFunc(Func fn);
  IdRange NewList(llvm::ArrayRef<NodeId> ids);
  uint32_t Sym(llvm::StringRef s);  // interns a symbol; 0 is ""

  // ---- access
  Node& N(NodeId id) { return nodes_[id.Index()]; }
  const Node& N(NodeId id) const { return nodes_[id.Index()]; }
  Op OpOf(NodeId id) const { return id.Valid() ? nodes_[id.Index()].op : Op::kEnd; }
  Name& NameOf(NodeId id) { return names_[nodes_[id.Index()].aux]; }
  const Name& NameOf(NodeId id) const { return names_[nodes_[id.Index()].aux]; }
  const Literal& LiteralOf(NodeId id) const { return literals_[nodes_[id.Index()].aux]; }
  Func& F(FuncId id) { return funcs_[id.Index()]; }
  const Func& F(FuncId id) const { return funcs_[id.Index()]; }
  llvm::ArrayRef<NodeId> List(IdRange r) const {
    return llvm::ArrayRef<NodeId>(lists_).slice(r.begin, r.size);
  }
  /// SetListElem replaces element i of list r (gc rewrites arguments in
  /// place, e.g. with go/defer temporaries).
  void SetListElem(IdRange r, uint32_t i, NodeId v) { lists_[r.begin + i] = v; }
  llvm::StringRef SymText(uint32_t sym) const { return syms_[sym]; }
  size_t NumNodes() const { return nodes_.size(); }
  size_t NumFuncs() const { return funcs_.size(); }

  /// Orig is the node a rewritten expression prints as (gc's ir.Orig: a
  /// call whose multi-value argument went through temporaries prints as
  /// written); invalid if none.
  NodeId Orig(NodeId n) const {
    auto it = orig_.find(n.Index());
    return it == orig_.end() ? NodeId() : it->second;
  }
  void SetOrig(NodeId n, NodeId orig) { orig_[n.Index()] = orig; }

  /// Canonical follows closure variables to the variable they capture.
  NodeId Canonical(NodeId name) const;
  /// IsName reports whether id is an ONAME of class cls.
  bool IsName(NodeId id, Class cls) const;

  /// Top-level functions in declaration order (all files, file order),
  /// including the package initializer function if it has a body.
  std::vector<FuncId> decl_order;

 private:
  std::vector<Node> nodes_;
  std::vector<Name> names_;
  std::vector<Literal> literals_;
  std::vector<Func> funcs_;
  std::vector<NodeId> lists_;
  std::vector<std::string> syms_{""};
  llvm::DenseMap<uint32_t, NodeId> orig_;
  llvm::StringMap<uint32_t> sym_index_;
};

/// TypeOracle answers what the IR, the printer and escape analysis need to
/// know about types. The checker's type store implements it; unit tests use
/// small fakes.
class TypeOracle {
 public:
  virtual ~TypeOracle();
  virtual bool HasPointers(TypeRef t) const = 0;
  virtual bool IsUntyped(TypeRef t) const = 0;
  virtual bool IsInterface(TypeRef t) const = 0;
  /// IsDirectIface: pointer-shaped (stored directly in an interface word).
  virtual bool IsDirectIface(TypeRef t) const = 0;
  virtual bool IsArray(TypeRef t) const = 0;
  virtual bool IsSlice(TypeRef t) const = 0;
  virtual bool IsPtr(TypeRef t) const = 0;
  virtual bool IsUintptr(TypeRef t) const = 0;
  virtual bool IsUnsafePtr(TypeRef t) const = 0;
  virtual bool IsRecvChan(TypeRef t) const = 0;
  /// IsSimple: a numeric or boolean kind (gc's types.IsSimple).
  virtual bool IsSimple(TypeRef t) const = 0;
  /// HasSym: a named type (prints without parentheses in conversions).
  virtual bool HasSym(TypeRef t) const = 0;
  virtual TypeRef Elem(TypeRef t) const = 0;
  virtual int64_t Size(TypeRef t) const = 0;
  virtual int64_t Alignment(TypeRef t) const = 0;
  /// String prints t as gc's -m output does (ir/fmt style).
  virtual std::string String(TypeRef t) const = 0;
};

/// StaticValue is gc's ir.StaticValue: n with implicit no-op conversions and
/// never-reassigned, once-defined local variables replaced by their defining
/// expression (static_value.cpp).
NodeId StaticValue(const Package& pkg, const TypeOracle& types, NodeId n);
/// Reassigned is gc's ir.reassigned for a local variable.
bool Reassigned(const Package& pkg, const TypeOracle& types, NodeId name);

}  // namespace goescape::gcir

#endif  // GOESCAPE_ANALYSIS_GCIR_GCIR_H_
