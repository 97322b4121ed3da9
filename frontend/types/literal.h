// literal.h: UTF-8 helpers shared by the constant code (internal to
// frontend/types; literal parsing itself is ConstValue::FromLiteral, and
// Go quoting/float formatting are declared in constant.h).
#ifndef GOESCAPE_FRONTEND_TYPES_LITERAL_H_
#define GOESCAPE_FRONTEND_TYPES_LITERAL_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "frontend/types/constant.h"
#include "llvm/ADT/StringRef.h"

namespace goescape::types {

/// MakeFloatFromLiteral is go/constant's makeFloatFromLiteral: the value of
/// a float literal (or an imaginary literal without its `i`) as
/// big.Float.SetString reads it at 512 bits, kept as an exact fraction when
/// its binary exponent is within ±4096. nullopt for a malformed literal or
/// an exponent big.Float cannot represent (the checker's "malformed
/// constant"); an infinite result is a RealNum-less nullopt as well.
std::optional<RealNum> MakeFloatFromLiteral(llvm::StringRef lit);

}  // namespace goescape::types

#endif  // GOESCAPE_FRONTEND_TYPES_LITERAL_H_
