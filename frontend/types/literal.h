// literal.h: UTF-8 helpers shared by the constant code (internal to
// frontend/types; literal parsing itself is ConstValue::FromLiteral, and
// Go quoting/float formatting are declared in constant.h).
#ifndef GOESCAPE_FRONTEND_TYPES_LITERAL_H_
#define GOESCAPE_FRONTEND_TYPES_LITERAL_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "llvm/ADT/StringRef.h"

namespace goescape::types {

/// AppendUtf8 appends the UTF-8 encoding of rune r (U+FFFD if invalid).
void AppendUtf8(std::string& out, uint32_t r);

/// DecodeUtf8 decodes the rune at s[i] as utf8.DecodeRuneInString does:
/// invalid encodings yield U+FFFD with *size 1 and *valid false.
uint32_t DecodeUtf8(llvm::StringRef s, size_t i, size_t* size, bool* valid);

}  // namespace goescape::types

#endif  // GOESCAPE_FRONTEND_TYPES_LITERAL_H_
