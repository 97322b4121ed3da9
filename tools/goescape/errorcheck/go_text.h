// go_text.h: the few Go standard-library text functions run.go's rules are
// defined in terms of, with Go's exact behaviour on the inputs that occur:
// UTF-8 decoding (utf8.DecodeRuneInString), unicode.IsSpace,
// strings.TrimSpace, strings.Fields, strconv.Quote (%q) and %#q.
//
// Limits: Go's unicode tables are not reproduced. IsPrint (which decides
// what Quote escapes) knows ASCII exactly and, beyond ASCII, treats as
// non-printable the C1 controls, the non-ASCII space separators, the
// format characters (Cf), private-use code points and noncharacters;
// unassigned code points count as printable (Go escapes them). IsSpace is
// exact (it is a short list).
#ifndef GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_GO_TEXT_H_
#define GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_GO_TEXT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "llvm/ADT/StringRef.h"

namespace goescape::errorcheck {

/// DecodedRune is one decoded rune and its width in bytes.
struct DecodedRune {
  char32_t rune;
  size_t width;
};

constexpr char32_t kRuneError = 0xFFFD;
constexpr char32_t kMaxRune = 0x10FFFF;

/// DecodeRune decodes the UTF-8 rune at byte `pos` of `s` as Go's
/// utf8.DecodeRuneInString: invalid, truncated, surrogate or overlong
/// sequences give (U+FFFD, 1); the end of `s` gives (U+FFFD, 0).
DecodedRune DecodeRune(llvm::StringRef s, size_t pos);

/// DecodeLastRune is utf8.DecodeLastRuneInString(s[:pos]).
DecodedRune DecodeLastRune(llvm::StringRef s, size_t pos);

/// IsInvalidByteAt reports whether the byte at `pos` does not start a valid
/// UTF-8 sequence (DecodeRune would give U+FFFD of width 1 for a non-ASCII
/// byte).
bool IsInvalidByteAt(llvm::StringRef s, size_t pos);

/// AppendRune appends the UTF-8 encoding of `r` (U+FFFD if invalid).
void AppendRune(std::string& out, char32_t r);

/// IsSpace is unicode.IsSpace.
bool IsSpace(char32_t r);

/// TrimSpace is strings.TrimSpace.
llvm::StringRef TrimSpace(llvm::StringRef s);

/// TrimLeftSpaceTab is strings.TrimLeft(s, " \t").
llvm::StringRef TrimLeftSpaceTab(llvm::StringRef s);

/// Fields is strings.Fields: the runs of non-space runes.
std::vector<llvm::StringRef> Fields(llvm::StringRef s);

/// ReplaceAll is strings.Replace(s, from, to, -1) for a non-empty `from`.
std::string ReplaceAll(llvm::StringRef s, llvm::StringRef from, llvm::StringRef to);

/// GoQuote is strconv.Quote (what fmt's %q prints for a string).
std::string GoQuote(llvm::StringRef s);

/// GoQuoteBackquote is fmt's %#q for a string: `s` in backquotes when
/// strconv.CanBackquote(s), else GoQuote(s).
std::string GoQuoteBackquote(llvm::StringRef s);

}  // namespace goescape::errorcheck

#endif  // GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_GO_TEXT_H_
