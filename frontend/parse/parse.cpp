// parse.cpp: the parsing phase's driver: parsing stages, the error
// recovery loop, and the ordering of diagnostics as gc reports them.
//
// Algorithm
//   1. Tokenize (tokens.cpp). Scanner errors are collected, not reported.
//   2. Parse the token list with ANTLR: first in SLL mode with an error
//      strategy that gives up at once (fast, and exact for inputs without
//      syntax errors); if that fails, in full LL mode (valid inputs SLL
//      cannot decide).
//   3. If that fails too, the input has a syntax error: the recovery loop
//      parses in SLL mode with FirstErrorStrategy, which stops at the first
//      token the grammar cannot use. AnalyzeFailure (recovery.cpp) maps that
//      point to gc's message(s) and to gc's recovery expressed as edits of
//      the token list (virtual tokens replace what gc skips or assumes);
//      the edits are applied and the file is parsed again, until it parses
//      or the failure is at the end of the file (gc reports nothing after a
//      first error at EOF: every later one is at EOF too) or in the package
//      clause (gc gives up). SLL prediction treats the end of a rule as
//      "anything may follow", so, like gc's recursive descent, it leaves
//      inner loops and fails where the enclosing construct cannot continue.
//   4. Build the AST once, from the last tree; the builder reports the
//      checks gc's parser makes after a construct.
//   5. Report everything in gc's order: each diagnostic carries a TimeKey
//      (the token gc's parser was at when it reported it), and gc's rule
//      "no syntax error at EOF after a first error" is applied in that
//      order. The sink then applies gc's one-error-per-line and 10-error
//      rules, which depend on that order.
// Limits: the loop parses the file once per syntax error; a file with very
// many syntax errors stops recovering after kMaxRecoveries (gc would go on
// and print them with -e; without -e it stops after 10 anyway).
//
// Deep nesting: ANTLR's parser, the AST builder and the printers recurse
// once or a few times per nesting level. The CLI runs every phase on a
// thread with a large stack (tools/goescape), which is what lets 100,000
// nested parentheses parse.
#include "frontend/parse/parse.h"

#include <algorithm>
#include <cstdlib>
#include <typeinfo>
#include <unordered_map>

#include "frontend/parse/parser_internal.h"
#include "llvm/Support/raw_ostream.h"

namespace goescape::parse {
namespace {

using P = GoParser;

/// kMaxRecoveries bounds the recovery loop (each round reparses the file).
constexpr int kMaxRecoveries = 2000;
/// kMaxFailuresAtToken bounds the rounds that fail at one source token.
constexpr int kMaxFailuresAtToken = 8;
/// kPackageClauseTokens: "package", its name and ";".
constexpr size_t kPackageClauseTokens = 3;

/// FirstErrorStrategy stops the parse at the first syntax error and records
/// gc's message and recovery for it. It never repairs the input itself (no
/// single-token insertion or deletion, no resynchronization): gc reports at
/// the first unusable token, and the recovery loop applies gc's recovery.
class FirstErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  FirstErrorStrategy(const TokenList& toks, const ReportedLists& reported)
      : toks_(toks), reported_(reported) {}

