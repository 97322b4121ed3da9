// regex.cpp: Go RE2 regular expressions (see regex.h): parser, compiler to
// a Thompson NFA, and a Pike VM.
//
// Parser: recursive descent over Go's regexp/syntax grammar with
// regexp.Compile's flags (PerlX, ClassNL, OneLine, UnicodeGroups except that
// \p classes are rejected). Error codes, and the text each error quotes, are
// Go's; the error reported is the first one met left to right, as in Go.
// Counted repetitions are expanded as Go's Regexp.Simplify does (x{2,5} is
// xx(x(x(x)?)?)?, x{3,} is xxx+, x{0} is empty), and x** style stacking of
// the same operator collapses as in Go's simplify1.
//
// Compiler: one instruction per rune test, Split instructions whose first
// branch has priority (greedy) or second (non-greedy). A star over a
// nullable body compiles as (x+)?, which is what gives Go's leftmost-first
// results for patterns like (a|)* (golang.org/issue/46123).
//
// VM: Go's "NFA" matcher (regexp/exec.go) in C++: two thread queues indexed
// by program counter (sparse sets), threads added in priority order through
// an explicit stack (no recursion, so large programs cannot overflow the
// C++ stack), each new thread with its own copy of the capture slots; when
// a thread matches, all lower-priority threads are cut (leftmost-first).
// Cost: O(|text| * |program|) steps.
//
// Limits enforced as in Go: repeat counts <= 1000, also as a product of
// nested repeats; tree height <= 1000 (checked as each node is created, so
// every later recursion over the tree is bounded); program size (Go's
// "regexp/syntax: internal error" when too large).
#include "tools/goescape/errorcheck/regex.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "frontend/base/go_text.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace goescape::errorcheck {
namespace {

constexpr int kMaxRepeat = 1000;        // Go: x{n,m} with n, m <= 1000
constexpr int kMaxHeight = 1000;        // Go: maxHeight
constexpr size_t kMaxInsts = 3355443;   // Go: maxSize = 128 MiB / 40-byte Inst
constexpr int kMaxGroupNesting = 1000;  // our recursion guard (see regex.h)

// Go's regexp/syntax error codes (ErrorCode strings).
constexpr const char* kErrInternal = "regexp/syntax: internal error";
constexpr const char* kErrInvalidCharRange = "invalid character class range";
constexpr const char* kErrInvalidEscape = "invalid escape sequence";
constexpr const char* kErrInvalidNamedCapture = "invalid named capture";
constexpr const char* kErrInvalidPerlOp = "invalid or unsupported Perl syntax";
constexpr const char* kErrInvalidRepeatOp = "invalid nested repetition operator";
constexpr const char* kErrInvalidRepeatSize = "invalid repeat count";
constexpr const char* kErrInvalidUTF8 = "invalid UTF-8";
constexpr const char* kErrMissingBracket = "missing closing ]";
constexpr const char* kErrMissingParen = "missing closing )";
constexpr const char* kErrMissingRepeatArgument = "missing argument to repetition operator";
constexpr const char* kErrTrailingBackslash = "trailing backslash at end of expression";
constexpr const char* kErrUnexpectedParen = "unexpected )";
constexpr const char* kErrNestingDepth = "expression nests too deeply";
constexpr const char* kErrUnsupportedUnicode =
    "unsupported Unicode character class (goescape's regex engine)";

// ---------------------------------------------------------------------------
// Rune classes: sorted, non-overlapping, non-adjacent closed ranges.

using Ranges = std::vector<std::pair<char32_t, char32_t>>;

void Normalize(Ranges& r) {
  std::sort(r.begin(), r.end());
  Ranges out;
  for (const auto& [lo, hi] : r) {
    if (!out.empty() && lo <= out.back().second + 1) {
      out.back().second = std::max(out.back().second, hi);
    } else {
      out.emplace_back(lo, hi);
    }
  }
  r = std::move(out);
}

Ranges Negate(const Ranges& r) {
  Ranges out;
  char32_t next = 0;
  for (const auto& [lo, hi] : r) {
    if (lo > next) out.emplace_back(next, lo - 1);
    next = hi + 1;
  }
  if (next <= kMaxRune) out.emplace_back(next, kMaxRune);
  return out;
}

// AddFolded adds the ASCII case variants of [lo, hi] to `r`, plus Go's two
// ASCII orbits that leave ASCII: k K U+212A (Kelvin) and s S U+017F (long s).
void AddFolded(Ranges& r, char32_t lo, char32_t hi) {
  auto add_shifted = [&](char32_t from_lo, char32_t from_hi, int32_t delta) {
    char32_t a = std::max(lo, from_lo);
    char32_t b = std::min(hi, from_hi);
    if (a <= b) r.emplace_back(a + delta, b + delta);
  };
  add_shifted('A', 'Z', 'a' - 'A');
  add_shifted('a', 'z', 'A' - 'a');
  auto in = [&](char32_t c) { return lo <= c && c <= hi; };
  if (in('k') || in('K') || in(0x212A))
    r.insert(r.end(), {{'k', 'k'}, {'K', 'K'}, {0x212A, 0x212A}});
  if (in('s') || in('S') || in(0x017F))
    r.insert(r.end(), {{'s', 's'}, {'S', 'S'}, {0x017F, 0x017F}});
}

void AddRange(Ranges& r, char32_t lo, char32_t hi, bool fold) {
  r.emplace_back(lo, hi);
  if (fold) AddFolded(r, lo, hi);
}

// AddGroup adds a Perl or POSIX class: fold, then negate (Go's appendGroup).
void AddGroup(Ranges& r, const Ranges& group, bool negated, bool fold) {
  Ranges tmp;
  for (const auto& [lo, hi] : group) AddRange(tmp, lo, hi, fold);
  Normalize(tmp);
  if (negated) tmp = Negate(tmp);
  r.insert(r.end(), tmp.begin(), tmp.end());
}

bool ClassContains(const Ranges& r, char32_t c) {
  auto it = std::upper_bound(
      r.begin(), r.end(), c,
      [](char32_t v, const std::pair<char32_t, char32_t>& p) { return v < p.first; });
  if (it == r.begin()) return false;
  --it;
  return c <= it->second;
}

/// NamedClass is a Perl (\d) or POSIX ([:alpha:]) class definition.
struct NamedClass {
  std::string name;
  bool negated;
  Ranges ranges;
};

const std::vector<NamedClass>& PerlClasses() {
  static const std::vector<NamedClass> classes = {
      {"\\d", false, {{'0', '9'}}},
      {"\\D", true, {{'0', '9'}}},
      {"\\s", false, {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}}},
      {"\\S", true, {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}}},
      {"\\w", false, {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}},
      {"\\W", true, {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}},
  };
  return classes;
}

