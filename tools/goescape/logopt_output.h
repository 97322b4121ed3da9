// logopt_output.h: outputs built on escape analysis's optimization-log
// records (escape::LoggedOpt): gc's -json=0,DIR files and --explain.
#ifndef GOESCAPE_TOOLS_GOESCAPE_LOGOPT_OUTPUT_H_
#define GOESCAPE_TOOLS_GOESCAPE_LOGOPT_OUTPUT_H_

#include <string>

#include "analysis/escape/escape.h"
#include "frontend/base/source.h"
#include "llvm/ADT/ArrayRef.h"

namespace llvm {
class raw_ostream;
}

namespace goescape {

/// WriteJsonOpt writes gc's -json=0,DIR output for one package: one file
/// per source file, DIR/<url.PathEscape(pkg_path)>/<file>.json, each a
/// header line then one LSP Diagnostic per record, in gc's order. Returns
/// false and reports to err if a file cannot be written.
bool WriteJsonOpt(const std::string& dir, const std::string& pkg_path, const SourceSet& sources,
                  llvm::ArrayRef<escape::LoggedOpt> records, llvm::raw_ostream& err);

/// Explain prints, for each value escape analysis placed on the heap, why:
/// the flow from where it is created to what makes it escape, in plain
/// words, with source lines and carets.
void Explain(const SourceSet& sources, llvm::ArrayRef<escape::LoggedOpt> records,
             llvm::raw_ostream& out);

}  // namespace goescape

#endif  // GOESCAPE_TOOLS_GOESCAPE_LOGOPT_OUTPUT_H_
