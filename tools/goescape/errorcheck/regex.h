// regex.h: regular expressions with Go's RE2 syntax and semantics, for the
// patterns of errorcheck tests (`// ERROR "regexp"`).
//
// Why not std::regex or llvm::Regex: Go test patterns are RE2, where a brace
// that does not start a valid repetition is a literal (`&U{...} does not
// escape$`); ECMAScript and POSIX reject or misread such patterns, and
// std::regex backtracks exponentially.
//
// Algorithm
//   * Parse (regex.cpp, Parser): a recursive-descent parser for Go's
//     regexp/syntax with regexp.Compile's flags (Perl classes, non-greedy
//     operators, ClassNL, OneLine), reporting errors with Go's wording and
//     the same offending text: "error parsing regexp: missing closing ):
//     `a(b`". Counted repetition is expanded as Go's Simplify does.
//   * Compile to a Thompson NFA (a program of Split/Rune/Save/Assert
//     instructions), with Go's rule that a star over a nullable body is
//     compiled as (x+)? (golang.org/issue/46123).
//   * Execute with a Pike VM: every thread advances in lock step over the
//     input's runes, threads are kept in priority order and deduplicated by
//     program counter, which yields Go's leftmost-first submatches in
//     O(len(text) * program size) time and O(program size) space per thread
//     list. Never exponential.
// Invariants: a Regex is immutable after Compile and safe to use from many
//   threads at once (each call allocates its own scratch state).
// Limits (documented deviations from Go's regexp):
//   * (?i) folds ASCII letters only (plus Go's k/K/U+212A and s/S/U+017F
//     orbits); Unicode classes \p{...} and \pX are rejected with an error.
//   * Non-capturing groups nest at most 1000 deep (Go allows any depth of
//     (?:...)); the tree-height and program-size limits are measured on
//     this engine's tree and program, so their thresholds differ slightly
//     from Go's (which counts merged literal strings as one node).
//   * Text is matched as UTF-8 runes as in Go (an invalid byte is U+FFFD of
//     width 1).
#ifndef GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_REGEX_H_
#define GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_REGEX_H_

#include <memory>
#include <string>
#include <vector>

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace goescape::errorcheck {

/// Regex is a compiled regular expression with Go regexp semantics. Cheap to
/// copy (the program is shared) and thread-safe.
class Regex {
 public:
  /// Compile parses `pattern` as Go's regexp.Compile does. On failure the
  /// error's message is Go's err.Error() text, e.g.
  /// "error parsing regexp: invalid escape sequence: `\q`".
  static llvm::Expected<Regex> Compile(llvm::StringRef pattern);

  /// Match reports whether the pattern matches anywhere in `text`
  /// (Go's MatchString: unanchored search).
  bool Match(llvm::StringRef text) const;

  /// FindSubmatchAt searches `text` from byte offset `start` (assertions
  /// such as ^ and \b still see the text before `start`, as in Go). On a
  /// match it fills `submatches` with 2*(NumSubexp()+1) byte offsets (-1 for
  /// groups that did not participate), as FindStringSubmatchIndex, and
  /// returns true.
  bool FindSubmatchAt(llvm::StringRef text, size_t start, std::vector<int>& submatches) const;

  /// FindSubmatch is FindSubmatchAt from offset 0; empty result if no match.
  std::vector<int> FindSubmatch(llvm::StringRef text) const;

  /// ReplaceAllLiteral is Go's ReplaceAllLiteralString: every
  /// non-overlapping match is replaced by `replacement` (no $ expansion);
  /// an empty match right after a previous match is not replaced.
  std::string ReplaceAllLiteral(llvm::StringRef text, llvm::StringRef replacement) const;

  /// NumSubexp is the number of capturing groups.
  unsigned NumSubexp() const;

  /// Pattern is the source text the Regex was compiled from.
  const std::string& Pattern() const;

  struct Program;

 private:
  explicit Regex(std::shared_ptr<const Program> program) : program_(std::move(program)) {}
  std::shared_ptr<const Program> program_;
};

}  // namespace goescape::errorcheck

#endif  // GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_REGEX_H_