  void sync(antlr4::Parser*) override {}
  antlr4::Token* recoverInline(antlr4::Parser* recognizer) override {
    // match(tok) failed: gc's want(tok) replaces the token by a virtual
    // tok; the parser may do that at once and go on.
    auto* parser = static_cast<GcParser*>(recognizer);
    antlr4::misc::IntervalSet expected = parser->getExpectedTokens();
    antlr4::Token* current = parser->getCurrentToken();
    if (expected.size() == 1 && parser->TryInPlace(current, expected.getMinElement())) {
      parser->consume();
      return current;
    }
    throw antlr4::InputMismatchException(recognizer);
  }
  void reportError(antlr4::Parser* recognizer, const antlr4::RecognitionException& e) override {
    if (failure_) return;
    auto* parser = static_cast<GcParser*>(recognizer);
    antlr4::Token* offending = e.getOffendingToken();
    if (!offending) offending = parser->getCurrentToken();
    failure_ = std::make_unique<ParseFailure>(
        AnalyzeFailure(*parser, parser->getContext(), offending, toks_, reported_));
    for (auto* c = parser->getContext(); c;
         c = static_cast<antlr4::ParserRuleContext*>(c->parent)) {
      failure_->open.push_back(c);
    }
    if (std::getenv("GOESCAPE_DEBUG_PARSE")) {
      auto* c = parser->getContext();
      llvm::errs() << "parse error in rule " << parser->getRuleNames()[c->getRuleIndex()] << " ("
                   << typeid(e).name() << "), offending "
                   << toks_.tokens[offending->getTokenIndex()].text << ", stack:";
      for (auto* p = c; p; p = static_cast<antlr4::ParserRuleContext*>(p->parent)) {
        llvm::errs() << ' ' << parser->getRuleNames()[p->getRuleIndex()] << '/'
                     << p->children.size();
      }
      llvm::errs() << "; children:";
      for (auto* ch : c->children) llvm::errs() << " [" << ch->getText() << "]";
      llvm::errs() << "\n  -> ";
      for (const SyntaxError& se : failure_->errors) llvm::errs() << se.message << "; ";
      for (const TokenEdit& ed : failure_->edits) {
        llvm::errs() << "edit [" << ed.begin << "," << ed.end << ") +" << ed.insert.size() << ' ';
      }
      llvm::errs() << '\n';
    }
    // Keep the root of the partial tree: unwinding resets the parser's
    // context chain.
    antlr4::ParserRuleContext* c = parser->getContext();
    while (c && c->parent) c = static_cast<antlr4::ParserRuleContext*>(c->parent);
    root_ = dynamic_cast<P::SourceFileContext*>(c);
  }
  void recover(antlr4::Parser*, std::exception_ptr) override {
    throw antlr4::ParseCancellationException("syntax error");
  }

  std::unique_ptr<ParseFailure> TakeFailure() { return std::move(failure_); }
  P::SourceFileContext* Root() const { return root_; }

 private:
  const TokenList& toks_;
  const ReportedLists& reported_;
  std::unique_ptr<ParseFailure> failure_;
  P::SourceFileContext* root_ = nullptr;
};

/// AntlrToken is one goescape token as the ANTLR parser sees it. Its token
/// index is the token's index in the goescape token list, whatever its
/// place in the stream (ListStream, below):
/// the recovery loop parses streams that skip the declarations it has
/// already parsed, and the analysis and the AST builder find each token by
/// that index. The text is made only when asked for.
class AntlrToken : public antlr4::Token {
 public:
  AntlrToken(const parse::Token& t, size_t index)
      : type_(t.type), line_(t.pos.line), col_(t.pos.col), text_(t.text), index_(index) {}
  std::string getText() const override { return text_.str(); }
  size_t getType() const override { return type_; }
  /// Type is getType without the virtual call.
  size_t Type() const { return type_; }
  size_t getLine() const override { return line_; }
  size_t getCharPositionInLine() const override { return col_ - 1; }
  size_t getChannel() const override { return DEFAULT_CHANNEL; }
  size_t getTokenIndex() const override { return index_; }
  /// Become (in place) a virtual token of the given type.
  void SetType(size_t type, llvm::StringRef text) {
    type_ = type;
    text_ = text;
  }
  size_t getStartIndex() const override { return INVALID_INDEX; }
  size_t getStopIndex() const override { return INVALID_INDEX; }
  antlr4::TokenSource* getTokenSource() const override { return nullptr; }
  antlr4::CharStream* getInputStream() const override { return nullptr; }
  std::string toString() const override { return getText(); }

