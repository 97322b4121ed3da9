// errorcheck.cpp: run.go's errorcheck rules (see errorcheck.h). Each
// function restates the run.go (or go/build/constraint) function it is
// named after; comments point out the quirks kept on purpose.
#include "tools/goescape/errorcheck/errorcheck.h"

#include <map>
#include <set>
#include <unordered_map>

#include "frontend/base/go_text.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

namespace goescape::errorcheck {
namespace {

// IsTagRune: unicode.IsLetter || unicode.IsDigit || '_' || '.'. Non-ASCII
// runes other than spaces count as letters (approximation, see go_text.h).
bool IsTagRune(char32_t c) {
  if (c < 0x80) return llvm::isAlnum(static_cast<char>(c)) || c == '_' || c == '.';
  return !IsSpace(c) && c != kRuneError;
}

bool IsValidTag(llvm::StringRef word) {
  if (word.empty()) return false;
  for (size_t i = 0; i < word.size();) {
    DecodedRune d = DecodeRune(word, i);
    if (!IsTagRune(d.rune) || IsInvalidByteAt(word, i)) return false;
    i += d.width;
  }
  return true;
}

// SplitConstraint is constraint's splitGoBuild / splitPlusBuild: the text
// after the "//go:build" or "// +build" prefix, if `line` is such a line.
std::optional<std::string> SplitConstraint(llvm::StringRef line, bool go_build) {
  if (!line.empty() && line.back() == '\n') line = line.drop_back();
  if (line.contains('\n')) return std::nullopt;
  llvm::StringRef rest;
  if (go_build) {
    if (!line.startswith("//go:build")) return std::nullopt;
    rest = TrimSpace(line).drop_front(strlen("//go:build"));
  } else {
    if (!line.startswith("//")) return std::nullopt;
    rest = TrimSpace(line.drop_front(2));
    if (!rest.startswith("+build")) return std::nullopt;
    rest = rest.drop_front(strlen("+build"));
  }
  // Followed by a space (or nothing): "//go:buildx" is not a constraint.
  llvm::StringRef trimmed = TrimSpace(rest);
  if (rest.size() == trimmed.size() && !rest.empty()) return std::nullopt;
  return trimmed.str();
}

/// ExprEvaluator parses and evaluates a //go:build expression with
/// go/build/constraint's grammar (|| over && over ! over tags and parens;
/// "!!" is an error). Any syntax error makes the whole line not a
/// constraint.
class ExprEvaluator {
 public:
  ExprEvaluator(llvm::StringRef s, const BuildContext& ctx) : s_(s), ctx_(ctx) {}

  std::optional<bool> Run() {
    bool v = Or();
    if (failed_ || !tok_.empty()) return std::nullopt;
    return v;
  }

 private:
  bool Or() {
    bool x = And();
    while (!failed_ && tok_ == "||") x = And() || x;
    return x;
  }
  bool And() {
    bool x = Not();
    while (!failed_ && tok_ == "&&") x = Not() && x;
    return x;
  }
  bool Not() {
    Lex();
    if (tok_ == "!") {
      Lex();
      if (tok_ == "!") failed_ = true;  // double negation not allowed
      return !Atom();
    }
    return Atom();
  }
  bool Atom() {
    if (failed_) return false;
    if (tok_ == "(") {
      bool x = Or();
      if (tok_ != ")") failed_ = true;  // missing close paren
      Lex();
      return x;
    }
    if (!is_tag_) {
      failed_ = true;  // unexpected token or end of expression
      return false;
    }
    bool x = ctx_.MatchTag(tok_);
    Lex();
    return x;
  }
  void Lex() {
    is_tag_ = false;
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
    if (i_ >= s_.size()) {
      tok_ = "";
      return;
    }
    char c = s_[i_];
    if (c == '(' || c == ')' || c == '!') {
      tok_ = s_.substr(i_++, 1);
      return;
    }
    if (c == '&' || c == '|') {
      if (i_ + 1 >= s_.size() || s_[i_ + 1] != c) {
        failed_ = true;
        tok_ = "";
        i_ = s_.size();
        return;
      }
      tok_ = s_.substr(i_, 2);
      i_ += 2;
      return;
    }
    size_t start = i_;
    while (i_ < s_.size()) {
      DecodedRune d = DecodeRune(s_, i_);
      if (!IsTagRune(d.rune) || IsInvalidByteAt(s_, i_)) break;
      i_ += d.width;
    }
    if (i_ == start) {
      failed_ = true;
      tok_ = "";
      i_ = s_.size();
      return;
    }
    tok_ = s_.slice(start, i_);
    is_tag_ = true;
  }

