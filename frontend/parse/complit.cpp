// complit.cpp: the composite-literal-versus-block rule (GcParser::complitOk).
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
  if (auto* op = dynamic_cast<P::OperandContext*>(last)) {
    if (op->IDENTIFIER()) return Shape::kName;
    if (op->basicLit()) return Shape::kValue;
    if (op->expression()) return ShapeOfExpression(op->expression());  // unparen
    if (op->FUNC()) return op->block() ? Shape::kValue : Shape::kOther;
    if (op->arrayType() || op->sliceType() || op->structType() || op->mapType()) {
      return Shape::kComptype;
    }
    return Shape::kOther;
  }
  if (auto* s = dynamic_cast<P::PrimarySuffixContext*>(last)) {
    if (s->DOT()) return s->IDENTIFIER() ? Shape::kName : Shape::kValue;
    if (s->arguments()) return Shape::kValue;
    auto* ios = s->indexOrSlice();
    if (!ios || ios->sliceTail()) return Shape::kValue;
    // IndexExpr: a value if its operand or its index is one.
    bool value = ShapeOfPrimaryPrefix(pe, n - 1) == Shape::kValue ||
                 (ios->expression() && ShapeOfExpression(ios->expression()) == Shape::kValue);
    return value ? Shape::kValue : Shape::kIndex;
  }
  return Shape::kValue;  // a composite literal
}

Shape ShapeOfExpression(P::ExpressionContext* e) {
  if (!e) return Shape::kOther;
  auto* u = e->unaryExpr();
  if (!u) return Shape::kValue;  // binary operation
  auto* pe = u->primaryExpr();
  if (!pe) {
    // Unary operation: only *x may be a type.
    return u->op && u->op->getType() == GoLexer::MUL ? Shape::kOther : Shape::kValue;
  }
  return ShapeOfPrimaryPrefix(pe, pe->children.size());
}

/// InStatementContext reports whether gc's xnest would be >= 0 at ctx.
bool InStatementContext(ParserRuleContext* ctx) {
  for (auto* c = ctx; c; c = dynamic_cast<ParserRuleContext*>(c->parent)) {
    switch (c->getRuleIndex()) {
      case P::RuleHeader:
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

/// ComplitSimulator overrides prediction for primaryExpr's two decisions
/// (continue the suffix loop? literal value or other suffix?) when the next
/// token is "{": gc decides by its rule alone, never by what follows, so
/// erroneous input fails where gc's parser fails.
class ComplitSimulator : public antlr4::atn::ParserATNSimulator {
 public:
  ComplitSimulator(GcParser* parser, const antlr4::atn::ATN& atn)
      : ParserATNSimulator(parser, atn, Dfas(atn), Cache()), parser_(parser) {
    for (size_t d = 0; d < atn.getNumberOfDecisions(); ++d) {
      antlr4::atn::DecisionState* s = atn.getDecisionState(d);
      if (s->ruleIndex != P::RulePrimaryExpr) continue;
      if (dynamic_cast<antlr4::atn::StarLoopEntryState*>(s)) loop_decision_ = d;
      if (dynamic_cast<antlr4::atn::StarBlockStartState*>(s)) block_decision_ = d;
    }
  }

  size_t adaptivePredict(antlr4::TokenStream* input, size_t decision,
                         antlr4::ParserRuleContext* outer) override {
    if (input->LA(1) == GoLexer::LBRACE) {
      if (decision == loop_decision_) return parser_->complitOk() ? 1 : 2;
      if (decision == block_decision_) return 2;
    }
    return ParserATNSimulator::adaptivePredict(input, decision, outer);
  }

 private:
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

  GcParser* parser_;
  size_t loop_decision_ = ~size_t{0};
  size_t block_decision_ = ~size_t{0};
};

}  // namespace

GcParser::GcParser(antlr4::TokenStream* input) : GoParser(input) {
  delete _interpreter;
  _interpreter = new ComplitSimulator(this, getATN());
}

bool GcParser::complitOk() {
  auto* pe = dynamic_cast<P::PrimaryExprContext*>(getContext());
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

}  // namespace goescape::parse
