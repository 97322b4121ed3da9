// tokens.h: turning a source file into the token list the parser reads.
// Internal to frontend/parse.
//
// Pipeline (each step reproduces a layer of gc's syntax package):
//   1. Decode (gc's source.go): UTF-8 bytes to code points, each with its
//      byte offset. NUL bytes ("invalid NUL character"), invalid UTF-8
//      ("invalid UTF-8 encoding") and byte order marks after the start
//      ("invalid BOM in the middle of the file") are reported and removed,
//      as gc removes them below its scanner.
//   2. Lex: the tokens of the lexer grammar grammar/GoLexer.g4, which is
//      permissive, by the hand-written scanner (scanner.h; the ANTLR lexer
//      generated from the grammar is the reference it is tested against).
//   3. Check (gc's scanner.go): each number, string, rune, identifier and
//      comment token is re-scanned with gc's rules to report gc's scanner
//      errors at gc's positions; invalid characters are reported and dropped.
//   4. Semicolon insertion (the spec's rule, as gc's scanner.next applies it):
//      a newline, a comment spanning lines, or the end of file after an
//      identifier, literal, break/continue/fallthrough/return, ++, --, ), ]
//      or } becomes a SEMI token whose text is "newline" or "EOF" (an
//      explicit ';' has text "semicolon"), as gc names them in messages.
// Comments never reach the parser; //go: and //goescape: line comments are
// kept as directives for the declarations that follow them, and //line and
// /*line*/ directives become the file's line bases (gc's parser.updateBase,
// with its errors for bad line and column numbers).
#ifndef GOESCAPE_FRONTEND_PARSE_TOKENS_H_
#define GOESCAPE_FRONTEND_PARSE_TOKENS_H_

#include <cstdint>
#include <vector>

#include "frontend/ast/ast.h"
#include "frontend/base/pos.h"
#include "frontend/base/source.h"
#include "frontend/diag/diagnostic.h"
#include "frontend/parse/scanner.h"
#include "llvm/ADT/StringRef.h"

namespace goescape::parse {

/// Token is one token as the parser sees it.
struct Token {
  size_t type = 0;                             // a GoLexer token type
  Pos pos;                                     // position of its first byte
  uint32_t begin = 0, end = 0;                 // byte offsets [begin, end) in the file
  llvm::StringRef text;                        // source text; "semicolon"/"newline"/"EOF" for SEMI
  ast::LitKind lit_kind = ast::LitKind::kInt;  // for NUMBER/RUNE/STRING tokens
  bool bad = false;                            // a scanner error was reported
  /// Virtual tokens are not in the source: error recovery inserted them
  /// (recovery.cpp) where gc's parser acts as if they were there.
  bool is_virtual = false;
  /// orig is the token's index in the list Tokenize made; a virtual token
  /// has the index of the real token gc's parser was at when it recovered.
  uint32_t orig = 0;
  /// round is the recovery round that made a virtual token (1, 2, ...).
  uint32_t round = 0;
};

/// ScannerError is a scanner (or source) error and the byte offset that gc's
/// scanner must have read to report it.
struct ScannerError {
  uint32_t offset;
  Diagnostic diag;
  /// source_level: found by gc's source reader (NUL, invalid UTF-8, BOM),
  /// which reads one character ahead of the scanner.
  bool source_level = false;
  /// token: for an error of the scanner proper, the index of the token gc's
  /// scanner was scanning when it found it (the token it is in, or the next
  /// one for comments and invalid characters); kNoToken for source-level
  /// errors (see ScanHorizon).
  uint32_t token = kNoToken;
  static constexpr uint32_t kNoToken = ~0u;
};

/// TokenList is the tokens of one file (ending with EOF), its directives,
/// and the scanner errors found, in file order. The errors are not reported
/// by Tokenize: gc reports only those its scanner reached (see ParseFile).
struct TokenList {
  std::vector<Token> tokens;
  std::vector<ast::Directive> directives;
  std::vector<LineBase> line_bases;
  std::vector<ScannerError> errors;
  Pos eof;
};

/// Tokenize runs steps 1-4 above on file, with lex as step 2. Token and
/// directive texts are interned in ctx.
TokenList Tokenize(const SourceFile& file, ast::Context& ctx, LexFn lex = ScanGo);

/// LexFile runs steps 1 and 2 only: the raw tokens of file (for comparing
/// lexers).
std::vector<RawToken> LexFile(const SourceFile& file, LexFn lex);

/// ScanHorizon is the byte offset up to which gc's scanner has read once it
/// has returned the token at index i: the token, the characters skipped
/// after it (invalid bytes) and the one character it reads ahead.
uint32_t ScanHorizon(const SourceFile& file, const TokenList& toks, size_t i);

/// TokenName is the name of a token type for --emit=tokens ("IDENTIFIER",
/// "SEMI", ...).
llvm::StringRef TokenName(size_t type);

/// GcTokenString is how gc's syntax errors name the token t: the name
/// itself for identifiers, "literal 1.5" for literals, the operator or
/// keyword, or "newline"/"EOF"/"semicolon" for SEMI.
std::string GcTokenString(const Token& t);

}  // namespace goescape::parse

#endif  // GOESCAPE_FRONTEND_PARSE_TOKENS_H_