 private:
  size_t type_;
  uint32_t line_, col_;
  llvm::StringRef text_;  // interned (ast::Context) or static
  size_t index_;
};

/// NoSource is the token source ANTLR may ask a ListStream for (only for
/// its token factory, which goescape's error strategies never use).
class NoSource : public antlr4::TokenSource {
 public:
  std::unique_ptr<antlr4::Token> nextToken() override { return nullptr; }
  size_t getLine() const override { return 0; }
  size_t getCharPositionInLine() override { return 0; }
  antlr4::CharStream* getInputStream() override { return nullptr; }
  std::string getSourceName() override { return ""; }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override {
    return antlr4::CommonTokenFactory::DEFAULT.get();
  }
};

/// ListStream is the token stream the parser reads: a goescape token list,
/// the package clause (tokens [0, prefix)) and then the tokens from `from`
/// on, EOF repeating at the end. It replaces ANTLR's CommonTokenStream over
/// a token source: there is one channel and no lexer to pull from, so a
/// position is an index, and the ANTLR tokens are made lazily (a recovery
/// round often stops early) in blocks, one allocation per kBlock tokens
/// instead of one per token, at stable addresses (the parse tree points at
/// them) for the stream's lifetime.
class ListStream : public antlr4::TokenStream {
 public:
  ListStream(const TokenList& toks, size_t prefix, size_t from)
      : toks_(toks), prefix_(prefix), from_(std::max(from, prefix)) {}

  antlr4::Token* LT(ssize_t k) override {
    if (k == 0) return nullptr;
    if (k < 0) {
      size_t back = static_cast<size_t>(-k);
      return back > p_ ? nullptr : At(p_ - back);
    }
    return At(p_ + static_cast<size_t>(k) - 1);
  }
  size_t LA(ssize_t i) override {
    if (i > 0) return At(p_ + static_cast<size_t>(i) - 1)->Type();
    antlr4::Token* t = LT(i);
    return t ? t->getType() : antlr4::Token::INVALID_TYPE;
  }
  antlr4::Token* get(size_t index) const override { return At(index); }
  void consume() override {
    if (At(p_)->getType() == antlr4::Token::EOF) {
      throw antlr4::IllegalStateException("cannot consume EOF");
    }
    ++p_;
  }
  size_t index() override { return p_; }
  void seek(size_t index) override { p_ = index; }
  ssize_t mark() override { return 0; }
  void release(ssize_t) override {}
  size_t size() override { return made_; }
  std::string getSourceName() const override { return ""; }
  antlr4::TokenSource* getTokenSource() const override { return &source_; }
  std::string getText(const antlr4::misc::Interval&) override { return ""; }
  std::string getText() override { return ""; }
  std::string getText(antlr4::RuleContext*) override { return ""; }
  std::string getText(antlr4::Token*, antlr4::Token*) override { return ""; }

 private:
  static constexpr size_t kBlock = 1024;

  /// At is the token at stream position i.
  AntlrToken* At(size_t i) const {
    if (i >= made_) Make(i);
    return &blocks_[i / kBlock].get()[i % kBlock];
  }
  /// Make makes the tokens up to position i.
  void Make(size_t i) const {
    for (; made_ <= i; ++made_) {
      if (made_ % kBlock == 0) {
        blocks_.emplace_back(static_cast<AntlrToken*>(::operator new(kBlock * sizeof(AntlrToken))));
      }
      size_t index = made_ < prefix_ ? made_ : from_ + (made_ - prefix_);
      index = std::min(index, toks_.tokens.size() - 1);  // EOF forever
      new (&blocks_[made_ / kBlock].get()[made_ % kBlock]) AntlrToken(toks_.tokens[index], index);
    }
  }
  /// FreeBlock frees a block of tokens without destroying them: an
  /// AntlrToken's destructor does nothing.
  struct FreeBlock {
    void operator()(AntlrToken* p) const { ::operator delete(p); }
  };

  const TokenList& toks_;
  size_t prefix_;
  size_t from_;
  size_t p_ = 0;
  mutable size_t made_ = 0;
  mutable std::vector<std::unique_ptr<AntlrToken, FreeBlock>> blocks_;
  mutable NoSource source_;
};

}  // namespace

