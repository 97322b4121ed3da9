// parse_bench.cpp: parse throughput of goescape's parsing phase (tokens,
// ANTLR parse with gc's error handling, AST), run by hand (bench/parse/run.sh;
// results in docs/PERFORMANCE.md, "## Parsing").
//
// Usage:
//   parse_bench --select DIR...        print the .go files under DIRs that
//                                       parse without any error, one a line
//   parse_bench [--rounds N] FILE...    time ParseFile over the files
//   parse_bench [--rounds N] --list F   same, files listed in F
//
// Timing: every file is read into memory first; a round parses every file
// once (a fresh ast::Context per file, diagnostics collected and dropped);
// the best of N rounds (default 3) is reported as lines/s and MB/s, with
// the number of files, lines and bytes, how often each parsing stage was
// needed (SLL alone, full LL, error recovery), and how many of the parser's
// adaptive predictions ANTLR had to make. Parsing runs on a thread
// with a 4 GiB stack (deep nesting), as in the CLI.
#include <pthread.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "frontend/base/source.h"
#include "frontend/diag/diagnostic.h"
#include "frontend/parse/parse.h"
#include "frontend/parse/parser_internal.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

namespace {

using goescape::CollectingSink;
using goescape::SourceSet;

/// Options are the command line.
struct Options {
  bool select = false;
  int rounds = 3;
  std::vector<std::string> inputs;
};

/// Corpus is the files to parse, in memory.
struct Corpus {
  std::vector<std::string> paths;
  std::vector<std::string> contents;
  uint64_t bytes = 0;
  uint64_t lines = 0;
};

void CollectGoFiles(const std::string& dir, std::vector<std::string>& out) {
  std::error_code ec;
  for (llvm::sys::fs::recursive_directory_iterator it(dir, ec), end; it != end && !ec;
       it.increment(ec)) {
    if (llvm::StringRef(it->path()).endswith(".go") &&
        it->type() == llvm::sys::fs::file_type::regular_file) {
      out.push_back(it->path());
    }
  }
}

bool Load(const std::vector<std::string>& paths, Corpus& corpus) {
  for (const std::string& p : paths) {
    auto buf = llvm::MemoryBuffer::getFile(p, /*IsText=*/false, /*RequiresNullTerminator=*/false);
    if (!buf) {
      std::fprintf(stderr, "parse_bench: cannot read %s\n", p.c_str());
      return false;
    }
    std::string text = (*buf)->getBuffer().str();
    corpus.bytes += text.size();
    corpus.lines += static_cast<uint64_t>(std::count(text.begin(), text.end(), '\n'));
    corpus.paths.push_back(p);
    corpus.contents.push_back(std::move(text));
  }
  return true;
}

/// ParseOne parses one file and reports whether it had no error.
bool ParseOne(const std::string& path, const std::string& text) {
  SourceSet sources;
  uint32_t id = sources.Add(path, text);
  goescape::ast::Context ctx;
  CollectingSink sink;
  goescape::parse::ParseResult r = goescape::parse::ParseFile(sources.Get(id), ctx, sink);
  return r.ok && sink.diags.empty();
}

int Select(const Options& opt) {
  std::vector<std::string> paths;
  for (const std::string& d : opt.inputs) CollectGoFiles(d, paths);
  std::sort(paths.begin(), paths.end());
  Corpus corpus;
  if (!Load(paths, corpus)) return 2;
  for (size_t i = 0; i < corpus.paths.size(); ++i) {
    if (ParseOne(corpus.paths[i], corpus.contents[i])) std::printf("%s\n", corpus.paths[i].c_str());
  }
  return 0;
}

int Time(const Options& opt) {
  std::vector<std::string> paths;
  for (const std::string& in : opt.inputs) paths.push_back(in);
  Corpus corpus;
  if (!Load(paths, corpus)) return 2;
  double best = 1e300;
  goescape::parse::ParseStats before = goescape::parse::Stats();
  int failed = 0;
  for (int r = 0; r < opt.rounds; ++r) {
    failed = 0;
    auto t0 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < corpus.paths.size(); ++i) {
      if (!ParseOne(corpus.paths[i], corpus.contents[i])) ++failed;
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::min(best, s);
  }
  goescape::parse::ParseStats after = goescape::parse::Stats();
  auto per_round = [&](uint64_t a, uint64_t b) {
    return static_cast<unsigned long long>((a - b) / static_cast<uint64_t>(opt.rounds));
  };
  std::printf("files %zu  lines %llu  bytes %llu  with errors %d\n", corpus.paths.size(),
              static_cast<unsigned long long>(corpus.lines),
              static_cast<unsigned long long>(corpus.bytes), failed);
  std::printf("best of %d: %.3f s  %.0f lines/s  %.2f MB/s\n", opt.rounds, best,
              static_cast<double>(corpus.lines) / best,
              static_cast<double>(corpus.bytes) / best / 1e6);
  std::printf("stages per round: SLL %llu  LL %llu  recovery %llu (%llu rounds)\n",
              per_round(after.sll, before.sll), per_round(after.ll, before.ll),
              per_round(after.recovery, before.recovery),
              per_round(after.recovery_rounds, before.recovery_rounds));
  uint64_t predictions = after.predictions - before.predictions;
  uint64_t antlr = after.predictions_antlr - before.predictions_antlr;
  std::printf(
      "predictions per round: %llu, by ANTLR %llu (%.2f%%)\n",
      per_round(after.predictions, before.predictions),
      per_round(after.predictions_antlr, before.predictions_antlr),
      predictions ? 100.0 * static_cast<double>(antlr) / static_cast<double>(predictions) : 0.0);
  return 0;
}

/// Call carries main's work to the large-stack thread.
struct Call {
  Options opt;
  int result = 1;
};

void* Run(void* arg) {
  auto* call = static_cast<Call*>(arg);
  call->result = call->opt.select ? Select(call->opt) : Time(call->opt);
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  Call call;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--select")) {
      call.opt.select = true;
    } else if (!std::strcmp(argv[i], "--rounds") && i + 1 < argc) {
      call.opt.rounds = std::max(1, std::atoi(argv[++i]));
    } else if (!std::strcmp(argv[i], "--list") && i + 1 < argc) {
      std::ifstream list(argv[++i]);
      for (std::string line; std::getline(list, line);) {
        if (!line.empty()) call.opt.inputs.push_back(line);
      }
    } else {
      call.opt.inputs.push_back(argv[i]);
    }
  }
  if (call.opt.inputs.empty()) {
    std::fprintf(stderr, "usage: parse_bench [--select] [--rounds N] [--list F] FILE|DIR...\n");
    return 2;
  }
  constexpr size_t kStackSize = size_t{4} << 30;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_t thread;
  bool started = pthread_attr_setstacksize(&attr, kStackSize) == 0 &&
                 pthread_create(&thread, &attr, Run, &call) == 0;
  pthread_attr_destroy(&attr);
  if (started) {
    pthread_join(thread, nullptr);
  } else {
    Run(&call);
  }
  return call.result;
}
