// source.h: the source files of one compilation.
//
// A SourceSet owns the bytes of every file given on the command line (and of
// the standard-library stubs), numbered from 1 in the order added, which is
// the order gc sorts diagnostics of different files in. Paths are kept
// exactly as given, because gc prints them that way. The set also registers
// each buffer with an llvm::SourceMgr, which renders --caret source lines.
//
// Line directives: a file's //line and /*line*/ comments (gc's position
// bases, cmd/compile/internal/syntax parser.updateBase) are recorded by the
// parser as LineBases. Positions everywhere stay physical (the bytes of the
// file); only printing (PosFormatter) maps them through the line bases.
#ifndef GOESCAPE_FRONTEND_BASE_SOURCE_H_
#define GOESCAPE_FRONTEND_BASE_SOURCE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontend/base/pos.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/SourceMgr.h"

namespace goescape {

/// LineBase is a valid line directive of a file: from byte offset `from`
/// on (the first byte after the directive comment), positions print as
/// relative to filename:line:col, where the physical position `pos` (the
/// character after the comment; for //line, the start of the next line) is
/// filename:line:col. col is 0 for a //line filename:line directive: the
/// column is then unknown and not printed.
struct LineBase {
  uint32_t from = 0;
  Pos pos;
  std::string filename;
  uint32_t line = 0;
  uint32_t col = 0;
};

/// SourceFile is one file's path (as given) and contents (raw bytes).
class SourceFile {
 public:
  SourceFile(uint32_t index, std::string path, std::string contents);

  uint32_t Index() const { return index_; }
  llvm::StringRef Path() const { return path_; }
  llvm::StringRef Contents() const { return contents_; }

  /// LineText returns line `line` (1-based) without its newline; empty if
  /// out of range.
  llvm::StringRef LineText(uint32_t line) const;
  /// NumLines is the number of lines (a final line without newline counts).
  uint32_t NumLines() const { return static_cast<uint32_t>(line_starts_.size()); }
  /// PosAt converts a byte offset into a position (line, byte column).
  Pos PosAt(uint32_t offset) const;
  /// OffsetOf converts a position of this file into a byte offset.
  uint32_t OffsetOf(Pos pos) const;

  /// SetLineBases records the file's line directives, in file order. They
  /// are part of the file's content (the parser finds them while scanning),
  /// hence const; set once per parse.
  void SetLineBases(std::vector<LineBase> bases) const { line_bases_ = std::move(bases); }
  const std::vector<LineBase>& LineBases() const { return line_bases_; }
  /// BaseIndex is the index of pos's position base: 0 for the file itself,
  /// k for LineBases()[k - 1].
  uint32_t BaseIndex(Pos pos) const;

 private:
  uint32_t index_;
  std::string path_;
  std::string contents_;
  std::vector<uint32_t> line_starts_;
  mutable std::vector<LineBase> line_bases_;
};

/// SourceSet owns the files of a compilation.
class SourceSet {
 public:
  SourceSet();
  SourceSet(const SourceSet&) = delete;
  SourceSet& operator=(const SourceSet&) = delete;
  ~SourceSet();

  /// Add registers a file with the given contents and returns its index.
  uint32_t Add(std::string path, std::string contents);
  /// Load reads path from disk and adds it; the error text is gc's
  /// ("open x.go: no such file or directory").
  llvm::Expected<uint32_t> Load(const std::string& path);

  const SourceFile& Get(uint32_t index) const { return *files_[index - 1]; }
  size_t Size() const { return files_.size(); }

  /// Caret writes pos's source line and a caret under its column, as
  /// llvm::SourceMgr renders diagnostics.
  void Caret(llvm::raw_ostream& os, Pos pos) const;

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
  std::unique_ptr<llvm::SourceMgr> sm_;
  std::vector<unsigned> buffer_ids_;
};

}  // namespace goescape

#endif  // GOESCAPE_FRONTEND_BASE_SOURCE_H_
