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
  if (auto* tn = dynamic_cast<TerminalNode*>(t)) return tn->getSymbol()->getType();
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
  auto* pkg = c->packageClause();
  f_.eof = toks_.eof;
  if (pkg) {
    if (auto* kw = pkg->PACKAGE()) f_.package_pos = PosOf(kw);
    f_.package_name = Name(pkg->IDENTIFIER());
  }
  Pos prev_end;
  for (ParseTree* child : c->children) {
    if (auto* imp = dynamic_cast<P::ImportDeclContext*>(child)) {
      ImportDecl(imp);
    } else if (auto* d = dynamic_cast<P::TopLevelDeclContext*>(child)) {
      TopLevelDecl(d, prev_end);
    }
    if (auto* rc = dynamic_cast<ParserRuleContext*>(child); rc && rc->getStop()) {
      prev_end = Tok(rc->getStop()).pos;
    }
  }
}

void AstBuilder::ImportDecl(P::ImportDeclContext* c) {
  uint32_t group = c->LPAREN() ? ++groups_ : 0;
  for (auto* spec : c->importSpec()) ImportSpec(spec, group);
}

void AstBuilder::ImportSpec(P::ImportSpecContext* c, uint32_t group) {
  ast::ImportDecl d;
  d.group = group;
  if (auto* id = c->IDENTIFIER()) {
    d.local_name = Name(id);
  } else if (auto* dot = c->DOT()) {
    d.local_name = NameAt(PosOf(dot), ".");
  }
  d.path = c->BAD() ? Bad(PosOf(c->BAD())) : Lit(c->basicLit());
  if (c->basicLit() && d.path.Valid()) {
    const auto& lit = f_.Get<ast::BasicLit>(d.path);
    if (!lit.bad && lit.kind != ast::LitKind::kString) {
      // gc reports it at the token after the literal.
      SyntaxErr(GcNext(c->basicLit()).pos, "import path must be a string",
                AfterTime(c->basicLit()));
    }
  }
  f_.decls.push_back(f_.AddDecl(StartPos(c), d));
}

