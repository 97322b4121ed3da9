// parser_internal.h: pieces of the parsing phase shared by its .cpp files.
// Not a public header: it includes the generated ANTLR parser.
#ifndef GOESCAPE_FRONTEND_PARSE_PARSER_INTERNAL_H_
#define GOESCAPE_FRONTEND_PARSE_PARSER_INTERNAL_H_

#include <memory>
#include <string>

#include "GoLexer.h"
#include "GoParser.h"
#include "antlr4-runtime.h"
#include "frontend/ast/ast.h"
#include "frontend/diag/diagnostic.h"
#include "frontend/parse/tokens.h"

namespace goescape::parse {

using goescape_antlr::GoLexer;
using goescape_antlr::GoParser;

/// GcParser is the generated parser plus goescape's composite-literal rule
/// (see GoParser.g4 and complit.cpp): its ATN simulator answers the
/// "composite literal or end of expression?" decision at a "{" with
/// complitOk() alone, as gc's parser does, instead of by lookahead.
class GcParser : public GoParser {
 public:
  explicit GcParser(antlr4::TokenStream* input);
  bool complitOk() override;
};

/// SyntaxError is the first syntax error of a file, in gc's words.
struct SyntaxError {
  Pos pos;
  std::string message;          // without the "syntax error: " prefix
  bool plain = false;           // true: not "unexpected X ..." but a plain message
  size_t token_index = 0;       // the offending token
  bool package_clause = false;  // the error is in the package clause
};

/// GcSyntaxMessage maps the parser's failure (the rule context it was in,
/// the offending token) to the message gc's parser gives at that point.
SyntaxError GcSyntaxMessage(GcParser& parser, antlr4::ParserRuleContext* ctx,
                            antlr4::Token* offending, const TokenList& tokens);

/// BuildAst converts the (possibly partial) parse tree of a file into an
/// ast::File, reporting the checks gc's parser makes after parsing a
/// construct; only diagnostics positioned before `limit` (the first syntax
/// error, or the end of file) are reported. Returns null if the package
/// clause is missing.
std::unique_ptr<ast::File> BuildAst(GoParser::SourceFileContext* tree, const TokenList& tokens,
                                    uint32_t file_index, ast::Context& ctx, DiagSink& sink,
                                    Pos limit);

/// GcTokString is gc's tokstring: the English word for a token type in
/// "expecting ..." messages ("comma", "semicolon or newline", "name", ")").
std::string GcTokString(size_t token_type);

/// GoVocabulary is the lexer grammar's token vocabulary (names, literals).
const antlr4::dfa::Vocabulary& GoVocabulary();

}  // namespace goescape::parse

#endif  // GOESCAPE_FRONTEND_PARSE_PARSER_INTERNAL_H_
