// GoLexer.g4: the tokens of Go 1.19 (the language spec's "Lexical elements").
//
// This grammar defines the token vocabulary and the tokens. goescape runs a
// hand-written scanner (frontend/parse/scanner.cpp) that produces exactly
// the tokens of the lexer generated from it; the generated lexer is the
// reference in a differential test and in the parser fuzzer. A change here
// must be mirrored there (the differential test fails until it is).
//
// This lexer is deliberately permissive, like gc's scanner
// (cmd/compile/internal/syntax/scanner.go): malformed numbers, unterminated
// strings, runes and comments, and identifiers containing characters that are
// not letters or digits all still form one token, so that goescape's token
// post-processor (frontend/parse/tokens.cpp) can re-scan the token text with
// gc's rules and report gc's exact scanner errors ("newline in string",
// "invalid digit '8' in octal literal", "comment not terminated", ...).
//
// Not done here, but in frontend/parse/tokens.cpp:
//   * automatic semicolon insertion (the spec's rule: a newline, or a comment
//     spanning lines, or EOF, after an identifier, a literal, one of the
//     keywords break continue fallthrough return, or one of ++ -- ) ] }
//     becomes a SEMI token);
//   * NUL bytes, byte order marks and invalid UTF-8, which gc handles below
//     the scanner (source.go) and which are removed or replaced before the
//     text reaches this lexer;
//   * the int/float/imaginary kind of a NUMBER.
// NEWLINE, comments and INVALID_CHAR tokens never reach the parser.
//
// BAD is never produced by this lexer: frontend/parse inserts it in place of
// the tokens gc's parser skips after a syntax error, where gc builds a
// BadExpr (or gives up on a declaration, parameter or field), so that
// parsing continues as gc's does (see frontend/parse/recovery.cpp).
lexer grammar GoLexer;

tokens { BAD }

// Keywords.
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// Identifiers: letters are Unicode category L and '_', digits category Nd.
IDENTIFIER : LETTER (LETTER | UNICODE_DIGIT)*;

// Like gc's scanner, any other non-ASCII character starts or continues an
// identifier; such a token is reported ("invalid character U+2022 '•' in
// identifier", "identifier cannot begin with digit ...") and then treated as
// an identifier. Listed after IDENTIFIER so that a proper identifier of the
// same length is an IDENTIFIER.
BAD_IDENTIFIER : ID_ANY_START ID_ANY*;

// Punctuation and operators (the spec's "Operators and punctuation").
ELLIPSIS       : '...';
DOT            : '.';
COMMA          : ',';
SEMI           : ';';
COLON          : ':';
LPAREN         : '(';
RPAREN         : ')';
LBRACK         : '[';
RBRACK         : ']';
LBRACE         : '{';
RBRACE         : '}';
DEFINE         : ':=';
ASSIGN         : '=';
ADD_ASSIGN     : '+=';
SUB_ASSIGN     : '-=';
MUL_ASSIGN     : '*=';
QUO_ASSIGN     : '/=';
REM_ASSIGN     : '%=';
AND_ASSIGN     : '&=';
OR_ASSIGN      : '|=';
XOR_ASSIGN     : '^=';
SHL_ASSIGN     : '<<=';
SHR_ASSIGN     : '>>=';
AND_NOT_ASSIGN : '&^=';
INC            : '++';
DEC            : '--';
LOR            : '||';
LAND           : '&&';
EQL            : '==';
NEQ            : '!=';
LEQ            : '<=';
GEQ            : '>=';
LSS            : '<';
GTR            : '>';
ARROW          : '<-';
ADD            : '+';
SUB            : '-';
OR             : '|';
XOR            : '^';
MUL            : '*';
QUO            : '/';
REM            : '%';
SHL            : '<<';
SHR            : '>>';
AND            : '&';
AND_NOT        : '&^';
NOT            : '!';
TILDE          : '~';

// Numbers, in the shapes gc's scanner consumes (scanner.number): a base
// prefix, digits of any decimal value and '_' (invalid digits are reported
// later), an optional fraction, an exponent ('e' for decimal, 'p' for hex
// mantissas; the other is reported later), and an optional 'i'.
NUMBER
  : '0' [xX] HEX_ISH* ('.' HEX_ISH*)? ([pP] [+-]? DEC_ISH*)? 'i'?
  | '0' [oObB] DEC_ISH* ('.' DEC_ISH*)? ([eEpP] [+-]? DEC_ISH*)? 'i'?
  | [0-9] DEC_ISH* ('.' DEC_ISH*)? ([eEpP] [+-]? DEC_ISH*)? 'i'?
  | '.' [0-9] DEC_ISH* ([eEpP] [+-]? DEC_ISH*)? 'i'?
  ;

// Rune and string literals end at their closing quote, or (unterminated) at
// a newline or the end of the file.
RUNE_LIT       : '\'' (~['\\\n] | '\\' ~[\n])* '\\'? '\''?;
STRING_LIT     : '"' (~["\\\n] | '\\' ~[\n])* '\\'? '"'?;
RAW_STRING_LIT : '`' ~'`'* '`'?;

// Comments and white space.
BLOCK_COMMENT  : '/*' .*? ('*/' | EOF);
LINE_COMMENT   : '//' ~[\n]*;
WS             : [ \t\r]+ -> skip;
NEWLINE        : '\n';

// Any other character: gc reports "invalid character U+0040 '@'" and skips it.
INVALID_CHAR   : .;

fragment LETTER        : [\p{L}_];
fragment UNICODE_DIGIT : [\p{Nd}];
fragment ID_ANY_START  : [a-zA-Z_] | [\u0080-\u{10FFFF}];
fragment ID_ANY        : [a-zA-Z_0-9] | [\u0080-\u{10FFFF}];
fragment DEC_ISH       : [0-9_];
fragment HEX_ISH       : [0-9a-fA-F_];
