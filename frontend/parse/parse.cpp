// parse.cpp: the parsing phase's driver and its gc-style error reporting.
//
// Algorithm
//   1. Tokenize (tokens.cpp): scanner errors are reported as found.
//   2. Parse the token list with ANTLR: first in SLL mode with an error
//      strategy that gives up at once (fast, and exact for inputs without
//      syntax errors); if that fails, in full LL mode (valid inputs SLL
//      cannot decide); if that fails too, once more in SLL mode with
//      FirstErrorStrategy, which stops at the first syntax error and records
//      it where gc's recursive descent would find it.
//   3. Map that error to gc's message (GcSyntaxMessage): gc's recursive
//      descent reports at the first token it cannot use, with wording chosen
//      by the parse function it is in; the grammar's rules mirror those
//      functions, so the rule context, what it has matched so far and the
//      offending token determine the message.
//   4. Build the AST from the (possibly partial) tree; the builder reports
//      gc's post-construct checks that precede the syntax error; then the
//      syntax error itself is reported.
// Limits: like gc, at most one syntax error per line is shown (the sink's
// rule); unlike gc, parsing does not resume after the first syntax error, so
// later syntax errors in the same file are not reported.
//
// Deep nesting: ANTLR's parser, the AST builder and the printers recurse
// once or a few times per nesting level. The CLI runs every phase on a
// thread with a large stack (tools/goescape), which is what lets 100,000
// nested parentheses parse.
#include "frontend/parse/parse.h"

#include <cstdlib>
#include <typeinfo>

#include "frontend/parse/parser_internal.h"
#include "llvm/Support/raw_ostream.h"

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

/// AtElementStart reports whether a list rule (open elem (sep elem)* close)
/// failed at the start of an element: right after the opening token or a
/// separator, or (when prediction looked past a separator) at a token after
/// the separator that follows the last element.
bool AtElementStart(ParserRuleContext* c, antlr4::Token* offending, size_t open, size_t sep,
                    const TokenList& toks) {
  ParseTree* last = LastChild(c);
  if (!last) return true;
  size_t lt = TokenType(last);
  if (lt == open || lt == sep) return true;
  auto* rc = dynamic_cast<ParserRuleContext*>(last);
  if (!rc || !rc->getStop()) return false;
  size_t next = rc->getStop()->getTokenIndex() + 1;
  return next < toks.tokens.size() && toks.tokens[next].type == sep &&
         offending->getTokenIndex() > next;
}

/// EndsWithStatement reports whether a statement list ends with a
/// statement not followed by a semicolon (gc's "at end of statement" case);
/// if that statement is a label without statement, *label_colon is set.
bool EndsWithStatement(P::StatementListContext* list, Pos* label_colon, const TokenList& toks) {
  if (!list || list->children.empty()) return false;
  auto* s = As<P::StatementContext>(list->children.back());
  if (!s) return false;
  if (auto* l = s->labeledStmt(); l && !l->statement() && l->COLON()) {
    *label_colon = toks.tokens[l->COLON()->getSymbol()->getTokenIndex()].pos;
  }
  return true;
}

/// HeaderShape is an if/for/switch header split as gc's parser.header sees
/// it: [var] [s0] [; [s1] [; [s2]]].
struct HeaderShape {
  bool empty = true;
  bool s[3] = {false, false, false};
  antlr4::Token* semi[2] = {nullptr, nullptr};
};

HeaderShape ShapeOf(P::HeaderContext* h) {
  HeaderShape out;
  if (!h) return out;
  int part = 0;
  for (ParseTree* ch : h->children) {
    out.empty = false;
    if (TokenType(ch) == GoLexer::SEMI) {
      if (part < 2) out.semi[part] = static_cast<TerminalNode*>(ch)->getSymbol();
      ++part;
    } else if (As<P::SimpleStmtContext>(ch) && part <= 2) {
      out.s[part] = true;
    }
  }
  return out;
}

/// Messages is the message-building vocabulary of GcSyntaxMessage.
struct Messages {
  const Token& t;
  const TokenList& toks;

  SyntaxError Unexpected(const std::string& rest) const {
    return {t.pos, "unexpected " + GcTokenString(t) + rest, false};
  }
  SyntaxError Expecting(const std::string& what) const { return Unexpected(", expecting " + what); }
  SyntaxError Plain(const std::string& msg) const { return {t.pos, msg, true}; }
  SyntaxError PlainAt(Pos pos, const std::string& msg) const { return {pos, msg, true}; }
  const Token& Of(antlr4::Token* tok) const { return toks.tokens[tok->getTokenIndex()]; }
};

