// recovery.cpp: gc's syntax error messages and gc's error recovery.
//
// Algorithm
//   When the grammar cannot continue, the parser's state — the rule it was
//   in, what that rule had matched, the offending token — tells which of
//   gc's parse functions (cmd/compile/internal/syntax/parser.go) fails at
//   that token: the grammar's rules mirror those functions. AnalyzeFailure
//   returns what that function reports there (its message, with gc's
//   wording and position) and what it does next, expressed as edits of the
//   token list after which the grammar continues exactly as gc's parser
//   does. gc's recoveries come in a few shapes, each an edit at the failing
//   token i:
//     want(tok)            gc skips token i and carries on as if tok had been
//                          there: i is replaced by a virtual tok (inserted
//                          before EOF, which want never skips);
//     advance(followlist)  gc skips to the first token j in the followlist
//                          (plus the statement keywords of gc's stopset inside
//                          function bodies, and EOF): [i, j) is replaced by
//                          what gc's function builds instead — a virtual BAD
//                          token where gc makes a BadExpr or returns nil (the
//                          grammar accepts BAD there), the list's closing
//                          token where gc's list() returns without it, a
//                          virtual ";" where a statement or declaration list
//                          goes on without one, a "{" where gc's blockStmt or
//                          switch goes on without one, a "default" where gc's
//                          caseClause goes on without "case" or "default";
//     name()               gc skips one token and makes the name "_".
//   A few errors are followed at once by a second one (the same token, or
//   the token the recovery stopped at) that gc reports before the grammar
//   could fail again; those are returned together.
//
// Invariants: virtual tokens take the position (and orig index) of the token
// gc's parser was at when it recovered, so messages and TimeKeys computed
// later are gc's. Edits are disjoint and ordered.
//
// Limits: errors inside type parameter and type argument lists (generics,
// which goescape rejects anyway) follow the grammar's rules, not gc's
// paramList, and may differ from gc's.
#include <algorithm>
#include <cstdlib>

#include "frontend/parse/parser_internal.h"

namespace goescape::parse {
namespace {

using antlr4::ParserRuleContext;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;
using P = GoParser;

size_t TokenType(ParseTree* t) {
  if (auto* tn = dynamic_cast<TerminalNode*>(t)) return tn->getSymbol()->getType();
  return 0;
}

template <typename T>
T* As(ParseTree* t) {
  return dynamic_cast<T*>(t);
}

ParseTree* LastChild(ParserRuleContext* c) {
  return c->children.empty() ? nullptr : c->children.back();
}

/// Parent is c's parent context: in a tree the parser built, the parent of
/// a rule context is always a rule context (no RTTI needed: walks up deep
/// trees are frequent in error recovery).
ParserRuleContext* Parent(ParserRuleContext* c) {
  return c ? static_cast<ParserRuleContext*>(c->parent) : nullptr;
}

/// IsGcOperator reports whether type is in gc's _Operator token class (the
/// operators other than "*", "<-", assignments and ++/--).
bool IsGcOperator(size_t type) {
  switch (type) {
    case GoLexer::LOR:
    case GoLexer::LAND:
    case GoLexer::EQL:
    case GoLexer::NEQ:
    case GoLexer::LSS:
    case GoLexer::LEQ:
    case GoLexer::GTR:
    case GoLexer::GEQ:
    case GoLexer::ADD:
    case GoLexer::SUB:
    case GoLexer::OR:
    case GoLexer::XOR:
    case GoLexer::QUO:
    case GoLexer::REM:
    case GoLexer::AND:
    case GoLexer::AND_NOT:
    case GoLexer::SHL:
    case GoLexer::SHR:
    case GoLexer::NOT:
    case GoLexer::TILDE:
      return true;
    default:
      return false;
  }
}

/// kOperatorClass stands for gc's whole _Operator class in a followlist.
constexpr size_t kOperatorClass = ~size_t{0};

/// HeaderShape is an if/for/switch header split as gc's parser.header sees
/// it: [var] [s0] [; [s1] [; [s2]]].
struct HeaderShape {
  bool empty = true;
  bool range = false;  // s0 is a range clause
  bool s[3] = {false, false, false};
  antlr4::Token* semi[2] = {nullptr, nullptr};
};

HeaderShape ShapeOf(ParserRuleContext* h) {
  HeaderShape out;
  if (!h) return out;
  int part = 0;
  for (ParseTree* ch : h->children) {
    out.empty = false;
    if (TokenType(ch) == GoLexer::SEMI) {
      if (part < 2) out.semi[part] = static_cast<TerminalNode*>(ch)->getSymbol();
      ++part;
    } else if (auto* ss = As<P::SimpleStmtContext>(ch); ss && part <= 2) {
      out.s[part] = true;
      if (part == 0 && (ss->RANGE() || (ss->simpleStmtTail() && ss->simpleStmtTail()->RANGE()))) {
        out.range = true;
      }
    }
  }
  return out;
}

/// Analyzer computes one ParseFailure.
class Analyzer {
 public:
  Analyzer(GcParser& parser, ParserRuleContext* ctx, antlr4::Token* offending,
           const TokenList& toks, const ReportedLists& reported)
      : parser_(parser),
        ctx_(ctx),
        toks_(toks),
        reported_(reported),
        i_(offending->getTokenIndex()),
        t_(toks.tokens[i_]) {}

  ParseFailure Run();

