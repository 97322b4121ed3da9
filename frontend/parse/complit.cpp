// complit.cpp: GcParser's prediction: the composite-literal-versus-block
// rule (GcParser::complitOk), where "range" may appear (GcParser::rangeOk),
// and the decisions gc's recursive descent makes by the next token alone
// (GcSimulator, below), so that erroneous input fails where gc fails.
//
// gc's pexpr accepts "{" after a primary expression x as the start of a
// composite literal when unparen(x) is
//   - an array, slice, struct or map type (always), or
//   - a name or selector (a possible type name), or an index expression that
//     is not syntactically a value (a possible generic type), provided the
//     parser's expression nesting level xnest is >= 0.
// gc sets xnest to -1 for the header of an if, for or switch statement, and
// increments it inside parentheses, brackets, argument lists, composite
// literals, function literal bodies and array lengths. So "xnest >= 0" means:
// walking up from the expression, a nesting construct or a statement block
// is reached before a header. That walk is what InStatementContext does; it
// needs no parser state, so it works unchanged in both parsing stages and
// during adaptive prediction.
#include "frontend/parse/parser_internal.h"

namespace goescape::parse {
namespace {

/// PredictPredicate and PredictSet are GoParserTables.inc's predicates: a
/// node of the predicate tree that must hold for an alternative (kind 0:
/// none, 1: Parser::sempred without context, 2: with the outer context, 3:
/// Parser::precpred, 4: AND, 5: OR of the next nodes' subtrees), and a set
/// of (tree, alternative) pairs.
struct PredictPredicate {
  uint8_t alt;
  uint8_t kind;
  uint16_t rule;
  uint16_t index;
  int16_t precedence;
  uint16_t size;  // nodes in the subtree
};
struct PredictSet {
  uint16_t first;
  uint16_t count;
};

// The short-lookahead prediction table, computed at build time from the
// generated parser with ANTLR's own prediction code (grammar/parser_tables.cpp).
#include "GoParserTables.inc"

using antlr4::ParserRuleContext;
using antlr4::tree::ParseTree;
using P = GoParser;

/// Shape is what gc's pexpr sees of an expression: the node kind that
/// matters for the rule above.
enum class Shape {
  kName,      // Name or SelectorExpr
  kComptype,  // ArrayType, SliceType, StructType, MapType
  kIndex,     // IndexExpr that is not syntactically a value
  kValue,     // syntactically a value
  kOther,     // anything else (other types, *T, ...)
};

Shape ShapeOfExpression(P::ExpressionContext* e);

/// ShapeOfPrimary classifies a primary expression made of its first n
/// children (operand and suffixes).
Shape ShapeOfPrimaryPrefix(P::PrimaryExprContext* pe, size_t n) {
  if (n == 0) return Shape::kOther;
  ParseTree* last = pe->children[n - 1];
  if (auto* op = RuleAs<P::OperandContext>(last, P::RuleOperand)) {
    if (acc::IDENTIFIER(op)) return Shape::kName;
    if (acc::basicLit(op)) return Shape::kValue;
    if (acc::expression(op)) return ShapeOfExpression(acc::expression(op));  // unparen
    if (acc::FUNC(op)) return acc::block(op) ? Shape::kValue : Shape::kOther;
    if (acc::arrayType(op) || acc::sliceType(op) || acc::structType(op) || acc::mapType(op)) {
      return Shape::kComptype;
    }
    return Shape::kOther;
  }
  if (auto* s = RuleAs<P::PrimarySuffixContext>(last, P::RulePrimarySuffix)) {
    if (acc::DOT(s)) return acc::IDENTIFIER(s) ? Shape::kName : Shape::kValue;
    if (acc::arguments(s)) return Shape::kValue;
    auto* ios = acc::indexOrSlice(s);
    if (!ios || acc::sliceTail(ios)) return Shape::kValue;
    // IndexExpr: a value if its operand or its index is one.
    bool value = ShapeOfPrimaryPrefix(pe, n - 1) == Shape::kValue ||
                 (acc::expression(ios) && ShapeOfExpression(acc::expression(ios)) == Shape::kValue);
    return value ? Shape::kValue : Shape::kIndex;
  }
  return Shape::kValue;  // a composite literal
}

Shape ShapeOfExpression(P::ExpressionContext* e) {
  if (!e) return Shape::kOther;
  auto* u = acc::unaryExpr(e);
  if (!u) return Shape::kValue;  // binary operation
  auto* pe = acc::primaryExpr(u);
  if (!pe) {
    // Unary operation: only *x may be a type.
    return u->op && u->op->getType() == GoLexer::MUL ? Shape::kOther : Shape::kValue;
  }
  return ShapeOfPrimaryPrefix(pe, pe->children.size());
}

/// InStatementContext reports whether gc's xnest would be >= 0 at ctx.
bool InStatementContext(ParserRuleContext* ctx) {
  for (auto* c = ctx; c; c = static_cast<ParserRuleContext*>(c->parent)) {
    switch (c->getRuleIndex()) {
      case P::RuleHeader:
      case P::RuleForHeader:
        return false;
      case P::RuleOperand:       // ( x ), func literal body
      case P::RuleArguments:     // f( x )
      case P::RuleLiteralValue:  // T{ x }
      case P::RuleIndexOrSlice:  // a[ x ]
      case P::RuleArrayType:     // [ x ]T
      case P::RuleTypeArgs:
      case P::RuleTypeParameters:
      case P::RuleBlock:  // statement level
      case P::RuleSourceFile:
        return true;
      default:
        break;
    }
  }
  return true;
}

/// FirstOfAlt1 is the first non-epsilon transition of alternative 1 of
/// decision state s (following single epsilon transitions), or null.
antlr4::atn::Transition* FirstOfAlt1(antlr4::atn::DecisionState* s) {
  if (s->transitions.empty()) return nullptr;
  antlr4::atn::ATNState* st = s->transitions[0]->target;
  for (int depth = 0; st && depth < 8; ++depth) {
    if (st->transitions.empty()) break;
    antlr4::atn::Transition* t = st->transitions[0];
    if (!t->isEpsilon() || dynamic_cast<antlr4::atn::RuleTransition*>(t)) return t;
    if (st->transitions.size() != 1) break;
    st = t->target;
  }
  return nullptr;
}

/// FirstRuleOfAlt1 is the rule that alternative 1 of s starts with, or -1.
size_t FirstRuleOfAlt1(antlr4::atn::DecisionState* s) {
  if (auto* rt = dynamic_cast<antlr4::atn::RuleTransition*>(FirstOfAlt1(s))) {
    return rt->target->ruleIndex;
  }
  return ~size_t{0};
}

/// Alt1StartsWith reports whether alternative 1 of s starts with token type.
bool Alt1StartsWith(antlr4::atn::DecisionState* s, size_t type) {
  antlr4::atn::Transition* t = FirstOfAlt1(s);
  return t && !dynamic_cast<antlr4::atn::RuleTransition*>(t) && !t->isEpsilon() &&
         t->matches(type, 0, 1000);
}

/// GcSimulator overrides prediction at the decisions where gc's parser
/// decides by the next token alone, never by what follows (ANTLR would look
/// ahead, and in erroneous input may choose differently), so that erroneous
/// input fails where gc's parser fails:
///   - primaryExpr's suffix loop: "{" continues it iff complitOk() (gc's
///     pexpr), and ".", "[" and "(" always do;
///   - the body of a function literal or declaration: "{" starts it (but
///     not a virtual one, which recovery.cpp made for an enclosing block);
///   - a signature's result: any token that starts a type starts it (gc's
///     funcResult);
///   - a type name's type arguments: "[" starts them, and "." its second
///     part (gc's qualifiedName);
///   - a return statement's results: anything but ";" and "}" starts them;
///   - the separator loop of a list (gc's list(): declaration groups,
///     struct and interface bodies, parameters, arguments, composite
///     literals): a separator continues it unless the closing token or EOF
///     follows, and nothing else does;
///   - a struct field: embedded type or field names, by the token after the
///     first name.
/// And where prediction fails after looking ahead, it commits to the
/// alternative that got furthest instead of failing at the decision.
///
/// Every other prediction that the next token alone decides is answered from
/// the build-time table (GoParserTables.inc) with exactly ANTLR's answer;
/// only the rest runs ANTLR's adaptive prediction, whose DFA is empty at the
/// start of every goescape run.
class GcSimulator : public antlr4::atn::ParserATNSimulator {
 public:
  GcSimulator(GcParser* parser, const antlr4::atn::ATN& atn)
      : ParserATNSimulator(parser, atn, Dfas(atn), Cache()),
        parser_(parser),
        table_(Table(atn)),
        use_table_(atn.getNumberOfDecisions() == kPredictDecisions) {}