void AstBuilder::TopLevelDecl(P::TopLevelDeclContext* c, Pos prev_end) {
  std::vector<ast::DeclId> ids;
  if (auto* d = c->constDecl()) ids = ConstDecl(d);
  if (auto* d = c->typeDecl()) ids = TypeDecl(d);
  if (auto* d = c->varDecl()) ids = VarDecl(d);
  if (auto* d = c->funcDecl()) {
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
  for (auto* id : c->IDENTIFIER()) names.push_back(Name(id));
  return names;
}

std::vector<ast::DeclId> AstBuilder::ConstDecl(P::ConstDeclContext* c) {
  std::vector<ast::DeclId> out;
  uint32_t group = c->LPAREN() ? ++groups_ : 0;
  for (auto* spec : c->constSpec()) {
    ast::ConstDecl d;
    d.group = group;
    d.names = f_.AddExprList(IdentifierList(spec->identifierList()));
    d.type = Type(spec->type_());
    for (ParseTree* ch : spec->children) {
      if (TokenType(ch) == GoLexer::ASSIGN || TokenType(ch) == GoLexer::DEFINE) AssignTok(ch);
    }
    d.values = ExprList(spec->expressionList());
    out.push_back(f_.AddDecl(StartPos(spec), d));
  }
  return out;
}

std::vector<ast::DeclId> AstBuilder::TypeDecl(P::TypeDeclContext* c) {
  std::vector<ast::DeclId> out;
  uint32_t group = c->LPAREN() ? ++groups_ : 0;
  for (auto* spec : c->typeSpec()) {
    ast::TypeDecl d;
    d.group = group;
    d.name = Name(spec->IDENTIFIER());
    if (auto* tp = spec->typeParameters()) Unsupported(tp);
    for (ParseTree* ch : spec->children) {
      if (TokenType(ch) == GoLexer::ASSIGN || TokenType(ch) == GoLexer::DEFINE) {
        AssignTok(ch);
        d.alias = true;
      }
    }
    d.type = Type(spec->type_());
    out.push_back(f_.AddDecl(StartPos(spec), d));
  }
  return out;
}

std::vector<ast::DeclId> AstBuilder::VarDecl(P::VarDeclContext* c) {
  std::vector<ast::DeclId> out;
  uint32_t group = c->LPAREN() ? ++groups_ : 0;
  for (auto* spec : c->varSpec()) {
    ast::VarDecl d;
    d.group = group;
    d.names = f_.AddExprList(IdentifierList(spec->identifierList()));
    d.type = Type(spec->type_());
    for (ParseTree* ch : spec->children) {
      if (TokenType(ch) == GoLexer::ASSIGN || TokenType(ch) == GoLexer::DEFINE) AssignTok(ch);
    }
    d.values = ExprList(spec->expressionList());
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
  if (auto* recv = c->receiver()) {
    std::vector<FieldId> fields = Params(recv->parameters());
    // gc reports these at the token after the receiver list (the name).
    Pos at = c->IDENTIFIER() ? PosOf(c->IDENTIFIER()) : GcNext(recv).pos;
    if (fields.empty()) {
      PlainErr(at, "method has no receiver", AfterTime(recv));
    } else {
      if (fields.size() > 1) PlainErr(at, "method has multiple receivers", AfterTime(recv));
      d.recv = fields[0];
    }
  }
  d.name = Name(c->IDENTIFIER());
  if (!d.name.Valid()) return ast::DeclId();
  if (auto* tp = c->typeParameters()) Unsupported(tp);
  if (auto* sig = c->signature()) d.type = FuncTypeOf(sig, StartPos(sig));
  if (auto* body = c->block()) d.body = Block(body);
  // gc's FuncDecl position is the token after "func".
  return f_.AddDecl(
      f_.PosOf(d.name).Known() && c->receiver() ? StartPos(c->receiver()) : f_.PosOf(d.name), d);
}

// ------------------------------------------------------------------ Types

ExprId AstBuilder::Type(P::Type_Context* c) {
  if (!c) return ExprId();
  if (auto* bad = c->BAD()) return Bad(PosOf(bad));
  if (auto* n = c->typeName()) return TypeName(n);
  if (auto* l = c->typeLit()) return TypeLit(l);
  if (auto* inner = c->type_()) return Type(inner);  // ( T ): gc keeps no node
  return Bad(StartPos(c));
}

ExprId AstBuilder::TypeName(P::TypeNameContext* c) {
  if (!c) return ExprId();
  auto ids = c->IDENTIFIER();
  if (ids.empty()) return Bad(StartPos(c));
  ExprId x = Name(ids[0]);
  if (ids.size() > 1 && c->DOT()) {
    x = f_.AddExpr(PosOf(c->DOT()), ast::SelectorExpr{x, Name(ids[1])});
  }
  if (auto* targs = c->typeArgs()) {
    Unsupported(targs);
    std::vector<ExprId> args;
    if (auto* e = targs->expression()) args.push_back(Expr(e));
    for (auto* t : targs->type_()) args.push_back(Type(t));
    x = f_.AddExpr(StartPos(targs), ast::IndexExpr{x, List(args)});
  }
  return x;
}

ExprId AstBuilder::TypeLit(P::TypeLitContext* c) {
  if (auto* t = c->arrayType()) return ArrayType(t);
  if (auto* t = c->sliceType()) return SliceType(t);
  if (auto* t = c->structType()) return StructType(t);
  if (auto* t = c->pointerType()) {
    return f_.AddExpr(PosOf(t->MUL()),
                      ast::Operation{ast::Operator::kMul, Type(t->type_()), ExprId()});
  }
  if (auto* t = c->functionType()) {
    return t->signature() ? FuncTypeOf(t->signature(), StartPos(t->signature())) : Bad(StartPos(t));
  }
  if (auto* t = c->interfaceType()) return InterfaceType(t);
  if (auto* t = c->mapType()) return MapType(t);
  if (auto* t = c->channelType()) {
    bool arrow_first = t->children.size() > 0 && TokenType(t->children[0]) == GoLexer::ARROW;
    return ChanType(t->CHAN(), t->ARROW(), arrow_first, t->type_(), t);
  }
  return Bad(StartPos(c));
}

ExprId AstBuilder::ArrayType(P::ArrayTypeContext* c) {
  ast::ArrayType t;
  if (c->ELLIPSIS()) {
    t.dots = true;
  } else {
    t.len = Expr(c->expression());
  }
  t.elem = Type(c->type_());
  return f_.AddExpr(PosOf(c->LBRACK()), t);
}

ExprId AstBuilder::SliceType(P::SliceTypeContext* c) {
  return f_.AddExpr(PosOf(c->LBRACK()), ast::SliceType{Type(c->type_())});
}

ExprId AstBuilder::StructType(P::StructTypeContext* c) {
  std::vector<FieldId> fields;
  for (auto* fd : c->fieldDecl()) {
    if (fd->BAD()) continue;  // gc's fieldDecl added nothing
    ExprId tag = Lit(fd->basicLit());
    if (auto* emb = fd->embeddedField()) {
      Pos pos = StartPos(fd);
      ExprId typ = TypeName(emb->typeName());
      auto muls = emb->MUL();
      if (emb->LPAREN()) {
        // gc: "cannot parenthesize embedded type", at the "(".
        SyntaxErr(PosOf(emb->LPAREN()), "cannot parenthesize embedded type", At(emb->LPAREN()));
      }
      // The pointer, if any: "*T", "*(T)" or "(*T)".
      if (!muls.empty()) {
        typ = f_.AddExpr(PosOf(muls[0]), ast::Operation{ast::Operator::kMul, typ, ExprId()});
      }
      fields.push_back(f_.AddField({pos, ExprId(), typ, tag}));
      continue;
    }
    ExprId typ = Type(fd->type_());
    for (ExprId name : IdentifierList(fd->identifierList())) {
      fields.push_back(f_.AddField({f_.PosOf(name), name, typ, tag}));
    }
  }
  return f_.AddExpr(PosOf(c->STRUCT()), ast::StructType{f_.AddFieldList(fields)});
}

ExprId AstBuilder::InterfaceType(P::InterfaceTypeContext* c) {
  std::vector<FieldId> methods;
  for (auto* e : c->interfaceElem()) {
    if (auto* id = e->IDENTIFIER()) {
      ExprId name = Name(id);
      ExprId typ =
          e->signature() ? FuncTypeOf(e->signature(), StartPos(e->signature())) : Bad(PosOf(id));
      methods.push_back(f_.AddField({f_.PosOf(name), name, typ, ExprId()}));
    } else if (auto* te = e->typeElem()) {
      if (!te->TILDE().empty() || !te->OR().empty()) Unsupported(te);
      auto types = te->type_();
      ExprId typ = types.empty() ? Bad(StartPos(te)) : Type(types[0]);
      methods.push_back(f_.AddField({StartPos(te), ExprId(), typ, ExprId()}));
    }
  }
  return f_.AddExpr(PosOf(c->INTERFACE()), ast::InterfaceType{f_.AddFieldList(methods)});
}

ExprId AstBuilder::MapType(P::MapTypeContext* c) {
  auto types = c->type_();
  ExprId key = types.size() > 0 ? Type(types[0]) : ExprId();
  ExprId value = types.size() > 1 ? Type(types[1]) : ExprId();
  return f_.AddExpr(PosOf(c->MAP()), ast::MapType{key, value});
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
  t.params = f_.AddFieldList(Params(c->parameters()));
  if (auto* r = c->result()) {
    if (auto* ps = r->parameters()) {
      t.results = f_.AddFieldList(Params(ps));
    } else {
      ExprId typ = r->typeName() ? TypeName(r->typeName()) : TypeLit(r->typeLit());
      t.results = f_.AddFieldList({f_.AddField({StartPos(r), ExprId(), typ, ExprId()})});
    }
  }
  return f_.AddExpr(pos, t);
}

ExprId AstBuilder::NonNameType(P::NonNameTypeContext* c) {
  if (auto* l = c->typeLit()) return TypeLit(l);
  return Type(c->type_());
}

std::vector<FieldId> AstBuilder::Params(P::ParametersContext* c) {
  std::vector<FieldId> out;
  if (!c) return out;
  struct Par {
    Pos pos;
    ExprId name, type;
  };
  std::vector<Par> list;
  for (auto* pd : c->parameterDecl()) {
    if (pd->BAD()) continue;  // gc's paramDeclOrNil returned nil
    Par par;
    par.pos = StartPos(pd);
    auto ids = pd->IDENTIFIER();
    if (pd->ELLIPSIS()) {
      if (!ids.empty()) par.name = Name(ids[0]);
      ExprId elem = Type(pd->type_());
      if (!elem.Valid()) {
        // gc: "... is missing type", at the token after "...".
        SyntaxErr(GcNext(pd).pos, "... is missing type", AfterTime(pd));
        elem = Bad(After(pd).pos);
      }
      par.type = f_.AddExpr(PosOf(pd->ELLIPSIS()), ast::DotsType{elem});
    } else if (auto* nn = pd->nonNameType()) {
      par.type = NonNameType(nn);
    } else if (auto* t = pd->type_()) {
      par.name = Name(ids[0]);
      par.type = Type(t);
    } else if (!ids.empty()) {
      ExprId x = Name(ids[0]);
      if (ids.size() > 1 && pd->DOT()) {
        par.type = f_.AddExpr(PosOf(pd->DOT()), ast::SelectorExpr{x, Name(ids[1])});
      } else {
        par.name = x;
      }
      if (auto* targs = pd->typeArgs()) {
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
  for (auto* e : c->expression()) elems.push_back(Expr(e));
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
  if (auto* u = c->unaryExpr()) return Unary(u);
  auto operands = c->expression();
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
  if (auto* p = c->primaryExpr()) return Primary(p);
  if (!c->op) return Bad(StartPos(c));
  const Token& op = Tok(c->op);
  ExprId x = Unary(c->unaryExpr());
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
    if (auto* op = dynamic_cast<P::OperandContext*>(child)) {
      x = Operand(op);
    } else if (auto* s = dynamic_cast<P::PrimarySuffixContext*>(child)) {
      x = Suffix(x, s);
    } else if (auto* lv = dynamic_cast<P::LiteralValueContext*>(child)) {
      x = LiteralValue(x, lv);
    }
  }
  if (!x.Valid()) x = Bad(StartPos(c));
  return x;
}

ExprId AstBuilder::Operand(P::OperandContext* c) {
  if (auto* bad = c->BAD()) return Bad(PosOf(bad));
  if (auto* id = c->IDENTIFIER()) return Name(id);
  if (auto* lit = c->basicLit()) return Lit(lit);
  if (auto* e = c->expression()) {
    ExprId x = Expr(e);
    return f_.AddExpr(PosOf(c->LPAREN()), ast::ParenExpr{x});
  }
  if (auto* fn = c->FUNC()) {
    ExprId typ = FuncTypeOf(c->signature(), c->signature() ? StartPos(c->signature()) : PosOf(fn));
    if (auto* body = c->block()) return f_.AddExpr(PosOf(fn), ast::FuncLit{typ, Block(body)});
    return typ;
  }
  if (auto* t = c->arrayType()) return ArrayType(t);
  if (auto* t = c->sliceType()) return SliceType(t);
  if (auto* t = c->structType()) return StructType(t);
  if (auto* t = c->mapType()) return MapType(t);
  if (auto* t = c->interfaceType()) return InterfaceType(t);
  if (auto* ch = c->CHAN()) return ChanType(ch, c->ARROW(), false, c->type_(), c);
  return Bad(StartPos(c));
}

ExprId AstBuilder::Suffix(ExprId x, P::PrimarySuffixContext* c) {
  if (!x.Valid()) x = Bad(StartPos(c));
  if (auto* dot = c->DOT()) {
    Pos pos = PosOf(dot);
    if (auto* id = c->IDENTIFIER()) return f_.AddExpr(pos, ast::SelectorExpr{x, Name(id)});
    if (c->TYPE()) return f_.AddExpr(pos, ast::TypeSwitchGuard{ExprId(), x});
    return f_.AddExpr(pos, ast::AssertExpr{x, Type(c->type_())});
  }
  if (auto* args = c->arguments()) {
    std::vector<ExprId> list;
    for (auto* e : args->expression()) list.push_back(Expr(e));
    ast::CallExpr call{x, f_.AddExprList(list), args->ELLIPSIS() != nullptr};
    return f_.AddExpr(PosOf(args->LPAREN()), call);
  }
  Pos pos = PosOf(c->LBRACK());
  auto* ios = c->indexOrSlice();
  if (!ios) return f_.AddExpr(pos, ast::IndexExpr{x, Bad(pos)});
  ExprId first = Expr(ios->expression());
  if (auto* tail = ios->sliceTail()) {
    ast::SliceExpr s;
    s.x = x;
    s.lo = first;
    auto exprs = tail->expression();
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
      } else if (dynamic_cast<P::ExpressionContext*>(ch)) {
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
  auto types = ios->type_();
  if (!types.empty() || !ios->COMMA().empty()) {
    Unsupported(c);
    std::vector<ExprId> elems{first};
    for (auto* t : types) elems.push_back(Type(t));
    return f_.AddExpr(pos, ast::IndexExpr{x, List(elems)});
  }
  return f_.AddExpr(pos, ast::IndexExpr{x, first});
}

ExprId AstBuilder::ElementValue(P::ElementValueContext* c) {
  if (!c) return ExprId();
  if (auto* lv = c->literalValue()) return LiteralValue(ExprId(), lv);
  return Expr(c->expression());
}

ExprId AstBuilder::LiteralValue(ExprId type, P::LiteralValueContext* c) {
  Pos pos = PosOf(c->LBRACE());
  if (f_.TryGet<ast::ParenExpr>(type)) {
    SyntaxErr(pos, "cannot parenthesize type in composite literal", At(c->LBRACE()));
  }
  ast::CompositeLit lit;
  lit.type = type;
  std::vector<ExprId> elems;
  for (auto* el : c->element()) {
    auto values = el->elementValue();
    ExprId first = values.size() > 0 ? ElementValue(values[0]) : ExprId();
    if (auto* colon = el->COLON()) {
      ExprId value = values.size() > 1 ? ElementValue(values[1]) : Bad(After(el).pos);
      elems.push_back(f_.AddExpr(PosOf(colon), ast::KeyValueExpr{first, value}));
      ++lit.num_keys;
    } else if (first.Valid()) {
      elems.push_back(first);
    }
  }
  lit.elems = f_.AddExprList(elems);
  if (auto* rb = c->RBRACE()) lit.rbrace = PosOf(rb);
  return f_.AddExpr(pos, lit);
}

// ------------------------------------------------------------- Statements

StmtId AstBuilder::Block(P::BlockContext* c) {
  if (!c) return StmtId();
  ast::BlockStmt b;
  b.list = f_.AddStmtList(StatementList(c->statementList()));
  if (auto* rb = c->RBRACE()) b.rbrace = PosOf(rb);
  return f_.AddStmt(PosOf(c->LBRACE()), b);
}

std::vector<StmtId> AstBuilder::StatementList(P::StatementListContext* c) {
  std::vector<StmtId> out;
  if (!c) return out;
  if (!c->children.empty()) {
    // gc's stmtList wants ";" after a statement unless "}" follows; before
    // "case" or "default" it complains (and its recovery skips nothing).
    auto* last = dynamic_cast<P::StatementContext*>(c->children.back());
    const Token& next = After(c);
    bool bare_label = last && last->labeledStmt() && !last->labeledStmt()->statement();
    if (last && !bare_label && !next.is_virtual &&
        (next.type == GoLexer::CASE || next.type == GoLexer::DEFAULT)) {
      SyntaxErr(next.pos, "unexpected " + GcTokenString(next) + " at end of statement",
                {next.orig, 2, 0, 0, 0});
    }
  }
  bool need_stmt = true;  // an empty statement between consecutive semicolons
  for (ParseTree* child : c->children) {
    if (auto* s = dynamic_cast<P::StatementContext*>(child)) {
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
  if (auto* d = c->declStmt()) {
    std::vector<ast::DeclId> ids;
    if (auto* x = d->constDecl()) ids = ConstDecl(x);
    if (auto* x = d->typeDecl()) ids = TypeDecl(x);
    if (auto* x = d->varDecl()) ids = VarDecl(x);
    return f_.AddStmt(StartPos(d), ast::DeclStmt{f_.AddDeclList(ids)});
  }
  if (auto* l = c->labeledStmt()) return Labeled(l);
  if (auto* s = c->simpleStmt()) return Simple(s, "");
  if (auto* g = c->goStmt()) return CallStmt(g, true);
  if (auto* d = c->deferStmt()) return CallStmt(d, false);
  if (auto* r = c->returnStmt()) {
    return f_.AddStmt(PosOf(r->RETURN()), ast::ReturnStmt{ExprList(r->expressionList())});
  }
  if (auto* b = c->breakStmt()) {
    return f_.AddStmt(PosOf(b->BREAK()),
                      ast::BranchStmt{ast::BranchKind::kBreak, Name(b->IDENTIFIER())});
  }
  if (auto* b = c->continueStmt()) {
    return f_.AddStmt(PosOf(b->CONTINUE()),
                      ast::BranchStmt{ast::BranchKind::kContinue, Name(b->IDENTIFIER())});
  }
  if (auto* b = c->gotoStmt()) {
    return f_.AddStmt(PosOf(b->GOTO()),
                      ast::BranchStmt{ast::BranchKind::kGoto, Name(b->IDENTIFIER())});
  }
  if (auto* b = c->fallthroughStmt()) {
    return f_.AddStmt(PosOf(b->FALLTHROUGH()),
                      ast::BranchStmt{ast::BranchKind::kFallthrough, ExprId()});
  }
  if (auto* b = c->block()) return Block(b);
  if (auto* s = c->ifStmt()) return If(s);
  if (auto* s = c->switchStmt()) return Switch(s);
  if (auto* s = c->selectStmt()) return Select(s);
  if (auto* s = c->forStmt()) return For(s);
  return StmtId();
}

StmtId AstBuilder::Labeled(P::LabeledStmtContext* c) {
  Pos colon = PosOf(c->COLON());
  ast::LabeledStmt l;
  l.label = Name(c->IDENTIFIER());
  if (auto* s = c->statement()) {
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
  if (auto* r = c->RANGE(); r && !c->expressionList()) {
    // "range x" (no LHS): only in for headers.
    return f_.AddStmt(PosOf(r), ast::RangeClause{ExprId(), false, Expr(c->expression())});
  }
  auto* list = c->expressionList();
  ExprId lhs = ExprList(list);
  bool is_list = list && list->expression().size() > 1;
  auto* tail = c->simpleStmtTail();
  if (!tail) {
    if (is_list) {
      // Unless recovery.cpp has reported it.
      if (!reported_.count(Tok(list->expression().back()->getStop()).orig)) {
        SyntaxErr(GcNext(c).pos,
                  "unexpected " + GcTokenString(GcNext(c)) + ", expecting := or = or comma",
                  AfterTime(c));
      }
      lhs = f_.ListElems(lhs)[0];
    }
    return f_.AddStmt(f_.PosOf(lhs), ast::ExprStmt{lhs});
  }
  Pos op_pos = StartPos(tail);
  if (auto* aop = tail->assignOp()) {
    if (is_list) {
      SyntaxErr(op_pos,
                "unexpected " + Tok(aop->getStart()).text.str() + ", expecting := or = or comma",
                At(Tok(aop->getStart())));
    }
    return f_.AddStmt(op_pos, ast::AssignStmt{AssignOperator(Tok(aop->getStart()).type), lhs,
                                              Expr(tail->expression())});
  }
  if (tail->INC() || tail->DEC()) {
    if (is_list) {
      SyntaxErr(op_pos,
                "unexpected " + Tok(tail->getStart()).text.str() + ", expecting := or = or comma",
                At(Tok(tail->getStart())));
    }
    return f_.AddStmt(
        op_pos,
        ast::AssignStmt{tail->INC() ? ast::Operator::kAdd : ast::Operator::kSub, lhs, ExprId()});
  }
  if (tail->ARROW()) {
    if (is_list) {
      SyntaxErr(op_pos, "unexpected <-, expecting := or = or comma", At(Tok(tail->getStart())));
    }
    return f_.AddStmt(op_pos, ast::SendStmt{lhs, Expr(tail->expression())});
  }
  bool def = tail->DEFINE() != nullptr;
  if (auto* r = tail->RANGE()) {
    // The grammar admits "range" only in for headers (rangeOk).
    return f_.AddStmt(PosOf(r), ast::RangeClause{lhs, def, Expr(tail->expression())});
  }
  ExprId rhs = ExprList(tail->expressionList());
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
  auto* pe = is_go ? static_cast<P::GoStmtContext*>(c)->primaryExpr()
                   : static_cast<P::DeferStmtContext*>(c)->primaryExpr();
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
    } else if (auto* ss = dynamic_cast<P::SimpleStmtContext*>(ch)) {
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
  auto* block = c->block();
  const Token& after = block ? Tok(block->getStart()) : After(c);
  HeaderParts h = Header(c->header(), "if", after);
  n.init = h.init;
  n.cond = h.cond;
  n.then = Block(block);
  if (auto* e = c->elseBranch()) {
    if (auto* nested = e->ifStmt()) n.els = If(nested);
    if (auto* b = e->block()) n.els = Block(b);
  }
  return f_.AddStmt(PosOf(c->IF()), n);
}

StmtId AstBuilder::For(P::ForStmtContext* c) {
  ast::ForStmt n;
  auto* block = c->block();
  const Token& after = block ? Tok(block->getStart()) : After(c);
  HeaderParts h = Header(c->forHeader(), "for", after);
  n.init = h.init;
  n.cond = h.cond;
  n.post = h.post;
  n.body = Block(block);
  return f_.AddStmt(PosOf(c->FOR()), n);
}

StmtId AstBuilder::Switch(P::SwitchStmtContext* c) {
  ast::SwitchStmt n;
  const Token& after = c->LBRACE() ? Tok(c->LBRACE()) : After(c);
  HeaderParts h = Header(c->header(), "switch", after);
  n.init = h.init;
  n.tag = h.cond;
  std::vector<StmtId> clauses;
  for (auto* cc : c->caseClause()) {
    ast::CaseClause cl;
    Pos pos = cc->CASE() ? PosOf(cc->CASE()) : cc->DEFAULT() ? PosOf(cc->DEFAULT()) : StartPos(cc);
    cl.cases = ExprList(cc->expressionList());
    if (auto* colon = cc->COLON()) cl.colon = PosOf(colon);
    cl.body = f_.AddStmtList(StatementList(cc->statementList()));
    clauses.push_back(f_.AddStmt(pos, cl));
  }
  n.body = f_.AddStmtList(clauses);
  if (auto* rb = c->RBRACE()) n.rbrace = PosOf(rb);
  return f_.AddStmt(PosOf(c->SWITCH()), n);
}

StmtId AstBuilder::Select(P::SelectStmtContext* c) {
  ast::SelectStmt n;
  std::vector<StmtId> clauses;
  for (auto* cc : c->commClause()) {
    ast::CommClause cl;
    Pos pos = cc->CASE() ? PosOf(cc->CASE()) : cc->DEFAULT() ? PosOf(cc->DEFAULT()) : StartPos(cc);
    cl.comm = Simple(cc->simpleStmt(), "");
    if (auto* colon = cc->COLON()) cl.colon = PosOf(colon);
    cl.body = f_.AddStmtList(StatementList(cc->statementList()));
    clauses.push_back(f_.AddStmt(pos, cl));
  }
  n.body = f_.AddStmtList(clauses);
  if (auto* rb = c->RBRACE()) n.rbrace = PosOf(rb);
  return f_.AddStmt(PosOf(c->SELECT()), n);
}

}  // namespace

std::unique_ptr<ast::File> BuildAst(GoParser::SourceFileContext* tree, const TokenList& tokens,
                                    const TokenList& original, uint32_t file_index,
                                    ast::Context& ctx, std::vector<TimedDiag>& diags,
                                    const std::vector<antlr4::ParserRuleContext*>& unfinished,
                                    const ReportedLists& reported) {
  if (!tree || !tree->packageClause() || !tree->packageClause()->IDENTIFIER()) return nullptr;
  auto file = std::make_unique<ast::File>(file_index);
  AstBuilder(tokens, original, *file, ctx, diags, unfinished, reported).BuildFile(tree);
  return file;
}

}  // namespace goescape::parse
