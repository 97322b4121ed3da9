// GoParser.g4: the syntax of Go 1.19 (the spec's "Declarations and scope",
// "Expressions", "Statements", "Packages"), including type parameter syntax,
// which goescape parses only to reject it with an "unsupported" diagnostic.
//
// The grammar mirrors gc's hand-written parser (cmd/compile/internal/syntax/
// parser.go) rather than the spec's EBNF, for three reasons:
//   1. Error positions and messages. gc reports a syntax error at the first
//      token its recursive descent cannot use, with a message chosen by the
//      parse function it is in. Rules here correspond to those functions, so
//      the ANTLR error strategy in frontend/parse can map (rule, state, token)
//      to gc's wording.
//   2. Speed. Like gc, the grammar is almost LL(1): shared prefixes are
//      left-factored (simple statements, index vs slice, parameter
//      declarations), so adaptive prediction rarely looks far ahead and deep
//      nesting (100,000 parentheses) parses in linear time.
//   3. Permissiveness. Like gc, types are parsed as expressions where both
//      are possible ("(*T)(x)", "[]int{...}", "make(map[K]V)"), and several
//      checks gc makes after parsing a construct ("cannot use x := 1 as
//      value", "mixed named and unnamed parameters", "expression in go must
//      be function call", "middle index required in 3-index slice", ...) are
//      made by the AST builder, not by the grammar.
//
// The composite-literal-versus-block rule of the spec ("if x == T{} {" is
// ambiguous; gc resolves it with its "xnest" expression nesting level) is the
// semantic predicate complitOk(), implemented in frontend/parse by walking up
// the rule contexts: a name or selector followed by '{' starts a composite
// literal unless the nearest enclosing construct is an if/for/switch header
// (rather than parentheses, brackets, braces or a function literal).
//
// SEMI tokens come from the token post-processor: either a ';' written in the
// source or one inserted at a newline or EOF by the spec's rule.
parser grammar GoParser;

options { tokenVocab = GoLexer; }

@parser::members {
  /// complitOk decides whether a '{' after the current primary expression
  /// starts a composite literal (true) or ends the expression (false), as
  /// gc's pexpr does. Overridden by goescape's parser subclass.
  virtual bool complitOk() { return true; }
  /// rangeOk decides whether "range" may start here: only in the first
  /// simple statement of a for header, as in gc's simpleStmt(nil, _For).
  /// Overridden by goescape's parser subclass.
  virtual bool rangeOk() { return true; }
  /// resultsOk: gc's return statement takes results unless ";" or "}"
  /// follows (then fails on a token no expression starts with).
  bool resultsOk() { return _input->LA(1) != SEMI && _input->LA(1) != RBRACE; }
  /// stmtOk: gc's stmtOrNil starts no statement at "~" (a unary operator
  /// only in expressions).
  bool stmtOk() { return _input->LA(1) != TILDE; }
  /// listEndOk: after an expression list without assignment (the
  /// current simpleStmt's), gc's recovery skips nothing: the list has one
  /// element, or ";", "}", EOF or a statement keyword follows (or the
  /// error was reported and recovered from already). Overridden by
  /// goescape's parser subclass.
  virtual bool listEndOk() { return true; }
  /// singleLhs: the simple statement being parsed has one expression on
  /// its left.
  bool singleLhs() {
    antlr4::ParserRuleContext* c = _ctx;
    if (c && c->getRuleIndex() == RuleSimpleStmtTail) c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent);
    auto* s = dynamic_cast<SimpleStmtContext*>(c);
    return !s || !s->expressionList() || s->expressionList()->expression().size() < 2;
  }
  /// headerHasRange: the for header being parsed starts with a range
  /// clause, after which gc's header returns at once.
  bool headerHasRange() {
    for (antlr4::tree::ParseTree* ch : _ctx->children) {
      if (auto* s = dynamic_cast<SimpleStmtContext*>(ch)) {
        return s->RANGE() || (s->simpleStmtTail() && s->simpleStmtTail()->RANGE());
      }
    }
    return false;
  }
}

// ---------------------------------------------------------------- Packages

sourceFile
  : packageClause (IMPORT importDecl SEMI)* (topLevelDecl SEMI)* EOF
  ;

packageClause
  : PACKAGE IDENTIFIER SEMI
  ;

importDecl
  : importSpec
  | LPAREN (importSpec (SEMI importSpec)* SEMI?)? RPAREN
  ;

importSpec
  : (IDENTIFIER | DOT)? (basicLit | BAD)
  ;

topLevelDecl
  : constDecl
  | typeDecl
  | varDecl
  | funcDecl
  ;

// ------------------------------------------------------------ Declarations