  llvm::StringRef s_;
  const BuildContext& ctx_;
  size_t i_ = 0;
  llvm::StringRef tok_;
  bool is_tag_ = false;
  bool failed_ = false;
};

// EvalPlusBuild is parsePlusBuildExpr + Eval: space-separated clauses are
// OR-ed, comma-separated literals AND-ed; invalid literals are tag "ignore".
bool EvalPlusBuild(llvm::StringRef text, const BuildContext& ctx) {
  std::vector<llvm::StringRef> clauses = Fields(text);
  if (clauses.empty()) return ctx.MatchTag("ignore");
  bool any = false;
  for (llvm::StringRef clause : clauses) {
    bool all = true;
    llvm::SmallVector<llvm::StringRef, 4> lits;
    clause.split(lits, ',', -1, true);
    for (llvm::StringRef lit : lits) {
      bool z;
      if (lit.startswith("!!") || lit == "!") {
        z = ctx.MatchTag("ignore");
      } else {
        bool neg = lit.consume_front("!");
        z = ctx.MatchTag(IsValidTag(lit) ? lit : "ignore");
        if (neg) z = !z;
      }
      all = all && z;
    }
    any = any || all;
  }
  return any;
}

// Cut is strings.Cut: before, after, found.
bool Cut(llvm::StringRef s, llvm::StringRef sep, llvm::StringRef* before, llvm::StringRef* after) {
  size_t i = s.find(sep);
  if (i == llvm::StringRef::npos) {
    *before = s;
    *after = "";
    return false;
  }
  *before = s.take_front(i);
  *after = s.drop_front(i + sep.size());
  return true;
}

// GoAtoi is strconv.Atoi on a 64-bit platform: optional sign, decimal
// digits, within int64.
std::optional<int64_t> GoAtoi(llvm::StringRef s) {
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s = s.drop_front();
  }
  if (s.empty()) return std::nullopt;
  uint64_t v = 0;
  const uint64_t limit = neg ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1;
  for (char c : s) {
    if (!llvm::isDigit(c)) return std::nullopt;
    unsigned d = static_cast<unsigned>(c - '0');
    if (v > (limit - d) / 10) return std::nullopt;
    v = v * 10 + d;
  }
  return neg ? static_cast<int64_t>(0 - v) : static_cast<int64_t>(v);
}

// SubstituteLine is wantedErrors' lineRx replacement: LINE, LINE+k and
// LINE-k (k decimal) become "short:N" with N = line_num, +k or -k.
std::string SubstituteLine(llvm::StringRef rx, llvm::StringRef short_name, int line_num) {
  std::string out;
  for (;;) {
    size_t i = rx.find("LINE");
    if (i == llvm::StringRef::npos) break;
    out += rx.take_front(i).str();
    rx = rx.drop_front(i + 4);
    int64_t n = line_num;
    if (rx.size() >= 2 && (rx[0] == '+' || rx[0] == '-') && llvm::isDigit(rx[1])) {
      size_t k = 1;
      while (k < rx.size() && llvm::isDigit(rx[k])) ++k;
      // strconv.Atoi fails (delta 0) on out-of-range numbers.
      // Go's int arithmetic wraps; do it unsigned to avoid overflow.
      auto d = static_cast<uint64_t>(GoAtoi(rx.slice(1, k)).value_or(0));
      n = static_cast<int64_t>(rx[0] == '+' ? static_cast<uint64_t>(n) + d
                                            : static_cast<uint64_t>(n) - d);
      rx = rx.drop_front(k);
    }
    out += llvm::formatv("{0}:{1}", short_name, std::to_string(n)).str();
  }
  out += rx.str();
  return out;
}

// ErrorMarker finds wantedErrors' errAutoRx / errRx in `line`: the text
// after "// ERRORAUTO " (auto), else after the leftmost "// ERROR " or
// "// GC_ERROR ", to the end of the line.
std::optional<llvm::StringRef> ErrorMarker(llvm::StringRef line, bool* is_auto) {
  // Leftmost occurrence of either spelling, as an unanchored regexp finds it.
  auto find = [&](llvm::StringRef a, llvm::StringRef b) -> std::optional<llvm::StringRef> {
    size_t i = line.find(a);
    size_t j = line.find(b);
    if (i == llvm::StringRef::npos && j == llvm::StringRef::npos) return std::nullopt;
    return i < j ? line.drop_front(i + a.size()) : line.drop_front(j + b.size());
  };
  if (auto rest = find("// ERRORAUTO ", "// GC_ERRORAUTO ")) {
    *is_auto = true;
    return rest;
  }
  *is_auto = false;
  return find("// ERROR ", "// GC_ERROR ");
}

}  // namespace