  size_t adaptivePredict(antlr4::TokenStream* input, size_t decision,
                         antlr4::ParserRuleContext* outer) override {
    ++stats_.predictions;
    size_t la = input->LA(1);
    switch (decision < table_.kind.size() ? table_.kind[decision] : Kind::kNone) {
      case Kind::kNone:
        break;
      case Kind::kSuffixLoop:
        // A virtual "{" is a block's (recovery.cpp), never a literal's.
        if (la == GoLexer::LBRACE) {
          return !parser_->IsVirtual(input->LT(1)->getTokenIndex()) && parser_->complitOk() ? 1 : 2;
        }
        if (la == GoLexer::DOT || la == GoLexer::LBRACK || la == GoLexer::LPAREN) return 1;
        break;
      case Kind::kSuffixChoice:
        if (la == GoLexer::LBRACE) return 2;
        if (la == GoLexer::DOT || la == GoLexer::LBRACK || la == GoLexer::LPAREN) return 1;
        break;
      case Kind::kBody:
        if (la == GoLexer::LBRACE) return parser_->IsVirtual(input->LT(1)->getTokenIndex()) ? 2 : 1;
        break;
      case Kind::kResult:
        switch (la) {
          case GoLexer::LPAREN:
          case GoLexer::IDENTIFIER:
          case GoLexer::LBRACK:
          case GoLexer::MUL:
          case GoLexer::FUNC:
          case GoLexer::CHAN:
          case GoLexer::MAP:
          case GoLexer::STRUCT:
          case GoLexer::INTERFACE:
          case GoLexer::ARROW:
            return 1;
          default:
            return 2;
        }
      case Kind::kTypeArgs:
        if (la == GoLexer::LBRACK) return 1;
        break;
      case Kind::kResults:
        return la == GoLexer::SEMI || la == GoLexer::RBRACE ? 2 : 1;
      case Kind::kList: {
        if (la != table_.sep[decision]) return 2;
        size_t la2 = input->LA(2);
        return la2 == table_.close[decision] || la2 == antlr4::Token::EOF ? 2 : 1;
      }
      case Kind::kDotName:
        if (la == GoLexer::DOT) return 1;
        break;
      case Kind::kField:
        // gc's fieldDecl: a name followed by ".", a literal, ";" or "}" is an
        // embedded type; followed by anything else but "[", a field name.
        if (la == GoLexer::IDENTIFIER) {
          switch (input->LA(2)) {
            case GoLexer::DOT:
            case GoLexer::NUMBER:
            case GoLexer::RUNE_LIT:
            case GoLexer::STRING_LIT:
            case GoLexer::RAW_STRING_LIT:
            case GoLexer::SEMI:
            case GoLexer::RBRACE:
              return 2;
            case GoLexer::LBRACK:
              break;
            default:
              return 1;
          }
        }
        break;
    }
    if (use_table_) {
      if (size_t alt = TablePredict(input, decision, la, outer)) return alt;
    }
    ++stats_.predictions_antlr;
    try {
      return ParserATNSimulator::adaptivePredict(input, decision, outer);
    } catch (antlr4::NoViableAltException& e) {
      // Prediction looked ahead and every alternative failed at the same
      // later token. gc's parser commits to an alternative by the first
      // token(s) and fails inside it, with that construct's message: take
      // the alternative(s) that got furthest, so that the parse fails there
      // too.
      if (e.getOffendingToken() && e.getStartToken() &&
          e.getOffendingToken()->getTokenIndex() > e.getStartToken()->getTokenIndex() &&
          e.getDeadEndConfigs() && !e.getDeadEndConfigs()->isEmpty()) {
        size_t alt = ~size_t{0};
        for (const auto& c : e.getDeadEndConfigs()->configs) alt = std::min(alt, c->alt);
        if (alt != 0 && alt != ~size_t{0}) return alt;
      }
      // gc's recovery may replace the token by one virtual token: then
      // predict again, instead of failing.
      if (parser_->TryInPlace(e.getOffendingToken(), 0)) {
        return adaptivePredict(input, decision, outer);
      }
      throw;
    }
  }

