// emit.h: `goescape --emit=types`, a stable text dump of what the checker
// resolved: every package-level object with its type, each function's
// signature, parameters, results, local variables (with how they were
// declared) and closures (with their captured variables), each named
// type's methods and method sets, and the package initialization order.
// Types print in types2's style. Meant for teaching and golden tests.
#ifndef GOESCAPE_FRONTEND_CHECK_EMIT_H_
#define GOESCAPE_FRONTEND_CHECK_EMIT_H_

#include <functional>
#include <string>

#include "frontend/check/check.h"

namespace llvm {
class raw_ostream;
}

namespace goescape::check {

/// EmitTypes writes the dump of pkg; pos renders a position as "LINE:COL"
/// or "file:LINE:COL".
void EmitTypes(const Program& prog, const Package& pkg, const std::function<std::string(Pos)>& pos,
               llvm::raw_ostream& os);

/// EmitObjects writes one line per object declared in pkg (constants,
/// variables including parameters, type names, functions, labels; not
/// struct fields), sorted by position: "LINE:COL KIND NAME TYPE [= VALUE]",
/// type names followed by their underlying type. It is the format of
/// tests/lit/check/oracle/types_oracle.go (go/types' view), for comparison.
void EmitObjects(const Program& prog, const Package& pkg, llvm::raw_ostream& os);

}  // namespace goescape::check

#endif  // GOESCAPE_FRONTEND_CHECK_EMIT_H_
