// source.cpp: SourceFile line tables and line bases, SourceSet loading and
// carets.
#include "frontend/base/source.h"

#include <algorithm>

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

namespace goescape {

SourceFile::SourceFile(uint32_t index, std::string path, std::string contents)
    : index_(index), path_(std::move(path)), contents_(std::move(contents)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < contents_.size(); ++i) {
    if (contents_[i] == '\n' && i + 1 <= contents_.size()) line_starts_.push_back(i + 1);
  }
}

llvm::StringRef SourceFile::LineText(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t begin = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] - 1 : contents_.size();
  return llvm::StringRef(contents_).slice(begin, end);
}

Pos SourceFile::PosAt(uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());
  return Pos{index_, line, offset - line_starts_[line - 1] + 1};
}

uint32_t SourceFile::OffsetOf(Pos pos) const {
  if (pos.line == 0 || pos.line > line_starts_.size()) return contents_.size();
  uint64_t off = uint64_t{line_starts_[pos.line - 1]} + (pos.col > 0 ? pos.col - 1 : 0);
  return static_cast<uint32_t>(std::min<uint64_t>(off, contents_.size()));
}

uint32_t SourceFile::BaseIndex(Pos pos) const {
  if (line_bases_.empty()) return 0;
  uint32_t off = OffsetOf(pos);
  auto it = std::upper_bound(line_bases_.begin(), line_bases_.end(), off,
                             [](uint32_t o, const LineBase& b) { return o < b.from; });
  return static_cast<uint32_t>(it - line_bases_.begin());
}

SourceSet::SourceSet() : sm_(std::make_unique<llvm::SourceMgr>()) {}
SourceSet::~SourceSet() = default;

uint32_t SourceSet::Add(std::string path, std::string contents) {
  uint32_t index = static_cast<uint32_t>(files_.size() + 1);
  files_.push_back(std::make_unique<SourceFile>(index, std::move(path), std::move(contents)));
  const SourceFile& f = *files_.back();
  buffer_ids_.push_back(sm_->AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBuffer(f.Contents(), f.Path(), /*RequiresNullTerminator=*/false),
      llvm::SMLoc()));
  return index;
}

llvm::Expected<uint32_t> SourceSet::Load(const std::string& path) {
  auto buf = llvm::MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!buf) {
    std::string msg = buf.getError().message();
    // gc (via Go's os package) words this as "open PATH: no such file or directory".
    if (!msg.empty()) msg[0] = static_cast<char>(std::tolower(msg[0]));
    return llvm::createStringError(buf.getError(), "open %s: %s", path.c_str(), msg.c_str());
  }
  return Add(path, (*buf)->getBuffer().str());
}

void SourceSet::Caret(llvm::raw_ostream& os, Pos pos) const {
  if (!pos.Known() || pos.file > files_.size()) return;
  const SourceFile& f = Get(pos.file);
  llvm::StringRef line = f.LineText(pos.line);
  llvm::SMLoc loc = llvm::SMLoc::getFromPointer(f.Contents().data() + f.OffsetOf(pos));
  // An SMDiagnostic without file name or message prints just the source line
  // and the caret (tabs expanded consistently in both).
  llvm::SMDiagnostic diag(*sm_, loc, /*FN=*/"", static_cast<int>(pos.line),
                          static_cast<int>(pos.col) - 1, llvm::SourceMgr::DK_Error, "", line, {});
  std::string text;
  llvm::raw_string_ostream out(text);
  diag.print(nullptr, out, /*ShowColors=*/false, /*ShowKindLabel=*/false);
  out.flush();
  // Drop the (empty) message line SMDiagnostic prints first.
  llvm::StringRef rest(text);
  rest = rest.drop_front(rest.find('\n') + 1);
  os << rest;
}

}  // namespace goescape