 private:
  /// TablePredict is the table's answer (GoParserTables.inc) for the
  /// prediction at decision with next token la: the alternative ANTLR's
  /// adaptivePredict returns, or 0 where the table has no entry or no
  /// predicate of the entry holds (ANTLR then decides, or reports the
  /// error).
  size_t TablePredict(antlr4::TokenStream* input, size_t decision, size_t la,
                      antlr4::ParserRuleContext* outer) {
    size_t row = kPredictRow[decision];
    if (kPredictIsPrecedence[decision]) {
      // Levels above the table's last are all like its last.
      int level = std::min(parser_->getPrecedence(), kPredictPrecedenceLevels - 1);
      if (level < 0) return 0;
      row += static_cast<size_t>(level);
    }
    size_t column = la + 1;  // EOF (-1) is column 0
    if (column >= kPredictWidth) return 0;
    uint32_t entry = kPredictTable[row][column];
    if (uint32_t row2 = entry >> 20) {
      size_t column2 = input->LA(2) + 1;
      if (column2 >= kPredictWidth) return 0;
      entry = kPredict2Table[row2 - 1][column2];
    }
    uint32_t set = (entry >> 8) & 0xFFF;
    if (set == 0) return entry & 0xFF;
    // ANTLR's evalSemanticContext: the smallest alternative whose
    // predicate holds.
    antlr4::RuleContext* context = outer ? outer : &antlr4::ParserRuleContext::EMPTY;
    size_t best = 0;
    const PredictSet& s = kPredictSets[set - 1];
    size_t k = s.first;
    for (size_t n = 0; n < s.count; ++n) {
      const PredictPredicate& p = kPredictPredicates[k];
      if ((best == 0 || p.alt < best) && Holds(k, context)) best = p.alt;
      k += p.size;
    }
    return best;
  }