const std::vector<NamedClass>& PosixClasses() {
  static const std::vector<NamedClass> classes = [] {
    std::vector<std::pair<const char*, Ranges>> base = {
        {"alnum", {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}}},
        {"alpha", {{'A', 'Z'}, {'a', 'z'}}},
        {"ascii", {{0, 0x7F}}},
        {"blank", {{'\t', '\t'}, {' ', ' '}}},
        {"cntrl", {{0, 0x1F}, {0x7F, 0x7F}}},
        {"digit", {{'0', '9'}}},
        {"graph", {{'!', '~'}}},
        {"lower", {{'a', 'z'}}},
        {"print", {{' ', '~'}}},
        {"punct", {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}}},
        {"space", {{'\t', '\r'}, {' ', ' '}}},
        {"upper", {{'A', 'Z'}}},
        {"word", {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}},
        {"xdigit", {{'0', '9'}, {'A', 'F'}, {'a', 'f'}}},
    };
    std::vector<NamedClass> out;
    for (auto& [name, ranges] : base) {
      out.push_back({std::string("[:") + name + ":]", false, ranges});
      out.push_back({std::string("[:^") + name + ":]", true, ranges});
    }
    return out;
  }();
  return classes;
}

bool IsWordChar(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}
bool IsAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
int Unhex(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

// ---------------------------------------------------------------------------
// Syntax tree.

/// Op is the kind of a syntax node (Go's syntax.Op, minus the literal-string
/// form: literals are one-rune classes here).
enum class Op : uint8_t {
  kNoMatch,
  kEmptyMatch,
  kCharClass,
  kAnyCharNotNL,
  kAnyChar,
  kBeginLine,
  kEndLine,
  kBeginText,
  kEndText,
  kWordBoundary,
  kNoWordBoundary,
  kCapture,
  kStar,
  kPlus,
  kQuest,
  kRepeat,
  kConcat,
  kAlternate,
};

/// Node is one syntax-tree node; children are indices into the node vector.
struct Node {
  explicit Node(Op o) : op(o) {}
  Op op;
  bool non_greedy = false;
  int min = 0;
  int max = 0;  // -1: unbounded
  int cap = 0;
  int height = 1;  // Go's calcHeight, computed when the node is created
  std::vector<int> subs;
  Ranges ranges;
};

/// Flags are the parser's current Go flags (those (?imsU) can change).
struct Flags {
  bool fold_case = false;
  bool dot_nl = false;
  bool one_line = true;
  bool non_greedy = false;
};

/// Parser turns a pattern into a syntax tree, or reports Go's error.
class Parser {
 public:
  Parser(llvm::StringRef whole, std::vector<Node>& nodes) : s_(whole), nodes_(nodes) {}

  // Parse returns the root node, or -1 with error() set.
  int Parse() {
    int root = -1;
    if (!ParseAlternation(0, &root) || !error_.empty()) return -1;
    if (pos_ < s_.size()) {  // only a ')' stops ParseAlternation early
      Fail(kErrUnexpectedParen, s_);
      return -1;
    }
    return root;
  }
  int NumCap() const { return num_cap_; }
  const std::string& Error() const { return error_; }

 private:
  bool Fail(const char* code, llvm::StringRef expr) {
    if (error_.empty())
      error_ = std::string("error parsing regexp: ") + code + ": `" + expr.str() + "`";
    return false;
  }
  llvm::StringRef Slice(size_t from, size_t to) const { return s_.slice(from, to); }
  // Add appends a node; a tree taller than Go's maxHeight is an error
  // (checked here, so every later recursion over the tree is bounded).
  int Add(Node n) {
    for (int sub : n.subs) n.height = std::max(n.height, 1 + nodes_[sub].height);
    if (n.height > kMaxHeight) Fail(kErrNestingDepth, s_);
    nodes_.push_back(std::move(n));
    return static_cast<int>(nodes_.size() - 1);
  }
  int AddOp(Op op) { return Add(Node(op)); }
  int AddClass(Ranges r) {
    Normalize(r);
    Node n{Op::kCharClass};
    n.ranges = std::move(r);
    return Add(std::move(n));
  }
  int AddLiteral(char32_t c) {
    Ranges r;
    AddRange(r, c, c, flags_.fold_case);
    return AddClass(std::move(r));
  }

  // NextRune decodes the pattern rune at pos_ (Go's nextRune: an invalid
  // byte is ErrInvalidUTF8 quoting the rest of the pattern).
  bool NextRune(char32_t* c) {
    if (IsInvalidByteAt(s_, pos_)) return Fail(kErrInvalidUTF8, s_.substr(pos_));
    DecodedRune d = DecodeRune(s_, pos_);
    *c = d.rune;
    pos_ += d.width;
    return true;
  }

  bool ParseAlternation(int depth, int* out) {
    if (depth > kMaxGroupNesting) return Fail(kErrNestingDepth, s_);
    llvm::SmallVector<int, 4> alts;
    for (;;) {
      int concat = -1;
      if (!ParseConcat(depth, &concat)) return false;
      alts.push_back(concat);
      if (pos_ < s_.size() && s_[pos_] == '|') {
        ++pos_;
        continue;
      }
      break;
    }
    if (alts.size() == 1) {
      *out = alts[0];
    } else {
      Node n{Op::kAlternate};
      n.subs.assign(alts.begin(), alts.end());
      *out = Add(std::move(n));
    }
    return true;
  }

  bool ParseConcat(int depth, int* out) {
    std::vector<int> items;
    size_t last_repeat = llvm::StringRef::npos;
    while (pos_ < s_.size() && s_[pos_] != '|' && s_[pos_] != ')') {
      size_t repeat = llvm::StringRef::npos;
      char c = s_[pos_];
      switch (c) {
        case '(': {
          if (!ParseGroup(depth, items)) return false;
          break;
        }
        case '[': {
          int cls = -1;
          if (!ParseClass(&cls)) return false;
          items.push_back(cls);
          break;
        }
        case '.':
          ++pos_;
          items.push_back(AddOp(flags_.dot_nl ? Op::kAnyChar : Op::kAnyCharNotNL));
          break;
        case '^':
          ++pos_;
          items.push_back(AddOp(flags_.one_line ? Op::kBeginText : Op::kBeginLine));
          break;
        case '$':
          ++pos_;
          items.push_back(AddOp(flags_.one_line ? Op::kEndText : Op::kEndLine));
          break;
        case '*':
        case '+':
        case '?': {
          size_t before = pos_;
          ++pos_;
          Op op = c == '*' ? Op::kStar : c == '+' ? Op::kPlus : Op::kQuest;
          if (!ApplyRepeat(items, op, 0, 0, before, last_repeat)) return false;
          repeat = before;
          break;
        }
        case '{': {
          size_t before = pos_;
          int min = 0, max = 0;
          if (!ParseRepeat(&min, &max)) {
            pos_ = before + 1;  // not a repetition: a literal brace
            items.push_back(AddLiteral('{'));
            break;
          }
          if (min < 0 || min > kMaxRepeat || max > kMaxRepeat || (max >= 0 && min > max)) {
            return Fail(kErrInvalidRepeatSize, Slice(before, pos_));
          }
          if (!ApplyRepeat(items, Op::kRepeat, min, max, before, last_repeat)) return false;
          repeat = before;
          break;
        }
        case '\\':
          if (!ParseBackslash(items)) return false;
          break;
        default: {
          char32_t r = 0;
          if (!NextRune(&r)) return false;
          items.push_back(AddLiteral(r));
          break;
        }
      }
      last_repeat = repeat;
      if (!error_.empty()) return false;
    }
    if (items.size() == 1) {
      *out = items[0];
    } else if (items.empty()) {
      *out = AddOp(Op::kEmptyMatch);
    } else {
      Node n{Op::kConcat};
      n.subs = std::move(items);
      *out = Add(std::move(n));
    }
    return true;
  }

  // ParseRepeat parses {n}, {n,} or {n,m} at pos_ (Go's parseRepeat); false
  // if the text is not a repetition. Numbers above 1e8 become -1.
  bool ParseRepeat(int* min, int* max) {
    ++pos_;  // '{'
    if (!ParseInt(min)) return false;
    if (pos_ >= s_.size()) return false;
    if (s_[pos_] != ',') {
      *max = *min;
    } else {
      ++pos_;
      if (pos_ >= s_.size()) return false;
      if (s_[pos_] == '}') {
        *max = -1;
      } else if (!ParseInt(max)) {
        return false;
      } else if (*max < 0) {
        *min = -1;
      }
    }
    if (pos_ >= s_.size() || s_[pos_] != '}') return false;
    ++pos_;
    return true;
  }

  bool ParseInt(int* n) {
    if (pos_ >= s_.size() || !llvm::isDigit(s_[pos_])) return false;
    if (pos_ + 1 < s_.size() && s_[pos_] == '0' && llvm::isDigit(s_[pos_ + 1])) return false;
    int64_t v = 0;
    while (pos_ < s_.size() && llvm::isDigit(s_[pos_])) {
      if (v >= 0 && v >= 100000000) v = -1;
      if (v >= 0) v = v * 10 + (s_[pos_] - '0');
      ++pos_;
    }
    *n = static_cast<int>(v);
    return true;
  }

  // ApplyRepeat wraps the last item in a repetition (Go's parser.repeat).
  // pos_ is just after the operator; a following '?' makes it non-greedy.
  bool ApplyRepeat(std::vector<int>& items, Op op, int min, int max, size_t before,
                   size_t last_repeat) {
    bool non_greedy = flags_.non_greedy;
    if (pos_ < s_.size() && s_[pos_] == '?') {
      ++pos_;
      non_greedy = !non_greedy;
    }
    if (last_repeat != llvm::StringRef::npos) {
      return Fail(kErrInvalidRepeatOp, Slice(last_repeat, pos_));
    }
    if (items.empty()) return Fail(kErrMissingRepeatArgument, Slice(before, pos_));
    Node n{op};
    n.non_greedy = non_greedy;
    n.min = min;
    n.max = max;
    n.subs.push_back(items.back());
    int id = Add(std::move(n));
    items.back() = id;
    if (op == Op::kRepeat && (min >= 2 || max >= 2) && !RepeatIsValid(id, kMaxRepeat)) {
      return Fail(kErrInvalidRepeatSize, Slice(before, pos_));
    }
    return true;
  }

  // RepeatIsValid: the product of nested repetition counts is at most n.
  bool RepeatIsValid(int id, int n) const {
    const Node& node = nodes_[id];
    if (node.op == Op::kRepeat) {
      int m = node.max;
      if (m == 0) return true;
      if (m < 0) m = node.min;
      if (m > n) return false;
      if (m > 0) n /= m;
    }
    for (int sub : node.subs) {
      if (!RepeatIsValid(sub, n)) return false;
    }
    return true;
  }

  // ParseGroup parses "(" ... ")" including (?flags), (?flags:re) and
  // (?P<name>re). A flags-only group changes flags_ and pushes nothing.
  bool ParseGroup(int depth, std::vector<int>& items) {
    size_t start = pos_;
    Flags saved = flags_;
    int cap = 0;
    if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '?') {
      llvm::StringRef t = s_.substr(start);
      if (t.size() > 4 && t[2] == 'P' && t[3] == '<') {
        size_t end = t.find('>');
        if (end == llvm::StringRef::npos) {
          pos_ = start + 2;
          if (!CheckUTF8(t)) return false;
          return Fail(kErrInvalidNamedCapture, t);
        }
        llvm::StringRef name = t.slice(4, end);
        if (!CheckUTF8(name)) return false;
        bool valid = !name.empty();
        for (char ch : name)
          valid = valid && (ch == '_' || IsAlnum(static_cast<unsigned char>(ch)));
        if (!valid) return Fail(kErrInvalidNamedCapture, t.take_front(end + 1));
        cap = ++num_cap_;
        pos_ = start + end + 1;
      } else {
        pos_ = start + 2;
        Flags f = flags_;
        bool negated = false;
        bool saw_flag = false;
        for (;;) {
          if (pos_ >= s_.size()) return Fail(kErrInvalidPerlOp, Slice(start, pos_));
          char32_t ch = 0;
          if (!NextRune(&ch)) return false;
          bool value = !negated;
          switch (ch) {
            case 'i':
              f.fold_case = value, saw_flag = true;
              continue;
            case 'm':
              f.one_line = !value, saw_flag = true;
              continue;
            case 's':
              f.dot_nl = value, saw_flag = true;
              continue;
            case 'U':
              f.non_greedy = value, saw_flag = true;
              continue;
            case '-':
              if (negated) return Fail(kErrInvalidPerlOp, Slice(start, pos_));
              negated = true;
              saw_flag = false;
              continue;
            case ':':
            case ')':
              if (negated && !saw_flag) return Fail(kErrInvalidPerlOp, Slice(start, pos_));
              break;
            default:
              return Fail(kErrInvalidPerlOp, Slice(start, pos_));
          }
          if (ch == ')') {  // flags only: they last until the enclosing group ends
            flags_ = f;
            return true;
          }
          flags_ = f;
          break;
        }
      }
    } else {
      ++pos_;
      cap = ++num_cap_;
    }
    int sub = -1;
    if (!ParseAlternation(depth + 1, &sub)) return false;
    if (pos_ >= s_.size() || s_[pos_] != ')') return Fail(kErrMissingParen, s_);
    ++pos_;
    flags_ = saved;
    if (cap > 0) {
      Node n{Op::kCapture};
      n.cap = cap;
      n.subs.push_back(sub);
      sub = Add(std::move(n));
    }
    items.push_back(sub);
    return true;
  }

  bool CheckUTF8(llvm::StringRef t) {
    for (size_t i = 0; i < t.size();) {
      if (IsInvalidByteAt(t, i)) return Fail(kErrInvalidUTF8, t.substr(i));
      i += DecodeRune(t, i).width;
    }
    return true;
  }

  // PerlClassAt matches \d \D \s \S \w \W at pos_.
  const NamedClass* PerlClassAt() const {
    if (pos_ + 1 >= s_.size() || s_[pos_] != '\\') return nullptr;
    for (const NamedClass& c : PerlClasses()) {
      if (s_[pos_ + 1] == c.name[1]) return &c;
    }
    return nullptr;
  }

  bool ParseBackslash(std::vector<int>& items) {
    if (pos_ + 1 < s_.size()) {
      switch (s_[pos_ + 1]) {
        case 'A':
          pos_ += 2;
          items.push_back(AddOp(Op::kBeginText));
          return true;
        case 'b':
          pos_ += 2;
          items.push_back(AddOp(Op::kWordBoundary));
          return true;
        case 'B':
          pos_ += 2;
          items.push_back(AddOp(Op::kNoWordBoundary));
          return true;
        case 'C':
          return Fail(kErrInvalidEscape, Slice(pos_, pos_ + 2));
        case 'Q': {
          size_t end = s_.find("\\E", pos_ + 2);
          llvm::StringRef lit = s_.slice(pos_ + 2, end);
          size_t after = end == llvm::StringRef::npos ? s_.size() : end + 2;
          pos_ += 2;
          size_t lit_end = pos_ + lit.size();
          while (pos_ < lit_end) {
            if (IsInvalidByteAt(s_, pos_)) return Fail(kErrInvalidUTF8, Slice(pos_, lit_end));
            DecodedRune d = DecodeRune(s_, pos_);
            items.push_back(AddLiteral(d.rune));
            pos_ += d.width;
          }
          pos_ = after;
          return true;
        }
        case 'z':
          pos_ += 2;
          items.push_back(AddOp(Op::kEndText));
          return true;
        case 'p':
        case 'P':
          return Fail(kErrUnsupportedUnicode, UnicodeClassText());
        default:
          break;
      }
    }
    if (const NamedClass* c = PerlClassAt()) {
      pos_ += 2;
      Ranges r;
      AddGroup(r, c->ranges, c->negated, flags_.fold_case);
      items.push_back(AddClass(std::move(r)));
      return true;
    }
    char32_t r = 0;
    if (!ParseEscape(&r)) return false;
    items.push_back(AddLiteral(r));
    return true;
  }

  // UnicodeClassText is the text of a \pX or \p{...} class at pos_.
  llvm::StringRef UnicodeClassText() const {
    size_t end = std::min(s_.size(), pos_ + 3);
    if (pos_ + 2 < s_.size() && s_[pos_ + 2] == '{') {
      size_t close = s_.find('}', pos_);
      end = close == llvm::StringRef::npos ? s_.size() : close + 1;
    }
    return Slice(pos_, end);
  }

  // ParseEscape parses a single-rune escape at pos_ (Go's parseEscape).
  bool ParseEscape(char32_t* out) {
    size_t start = pos_;
    ++pos_;  // backslash
    if (pos_ >= s_.size()) return Fail(kErrTrailingBackslash, "");
    char32_t c = 0;
    if (!NextRune(&c)) return false;
    auto invalid = [&]() { return Fail(kErrInvalidEscape, Slice(start, pos_)); };
    auto at_octal = [&]() { return pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '7'; };
    switch (c) {
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
        if (!at_octal()) return invalid();  // \1 alone would be a backreference
        [[fallthrough]];
      case '0': {
        char32_t r = c - '0';
        for (int i = 1; i < 3 && at_octal(); ++i) r = r * 8 + (s_[pos_++] - '0');
        *out = r;
        return true;
      }
      case 'x': {
        if (pos_ >= s_.size()) return invalid();
        if (!NextRune(&c)) return false;
        if (c == '{') {
          int nhex = 0;
          char32_t r = 0;
          for (;;) {
            if (pos_ >= s_.size()) return invalid();
            if (!NextRune(&c)) return false;
            if (c == '}') break;
            int v = Unhex(c);
            if (v < 0) return invalid();
            r = r * 16 + static_cast<char32_t>(v);
            if (r > kMaxRune) return invalid();
            ++nhex;
          }
          if (nhex == 0) return invalid();
          *out = r;
          return true;
        }
        int x = Unhex(c);
        DecodedRune d = DecodeRune(s_, pos_);
        if (pos_ < s_.size() && !NextRune(&c)) return false;
        int y = d.width == 0 ? -1 : Unhex(c);
        if (x < 0 || y < 0) return invalid();
        *out = static_cast<char32_t>(x * 16 + y);
        return true;
      }
      case 'a':
        *out = '\a';
        return true;
      case 'f':
        *out = '\f';
        return true;
      case 'n':
        *out = '\n';
        return true;
      case 'r':
        *out = '\r';
        return true;
      case 't':
        *out = '\t';
        return true;
      case 'v':
        *out = '\v';
        return true;
      default:
        if (c < 0x80 && !IsAlnum(c)) {  // escaped punctuation is itself
          *out = c;
          return true;
        }
        return invalid();
    }
  }

  // ParseClass parses [...] at pos_ (Go's parseClass with PerlX and ClassNL).
  bool ParseClass(int* out) {
    size_t whole_start = pos_;
    llvm::StringRef whole_class = s_.substr(whole_start);
    ++pos_;  // '['
    bool negated = false;
    if (pos_ < s_.size() && s_[pos_] == '^') {
      negated = true;
      ++pos_;
    }
    Ranges r;
    bool first = true;
    while (pos_ >= s_.size() || s_[pos_] != ']' || first) {
      first = false;
      // POSIX class [:alpha:].
      if (pos_ + 2 < s_.size() && s_[pos_] == '[' && s_[pos_ + 1] == ':') {
        size_t close = s_.find(":]", pos_ + 2);
        if (close != llvm::StringRef::npos) {
          llvm::StringRef name = Slice(pos_, close + 2);
          const NamedClass* found = nullptr;
          for (const NamedClass& c : PosixClasses()) {
            if (name == c.name) found = &c;
          }
          if (found == nullptr) return Fail(kErrInvalidCharRange, name);
          AddGroup(r, found->ranges, found->negated, flags_.fold_case);
          pos_ = close + 2;
          continue;
        }
      }
      if (pos_ + 1 < s_.size() && s_[pos_] == '\\' &&
          (s_[pos_ + 1] == 'p' || s_[pos_ + 1] == 'P')) {
        return Fail(kErrUnsupportedUnicode, UnicodeClassText());
      }
      if (const NamedClass* c = PerlClassAt()) {
        AddGroup(r, c->ranges, c->negated, flags_.fold_case);
        pos_ += 2;
        continue;
      }
      size_t range_start = pos_;
      char32_t lo = 0;
      if (!ParseClassChar(whole_class, &lo)) return false;
      char32_t hi = lo;
      if (pos_ + 1 < s_.size() && s_[pos_] == '-' && s_[pos_ + 1] != ']') {
        ++pos_;
        if (!ParseClassChar(whole_class, &hi)) return false;
        if (hi < lo) return Fail(kErrInvalidCharRange, Slice(range_start, pos_));
      }
      AddRange(r, lo, hi, flags_.fold_case);
    }
    ++pos_;  // ']'
    Normalize(r);
    if (negated) r = Negate(r);
    Node n{Op::kCharClass};
    n.ranges = std::move(r);
    *out = Add(std::move(n));
    return true;
  }

  bool ParseClassChar(llvm::StringRef whole_class, char32_t* out) {
    if (pos_ >= s_.size()) return Fail(kErrMissingBracket, whole_class);
    if (s_[pos_] == '\\') return ParseEscape(out);
    return NextRune(out);
  }

  llvm::StringRef s_;
  size_t pos_ = 0;
  std::vector<Node>& nodes_;
  Flags flags_;
  int num_cap_ = 0;
  std::string error_;
};

