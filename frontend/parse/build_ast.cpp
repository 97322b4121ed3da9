// build_ast.cpp: the one visitor that turns the ANTLR parse tree into
// goescape's AST (frontend/ast).
//
// Besides building nodes with gc's positions, it makes the checks gc's
// parser makes after recognizing a construct, with gc's messages:
//   - if/for/switch headers (parser.header): missing conditions, "cannot use
//     x := 1 as value", "var declaration not allowed in for initializer",
//     "cannot declare in post statement of for loop", "expecting for loop
//     condition", extra semicolons;
//   - parameter lists (parser.paramList): distributing names and types,
//     "mixed named and unnamed parameters", "... is missing type";
//   - receivers, go/defer operands, 3-index slices, <-chan re-association,
//     parenthesized composite literal types and embedded fields, import
//     paths, ":=" in place of "=", "range" outside for headers, expression
//     lists without assignment;
//   - goescape's own "unsupported" error for type parameters.
// Every check is reported with the TimeKey of the moment gc makes it (the
// token its parser is at then: usually the token after the construct), so
// that parse.cpp can interleave the checks with scanner and syntax errors in
// gc's order. The tree is the parse of the token list after error recovery
// (recovery.cpp): BAD tokens stand where gc made a BadExpr or dropped a
// parameter, field or declaration, and virtual tokens where gc assumed a
// token; checks that the recovery already reported are skipped. The tree
// may also be partial (parsing stopped at the end of the file or in the
// package clause); every child access tolerates missing children, and the
// checks of the constructs left unfinished are timed after the error that
// stopped the parse.
#include <string>
#include <unordered_set>

#include "frontend/ast/printer.h"
#include "frontend/parse/parser_internal.h"
#include "llvm/ADT/StringSwitch.h"

namespace goescape::parse {
namespace {

using antlr4::ParserRuleContext;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;
using ast::ExprId;
using ast::FieldId;
using ast::StmtId;
using P = GoParser;

constexpr const char* kUnsupportedGenerics =
    "type parameters are not supported by goescape (it models Go 1.19 without generics)";

/// TokenType returns the token type of a terminal child, or 0 for a rule.
size_t TokenType(ParseTree* t) {
  if (auto* tn = TerminalAs(t)) return tn->getSymbol()->getType();
  return 0;
}

/// AstBuilder walks one file's parse tree.
class AstBuilder {
 public:
  AstBuilder(const TokenList& tokens, const TokenList& original, ast::File& file, ast::Context& ctx,
             std::vector<TimedDiag>& diags,
             const std::vector<antlr4::ParserRuleContext*>& unfinished,
             const ReportedLists& reported)
      : toks_(tokens),
        orig_(original),
        f_(file),
        ctx_(ctx),
        diags_(diags),
        unfinished_(unfinished.begin(), unfinished.end()),
        reported_(reported) {}

  void BuildFile(P::SourceFileContext* c);

 private:
  // ---- tokens and diagnostics
  const Token& Tok(TerminalNode* t) const { return toks_.tokens[t->getSymbol()->getTokenIndex()]; }
  const Token& Tok(antlr4::Token* t) const { return toks_.tokens[t->getTokenIndex()]; }
  Pos PosOf(TerminalNode* t) const { return t ? Tok(t).pos : Pos{}; }
  Pos StartPos(ParserRuleContext* c) const { return c ? Tok(c->getStart()).pos : Pos{}; }
  /// After returns the token after the last token of c (in the token list
  /// after recovery).
  const Token& After(ParserRuleContext* c) const {
    size_t i = c->getStop() ? c->getStop()->getTokenIndex() + 1 : c->getStart()->getTokenIndex();
    return toks_.tokens[std::min(i, toks_.tokens.size() - 1)];
  }
  bool ClosedByRecovery(ParserRuleContext* c) const {
    return unfinished_.count(c) || !c->getStop() || Tok(c->getStop()).is_virtual;
  }
  /// GcNext is the token gc's parser is at when it has just finished c: the
  /// token after c in the source, or, if gc's error recovery closed c (c
  /// ends with a virtual token), the token the recovery went on with.
  const Token& GcNext(ParserRuleContext* c) const {
    if (ClosedByRecovery(c)) return After(c);
    size_t k = Tok(c->getStop()).orig + 1;
    return orig_.tokens[std::min<size_t>(k, orig_.tokens.size() - 1)];
  }
  /// At is the moment gc's parser is at token t (and has not failed there);
  /// at a virtual token, right after the recovery that made it.
  TimeKey At(const Token& t) const {
    if (t.is_virtual) return {t.orig, 2, t.round, 1, 0};
    return {t.orig, 1, 0, 0, 0};
  }
  TimeKey At(TerminalNode* t) const { return At(Tok(t)); }
  /// AfterTime is the moment gc has just finished c (see TimeKey).
  TimeKey AfterTime(ParserRuleContext* c) const {
    if (unfinished_.count(c) || !c->getStop()) return {After(c).orig, 3, 0, 0, 0};
    const Token& stop = Tok(c->getStop());
    if (stop.is_virtual) return {After(c).orig, 2, stop.round, 1, 0};
    return {GcNext(c).orig, 1, 0, 0, 0};
  }
  void Report(DiagKind kind, Pos pos, std::string msg, TimeKey when) {
    diags_.push_back({when, MakeDiag(kind, pos, std::move(msg))});
  }
  void SyntaxErr(Pos pos, const std::string& msg, TimeKey when) {
    Report(DiagKind::Syntax, pos, "syntax error: " + msg, when);
  }
  void PlainErr(Pos pos, const std::string& msg, TimeKey when) {
    Report(DiagKind::ParseCheck, pos, msg, when);
  }
  void Unsupported(ParserRuleContext* c) {
    Report(DiagKind::Unsupported, StartPos(c), kUnsupportedGenerics, At(Tok(c->getStart())));
  }

  // ---- names and literals
  ExprId Name(TerminalNode* t);
  ExprId NameAt(Pos pos, llvm::StringRef value);
  ExprId Lit(P::BasicLitContext* c);
  ExprId Bad(Pos pos) { return f_.AddExpr(pos, ast::BadExpr{}); }
  ExprId List(const std::vector<ExprId>& elems);

  // ---- declarations
  void ImportDecl(P::ImportDeclContext* c);
  void ImportSpec(P::ImportSpecContext* c, uint32_t group);
  void TopLevelDecl(P::TopLevelDeclContext* c, Pos prev_end);
  std::vector<ast::DeclId> ConstDecl(P::ConstDeclContext* c);
  std::vector<ast::DeclId> TypeDecl(P::TypeDeclContext* c);
  std::vector<ast::DeclId> VarDecl(P::VarDeclContext* c);
  ast::DeclId FuncDecl(P::FuncDeclContext* c, Pos prev_end);
  std::vector<ExprId> IdentifierList(P::IdentifierListContext* c);
  bool AssignTok(ParseTree* t);  // handles ":=" for "="

  // ---- types
  ExprId Type(P::Type_Context* c);
  ExprId TypeName(P::TypeNameContext* c);
  ExprId TypeLit(P::TypeLitContext* c);
  ExprId ArrayType(P::ArrayTypeContext* c);
  ExprId SliceType(P::SliceTypeContext* c);
  ExprId StructType(P::StructTypeContext* c);
  ExprId InterfaceType(P::InterfaceTypeContext* c);
  ExprId MapType(P::MapTypeContext* c);
  ExprId ChanType(TerminalNode* chan, TerminalNode* arrow, bool arrow_first, P::Type_Context* elem,
                  ParserRuleContext* owner);
  ExprId FuncTypeOf(P::SignatureContext* c, Pos pos);
  ExprId NonNameType(P::NonNameTypeContext* c);
  std::vector<FieldId> Params(P::ParametersContext* c);

