// driver.cpp: the pipeline behind the goescape command (see driver.h).
#include "tools/goescape/driver.h"

#include <pthread.h>

#include <memory>

#include "frontend/ast/ast.h"
#include "frontend/ast/printer.h"
#include "frontend/base/source.h"
#include "frontend/diag/diagnostic.h"
#include "frontend/parse/parse.h"
#include "llvm/Support/raw_ostream.h"

namespace goescape {

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
  std::vector<std::unique_ptr<ast::File>> files;
  for (uint32_t i = 1; i <= sources.Size(); ++i) {
    const SourceFile& src = sources.Get(i);
    if (options.emit == Emit::kTokens) {
      parse::DumpTokens(src, ctx, errors, out);
      continue;
    }
    parse::ParseResult parsed = parse::ParseFile(src, ctx, errors);
    if (errors.ShouldStop()) break;
    if (parsed.file && options.emit == Emit::kAst) ast::Dump(*parsed.file, src.Path(), out);
    files.push_back(std::move(parsed.file));
  }
  errors.Flush();
  out.flush();
  return errors.NumErrors() > 0 ? 1 : 0;
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
