// fmt.h: gc's %v rendering of gc IR nodes (see fmt.cpp).
#ifndef GOESCAPE_ANALYSIS_GCIR_FMT_H_
#define GOESCAPE_ANALYSIS_GCIR_FMT_H_

#include <string>

#include "analysis/gcir/gcir.h"

namespace goescape::gcir {

/// NodeString renders n as gc's fmt "%v" does: Go syntax for expressions,
/// gc's shortened forms for statements.
std::string NodeString(const Package& pkg, const TypeOracle& types, NodeId n);

}  // namespace goescape::gcir

#endif  // GOESCAPE_ANALYSIS_GCIR_FMT_H_