/// HeaderBlockMessage is gc's message when the "{" after an if/for/switch
/// header is missing.
SyntaxError HeaderBlockMessage(const Messages& m, llvm::StringRef keyword, P::HeaderContext* h) {
  HeaderShape hs = ShapeOf(h);
  bool is_for = keyword == "for";
  if (hs.empty || (!hs.s[0] && !hs.semi[0])) return m.Expecting("expression");
  if (!hs.semi[0]) return m.Expecting("{");
  if (is_for) {
    if (!hs.s[1] && !hs.semi[1]) return m.Expecting("expression");
    if (hs.s[1] && !hs.semi[1]) return m.Expecting("semicolon or newline");
    if (!hs.s[2]) return m.Expecting("expression");
    return m.Expecting("{ after for clause");
  }
  if (!hs.s[1] && !hs.semi[1]) return m.Expecting("expression");
  if (hs.semi[1]) {
    const Token& semi = m.Of(hs.semi[1]);
    if (keyword == "if") {
      return {semi.pos, "unexpected " + semi.text.str() + ", expecting { after if clause", false};
    }
    return m.PlainAt(semi.pos, "missing { after switch clause");
  }
  if (keyword == "if") return m.Expecting("{ after if clause");
  return m.Plain("missing { after switch clause");
}

/// ClauseListMessage is gc's message for a token that is neither case,
/// default nor "}" in a switch or select body.
SyntaxError ClauseListMessage(const Messages& m, ParseTree* last) {
  P::StatementListContext* list = nullptr;
  if (auto* cc = As<P::CaseClauseContext>(last)) list = cc->statementList();
  if (auto* cc = As<P::CommClauseContext>(last)) list = cc->statementList();
  Pos label;
  if (EndsWithStatement(list, &label, m.toks)) {
    if (label.Known()) return m.PlainAt(label, "missing statement after label");
    return m.Unexpected(" at end of statement");
  }
  return m.Expecting("case or default or }");
}

}  // namespace

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