constDecl
  : CONST (constSpec | LPAREN (constSpec (SEMI constSpec)* SEMI?)? RPAREN)
  ;

// gc accepts ":=" in place of "=" (reporting it); so do we (the AST builder
// reports it).
constSpec
  : identifierList type_? ((ASSIGN | DEFINE) expressionList)?
  ;

typeDecl
  : TYPE (typeSpec | LPAREN (typeSpec (SEMI typeSpec)* SEMI?)? RPAREN)
  ;

// The first alternative wins when both apply ("type A [P * C]int" is an
// array type, as in gc).
typeSpec
  : IDENTIFIER (ASSIGN | DEFINE)? type_
  | IDENTIFIER typeParameters (ASSIGN | DEFINE)? type_
  ;

varDecl
  : VAR (varSpec | LPAREN (varSpec (SEMI varSpec)* SEMI?)? RPAREN)
  ;

varSpec
  : identifierList ((ASSIGN | DEFINE) expressionList | type_ ((ASSIGN | DEFINE) expressionList)?)
  ;

// BAD: gc's funcDeclOrNil gave up after the receiver (no name).
funcDecl
  : FUNC receiver? (IDENTIFIER typeParameters? signature block? | BAD)
  ;

receiver
  : parameters
  ;

typeParameters
  : LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK
  ;

typeParamDecl
  : identifierList typeElem
  ;

identifierList
  : IDENTIFIER (COMMA IDENTIFIER)*
  ;

// ------------------------------------------------------------------ Types

type_
  : typeName
  | typeLit
  | LPAREN type_ RPAREN
  | BAD
  ;

typeName
  : IDENTIFIER (DOT IDENTIFIER)? typeArgs?
  ;

// gc's typeInstance: the first argument is parsed as an expression
// (typeList).
typeArgs
  : LBRACK expression (COMMA type_)* COMMA? RBRACK
  ;

typeLit
  : arrayType
  | sliceType
  | structType
  | pointerType
  | functionType
  | interfaceType
  | mapType
  | channelType
  ;

// gc skips a comma after the length ("unexpected comma; expecting ]"):
// recovery.cpp replaces it with BAD, which ends the length expression.
arrayType
  : LBRACK (ELLIPSIS | expression) BAD? RBRACK type_
  ;

sliceType
  : LBRACK RBRACK type_
  ;

pointerType
  : MUL type_
  ;

mapType
  : MAP LBRACK type_ RBRACK type_
  ;

channelType
  : CHAN ARROW? type_
  | ARROW CHAN type_
  ;

functionType
  : FUNC signature
  ;

structType
  : STRUCT LBRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? RBRACE
  ;

fieldDecl
  : identifierList type_ basicLit?
  | embeddedField basicLit?
  | BAD
  ;

// gc does not complain when the ")" of a parenthesized embedded type is
// missing (it has already said "cannot parenthesize embedded type").
embeddedField
  : MUL? typeName
  | MUL? LPAREN MUL? typeName RPAREN?
  ;

interfaceType
  : INTERFACE LBRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? RBRACE
  ;

interfaceElem
  : IDENTIFIER signature
  | typeElem
  ;

// A type set: only in interfaces used as constraints (type parameters).
typeElem
  : TILDE? type_ (OR TILDE? type_)*
  ;

signature
  : parameters result?
  ;

// A parenthesized result is a parameter list, as in gc (funcResult).
result
  : parameters
  | typeName
  | typeLit
  ;

parameters
  : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN
  ;

// gc decides names versus types after the whole list is read
// (parser.paramList); the AST builder does the same with these pieces.
parameterDecl
  : IDENTIFIER (DOT IDENTIFIER)? typeArgs?   // a type name, or a name whose type follows
  | IDENTIFIER ELLIPSIS type_?               // name ...T  ("... is missing type")
  | IDENTIFIER type_                         // name T
  | ELLIPSIS type_?                          // ...T
  | nonNameType                              // T
  | BAD                                      // gc's paramDeclOrNil returned nil
  ;

nonNameType
  : typeLit
  | LPAREN type_ RPAREN
  ;

// ------------------------------------------------------------ Expressions

expressionList
  : expression (COMMA expression)*
  ;

expression
  : unaryExpr
  | expression op=(MUL | QUO | REM | SHL | SHR | AND | AND_NOT) expression
  | expression op=(ADD | SUB | OR | XOR) expression
  | expression op=(EQL | NEQ | LSS | LEQ | GTR | GEQ) expression
  | expression op=LAND expression
  | expression op=LOR expression
  ;

unaryExpr
  : primaryExpr
  | op=(ADD | SUB | NOT | XOR | MUL | AND | ARROW | TILDE) unaryExpr
  ;

primaryExpr
  : operand (primarySuffix | {complitOk()}? literalValue)*
  ;