bool BuildContext::MatchTag(llvm::StringRef name) const {
  if (!IsValidTag(name)) return false;
  if (name.startswith("goexperiment.")) {
    for (const std::string& t : tool_tags) {
      if (t == name) return true;
    }
    return false;
  }
  if (name == "cgo" && cgo_enabled) return true;
  if (name == goos || name == goarch || name == "gc") return true;
  if (no_opt_env && name == "gcflags_noopt") return true;
  return name == "test_run";
}

std::optional<bool> EvalBuildConstraint(llvm::StringRef line, const BuildContext& ctx) {
  if (std::optional<std::string> text = SplitConstraint(line, true)) {
    return ExprEvaluator(*text, ctx).Run();
  }
  if (std::optional<std::string> text = SplitConstraint(line, false)) {
    return EvalPlusBuild(*text, ctx);
  }
  return std::nullopt;
}

bool ShouldTest(llvm::StringRef header, const BuildContext& ctx, std::string* why_not) {
  llvm::SmallVector<llvm::StringRef, 16> lines;
  header.split(lines, '\n');
  for (llvm::StringRef line : lines) {
    if (line.startswith("package ")) break;
    std::optional<bool> ok = EvalBuildConstraint(line, ctx);
    if (ok && !*ok) {
      *why_not = line.str();
      return false;
    }
  }
  return true;
}

std::vector<std::string> SplitQuoted(llvm::StringRef s, std::string* error) {
  std::vector<std::string> args;
  std::string arg;
  bool escaped = false;
  bool quoted = false;
  char32_t quote = 0;
  for (size_t i = 0; i < s.size();) {
    DecodedRune d = DecodeRune(s, i);
    char32_t r = d.rune;
    i += d.width;
    if (escaped) {
      escaped = false;
    } else if (r == '\\') {
      escaped = true;
      continue;
    } else if (quote != 0) {
      if (r == quote) {
        quote = 0;
        continue;
      }
    } else if (r == '"' || r == '\'') {
      quoted = true;
      quote = r;
      continue;
    } else if (IsSpace(r)) {
      if (quoted || !arg.empty()) {
        quoted = false;
        args.push_back(arg);
        arg.clear();
      }
      continue;
    }
    AppendRune(arg, r);  // as Go: an invalid byte becomes U+FFFD
  }
  if (quoted || !arg.empty()) args.push_back(arg);
  if (quote != 0) {
    *error = "unclosed quote";
  } else if (escaped) {
    *error = "unfinished escaping";
  } else {
    error->clear();
  }
  return args;
}

