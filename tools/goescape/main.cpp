// main.cpp: the goescape command line (llvm::cl).
//
//   goescape [flags] FILE.go...      analyse one package (several files)
//   goescape run FILE.go...          (reserved: the interpreter, a later issue)
//   goescape test PATH...            Go errorcheck tests, run.go's rules (errorcheck/)
//
// Flags may come before or after the files ("goescape f.go -m" works). The
// gc flags -m, -m=N, -l, -N, -C and -e mean what they mean to
// `go tool compile`.
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"
#include "tools/goescape/driver.h"
#include "tools/goescape/errorcheck/driver_compile.h"
#include "tools/goescape/errorcheck/test_command.h"

namespace {

namespace cl = llvm::cl;

constexpr const char* kVersion = "0.1.0";
constexpr const char* kGoVersion = "go1.19";

cl::OptionCategory gc_category("gc flags (as go tool compile)");
cl::OptionCategory tool_category("goescape flags");

cl::list<std::string> input_files(cl::Positional, cl::desc("FILE.go..."), cl::ZeroOrMore);
cl::list<std::string> m_flag("m", cl::ValueOptional, cl::ZeroOrMore,
                             cl::desc("print optimization decisions (repeat, or -m=N, for more)"),
                             cl::value_desc("N"), cl::cat(gc_category));
cl::opt<bool> l_flag("l", cl::desc("disable inlining"), cl::cat(gc_category));
cl::opt<bool> n_flag("N", cl::desc("disable optimizations (no effect on -m output)"),
                     cl::cat(gc_category));
cl::opt<bool> c_flag("C", cl::desc("print positions without columns"), cl::cat(gc_category));
cl::opt<bool> e_flag("e", cl::desc("no limit on the number of errors reported"),
                     cl::cat(gc_category));
cl::opt<goescape::Emit> emit_flag(
    "emit", cl::desc("print one phase's output instead of analysing"),
    cl::values(clEnumValN(goescape::Emit::kTokens, "tokens",
                          "the tokens the parser reads (after semicolon insertion)"),
               clEnumValN(goescape::Emit::kAst, "ast", "the abstract syntax tree"),
               clEnumValN(goescape::Emit::kIr, "ir",
                          "the SSA-like IR with escape analysis's stack/heap placements"),
               clEnumValN(goescape::Emit::kTypes, "types",
                          "every object with its type, signatures, method sets, closures"),
               clEnumValN(goescape::Emit::kObjects, "objects",
                          "one line per declared object and its type, by position"),
               clEnumValN(goescape::Emit::kStdlibSummaries, "stdlib-summaries",
                          "(testing) the escape summaries of the stdlib stubs as loaded"),
               clEnumValN(goescape::Emit::kStdlibLayouts, "stdlib-layouts",
                          "(testing) the struct layouts of the stdlib stubs")),
    cl::init(goescape::Emit::kNone), cl::cat(tool_category));
cl::opt<std::string> json_flag(
    "json", cl::desc("write gc's optimization log (LSP diagnostics) as go tool compile -json does"),
    cl::value_desc("0,DIR"), cl::cat(gc_category));
cl::opt<std::string> p_flag("p", cl::desc("set the package's import path, as go tool compile -p"),
                            cl::value_desc("path"), cl::cat(gc_category));
cl::opt<std::string> lang_flag("lang",
                               cl::desc("the Go language version, as go tool compile -lang"),
                               cl::value_desc("go1.N"), cl::cat(gc_category));
cl::opt<bool> explain_flag("explain", cl::desc("explain, for each heap allocation, why it escapes"),
                           cl::cat(tool_category));
cl::opt<bool> caret_flag("caret", cl::desc("show the source line and a caret under each error"),
                         cl::cat(tool_category));

cl::extrahelp examples(R"(
EXAMPLES
  goescape main.go -m -l          what escapes, as go build -gcflags='-m -l' prints it
  goescape -m=2 -l main.go        ... with gc's flow explanations
  goescape a.go b.go -m           several files of one package
  goescape --emit=ast main.go     the syntax tree
  goescape --emit=tokens main.go  the tokens, with inserted semicolons
  goescape --emit=types main.go   every object and its type, method sets, closures
  goescape --emit=ir main.go      the SSA-like IR, with each allocation's stack/heap placement
  goescape --explain main.go      why each heap allocation escapes, in plain words
  goescape -json=0,out main.go    gc's optimization log for editors (gopls, GoLand)

Errors are printed as gc prints them (FILE:LINE:COL: message) on stderr, and
the exit status is 1; analysis output goes to stdout.
goescape models the Go 1.19 compiler (gc) for linux/amd64.
)");

void PrintVersion(llvm::raw_ostream& os) {
  os << "goescape " << kVersion << " (models " << kGoVersion << " gc, linux/amd64)\n";
}

int Run(void* p) {
  auto* options = static_cast<goescape::DriverOptions*>(p);
  return goescape::RunDriver(*options, llvm::outs(), llvm::errs());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::strcmp(argv[1], "test") == 0) {
    goescape::errorcheck::DriverHooks hooks{goescape::RunDriver, goescape::RunOnLargeStack};
    return goescape::errorcheck::TestMain(argc, argv,
                                          goescape::errorcheck::MakeDriverCompileFn(hooks),
                                          goescape::errorcheck::MakeDriverCompilePackageFn(hooks));
  }
  if (argc >= 2 && std::strcmp(argv[1], "run") == 0) {
    llvm::errs() << "goescape " << argv[1] << ": not implemented yet in goescape " << kVersion
                 << "\n";
    return 1;
  }
  cl::SetVersionPrinter(PrintVersion);
  cl::HideUnrelatedOptions({&gc_category, &tool_category});
  if (!cl::ParseCommandLineOptions(
          argc, argv, "goescape: where Go 1.19 puts your values, and why\n", &llvm::errs())) {
    return 1;
  }
  goescape::DriverOptions options;
  options.files.assign(input_files.begin(), input_files.end());
  if (options.files.empty() && emit_flag != goescape::Emit::kStdlibSummaries &&
      emit_flag != goescape::Emit::kStdlibLayouts) {
    llvm::errs() << "usage: goescape [flags] FILE.go... (see goescape --help)\n";
    return 1;
  }
  // gc's -m is a counter: each -m adds one; -m=N sets the level.
  for (const std::string& v : m_flag) {
    if (v.empty()) {
      ++options.m_level;
    } else {
      unsigned n = 0;
      if (llvm::StringRef(v).getAsInteger(10, n)) {
        llvm::errs() << "goescape: invalid value for -m: " << v << "\n";
        return 1;
      }
      options.m_level = n;
    }
  }
  options.no_inline = l_flag;
  options.no_opt = n_flag;
  options.no_columns = c_flag;
  options.no_error_limit = e_flag;
  options.caret = caret_flag;
  options.emit = emit_flag;
  options.explain = explain_flag;
  options.pkg_path = p_flag;
  options.exit_when_done = true;
  if (lang_flag.getNumOccurrences() > 0) {
    std::string complaint = goescape::CheckLangFlag(lang_flag);
    if (!complaint.empty()) {
      llvm::errs() << "goescape: " << complaint << "\n";
      return 1;
    }
    options.lang = lang_flag;
  }
  if (!json_flag.empty()) {
    // gc's syntax: -json=VERSION,DIR with version 0.
    llvm::StringRef v(json_flag);
    auto [version, dir] = v.split(',');
    if (version != "0" || dir.empty()) {
      llvm::errs() << "goescape: -json must be -json=0,DIR (version 0 and a directory)\n";
      return 1;
    }
    options.json_dir = dir.str();
  }
  return goescape::RunOnLargeStack(Run, &options);
}