SyntaxError GcSyntaxMessage(GcParser& parser, ParserRuleContext* ctx, antlr4::Token* offending,
                            const TokenList& toks) {
  const Token& t = toks.tokens[offending->getTokenIndex()];
  Messages m{t, toks};
  ParseTree* last = LastChild(ctx);
  size_t last_tok = TokenType(last);
  auto* parent = dynamic_cast<ParserRuleContext*>(ctx->parent);
  size_t parent_rule = parent ? parent->getRuleIndex() : size_t(-1);
  bool at_eof = t.type == antlr4::Token::EOF;

  switch (ctx->getRuleIndex()) {
    case P::RuleSourceFile: {
      if (As<P::TopLevelDeclContext>(last)) return m.Unexpected(" after top level declaration");
      if (As<P::ImportDeclContext>(last)) return m.Expecting("semicolon or newline");
      if (t.type == GoLexer::LBRACE) {
        // "opening { of function declaration on next line"
        P::TopLevelDeclContext* prev = nullptr;
        for (ParseTree* ch : ctx->children) {
          if (auto* d = As<P::TopLevelDeclContext>(ch)) prev = d;
        }
        if (prev && prev->funcDecl() && !prev->funcDecl()->block()) {
          return m.Plain("unexpected semicolon or newline before {");
        }
      }
      return m.Plain("non-declaration statement outside function body");
    }
    case P::RulePackageClause:
      if (!last) return m.Plain("package statement must be first");
      if (last_tok == GoLexer::PACKAGE) return m.Expecting("name");
      return m.Expecting("semicolon or newline");
    case P::RuleImportDecl:
      if (at_eof) return m.Expecting(")");  // gc's list stops at EOF and wants the close
      if (!AtElementStart(ctx, offending, GoLexer::LPAREN, GoLexer::SEMI, toks)) {
        return m.Unexpected(" in grouped declaration; possibly missing semicolon or newline or )");
      }
      return m.Plain("missing import path");
    case P::RuleImportSpec:
      return m.Plain("missing import path");
    case P::RuleBasicLit:
      if (parent_rule == P::RuleImportSpec) return m.Plain("missing import path");
      return m.Expecting("expression");
    case P::RuleConstDecl:
    case P::RuleTypeDecl:
    case P::RuleVarDecl:
      if (at_eof && ctx->children.size() > 1) return m.Expecting(")");
      if (ctx->children.size() > 1 &&
          !AtElementStart(ctx, offending, GoLexer::LPAREN, GoLexer::SEMI, toks)) {
        return m.Unexpected(" in grouped declaration; possibly missing semicolon or newline or )");
      }
      return m.Expecting("name");
    case P::RuleIdentifierList:
      return m.Expecting("name");
    case P::RuleVarSpec:
      return m.Expecting("type");
    case P::RuleTypeSpec:
      return m.Unexpected(" in type declaration");
    case P::RuleFuncDecl:
      return m.Expecting("name or (");
    case P::RuleSignature:
      return m.Expecting("(");
    case P::RuleParameters:
      if (!last) return m.Expecting("(");
      if (at_eof) return m.Expecting(")");
      if (!AtElementStart(ctx, offending, GoLexer::LPAREN, GoLexer::COMMA, toks)) {
        return m.Unexpected(" in parameter list; possibly missing comma or )");
      }
      return m.Expecting(")");
    case P::RuleParameterDecl:
      if (last_tok == GoLexer::DOT) return m.Expecting("name");
      return m.Unexpected(" in parameter list; possibly missing comma or )");
    case P::RuleTypeName:
      return m.Expecting("name");
    case P::RuleType_:
    case P::RuleTypeLit:
    case P::RuleNonNameType:
    case P::RuleResult:
      if (last) return m.Expecting(")");
      if (parent_rule == P::RuleChannelType || parent_rule == P::RuleOperand) {
        return m.Plain("missing channel element type");
      }
      if (parent_rule == P::RuleTypeSpec) return m.Unexpected(" in type declaration");
      return m.Expecting("type");
    case P::RuleArrayType:
      if (t.type == GoLexer::COMMA) return m.Plain("unexpected comma; expecting ]");
      return m.Expecting("]");
    case P::RuleMapType:
      if (last_tok == GoLexer::MAP) return m.Expecting("[");
      return m.Expecting("]");
    case P::RuleChannelType:
      // "<-" must be followed by "chan"; after "chan" the element is missing.
      if (last_tok == GoLexer::ARROW && ctx->children.size() == 1) return m.Expecting("chan");
      return m.Plain("missing channel element type");
    case P::RuleStructType:
      if (last_tok == GoLexer::STRUCT) return m.Expecting("{");
      if (at_eof) return m.Expecting("}");
      if (!AtElementStart(ctx, offending, GoLexer::LBRACE, GoLexer::SEMI, toks)) {
        return m.Unexpected(" in struct type; possibly missing semicolon or newline or }");
      }
      return m.Expecting("field name or embedded type");
    case P::RuleEmbeddedField:
      return m.Expecting("name");
    case P::RuleInterfaceType:
      if (last_tok == GoLexer::INTERFACE) return m.Expecting("{");
      if (at_eof) return m.Expecting("}");
      if (!AtElementStart(ctx, offending, GoLexer::LBRACE, GoLexer::SEMI, toks)) {
        return m.Unexpected(" in interface type; possibly missing semicolon or newline or }");
      }
      return m.Expecting("~ term or type");
    case P::RuleOperand:
      if (last_tok == GoLexer::CHAN || last_tok == GoLexer::ARROW) {
        return m.Plain("missing channel element type");
      }
      if (last) return m.Expecting(")");
      return m.Expecting("expression");
    case P::RuleExpression:
    case P::RuleUnaryExpr:
    case P::RulePrimaryExpr:
    case P::RuleExpressionList:
    case P::RuleElement:
    case P::RuleElementValue:
    case P::RuleSimpleStmt:
    case P::RuleSimpleStmtTail:
      return m.Expecting("expression");
    case P::RulePrimarySuffix: {
      if (last_tok == GoLexer::DOT || (!last && ctx->getStart()->getType() == GoLexer::DOT)) {
        return m.Expecting("name or (");
      }
      if (auto* ios = As<P::IndexOrSliceContext>(last)) {
        return ios->sliceTail() ? m.Expecting("]") : m.Expecting("comma, : or ]");
      }
      return m.Expecting(")");
    }
    case P::RuleIndexOrSlice:
      // After the index, gc wants ",", ":" or "]".
      if (As<P::ExpressionContext>(last)) return m.Expecting("comma, : or ]");
      if (t.type == GoLexer::RBRACK) return m.Expecting("operand");
      return m.Expecting("expression");
    case P::RuleArguments:
    case P::RuleLiteralValue: {
      bool args = ctx->getRuleIndex() == P::RuleArguments;
      std::string close = args ? ")" : "}";
      if (AtElementStart(ctx, offending, args ? GoLexer::LPAREN : GoLexer::LBRACE, GoLexer::COMMA,
                         toks)) {
        bool after_dots = false;
        if (last_tok == GoLexer::COMMA && ctx->children.size() >= 2) {
          after_dots = TokenType(ctx->children[ctx->children.size() - 2]) == GoLexer::ELLIPSIS;
        }
        if (at_eof || after_dots) return m.Expecting(close);
        return m.Expecting("expression");
      }
      return m.Unexpected(args ? " in argument list; possibly missing comma or )"
                               : " in composite literal; possibly missing comma or }");
    }
    case P::RuleBlock: {
      if (!last) {
        if (parent_rule == P::RuleIfStmt) {
          return HeaderBlockMessage(m, "if", static_cast<P::IfStmtContext*>(parent)->header());
        }
        if (parent_rule == P::RuleForStmt) {
          return HeaderBlockMessage(m, "for", static_cast<P::ForStmtContext*>(parent)->header());
        }
        return m.Expecting("{");
      }
      Pos label;
      if (EndsWithStatement(static_cast<P::BlockContext*>(ctx)->statementList(), &label, toks)) {
        if (label.Known()) return m.PlainAt(label, "missing statement after label");
        return m.Unexpected(" at end of statement");
      }
      return m.Expecting("}");
    }
    case P::RuleElseBranch:
      return m.Plain("else must be followed by if or statement block");
    case P::RuleSwitchStmt:
      if (As<P::HeaderContext>(last) || last_tok == GoLexer::SWITCH) {
        return HeaderBlockMessage(m, "switch", static_cast<P::SwitchStmtContext*>(ctx)->header());
      }
      return ClauseListMessage(m, last);
    case P::RuleSelectStmt:
      if (last_tok == GoLexer::SELECT) return m.Plain("missing { after select clause");
      return ClauseListMessage(m, last);
    case P::RuleCaseClause:
    case P::RuleCommClause:
      if (!last) return m.Expecting("case or default or }");
      return m.Expecting(":");
    case P::RuleGotoStmt:
      return m.Expecting("name");
    default:
      break;
  }
  // Fallback: gc's want(tok) when a single token can follow.
  antlr4::misc::IntervalSet expected = parser.getExpectedTokens();
  if (expected.size() == 1) return m.Expecting(GcTokString(expected.getMinElement()));
  return m.Unexpected("");
}