bool GcParser::TryInPlace(antlr4::Token* offending, size_t want) {
  if (!in_place_ || !offending) return false;
  TokenList& toks = in_place_->tokens;
  size_t i = offending->getTokenIndex();
  if (i >= toks.tokens.size() || toks.tokens[i].is_virtual ||
      toks.tokens[i].type == antlr4::Token::EOF) {
    return false;
  }
  antlr4::Token* current = getCurrentToken();
  if (!current || i < current->getTokenIndex()) return false;
  ParseFailure f = AnalyzeFailure(*this, getContext(), offending, toks, in_place_->reported);
  if (f.stop || f.edits.size() != 1 || f.errors.empty()) return false;
  const TokenEdit& e = f.edits[0];
  if (e.begin != i || e.end != i + 1 || e.insert.size() != 1) return false;
  size_t type = e.insert[0];
  if (want != 0 && type != want) return false;
  auto* at = dynamic_cast<AntlrToken*>(offending);
  if (!at) return false;
  // The same change ApplyEdits would make, without moving any token.
  f.round = ++in_place_->round;
  Token& t = toks.tokens[i];
  t.type = type;
  t.text = VirtualText(type);
  t.is_virtual = true;
  t.round = f.round;
  at->SetType(type, t.text);
  in_place_->reported.insert(f.reported_lists.begin(), f.reported_lists.end());
  in_place_->applied.push_back(std::move(f));
  return true;
}

namespace {

/// Session is one file's parse: the token list (patched by recovery), the
/// ANTLR objects over it, and the diagnostics found so far.
class Session {
 public:
  Session(const SourceFile& file, ast::Context& ctx) : file_(file), ctx_(ctx) {}

  ParseResult Run(DiagSink& sink);
  /// Retire hands the ANTLR objects (the parse trees) to the thread's
  /// retired list, which frees the previous parse's (see ParseFile).
  void Retire();

 private:
  /// Parse runs one ANTLR parse of toks_ in the given mode; with bail set,
  /// it gives up at the first problem (returns null), otherwise it stops at
  /// the first syntax error and sets *failure. The tree lives until the
  /// next Parse.
  /// Antlr is an ANTLR parser over toks_ and what it reads; its tree lives
  /// until its next parse.
  struct Antlr {
    std::unique_ptr<ListStream> stream;
    std::unique_ptr<GcParser> parser;
  };
  /// Parse runs one ANTLR parse of toks_ with a in the given mode; with
  /// bail set, it gives up at the first problem (returns null), otherwise it
  /// stops at the first syntax error and sets *failure. from > 0: parse the
  /// package clause and then the tokens from `from` on (a declaration
  /// boundary), skipping what is in between.
  P::SourceFileContext* Parse(Antlr& a, antlr4::atn::PredictionMode mode, bool bail,
                              std::unique_ptr<ParseFailure>* failure, size_t from = 0);
  void TimeScannerErrors();
  void Report(DiagSink& sink);

  const SourceFile& file_;
  ast::Context& ctx_;
  TokenList toks_;
  TokenList original_;  // toks_ before recovery edited it
  Antlr main_;          // stage 1, recovery
  Antlr check_;         // stage 2
  std::vector<TimedDiag> diags_;
  std::vector<TimedDiag> scanner_diags_;  // parallel to toks_.errors
  ReportedLists reported_lists_;
  uint32_t round_ = 0;  // recovery rounds so far (loop rounds and in-place ones)
  uint32_t seq_ = 0;
};

P::SourceFileContext* Session::Parse(Antlr& a, antlr4::atn::PredictionMode mode, bool bail,
                                     std::unique_ptr<ParseFailure>* failure, size_t from) {
  auto stream = std::make_unique<ListStream>(toks_, from > 0 ? kPackageClauseTokens : 0, from);
  if (!a.parser) {
    a.parser = std::make_unique<GcParser>(stream.get());
    a.parser->removeErrorListeners();
  } else {
    a.parser->setTokenStream(stream.get());  // resets the parser, freeing the old tree
  }
  a.stream = std::move(stream);
  GcParser& parser = *a.parser;
  parser.SetTokens(&toks_, &reported_lists_);
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(mode);
  if (bail) {
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
      return parser.sourceFile();
    } catch (antlr4::ParseCancellationException&) {
      return nullptr;
    }
  }
  auto strategy = std::make_shared<FirstErrorStrategy>(toks_, reported_lists_);
  parser.setErrorHandler(strategy);
  P::SourceFileContext* tree = nullptr;
  try {
    tree = parser.sourceFile();
  } catch (antlr4::ParseCancellationException&) {
    tree = strategy->Root();
  }
  *failure = strategy->TakeFailure();
  return tree;
}

