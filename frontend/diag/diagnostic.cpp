// diagnostic.cpp: diagnostic kinds, gc's position format, and GcErrorSink,
// which reproduces gc's error counting, filtering, sorting and limit.
#include "frontend/diag/diagnostic.h"

#include <algorithm>

#include "frontend/base/source.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

namespace goescape {

llvm::StringRef DiagKindName(DiagKind kind) {
  switch (kind) {
#define GOESCAPE_DIAG(Name, Sev, Desc) \
  case DiagKind::Name:                 \
    return #Name;
#include "frontend/diag/diag_kinds.def"
  }
  llvm_unreachable("bad diagnostic kind");
}

Severity DefaultSeverity(DiagKind kind) {
  switch (kind) {
#define GOESCAPE_DIAG(Name, Sev, Desc) \
  case DiagKind::Name:                 \
    return Severity::Sev;
#include "frontend/diag/diag_kinds.def"
  }
  llvm_unreachable("bad diagnostic kind");
}

Diagnostic MakeDiag(DiagKind kind, Pos pos, std::string message) {
  Diagnostic d;
  d.kind = kind;
  d.severity = DefaultSeverity(kind);
  d.pos = pos;
  d.message = std::move(message);
  return d;
}

DiagSink::~DiagSink() = default;

std::string PosFormatter::Format(Pos pos) const {
  if (!pos.Known()) return "<unknown>";
  std::string out = sources_.Get(pos.file).Path().str();
  out += ':';
  out += std::to_string(pos.line);
  if (columns_) {
    out += ':';
    out += std::to_string(pos.col);
  }
  return out;
}

GcErrorSink::GcErrorSink(const SourceSet& sources, llvm::raw_ostream& os, Options options)
    : sources_(sources), os_(os), options_(options), fmt_(sources, options.columns) {}

GcErrorSink::~GcErrorSink() { Flush(); }

static bool SameLine(Pos a, Pos b) { return a.file == b.file && a.line == b.line; }

void GcErrorSink::Report(Diagnostic d) {
  if (stopped_) return;
  if (d.severity != Severity::Error) {
    kept_.push_back(std::move(d));
    return;
  }
  if (d.kind == DiagKind::Syntax) {
    ++num_syntax_errors_;
    // Only one syntax error per line, no matter what error.
    if (last_syntax_.Known() && SameLine(last_syntax_, d.pos)) return;
    last_syntax_ = d.pos;
  } else {
    // Only one of multiple equal non-syntax errors per line.
    if (last_other_.Known() && SameLine(last_other_, d.pos) && last_msg_ == d.message) return;
    last_other_ = d.pos;
    last_msg_ = d.message;
  }
  Pos pos = d.pos;
  kept_.push_back(std::move(d));
  ++num_errors_;
  if (num_errors_ >= 10 && !options_.no_limit) {
    Flush();
    os_ << fmt_.Format(pos) << ": too many errors\n";
    os_.flush();
    stopped_ = true;
  }
}

void GcErrorSink::Print(const Diagnostic& d, const std::string& text) {
  os_ << text;
  if (options_.caret && d.pos.Known()) sources_.Caret(os_, d.pos);
}

void GcErrorSink::Flush() {
  if (kept_.empty()) return;
  std::stable_sort(kept_.begin(), kept_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  std::string prev;
  for (const Diagnostic& d : kept_) {
    std::string text;
    if (d.pos.Known()) text = fmt_.Format(d.pos) + ": ";
    text += d.message;
    for (const std::string& note : d.notes) {
      text += '\n';
      text += note;
    }
    text += '\n';
    if (text == prev) continue;
    Print(d, text);
    prev = std::move(text);
  }
  os_.flush();
  kept_.clear();
}

}  // namespace goescape