namespace {

/// FirstErrorStrategy stops the parse at the first syntax error and records
/// gc's message for it. It never repairs the input (no single-token
/// insertion or deletion, no resynchronization), because gc reports at the
/// first unusable token.
class FirstErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  explicit FirstErrorStrategy(const TokenList& toks) : toks_(toks) {}

  void sync(antlr4::Parser*) override {}
  antlr4::Token* recoverInline(antlr4::Parser* recognizer) override {
    throw antlr4::InputMismatchException(recognizer);
  }
  void reportError(antlr4::Parser* recognizer, const antlr4::RecognitionException& e) override {
    if (error_) return;
    auto* parser = static_cast<GcParser*>(recognizer);
    antlr4::Token* offending = e.getOffendingToken();
    if (!offending) offending = parser->getCurrentToken();
    error_ = std::make_unique<SyntaxError>(
        GcSyntaxMessage(*parser, parser->getContext(), offending, toks_));
    error_->token_index = offending->getTokenIndex();
    error_->package_clause = parser->getContext()->getRuleIndex() == P::RulePackageClause;
    if (std::getenv("GOESCAPE_DEBUG_PARSE")) {
      auto* c = parser->getContext();
      llvm::errs() << "parse error in rule " << parser->getRuleNames()[c->getRuleIndex()] << " ("
                   << typeid(e).name() << "), offending "
                   << toks_.tokens[offending->getTokenIndex()].text << ", stack:";
      for (auto* p = c; p; p = dynamic_cast<antlr4::ParserRuleContext*>(p->parent)) {
        llvm::errs() << ' ' << parser->getRuleNames()[p->getRuleIndex()] << '/'
                     << p->children.size();
      }
      llvm::errs() << "; children:";
      for (auto* ch : c->children) llvm::errs() << " [" << ch->getText() << "]";
      llvm::errs() << '\n';
    }
    // Keep the root of the partial tree: unwinding resets the parser's
    // context chain.
    antlr4::ParserRuleContext* c = parser->getContext();
    while (c && c->parent) c = static_cast<antlr4::ParserRuleContext*>(c->parent);
    root_ = dynamic_cast<P::SourceFileContext*>(c);
  }
  void recover(antlr4::Parser*, std::exception_ptr) override {
    throw antlr4::ParseCancellationException("syntax error");
  }

  const SyntaxError* Error() const { return error_.get(); }
  P::SourceFileContext* Root() const { return root_; }

