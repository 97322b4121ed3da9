// diagnostic.cpp: diagnostic kinds, gc's position format, and GcErrorSink,
// which reproduces gc's error counting, filtering, sorting and limit.
#include "frontend/diag/diagnostic.h"

#include <algorithm>
#include <tuple>

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

namespace {
// gc's src.lico limits.
constexpr uint32_t kLineMax = (1u << 20) - 2;
constexpr uint32_t kColMax = (1u << 8) - 1;
}  // namespace

uint32_t PosFormatter::SatLine(Pos pos) { return std::min(pos.line, kLineMax); }
uint32_t PosFormatter::SatCol(Pos pos) { return std::min(pos.col, kColMax); }

std::pair<uint32_t, uint32_t> PosFormatter::BaseKey(Pos pos) const {
  if (!pos.Known() || pos.file > sources_.Size()) return {0, 0};
  return {pos.file, sources_.Get(pos.file).BaseIndex(pos)};
}

std::string PosFormatter::Format(Pos pos) const {
  if (!pos.Known() || pos.file > sources_.Size()) return "<unknown>";
  const SourceFile& f = sources_.Get(pos.file);
  uint32_t base = f.BaseIndex(pos);
  std::string out;
  uint32_t line = SatLine(pos), col = SatCol(pos);
  if (base == 0) {
    out = f.Path().str();
  } else {
    // gc's src.Pos RelFilename, RelLine, RelCol.
    const LineBase& b = f.LineBases()[base - 1];
    out = b.filename;
    uint32_t base_line = SatLine(b.pos);
    line = b.line + (line - base_line);
    if (b.col == 0) {
      col = 0;
    } else if (SatLine(pos) == base_line) {
      col = b.col + (col - SatCol(b.pos));
    }
  }
  out += ':';
  out += std::to_string(line);
  if (columns_ && col > 0 && col < kColMax) {
    out += ':';
    out += std::to_string(col);
  }
  return out;
}

GcErrorSink::GcErrorSink(const SourceSet& sources, llvm::raw_ostream& os, Options options)
    : sources_(sources), os_(os), options_(options), fmt_(sources, options.columns) {}

GcErrorSink::~GcErrorSink() { Flush(); }

bool GcErrorSink::SameLine(Pos a, Pos b) const {
  // gc's sameline: same position base and physical line (an unknown
  // position has no base and line 0).
  return fmt_.BaseKey(a) == fmt_.BaseKey(b) && PosFormatter::SatLine(a) == PosFormatter::SatLine(b);
}

void GcErrorSink::Report(Diagnostic d) {
  if (stopped_) return;
  // gc numbers position bases as positions in them are first reported.
  if (auto key = fmt_.BaseKey(d.pos); key.first != 0 && !base_order_.count(key)) {
    base_order_.emplace(key, static_cast<uint32_t>(base_order_.size() + 1));
  }
  if (d.severity != Severity::Error) {
    kept_.push_back(std::move(d));
    return;
  }
  if (d.kind == DiagKind::Syntax) {
    ++num_syntax_errors_;
    // Only one syntax error per line, no matter what error.
    if (SameLine(last_syntax_, d.pos)) return;
    last_syntax_ = d.pos;
  } else {
    // Only one of multiple equal non-syntax errors per line.
    if (SameLine(last_other_, d.pos) && last_msg_ == d.message) return;
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
  // gc's XPos.Before: base index, then line, then column.
  auto key = [this](Pos p) {
    auto base = fmt_.BaseKey(p);
    uint32_t order = base.first == 0 ? 0 : base_order_.at(base);
    return std::make_tuple(order, PosFormatter::SatLine(p), PosFormatter::SatCol(p));
  };
  std::stable_sort(kept_.begin(), kept_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    return key(a.pos) < key(b.pos);
  });
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

std::string RemarkPrinter::FormatPos(Pos pos) const {
  if (!pos.Known()) return "<autogenerated>:1";
  return fmt_.Format(pos);
}

void RemarkPrinter::Report(Diagnostic d) {
  ++num_remarks_;
  os_ << FormatPos(d.pos) << ": " << d.message << '\n';
  for (const std::string& note : d.notes) os_ << note << '\n';
}

}  // namespace goescape
