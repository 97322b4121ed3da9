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
/// errors, the checks gc's parser makes after a construct (and goescape's
/// "unsupported" errors for type parameters, in files without syntax
/// errors) to sink, in the order gc reports them. Like gc, it recovers from
/// syntax errors as gc's parser does and goes on, so files with several
/// errors print what gc prints (the sink applies gc's one-error-per-line and
/// 10-error rules). The AST is built even when there are errors: where gc's
/// parser gave up on a construct it has a BadExpr or lacks the node. The
/// file's //line directives are recorded in file (SourceFile::LineBases)
/// for printing positions.
ParseResult ParseFile(const SourceFile& file, ast::Context& ctx, DiagSink& sink);

/// DumpTokens writes the file's tokens, as the parser sees them (after
/// semicolon insertion), one per line: "LINE:COL KIND text".
void DumpTokens(const SourceFile& file, ast::Context& ctx, DiagSink& sink, llvm::raw_ostream& os);

}  // namespace goescape::parse

#endif  // GOESCAPE_FRONTEND_PARSE_PARSE_H_