 private:
  const TokenList& toks_;
  std::unique_ptr<SyntaxError> error_;
  P::SourceFileContext* root_ = nullptr;
};

/// TokensForAntlr converts goescape tokens into the ANTLR token source the
/// generated parser reads; each token's index is its index in toks.
std::unique_ptr<antlr4::ListTokenSource> TokensForAntlr(const TokenList& toks) {
  std::vector<std::unique_ptr<antlr4::Token>> list;
  list.reserve(toks.tokens.size());
  for (size_t i = 0; i < toks.tokens.size(); ++i) {
    const Token& t = toks.tokens[i];
    auto ct = std::make_unique<antlr4::CommonToken>(t.type, t.text.str());
    ct->setLine(t.pos.line);
    ct->setCharPositionInLine(t.pos.col - 1);
    ct->setTokenIndex(i);
    list.push_back(std::move(ct));
  }
  return std::make_unique<antlr4::ListTokenSource>(std::move(list));
}

}  // namespace

ParseResult ParseFile(const SourceFile& file, ast::Context& ctx, DiagSink& sink) {
  ParseResult result;
  // Count errors reported for this file, whatever the sink does with them.
  struct Counter : DiagSink {
    explicit Counter(DiagSink& next) : next(next) {}
    void Report(Diagnostic d) override {
      if (d.severity == Severity::Error) ++errors;
      next.Report(std::move(d));
    }
    DiagSink& next;
    int errors = 0;
  } counter(sink);

  TokenList toks = Tokenize(file, ctx);
  auto source = TokensForAntlr(toks);
  antlr4::CommonTokenStream stream(source.get());
  GcParser parser(&stream);
  parser.removeErrorListeners();

  // Stage 1: SLL, bail out at the first problem. Stage 2: full LL, in case
  // the input is valid but needs full context. Stage 3 (the input has a
  // syntax error): SLL again, stopping at the first error. SLL prediction
  // treats the end of a rule as "anything may follow", so, like gc's
  // recursive descent, it leaves inner loops and reports the error where the
  // enclosing construct cannot continue.
  P::SourceFileContext* tree = nullptr;
  std::unique_ptr<SyntaxError> syntax_error;
  auto* sim = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
  for (auto mode : {antlr4::atn::PredictionMode::SLL, antlr4::atn::PredictionMode::LL}) {
    stream.seek(0);
    parser.reset();
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    sim->setPredictionMode(mode);
    try {
      tree = parser.sourceFile();
      break;
    } catch (antlr4::ParseCancellationException&) {
      tree = nullptr;
    }
  }
  if (!tree) {
    stream.seek(0);
    parser.reset();
    auto strategy = std::make_shared<FirstErrorStrategy>(toks);
    parser.setErrorHandler(strategy);
    sim->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    try {
      tree = parser.sourceFile();
    } catch (antlr4::ParseCancellationException&) {
      tree = strategy->Root();
    }
    if (const SyntaxError* e = strategy->Error()) syntax_error = std::make_unique<SyntaxError>(*e);
  }

  // gc's scanner runs just ahead of its parser, which gives up after an
  // error in the package clause: scanner errors past that point are never
  // found. (Otherwise gc parses, and so scans, to the end of the file.)
  uint32_t horizon = ~0u;
  if (syntax_error && syntax_error->package_clause) {
    // After "package statement must be first", gc has read one token; after
    // other package clause errors it skipped one more and looked at the next.
    size_t i = syntax_error->token_index + (syntax_error->plain ? 0 : 2);
    horizon = ScanHorizon(file, toks, i);
  }
  for (const ScannerError& e : toks.errors) {
    if (e.offset < horizon) counter.Report(e.diag);
  }

  Pos limit = syntax_error ? syntax_error->pos : Pos{file.Index(), ~0u, ~0u};
  result.file = BuildAst(tree, toks, file.Index(), ctx, counter, limit);
  if (syntax_error) {
    counter.Report(
        MakeDiag(DiagKind::Syntax, syntax_error->pos, "syntax error: " + syntax_error->message));
  }
  result.ok = counter.errors == 0 && result.file != nullptr;
  return result;
}

void DumpTokens(const SourceFile& file, ast::Context& ctx, DiagSink& sink, llvm::raw_ostream& os) {
  TokenList toks = Tokenize(file, ctx);
  for (const ScannerError& e : toks.errors) sink.Report(e.diag);
  for (const Token& t : toks.tokens) {
    os << t.pos.line << ':' << t.pos.col << ' ' << TokenName(t.type);
    if (t.type != antlr4::Token::EOF) os << ' ' << t.text;
    os << '\n';
  }
}

}  // namespace goescape::parse