// ---------------------------------------------------------------------------
// Program.

/// InstOp is an NFA instruction kind.
enum class InstOp : uint8_t { kFail, kMatch, kRune, kNop, kSplit, kSave, kAssert };

/// Assertion bits for kAssert (Go's EmptyOp).
enum : uint32_t {
  kBeginLine = 1,
  kEndLine = 2,
  kBeginText = 4,
  kEndText = 8,
  kWordBoundary = 16,
  kNoWordBoundary = 32,
};

/// Inst is one NFA instruction. kSplit prefers `out` over `arg`; kRune
/// tests the rune against classes[arg]; kSave stores the position in slot
/// `arg`; kAssert requires the assertion bits in `arg`.
struct Inst {
  InstOp op;
  uint32_t out = 0;
  uint32_t arg = 0;
};

}  // namespace

/// Regex::Program is the compiled, immutable form shared by Regex copies.
struct Regex::Program {
  std::string pattern;
  std::vector<Inst> insts;  // insts[0] is kFail (Go: pc 0 means "no instruction")
  std::vector<Ranges> classes;
  uint32_t start = 0;
  unsigned num_cap = 0;
};

namespace {

/// Frag is a compiled fragment: its entry and the list of dangling exits
/// (each an (instruction, which-field) pair), and whether it can match "".
struct Frag {
  uint32_t entry = 0;
  std::vector<std::pair<uint32_t, bool>> exits;  // bool: true = arg field
  bool nullable = false;
};

/// Compiler turns the syntax tree into a Program, applying Go's Simplify
/// (repetition expansion, simplify1's idempotence) on the way.
class Compiler {
 public:
  Compiler(const std::vector<Node>& nodes, Regex::Program& prog)
      : nodes_(nodes), prog_(prog), class_of_node_(nodes.size(), -1) {
    Emit(InstOp::kFail);
  }

