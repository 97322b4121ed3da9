// parse.h: the parsing phase's public entry point. The only place in
// goescape that includes ANTLR headers is frontend/parse/*.cpp; callers see
// source files in and ASTs out.
#ifndef GOESCAPE_FRONTEND_PARSE_PARSE_H_
#define GOESCAPE_FRONTEND_PARSE_PARSE_H_

#include <memory>

#include "frontend/ast/ast.h"
#include "frontend/base/source.h"
#include "frontend/diag/diagnostic.h"

namespace llvm {
class raw_ostream;
}

namespace goescape::parse {

/// ParseResult is one file's AST and whether it parsed without errors.
struct ParseResult {
  std::unique_ptr<ast::File> file;  // null when the package clause is bad
  bool ok = false;                  // no scanner, syntax or parse-check error
};

/// ParseFile tokenizes and parses file, reporting gc's scanner and syntax
/// errors (and goescape's "unsupported" errors for type parameters) to sink.
/// Like gc, it reports every scanner error, the first syntax error, and the
/// parser's post-construct checks that precede it. The AST is built even
/// when there are errors, as far as the input was understood.
ParseResult ParseFile(const SourceFile& file, ast::Context& ctx, DiagSink& sink);

/// DumpTokens writes the file's tokens, as the parser sees them (after
/// semicolon insertion), one per line: "LINE:COL KIND text".
void DumpTokens(const SourceFile& file, ast::Context& ctx, DiagSink& sink, llvm::raw_ostream& os);

}  // namespace goescape::parse

#endif  // GOESCAPE_FRONTEND_PARSE_PARSE_H_
