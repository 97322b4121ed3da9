// replay.cpp: recorded compiler output as compile callbacks (see replay.h).
#include "tools/goescape/errorcheck/replay.h"

#include <algorithm>

#include "frontend/base/go_text.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace goescape::errorcheck {
namespace {

// SuffixMatch: `rel` names `path` (equal, or a suffix after a '/').
bool SuffixMatch(llvm::StringRef path, llvm::StringRef rel) {
  if (!path.endswith(rel)) return false;
  return path.size() == rel.size() || path[path.size() - rel.size() - 1] == '/';
}

std::string JoinArgs(const std::vector<std::string>& args) { return llvm::join(args, " "); }

}  // namespace

bool ReplayStore::Add(llvm::StringRef text, llvm::StringRef origin, std::string* error) {
  Record rec;
  rec.origin = origin.str();
  llvm::StringRef rest = text;
  bool header_ok = false;
  bool first = true;
  while (!rest.empty()) {
    auto [line, after] = rest.split('\n');
    rest = after;
    if (first) {
      first = false;
      if (line != "# goescape-replay v1") break;
      continue;
    }
    if (line == "# output") {
      header_ok = !rec.root.empty() && !rec.files.empty();
      break;
    }
    if (line.consume_front("# root ")) {
      rec.root = line.str();
    } else if (line.consume_front("# file ")) {
      rec.files.push_back(line.str());
    } else if (line.consume_front("# arg ")) {
      rec.args.push_back(line.str());
    } else if (line.consume_front("# exit ")) {
      if (line.getAsInteger(10, rec.exit_status)) break;
    } else {
      break;
    }
  }
  if (!header_ok) {
    *error = origin.str() + ": not a goescape-replay v1 record";
    return false;
  }
  rec.output = rest.str();
  records_.push_back(std::move(rec));
  return true;
}

bool ReplayStore::Load(llvm::StringRef dir, std::string* error) {
  namespace fs = llvm::sys::fs;
  if (!fs::is_directory(dir)) {
    *error = dir.str() + ": not a directory";
    return false;
  }
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    if (it->type() != fs::file_type::directory_file &&
        llvm::StringRef(it->path()).endswith(".out")) {
      names.push_back(it->path());
    }
  }
  if (ec) {
    *error = dir.str() + ": " + ec.message();
    return false;
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    auto buffer = llvm::MemoryBuffer::getFile(name, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (!buffer) {
      *error = name + ": " + buffer.getError().message();
      return false;
    }
    if (!Add((*buffer)->getBuffer(), name, error)) return false;
  }
  return true;
}

CompileResult ReplayStore::Compile(const std::vector<std::string>& paths,
                                   const std::vector<std::string>& args) const {
  const Record* best = nullptr;
  size_t best_score = 0;
  std::vector<const Record*> other_args;
  for (const Record& rec : records_) {
    if (rec.files.size() != paths.size()) continue;
    size_t score = 0;
    bool ok = true;
    for (size_t i = 0; i < paths.size() && ok; ++i) {
      ok = SuffixMatch(paths[i], rec.files[i]);
      score += rec.files[i].size();
    }
    if (!ok) continue;
    if (rec.args != args) {
      other_args.push_back(&rec);
      continue;
    }
    if (best == nullptr || score > best_score) {
      best = &rec;
      best_score = score;
    }
  }
  if (best == nullptr) {
    std::string msg = "goescape test --replay: no recorded compiler output for " +
                      llvm::join(paths, " ") + " with arguments " + JoinArgs(args) + "\n";
    for (const Record* rec : other_args) {
      msg +=
          "goescape test --replay: " + rec->origin + " has arguments " + JoinArgs(rec->args) + "\n";
    }
    return CompileResult{msg, 2};
  }
  std::string output = best->output;
  for (size_t i = 0; i < paths.size(); ++i) {
    output = ReplaceAll(output, best->root + "/" + best->files[i], paths[i]);
  }
  return CompileResult{output, best->exit_status};
}

CompileFn MakeReplayCompileFn(std::shared_ptr<const ReplayStore> store) {
  return [store](const std::string& path, const std::vector<std::string>& flags) {
    return store->Compile({path}, flags);
  };
}

CompilePackageFn MakeReplayCompilePackageFn(std::shared_ptr<const ReplayStore> store) {
  return [store](const std::vector<std::string>& paths, const std::vector<std::string>& flags) {
    return store->Compile(paths, flags);
  };
}

}  // namespace goescape::errorcheck