  bool Compile(int root, int num_cap) {
    // As in Go, slots 0 and 1 are set by the machine, not by instructions.
    Frag f = CompileNode(root);
    uint32_t match = Emit(InstOp::kMatch);
    Patch(f, match);
    prog_.start = f.entry;
    prog_.num_cap = static_cast<unsigned>(num_cap);
    return !too_large_;
  }

 private:
  uint32_t Emit(InstOp op, uint32_t arg = 0) {
    if (prog_.insts.size() >= kMaxInsts) {
      too_large_ = true;
      return 0;
    }
    prog_.insts.push_back(Inst{op, 0, arg});
    return static_cast<uint32_t>(prog_.insts.size() - 1);
  }
  void Patch(const Frag& f, uint32_t target) {
    if (too_large_) return;
    for (const auto& [pc, is_arg] : f.exits)
      (is_arg ? prog_.insts[pc].arg : prog_.insts[pc].out) = target;
  }
  Frag Single(InstOp op, uint32_t arg, bool nullable) {
    uint32_t pc = Emit(op, arg);
    return Frag{pc, {{pc, false}}, nullable};
  }
  Frag Nop() { return Single(InstOp::kNop, 0, true); }
  Frag Assert(uint32_t bits) { return Single(InstOp::kAssert, bits, true); }
  // RuneOf emits a rune test; each class is stored once per syntax node.
  Frag RuneOf(int id, const Ranges& r) {
    if (id < 0 || class_of_node_[id] < 0) {
      prog_.classes.push_back(r);
      int cls = static_cast<int>(prog_.classes.size() - 1);
      if (id < 0) return Single(InstOp::kRune, static_cast<uint32_t>(cls), false);
      class_of_node_[id] = cls;
    }
    return Single(InstOp::kRune, static_cast<uint32_t>(class_of_node_[id]), false);
  }
  Frag Cat(Frag a, Frag b) {
    if (too_large_) return Frag{};
    Patch(a, b.entry);
    return Frag{a.entry, std::move(b.exits), a.nullable && b.nullable};
  }
  Frag Alt(Frag a, Frag b) {
    uint32_t pc = Emit(InstOp::kSplit);
    if (too_large_) return Frag{};
    prog_.insts[pc].out = a.entry;
    prog_.insts[pc].arg = b.entry;
    Frag f{pc, std::move(a.exits), a.nullable || b.nullable};
    f.exits.insert(f.exits.end(), b.exits.begin(), b.exits.end());
    return f;
  }
  // Split emits a split whose preferred branch enters `body` (the other
  // branch if non-greedy); the other branch is left dangling.
  uint32_t Split(uint32_t body, bool non_greedy, Frag& f) {
    uint32_t pc = Emit(InstOp::kSplit);
    if (too_large_) return 0;
    if (non_greedy) {
      prog_.insts[pc].arg = body;
      f.exits.push_back({pc, false});
    } else {
      prog_.insts[pc].out = body;
      f.exits.push_back({pc, true});
    }
    return pc;
  }
  Frag Quest(Frag a, bool non_greedy) {
    Frag f{0, {}, true};
    f.entry = Split(a.entry, non_greedy, f);
    f.exits.insert(f.exits.end(), a.exits.begin(), a.exits.end());
    return f;
  }
  // Loop: a split after the body that re-enters it.
  Frag Loop(Frag a, bool non_greedy) {
    Frag f{0, {}, a.nullable};
    f.entry = Split(a.entry, non_greedy, f);
    Patch(a, f.entry);
    return f;
  }
  Frag Plus(Frag a, bool non_greedy) {
    uint32_t entry = a.entry;
    bool nullable = a.nullable;
    Frag loop = Loop(std::move(a), non_greedy);
    return Frag{entry, std::move(loop.exits), nullable};
  }
  Frag Star(Frag a, bool non_greedy) {
    if (a.nullable) return Quest(Plus(std::move(a), non_greedy), non_greedy);  // issue 46123
    Frag loop = Loop(std::move(a), non_greedy);
    loop.nullable = true;
    return loop;
  }

