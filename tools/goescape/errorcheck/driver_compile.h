// driver_compile.h: the default compile callbacks of `goescape test`, which
// run goescape's own pipeline (tools/goescape/driver.h) in-process on the
// test's files, mapping run.go's `go tool compile` arguments onto
// DriverOptions and capturing stdout and stderr into one string, as run.go
// captures gc's combined output.
//
// Flag mapping (gc's meaning): -m (counted) and -m=N set the -m level; -l
// (counted) and -l=N disable inlining when the level is 1 (gc turns 0 into
// "inline" and 1 into "don't"; levels >= 2, aggressive inlining, are not
// modelled); -N, -C, -e map directly; -p, -o, -D, -I (with "=" or a
// separate value) name the package, the object file and import paths, which
// the in-process driver does not need, and are accepted; -d=panic,
// -d=ssa/check/on and -d=inlfuncswithclosures=1 (go1.19's default) have no
// effect on diagnostics and are accepted. Any other flag (-race, -live,
// -std, -smallframes, other -d= settings, ...) changes what gc prints in
// ways goescape does not model: the compile fails with exit status 2 and a
// message naming the flag, so the test fails rather than pass wrongly.
// Invariants: the driver entry points are passed in (they live in the
// goescape executable); by default calls are serialized with a mutex,
// because the front end's thread-safety (ANTLR's shared caches) has not
// been established.
#ifndef GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_DRIVER_COMPILE_H_
#define GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_DRIVER_COMPILE_H_

#include <string>
#include <vector>

#include "tools/goescape/driver.h"
#include "tools/goescape/errorcheck/runner.h"

namespace goescape::errorcheck {

/// DriverHooks are goescape's driver entry points (driver.h).
struct DriverHooks {
  int (*run_driver)(const DriverOptions&, llvm::raw_ostream&, llvm::raw_ostream&) = nullptr;
  int (*run_on_large_stack)(int (*)(void*), void*) = nullptr;  // optional
  bool serialize = true;                                       // one driver call at a time
};

/// DriverOptionsFromFlags maps compiler arguments onto `options` (files are
/// not touched). Returns false with *error naming an unsupported flag.
bool DriverOptionsFromFlags(const std::vector<std::string>& flags, DriverOptions* options,
                            std::string* error);

/// MakeDriverCompileFn and MakeDriverCompilePackageFn run the driver.
CompileFn MakeDriverCompileFn(DriverHooks hooks);
CompilePackageFn MakeDriverCompilePackageFn(DriverHooks hooks);

}  // namespace goescape::errorcheck

#endif  // GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_DRIVER_COMPILE_H_
