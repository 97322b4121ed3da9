// parser_internal.h: pieces of the parsing phase shared by its .cpp files.
// Not a public header: it includes the generated ANTLR parser.
#ifndef GOESCAPE_FRONTEND_PARSE_PARSER_INTERNAL_H_
#define GOESCAPE_FRONTEND_PARSE_PARSER_INTERNAL_H_

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "GoLexer.h"
#include "GoParser.h"
#include "antlr4-runtime.h"
#include "frontend/ast/ast.h"
#include "frontend/diag/diagnostic.h"
#include "frontend/parse/tokens.h"

namespace goescape::parse {

using goescape_antlr::GoLexer;
using goescape_antlr::GoParser;

struct ParseFailure;
class InPlaceRecovery;

/// GcParser is the generated parser plus goescape's two semantic rules (see
/// GoParser.g4, complit.cpp): its ATN simulator answers the "composite
/// literal or end of expression?" decision at a "{" with complitOk() alone,
/// as gc's parser does, instead of by lookahead; rangeOk() admits "range"
/// only where gc's simpleStmt(nil, _For) does.
class GcParser : public GoParser {
 public:
  explicit GcParser(antlr4::TokenStream* input);
  bool complitOk() override;
  /// addContextToParseTree is ANTLR's, without its dynamic_cast (a rule
  /// context's parent is always a rule context): it runs at every rule entry.
  void addContextToParseTree() override;
  bool rangeOk() override;
  bool listEndOk() override;
  /// SetTokens tells the parser the goescape tokens behind its token
  /// stream (same indices), to see which are virtual, and the expression
  /// lists whose error recovery has reported.
  void SetTokens(const TokenList* tokens, const std::unordered_set<uint32_t>* reported_lists) {
    tokens_ = tokens;
    reported_lists_ = reported_lists;
  }
  /// IsVirtual reports whether the ANTLR token at index i is virtual.
  bool IsVirtual(size_t i) const {
    return tokens_ && i < tokens_->tokens.size() && tokens_->tokens[i].is_virtual;
  }
  /// SetInPlace enables (or, with null, disables) in-place recovery.
  void SetInPlace(InPlaceRecovery* in_place) { in_place_ = in_place; }
  /// TryInPlace applies gc's recovery for a failure at `offending` without
  /// reparsing, if it replaces that one (real) token by one virtual token
  /// (of type `want`, unless 0); returns whether it did.
  bool TryInPlace(antlr4::Token* offending, size_t want);

 private:
  InPlaceRecovery* in_place_ = nullptr;
  const TokenList* tokens_ = nullptr;
  const std::unordered_set<uint32_t>* reported_lists_ = nullptr;
};

/// TimeKey orders diagnostics the way gc reports them while it parses. gc's
/// scanner scans token k when the parser moves onto it, so everything gc
/// reports happens while its parser is "at" some token. token is the index
/// of that token in the original token list (virtual tokens map to the real
/// token gc was looking at); phase orders what happens at one token:
///   0  scanner errors found while scanning the token,
///   1  checks gc makes after a construct that ended before the token,
///   2  syntax errors found at the token, each followed by the checks of
///      the constructs its recovery closed (round: the recovery round;
///      after: 0 for the error, 1 for those checks),
///   3  checks of constructs left unfinished when parsing stopped there.
/// seq keeps emission order among equals.
struct TimeKey {
  uint32_t token = 0;
  uint8_t phase = 0;
  uint32_t round = 0;
  uint8_t after = 0;
  uint32_t seq = 0;

