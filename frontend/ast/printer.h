// printer.h: rendering ASTs as text.
//
// Two renderings:
//   * NodeString: gc's syntax.String (ShortForm) — source-like text with
//     function bodies and composite literal elements elided as "{…}", used
//     in gc's syntax and type error messages ("cannot use x := 1 as value").
//   * Dump: the stable indented tree printed by `goescape --emit=ast`, one
//     node per line with its position, children labelled by role.
#ifndef GOESCAPE_FRONTEND_AST_PRINTER_H_
#define GOESCAPE_FRONTEND_AST_PRINTER_H_

#include <string>

#include "frontend/ast/ast.h"

namespace llvm {
class raw_ostream;
}

namespace goescape::ast {

/// NodeString renders an expression (or type) as gc's syntax.String does.
std::string NodeString(const File& file, ExprId id);
/// NodeString renders a simple statement as gc's syntax.String does.
std::string NodeString(const File& file, StmtId id);

/// Dump writes the indented tree of file (used by --emit=ast). Positions
/// print as LINE:COL; the file's path is printed once in the header.
void Dump(const File& file, llvm::StringRef path, llvm::raw_ostream& os);

}  // namespace goescape::ast

#endif  // GOESCAPE_FRONTEND_AST_PRINTER_H_
