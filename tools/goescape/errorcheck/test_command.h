// test_command.h: `goescape test [--update-errors] [-j N] [-v]
// [--replay=DIR]... PATH...`, the command line of the errorcheck runner, as
// an llvm::cl subcommand ("goescape --help" lists it; "goescape test --help"
// describes it).
#ifndef GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_TEST_COMMAND_H_
#define GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_TEST_COMMAND_H_

#include "tools/goescape/errorcheck/runner.h"

namespace goescape::errorcheck {

/// TestMain runs `goescape test` (argv[1] is "test"). `compile` and
/// `compile_package` compile the tests, unless --replay is given. Returns
/// the exit status: 0 if no test failed, 1 if one did, 2 on a usage error.
int TestMain(int argc, char** argv, CompileFn compile, CompilePackageFn compile_package);

}  // namespace goescape::errorcheck

#endif  // GOESCAPE_TOOLS_GOESCAPE_ERRORCHECK_TEST_COMMAND_H_
