// diagnostic.h: diagnostics as data, and the sinks they are sent to.
//
// Every phase reports problems and decisions as Diagnostic values (kind,
// severity, position, message in gc's wording, continuation lines) to a
// DiagSink. Phases never print. The one renderer of gc's text format lives
// in GcErrorSink (errors, to stderr) and RemarkPrinter (-m output, to
// stdout); tests use CollectingSink.
#ifndef GOESCAPE_FRONTEND_DIAG_DIAGNOSTIC_H_
#define GOESCAPE_FRONTEND_DIAG_DIAGNOSTIC_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "frontend/base/pos.h"
#include "llvm/ADT/StringRef.h"

namespace llvm {
class raw_ostream;
}

namespace goescape {

class SourceSet;

/// Severity orders diagnostics: errors fail the run; remarks are the
/// analysis output (-m).
enum class Severity : uint8_t { Error, Warning, Remark };

/// DiagKind is the category of a diagnostic (diag_kinds.def).
enum class DiagKind : uint8_t {
#define GOESCAPE_DIAG(Name, Sev, Desc) Name,
#include "frontend/diag/diag_kinds.def"
};

/// DiagKindName is the kind's name as written in diag_kinds.def.
llvm::StringRef DiagKindName(DiagKind kind);
/// DefaultSeverity is the kind's severity from diag_kinds.def.
Severity DefaultSeverity(DiagKind kind);

/// Diagnostic is one message: gc prints it as "POS: message", followed by
/// each note on its own line (gc's tab-indented continuation lines, e.g.
/// "\thave (int)").
struct Diagnostic {
  DiagKind kind = DiagKind::Note;
  Severity severity = Severity::Error;
  Pos pos;
  std::string message;
  std::vector<std::string> notes;
};

/// MakeDiag builds a diagnostic with the kind's default severity.
Diagnostic MakeDiag(DiagKind kind, Pos pos, std::string message);

/// DiagSink receives diagnostics.
class DiagSink {
 public:
  virtual ~DiagSink();
  virtual void Report(Diagnostic d) = 0;
  /// ShouldStop reports whether the run must end now (gc's exit after 10
  /// errors). Phases may poll it to stop early.
  virtual bool ShouldStop() const { return false; }
};

/// CollectingSink keeps every diagnostic in order (tests, and the parser's
/// first SLL attempt).
class CollectingSink : public DiagSink {
 public:
  void Report(Diagnostic d) override { diags.push_back(std::move(d)); }
  std::vector<Diagnostic> diags;
};

/// PosFormatter renders positions as gc does (cmd/internal/src Pos.Format):
/// "path:line:col" with the path as given on the command line, or
/// "path:line" with -C. Positions after a //line or /*line*/ directive print
/// relative to it (the directive's file name, line and column; no column if
/// the directive gave none). Like gc's compact positions (src.lico), lines
/// saturate at 1048574 and columns at 255, and a column of 255 or more is
/// not printed.
class PosFormatter {
 public:
  PosFormatter(const SourceSet& sources, bool columns) : sources_(sources), columns_(columns) {}
  std::string Format(Pos pos) const;

  /// BaseKey identifies pos's position base: (file, base index in the file,
  /// 0 for the file itself); (0, 0) for an unknown position.
  std::pair<uint32_t, uint32_t> BaseKey(Pos pos) const;
  /// SatLine and SatCol are pos's physical line and column as gc stores
  /// them (saturated).
  static uint32_t SatLine(Pos pos);
  static uint32_t SatCol(Pos pos);

 private:
  const SourceSet& sources_;
  bool columns_;
};

/// GcErrorSink reproduces gc's error reporting (cmd/compile/internal/base
/// print.go): a syntax error on the same line as the previous syntax error
/// is dropped; a non-syntax error equal to the previous one on the same line
/// is dropped; after the 10th error (unless -e) the errors so far are
/// printed sorted and "POS: too many errors" follows, and the run stops.
/// Flush prints the collected errors stably sorted by position, skipping
/// exact duplicate lines. With caret on, each error is followed by its
/// source line and a caret.
///
/// "Same line" and "sorted by position" are gc's src.XPos rules: a position
/// is (position base, physical line, column), where each file and each line
/// directive is a base. Two positions are on the same line if they have the
/// same base and physical line. Sorting compares the bases' indices first:
/// gc numbers a base when the first diagnostic positioned in it is reported
/// (the order of first report, not of the file), then lines and columns.
class GcErrorSink : public DiagSink {
 public:
  struct Options {
    bool columns = true;    // false with -C
    bool no_limit = false;  // -e
    bool caret = false;     // --caret
  };
  GcErrorSink(const SourceSet& sources, llvm::raw_ostream& os, Options options);
  ~GcErrorSink() override;

  void Report(Diagnostic d) override;
  bool ShouldStop() const override { return stopped_; }

  /// Flush prints and forgets the collected errors.
  void Flush();
  /// NumErrors is the number of errors counted so far (gc's Errors()).
  int NumErrors() const { return num_errors_; }
  int NumSyntaxErrors() const { return num_syntax_errors_; }

 private:
  void Print(const Diagnostic& d, const std::string& text);

  const SourceSet& sources_;
  llvm::raw_ostream& os_;
  Options options_;
  PosFormatter fmt_;
  std::vector<Diagnostic> kept_;
  int num_errors_ = 0;
  int num_syntax_errors_ = 0;
  bool stopped_ = false;
  Pos last_syntax_;
  Pos last_other_;
  std::string last_msg_;
  /// Base indices in order of first report (gc's PosTable), 1-based.
  std::map<std::pair<uint32_t, uint32_t>, uint32_t> base_order_;

  bool SameLine(Pos a, Pos b) const;
};

/// RemarkPrinter prints analysis output (-m) as gc does: each remark at
/// once, in emission order, as "POS: message" (continuation notes follow on
/// their own lines). Compiler-generated code has no position and prints as
/// gc's "<autogenerated>:1".
class RemarkPrinter : public DiagSink {
 public:
  RemarkPrinter(const SourceSet& sources, llvm::raw_ostream& os, bool columns)
      : os_(os), fmt_(sources, columns) {}
  void Report(Diagnostic d) override;
  /// FormatPos renders a position for use inside a message ("at POS").
  std::string FormatPos(Pos pos) const;
  int NumRemarks() const { return num_remarks_; }

 private:
  llvm::raw_ostream& os_;
  PosFormatter fmt_;
  int num_remarks_ = 0;
};

}  // namespace goescape

#endif  // GOESCAPE_FRONTEND_DIAG_DIAGNOSTIC_H_