  // ---- expressions
  ExprId ExprList(P::ExpressionListContext* c);
  ExprId Expr(P::ExpressionContext* c);
  ExprId Unary(P::UnaryExprContext* c);
  ExprId Primary(P::PrimaryExprContext* c);
  ExprId Operand(P::OperandContext* c);
  ExprId Suffix(ExprId x, P::PrimarySuffixContext* c);
  ExprId LiteralValue(ExprId type, P::LiteralValueContext* c);
  ExprId ElementValue(P::ElementValueContext* c);

  // ---- statements
  StmtId Block(P::BlockContext* c);
  std::vector<StmtId> StatementList(P::StatementListContext* c);
  StmtId Statement(P::StatementContext* c);
  StmtId Simple(P::SimpleStmtContext* c, llvm::StringRef keyword);
  StmtId Labeled(P::LabeledStmtContext* c);
  StmtId CallStmt(ParserRuleContext* c, bool is_go);
  StmtId If(P::IfStmtContext* c);
  StmtId For(P::ForStmtContext* c);
  StmtId Switch(P::SwitchStmtContext* c);
  StmtId Select(P::SelectStmtContext* c);
  /// Header is gc's parser.header for keyword ("if", "for", "switch").
  struct HeaderParts {
    StmtId init;
    ExprId cond;
    StmtId post;
  };
  HeaderParts Header(ParserRuleContext* c, llvm::StringRef keyword, const Token& after);

