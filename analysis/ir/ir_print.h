// ir_print.h: the textual form of the SSA-like IR (goescape --emit=ir) and
// its verifier.
#ifndef GOESCAPE_ANALYSIS_IR_IR_PRINT_H_
#define GOESCAPE_ANALYSIS_IR_IR_PRINT_H_

#include <string>
#include <vector>

#include "analysis/ir/ir.h"

namespace llvm {
class raw_ostream;
}

namespace goescape::ir {

/// Print writes fn in its deterministic textual form: blocks in creation
/// order, instructions in block order, %N the instruction's id, placements
/// of allocations in brackets, and "; LINE:COL d=DEPTH" annotations.
void Print(const Function& fn, const gcir::Package& pkg, const gcir::TypeOracle& types,
           llvm::raw_ostream& os);

/// VerifyError is one broken invariant: the function, the block and
/// instruction (if any), and what is wrong.
struct VerifyError {
  std::string function;
  int block = -1;
  int inst = -1;
  std::string message;
};

/// Verify checks fn's invariants (see verify.cpp's header) and returns every
/// violation found (empty if fn is well formed). It never asserts.
std::vector<VerifyError> Verify(const Function& fn, bool placements_decided);

}  // namespace goescape::ir

#endif  // GOESCAPE_ANALYSIS_IR_IR_PRINT_H_