  /// Holds evaluates the predicate tree at kPredictPredicates[k] as ANTLR's
  /// SemanticContext::eval does.
  bool Holds(size_t k, antlr4::RuleContext* context) {
    const PredictPredicate& p = kPredictPredicates[k];
    switch (p.kind) {
      case 0:
        return true;
      case 1:
        return parser_->sempred(nullptr, p.rule, p.index);
      case 2:
        return parser_->sempred(context, p.rule, p.index);
      case 3:
        return parser_->precpred(context, p.precedence);
      default: {
        // AND (4) or OR (5) of the operands that follow.
        bool is_and = p.kind == 4;
        for (size_t i = k + 1; i < k + p.size; i += kPredictPredicates[i].size) {
          if (Holds(i, context) != is_and) return !is_and;
        }
        return is_and;
      }
    }
  }

  /// Kind is what a decision is, for the overrides above.
  enum class Kind {
    kNone,
    kSuffixLoop,
    kSuffixChoice,
    kBody,
    kResult,
    kTypeArgs,
    kResults,
    kList,
    kField,
    kDotName
  };

  static std::vector<antlr4::dfa::DFA>& Dfas(const antlr4::atn::ATN& atn) {
    static std::vector<antlr4::dfa::DFA> dfas = [&] {
      std::vector<antlr4::dfa::DFA> v;
      for (size_t d = 0; d < atn.getNumberOfDecisions(); ++d) {
        v.emplace_back(atn.getDecisionState(d), d);
      }
      return v;
    }();
    return dfas;
  }
  static antlr4::atn::PredictionContextCache& Cache() {
    static antlr4::atn::PredictionContextCache cache;
    return cache;
  }

