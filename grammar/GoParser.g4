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
  : (IDENTIFIER | DOT)? basicLit
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

funcDecl
  : FUNC receiver? IDENTIFIER typeParameters? signature block?
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
  ;

typeName
  : IDENTIFIER (DOT IDENTIFIER)? typeArgs?
  ;

typeArgs
  : LBRACK type_ (COMMA type_)* COMMA? RBRACK
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

arrayType
  : LBRACK (ELLIPSIS | expression) RBRACK type_
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
  ;

embeddedField
  : MUL? typeName
  | MUL? LPAREN MUL? typeName RPAREN   // "cannot parenthesize embedded type"
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
  | simpleStmt
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
simpleStmt
  : expressionList simpleStmtTail?
  | RANGE expression
  ;

simpleStmtTail
  : assignOp expression
  | INC
  | DEC
  | ARROW expression
  | (ASSIGN | DEFINE) (RANGE expression | expressionList)
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
  : RETURN expressionList?
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

// The header of an if, switch or for statement: gc's parser.header. Its
// parts are sorted out (init, condition, post, range clause) by the AST
// builder, which also reports gc's header errors.
header
  : VAR? simpleStmt? (SEMI simpleStmt? (SEMI simpleStmt?)?)?
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
  : FOR header block
  ;
