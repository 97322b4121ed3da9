// parse_fuzzer.cpp: libFuzzer target over the whole parsing phase: UTF-8
// decoding, the lexer (the hand-written scanner, which must produce exactly
// the tokens of the ANTLR lexer of GoLexer.g4: a difference aborts) and gc's
// scanner checks, the ANTLR parser with gc's
// error recovery (every round of it), the AST builder, and gc's error
// rendering (GcErrorSink, with and without the 10-error limit, fed by one
// parse), plus the AST dump, which walks every node the builder made, and
// the token dump.
//
// Built only with -DGOESCAPE_FUZZ=ON and clang (see frontend/parse/README.md
// for how to run it). Inputs are parsed on a thread with a large stack, as
// the CLI does (tools/goescape RunOnLargeStack), so that deeply nested input
// exercises the parser rather than the fuzzer's default stack limit; that
// thread is made once and handed one input at a time.
// Inputs must not crash, leak, trigger sanitizer reports or take more than
// the fuzzer's -timeout: the parser is never allowed to hang.
#include <pthread.h>

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

#include "frontend/ast/printer.h"
#include "frontend/base/source.h"
#include "frontend/diag/diagnostic.h"
#include "frontend/parse/parse.h"
#include "frontend/parse/tokens.h"
#include "llvm/Support/raw_ostream.h"

namespace {

/// Input is one fuzzer input and what the parse thread needs.
struct Input {
  const uint8_t* data;
  size_t size;
};

/// TeeSink sends every diagnostic to two sinks.
class TeeSink : public goescape::DiagSink {
 public:
  TeeSink(goescape::DiagSink& a, goescape::DiagSink& b) : a_(a), b_(b) {}
  void Report(goescape::Diagnostic d) override {
    a_.Report(d);
    b_.Report(std::move(d));
  }

 private:
  goescape::DiagSink& a_;
  goescape::DiagSink& b_;
};

void* Run(void* arg) {
  const auto* in = static_cast<const Input*>(arg);
  std::string text(reinterpret_cast<const char*>(in->data), in->size);
  goescape::SourceSet sources;
  uint32_t id = sources.Add("fuzz.go", text);
  // gc's error rendering with and without the 10-error limit.
  std::string errors;
  llvm::raw_string_ostream err(errors);
  goescape::GcErrorSink limited(sources, err, {});
  goescape::GcErrorSink::Options all_errors;
  all_errors.no_limit = true;
  goescape::GcErrorSink unlimited(sources, err, all_errors);
  TeeSink sink(limited, unlimited);
  // The scanner against its reference.
  if (goescape::parse::LexFile(sources.Get(id), goescape::parse::ScanGo) !=
      goescape::parse::LexFile(sources.Get(id), goescape::parse::LexWithAntlr)) {
    std::fprintf(stderr, "parse_fuzzer: the scanner and the ANTLR lexer disagree\n");
    std::abort();
  }
  goescape::ast::Context ctx;
  goescape::parse::ParseResult result = goescape::parse::ParseFile(sources.Get(id), ctx, sink);
  if (result.file) {
    std::string dump;
    llvm::raw_string_ostream out(dump);
    goescape::ast::Dump(*result.file, "fuzz.go", out);
  }
  limited.Flush();
  unlimited.Flush();
  std::string tokens;
  llvm::raw_string_ostream tout(tokens);
  goescape::CollectingSink collect;
  goescape::parse::DumpTokens(sources.Get(id), ctx, collect, tout);
  return nullptr;
}

}  // namespace

/// Worker is one thread with a large stack that parses the inputs handed
/// to it, one at a time: creating such a thread per input costs more than
/// most parses under ASan.
class Worker {
 public:
  Worker() {
    // 1 GiB of address space; only the pages used are committed.
    constexpr size_t kStackSize = size_t{1} << 30;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    started_ = pthread_attr_setstacksize(&attr, kStackSize) == 0 &&
               pthread_create(&thread_, &attr, Loop, this) == 0;
    pthread_attr_destroy(&attr);
  }

  void Parse(const Input& in) {
    if (!started_) {
      Run(const_cast<Input*>(&in));
      return;
    }
    std::unique_lock<std::mutex> lock(mu_);
    input_ = &in;
    cv_.notify_all();
    cv_.wait(lock, [this] { return input_ == nullptr; });
  }

 private:
  static void* Loop(void* arg) {
    auto* self = static_cast<Worker*>(arg);
    for (;;) {
      std::unique_lock<std::mutex> lock(self->mu_);
      self->cv_.wait(lock, [self] { return self->input_ != nullptr; });
      Run(const_cast<Input*>(self->input_));
      self->input_ = nullptr;
      self->cv_.notify_all();
    }
    return nullptr;
  }

  std::mutex mu_;
  std::condition_variable cv_;
  const Input* input_ = nullptr;
  pthread_t thread_;
  bool started_ = false;
};

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Worker* worker = new Worker();  // lives as long as the process
  worker->Parse(Input{data, size});
  return 0;
}