 private:
  static bool InFunction(ParserRuleContext* c) {
    for (; c; c = Parent(c)) {
      if (c->getRuleIndex() == P::RuleBlock) return true;
    }
    return false;
  }
  size_t Type(size_t i) const { return toks_.tokens[i].type; }
  bool AtEof() const { return t_.type == antlr4::Token::EOF; }
  size_t IndexOf(ParseTree* t) const {
    return static_cast<TerminalNode*>(t)->getSymbol()->getTokenIndex();
  }

  // ---- messages
  void ErrorAt(size_t at, std::string msg) {
    out_.errors.push_back({toks_.tokens[at].pos, std::move(msg), at});
  }
  void Unexpected(const std::string& rest) {
    ErrorAt(i_, "unexpected " + GcTokenString(t_) + rest);
  }
  void Expect(const std::string& what) { Unexpected(", expecting " + what); }
  void Plain(const std::string& msg) {
    if (out_.errors.empty()) out_.plain = true;
    ErrorAt(i_, msg);
  }

  // ---- recoveries
  /// Skip is gc's advance(followlist...) from token `from`: the index of the
  /// first token in the followlist, the stopset (inside function bodies) or
  /// EOF.
  size_t Skip(size_t from, std::initializer_list<size_t> follow) const {
    size_t j = from;
    for (; j < toks_.tokens.size(); ++j) {
      size_t type = Type(j);
      if (type == antlr4::Token::EOF) break;
      if (IsStopset(type) && InFunc()) break;
      bool hit = false;
      for (size_t f : follow) {
        if (f == type || (f == kOperatorClass && IsGcOperator(type))) hit = true;
      }
      if (hit) break;
    }
    return std::min(j, toks_.tokens.size() - 1);
  }
  void Replace(size_t begin, size_t end, std::vector<size_t> insert) {
    out_.edits.push_back({begin, end, std::move(insert)});
  }
  /// Want is gc's want(tok) failing at the current token.
  void Want(size_t type) { Replace(i_, AtEof() ? i_ : i_ + 1, {type}); }
  /// SkipOneForName is gc's name() failing: one token is skipped and the
  /// name is "_".
  void SkipOneForName() { Replace(i_, AtEof() ? i_ : i_ + 1, {GoLexer::IDENTIFIER}); }
  /// OperandRecovery is gc's operand() at a token no operand starts with.
  void OperandRecovery() {
    Expect("expression");
    Replace(i_, Skip(i_, {GoLexer::RPAREN, GoLexer::RBRACK, GoLexer::RBRACE}), {GoLexer::BAD});
  }
  /// TypeRecovery is gc's type_() at a token no type starts with.
  void TypeRecovery() {
    Expect("type");
    Replace(i_,
            Skip(i_, {GoLexer::COMMA, GoLexer::COLON, GoLexer::SEMI, GoLexer::RPAREN,
                      GoLexer::RBRACK, GoLexer::RBRACE}),
            {GoLexer::BAD});
  }
  /// ListRecovery is gc's list(): after an element, neither the separator
  /// nor the closing token.
  void ListRecovery(const std::string& context, size_t close) {
    Unexpected(" in " + context);
    size_t j = Skip(i_, {GoLexer::RPAREN, GoLexer::RBRACK, GoLexer::RBRACE});
    if (Type(j) == close) {
      Replace(i_, j, {});
    } else {
      Replace(i_, j, {close});
    }
  }
  /// BlockRecovery is gc's blockStmt(context) without its "{".
  void BlockRecovery(const std::string& context) {
    Expect("{ after " + context);
    Replace(i_, Skip(i_, {GoLexer::IDENTIFIER, GoLexer::RBRACE}), {GoLexer::LBRACE});
  }
  /// ClausesRecovery is gc's "missing { after switch/select clause".
  void ClausesRecovery(const std::string& keyword) {
    Plain("missing { after " + keyword + " clause");
    Replace(i_, Skip(i_, {GoLexer::CASE, GoLexer::DEFAULT, GoLexer::RBRACE}), {GoLexer::LBRACE});
  }
  /// ClauseStart is gc's caseClause/commClause at a token that is neither
  /// case, default nor "}".
  void ClauseStart() {
    Expect("case or default or }");
    Replace(i_, Skip(i_, {GoLexer::COLON, GoLexer::CASE, GoLexer::DEFAULT, GoLexer::RBRACE}),
            {GoLexer::DEFAULT});
  }
  /// IndexColonRecovery is gc's pexpr after x[i when neither ",", ":" nor
  /// "]" follows: "expecting comma, : or ]", skip to one of them, and go on
  /// with a slice expression.
  void IndexColonRecovery() {
    Expect("comma, : or ]");
    // gc does not consume a ":" it stops at: that one is the slice's second.
    size_t j = Skip(i_, {GoLexer::COMMA, GoLexer::COLON, GoLexer::RBRACK});
    Replace(i_, j, {GoLexer::COLON});
    size_t type = Type(j);
    if (type != GoLexer::COLON && type != GoLexer::RBRACK && type != antlr4::Token::EOF) {
      // gc parses the high bound at j: an operand error there.
      ErrorAt(j, "unexpected " + GcTokenString(toks_.tokens[j]) + ", expecting expression");
      Replace(j, Skip(j, {GoLexer::RPAREN, GoLexer::RBRACK, GoLexer::RBRACE}), {GoLexer::BAD});
    }
  }

  // ---- analysis helpers
  bool AtElementStart(ParserRuleContext* c, size_t open, size_t sep) const;
  bool EndsWithStatement(P::StatementListContext* list, bool* label) const;
  void SourceFile(ParseTree* last);
  void StatementListEnd(P::StatementListContext* list, bool in_clause);
  void HeaderBlock(llvm::StringRef keyword, ParserRuleContext* header);
  void Fallback();