  friend bool operator<(const TimeKey& a, const TimeKey& b) {
    return std::tie(a.token, a.phase, a.round, a.after, a.seq) <
           std::tie(b.token, b.phase, b.round, b.after, b.seq);
  }
};

/// TimedDiag is a diagnostic and the moment gc would report it.
struct TimedDiag {
  TimeKey time;
  Diagnostic diag;
};

/// TokenEdit replaces the tokens [begin, end) of the current token list by
/// virtual tokens of the given types (an empty list deletes them; begin ==
/// end inserts).
struct TokenEdit {
  size_t begin = 0;
  size_t end = 0;
  std::vector<size_t> insert;
};

/// SyntaxError is one syntax error in gc's words.
struct SyntaxError {
  Pos pos;
  std::string message;     // without the "syntax error: " prefix
  size_t token_index = 0;  // the token gc's parser is at (current token list)
};

/// ParseFailure is what goescape learns from the first point where the
/// grammar cannot continue: the error(s) gc reports there and gc's recovery,
/// as edits of the token list after which the grammar continues the way gc's
/// parser does (see recovery.cpp).
struct ParseFailure {
  std::vector<SyntaxError> errors;
  std::vector<TokenEdit> edits;  // disjoint, in increasing order
  bool stop = false;             // gc gives up on the file (package clause)
  bool package_clause = false;   // the error is in the package clause
  size_t horizon = 0;            // package clause: the last token gc scanned
  bool plain = false;            // the first error is a plain message (no "unexpected X")
  /// The rule contexts open at the failure (innermost first).
  std::vector<antlr4::ParserRuleContext*> open;
  /// The recovery round of an in-place recovery (InPlaceRecovery).
  uint32_t round = 0;
  /// Expression lists with neither = nor := whose error this failure
  /// reports (by the orig index of their last token).
  std::vector<uint32_t> reported_lists;
};

/// ReportedLists is the set of ParseFailure::reported_lists so far: those
/// errors are not reported again (by recovery or by the AST builder).
using ReportedLists = std::unordered_set<uint32_t>;

/// InPlaceRecovery is the recovery loop's state for recoveries the parser
/// applies at once (GcParser::TryInPlace): most of gc's recoveries replace
/// the failing token by one virtual token (want(tok), a BadExpr for one
/// skipped token, ...), and the parse can go on with the token changed in
/// the token list and in the ANTLR stream, instead of unwinding and parsing
/// again. The failures applied so far, for the loop to report.
class InPlaceRecovery {
 public:
  InPlaceRecovery(TokenList& tokens, std::unordered_set<uint32_t>& reported, uint32_t& round)
      : tokens(tokens), reported(reported), round(round) {}
  TokenList& tokens;
  std::unordered_set<uint32_t>& reported;  // ParseFailure::reported_lists so far
  uint32_t& round;                         // the last recovery round (each recovery is one)
  std::vector<ParseFailure> applied;       // with ParseFailure::round set
};

/// AnalyzeFailure maps the parser's failure (the rule context it was in, the
/// offending token) to gc's message(s) and recovery at that point.
ParseFailure AnalyzeFailure(GcParser& parser, antlr4::ParserRuleContext* ctx,
                            antlr4::Token* offending, const TokenList& tokens,
                            const ReportedLists& reported);

/// VirtualText is the text of a virtual token of the given type.
llvm::StringRef VirtualText(size_t type);

/// ApplyEdits applies a failure's edits to tokens, creating the virtual
/// tokens (positioned where gc's parser was, see recovery.cpp) of the given
/// recovery round.
void ApplyEdits(const std::vector<TokenEdit>& edits, uint32_t round, TokenList& tokens);

/// BuildAst converts the parse tree of a file (over tokens, the token list
/// after error recovery; original is Tokenize's) into an ast::File, appending
/// the checks gc's parser makes after parsing a construct to diags with
/// their TimeKeys. unfinished lists the rule contexts a partial tree
/// (parsing stopped at the end of the file or in the package clause) left
/// open: their checks are timed after the error that stopped the parse.
/// Returns null if the package clause is missing.
std::unique_ptr<ast::File> BuildAst(GoParser::SourceFileContext* tree, const TokenList& tokens,
                                    const TokenList& original, uint32_t file_index,
                                    ast::Context& ctx, std::vector<TimedDiag>& diags,
                                    const std::vector<antlr4::ParserRuleContext*>& unfinished,
                                    const ReportedLists& reported);

/// ParseStats counts how often each parsing stage was needed (for the
/// benchmark, bench/parse): files parsed by SLL alone, by full LL, and by the
/// recovery loop (with its rounds); and the parser's adaptive predictions:
/// all of them, and those ANTLR made (the rest were answered by goescape's
/// overrides or its prediction table, complit.cpp). Per thread; never reset
/// by the parser.
struct ParseStats {
  uint64_t files = 0;
  uint64_t sll = 0;
  uint64_t ll = 0;
  uint64_t recovery = 0;
  uint64_t recovery_rounds = 0;
  uint64_t predictions = 0;
  uint64_t predictions_antlr = 0;
};
ParseStats& Stats();

/// IsTerminalNode reports whether t, a node of a tree GoParser built, is a
/// terminal (or error) node rather than a rule context. The answer depends
/// only on t's dynamic type; dynamic_cast would find it by comparing type
/// names with strcmp at each step of the class hierarchy, which was a fifth
/// of the parsing phase's time. This compares the type exactly once per type
/// and thread, and remembers it by the type_info's address.
bool IsTerminalNode(const antlr4::tree::ParseTree* t);

/// RuleChild is c->getRuleContext<T>(i) for T, the context class of rule
/// `rule`: the i-th child of that rule, or null.
template <typename T>
T* RuleChild(antlr4::ParserRuleContext* c, size_t rule, size_t i) {
  if (!c) return nullptr;
  for (antlr4::tree::ParseTree* child : c->children) {
    if (IsTerminalNode(child)) continue;
    auto* r = static_cast<antlr4::ParserRuleContext*>(child);
    if (r->getRuleIndex() == rule && i-- == 0) return static_cast<T*>(r);
  }
  return nullptr;
}

/// RuleChildren is c->getRuleContexts<T>(): the children of rule `rule`.
template <typename T>
std::vector<T*> RuleChildren(antlr4::ParserRuleContext* c, size_t rule) {
  std::vector<T*> out;
  if (!c) return out;
  for (antlr4::tree::ParseTree* child : c->children) {
    if (IsTerminalNode(child)) continue;
    auto* r = static_cast<antlr4::ParserRuleContext*>(child);
    if (r->getRuleIndex() == rule) out.push_back(static_cast<T*>(r));
  }
  return out;
}

/// RuleAs is dynamic_cast<T*>(t) for T, the context class of rule `rule`.
template <typename T>
T* RuleAs(antlr4::tree::ParseTree* t, size_t rule) {
  if (!t || IsTerminalNode(t)) return nullptr;
  auto* r = static_cast<antlr4::ParserRuleContext*>(t);
  return r->getRuleIndex() == rule ? static_cast<T*>(r) : nullptr;
}

/// TerminalAs is dynamic_cast<TerminalNode*>(t).
inline antlr4::tree::TerminalNode* TerminalAs(antlr4::tree::ParseTree* t) {
  return t && IsTerminalNode(t) ? static_cast<antlr4::tree::TerminalNode*>(t) : nullptr;
}

/// TokenChild is c->getToken(type, i): the i-th terminal child of that
/// token type, or null.
antlr4::tree::TerminalNode* TokenChild(antlr4::ParserRuleContext* c, size_t type, size_t i);

/// TokenChildren is c->getTokens(type).
std::vector<antlr4::tree::TerminalNode*> TokenChildren(antlr4::ParserRuleContext* c, size_t type);

/// acc::x(c) is c->x() (and acc::x(c, i) is c->x(i)) for every accessor x
/// of the generated context classes, without RTTI (generated from
/// GoParser.h by grammar/accessors.py).
namespace acc {
using P = GoParser;
#include "GoParserAccessors.inc"
}  // namespace acc

/// GcTokString is gc's tokstring: the English word for a token type in
/// "expecting ..." messages ("comma", "semicolon or newline", "name", ")").
std::string GcTokString(size_t token_type);

/// GoVocabulary is the lexer grammar's token vocabulary (names, literals).
const antlr4::dfa::Vocabulary& GoVocabulary();

/// IsStopset reports whether type is in gc's stopset: the keywords that
/// start a statement, where advance() stops inside function bodies.
bool IsStopset(size_t type);

}  // namespace goescape::parse

#endif  // GOESCAPE_FRONTEND_PARSE_PARSER_INTERNAL_H_