TestSpec ParseTestSpec(llvm::StringRef src, llvm::StringRef display_name, const BuildContext& ctx) {
  TestSpec spec;
  spec.kind = TestKind::kSkipped;
  // run.go indexes src[0] (a panic on an empty file) and fails files that
  // start with a newline or have no recipe; for a tool that walks folders
  // these are simply not tests.
  if (src.empty()) {
    spec.reason = "empty file";
    return spec;
  }
  if (src[0] == '\n') {
    spec.reason = "starts with newline";
    return spec;
  }
  llvm::StringRef action, rest;
  if (!Cut(src, "\n\n", &action, &rest)) {
    spec.reason =
        llvm::formatv("double newline ending execution recipe not found in {0}", display_name)
            .str();
    return spec;
  }
  llvm::StringRef first_line, after_first;
  if (Cut(action, "\n", &first_line, &after_first) && first_line.contains("+build")) {
    action = after_first;
  }
  action.consume_front("//");

  llvm::StringRef header, code;
  if (!Cut(src, "\npackage", &header, &code)) header = action;
  std::string why_not;
  if (!ShouldTest(header, ctx, &why_not)) {
    spec.reason = "build constraints exclude it: " + why_not;
    return spec;
  }

  std::string split_error;
  std::vector<std::string> words = SplitQuoted(action, &split_error);
  if (!split_error.empty()) {
    spec.kind = TestKind::kBroken;
    spec.reason = "invalid test recipe: " + split_error;
    return spec;
  }
  std::string act = action.str();
  std::vector<std::string> args;
  if (!words.empty()) {
    act = words[0];
    args.assign(words.begin() + 1, words.end());
  }
  spec.action = act;

  static const std::set<std::string> kOtherActions = {
      "compile",  "compiledir", "build",  "builddir", "buildrundir", "run",
      "buildrun", "runoutput",  "rundir", "runindir", "asmcheck"};
  if (kOtherActions.count(act) != 0) {
    spec.reason = "recipe \"" + act + "\" is not an errorcheck";
    return spec;
  }
  if (act == "errorcheckandrundir") {
    spec.kind = TestKind::kErrorCheckAndRunDir;
    spec.want_error = false;
  } else if (act == "errorcheckwithauto") {
    spec.kind = TestKind::kErrorCheck;
    spec.want_auto = true;
    spec.want_error = true;
  } else if (act == "errorcheck") {
    spec.kind = TestKind::kErrorCheck;
    spec.want_error = true;
  } else if (act == "errorcheckdir") {
    spec.kind = TestKind::kErrorCheckDir;
    spec.want_error = true;
  } else if (act == "errorcheckoutput") {
    spec.reason = "recipe \"errorcheckoutput\" runs a program, which goescape cannot do";
    return spec;
  } else if (act == "skip") {
    spec.reason = "recipe \"skip\"";
    return spec;
  } else {
    spec.reason = "unknown pattern: " + act;
    return spec;
  }

  size_t i = 0;
  for (; i < args.size() && llvm::StringRef(args[i]).startswith("-"); ++i) {
    const std::string& a = args[i];
    if (a == "-1") {
      spec.want_error = true;
    } else if (a == "-0") {
      spec.want_error = false;
    } else if (a == "-s") {
      spec.single_file_pkgs = true;
    } else if (a == "-t") {
      if (i + 1 >= args.size()) {  // run.go indexes past the end and panics
        spec.kind = TestKind::kBroken;
        spec.reason = "-t needs a number of seconds";
        return spec;
      }
      // run.go records a bad number as the test's error, but the check's
      // result overwrites it: in effect the timeout is ignored.
      spec.timeout_seconds = static_cast<int>(GoAtoi(args[i + 1]).value_or(0));
      ++i;
    } else if (a == "-goexperiment") {
      if (i + 1 >= args.size()) {
        spec.kind = TestKind::kBroken;
        spec.reason = "-goexperiment needs an argument";
        return spec;
      }
      spec.env.push_back("GOEXPERIMENT=" + args[i + 1]);
      ++i;
    } else {
      spec.flags.push_back(a);
    }
  }
  if (spec.kind == TestKind::kErrorCheck) {
    bool found = false;
    for (std::string& f : spec.flags) {
      if (llvm::StringRef(f).startswith("-d=")) {
        f += ",ssa/check/on";
        found = true;
        break;
      }
    }
    if (!found) spec.flags.push_back("-d=ssa/check/on");
  } else {
    spec.flags.push_back("-d=panic");
  }
  return spec;
}

std::vector<std::string> ErrorCheckArgs(const TestSpec& spec) {
  std::vector<std::string> args = {"-p=p", "-d=panic", "-C", "-e", "-o", "a.o"};
  args.insert(args.end(), spec.flags.begin(), spec.flags.end());
  return args;
}

std::vector<std::string> PackageArgs(const TestSpec& spec, llvm::StringRef package_name,
                                     llvm::StringRef first_file) {
  std::vector<std::string> args = {"-e", "-D", "test", "-I", "."};
  if (package_name == "main") {
    args.push_back("-p=main");
  } else {
    llvm::StringRef base = llvm::sys::path::filename(first_file, llvm::sys::path::Style::posix);
    base.consume_back(".go");
    std::string p = "test/" + base.str();
    args.insert(args.end(), {"-o", p + ".a", "-p", p});
  }
  args.insert(args.end(), spec.flags.begin(), spec.flags.end());
  return args;
}