  /// BareList reports whether simple statement s is a list with neither =
  /// nor := whose error is not reported yet, and if so records it.
  bool BareList(P::SimpleStmtContext* s) {
    if (!s || s->simpleStmtTail() || !s->expressionList() ||
        s->expressionList()->expression().size() < 2) {
      return false;
    }
    P::ExpressionContext* last = s->expressionList()->expression().back();
    if (!last->getStop()) return false;
    uint32_t end = toks_.tokens[last->getStop()->getTokenIndex()].orig;
    if (reported_.count(end)) return false;
    out_.reported_lists.push_back(end);
    return true;
  }

  GcParser& parser_;
  ParserRuleContext* ctx_;
  const TokenList& toks_;
  const ReportedLists& reported_;
  size_t i_;
  const Token& t_;
  /// InFunc is InFunction(ctx_), computed once when needed: it walks up to
  /// the root, and most failures in deeply nested input never ask.
  bool InFunc() const {
    if (in_func_ < 0) in_func_ = InFunction(ctx_) ? 1 : 0;
    return in_func_ == 1;
  }
  mutable int in_func_ = -1;
  ParseFailure out_;
};

/// AtElementStart reports whether a list rule (open elem (sep elem)* close)
/// failed at the start of an element: right after the opening token or a
/// separator, or (when prediction looked past a separator) at a token after
/// the separator that follows the last element.
bool Analyzer::AtElementStart(ParserRuleContext* c, size_t open, size_t sep) const {
  ParseTree* last = LastChild(c);
  if (!last) return true;
  size_t lt = TokenType(last);
  if (lt == open || lt == sep) return true;
  auto* rc = dynamic_cast<ParserRuleContext*>(last);
  if (!rc || !rc->getStop()) return false;
  size_t next = rc->getStop()->getTokenIndex() + 1;
  return next < toks_.tokens.size() && Type(next) == sep && i_ > next;
}

/// EndsWithStatement reports whether a statement list ends with a statement
/// not followed by a semicolon (gc's "at end of statement" case); *label is
/// set if that statement is a label without statement.
bool Analyzer::EndsWithStatement(P::StatementListContext* list, bool* label) const {
  *label = false;
  if (!list || list->children.empty()) return false;
  auto* s = As<P::StatementContext>(list->children.back());
  if (!s) return false;
  if (auto* l = s->labeledStmt(); l && !l->statement() && l->COLON()) *label = true;
  return true;
}

/// LastDeclIsBodylessFunc is gc's isEmptyFuncDecl(f.DeclList[len-1]) for
/// the declarations parsed so far.
bool LastDeclIsBodylessFunc(ParserRuleContext* file) {
  bool bodyless = false;
  for (ParseTree* ch : file->children) {
    if (auto* imp = As<P::ImportDeclContext>(ch)) {
      if (!imp->importSpec().empty()) bodyless = false;
    } else if (auto* d = As<P::TopLevelDeclContext>(ch)) {
      if (auto* f = d->funcDecl()) {
        if (f->IDENTIFIER()) bodyless = f->block() == nullptr;
      } else if (auto* c = d->constDecl()) {
        if (!c->constSpec().empty()) bodyless = false;
      } else if (auto* t = d->typeDecl()) {
        if (!t->typeSpec().empty()) bodyless = false;
      } else if (auto* v = d->varDecl()) {
        if (!v->varSpec().empty()) bodyless = false;
      }
    }
  }
  return bodyless;
}

/// SourceFile is gc's fileOrNil loop failing at the current token.
void Analyzer::SourceFile(ParseTree* last) {
  if (As<P::TopLevelDeclContext>(last)) {
    Unexpected(" after top level declaration");
    Replace(i_, Skip(i_, {GoLexer::CONST, GoLexer::TYPE, GoLexer::VAR, GoLexer::FUNC}),
            {GoLexer::SEMI});
    return;
  }
  if (As<P::ImportDeclContext>(last)) {
    Expect("semicolon or newline");
    Want(GoLexer::SEMI);
    return;
  }
  if (t_.type == GoLexer::LBRACE && LastDeclIsBodylessFunc(ctx_)) {
    // "opening { of function declaration on next line"
    Plain("unexpected semicolon or newline before {");
  } else {
    Plain("non-declaration statement outside function body");
  }
  Replace(i_, Skip(i_, {GoLexer::CONST, GoLexer::TYPE, GoLexer::VAR, GoLexer::FUNC}), {});
}

/// StatementListEnd is gc's stmtList stopping at the current token (after
/// a statement not followed by ";", or at a token no statement starts
/// with), and what the enclosing block (want "}") or clause list (next
/// caseClause) then does.
void Analyzer::StatementListEnd(P::StatementListContext* list, bool in_clause) {
  bool label = false;
  if (EndsWithStatement(list, &label) && !label) {
    auto* s = As<P::StatementContext>(list->children.back());
    while (s->labeledStmt() && s->labeledStmt()->statement()) s = s->labeledStmt()->statement();
    if (BareList(s->simpleStmt())) {
      // gc's simpleStmt: a list with neither = nor :=.
      Expect(":= or = or comma");
      size_t j = Skip(i_, {GoLexer::SEMI, GoLexer::RBRACE});
      Replace(i_, j, {GoLexer::SEMI});
      if (IsStopset(Type(j))) {
        // stmtList then finds no ";" before the keyword.
        ErrorAt(j, "unexpected " + GcTokenString(toks_.tokens[j]) + " at end of statement");
      }
      return;
    }
    Unexpected(" at end of statement");
    size_t j = Skip(i_, {GoLexer::SEMI, GoLexer::RBRACE, GoLexer::CASE, GoLexer::DEFAULT});
    Replace(i_, j,
            Type(j) == GoLexer::SEMI ? std::vector<size_t>{} : std::vector<size_t>{GoLexer::SEMI});
    return;
  }
  // A label without statement ("missing statement after label", reported by
  // the AST builder) or no statement at all: the list ends here.
  if (in_clause) {
    ClauseStart();
  } else {
    Expect("}");
    Want(GoLexer::RBRACE);
  }
}

/// HeaderBlock is gc's header() and the "{" after it, when the grammar
/// finds no "{" after an if, for or switch header.
void Analyzer::HeaderBlock(llvm::StringRef keyword, ParserRuleContext* header) {
  HeaderShape hs = ShapeOf(header);
  bool is_for = keyword == "for";
  // The simple statement just parsed may be a list with neither = nor :=:
  // gc's simpleStmt reports that first and skips to ";" or "}".
  P::SimpleStmtContext* just = nullptr;
  for (ParseTree* ch : header ? header->children : std::vector<ParseTree*>{}) {
    if (auto* ss = As<P::SimpleStmtContext>(ch)) just = ss;
  }
  if (just && LastChild(header) == just && BareList(just)) {
    Expect(":= or = or comma");
    size_t j = Skip(i_, {GoLexer::SEMI, GoLexer::RBRACE});
    if (j > i_) {
      Replace(i_, j, {});
      return;
    }
  }
  if (hs.range) {
    BlockRecovery("for clause");  // gc's header returns right after a range clause
    return;
  }
  if (hs.empty || (!hs.s[0] && !hs.semi[0])) {
    OperandRecovery();
    return;
  }
  if (!hs.semi[0]) {
    // gc's header: p.want(_Lbrace) after the init statement, which skips
    // one token, then advance(_Lbrace, _Rbrace). The virtual ";" tells the
    // AST builder that the header ended there (init, no condition).
    Expect("{");
    size_t j = AtEof() ? i_ : i_ + 1;
    if (Type(j) != GoLexer::LBRACE) j = Skip(j, {GoLexer::LBRACE, GoLexer::RBRACE});
    Replace(i_, j, {GoLexer::SEMI});
    return;
  }
  if (is_for) {
    if (!hs.s[1] && !hs.semi[1]) {
      OperandRecovery();  // the condition
    } else if (!hs.s[2]) {
      OperandRecovery();  // the post statement
    } else {
      BlockRecovery("for clause");
    }
    return;
  }
  if (!hs.s[1]) {
    OperandRecovery();  // the condition
  } else if (keyword == "if") {
    BlockRecovery("if clause");
  } else {
    ClausesRecovery("switch");
  }
}

/// Fallback: gc's want(tok) when a single token can follow; otherwise skip
/// the token.
void Analyzer::Fallback() {
  antlr4::misc::IntervalSet expected = parser_.getExpectedTokens();
  if (expected.size() == 1) {
    size_t type = expected.getMinElement();
    Expect(GcTokString(type));
    Want(type);
    return;
  }
  Unexpected("");
  if (!AtEof()) Replace(i_, i_ + 1, {});
}

ParseFailure Analyzer::Run() {
  {
    // func f[]: gc's funcType says "empty type parameter list" and skips
    // the "]" (goescape rejects type parameters anyway).
    ParserRuleContext* c = ctx_;
    while (c && (c->getRuleIndex() == P::RuleIdentifierList ||
                 c->getRuleIndex() == P::RuleTypeParamDecl)) {
      c = Parent(c);
    }
    if (c && c->getRuleIndex() == P::RuleTypeParameters && t_.type == GoLexer::RBRACK &&
        c->getStart()->getTokenIndex() + 1 == i_) {
      Plain("empty type parameter list");
      Replace(c->getStart()->getTokenIndex(), i_ + 1, {});
      return std::move(out_);
    }
  }
  ParseTree* last = LastChild(ctx_);
  size_t last_tok = TokenType(last);
  ParserRuleContext* parent = Parent(ctx_);
  size_t parent_rule = parent ? parent->getRuleIndex() : size_t(-1);
  bool at_eof = AtEof();

  switch (ctx_->getRuleIndex()) {
    case P::RuleSourceFile:
      SourceFile(last);
      break;
    case P::RulePackageClause: {
      // gc gives up after the package clause; horizon is the last token its
      // scanner has read by then.
      out_.stop = true;
      out_.package_clause = true;
      size_t last_index = toks_.tokens.size() - 1;
      if (!last) {
        Plain("package statement must be first");
        out_.horizon = i_;
      } else if (last_tok == GoLexer::PACKAGE) {
        // name() skips the token; want(_Semi) then looks at the next one.
        Expect("name");
        size_t k = std::min(AtEof() ? i_ : i_ + 1, last_index);
        if (Type(k) != GoLexer::SEMI && Type(k) != antlr4::Token::EOF) {
          ErrorAt(k, "unexpected " + GcTokenString(toks_.tokens[k]) +
                         ", expecting semicolon or newline");
        }
        out_.horizon = std::min(k + 1, last_index);
      } else {
        Expect("semicolon or newline");
        out_.horizon = std::min(i_ + 1, last_index);
      }
      break;
    }
    case P::RuleImportDecl: {
      auto* imp = static_cast<P::ImportDeclContext*>(ctx_);
      bool group = imp->LPAREN() != nullptr;
      if (group && !AtElementStart(ctx_, GoLexer::LPAREN, GoLexer::SEMI)) {
        ListRecovery("grouped declaration; possibly missing semicolon or newline or )",
                     GoLexer::RPAREN);
      } else if (group && at_eof) {
        Expect(")");  // gc's list stops at EOF and wants the close
        Want(GoLexer::RPAREN);
      } else {
        Plain("missing import path");
        Replace(i_, Skip(i_, {GoLexer::SEMI, GoLexer::RPAREN}), {GoLexer::BAD});
      }
      break;
    }
    case P::RuleImportSpec:
      Plain("missing import path");
      Replace(i_, Skip(i_, {GoLexer::SEMI, GoLexer::RPAREN}), {GoLexer::BAD});
      break;
    case P::RuleBasicLit:
      if (parent_rule == P::RuleImportSpec) {
        Plain("missing import path");
        Replace(i_, Skip(i_, {GoLexer::SEMI, GoLexer::RPAREN}), {GoLexer::BAD});
      } else {
        OperandRecovery();
      }
      break;
    case P::RuleConstDecl:
    case P::RuleTypeDecl:
    case P::RuleVarDecl: {
      bool group = ctx_->children.size() > 1 && TokenType(ctx_->children[1]) == GoLexer::LPAREN;
      if (group && !AtElementStart(ctx_, GoLexer::LPAREN, GoLexer::SEMI)) {
        ListRecovery("grouped declaration; possibly missing semicolon or newline or )",
                     GoLexer::RPAREN);
      } else if (group && at_eof) {
        Expect(")");
        Want(GoLexer::RPAREN);
      } else {
        Expect("name");
        SkipOneForName();
      }
      break;
    }
    case P::RuleIdentifierList:
      Expect("name");
      SkipOneForName();
      break;
    case P::RuleVarSpec:
      TypeRecovery();
      break;
    case P::RuleTypeSpec:
      if (!last && ctx_->getStart()->getTokenIndex() == i_) {
        Expect("name");
        SkipOneForName();
        break;
      }
      Unexpected(" in type declaration");
      Replace(i_, Skip(i_, {GoLexer::SEMI, GoLexer::RPAREN}), {GoLexer::BAD});
      break;
    case P::RuleFuncDecl:
      if (static_cast<P::FuncDeclContext*>(ctx_)->IDENTIFIER()) {
        Fallback();
        break;
      }
      Expect("name or (");
      Replace(i_, Skip(i_, {GoLexer::LBRACE, GoLexer::SEMI}), {GoLexer::BAD});
      break;
    case P::RuleSignature:
      Expect("(");
      Want(GoLexer::LPAREN);
      break;
    case P::RuleParameters:
      if (!last) {
        Expect("(");
        Want(GoLexer::LPAREN);
      } else if (!AtElementStart(ctx_, GoLexer::LPAREN, GoLexer::COMMA)) {
        ListRecovery("parameter list; possibly missing comma or )", GoLexer::RPAREN);
      } else if (at_eof) {
        Expect(")");
        Want(GoLexer::RPAREN);
      } else {
        // gc's paramDeclOrNil returns nil.
        Expect(")");
        Replace(i_, Skip(i_, {GoLexer::COMMA, GoLexer::RPAREN}), {GoLexer::BAD});
      }
      break;
    case P::RuleParameterDecl:
      if (last_tok == GoLexer::DOT || (i_ > 0 && Type(i_ - 1) == GoLexer::DOT && !last)) {
        Expect("name");
        SkipOneForName();
      } else if (!last && ctx_->getStart()->getTokenIndex() == i_) {
        // gc's paramDeclOrNil finds nothing at all.
        Expect(")");
        Replace(i_, Skip(i_, {GoLexer::COMMA, GoLexer::RPAREN}), {GoLexer::BAD});
      } else {
        ListRecovery("parameter list; possibly missing comma or )", GoLexer::RPAREN);
      }
      break;
    case P::RuleFieldDecl:
      if (!last && ctx_->getStart()->getTokenIndex() == i_) {
        Expect("field name or embedded type");
        Replace(i_, Skip(i_, {GoLexer::SEMI, GoLexer::RBRACE}), {GoLexer::BAD});
      } else {
        TypeRecovery();  // gc's fieldDecl: names, then type_()
      }
      break;
    case P::RuleTypeName:
      Expect("name");
      if (!last) {
        // gc's qualifiedName without a name: advance(_Dot, _Semi, _Rbrace).
        Replace(i_, Skip(i_, {GoLexer::DOT, GoLexer::SEMI, GoLexer::RBRACE}),
                {GoLexer::IDENTIFIER});
      } else {
        SkipOneForName();  // after ".": gc's name()
      }
      break;
    case P::RuleType_:
    case P::RuleTypeLit:
    case P::RuleNonNameType:
    case P::RuleResult:
      if (last) {
        Expect(")");
        Want(GoLexer::RPAREN);
      } else if (parent_rule == P::RuleChannelType || parent_rule == P::RuleOperand) {
        Plain("missing channel element type");
        Replace(i_, i_, {GoLexer::BAD});
      } else if (parent_rule == P::RuleTypeSpec) {
        Unexpected(" in type declaration");
        Replace(i_, Skip(i_, {GoLexer::SEMI, GoLexer::RPAREN}), {GoLexer::BAD});
      } else {
        TypeRecovery();
      }
      break;
    case P::RuleArrayType:
      if (last_tok == GoLexer::LBRACK) {
        OperandRecovery();  // gc's arrayType parses the length with expr()
      } else if (t_.type == GoLexer::COMMA) {
        // gc skips the comma and wants "]"; BAD ends the length here.
        Plain("unexpected comma; expecting ]");
        Replace(i_, i_ + 1, {GoLexer::BAD});
      } else {
        Expect("]");
        Want(GoLexer::RBRACK);
      }
      break;
    case P::RuleMapType:
      if (last_tok == GoLexer::MAP) {
        Expect("[");
        Want(GoLexer::LBRACK);
      } else {
        Expect("]");
        Want(GoLexer::RBRACK);
      }
      break;
    case P::RuleChannelType:
      // "<-" must be followed by "chan"; after "chan" the element is missing.
      if (last_tok == GoLexer::ARROW && ctx_->children.size() == 1) {
        Expect("chan");
        Want(GoLexer::CHAN);
      } else {
        Plain("missing channel element type");
        Replace(i_, i_, {GoLexer::BAD});
      }
      break;
    case P::RuleStructType:
      if (last_tok == GoLexer::STRUCT) {
        Expect("{");
        Want(GoLexer::LBRACE);
      } else if (!AtElementStart(ctx_, GoLexer::LBRACE, GoLexer::SEMI)) {
        ListRecovery("struct type; possibly missing semicolon or newline or }", GoLexer::RBRACE);
      } else if (at_eof) {
        Expect("}");
        Want(GoLexer::RBRACE);
      } else {
        Expect("field name or embedded type");
        Replace(i_, Skip(i_, {GoLexer::SEMI, GoLexer::RBRACE}), {GoLexer::BAD});
      }
      break;
    case P::RuleEmbeddedField:
      // gc's qualifiedName without a name.
      Expect("name");
      Replace(i_, Skip(i_, {GoLexer::DOT, GoLexer::SEMI, GoLexer::RBRACE}), {GoLexer::IDENTIFIER});
      break;
    case P::RuleInterfaceType:
      if (last_tok == GoLexer::INTERFACE) {
        Expect("{");
        Want(GoLexer::LBRACE);
      } else if (!AtElementStart(ctx_, GoLexer::LBRACE, GoLexer::SEMI)) {
        ListRecovery("interface type; possibly missing semicolon or newline or }", GoLexer::RBRACE);
      } else if (at_eof) {
        Expect("}");
        Want(GoLexer::RBRACE);
      } else {
        Expect("~ term or type");
        Replace(i_,
                Skip(i_, {kOperatorClass, GoLexer::SEMI, GoLexer::RPAREN, GoLexer::RBRACK,
                          GoLexer::RBRACE}),
                {GoLexer::BAD});
      }
      break;
    case P::RuleOperand:
      if (last_tok == GoLexer::CHAN || last_tok == GoLexer::ARROW) {
        Plain("missing channel element type");
        Replace(i_, i_, {GoLexer::BAD});
      } else if (last) {
        Expect(")");
        Want(GoLexer::RPAREN);
      } else {
        OperandRecovery();
      }
      break;
    case P::RuleSimpleStmt:
    case P::RuleSimpleStmtTail: {
      auto* simple =
          As<P::SimpleStmtContext>(ctx_->getRuleIndex() == P::RuleSimpleStmt ? ctx_ : parent);
      bool list_end = ctx_->getRuleIndex() == P::RuleSimpleStmt
                          ? As<P::ExpressionListContext>(last) != nullptr
                          : last == nullptr && i_ == ctx_->getStart()->getTokenIndex();
      if (list_end && BareList(simple)) {
        // listEndOk or singleLhs failed: gc's simpleStmt skips to ";" or "}".
        Expect(":= or = or comma");
        Replace(i_, Skip(i_, {GoLexer::SEMI, GoLexer::RBRACE}), {});
      } else {
        OperandRecovery();
      }
      break;
    }
    case P::RuleExpression:
    case P::RuleUnaryExpr:
    case P::RulePrimaryExpr:
    case P::RuleExpressionList:
    case P::RuleElement:
    case P::RuleElementValue: {
      // T[]: gc's typeInstance says "expecting type" and does not skip.
      ParserRuleContext* c = ctx_;
      while (c &&
             (c->getRuleIndex() == P::RuleExpression || c->getRuleIndex() == P::RuleUnaryExpr ||
              c->getRuleIndex() == P::RulePrimaryExpr)) {
        c = Parent(c);
      }
      if (c && c->getRuleIndex() == P::RuleTypeArgs && c->children.size() == 1 &&
          t_.type == GoLexer::RBRACK) {
        Expect("type");
        Replace(i_, i_, {GoLexer::BAD});
        break;
      }
      OperandRecovery();
      break;
    }
    case P::RulePrimarySuffix: {
      bool dot_first = ctx_->getStart() && ctx_->getStart()->getType() == GoLexer::DOT;
      if (last_tok == GoLexer::DOT || (!last && dot_first)) {
        // gc: "expecting name or (", advance(_Semi, _Rparen); the "." is
        // consumed and no node is made.
        Expect("name or (");
        Replace(ctx_->getStart()->getTokenIndex(), Skip(i_, {GoLexer::SEMI, GoLexer::RPAREN}), {});
      } else if (last_tok == GoLexer::LPAREN) {
        // x.( followed by neither "type" nor a type: gc's type_().
        TypeRecovery();
      } else if (auto* ios = As<P::IndexOrSliceContext>(last)) {
        auto* tail = ios->sliceTail();
        if (tail && TokenType(LastChild(tail)) == GoLexer::COLON && t_.type != GoLexer::RBRACK &&
            t_.type != GoLexer::COLON) {
          OperandRecovery();  // gc parses an index after ":" unless ":" or "]" follows
        } else if (tail || !ios->COMMA().empty()) {
          Expect("]");  // gc: a slice, or x[a, ...]: want(_Rbrack)
          Want(GoLexer::RBRACK);
        } else {
          IndexColonRecovery();
        }
      } else {
        Expect(")");
        Want(GoLexer::RPAREN);
      }
      break;
    }
    case P::RuleIndexOrSlice:
      if (last_tok == GoLexer::COMMA ||
          (As<P::ExpressionContext>(last) && i_ > 0 && Type(i_ - 1) == GoLexer::COMMA)) {
        // x[a, ... with no type after the comma: gc's want(_Rbrack).
        Expect("]");
        Want(GoLexer::RBRACK);
      } else if (As<P::ExpressionContext>(last) || As<P::Type_Context>(last)) {
        IndexColonRecovery();
      } else if (t_.type == GoLexer::RBRACK && !last && parent) {
        // x[]: gc complains and skips "[" "]" without making a node.
        Expect("operand");
        Replace(parent->getStart()->getTokenIndex(), i_ + 1, {});
      } else {
        OperandRecovery();
      }
      break;
    case P::RuleArguments:
    case P::RuleLiteralValue: {
      bool args = ctx_->getRuleIndex() == P::RuleArguments;
      size_t close = args ? GoLexer::RPAREN : GoLexer::RBRACE;
      if (AtElementStart(ctx_, args ? GoLexer::LPAREN : GoLexer::LBRACE, GoLexer::COMMA)) {
        bool after_dots = false;
        if (last_tok == GoLexer::COMMA && ctx_->children.size() >= 2) {
          after_dots = TokenType(ctx_->children[ctx_->children.size() - 2]) == GoLexer::ELLIPSIS;
        }
        if (at_eof || after_dots) {
          Expect(args ? ")" : "}");
          Want(close);
        } else {
          OperandRecovery();
        }
      } else {
        ListRecovery(args ? "argument list; possibly missing comma or )"
                          : "composite literal; possibly missing comma or }",
                     close);
      }
      break;
    }
    case P::RuleBlock: {
      if (!last) {
        if (parent_rule == P::RuleIfStmt) {
          HeaderBlock("if", static_cast<P::IfStmtContext*>(parent)->header());
        } else if (parent_rule == P::RuleForStmt) {
          HeaderBlock("for", static_cast<P::ForStmtContext*>(parent)->forHeader());
        } else {
          Expect("{");
          Want(GoLexer::LBRACE);
        }
        break;
      }
      StatementListEnd(static_cast<P::BlockContext*>(ctx_)->statementList(), false);
      break;
    }
    case P::RuleStatementList:
      StatementListEnd(static_cast<P::StatementListContext*>(ctx_),
                       parent_rule == P::RuleCaseClause || parent_rule == P::RuleCommClause);
      break;
    case P::RuleElseBranch: {
      // gc: the "else" is consumed, the if statement ends, and gc skips to
      // a name or "}".
      Plain("else must be followed by if or statement block");
      size_t else_index = i_;
      if (parent) {
        for (ParseTree* ch : parent->children) {
          if (TokenType(ch) == GoLexer::ELSE) else_index = IndexOf(ch);
        }
      }
      Replace(else_index, Skip(i_, {GoLexer::IDENTIFIER, GoLexer::RBRACE}), {});
      break;
    }
    case P::RuleSwitchStmt:
    case P::RuleSelectStmt: {
      bool is_switch = ctx_->getRuleIndex() == P::RuleSwitchStmt;
      if (is_switch && (As<P::HeaderContext>(last) || last_tok == GoLexer::SWITCH)) {
        HeaderBlock("switch", static_cast<P::SwitchStmtContext*>(ctx_)->header());
        break;
      }
      if (!is_switch && last_tok == GoLexer::SELECT) {
        ClausesRecovery("select");
        break;
      }
      P::StatementListContext* list = nullptr;
      if (auto* cc = As<P::CaseClauseContext>(last)) list = cc->statementList();
      if (auto* cc = As<P::CommClauseContext>(last)) list = cc->statementList();
      if (list) {
        StatementListEnd(list, true);
      } else {
        ClauseStart();
      }
      break;
    }
    case P::RuleCaseClause:
    case P::RuleCommClause:
      if (!last) {
        ClauseStart();
      } else {
        // case a, b then ";" or "}": gc's simpleStmt complains first.
        if (auto* comm = As<P::CommClauseContext>(ctx_); comm && BareList(comm->simpleStmt())) {
          Expect(":= or = or comma");
        }
        Expect(":");
        Want(GoLexer::COLON);
      }
      break;
    case P::RuleForHeader:
      if (ShapeOf(ctx_).range) {
        BlockRecovery("for clause");  // gc's header returns after a range clause
      } else if (As<P::SimpleStmtContext>(last) && ShapeOf(ctx_).semi[0]) {
        // "for init; cond" then no ";": gc's want(_Semi).
        Expect("semicolon or newline");
        Want(GoLexer::SEMI);
      } else {
        OperandRecovery();  // a simple statement cannot start here ("range")
      }
      break;
    case P::RuleHeader:
      OperandRecovery();
      break;
    case P::RuleGotoStmt:
      Expect("name");
      SkipOneForName();
      break;
    case P::RuleStatement:
      // No statement starts here (stmtOk: "~"): gc's stmtList ends.
      if (auto* list = As<P::StatementListContext>(parent)) {
        ParserRuleContext* owner = Parent(list);
        StatementListEnd(list, owner && (owner->getRuleIndex() == P::RuleCaseClause ||
                                         owner->getRuleIndex() == P::RuleCommClause));
      } else {
        Fallback();
      }
      break;
    case P::RuleTypeArgs:
      // gc's typeInstance: typeList, then want(_Rbrack).
      if (last_tok == GoLexer::LBRACK && t_.type == GoLexer::RBRACK) {
        Expect("type");  // T[]: a BadExpr index, no skipping
        Replace(i_, i_, {GoLexer::BAD});
      } else if (last_tok == GoLexer::LBRACK) {
        OperandRecovery();
      } else {
        Expect("]");
        Want(GoLexer::RBRACK);
      }
      break;
    case P::RuleTypeParameters:
    case P::RuleTypeParamDecl:
      if (ctx_->getRuleIndex() == P::RuleTypeParameters &&
          !AtElementStart(ctx_, GoLexer::LBRACK, GoLexer::COMMA)) {
        ListRecovery("parameter list; possibly missing comma or ]", GoLexer::RBRACK);
      } else {
        Fallback();
      }
      break;
    case P::RuleInterfaceElem:
    case P::RuleTypeElem:
      if (!last && ctx_->getStart()->getTokenIndex() == i_) {
        Expect("~ term or type");
        Replace(i_,
                Skip(i_, {kOperatorClass, GoLexer::SEMI, GoLexer::RPAREN, GoLexer::RBRACK,
                          GoLexer::RBRACE}),
                {GoLexer::BAD});
      } else {
        Fallback();
      }
      break;
    default:
      Fallback();
      break;
  }
  if (out_.errors.empty()) Fallback();
  std::sort(out_.edits.begin(), out_.edits.end(),
            [](const TokenEdit& a, const TokenEdit& b) { return a.begin < b.begin; });
  return std::move(out_);
}

}  // namespace

/// IsStopset reports whether type is in gc's stopset: the keywords that
/// start a statement, where advance() stops inside function bodies.
bool IsStopset(size_t type) {
  switch (type) {
    case GoLexer::BREAK:
    case GoLexer::CONST:
    case GoLexer::CONTINUE:
    case GoLexer::DEFER:
    case GoLexer::FALLTHROUGH:
    case GoLexer::FOR:
    case GoLexer::GO:
    case GoLexer::GOTO:
    case GoLexer::IF:
    case GoLexer::RETURN:
    case GoLexer::SELECT:
    case GoLexer::SWITCH:
    case GoLexer::TYPE:
    case GoLexer::VAR:
      return true;
    default:
      return false;
  }
}

llvm::StringRef VirtualText(size_t type) {
  switch (type) {
    case GoLexer::IDENTIFIER:
      return "_";
    case GoLexer::SEMI:
      return "semicolon";
    case GoLexer::BAD:
      return "BAD";
    default: {
      static std::vector<std::string> texts = [] {
        std::vector<std::string> v;
        const auto& vocab = GoVocabulary();
        for (size_t k = 0; k <= vocab.getMaxTokenType(); ++k) {
          std::string lit = vocab.getLiteralName(k);
          v.push_back(lit.size() >= 2 ? lit.substr(1, lit.size() - 2) : lit);
        }
        return v;
      }();
      return type < texts.size() ? llvm::StringRef(texts[type]) : llvm::StringRef("?");
    }
  }
}

std::string GcTokString(size_t type) {
  switch (type) {
    case GoLexer::COMMA:
      return "comma";
    case GoLexer::SEMI:
      return "semicolon or newline";
    case GoLexer::IDENTIFIER:
      return "name";
    default:
      break;
  }
  std::string lit = GoVocabulary().getLiteralName(type);
  if (lit.size() >= 2 && lit.front() == '\'') return lit.substr(1, lit.size() - 2);
  return GoVocabulary().getSymbolicName(type);
}

ParseFailure AnalyzeFailure(GcParser& parser, ParserRuleContext* ctx, antlr4::Token* offending,
                            const TokenList& toks, const ReportedLists& reported) {
  return Analyzer(parser, ctx, offending, toks, reported).Run();
}

void ApplyEdits(const std::vector<TokenEdit>& edits, uint32_t round, TokenList& toks) {
  // Apply from the last edit to the first so that indices stay valid.
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    const TokenEdit& e = *it;
    const Token& at = toks.tokens[std::min(e.begin, toks.tokens.size() - 1)];
    std::vector<Token> virt;
    for (size_t type : e.insert) {
      Token v;
      v.type = type;
      v.pos = at.pos;
      v.begin = v.end = at.begin;
      v.text = VirtualText(type);
      v.is_virtual = true;
      v.orig = at.orig;
      v.round = round;
      virt.push_back(v);
    }
    auto first = toks.tokens.begin() + static_cast<std::ptrdiff_t>(e.begin);
    auto last = toks.tokens.begin() + static_cast<std::ptrdiff_t>(e.end);
    first = toks.tokens.erase(first, last);
    toks.tokens.insert(first, virt.begin(), virt.end());
  }
}

}  // namespace goescape::parse
