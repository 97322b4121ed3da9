// pos.h: source positions as gc prints them.
//
// A Pos is (file, line, column) with 1-based line and 1-based *byte* column,
// exactly as gc counts them: a tab is one column and a multi-byte UTF-8
// character occupies as many columns as it has bytes ("é" is 2). File 0
// means "no position" (gc's unknown position). Positions order by file index
// (command-line order), then line, then column, which is how gc sorts errors.
#ifndef GOESCAPE_FRONTEND_BASE_POS_H_
#define GOESCAPE_FRONTEND_BASE_POS_H_

#include <cstdint>
#include <tuple>

namespace goescape {

/// Pos is a source position: file number (1-based; 0 = unknown), line and
/// byte column (both 1-based).
struct Pos {
  uint32_t file = 0;
  uint32_t line = 0;
  uint32_t col = 0;

  /// Known reports whether the position refers to a source location.
  bool Known() const { return file != 0; }

  friend bool operator==(const Pos& a, const Pos& b) {
    return a.file == b.file && a.line == b.line && a.col == b.col;
  }
  friend bool operator!=(const Pos& a, const Pos& b) { return !(a == b); }
  /// Before is gc's XPos.Before: file, then line, then column.
  friend bool operator<(const Pos& a, const Pos& b) {
    return std::tie(a.file, a.line, a.col) < std::tie(b.file, b.line, b.col);
  }
};

}  // namespace goescape

#endif  // GOESCAPE_FRONTEND_BASE_POS_H_