primarySuffix
  : DOT IDENTIFIER                                   // selector
  | DOT LPAREN (TYPE | type_) RPAREN                  // type assertion / type switch guard
  | LBRACK indexOrSlice RBRACK                       // index or slice
  | arguments                                        // call
  ;

indexOrSlice
  : expression (sliceTail | (COMMA type_)* COMMA?)
  | sliceTail
  ;

sliceTail
  : COLON expression? (COLON expression?)?
  ;

arguments
  : LPAREN (expression (COMMA expression)* ELLIPSIS? COMMA?)? RPAREN
  ;

operand
  : IDENTIFIER
  | basicLit
  | LPAREN expression RPAREN
  | FUNC signature block?                             // function literal or type
  | arrayType                                         // also [...]T
  | sliceType
  | structType
  | mapType
  | CHAN ARROW? type_
  | interfaceType
  | BAD                                               // gc's BadExpr after an error
  ;

basicLit
  : NUMBER
  | RUNE_LIT
  | STRING_LIT
  | RAW_STRING_LIT
  ;

literalValue
  : LBRACE (element (COMMA element)* COMMA?)? RBRACE
  ;

element
  : elementValue (COLON elementValue)?
  ;

elementValue
  : literalValue
  | expression
  ;

// ------------------------------------------------------------- Statements

block
  : LBRACE statementList RBRACE
  ;

// gc's stmtList: statements separated by semicolons, a semicolon being
// optional before a closing brace (and before case/default).
statementList
  : statement? (SEMI statement?)*
  ;

statement
  : declStmt
  | labeledStmt
  | {stmtOk()}? simpleStmt
  | goStmt
  | returnStmt
  | breakStmt
  | continueStmt
  | gotoStmt
  | fallthroughStmt
  | block
  | ifStmt
  | switchStmt
  | selectStmt
  | forStmt
  | deferStmt
  ;

declStmt
  : constDecl
  | typeDecl
  | varDecl
  ;

labeledStmt
  : IDENTIFIER COLON statement?
  ;

// gc's simpleStmt; "range" is accepted everywhere and rejected outside for
// headers by the AST builder, as gc's message for it is made there.
// gc's simpleStmt: a list of two or more expressions with neither = nor
// := is an error; gc then skips to ";" or "}" (listEndOk fails the parse
// where that skips something, for recovery.cpp; otherwise the AST builder
// reports it).
simpleStmt
  : expressionList (simpleStmtTail | {listEndOk()}?)
  | {rangeOk()}? RANGE expression
  ;

// op=, ++, -- and <- take a single expression on the left (gc's
// simpleStmt); after a list gc reports "expecting := or = or comma" and
// skips, which recovery.cpp does when singleLhs fails.
simpleStmtTail
  : {singleLhs()}? assignOp expression
  | {singleLhs()}? INC
  | {singleLhs()}? DEC
  | {singleLhs()}? ARROW expression
  | (ASSIGN | DEFINE) ({rangeOk()}? RANGE expression | expressionList)
  ;

assignOp
  : ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | QUO_ASSIGN | REM_ASSIGN
  | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
  ;

goStmt
  : GO primaryExpr
  ;

deferStmt
  : DEFER primaryExpr
  ;

returnStmt
  : RETURN ({resultsOk()}? expressionList)?
  ;

breakStmt
  : BREAK IDENTIFIER?
  ;

continueStmt
  : CONTINUE IDENTIFIER?
  ;

gotoStmt
  : GOTO IDENTIFIER
  ;

fallthroughStmt
  : FALLTHROUGH
  ;

ifStmt
  : IF header block (ELSE elseBranch)?
  ;

elseBranch
  : ifStmt
  | block
  ;

// The header of an if or switch statement (header) or of a for statement
// (forHeader): gc's parser.header. Their parts are sorted out (init,
// condition, post, range clause) by the AST builder, which also reports
// gc's header errors. As in gc, an if or switch header has at most one
// semicolon, and a for header with a condition needs the second one ("for
// init; {" is accepted and reported by the builder: expecting for loop
// condition).
header
  : VAR? simpleStmt? (SEMI simpleStmt?)?
  ;

forHeader
  : VAR? simpleStmt? ({!headerHasRange()}? SEMI (simpleStmt? SEMI simpleStmt?)?)?
  ;

switchStmt
  : SWITCH header LBRACE caseClause* RBRACE
  ;

caseClause
  : (CASE expressionList | DEFAULT) COLON statementList
  ;

selectStmt
  : SELECT LBRACE commClause* RBRACE
  ;

commClause
  : (CASE simpleStmt | DEFAULT) COLON statementList
  ;

forStmt
  : FOR forHeader block
  ;
