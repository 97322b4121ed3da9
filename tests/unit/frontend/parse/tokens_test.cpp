// tokens_test.cpp: semicolon insertion, byte-column positions and gc's
// scanner errors; the differential test of the hand-written scanner against
// the ANTLR lexer of GoLexer.g4 (LexerDiff: identical raw tokens and token
// lists on short strings, random strings, all of tests/lit's .go files and,
// when go1.19's sources are installed, every .go file of its test/ and src/
// trees).
#include "frontend/parse/tokens.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "GoLexer.h"

namespace goescape::parse {
namespace {

using goescape_antlr::GoLexer;

struct Lexed {
  TokenList toks;
  std::vector<Diagnostic> errors;
};

Lexed Lex(const std::string& text) {
  static SourceSet sources;  // keeps file contents alive for the StringRefs
  static ast::Context ctx;
  uint32_t id = sources.Add("t.go", text);
  Lexed out{Tokenize(sources.Get(id), ctx), {}};
  for (const ScannerError& e : out.toks.errors) out.errors.push_back(e.diag);
  return out;
}

std::string Kinds(const TokenList& toks) {
  std::string s;
  for (const Token& t : toks.tokens) {
    if (!s.empty()) s += ' ';
    s += t.type == GoLexer::SEMI ? "SEMI(" + t.text.str() + ")" : TokenName(t.type).str();
  }
  return s;
}

TEST(Tokens, SemicolonAfterIdentLiteralAndClosers) {
  EXPECT_EQ(Kinds(Lex("x\n").toks), "IDENTIFIER SEMI(newline) EOF");
  EXPECT_EQ(Kinds(Lex("f(\n)\n").toks), "IDENTIFIER LPAREN RPAREN SEMI(newline) EOF");
  EXPECT_EQ(Kinds(Lex("return\n").toks), "RETURN SEMI(newline) EOF");
  EXPECT_EQ(Kinds(Lex("i++\n").toks), "IDENTIFIER INC SEMI(newline) EOF");
  EXPECT_EQ(Kinds(Lex("a +\nb").toks), "IDENTIFIER ADD IDENTIFIER SEMI(EOF) EOF");
  EXPECT_EQ(Kinds(Lex("x;y").toks), "IDENTIFIER SEMI(semicolon) IDENTIFIER SEMI(EOF) EOF");
}

TEST(Tokens, CommentSpanningLinesActsLikeNewline) {
  EXPECT_EQ(Kinds(Lex("x /* a\nb */ y").toks), "IDENTIFIER SEMI(newline) IDENTIFIER SEMI(EOF) EOF");
  EXPECT_EQ(Kinds(Lex("x /* a */ y").toks), "IDENTIFIER IDENTIFIER SEMI(EOF) EOF");
  EXPECT_EQ(Kinds(Lex("x // c\ny").toks), "IDENTIFIER SEMI(newline) IDENTIFIER SEMI(EOF) EOF");
}

TEST(Tokens, ByteColumnsWithTabsAndUtf8) {
  Lexed l = Lex("\tvar é, z = 1\n");
  ASSERT_GE(l.toks.tokens.size(), 4u);
  EXPECT_EQ(l.toks.tokens[0].pos.col, 2u);   // var after a tab
  EXPECT_EQ(l.toks.tokens[1].pos.col, 6u);   // é
  EXPECT_EQ(l.toks.tokens[2].pos.col, 8u);   // , after a 2-byte é
  EXPECT_EQ(l.toks.tokens[3].pos.col, 10u);  // z
}

TEST(Tokens, ScannerErrorsAsGcWordsThem) {
  auto first = [](const std::string& src) {
    Lexed l = Lex(src);
    return l.errors.empty() ? std::string() : l.errors[0].message;
  };
  EXPECT_EQ(first("x := \"abc\n"), "newline in string");
  EXPECT_EQ(first("x := 0o78"), "invalid digit '8' in octal literal");
  EXPECT_EQ(first("x := 1__0"), "'_' must separate successive digits");
  EXPECT_EQ(first("x := 0x"), "hexadecimal literal has no digits");
  EXPECT_EQ(first("x := 1e"), "exponent has no digits");
  EXPECT_EQ(first("x := ''"), "empty rune literal or unescaped '");
  EXPECT_EQ(first("x := 'ab'"), "more than one character in rune literal");
  EXPECT_EQ(first("x @"), "invalid character U+0040 '@'");
  EXPECT_EQ(first("x := \"\\q\""), "unknown escape");
  EXPECT_EQ(first("/* x"), "comment not terminated");
  EXPECT_EQ(first(std::string("x\0y", 3)), "invalid NUL character");
  EXPECT_EQ(first("x \xff"), "invalid UTF-8 encoding");
}

TEST(Tokens, LiteralKinds) {
  Lexed l = Lex("1 1.5 2i 'a' \"s\" `r`");
  EXPECT_EQ(l.toks.tokens[0].lit_kind, ast::LitKind::kInt);
  EXPECT_EQ(l.toks.tokens[1].lit_kind, ast::LitKind::kFloat);
  EXPECT_EQ(l.toks.tokens[2].lit_kind, ast::LitKind::kImag);
  EXPECT_EQ(l.toks.tokens[3].lit_kind, ast::LitKind::kRune);
  EXPECT_EQ(l.toks.tokens[4].lit_kind, ast::LitKind::kString);
  EXPECT_EQ(l.toks.tokens[5].lit_kind, ast::LitKind::kString);
  EXPECT_TRUE(l.errors.empty());
}

TEST(Tokens, DirectivesAreKept) {
  Lexed l = Lex("package p\n//go:noinline\nfunc f()\n");
  ASSERT_EQ(l.toks.directives.size(), 1u);
  EXPECT_EQ(l.toks.directives[0].text, "//go:noinline");
  EXPECT_EQ(l.toks.directives[0].pos.line, 2u);
}

TEST(Tokens, DroppedBytesInsideKeywordsMakeNames) {
  // gc's source reader drops the NUL, but its scanner compares the raw text
  // with the keyword: "i\0f" is a name (fuzzer finding).
  Lexed l = Lex(std::string("i\0f x", 5));
  EXPECT_EQ(Kinds(l.toks), "IDENTIFIER IDENTIFIER SEMI(EOF) EOF");
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_EQ(l.errors[0].message, "invalid NUL character");
  // Operators are named by their spelling in messages, not their bytes.
  Lexed op = Lex(std::string("x +\0 y", 7));
  ASSERT_GE(op.toks.tokens.size(), 2u);
  EXPECT_EQ(GcTokenString(op.toks.tokens[1]), "+");
}

TEST(Tokens, LineDirectivesBecomeLineBases) {
  Lexed l = Lex("package p\n//line a.go:10\nx\n//line b.go:20:5\ny /*line :30:7*/ z\n");
  EXPECT_TRUE(l.errors.empty());
  ASSERT_EQ(l.toks.line_bases.size(), 3u);
  const LineBase& a = l.toks.line_bases[0];
  EXPECT_EQ(a.filename, "a.go");
  EXPECT_EQ(a.line, 10u);
  EXPECT_EQ(a.col, 0u);       // no column: unknown
  EXPECT_EQ(a.pos.line, 3u);  // //line: the base starts at the next line
  EXPECT_EQ(a.pos.col, 1u);
  const LineBase& c = l.toks.line_bases[2];
  EXPECT_EQ(c.filename, "b.go");  // empty name with a column: the previous one
  EXPECT_EQ(c.line, 30u);
  EXPECT_EQ(c.col, 7u);
  EXPECT_EQ(c.pos.line, 5u);  // /*line*/: right after the comment
  EXPECT_EQ(c.pos.col, 17u);
}

TEST(Tokens, LineDirectivesOnlyAtColumnOneOrInBlockComments) {
  EXPECT_TRUE(Lex("x //line a.go:10\n").toks.line_bases.empty());
  EXPECT_TRUE(Lex("//line a.go\n").toks.line_bases.empty());  // no ":": not a directive
  EXPECT_TRUE(Lex("//lines a.go:1\n").toks.line_bases.empty());
  EXPECT_EQ(Lex("x /*line a.go:1*/ y").toks.line_bases.size(), 1u);
}

TEST(Tokens, BadLineDirectivesAreReportedWhereGcDoes) {
  // Positions from go1.19 (tests/lit/syntax/line_directive_bad_*.err).
  Lexed l = Lex("package main\n\n//line foo.go:0\n//line foo.go:10:0\n//line f:x\n");
  ASSERT_EQ(l.errors.size(), 3u);
  EXPECT_EQ(l.errors[0].message, "invalid line number: 0");
  EXPECT_EQ(l.errors[0].pos.line, 3u);
  EXPECT_EQ(l.errors[0].pos.col, 15u);
  EXPECT_EQ(l.errors[1].message, "invalid column number: 0");
  EXPECT_EQ(l.errors[1].pos.col, 18u);
  EXPECT_EQ(l.errors[2].message, "invalid line number: x");
  EXPECT_TRUE(l.toks.line_bases.empty());
}

// ---------------------------------------------------------------- LexerDiff

std::string Describe(const std::vector<RawToken>& raw) {
  std::string out;
  for (const RawToken& t : raw) {
    out += TokenName(t.type).str() + " " + std::to_string(t.start) + ".." + std::to_string(t.stop) +
           "\n";
  }
  return out;
}

std::string Describe(const TokenList& l) {
  std::ostringstream out;
  for (const Token& t : l.tokens) {
    out << "tok " << t.type << ' ' << t.pos.line << ':' << t.pos.col << ' ' << t.begin << '-'
        << t.end << ' ' << static_cast<int>(t.lit_kind) << ' ' << t.bad << ' ' << t.text.str()
        << '\n';
  }
  for (const ScannerError& e : l.errors) {
    out << "err " << e.offset << ' ' << e.source_level << ' ' << e.token << ' ' << e.diag.pos.line
        << ':' << e.diag.pos.col << ' ' << e.diag.message << '\n';
  }
  for (const ast::Directive& d : l.directives) {
    out << "dir " << d.pos.line << ':' << d.pos.col << ' ' << d.text.str() << '\n';
  }
  for (const LineBase& b : l.line_bases) {
    out << "base " << b.from << ' ' << b.pos.line << ':' << b.pos.col << ' ' << b.filename << ' '
        << b.line << ':' << b.col << '\n';
  }
  out << "eof " << l.eof.line << ':' << l.eof.col << '\n';
  return out.str();
}

/// FirstDifference shows where two descriptions part.
std::string FirstDifference(const std::string& a, const std::string& b) {
  std::istringstream sa(a), sb(b);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ga = static_cast<bool>(std::getline(sa, la));
    bool gb = static_cast<bool>(std::getline(sb, lb));
    if (!ga && !gb) return "";
    if (!ga || !gb || la != lb) {
      return "line " + std::to_string(line) + ": scanner [" + (ga ? la : "<end>") + "] antlr [" +
             (gb ? lb : "<end>") + "]";
    }
  }
}

/// ExpectSameTokens compares the two lexers on one source text: raw tokens
/// and the whole token list (scanner errors, directives, line bases).
void ExpectSameTokens(const std::string& name, const std::string& text) {
  SourceSet sources;
  uint32_t id = sources.Add(name, text);
  const SourceFile& file = sources.Get(id);
  std::string scanned = Describe(LexFile(file, ScanGo));
  std::string reference = Describe(LexFile(file, LexWithAntlr));
  ASSERT_EQ(scanned, reference) << name << ": raw tokens differ, "
                                << FirstDifference(scanned, reference);
  ast::Context ctx;
  std::string list = Describe(Tokenize(file, ctx, ScanGo));
  std::string list_ref = Describe(Tokenize(file, ctx, LexWithAntlr));
  ASSERT_EQ(list, list_ref) << name << ": token lists differ, " << FirstDifference(list, list_ref);
}

/// GoFilesUnder lists the .go files under root (sorted; none if it does not
/// exist).
std::vector<std::filesystem::path> GoFilesUnder(const std::filesystem::path& root) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) return files;
  for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".go") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

