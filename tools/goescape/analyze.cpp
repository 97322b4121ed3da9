// analyze.cpp: see analyze.h. The phases run in gc's order: IR generation
// (with deadcode and devirtualization, which print their own -m lines
// first), escape analysis over call-graph components bottom-up, then the
// SSA-like IR lowered with the escape decisions.
#include "tools/goescape/analyze.h"

#include "analysis/escape/escape.h"
#include "analysis/ir/ir_print.h"
#include "analysis/ir/lower.h"
#include "analysis/irgen/irgen.h"
#include "frontend/diag/diagnostic.h"
#include "llvm/Support/raw_ostream.h"
#include "tools/goescape/logopt_output.h"

namespace goescape {

namespace {
/// VerifyModule runs the IR verifier on every function of mod and reports
/// each broken invariant on err as an internal error; false if any.
bool VerifyModule(const ir::Module& mod, bool placements_decided, llvm::raw_ostream& err) {
  bool ok = true;
  for (const ir::Function& fn : mod.funcs) {
    for (const ir::VerifyError& e : ir::Verify(fn, placements_decided)) {
      err << "goescape: internal error: IR of " << e.function << " block " << e.block << ": "
          << e.message << "\n";
      ok = false;
    }
  }
  return ok;
}
}  // namespace

int RunAnalysis(const DriverOptions& options, const SourceSet& sources, check::Program& prog,
                const check::Package& pkg, llvm::raw_ostream& out, llvm::raw_ostream& err) {
  int m = static_cast<int>(options.m_level);
  if (options.emit == Emit::kIr) m = 0;
  if (m > 0 && !options.no_inline && options.notes) {
    err << "goescape: note: inlining is not modelled yet; -m prints what gc prints with -l\n";
  }
  RemarkPrinter remarks(sources, out, !options.no_columns);
  irgen::Options gen_options;
  gen_options.m_level = m;
  // gc without -p links package main as "main", any other as "<unlinkable>".
  std::string pkg_path = options.pkg_path;
  if (pkg_path.empty()) pkg_path = pkg.Name() == "main" ? "main" : "<unlinkable>";
  gen_options.link_path = pkg_path;
  irgen::Output gen = irgen::Build(prog, pkg, gen_options, remarks);
  escape::Options esc_options;
  esc_options.m_level = m;
  esc_options.format_pos = [&remarks](Pos p) { return remarks.FormatPos(p); };
  esc_options.reasons = options.emit == Emit::kIr;
  std::vector<escape::LoggedOpt> logged;
  if (!options.json_dir.empty() || options.explain) {
    esc_options.log_opt = [&logged](escape::LoggedOpt r) { logged.push_back(std::move(r)); };
  }
  escape::Result result = escape::Analyze(*gen.pkg, *gen.types, esc_options, remarks);
  // The backend: bounds-check lines and compiler-generated wrappers, each
  // wrapper escape-analysed as it is generated.
  irgen::Backend(
      gen, gen_options,
      [&](gcir::FuncId fn) {
        escape::AnalyzeBatch(*gen.pkg, *gen.types, {fn}, esc_options, remarks, result);
      },
      remarks);
  int rc = 0;
  if (!options.json_dir.empty() &&
      !WriteJsonOpt(options.json_dir, pkg_path, sources, logged, err)) {
    rc = 1;
  }
  if (options.explain) Explain(sources, logged, out);
  // The IR is built for --emit=ir; debug builds also build it for every
  // analysed package and run the verifier after each of its passes
  // (lowering alone, then lowering with the escape decisions applied).
  bool verify_ir = options.emit == Emit::kIr;
#ifndef NDEBUG
  verify_ir = true;
  if (!VerifyModule(ir::Lower(*gen.pkg, *gen.types, nullptr), false, err)) rc = 1;
#endif
  if (verify_ir) {
    ir::Module mod = ir::Lower(*gen.pkg, *gen.types, &result);
    if (!VerifyModule(mod, true, err)) rc = 1;
    if (options.emit == Emit::kIr) {
      for (const ir::Function& fn : mod.funcs) ir::Print(fn, *gen.pkg, *gen.types, out);
    }
  }
  out.flush();
  return rc;
}

}  // namespace goescape
