// check_bench: parse and type-check Go files (each file one package), the
// goescape side of bench/check/run.sh.
//
//   check_bench [--rounds N] [--list FILE] FILE.go...
//
// For each round, every file is parsed and checked from scratch in a fresh
// Program (so imported stub packages are parsed and checked again, as
// go/types imports export data again); the best round is reported, split
// into parsing and checking. Files with errors are reported and skipped.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "frontend/base/source.h"
#include "frontend/check/check.h"
#include "frontend/parse/parse.h"
#include "frontend/stdlib/stdlib.h"
#include "llvm/Support/raw_ostream.h"

namespace {

using Clock = std::chrono::steady_clock;

/// Timing of one round.
struct Round {
  double parse = 0, check = 0;
  int errors = 0;
};

Round RunOnce(const std::vector<std::string>& paths, const std::vector<std::string>& contents) {
  using namespace goescape;
  Round r;
  for (size_t i = 0; i < paths.size(); ++i) {
    SourceSet sources;
    CollectingSink sink;
    ast::Context ctx;
    uint32_t idx = sources.Add(paths[i], contents[i]);
    auto t0 = Clock::now();
    parse::ParseResult parsed = parse::ParseFile(sources.Get(idx), ctx, sink);
    auto t1 = Clock::now();
    check::Program prog(ctx);
    stdlib::StdlibImporter importer(sources, sink);
    prog.SetImporter(&importer);
    check::CheckOptions opts;
    opts.format_pos = [](Pos) { return std::string(); };
    const ast::File* files[] = {parsed.file.get()};
    if (parsed.file) check::CheckPackage(prog, files, sink, opts);
    auto t2 = Clock::now();
    r.parse += std::chrono::duration<double>(t1 - t0).count();
    r.check += std::chrono::duration<double>(t2 - t1).count();
    if (!sink.diags.empty()) ++r.errors;
  }
  return r;
}

int Main(int argc, char** argv) {
  int rounds = 3;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rounds" && i + 1 < argc) {
      rounds = std::stoi(argv[++i]);
    } else if (a == "--list" && i + 1 < argc) {
      std::ifstream in(argv[++i]);
      for (std::string line; std::getline(in, line);) {
        if (!line.empty()) paths.push_back(line);
      }
    } else {
      paths.push_back(a);
    }
  }
  std::vector<std::string> contents;
  size_t bytes = 0, lines = 0;
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes += s.size();
    for (char c : s) lines += c == '\n';
    contents.push_back(std::move(s));
  }
  Round best;
  for (int k = 0; k < rounds; ++k) {
    Round r = RunOnce(paths, contents);
    if (k == 0 || r.parse + r.check < best.parse + best.check) best = r;
  }
  double total = best.parse + best.check;
  std::printf(
      "goescape: %zu files, %zu lines, %.1f KiB: parse %.3fs + check %.3fs = %.3fs "
      "(%.0f lines/s)%s\n",
      paths.size(), lines, bytes / 1024.0, best.parse, best.check, total, lines / total,
      best.errors ? " [files with errors!]" : "");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // Deep inputs recurse once per nesting level (see tools/goescape).
  return Main(argc, argv);
}