  const TokenList& toks_;
  const TokenList& orig_;
  ast::File& f_;
  ast::Context& ctx_;
  std::vector<TimedDiag>& diags_;
  std::unordered_set<const ParserRuleContext*> unfinished_;
  const ReportedLists& reported_;
  uint32_t groups_ = 0;
};

// ------------------------------------------------------------------ Names

ExprId AstBuilder::Name(TerminalNode* t) {
  if (!t) return ExprId();
  return f_.AddExpr(PosOf(t), ast::Name{Tok(t).text});
}

ExprId AstBuilder::NameAt(Pos pos, llvm::StringRef value) {
  return f_.AddExpr(pos, ast::Name{ctx_.Intern(value)});
}

ExprId AstBuilder::Lit(P::BasicLitContext* c) {
  if (!c || c->children.empty()) return ExprId();
  const Token& t = Tok(c->getStart());
  return f_.AddExpr(t.pos, ast::BasicLit{t.text, t.lit_kind, t.bad});
}

ExprId AstBuilder::List(const std::vector<ExprId>& elems) {
  if (elems.empty()) return ExprId();
  if (elems.size() == 1) return elems[0];
  return f_.AddExpr(f_.PosOf(elems[0]), ast::ListExpr{f_.AddExprList(elems)});
}

// ----------------------------------------------------------- Declarations

void AstBuilder::BuildFile(P::SourceFileContext* c) {
  auto* pkg = acc::packageClause(c);
  f_.eof = toks_.eof;
  if (pkg) {
    if (auto* kw = acc::PACKAGE(pkg)) f_.package_pos = PosOf(kw);
    f_.package_name = Name(acc::IDENTIFIER(pkg));
  }
  Pos prev_end;
  for (ParseTree* child : c->children) {
    if (auto* imp = RuleAs<P::ImportDeclContext>(child, P::RuleImportDecl)) {
      ImportDecl(imp);
    } else if (auto* d = RuleAs<P::TopLevelDeclContext>(child, P::RuleTopLevelDecl)) {
      TopLevelDecl(d, prev_end);
    }
    if (auto* rc = IsTerminalNode(child) ? nullptr : static_cast<ParserRuleContext*>(child);
        rc && rc->getStop()) {
      prev_end = Tok(rc->getStop()).pos;
    }
  }
}

void AstBuilder::ImportDecl(P::ImportDeclContext* c) {
  uint32_t group = acc::LPAREN(c) ? ++groups_ : 0;
  for (auto* spec : acc::importSpec(c)) ImportSpec(spec, group);
}

void AstBuilder::ImportSpec(P::ImportSpecContext* c, uint32_t group) {
  ast::ImportDecl d;
  d.group = group;
  if (auto* id = acc::IDENTIFIER(c)) {
    d.local_name = Name(id);
  } else if (auto* dot = acc::DOT(c)) {
    d.local_name = NameAt(PosOf(dot), ".");
  }
  d.path = acc::BAD(c) ? Bad(PosOf(acc::BAD(c))) : Lit(acc::basicLit(c));
  if (acc::basicLit(c) && d.path.Valid()) {
    const auto& lit = f_.Get<ast::BasicLit>(d.path);
    if (!lit.bad && lit.kind != ast::LitKind::kString) {
      // gc reports it at the token after the literal.
      SyntaxErr(GcNext(acc::basicLit(c)).pos, "import path must be a string",
                AfterTime(acc::basicLit(c)));
    }
  }
  f_.decls.push_back(f_.AddDecl(StartPos(c), d));
}

void AstBuilder::TopLevelDecl(P::TopLevelDeclContext* c, Pos prev_end) {
  std::vector<ast::DeclId> ids;
  if (auto* d = acc::constDecl(c)) ids = ConstDecl(d);
  if (auto* d = acc::typeDecl(c)) ids = TypeDecl(d);
  if (auto* d = acc::varDecl(c)) ids = VarDecl(d);
  if (auto* d = acc::funcDecl(c)) {
    if (auto id = FuncDecl(d, prev_end); id.Valid()) ids.push_back(id);
  }
  f_.decls.insert(f_.decls.end(), ids.begin(), ids.end());
}

bool AstBuilder::AssignTok(ParseTree* t) {
  size_t type = TokenType(t);
  if (type == GoLexer::DEFINE) {
    auto* tn = static_cast<TerminalNode*>(t);
    SyntaxErr(PosOf(tn), "unexpected :=, expecting =", At(tn));
    return true;
  }
  return type == GoLexer::ASSIGN;
}

std::vector<ExprId> AstBuilder::IdentifierList(P::IdentifierListContext* c) {
  std::vector<ExprId> names;
  if (!c) return names;
  for (auto* id : acc::IDENTIFIER(c)) names.push_back(Name(id));
  return names;
}

std::vector<ast::DeclId> AstBuilder::ConstDecl(P::ConstDeclContext* c) {
  std::vector<ast::DeclId> out;
  uint32_t group = acc::LPAREN(c) ? ++groups_ : 0;
  for (auto* spec : acc::constSpec(c)) {
    ast::ConstDecl d;
    d.group = group;
    d.names = f_.AddExprList(IdentifierList(acc::identifierList(spec)));
    d.type = Type(acc::type_(spec));
    for (ParseTree* ch : spec->children) {
      if (TokenType(ch) == GoLexer::ASSIGN || TokenType(ch) == GoLexer::DEFINE) AssignTok(ch);
    }
    d.values = ExprList(acc::expressionList(spec));
    out.push_back(f_.AddDecl(StartPos(spec), d));
  }
  return out;
}

std::vector<ast::DeclId> AstBuilder::TypeDecl(P::TypeDeclContext* c) {
  std::vector<ast::DeclId> out;
  uint32_t group = acc::LPAREN(c) ? ++groups_ : 0;
  for (auto* spec : acc::typeSpec(c)) {
    ast::TypeDecl d;
    d.group = group;
    d.name = Name(acc::IDENTIFIER(spec));
    if (auto* tp = acc::typeParameters(spec)) Unsupported(tp);
    for (ParseTree* ch : spec->children) {
      if (TokenType(ch) == GoLexer::ASSIGN || TokenType(ch) == GoLexer::DEFINE) {
        AssignTok(ch);
        d.alias = true;
      }
    }
    d.type = Type(acc::type_(spec));
    out.push_back(f_.AddDecl(StartPos(spec), d));
  }
  return out;
}

std::vector<ast::DeclId> AstBuilder::VarDecl(P::VarDeclContext* c) {
  std::vector<ast::DeclId> out;
  uint32_t group = acc::LPAREN(c) ? ++groups_ : 0;
  for (auto* spec : acc::varSpec(c)) {
    ast::VarDecl d;
    d.group = group;
    d.names = f_.AddExprList(IdentifierList(acc::identifierList(spec)));
    d.type = Type(acc::type_(spec));
    for (ParseTree* ch : spec->children) {
      if (TokenType(ch) == GoLexer::ASSIGN || TokenType(ch) == GoLexer::DEFINE) AssignTok(ch);
    }
    d.values = ExprList(acc::expressionList(spec));
    out.push_back(f_.AddDecl(StartPos(spec), d));
  }
  return out;
}

/// PragmaBit maps a //go: directive to its pragma bit (0 if not one gc
/// attaches to functions).
static uint32_t PragmaBit(llvm::StringRef text) {
  llvm::StringRef name = text.drop_front(2).split(' ').first.split('\t').first;
  return llvm::StringSwitch<uint32_t>(name)
      .Case("go:noinline", ast::kPragmaNoinline)
      .Case("go:noescape", ast::kPragmaNoescape)
      .Case("go:nosplit", ast::kPragmaNosplit)
      .Case("go:norace", ast::kPragmaNorace)
      .Case("go:nocheckptr", ast::kPragmaNocheckptr)
      .Case("go:uintptrescapes", ast::kPragmaUintptrEscapes)
      .Case("go:uintptrkeepalive", ast::kPragmaUintptrKeepAlive)
      .Case("go:cgo_unsafe_args", ast::kPragmaCgoUnsafeArgs)
      .Case("go:yeswritebarrierrec", ast::kPragmaYesWriteBarrierRec)
      .Case("go:nowritebarrier", ast::kPragmaNoWriteBarrier)
      .Case("go:systemstack", ast::kPragmaSystemstack)
      .Case("go:linkname", ast::kPragmaLinkname)
      .Default(0);
}

ast::DeclId AstBuilder::FuncDecl(P::FuncDeclContext* c, Pos prev_end) {
  ast::FuncDecl d;
  // Directives written between the previous declaration and this one (gc
  // collects pragmas from comments and takes them at the declaration).
  Pos start = Tok(c->getStart()).pos;
  std::vector<ast::Directive> dirs;
  for (const ast::Directive& dir : toks_.directives) {
    if (dir.pos < start && prev_end < dir.pos) {
      dirs.push_back(dir);
      d.pragmas |= PragmaBit(dir.text);
    }
  }
  d.directives = f_.AddDirectives(dirs);
  if (auto* recv = acc::receiver(c)) {
    std::vector<FieldId> fields = Params(acc::parameters(recv));
    // gc reports these at the token after the receiver list (the name).
    Pos at = acc::IDENTIFIER(c) ? PosOf(acc::IDENTIFIER(c)) : GcNext(recv).pos;
    if (fields.empty()) {
      PlainErr(at, "method has no receiver", AfterTime(recv));
    } else {
      if (fields.size() > 1) PlainErr(at, "method has multiple receivers", AfterTime(recv));
      d.recv = fields[0];
    }
  }
  d.name = Name(acc::IDENTIFIER(c));
  if (!d.name.Valid()) return ast::DeclId();
  if (auto* tp = acc::typeParameters(c)) Unsupported(tp);
  if (auto* sig = acc::signature(c)) d.type = FuncTypeOf(sig, StartPos(sig));
  if (auto* body = acc::block(c)) d.body = Block(body);
  // gc's FuncDecl position is the token after "func".
  return f_.AddDecl(
      f_.PosOf(d.name).Known() && acc::receiver(c) ? StartPos(acc::receiver(c)) : f_.PosOf(d.name),
      d);
}

// ------------------------------------------------------------------ Types

ExprId AstBuilder::Type(P::Type_Context* c) {
  if (!c) return ExprId();
  if (auto* bad = acc::BAD(c)) return Bad(PosOf(bad));
  if (auto* n = acc::typeName(c)) return TypeName(n);
  if (auto* l = acc::typeLit(c)) return TypeLit(l);
  if (auto* inner = acc::type_(c)) return Type(inner);  // ( T ): gc keeps no node
  return Bad(StartPos(c));
}

ExprId AstBuilder::TypeName(P::TypeNameContext* c) {
  if (!c) return ExprId();
  auto ids = acc::IDENTIFIER(c);
  if (ids.empty()) return Bad(StartPos(c));
  ExprId x = Name(ids[0]);
  if (ids.size() > 1 && acc::DOT(c)) {
    x = f_.AddExpr(PosOf(acc::DOT(c)), ast::SelectorExpr{x, Name(ids[1])});
  }
  if (auto* targs = acc::typeArgs(c)) {
    Unsupported(targs);
    std::vector<ExprId> args;
    if (auto* e = acc::expression(targs)) args.push_back(Expr(e));
    for (auto* t : acc::type_(targs)) args.push_back(Type(t));
    x = f_.AddExpr(StartPos(targs), ast::IndexExpr{x, List(args)});
  }
  return x;
}

ExprId AstBuilder::TypeLit(P::TypeLitContext* c) {
  if (auto* t = acc::arrayType(c)) return ArrayType(t);
  if (auto* t = acc::sliceType(c)) return SliceType(t);
  if (auto* t = acc::structType(c)) return StructType(t);
  if (auto* t = acc::pointerType(c)) {
    return f_.AddExpr(PosOf(acc::MUL(t)),
                      ast::Operation{ast::Operator::kMul, Type(acc::type_(t)), ExprId()});
  }
  if (auto* t = acc::functionType(c)) {
    return acc::signature(t) ? FuncTypeOf(acc::signature(t), StartPos(acc::signature(t)))
                             : Bad(StartPos(t));
  }
  if (auto* t = acc::interfaceType(c)) return InterfaceType(t);
  if (auto* t = acc::mapType(c)) return MapType(t);
  if (auto* t = acc::channelType(c)) {
    bool arrow_first = t->children.size() > 0 && TokenType(t->children[0]) == GoLexer::ARROW;
    return ChanType(acc::CHAN(t), acc::ARROW(t), arrow_first, acc::type_(t), t);
  }
  return Bad(StartPos(c));
}

ExprId AstBuilder::ArrayType(P::ArrayTypeContext* c) {
  ast::ArrayType t;
  if (acc::ELLIPSIS(c)) {
    t.dots = true;
  } else {
    t.len = Expr(acc::expression(c));
  }
  t.elem = Type(acc::type_(c));
  return f_.AddExpr(PosOf(acc::LBRACK(c)), t);
}

ExprId AstBuilder::SliceType(P::SliceTypeContext* c) {
  return f_.AddExpr(PosOf(acc::LBRACK(c)), ast::SliceType{Type(acc::type_(c))});
}

ExprId AstBuilder::StructType(P::StructTypeContext* c) {
  std::vector<FieldId> fields;
  for (auto* fd : acc::fieldDecl(c)) {
    if (acc::BAD(fd)) continue;  // gc's fieldDecl added nothing
    ExprId tag = Lit(acc::basicLit(fd));
    if (auto* emb = acc::embeddedField(fd)) {
      Pos pos = StartPos(fd);
      ExprId typ = TypeName(acc::typeName(emb));
      auto muls = acc::MUL(emb);
      if (acc::LPAREN(emb)) {
        // gc: "cannot parenthesize embedded type", at the "(".
        SyntaxErr(PosOf(acc::LPAREN(emb)), "cannot parenthesize embedded type",
                  At(acc::LPAREN(emb)));
      }
      // The pointer, if any: "*T", "*(T)" or "(*T)".
      if (!muls.empty()) {
        typ = f_.AddExpr(PosOf(muls[0]), ast::Operation{ast::Operator::kMul, typ, ExprId()});
      }
      fields.push_back(f_.AddField({pos, ExprId(), typ, tag}));
      continue;
    }
    ExprId typ = Type(acc::type_(fd));
    for (ExprId name : IdentifierList(acc::identifierList(fd))) {
      fields.push_back(f_.AddField({f_.PosOf(name), name, typ, tag}));
    }
  }
  return f_.AddExpr(PosOf(acc::STRUCT(c)), ast::StructType{f_.AddFieldList(fields)});
}

ExprId AstBuilder::InterfaceType(P::InterfaceTypeContext* c) {
  std::vector<FieldId> methods;
  for (auto* e : acc::interfaceElem(c)) {
    if (auto* id = acc::IDENTIFIER(e)) {
      ExprId name = Name(id);
      ExprId typ = acc::signature(e) ? FuncTypeOf(acc::signature(e), StartPos(acc::signature(e)))
                                     : Bad(PosOf(id));
      methods.push_back(f_.AddField({f_.PosOf(name), name, typ, ExprId()}));
    } else if (auto* te = acc::typeElem(e)) {
      if (!acc::TILDE(te).empty() || !acc::OR(te).empty()) Unsupported(te);
      auto types = acc::type_(te);
      ExprId typ = types.empty() ? Bad(StartPos(te)) : Type(types[0]);
      methods.push_back(f_.AddField({StartPos(te), ExprId(), typ, ExprId()}));
    }
  }
  return f_.AddExpr(PosOf(acc::INTERFACE(c)), ast::InterfaceType{f_.AddFieldList(methods)});
}

ExprId AstBuilder::MapType(P::MapTypeContext* c) {
  auto types = acc::type_(c);
  ExprId key = types.size() > 0 ? Type(types[0]) : ExprId();
  ExprId value = types.size() > 1 ? Type(types[1]) : ExprId();
  return f_.AddExpr(PosOf(acc::MAP(c)), ast::MapType{key, value});
}

ExprId AstBuilder::ChanType(TerminalNode* chan, TerminalNode* arrow, bool arrow_first,
                            P::Type_Context* elem, ParserRuleContext* owner) {
  ast::ChanType t;
  Pos pos = arrow_first && arrow ? PosOf(arrow) : chan ? PosOf(chan) : StartPos(owner);
  if (arrow) t.dir = arrow_first ? ast::ChanDir::kRecv : ast::ChanDir::kSend;
  t.elem = Type(elem);
  if (!t.elem.Valid() && chan) {
    // gc's chanElem: the element type is missing; the error is reported at
    // the current token.
    SyntaxErr(GcNext(owner).pos, "missing channel element type", AfterTime(owner));
    t.elem = Bad(After(owner).pos);
  }
  return f_.AddExpr(pos, t);
}

ExprId AstBuilder::FuncTypeOf(P::SignatureContext* c, Pos pos) {
  ast::FuncType t;
  if (!c) return Bad(pos);
  t.params = f_.AddFieldList(Params(acc::parameters(c)));
  if (auto* r = acc::result(c)) {
    if (auto* ps = acc::parameters(r)) {
      t.results = f_.AddFieldList(Params(ps));
    } else {
      ExprId typ = acc::typeName(r) ? TypeName(acc::typeName(r)) : TypeLit(acc::typeLit(r));
      t.results = f_.AddFieldList({f_.AddField({StartPos(r), ExprId(), typ, ExprId()})});
    }
  }
  return f_.AddExpr(pos, t);
}

ExprId AstBuilder::NonNameType(P::NonNameTypeContext* c) {
  if (auto* l = acc::typeLit(c)) return TypeLit(l);
  return Type(acc::type_(c));
}

std::vector<FieldId> AstBuilder::Params(P::ParametersContext* c) {
  std::vector<FieldId> out;
  if (!c) return out;
  struct Par {
    Pos pos;
    ExprId name, type;
  };
  std::vector<Par> list;
  for (auto* pd : acc::parameterDecl(c)) {
    if (acc::BAD(pd)) continue;  // gc's paramDeclOrNil returned nil
    Par par;
    par.pos = StartPos(pd);
    auto ids = acc::IDENTIFIER(pd);
    if (acc::ELLIPSIS(pd)) {
      if (!ids.empty()) par.name = Name(ids[0]);
      ExprId elem = Type(acc::type_(pd));
      if (!elem.Valid()) {
        // gc: "... is missing type", at the token after "...".
        SyntaxErr(GcNext(pd).pos, "... is missing type", AfterTime(pd));
        elem = Bad(After(pd).pos);
      }
      par.type = f_.AddExpr(PosOf(acc::ELLIPSIS(pd)), ast::DotsType{elem});
    } else if (auto* nn = acc::nonNameType(pd)) {
      par.type = NonNameType(nn);
    } else if (auto* t = acc::type_(pd)) {
      par.name = Name(ids[0]);
      par.type = Type(t);
    } else if (!ids.empty()) {
      ExprId x = Name(ids[0]);
      if (ids.size() > 1 && acc::DOT(pd)) {
        par.type = f_.AddExpr(PosOf(acc::DOT(pd)), ast::SelectorExpr{x, Name(ids[1])});
      } else {
        par.name = x;
      }
      if (auto* targs = acc::typeArgs(pd)) {
        Unsupported(targs);
        par.type =
            f_.AddExpr(StartPos(targs), ast::IndexExpr{par.type.Valid() ? par.type : x, ExprId()});
        par.name = ExprId();
      }
    }
    list.push_back(par);
  }
  if (list.empty()) return out;
  // gc's paramList: distribute types over names.
  int named = 0;
  for (const Par& p : list) {
    if (p.name.Valid() && p.type.Valid()) ++named;
  }
  if (named == 0) {
    // All unnamed: the names found are type names.
    for (Par& p : list) {
      if (p.name.Valid()) {
        p.type = p.name;
        p.name = ExprId();
      }
    }
  } else if (named != static_cast<int>(list.size())) {
    Pos err;
    ExprId typ;
    for (size_t i = list.size(); i-- > 0;) {
      Par& p = list[i];
      if (p.type.Valid()) {
        typ = p.type;
        if (!p.name.Valid()) {
          err = p.pos;
          p.name = NameAt(err, "_");
        }
      } else if (typ.Valid()) {
        p.type = typ;
      } else {
        err = f_.PosOf(p.name);
        p.type = Bad(err);
      }
    }
    if (err.Known()) SyntaxErr(err, "mixed named and unnamed parameters", AfterTime(c));
  }
  for (const Par& p : list) {
    out.push_back(
        f_.AddField({p.name.Valid() ? f_.PosOf(p.name) : p.pos, p.name, p.type, ExprId()}));
  }
  return out;
}

// ------------------------------------------------------------ Expressions

ExprId AstBuilder::ExprList(P::ExpressionListContext* c) {
  if (!c) return ExprId();
  std::vector<ExprId> elems;
  for (auto* e : acc::expression(c)) elems.push_back(Expr(e));
  return List(elems);
}

static ast::Operator BinaryOp(size_t type) {
  switch (type) {
    case GoLexer::LOR:
      return ast::Operator::kOrOr;
    case GoLexer::LAND:
      return ast::Operator::kAndAnd;
    case GoLexer::EQL:
      return ast::Operator::kEql;
    case GoLexer::NEQ:
      return ast::Operator::kNeq;
    case GoLexer::LSS:
      return ast::Operator::kLss;
    case GoLexer::LEQ:
      return ast::Operator::kLeq;
    case GoLexer::GTR:
      return ast::Operator::kGtr;
    case GoLexer::GEQ:
      return ast::Operator::kGeq;
    case GoLexer::ADD:
      return ast::Operator::kAdd;
    case GoLexer::SUB:
      return ast::Operator::kSub;
    case GoLexer::OR:
      return ast::Operator::kOr;
    case GoLexer::XOR:
      return ast::Operator::kXor;
    case GoLexer::MUL:
      return ast::Operator::kMul;
    case GoLexer::QUO:
      return ast::Operator::kDiv;
    case GoLexer::REM:
      return ast::Operator::kRem;
    case GoLexer::AND:
      return ast::Operator::kAnd;
    case GoLexer::AND_NOT:
      return ast::Operator::kAndNot;
    case GoLexer::SHL:
      return ast::Operator::kShl;
    case GoLexer::SHR:
      return ast::Operator::kShr;
    case GoLexer::NOT:
      return ast::Operator::kNot;
    case GoLexer::ARROW:
      return ast::Operator::kRecv;
    case GoLexer::TILDE:
      return ast::Operator::kTilde;
    default:
      return ast::Operator::kNone;
  }
}

ExprId AstBuilder::Expr(P::ExpressionContext* c) {
  if (!c) return ExprId();
  if (auto* u = acc::unaryExpr(c)) return Unary(u);
  auto operands = acc::expression(c);
  ExprId x = operands.size() > 0 ? Expr(operands[0]) : ExprId();
  ExprId y = operands.size() > 1 ? Expr(operands[1]) : ExprId();
  if (!c->op) return x;
  const Token& op = Tok(c->op);
  if (!x.Valid()) x = Bad(op.pos);
  if (!y.Valid()) y = Bad(After(c).pos);
  return f_.AddExpr(op.pos, ast::Operation{BinaryOp(op.type), x, y});
}

ExprId AstBuilder::Unary(P::UnaryExprContext* c) {
  if (!c) return ExprId();
  if (auto* p = acc::primaryExpr(c)) return Primary(p);
  if (!c->op) return Bad(StartPos(c));
  const Token& op = Tok(c->op);
  ExprId x = Unary(acc::unaryExpr(c));
  if (!x.Valid()) x = Bad(After(c).pos);
  switch (op.type) {
    case GoLexer::AND:
      // unaryExpr may have returned a parenthesized composite literal.
      while (const auto* px = f_.TryGet<ast::ParenExpr>(x)) x = px->x;
      return f_.AddExpr(op.pos, ast::Operation{ast::Operator::kAnd, x, ExprId()});
    case GoLexer::ARROW:
      if (f_.Kind(x) == ast::ExprKind::ChanType) {
        // <-chan E: re-associate the arrow with the channel type.
        ast::ChanDir dir = ast::ChanDir::kSend;
        ExprId t = x;
        while (dir == ast::ChanDir::kSend) {
          if (f_.Kind(t) != ast::ExprKind::ChanType) break;
          auto& ct = f_.GetMutable<ast::ChanType>(t);
          dir = ct.dir;
          if (dir == ast::ChanDir::kRecv) {
            SyntaxErr(GcNext(c).pos, "unexpected <-, expecting chan", AfterTime(c));
          }
          ct.dir = ast::ChanDir::kRecv;
          t = ct.elem;
        }
        if (dir == ast::ChanDir::kSend) {
          SyntaxErr(GcNext(c).pos, "unexpected " + ast::NodeString(f_, t) + ", expecting chan",
                    AfterTime(c));
        }
        return x;
      }
      return f_.AddExpr(op.pos, ast::Operation{ast::Operator::kRecv, x, ExprId()});
    case GoLexer::MUL:
      return f_.AddExpr(op.pos, ast::Operation{ast::Operator::kMul, x, ExprId()});
    default:
      return f_.AddExpr(
          op.pos, ast::Operation{BinaryOp(op.type) == ast::Operator::kNone ? ast::Operator::kNone
                                                                           : BinaryOp(op.type),
                                 x, ExprId()});
  }
}

ExprId AstBuilder::Primary(P::PrimaryExprContext* c) {
  if (!c) return ExprId();
  ExprId x;
  for (ParseTree* child : c->children) {
    if (auto* op = RuleAs<P::OperandContext>(child, P::RuleOperand)) {
      x = Operand(op);
    } else if (auto* s = RuleAs<P::PrimarySuffixContext>(child, P::RulePrimarySuffix)) {
      x = Suffix(x, s);
    } else if (auto* lv = RuleAs<P::LiteralValueContext>(child, P::RuleLiteralValue)) {
      x = LiteralValue(x, lv);
    }
  }
  if (!x.Valid()) x = Bad(StartPos(c));
  return x;
}

ExprId AstBuilder::Operand(P::OperandContext* c) {
  if (auto* bad = acc::BAD(c)) return Bad(PosOf(bad));
  if (auto* id = acc::IDENTIFIER(c)) return Name(id);
  if (auto* lit = acc::basicLit(c)) return Lit(lit);
  if (auto* e = acc::expression(c)) {
    ExprId x = Expr(e);
    return f_.AddExpr(PosOf(acc::LPAREN(c)), ast::ParenExpr{x});
  }
  if (auto* fn = acc::FUNC(c)) {
    ExprId typ =
        FuncTypeOf(acc::signature(c), acc::signature(c) ? StartPos(acc::signature(c)) : PosOf(fn));
    if (auto* body = acc::block(c)) return f_.AddExpr(PosOf(fn), ast::FuncLit{typ, Block(body)});
    return typ;
  }
  if (auto* t = acc::arrayType(c)) return ArrayType(t);
  if (auto* t = acc::sliceType(c)) return SliceType(t);
  if (auto* t = acc::structType(c)) return StructType(t);
  if (auto* t = acc::mapType(c)) return MapType(t);
  if (auto* t = acc::interfaceType(c)) return InterfaceType(t);
  if (auto* ch = acc::CHAN(c)) return ChanType(ch, acc::ARROW(c), false, acc::type_(c), c);
  return Bad(StartPos(c));
}

ExprId AstBuilder::Suffix(ExprId x, P::PrimarySuffixContext* c) {
  if (!x.Valid()) x = Bad(StartPos(c));
  if (auto* dot = acc::DOT(c)) {
    Pos pos = PosOf(dot);
    if (auto* id = acc::IDENTIFIER(c)) return f_.AddExpr(pos, ast::SelectorExpr{x, Name(id)});
    if (acc::TYPE(c)) return f_.AddExpr(pos, ast::TypeSwitchGuard{ExprId(), x});
    return f_.AddExpr(pos, ast::AssertExpr{x, Type(acc::type_(c))});
  }
  if (auto* args = acc::arguments(c)) {
    std::vector<ExprId> list;
    for (auto* e : acc::expression(args)) list.push_back(Expr(e));
    ast::CallExpr call{x, f_.AddExprList(list), acc::ELLIPSIS(args) != nullptr};
    return f_.AddExpr(PosOf(acc::LPAREN(args)), call);
  }
  Pos pos = PosOf(acc::LBRACK(c));
  auto* ios = acc::indexOrSlice(c);
  if (!ios) return f_.AddExpr(pos, ast::IndexExpr{x, Bad(pos)});
  ExprId first = Expr(acc::expression(ios));
  if (auto* tail = acc::sliceTail(ios)) {
    ast::SliceExpr s;
    s.x = x;
    s.lo = first;
    auto exprs = acc::expression(tail);
    // Which expression follows which colon.
    size_t ei = 0;
    int colon_no = 0;
    for (ParseTree* ch : tail->children) {
      if (TokenType(ch) == GoLexer::COLON) {
        ++colon_no;
        if (colon_no == 2) {
          s.full = true;
          if (!s.hi.Valid()) {
            PlainErr(PosOf(static_cast<TerminalNode*>(ch)),
                     "middle index required in 3-index slice", At(static_cast<TerminalNode*>(ch)));
            s.hi = Bad(PosOf(static_cast<TerminalNode*>(ch)));
          }
        }
      } else if (RuleAs<P::ExpressionContext>(ch, P::RuleExpression)) {
        ExprId e = Expr(exprs[ei++]);
        (colon_no == 1 ? s.hi : s.max) = e;
      }
    }
    if (s.full && !s.max.Valid()) {
      Pos at = GcNext(tail).pos;
      PlainErr(at, "final index required in 3-index slice", AfterTime(tail));
      s.max = Bad(at);
    }
    return f_.AddExpr(pos, s);
  }
  auto types = acc::type_(ios);
  if (!types.empty() || !acc::COMMA(ios).empty()) {
    Unsupported(c);
    std::vector<ExprId> elems{first};
    for (auto* t : types) elems.push_back(Type(t));
    return f_.AddExpr(pos, ast::IndexExpr{x, List(elems)});
  }
  return f_.AddExpr(pos, ast::IndexExpr{x, first});
}

ExprId AstBuilder::ElementValue(P::ElementValueContext* c) {
  if (!c) return ExprId();
  if (auto* lv = acc::literalValue(c)) return LiteralValue(ExprId(), lv);
  return Expr(acc::expression(c));
}

ExprId AstBuilder::LiteralValue(ExprId type, P::LiteralValueContext* c) {
  Pos pos = PosOf(acc::LBRACE(c));
  if (f_.TryGet<ast::ParenExpr>(type)) {
    SyntaxErr(pos, "cannot parenthesize type in composite literal", At(acc::LBRACE(c)));
  }
  ast::CompositeLit lit;
  lit.type = type;
  std::vector<ExprId> elems;
  for (auto* el : acc::element(c)) {
    auto values = acc::elementValue(el);
    ExprId first = values.size() > 0 ? ElementValue(values[0]) : ExprId();
    if (auto* colon = acc::COLON(el)) {
      ExprId value = values.size() > 1 ? ElementValue(values[1]) : Bad(After(el).pos);
      elems.push_back(f_.AddExpr(PosOf(colon), ast::KeyValueExpr{first, value}));
      ++lit.num_keys;
    } else if (first.Valid()) {
      elems.push_back(first);
    }
  }
  lit.elems = f_.AddExprList(elems);
  if (auto* rb = acc::RBRACE(c)) lit.rbrace = PosOf(rb);
  return f_.AddExpr(pos, lit);
}

// ------------------------------------------------------------- Statements

StmtId AstBuilder::Block(P::BlockContext* c) {
  if (!c) return StmtId();
  ast::BlockStmt b;
  b.list = f_.AddStmtList(StatementList(acc::statementList(c)));
  if (auto* rb = acc::RBRACE(c)) b.rbrace = PosOf(rb);
  return f_.AddStmt(PosOf(acc::LBRACE(c)), b);
}

std::vector<StmtId> AstBuilder::StatementList(P::StatementListContext* c) {
  std::vector<StmtId> out;
  if (!c) return out;
  if (!c->children.empty()) {
    // gc's stmtList wants ";" after a statement unless "}" follows; before
    // "case" or "default" it complains (and its recovery skips nothing).
    auto* last = RuleAs<P::StatementContext>(c->children.back(), P::RuleStatement);
    const Token& next = After(c);
    bool bare_label = last && acc::labeledStmt(last) && !acc::statement(acc::labeledStmt(last));
    if (last && !bare_label && !next.is_virtual &&
        (next.type == GoLexer::CASE || next.type == GoLexer::DEFAULT)) {
      SyntaxErr(next.pos, "unexpected " + GcTokenString(next) + " at end of statement",
                {next.orig, 2, 0, 0, 0});
    }
  }
  bool need_stmt = true;  // an empty statement between consecutive semicolons
  for (ParseTree* child : c->children) {
    if (auto* s = RuleAs<P::StatementContext>(child, P::RuleStatement)) {
      StmtId id = Statement(s);
      if (id.Valid()) out.push_back(id);
      need_stmt = false;
    } else if (TokenType(child) == GoLexer::SEMI) {
      if (need_stmt) {
        // gc's stmtOrNil returns an EmptyStmt at a ";".
        out.push_back(f_.AddStmt(PosOf(static_cast<TerminalNode*>(child)), ast::EmptyStmt{}));
      }
      need_stmt = true;
    }
  }
  return out;
}

StmtId AstBuilder::Statement(P::StatementContext* c) {
  if (auto* d = acc::declStmt(c)) {
    std::vector<ast::DeclId> ids;
    if (auto* x = acc::constDecl(d)) ids = ConstDecl(x);
    if (auto* x = acc::typeDecl(d)) ids = TypeDecl(x);
    if (auto* x = acc::varDecl(d)) ids = VarDecl(x);
    return f_.AddStmt(StartPos(d), ast::DeclStmt{f_.AddDeclList(ids)});
  }
  if (auto* l = acc::labeledStmt(c)) return Labeled(l);
  if (auto* s = acc::simpleStmt(c)) return Simple(s, "");
  if (auto* g = acc::goStmt(c)) return CallStmt(g, true);
  if (auto* d = acc::deferStmt(c)) return CallStmt(d, false);
  if (auto* r = acc::returnStmt(c)) {
    return f_.AddStmt(PosOf(acc::RETURN(r)), ast::ReturnStmt{ExprList(acc::expressionList(r))});
  }
  if (auto* b = acc::breakStmt(c)) {
    return f_.AddStmt(PosOf(acc::BREAK(b)),
                      ast::BranchStmt{ast::BranchKind::kBreak, Name(acc::IDENTIFIER(b))});
  }
  if (auto* b = acc::continueStmt(c)) {
    return f_.AddStmt(PosOf(acc::CONTINUE(b)),
                      ast::BranchStmt{ast::BranchKind::kContinue, Name(acc::IDENTIFIER(b))});
  }
  if (auto* b = acc::gotoStmt(c)) {
    return f_.AddStmt(PosOf(acc::GOTO(b)),
                      ast::BranchStmt{ast::BranchKind::kGoto, Name(acc::IDENTIFIER(b))});
  }
  if (auto* b = acc::fallthroughStmt(c)) {
    return f_.AddStmt(PosOf(acc::FALLTHROUGH(b)),
                      ast::BranchStmt{ast::BranchKind::kFallthrough, ExprId()});
  }
  if (auto* b = acc::block(c)) return Block(b);
  if (auto* s = acc::ifStmt(c)) return If(s);
  if (auto* s = acc::switchStmt(c)) return Switch(s);
  if (auto* s = acc::selectStmt(c)) return Select(s);
  if (auto* s = acc::forStmt(c)) return For(s);
  return StmtId();
}

StmtId AstBuilder::Labeled(P::LabeledStmtContext* c) {
  Pos colon = PosOf(acc::COLON(c));
  ast::LabeledStmt l;
  l.label = Name(acc::IDENTIFIER(c));
  if (auto* s = acc::statement(c)) {
    l.stmt = Statement(s);
  } else {
    // gc's labeledStmtOrNil: "}" (a real one) or ";" make an empty
    // statement; anything else no statement, and gc's stmtList breaks off
    // (recovery.cpp then reports what the enclosing block or clause says).
    const Token& next = After(c);
    if ((next.type == GoLexer::RBRACE && !next.is_virtual) || next.type == GoLexer::SEMI) {
      l.stmt = f_.AddStmt(next.pos, ast::EmptyStmt{});
    } else {
      SyntaxErr(colon, "missing statement after label", AfterTime(c));
    }
  }
  return f_.AddStmt(colon, l);
}

static ast::Operator AssignOperator(size_t type) {
  switch (type) {
    case GoLexer::ADD_ASSIGN:
      return ast::Operator::kAdd;
    case GoLexer::SUB_ASSIGN:
      return ast::Operator::kSub;
    case GoLexer::MUL_ASSIGN:
      return ast::Operator::kMul;
    case GoLexer::QUO_ASSIGN:
      return ast::Operator::kDiv;
    case GoLexer::REM_ASSIGN:
      return ast::Operator::kRem;
    case GoLexer::AND_ASSIGN:
      return ast::Operator::kAnd;
    case GoLexer::OR_ASSIGN:
      return ast::Operator::kOr;
    case GoLexer::XOR_ASSIGN:
      return ast::Operator::kXor;
    case GoLexer::SHL_ASSIGN:
      return ast::Operator::kShl;
    case GoLexer::SHR_ASSIGN:
      return ast::Operator::kShr;
    case GoLexer::AND_NOT_ASSIGN:
      return ast::Operator::kAndNot;
    default:
      return ast::Operator::kNone;
  }
}

StmtId AstBuilder::Simple(P::SimpleStmtContext* c, llvm::StringRef keyword) {
  if (!c) return StmtId();
  if (auto* r = acc::RANGE(c); r && !acc::expressionList(c)) {
    // "range x" (no LHS): only in for headers.
    return f_.AddStmt(PosOf(r), ast::RangeClause{ExprId(), false, Expr(acc::expression(c))});
  }
  auto* list = acc::expressionList(c);
  ExprId lhs = ExprList(list);
  bool is_list = list && acc::expression(list).size() > 1;
  auto* tail = acc::simpleStmtTail(c);
  if (!tail) {
    if (is_list) {
      // Unless recovery.cpp has reported it.
      if (!reported_.count(Tok(acc::expression(list).back()->getStop()).orig)) {
        SyntaxErr(GcNext(c).pos,
                  "unexpected " + GcTokenString(GcNext(c)) + ", expecting := or = or comma",
                  AfterTime(c));
      }
      lhs = f_.ListElems(lhs)[0];
    }
    return f_.AddStmt(f_.PosOf(lhs), ast::ExprStmt{lhs});
  }
  Pos op_pos = StartPos(tail);
  if (auto* aop = acc::assignOp(tail)) {
    if (is_list) {
      SyntaxErr(op_pos,
                "unexpected " + Tok(aop->getStart()).text.str() + ", expecting := or = or comma",
                At(Tok(aop->getStart())));
    }
    return f_.AddStmt(op_pos, ast::AssignStmt{AssignOperator(Tok(aop->getStart()).type), lhs,
                                              Expr(acc::expression(tail))});
  }
  if (acc::INC(tail) || acc::DEC(tail)) {
    if (is_list) {
      SyntaxErr(op_pos,
                "unexpected " + Tok(tail->getStart()).text.str() + ", expecting := or = or comma",
                At(Tok(tail->getStart())));
    }
    return f_.AddStmt(
        op_pos,
        ast::AssignStmt{acc::INC(tail) ? ast::Operator::kAdd : ast::Operator::kSub, lhs, ExprId()});
  }
  if (acc::ARROW(tail)) {
    if (is_list) {
      SyntaxErr(op_pos, "unexpected <-, expecting := or = or comma", At(Tok(tail->getStart())));
    }
    return f_.AddStmt(op_pos, ast::SendStmt{lhs, Expr(acc::expression(tail))});
  }
  bool def = acc::DEFINE(tail) != nullptr;
  if (auto* r = acc::RANGE(tail)) {
    // The grammar admits "range" only in for headers (rangeOk).
    return f_.AddStmt(PosOf(r), ast::RangeClause{lhs, def, Expr(acc::expression(tail))});
  }
  ExprId rhs = ExprList(acc::expressionList(tail));
  if (def && keyword == "switch" && f_.Kind(lhs) == ast::ExprKind::Name) {
    if (f_.TryGet<ast::TypeSwitchGuard>(rhs)) {
      // switch x := y.(type): the guard gets the LHS; gc makes it an ExprStmt.
      f_.GetMutable<ast::TypeSwitchGuard>(rhs).lhs = lhs;
      return f_.AddStmt(f_.PosOf(rhs), ast::ExprStmt{rhs});
    }
  }
  return f_.AddStmt(op_pos,
                    ast::AssignStmt{def ? ast::Operator::kDef : ast::Operator::kNone, lhs, rhs});
}

StmtId AstBuilder::CallStmt(ParserRuleContext* c, bool is_go) {
  Pos kw = StartPos(c);
  auto* pe = is_go ? acc::primaryExpr(static_cast<P::GoStmtContext*>(c))
                   : acc::primaryExpr(static_cast<P::DeferStmtContext*>(c));
  ExprId x = Primary(pe);
  llvm::StringRef tok = is_go ? "go" : "defer";
  ExprId t = x;
  while (const auto* p = f_.TryGet<ast::ParenExpr>(t)) t = p->x;
  if (t != x) {
    PlainErr(f_.PosOf(x), "expression in " + tok.str() + " must not be parenthesized",
             AfterTime(pe));
    x = t;
  }
  if (f_.Kind(x) != ast::ExprKind::CallExpr) {
    PlainErr(f_.PosOf(x), "expression in " + tok.str() + " must be function call", AfterTime(pe));
    x = f_.AddExpr(f_.PosOf(x), ast::CallExpr{x, IdRange{}, false});
  }
  return f_.AddStmt(kw, ast::CallStmt{is_go, x});
}

AstBuilder::HeaderParts AstBuilder::Header(ParserRuleContext* c, llvm::StringRef keyword,
                                           const Token& after) {
  HeaderParts out;
  // Split the header into its pieces: [var] [s0] [; [s1] [; [s2]]] (the
  // second ";" only in for headers).
  TerminalNode* var = nullptr;
  P::SimpleStmtContext* s[3] = {nullptr, nullptr, nullptr};
  TerminalNode* semi[2] = {nullptr, nullptr};
  int part = 0;
  for (ParseTree* ch : c ? c->children : std::vector<ParseTree*>{}) {
    if (TokenType(ch) == GoLexer::VAR) {
      var = static_cast<TerminalNode*>(ch);
    } else if (TokenType(ch) == GoLexer::SEMI) {
      if (part < 2) semi[part] = static_cast<TerminalNode*>(ch);
      ++part;
    } else if (auto* ss = RuleAs<P::SimpleStmtContext>(ch, P::RuleSimpleStmt)) {
      if (part <= 2) s[part] = ss;
    }
  }
  bool is_for = keyword == "for", is_if = keyword == "if";
  if (!var && !s[0] && !semi[0]) {
    if (is_if) SyntaxErr(after.pos, "missing condition in if statement", At(after));
    return out;
  }
  // gc checks the condition when the header is done: at the token after it.
  TimeKey end = c ? AfterTime(c) : At(after);
  if (var) {
    // gc reports it at the token after "var" (in the source: recovery may
    // have replaced it), before parsing on.
    size_t k = std::min<size_t>(Tok(var).orig + 1, orig_.tokens.size() - 1);
    const Token& next = orig_.tokens[k];
    SyntaxErr(next.pos, "var declaration not allowed in " + keyword.str() + " initializer",
              At(next));
  }
  StmtId init = Simple(s[0], keyword);
  if (init.Valid() && f_.Kind(init) == ast::StmtKind::RangeClause) {
    out.init = init;
    return out;
  }
  StmtId cond_stmt;
  struct {
    Pos pos;
    std::string lit;
  } semi_info;
  if (semi[0]) {
    // A virtual ";" is recovery.cpp's mark for gc's header after its
    // want("{") failed: the header ends with the init statement, and gc
    // does not remember a semicolon.
    if (!Tok(semi[0]).is_virtual) {
      semi_info.pos = PosOf(semi[0]);
      semi_info.lit = Tok(semi[0]).text.str();
    }
    if (is_for) {
      if (!s[1] && !semi[1]) {
        // "for init; {": gc wants a condition here.
        SyntaxErr(after.pos,
                  "unexpected " + GcTokenString(after) + ", expecting for loop condition",
                  At(after));
      } else {
        cond_stmt = Simple(s[1], "");
        if (s[2]) {
          out.post = Simple(s[2], "");
          const auto* a = f_.TryGet<ast::AssignStmt>(out.post);
          if (a && a->op == ast::Operator::kDef) {
            SyntaxErr(f_.PosOf(out.post), "cannot declare in post statement of for loop",
                      AfterTime(s[2]));
          }
        }
      }
    } else {
      cond_stmt = Simple(s[1], keyword == "switch" ? keyword : "");
    }
    out.init = init;
  } else {
    cond_stmt = init;
  }
  // Unpack the condition.
  if (!cond_stmt.Valid()) {
    if (is_if && semi_info.pos.Known()) {
      if (semi_info.lit != "semicolon") {
        SyntaxErr(semi_info.pos, "unexpected " + semi_info.lit + ", expecting { after if clause",
                  end);
      } else {
        SyntaxErr(semi_info.pos, "missing condition in if statement", end);
      }
      out.cond = Bad(semi_info.pos);
    }
  } else if (const auto* es = f_.TryGet<ast::ExprStmt>(cond_stmt)) {
    out.cond = es->x;
  } else {
    std::string str;
    const auto* as = f_.TryGet<ast::AssignStmt>(cond_stmt);
    if (as && as->op == ast::Operator::kNone) {
      str = "assignment (" + ast::NodeString(f_, as->lhs) + ") = (" + ast::NodeString(f_, as->rhs) +
            ")";
    } else {
      str = ast::NodeString(f_, cond_stmt);
    }
    SyntaxErr(f_.PosOf(cond_stmt), "cannot use " + str + " as value", end);
  }
  return out;
}

StmtId AstBuilder::If(P::IfStmtContext* c) {
  ast::IfStmt n;
  auto* block = acc::block(c);
  const Token& after = block ? Tok(block->getStart()) : After(c);
  HeaderParts h = Header(acc::header(c), "if", after);
  n.init = h.init;
  n.cond = h.cond;
  n.then = Block(block);
  if (auto* e = acc::elseBranch(c)) {
    if (auto* nested = acc::ifStmt(e)) n.els = If(nested);
    if (auto* b = acc::block(e)) n.els = Block(b);
  }
  return f_.AddStmt(PosOf(acc::IF(c)), n);
}

StmtId AstBuilder::For(P::ForStmtContext* c) {
  ast::ForStmt n;
  auto* block = acc::block(c);
  const Token& after = block ? Tok(block->getStart()) : After(c);
  HeaderParts h = Header(acc::forHeader(c), "for", after);
  n.init = h.init;
  n.cond = h.cond;
  n.post = h.post;
  n.body = Block(block);
  return f_.AddStmt(PosOf(acc::FOR(c)), n);
}

StmtId AstBuilder::Switch(P::SwitchStmtContext* c) {
  ast::SwitchStmt n;
  const Token& after = acc::LBRACE(c) ? Tok(acc::LBRACE(c)) : After(c);
  HeaderParts h = Header(acc::header(c), "switch", after);
  n.init = h.init;
  n.tag = h.cond;
  std::vector<StmtId> clauses;
  for (auto* cc : acc::caseClause(c)) {
    ast::CaseClause cl;
    Pos pos = acc::CASE(cc)      ? PosOf(acc::CASE(cc))
              : acc::DEFAULT(cc) ? PosOf(acc::DEFAULT(cc))
                                 : StartPos(cc);
    cl.cases = ExprList(acc::expressionList(cc));
    if (auto* colon = acc::COLON(cc)) cl.colon = PosOf(colon);
    cl.body = f_.AddStmtList(StatementList(acc::statementList(cc)));
    clauses.push_back(f_.AddStmt(pos, cl));
  }
  n.body = f_.AddStmtList(clauses);
  if (auto* rb = acc::RBRACE(c)) n.rbrace = PosOf(rb);
  return f_.AddStmt(PosOf(acc::SWITCH(c)), n);
}

StmtId AstBuilder::Select(P::SelectStmtContext* c) {
  ast::SelectStmt n;
  std::vector<StmtId> clauses;
  for (auto* cc : acc::commClause(c)) {
    ast::CommClause cl;
    Pos pos = acc::CASE(cc)      ? PosOf(acc::CASE(cc))
              : acc::DEFAULT(cc) ? PosOf(acc::DEFAULT(cc))
                                 : StartPos(cc);
    cl.comm = Simple(acc::simpleStmt(cc), "");
    if (auto* colon = acc::COLON(cc)) cl.colon = PosOf(colon);
    cl.body = f_.AddStmtList(StatementList(acc::statementList(cc)));
    clauses.push_back(f_.AddStmt(pos, cl));
  }
  n.body = f_.AddStmtList(clauses);
  if (auto* rb = acc::RBRACE(c)) n.rbrace = PosOf(rb);
  return f_.AddStmt(PosOf(acc::SELECT(c)), n);
}

}  // namespace

std::unique_ptr<ast::File> BuildAst(GoParser::SourceFileContext* tree, const TokenList& tokens,
                                    const TokenList& original, uint32_t file_index,
                                    ast::Context& ctx, std::vector<TimedDiag>& diags,
                                    const std::vector<antlr4::ParserRuleContext*>& unfinished,
                                    const ReportedLists& reported) {
  if (!tree || !acc::packageClause(tree) || !acc::IDENTIFIER(acc::packageClause(tree)))
    return nullptr;
  auto file = std::make_unique<ast::File>(file_index);
  AstBuilder(tokens, original, *file, ctx, diags, unfinished, reported).BuildFile(tree);
  return file;
}

}  // namespace goescape::parse