/// TailStart is where the next recovery round can start parsing: the
/// start of the top-level item (import or declaration) before the one
/// containing token `error` (the one before it, so that the messages that
/// depend on the previous declaration come out the same), or `from`.
size_t TailStart(P::SourceFileContext* tree, size_t error, size_t from) {
  std::vector<size_t> starts;
  for (antlr4::tree::ParseTree* ch : tree->children) {
    if (auto* tn = dynamic_cast<antlr4::tree::TerminalNode*>(ch)) {
      if (tn->getSymbol()->getType() == GoLexer::IMPORT) {
        starts.push_back(tn->getSymbol()->getTokenIndex());
      }
    } else if (auto* d = dynamic_cast<P::TopLevelDeclContext*>(ch); d && d->getStart()) {
      starts.push_back(d->getStart()->getTokenIndex());
    }
  }
  size_t k = 0;
  while (k < starts.size() && starts[k] <= error) ++k;
  // starts[k - 1] holds the error; start one item earlier.
  if (k >= 2) return std::max(from, starts[k - 2]);
  return from;
}

void Session::TimeScannerErrors() {
  // gc reports a scanner error while it scans the token it belongs to (the
  // tokenizer knows which); source-level errors (NUL, invalid UTF-8, BOM)
  // when its source reader reads the byte: while scanning the first token
  // whose scan (including the character read ahead) reaches it.
  // toks_ is still the original token list here (orig == index).
  size_t k = 0;
  uint32_t horizon = ScanHorizon(file_, toks_, 0);
  for (const ScannerError& e : toks_.errors) {
    uint32_t at = e.token;
    if (e.source_level) {
      while (k + 1 < toks_.tokens.size() && horizon <= e.offset) {
        horizon = ScanHorizon(file_, toks_, ++k);
      }
      at = static_cast<uint32_t>(k);
    }
    at = std::min<uint32_t>(at, static_cast<uint32_t>(toks_.tokens.size() - 1));
    scanner_diags_.push_back({{at, 0, 0, 0, seq_++}, e.diag});
  }
}

void Session::Report(DiagSink& sink) {
  std::stable_sort(diags_.begin(), diags_.end(),
                   [](const TimedDiag& a, const TimedDiag& b) { return a.time < b.time; });
  // gc's syntaxErrorAt: no syntax error at EOF once any error was reported.
  uint32_t eof = static_cast<uint32_t>(toks_.tokens.empty() ? 0 : toks_.tokens.back().orig);
  // goescape's "unsupported" errors only matter for files gc accepts.
  bool syntax = std::any_of(diags_.begin(), diags_.end(),
                            [](const TimedDiag& d) { return d.diag.kind == DiagKind::Syntax; });
  bool first = false;
  for (TimedDiag& d : diags_) {
    if (d.diag.kind == DiagKind::Unsupported && syntax) continue;
    if (d.diag.kind == DiagKind::Syntax && d.time.token >= eof && first) continue;
    if (d.diag.kind != DiagKind::Unsupported) first = true;
    sink.Report(std::move(d.diag));
  }
}