  // EffectiveOp is the op of node `id` after Go's Simplify (and its
  // greediness), which is what simplify1's idempotence rule looks at.
  Op EffectiveOp(int id, bool* non_greedy) const {
    const Node& n = nodes_[id];
    *non_greedy = n.non_greedy;
    bool ignored = false;
    switch (n.op) {
      case Op::kStar:
      case Op::kPlus:
      case Op::kQuest:
        return EffectiveOp(n.subs[0], &ignored) == Op::kEmptyMatch ? Op::kEmptyMatch : n.op;
      case Op::kRepeat: {
        if (n.min == 0 && n.max == 0) return Op::kEmptyMatch;
        bool sub_empty = EffectiveOp(n.subs[0], &ignored) == Op::kEmptyMatch;
        if (n.max == -1) {
          if (n.min <= 1) return sub_empty ? Op::kEmptyMatch : (n.min == 0 ? Op::kStar : Op::kPlus);
          return Op::kConcat;
        }
        if (n.min == 1 && n.max == 1) return EffectiveOp(n.subs[0], non_greedy);
        if (n.min == 0) return sub_empty && n.max == 1 ? Op::kEmptyMatch : Op::kQuest;
        return Op::kConcat;
      }
      default:
        return n.op;
    }
  }

  // Repeat1 is Go's simplify1: op applied to node `sub`.
  Frag Repeat1(Op op, bool non_greedy, int sub) {
    bool sub_non_greedy = false;
    Op sub_op = EffectiveOp(sub, &sub_non_greedy);
    if (sub_op == Op::kEmptyMatch) return Nop();
    if (sub_op == op && sub_non_greedy == non_greedy) return CompileNode(sub);
    Frag body = CompileNode(sub);
    switch (op) {
      case Op::kStar:
        return Star(std::move(body), non_greedy);
      case Op::kPlus:
        return Plus(std::move(body), non_greedy);
      default:
        return Quest(std::move(body), non_greedy);
    }
  }

