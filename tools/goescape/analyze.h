// analyze.h: the analysis half of the goescape pipeline — gc IR generation,
// escape analysis, and the outputs built on them (-m, -m=2, --emit=ir).
#ifndef GOESCAPE_TOOLS_GOESCAPE_ANALYZE_H_
#define GOESCAPE_TOOLS_GOESCAPE_ANALYZE_H_

#include "frontend/base/source.h"
#include "frontend/check/check.h"
#include "tools/goescape/driver.h"

namespace goescape {

/// RunAnalysis analyses a checked, error-free package: it prints -m lines
/// (and their -m=2 explanations) to out in gc's order, or the --emit=ir
/// dump. It returns the exit code.
int RunAnalysis(const DriverOptions& options, const SourceSet& sources, check::Program& prog,
                const check::Package& pkg, llvm::raw_ostream& out, llvm::raw_ostream& err);

}  // namespace goescape

#endif  // GOESCAPE_TOOLS_GOESCAPE_ANALYZE_H_
