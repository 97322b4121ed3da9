// stdlib.h: goescape's standard library — the Go stub packages of this
// folder, embedded in the binary at build time (embed_stubs.cmake), parsed
// with goescape's parser and type-checked as packages on first import.
//
// StdlibImporter is the check::Importer the driver installs: Import(path)
// parses the stub of path (its files are added to the run's SourceSet
// under "$goescape/stdlib/<path>/<file>"), checks it with CheckPackage
// (its own imports go through the same importer, so the import graph is
// checked in dependency order), and caches the result for the run. An
// import cycle or a stub with errors is an internal error: it is reported
// to the sink like any error.
#ifndef GOESCAPE_FRONTEND_STDLIB_STDLIB_H_
#define GOESCAPE_FRONTEND_STDLIB_STDLIB_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "frontend/ast/ast.h"
#include "frontend/base/source.h"
#include "frontend/check/check.h"
#include "frontend/diag/diagnostic.h"

namespace llvm {
class raw_ostream;
}

namespace goescape::stdlib {

/// EmbeddedStub is one stub file compiled into the binary.
struct EmbeddedStub {
  const char* import_path;  // "sync/atomic"
  const char* file;         // "sync/atomic/atomic.go"
  const char* source;
};
extern const EmbeddedStub kEmbeddedStubs[];
extern const size_t kNumEmbeddedStubs;

/// StdlibImporter provides the stub packages (see the file comment).
class StdlibImporter : public check::Importer {
 public:
  StdlibImporter(SourceSet& sources, DiagSink& sink) : sources_(sources), sink_(sink) {}
  const check::Package* Import(check::Program& prog, llvm::StringRef path) override;
  std::vector<std::string> Supported() const override;

 private:
  struct Loaded {
    std::vector<std::unique_ptr<ast::File>> files;
    std::unique_ptr<check::Package> pkg;
  };
  SourceSet& sources_;
  DiagSink& sink_;
  std::map<std::string, Loaded> cache_;
  std::vector<std::string> in_progress_;
};

/// EmitSummaries imports every stub package and prints the escape summary
/// of each function and method as the checker loaded it, one line per
/// function in summaries.golden's format (sorted): the key
/// (importpath.Func, importpath.(*T).M, importpath.T.M), then per
/// pointer-carrying parameter its name and `none` or its tags. A directive
/// that names no pointer-carrying parameter prints as "NAME ?bad".
void EmitSummaries(check::Program& prog, StdlibImporter& importer, llvm::raw_ostream& os);

/// EmitLayouts prints, for every exported struct type of the stubs, its
/// size and alignment and the offsets of its exported fields as goescape's
/// Layout computes them, in layouts.golden's format (types sorted, fields
/// in declaration order): "path.T size N align N", "path.T.F offset N".
void EmitLayouts(check::Program& prog, StdlibImporter& importer, llvm::raw_ostream& os);

}  // namespace goescape::stdlib

#endif  // GOESCAPE_FRONTEND_STDLIB_STDLIB_H_