  Frag CompileNode(int id) {
    if (too_large_) return Frag{};
    const Node& n = nodes_[id];
    switch (n.op) {
      case Op::kNoMatch:
        return Single(InstOp::kFail, 0, false);
      case Op::kEmptyMatch:
        return Nop();
      case Op::kCharClass:
        return RuneOf(id, n.ranges);
      case Op::kAnyCharNotNL:
        return RuneOf(id, {{0, '\n' - 1}, {'\n' + 1, kMaxRune}});
      case Op::kAnyChar:
        return RuneOf(id, {{0, kMaxRune}});
      case Op::kBeginLine:
        return Assert(kBeginLine);
      case Op::kEndLine:
        return Assert(kEndLine);
      case Op::kBeginText:
        return Assert(kBeginText);
      case Op::kEndText:
        return Assert(kEndText);
      case Op::kWordBoundary:
        return Assert(kWordBoundary);
      case Op::kNoWordBoundary:
        return Assert(kNoWordBoundary);
      case Op::kCapture: {
        Frag open = Single(InstOp::kSave, static_cast<uint32_t>(2 * n.cap), true);
        Frag body = CompileNode(n.subs[0]);
        Frag close = Single(InstOp::kSave, static_cast<uint32_t>(2 * n.cap + 1), true);
        return Cat(Cat(std::move(open), std::move(body)), std::move(close));
      }
      case Op::kStar:
      case Op::kPlus:
      case Op::kQuest:
        return Repeat1(n.op, n.non_greedy, n.subs[0]);
      case Op::kRepeat:
        return CompileRepeat(n);
      case Op::kConcat: {
        Frag f = CompileNode(n.subs[0]);
        for (size_t i = 1; i < n.subs.size(); ++i) f = Cat(std::move(f), CompileNode(n.subs[i]));
        return f;
      }
      case Op::kAlternate: {
        Frag f = CompileNode(n.subs[0]);
        for (size_t i = 1; i < n.subs.size(); ++i) f = Alt(std::move(f), CompileNode(n.subs[i]));
        return f;
      }
    }
    return Frag{};
  }