ParseResult Session::Run(DiagSink& sink) {
  ParseResult result;
  toks_ = Tokenize(file_, ctx_);
  file_.SetLineBases(toks_.line_bases);
  TimeScannerErrors();

  // gc's fileOrNil gives up right after the package clause if any error
  // was reported by then, scanner errors included: those found while
  // scanning up to the first token after the clause's ";".
  const auto& t = toks_.tokens;
  if (t.size() > 3 && t[0].type == GoLexer::PACKAGE && t[1].type == GoLexer::IDENTIFIER &&
      t[2].type == GoLexer::SEMI) {
    bool early = false;
    for (size_t k = 0; k < toks_.errors.size(); ++k) {
      if (scanner_diags_[k].time.token <= kPackageClauseTokens) {
        diags_.push_back(std::move(scanner_diags_[k]));
        early = true;
      }
    }
    if (early) {
      Report(sink);
      return result;  // no file, not ok
    }
  }

  // Stage 1: SLL, stopping at the first syntax error (if any, it is the
  // first round of the recovery loop). Stage 2: full LL, bailing out at the
  // first problem, in case the input is valid but needs full context.
  ++Stats().files;
  std::unique_ptr<ParseFailure> first_failure;
  P::SourceFileContext* tree =
      Parse(main_, antlr4::atn::PredictionMode::SLL, /*bail=*/false, &first_failure);
  if (!first_failure) {
    ++Stats().sll;
  } else if (P::SourceFileContext* ll =
                 Parse(check_, antlr4::atn::PredictionMode::LL, /*bail=*/true, nullptr)) {
    ++Stats().ll;
    tree = ll;
    first_failure.reset();
  } else {
    check_ = Antlr();  // free its partial tree
  }

  uint32_t horizon = ~0u;  // the last token gc's scanner reaches (orig index)
  std::vector<antlr4::ParserRuleContext*> unfinished;
  bool recovered = first_failure != nullptr;
  if (recovered) {
    // Stage 3: the recovery loop. Each round reparses from the top-level
    // declaration before the one that failed (the package clause, then
    // that declaration on): what precedes it parses as before.
    ++Stats().recovery;
    original_ = toks_;
    bool tails = t.size() > kPackageClauseTokens && t[0].type == GoLexer::PACKAGE &&
                 t[1].type == GoLexer::IDENTIFIER && t[2].type == GoLexer::SEMI;
    size_t from = 0;
    std::vector<TimedDiag> loop_diags;
    std::unordered_map<uint32_t, int> failures_at;  // by orig token index
    for (int round = 0;; ++round) {
      std::unique_ptr<ParseFailure> failure;
      ++Stats().recovery_rounds;
      if (round == 0) {
        failure = std::move(first_failure);  // stage 1 found it
      } else {
        InPlaceRecovery in_place(toks_, reported_lists_, round_);
        main_.parser->SetInPlace(&in_place);
        tree = Parse(main_, antlr4::atn::PredictionMode::SLL, /*bail=*/false, &failure, from);
        main_.parser->SetInPlace(nullptr);
        for (const ParseFailure& f : in_place.applied) {
          for (const SyntaxError& e : f.errors) {
            loop_diags.push_back({{toks_.tokens[e.token_index].orig, 2, f.round, 0, seq_++},
                                  MakeDiag(DiagKind::Syntax, e.pos, "syntax error: " + e.message)});
          }
        }
      }
      if (!failure) {
        unfinished.clear();
        break;
      }
      unfinished = failure->open;
      ++round_;
      for (const SyntaxError& e : failure->errors) {
        uint32_t at = toks_.tokens[e.token_index].orig;
        loop_diags.push_back({{at, 2, round_, 0, seq_++},
                              MakeDiag(DiagKind::Syntax, e.pos, "syntax error: " + e.message)});
      }
      reported_lists_.insert(failure->reported_lists.begin(), failure->reported_lists.end());
      const Token& t = toks_.tokens[failure->errors.front().token_index];
      if (failure->stop) {
        if (failure->package_clause) {
          // gc's scanner runs just ahead of its parser, which gives up after
          // an error in the package clause: scanner errors past the last
          // token it scanned are never found.
          horizon = toks_.tokens[failure->horizon].orig;
        }
        break;
      }
      if (t.type == antlr4::Token::EOF || round >= kMaxRecoveries || failure->edits.empty()) break;
      // Progress: recovery must move on. If the parse keeps failing at the
      // same place (a recovery goescape models wrongly), skip the next real
      // token there, or give up at EOF.
      if (++failures_at[t.orig] > kMaxFailuresAtToken) {
        size_t i = failure->errors.front().token_index;
        while (i < toks_.tokens.size() && toks_.tokens[i].is_virtual) ++i;
        if (i >= toks_.tokens.size() || toks_.tokens[i].type == antlr4::Token::EOF) break;
        failure->edits = {{failure->errors.front().token_index, i + 1, {}}};
      }
      if (tails && tree) from = TailStart(tree, failure->errors.front().token_index, from);
      ApplyEdits(failure->edits, round_, toks_);
    }
    diags_.insert(diags_.end(), loop_diags.begin(), loop_diags.end());
    if (from > 0) {
      // The AST builder needs the whole file: parse it once more (it fails,
      // if at all, where the last round stopped).
      std::unique_ptr<ParseFailure> last;
      tree = Parse(main_, antlr4::atn::PredictionMode::SLL, /*bail=*/false, &last);
      unfinished = last ? last->open : std::vector<antlr4::ParserRuleContext*>{};
    }
  }
  for (size_t k = 0; k < toks_.errors.size(); ++k) {
    if (scanner_diags_[k].time.token <= horizon) diags_.push_back(std::move(scanner_diags_[k]));
  }
  std::vector<TimedDiag> built;
  result.file = BuildAst(tree, toks_, recovered ? original_ : toks_, file_.Index(), ctx_, built,
                         unfinished, reported_lists_);
  for (TimedDiag& d : built) {
    d.time.seq = seq_++;
    diags_.push_back(std::move(d));
  }

  int errors = 0;
  for (const TimedDiag& d : diags_) {
    if (d.diag.severity == Severity::Error) ++errors;
  }
  Report(sink);
  result.ok = errors == 0 && result.file != nullptr;
  return result;
}

}  // namespace