std::optional<std::string> PackageName(llvm::StringRef src) {
  // packageRE = `(?m)^package ([\p{Lu}\p{Ll}\w]+)`.
  size_t pos = 0;
  while (pos <= src.size()) {
    llvm::StringRef line = src.drop_front(pos);
    if (line.startswith("package ")) {
      llvm::StringRef name = line.drop_front(strlen("package "));
      size_t n = 0;
      while (n < name.size()) {
        DecodedRune d = DecodeRune(name, n);
        bool ok = d.rune < 0x80 ? (llvm::isAlnum(static_cast<char>(d.rune)) || d.rune == '_')
                                : IsTagRune(d.rune) && !IsInvalidByteAt(name, n);
        if (!ok) break;
        n += d.width;
      }
      if (n > 0) return name.take_front(n).str();
    }
    size_t nl = src.find('\n', pos);
    if (nl == llvm::StringRef::npos) break;
    pos = nl + 1;
  }
  return std::nullopt;
}

std::vector<std::string> SplitOutput(llvm::StringRef out, bool want_auto) {
  std::vector<std::string> res;
  llvm::SmallVector<llvm::StringRef, 64> lines;
  out.split(lines, '\n');
  for (llvm::StringRef line : lines) {
    line.consume_back("\r");
    if (line.startswith("\t")) {
      // run.go appends to the previous message (and panics if there is
      // none); here a leading continuation line stands alone.
      if (res.empty()) {
        res.push_back(line.str());
      } else {
        res.back() += "\n" + line.str();
      }
    } else if (line.startswith("go tool") || line.startswith("#") ||
               (!want_auto && line.startswith("<autogenerated>"))) {
      continue;
    } else if (!TrimSpace(line).empty()) {
      res.push_back(line.str());
    }
  }
  return res;
}

bool MatchPrefix(llvm::StringRef s, llvm::StringRef prefix) {
  size_t i = s.find(':');
  if (i == llvm::StringRef::npos) return false;
  size_t j = s.take_front(i).rfind('/');
  if (j != llvm::StringRef::npos) s = s.drop_front(j + 1);
  if (s.size() <= prefix.size() || !s.startswith(prefix)) return false;
  char c = s[prefix.size()];
  return c == '[' || c == ':';
}

bool WantedErrors(const CheckedFile& file, llvm::StringRef display_name,
                  std::vector<WantedError>& out, std::string* fatal) {
  std::unordered_map<std::string, Regex> cache;
  llvm::SmallVector<llvm::StringRef, 256> lines;
  llvm::StringRef(file.source).split(lines, '\n');
  for (size_t i = 0; i < lines.size(); ++i) {
    llvm::StringRef line = lines[i];
    int line_num = static_cast<int>(i + 1);
    std::string num = std::to_string(line_num);
    if (line.contains("////")) continue;  // a doubled comment disables ERROR
    bool is_auto = false;
    std::optional<llvm::StringRef> all = ErrorMarker(line, &is_auto);
    if (!all) continue;
    // errQuotesRx `"([^"]*)"`: successive pairs of double quotes, raw.
    std::vector<llvm::StringRef> quoted;
    llvm::StringRef rest = *all;
    for (;;) {
      size_t a = rest.find('"');
      if (a == llvm::StringRef::npos) break;
      size_t b = rest.find('"', a + 1);
      if (b == llvm::StringRef::npos) break;
      quoted.push_back(rest.slice(a + 1, b));
      rest = rest.drop_front(b + 1);
    }
    if (quoted.empty()) {
      *fatal = llvm::formatv("{0}:{1}: invalid errchk line: {2}", display_name, num, line).str();
      return false;
    }
    for (llvm::StringRef q : quoted) {
      std::string rx = SubstituteLine(q, file.short_name, line_num);
      auto it = cache.find(rx);
      if (it == cache.end()) {
        llvm::Expected<Regex> re = Regex::Compile(rx);
        if (!re) {
          *fatal = llvm::formatv("{0}:{1}: invalid regexp \"{2}\" in ERROR line: {3}", display_name,
                                 num, rx, llvm::toString(re.takeError()))
                       .str();
          return false;
        }
        it = cache.emplace(rx, std::move(*re)).first;
      }
      WantedError we{
          rx,      it->second,      line_num,
          is_auto, file.short_name, llvm::formatv("{0}:{1}", file.short_name, num).str()};
      out.push_back(std::move(we));
    }
  }
  return true;
}

std::string JoinErrors(const std::vector<std::string>& errs) {
  if (errs.size() == 1) return errs[0];
  std::string buf = "\n";
  for (const std::string& e : errs) buf += e + "\n";
  return buf;
}