  /// Decisions is what each decision of the grammar is (computed once: the
  /// ATN is the same for every parser).
  struct Decisions {
    std::vector<Kind> kind;
    std::vector<size_t> sep, close;  // for kList decisions
  };
  static const Decisions& Table(const antlr4::atn::ATN& atn) {
    static const Decisions table = [&] {
      Decisions t;
      t.kind.assign(atn.getNumberOfDecisions(), Kind::kNone);
      t.sep.assign(atn.getNumberOfDecisions(), 0);
      t.close.assign(atn.getNumberOfDecisions(), 0);
      for (size_t d = 0; d < atn.getNumberOfDecisions(); ++d) {
        antlr4::atn::DecisionState* s = atn.getDecisionState(d);
        size_t first = FirstRuleOfAlt1(s);
        switch (s->ruleIndex) {
          case P::RulePrimaryExpr:
            if (dynamic_cast<antlr4::atn::StarLoopEntryState*>(s)) t.kind[d] = Kind::kSuffixLoop;
            if (dynamic_cast<antlr4::atn::StarBlockStartState*>(s)) t.kind[d] = Kind::kSuffixChoice;
            break;
          case P::RuleOperand:
          case P::RuleFuncDecl:
            if (first == P::RuleBlock) t.kind[d] = Kind::kBody;
            break;
          case P::RuleSignature:
            if (first == P::RuleResult) t.kind[d] = Kind::kResult;
            break;
          case P::RuleTypeName:
            if (first == P::RuleTypeArgs) t.kind[d] = Kind::kTypeArgs;
            if (Alt1StartsWith(s, GoLexer::DOT)) t.kind[d] = Kind::kDotName;
            break;
          case P::RuleParameterDecl:
            if (Alt1StartsWith(s, GoLexer::DOT)) t.kind[d] = Kind::kDotName;
            break;
          case P::RuleReturnStmt:
            if (first == P::RuleExpressionList) t.kind[d] = Kind::kResults;
            break;
          case P::RuleFieldDecl:
            if (first == P::RuleIdentifierList) t.kind[d] = Kind::kField;
            break;
          default:
            break;
        }
        if (auto* loop = dynamic_cast<antlr4::atn::StarLoopEntryState*>(s)) {
          size_t sep = 0, close = 0;
          switch (s->ruleIndex) {
            case P::RuleImportDecl:
            case P::RuleConstDecl:
            case P::RuleTypeDecl:
            case P::RuleVarDecl:
              sep = GoLexer::SEMI, close = GoLexer::RPAREN;
              break;
            case P::RuleStructType:
            case P::RuleInterfaceType:
              sep = GoLexer::SEMI, close = GoLexer::RBRACE;
              break;
            case P::RuleParameters:
            case P::RuleArguments:
              sep = GoLexer::COMMA, close = GoLexer::RPAREN;
              break;
            case P::RuleLiteralValue:
              sep = GoLexer::COMMA, close = GoLexer::RBRACE;
              break;
            default:
              break;
          }
          (void)loop;
          if (sep) {
            t.kind[d] = Kind::kList;
            t.sep[d] = sep;
            t.close[d] = close;
          }
        }
      }
      return t;
    }();
    return table;
  }

  GcParser* parser_;
  ParseStats& stats_ = Stats();
  const Decisions& table_;
  /// The prediction table was computed for this ATN (always, unless the
  /// build is inconsistent).
  bool use_table_;
};

}  // namespace

GcParser::GcParser(antlr4::TokenStream* input) : GoParser(input) {
  delete _interpreter;
  _interpreter = new GcSimulator(this, getATN());
}

void GcParser::addContextToParseTree() {
  if (_ctx->parent) static_cast<antlr4::ParserRuleContext*>(_ctx->parent)->addChild(_ctx);
}

bool GcParser::complitOk() {
  auto* pe = RuleAs<P::PrimaryExprContext>(getContext(), P::RulePrimaryExpr);
  if (!pe || pe->children.empty()) return false;
  switch (ShapeOfPrimaryPrefix(pe, pe->children.size())) {
    case Shape::kComptype:
      return true;
    case Shape::kName:
    case Shape::kIndex:
      return InStatementContext(pe);
    case Shape::kValue:
    case Shape::kOther:
      return false;
  }
  return false;
}

bool GcParser::rangeOk() {
  // gc's simpleStmt(nil, _For) takes "range" only as the first simple
  // statement of a for header. The predicate is evaluated at the decision
  // that reaches it, whose context is the for header itself or the simple
  // statement (tail) being parsed there.
  antlr4::ParserRuleContext* c = getContext();
  while (c &&
         (c->getRuleIndex() == P::RuleSimpleStmt || c->getRuleIndex() == P::RuleSimpleStmtTail)) {
    c = static_cast<ParserRuleContext*>(c->parent);
  }
  if (!c || c->getRuleIndex() != P::RuleForHeader) return false;
  for (ParseTree* ch : c->children) {
    if (auto* t = TerminalAs(ch); t && t->getSymbol()->getType() == GoLexer::SEMI) {
      return false;
    }
  }
  return true;
}

bool GcParser::listEndOk() {
  auto* s = RuleAs<P::SimpleStmtContext>(getContext(), P::RuleSimpleStmt);
  if (!s || !acc::expressionList(s) || acc::expression(acc::expressionList(s)).size() < 2)
    return true;
  size_t next = _input->LA(1);
  if (next == GoLexer::SEMI || next == GoLexer::RBRACE || next == antlr4::Token::EOF ||
      IsStopset(next)) {
    return true;
  }
  // Reported (and recovered from) already: parse on.
  antlr4::Token* stop = acc::expression(acc::expressionList(s)).back()->getStop();
  return stop && tokens_ && reported_lists_ &&
         reported_lists_->count(tokens_->tokens[stop->getTokenIndex()].orig) > 0;
}

}  // namespace goescape::parse