/// ExpectSameTokensOnTree runs ExpectSameTokens on every .go file under root
/// and returns how many there were.
size_t ExpectSameTokensOnTree(const std::filesystem::path& root) {
  size_t n = 0;
  for (const std::filesystem::path& p : GoFilesUnder(root)) {
    std::ifstream in(p, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ExpectSameTokens(p.string(), text);
    if (::testing::Test::HasFatalFailure()) break;
    ++n;
  }
  return n;
}

/// kAlphabet: a character of every token shape and of every boundary case
/// (base prefixes, exponents, escapes, comment delimiters, white space, an
/// invalid ASCII character, a non-ASCII letter, digit, non-letter and one
/// outside the BMP).
const std::u32string kAlphabet =
    U"a_x0189oObBeEpPi.+-*/%&|^<>=!:,;()[]{}~'\"`\\\n\r\t @\u00e9\u0663\u2022\U0001F600";

TEST(LexerDiff, AllStringsUpToThreeCharacters) {
  std::vector<std::u32string> inputs{U""};
  for (int len = 1; len <= 3; ++len) {
    std::vector<std::u32string> next;
    for (const std::u32string& s : inputs) {
      if (s.size() + 1 != static_cast<size_t>(len)) continue;
      for (char32_t c : kAlphabet) next.push_back(s + c);
    }
    for (const std::u32string& s : next) {
      std::vector<RawToken> a = ScanGo(s), b = LexWithAntlr(s);
      ASSERT_EQ(Describe(a), Describe(b)) << "input of " << s.size() << " code points";
    }
    inputs.insert(inputs.end(), next.begin(), next.end());
  }
}

TEST(LexerDiff, RandomStrings) {
  std::mt19937 rng(20261121);
  for (int k = 0; k < 100000; ++k) {
    std::u32string s;
    size_t len = rng() % 24;
    for (size_t i = 0; i < len; ++i) s += kAlphabet[rng() % kAlphabet.size()];
    std::vector<RawToken> a = ScanGo(s), b = LexWithAntlr(s);
    ASSERT_EQ(Describe(a), Describe(b)) << "random input #" << k;
  }
}

TEST(LexerDiff, LitCorpus) {
  // tests/lit, from this file's place in the source tree.
  std::filesystem::path lit = std::filesystem::path(__FILE__).parent_path() / "../../../lit";
  EXPECT_GT(ExpectSameTokensOnTree(lit), 100u);
}

TEST(LexerDiff, GoTestTree) {
  if (!std::filesystem::is_directory("/usr/share/go-1.19/test")) GTEST_SKIP() << "no go1.19";
  EXPECT_GT(ExpectSameTokensOnTree("/usr/share/go-1.19/test"), 1000u);
}

TEST(LexerDiff, GoSrcTree) {
  if (!std::filesystem::is_directory("/usr/share/go-1.19/src")) GTEST_SKIP() << "no go1.19";
  EXPECT_GT(ExpectSameTokensOnTree("/usr/share/go-1.19/src"), 1000u);
}

}  // namespace
}  // namespace goescape::parse
