// lower.h: building the SSA-like IR from the gc IR (the IR builder's one
// public entry point).
#ifndef GOESCAPE_ANALYSIS_IR_LOWER_H_
#define GOESCAPE_ANALYSIS_IR_LOWER_H_

#include "analysis/escape/escape.h"
#include "analysis/gcir/gcir.h"
#include "analysis/ir/ir.h"

namespace goescape::ir {

/// Lower builds one Function per gc IR function that has a body, in FuncId
/// order. When esc is given (escape analysis has run), every allocating
/// instruction takes its placement from the decision for its origin node.
Module Lower(const gcir::Package& pkg, const gcir::TypeOracle& types, const escape::Result* esc);

}  // namespace goescape::ir

#endif  // GOESCAPE_ANALYSIS_IR_LOWER_H_
