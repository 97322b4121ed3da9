// driver.cpp: the pipeline behind the goescape command (see driver.h).
#include "tools/goescape/driver.h"

#include <pthread.h>

#include <cstdlib>
#include <memory>

#include "frontend/ast/ast.h"
#include "frontend/ast/printer.h"
#include "frontend/base/source.h"
#include "frontend/check/check.h"
#include "frontend/check/emit.h"
#include "frontend/diag/diagnostic.h"
#include "frontend/parse/parse.h"
#include "frontend/stdlib/stdlib.h"
#include "llvm/Support/raw_ostream.h"
#include "tools/goescape/analyze.h"

namespace goescape {

namespace {
/// Finish flushes the output and returns rc, or, with exit_when_done, ends
/// the process with rc there and then.
int Finish(const DriverOptions& options, int rc, llvm::raw_ostream& out, llvm::raw_ostream& err) {
  out.flush();
  err.flush();
  if (options.exit_when_done) std::_Exit(rc);
  return rc;
}
}  // namespace

int RunDriver(const DriverOptions& options, llvm::raw_ostream& out, llvm::raw_ostream& err) {
  SourceSet sources;
  GcErrorSink::Options sink_options;
  sink_options.columns = !options.no_columns;
  sink_options.no_limit = options.no_error_limit;
  sink_options.caret = options.caret;
  GcErrorSink errors(sources, err, sink_options);

  for (const std::string& path : options.files) {
    auto loaded = sources.Load(path);
    if (!loaded) {
      // gc: "open x.go: no such file or directory", exit status 1.
      err << llvm::toString(loaded.takeError()) << '\n';
      return 1;
    }
  }

  ast::Context ctx;
  check::Program prog(ctx);
  stdlib::StdlibImporter importer(sources, errors);
  prog.SetImporter(&importer);
  if (options.emit == Emit::kStdlibSummaries || options.emit == Emit::kStdlibLayouts) {
    if (options.emit == Emit::kStdlibSummaries) {
      stdlib::EmitSummaries(prog, importer, out);
    } else {
      stdlib::EmitLayouts(prog, importer, out);
    }
    errors.Flush();
    out.flush();
    return errors.NumErrors() > 0 ? 1 : 0;
  }

  // FirstSyntaxError forwards to the error sink and notes, per file, where
  // the first syntax error is (gc checks branches of bodies before it).
  struct FirstSyntaxError : DiagSink {
    explicit FirstSyntaxError(DiagSink& next) : next(next) {}
    void Report(Diagnostic d) override {
      if (d.kind == DiagKind::Syntax && d.pos.Known()) first.try_emplace(d.pos.file, d.pos);
      next.Report(std::move(d));
    }
    bool ShouldStop() const override { return next.ShouldStop(); }
    DiagSink& next;
    llvm::DenseMap<uint32_t, Pos> first;
  } syntax_tracker(errors);

  std::vector<std::unique_ptr<ast::File>> files;
  uint32_t num_user_files = static_cast<uint32_t>(sources.Size());
  for (uint32_t i = 1; i <= num_user_files; ++i) {
    const SourceFile& src = sources.Get(i);
    if (options.emit == Emit::kTokens) {
      parse::DumpTokens(src, ctx, errors, out);
      continue;
    }
    parse::ParseResult parsed = parse::ParseFile(src, ctx, syntax_tracker);
    if (errors.ShouldStop()) break;
    if (parsed.file && options.emit == Emit::kAst) ast::Dump(*parsed.file, src.Path(), out);
    files.push_back(std::move(parsed.file));
  }
  // gc stops after syntax errors; otherwise the package is type-checked.
  bool check = options.emit == Emit::kNone || options.emit == Emit::kTypes ||
               options.emit == Emit::kObjects || options.emit == Emit::kIr;
  // With syntax errors gc does not type-check, but its parser has checked
  // the branches of the function bodies it finished before the first one.
  if (check && errors.NumSyntaxErrors() > 0 && !errors.ShouldStop()) {
    std::vector<const ast::File*> list;
    for (const auto& f : files) {
      if (f) list.push_back(f.get());
    }
    check::CheckOptions opts;
    opts.branches_only = true;
    opts.first_syntax_error = syntax_tracker.first;
    opts.format_pos = [&sources](Pos pos) {
      return sources.Get(pos.file).Path().str() + ":" + std::to_string(pos.line) + ":" +
             std::to_string(pos.col);
    };
    check::CheckPackage(prog, list, errors, opts);
  }
  // Like gc, type-check unless there were syntax errors (scanner errors and
  // the parser's other complaints do not stop it).
  if (check && errors.NumSyntaxErrors() == 0 && !errors.ShouldStop()) {
    std::vector<const ast::File*> list;
    for (const auto& f : files) {
      if (f) list.push_back(f.get());
    }
    check::CheckOptions opts;
    opts.lang = options.lang;
    opts.format_pos = [&sources](Pos pos) {
      if (!pos.Known()) return std::string("<unknown>");
      return sources.Get(pos.file).Path().str() + ":" + std::to_string(pos.line) + ":" +
             std::to_string(pos.col);
    };
    std::unique_ptr<check::Package> pkg = check::CheckPackage(prog, list, errors, opts);
    if (options.emit == Emit::kTypes && errors.NumErrors() == 0) {
      check::EmitTypes(
          prog, *pkg,
          [](Pos pos) { return std::to_string(pos.line) + ":" + std::to_string(pos.col); }, out);
    }
    if (options.emit == Emit::kObjects && errors.NumErrors() == 0) {
      check::EmitObjects(prog, *pkg, out);
    }
    if (errors.NumErrors() == 0 && (options.m_level > 0 || options.emit == Emit::kIr ||
                                    options.explain || !options.json_dir.empty())) {
      errors.Flush();
      int rc = RunAnalysis(options, sources, prog, *pkg, out, err);
      if (rc != 0) return Finish(options, rc, out, err);
    }
  }
  errors.Flush();
  return Finish(options, errors.NumErrors() > 0 ? 1 : 0, out, err);
}

namespace {
struct ThreadCall {
  int (*fn)(void*);
  void* arg;
  int result;
};
void* ThreadMain(void* p) {
  auto* call = static_cast<ThreadCall*>(p);
  call->result = call->fn(call->arg);
  return nullptr;
}
}  // namespace

int RunOnLargeStack(int (*fn)(void*), void* arg) {
  // 4 GiB of address space; only the pages actually used are committed.
  constexpr size_t kStackSize = size_t{4} << 30;
  ThreadCall call{fn, arg, 1};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_t thread;
  bool started = pthread_attr_setstacksize(&attr, kStackSize) == 0 &&
                 pthread_create(&thread, &attr, ThreadMain, &call) == 0;
  pthread_attr_destroy(&attr);
  if (!started) return fn(arg);
  pthread_join(thread, nullptr);
  return call.result;
}

}  // namespace goescape