std::optional<std::string> ErrorCheck(llvm::StringRef out_str, bool want_auto,
                                      const std::vector<CheckedFile>& files,
                                      llvm::StringRef display_name) {
  std::vector<std::string> out = SplitOutput(out_str, want_auto);
  // Cut directory name.
  for (std::string& msg : out) {
    for (const CheckedFile& f : files) msg = ReplaceAll(msg, f.full, f.short_name);
  }
  std::vector<WantedError> want;
  for (const CheckedFile& f : files) {
    std::string fatal;
    if (!WantedErrors(f, display_name, want, &fatal)) return fatal;  // run.go: log.Fatalf
  }

  std::vector<std::string> errs;
  for (const WantedError& we : want) {
    // partitionStrings: candidates in pool order, the rest keeps its order.
    std::vector<std::string> errmsgs, rest;
    for (std::string& msg : out) {
      bool match = we.is_auto ? MatchPrefix(msg, "<autogenerated>") : MatchPrefix(msg, we.prefix);
      (match ? errmsgs : rest).push_back(std::move(msg));
    }
    out = std::move(rest);
    if (errmsgs.empty()) {
      errs.push_back(llvm::formatv("{0}:{1}: missing error {2}", we.file,
                                   std::to_string(we.line_num), GoQuote(we.re_str))
                         .str());
      continue;
    }
    bool matched = false;
    size_t n = out.size();
    for (std::string& errmsg : errmsgs) {
      // Match the text after "file:line: " so the regexp cannot match the
      // file name instead of the message.
      llvm::StringRef text = errmsg;
      size_t space = text.find(' ');
      if (space != llvm::StringRef::npos) text = text.drop_front(space + 1);
      if (we.re.Match(text)) {
        matched = true;
      } else {
        out.push_back(std::move(errmsg));
      }
    }
    if (!matched) {
      std::string unmatched;
      for (size_t k = n; k < out.size(); ++k) unmatched += (k > n ? "\n\t" : "") + out[k];
      errs.push_back(llvm::formatv("{0}:{1}: no match for {2} in:\n\t{3}", we.file,
                                   std::to_string(we.line_num), GoQuoteBackquote(we.re_str),
                                   unmatched)
                         .str());
    }
  }
  if (!out.empty()) {
    errs.push_back("Unmatched Errors:");
    for (const std::string& line : out) errs.push_back(line);
  }
  if (errs.empty()) return std::nullopt;
  return JoinErrors(errs);
}

std::string UpdateErrors(llvm::StringRef out, llvm::StringRef full, llvm::StringRef source) {
  llvm::StringRef base = llvm::sys::path::filename(full, llvm::sys::path::Style::posix);
  std::vector<std::string> lines;
  {
    llvm::SmallVector<llvm::StringRef, 256> parts;
    source.split(parts, '\n');
    for (llvm::StringRef l : parts) {
      llvm::StringRef before, after;
      Cut(l, " // ERROR ", &before, &after);  // remove old errors
      lines.push_back(before.str());
    }
  }
  static const Regex tmp_re = llvm::cantFail(Regex::Compile("autotmp_[0-9]+"));
  std::map<size_t, std::set<std::string>> errors;
  for (const std::string& err_str : SplitOutput(out, false)) {
    llvm::StringRef err_file, rest, line_str, msg_ref;
    if (!Cut(err_str, ":", &err_file, &rest) || err_file != full) continue;
    if (!Cut(rest, ":", &line_str, &msg_ref)) continue;
    std::optional<int64_t> line = GoAtoi(line_str);
    if (!line || *line - 1 < 0 || static_cast<uint64_t>(*line - 1) >= lines.size()) continue;
    std::string msg = ReplaceAll(msg_ref, full, base);  // normalize file mentions
    msg = TrimLeftSpaceTab(msg).str();
    for (llvm::StringRef r : {"\\", "*", "+", "?", "[", "]", "(", ")"}) {
      msg = ReplaceAll(msg, r, ("\\" + r).str());
    }
    msg = ReplaceAll(msg, "\"", ".");
    msg = tmp_re.ReplaceAllLiteral(msg, "autotmp_[0-9]+");
    errors[static_cast<size_t>(*line - 1)].insert(msg);
  }
  for (const auto& [line, msgs] : errors) {
    lines[line] += " // ERROR";
    for (const std::string& e : msgs) lines[line] += " \"" + e + "$\"";
  }
  std::string result;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) result += '\n';
    result += lines[i];
  }
  return result;
}

}  // namespace goescape::errorcheck
