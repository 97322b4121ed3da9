// explain_gctext.h: reading gc's renderings of expressions and statements
// (the %v text of -m=2 notes: "fmt.Println(... argument...)", "t.p = &x",
// "&T{...}"), for --explain's wording.
//
// Algorithm: small scanners that respect bracket nesting; no parsing of Go
// proper. Invariant: the functions are total (malformed text yields a
// best-effort or empty result, never an error). Limit: string literals
// containing brackets can mislead the bracket counting.
#ifndef GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_GCTEXT_H_
#define GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_GCTEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "llvm/ADT/StringRef.h"

namespace goescape::explain {

/// Code quotes source text for the explanation: `x`.
std::string Code(llvm::StringRef s);

/// SkipBalanced returns the index just past the bracket group opening at i.
size_t SkipBalanced(llvm::StringRef s, size_t i);

/// Callee returns the function part of a call rendered by gc:
/// "fmt.Println(... argument...)" -> "fmt.Println", "(*T).M(t)" -> "(*T).M".
std::string Callee(llvm::StringRef call);

/// CallArgs returns the argument text of a call "f(a, b)" -> "a, b".
llvm::StringRef CallArgs(llvm::StringRef call);

/// SplitTop splits s at top-level occurrences of sep (outside brackets).
std::vector<std::string> SplitTop(llvm::StringRef s, char sep);

/// LhsOf returns the left side of an assignment statement rendered by gc
/// ("x = y", "x := y", "x += y"), or "" if stmt is not one.
std::string LhsOf(llvm::StringRef stmt);

/// LeadingIdent returns the identifier s starts with ("p" of "p.f[1]").
llvm::StringRef LeadingIdent(llvm::StringRef s);

/// IsIdent reports whether s is a Go identifier.
bool IsIdent(llvm::StringRef s);

/// SizeText renders a byte count with its unit ("11534336 bytes, 11 MB").
std::string SizeText(uint64_t n);

/// PtrLitType returns T of "&T{...}" / "&T{}".
std::string PtrLitType(llvm::StringRef label);

}  // namespace goescape::explain

#endif  // GOESCAPE_TOOLS_GOESCAPE_EXPLAIN_GCTEXT_H_