  // CompileRepeat expands x{min,max} as Go's Simplify does: x{0} is empty,
  // x{0,} is x*, x{1,} is x+, x{4,} is xxxx+, x{1} is x, and x{2,5} is
  // xx(x(x(x)?)?)? with the optional copies nested.
  Frag CompileRepeat(const Node& n) {
    int sub = n.subs[0];
    if (n.min == 0 && n.max == 0) return Nop();
    if (n.max == -1) {
      if (n.min == 0) return Repeat1(Op::kStar, n.non_greedy, sub);
      if (n.min == 1) return Repeat1(Op::kPlus, n.non_greedy, sub);
      Frag f = CompileNode(sub);
      for (int i = 1; i < n.min - 1; ++i) f = Cat(std::move(f), CompileNode(sub));
      return Cat(std::move(f), Repeat1(Op::kPlus, n.non_greedy, sub));
    }
    if (n.min == 1 && n.max == 1) return CompileNode(sub);
    Frag prefix;
    bool have_prefix = false;
    for (int i = 0; i < n.min; ++i) {
      prefix = have_prefix ? Cat(std::move(prefix), CompileNode(sub)) : CompileNode(sub);
      have_prefix = true;
    }
    if (n.max > n.min) {
      Frag suffix = Repeat1(Op::kQuest, n.non_greedy, sub);
      for (int i = n.min + 1; i < n.max; ++i) {
        suffix = Quest(Cat(CompileNode(sub), std::move(suffix)), n.non_greedy);
      }
      prefix = have_prefix ? Cat(std::move(prefix), std::move(suffix)) : std::move(suffix);
      have_prefix = true;
    }
    if (!have_prefix) return Single(InstOp::kFail, 0, false);
    return prefix;
  }

  const std::vector<Node>& nodes_;
  Regex::Program& prog_;
  std::vector<int> class_of_node_;
  bool too_large_ = false;
};

// ---------------------------------------------------------------------------
// Pike VM.

/// Queue is a sparse set of program counters in insertion (priority) order;
/// entries for consuming instructions are the VM's threads (their capture
/// slots travel with them).
class Queue {
 public:
  explicit Queue(size_t n) : sparse_(n, 0) {}
  bool Contains(uint32_t pc) const {
    uint32_t i = sparse_[pc];
    return i < dense_.size() && dense_[i].pc == pc;
  }
  // Insert returns the entry's index.
  size_t Insert(uint32_t pc) {
    sparse_[pc] = static_cast<uint32_t>(dense_.size());
    dense_.push_back(Entry{pc, false, {}});
    return dense_.size() - 1;
  }
  void Clear() { dense_.clear(); }

  /// Entry is one queued pc; `has_thread` is true for consuming instructions.
  struct Entry {
    uint32_t pc;
    bool has_thread;
    std::vector<int> caps;
  };
  std::vector<Entry>& Dense() { return dense_; }

 private:
  std::vector<uint32_t> sparse_;
  std::vector<Entry> dense_;
};

/// Machine runs one search of a Program over a text.
class Machine {
 public:
  Machine(const Regex::Program& prog, llvm::StringRef text, size_t ncap)
      : prog_(prog), text_(text), ncap_(ncap), q0_(prog.insts.size()), q1_(prog.insts.size()) {}

  // Run searches from `start`; on a match fills `caps` (ncap_ slots).
  bool Run(size_t start, std::vector<int>& caps) {
    Queue* runq = &q0_;
    Queue* nextq = &q1_;
    std::vector<int> start_caps(ncap_, -1);
    match_caps_.assign(ncap_, -1);
    matched_ = false;
    size_t pos = start;
    DecodedRune cur = DecodeRune(text_, pos);
    int32_t prev = pos == 0 ? -1 : static_cast<int32_t>(DecodeLastRune(text_, pos).rune);
    for (;;) {
      if (runq->Dense().empty() && matched_) break;
      int32_t cur_rune = cur.width == 0 ? -1 : static_cast<int32_t>(cur.rune);
      if (!matched_) {
        if (ncap_ > 0) start_caps[0] = static_cast<int>(pos);
        Add(*runq, prog_.start, pos, start_caps, Flags(prev, cur_rune));
      }
      size_t next_pos = pos + cur.width;
      DecodedRune next = DecodeRune(text_, next_pos);
      int32_t next_rune = next.width == 0 ? -1 : static_cast<int32_t>(next.rune);
      Step(*runq, *nextq, pos, next_pos, cur_rune, Flags(cur_rune, next_rune));
      if (cur.width == 0) break;
      if (ncap_ == 0 && matched_) break;  // no positions wanted: first match decides
      pos = next_pos;
      prev = cur_rune;
      cur = next;
      std::swap(runq, nextq);
    }
    if (matched_) caps = match_caps_;
    return matched_;
  }