bool IsTerminalNode(const antlr4::tree::ParseTree* t) {
  // A direct-mapped cache from a type's type_info address to the answer.
  constexpr size_t kSlots = 64;
  thread_local const std::type_info* types[kSlots] = {};
  thread_local bool terminal[kSlots];
  const std::type_info& ti = typeid(*t);
  size_t slot = (reinterpret_cast<uintptr_t>(&ti) >> 4) % kSlots;
  if (types[slot] != &ti) {
    terminal[slot] =
        ti == typeid(antlr4::tree::TerminalNodeImpl) || ti == typeid(antlr4::tree::ErrorNodeImpl);
    types[slot] = &ti;
  }
  return terminal[slot];
}

antlr4::tree::TerminalNode* TokenChild(antlr4::ParserRuleContext* c, size_t type, size_t i) {
  if (!c) return nullptr;
  for (antlr4::tree::ParseTree* child : c->children) {
    if (!IsTerminalNode(child)) continue;
    auto* t = static_cast<antlr4::tree::TerminalNode*>(child);
    if (t->getSymbol()->getType() == type && i-- == 0) return t;
  }
  return nullptr;
}

std::vector<antlr4::tree::TerminalNode*> TokenChildren(antlr4::ParserRuleContext* c, size_t type) {
  std::vector<antlr4::tree::TerminalNode*> out;
  if (!c) return out;
  for (antlr4::tree::ParseTree* child : c->children) {
    if (!IsTerminalNode(child)) continue;
    auto* t = static_cast<antlr4::tree::TerminalNode*>(child);
    if (t->getSymbol()->getType() == type) out.push_back(t);
  }
  return out;
}

ParseStats& Stats() {
  thread_local ParseStats stats;
  return stats;
}

void Session::Retire() {
  // Freeing a parse tree (one allocation per node) costs about a sixth of
  // building it, and a goescape run ends (std::_Exit) right after analysing
  // the files it parsed: a parse's trees are freed when the next parse on
  // the same thread ends (or the thread does), so the last file's never
  // are. Nothing in them points to anything the caller owns.
  thread_local std::vector<Antlr> retired;
  retired.clear();
  retired.push_back(std::move(main_));
  retired.push_back(std::move(check_));
}

ParseResult ParseFile(const SourceFile& file, ast::Context& ctx, DiagSink& sink) {
  Session session(file, ctx);
  ParseResult result = session.Run(sink);
  session.Retire();
  return result;
}

void DumpTokens(const SourceFile& file, ast::Context& ctx, DiagSink& sink, llvm::raw_ostream& os) {
  TokenList toks = Tokenize(file, ctx);
  file.SetLineBases(toks.line_bases);
  for (const ScannerError& e : toks.errors) sink.Report(e.diag);
  for (const Token& t : toks.tokens) {
    os << t.pos.line << ':' << t.pos.col << ' ' << TokenName(t.type);
    if (t.type != antlr4::Token::EOF) os << ' ' << t.text;
    os << '\n';
  }
}

}  // namespace goescape::parse