 private:
  static uint32_t Flags(int32_t before, int32_t after) {
    uint32_t f = 0;
    if (before < 0) f |= kBeginText | kBeginLine;
    if (before == '\n') f |= kBeginLine;
    if (after < 0) f |= kEndText | kEndLine;
    if (after == '\n') f |= kEndLine;
    bool wb = before >= 0 && IsWordChar(static_cast<char32_t>(before));
    bool wa = after >= 0 && IsWordChar(static_cast<char32_t>(after));
    f |= wb != wa ? kWordBoundary : kNoWordBoundary;
    return f;
  }

  // Add follows non-consuming instructions from pc in priority order,
  // queueing consuming ones (kRune, kMatch) with their capture slots.
  void Add(Queue& q, uint32_t pc0, size_t pos, std::vector<int>& caps, uint32_t flags) {
    stack_.clear();
    stack_.push_back({false, pc0, 0});
    while (!stack_.empty()) {
      StackEntry w = stack_.back();
      stack_.pop_back();
      if (w.restore) {
        caps[w.pc_or_slot] = w.old_value;
        continue;
      }
      uint32_t pc = w.pc_or_slot;
      if (pc == 0 || q.Contains(pc)) continue;
      size_t entry = q.Insert(pc);
      const Inst& inst = prog_.insts[pc];
      switch (inst.op) {
        case InstOp::kFail:
          break;
        case InstOp::kNop:
          stack_.push_back({false, inst.out, 0});
          break;
        case InstOp::kSplit:
          stack_.push_back({false, inst.arg, 0});
          stack_.push_back({false, inst.out, 0});
          break;
        case InstOp::kAssert:
          if ((inst.arg & ~flags) == 0) stack_.push_back({false, inst.out, 0});
          break;
        case InstOp::kSave:
          if (inst.arg < ncap_) {
            stack_.push_back({true, inst.arg, caps[inst.arg]});
            caps[inst.arg] = static_cast<int>(pos);
          }
          stack_.push_back({false, inst.out, 0});
          break;
        case InstOp::kMatch:
        case InstOp::kRune:
          q.Dense()[entry].has_thread = true;
          q.Dense()[entry].caps = caps;
          break;
      }
    }
  }

  void Step(Queue& runq, Queue& nextq, size_t pos, size_t next_pos, int32_t rune,
            uint32_t next_flags) {
    auto& dense = runq.Dense();
    for (size_t j = 0; j < dense.size(); ++j) {
      Queue::Entry& e = dense[j];
      if (!e.has_thread) continue;
      const Inst& inst = prog_.insts[e.pc];
      if (inst.op == InstOp::kMatch) {
        if (ncap_ > 0) {
          e.caps[1] = static_cast<int>(pos);
          match_caps_ = e.caps;
        }
        matched_ = true;
        break;  // leftmost-first: cut all lower-priority threads
      }
      if (rune >= 0 && ClassContains(prog_.classes[inst.arg], static_cast<char32_t>(rune))) {
        Add(nextq, inst.out, next_pos, e.caps, next_flags);
      }
    }
    runq.Clear();
  }

  const Regex::Program& prog_;
  llvm::StringRef text_;
  size_t ncap_;
  Queue q0_;
  Queue q1_;
  std::vector<int> match_caps_;
  bool matched_ = false;
  /// StackEntry is Add's work item: a pc to explore, or a slot to restore.
  struct StackEntry {
    bool restore;
    uint32_t pc_or_slot;
    int old_value;
  };
  std::vector<StackEntry> stack_;
};

}  // namespace

llvm::Expected<Regex> Regex::Compile(llvm::StringRef pattern) {
  auto prog = std::make_shared<Program>();
  prog->pattern = pattern.str();
  std::vector<Node> nodes;
  Parser parser(prog->pattern, nodes);
  int root = parser.Parse();
  if (root < 0) return llvm::createStringError(llvm::inconvertibleErrorCode(), parser.Error());
  Compiler compiler(nodes, *prog);
  if (!compiler.Compile(root, parser.NumCap())) {
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        std::string("error parsing regexp: ") + kErrInternal + ": `" + prog->pattern + "`");
  }
  return Regex(std::move(prog));
}

bool Regex::Match(llvm::StringRef text) const {
  // With no capture slots the VM stops at the first match found.
  Machine m(*program_, text, 0);
  std::vector<int> caps;
  return m.Run(0, caps);
}

bool Regex::FindSubmatchAt(llvm::StringRef text, size_t start, std::vector<int>& submatches) const {
  if (start > text.size()) return false;
  size_t ncap = 2 * (program_->num_cap + 1);
  Machine m(*program_, text, ncap);
  return m.Run(start, submatches);
}

std::vector<int> Regex::FindSubmatch(llvm::StringRef text) const {
  std::vector<int> out;
  if (!FindSubmatchAt(text, 0, out)) out.clear();
  return out;
}

std::string Regex::ReplaceAllLiteral(llvm::StringRef text, llvm::StringRef replacement) const {
  std::string out;
  size_t last_match_end = 0;
  size_t search_pos = 0;
  std::vector<int> m;
  while (search_pos <= text.size()) {
    if (!FindSubmatchAt(text, search_pos, m)) break;
    auto a0 = static_cast<size_t>(m[0]);
    auto a1 = static_cast<size_t>(m[1]);
    out.append(text.data() + last_match_end, a0 - last_match_end);
    // No replacement for an empty match right after the previous match.
    if (a1 > last_match_end || a0 == 0) out.append(replacement.data(), replacement.size());
    last_match_end = a1;
    size_t width = DecodeRune(text, search_pos).width;
    if (search_pos + width > a1) {
      search_pos += width;
    } else if (search_pos + 1 > a1) {
      ++search_pos;
    } else {
      search_pos = a1;
    }
  }
  out.append(text.data() + last_match_end, text.size() - last_match_end);
  return out;
}

unsigned Regex::NumSubexp() const { return program_->num_cap; }

const std::string& Regex::Pattern() const { return program_->pattern; }

}  // namespace goescape::errorcheck
