// explain_gctext.cpp: see explain_gctext.h.
#include "tools/goescape/explain_gctext.h"

#include <cctype>

namespace goescape::explain {

std::string Code(llvm::StringRef s) { return "`" + s.str() + "`"; }

/// SkipBalanced returns the index just past the bracket group opening at i.
size_t SkipBalanced(llvm::StringRef s, size_t i) {
  int depth = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == '[' || c == '{') ++depth;
    if (c == ')' || c == ']' || c == '}') {
      if (--depth == 0) return i + 1;
    }
  }
  return s.size();
}

/// Callee returns the function part of a call rendered by gc:
/// "fmt.Println(... argument...)" -> "fmt.Println", "(*T).M(t)" -> "(*T).M".
std::string Callee(llvm::StringRef call) {
  size_t i = 0;
  if (call.startswith("(")) i = SkipBalanced(call, 0);
  for (; i < call.size(); ++i) {
    if (call[i] == '(') return call.take_front(i).str();
    if (call[i] == '[' || call[i] == '{') i = SkipBalanced(call, i) - 1;
  }
  return call.str();
}

/// CallArgs returns the argument text of a call "f(a, b)" -> "a, b".
llvm::StringRef CallArgs(llvm::StringRef call) {
  std::string callee = Callee(call);
  llvm::StringRef rest = call.drop_front(callee.size());
  if (rest.startswith("(") && rest.endswith(")")) return rest.drop_front().drop_back();
  return "";
}

/// SplitTop splits s at top-level occurrences of sep (outside brackets).
std::vector<std::string> SplitTop(llvm::StringRef s, char sep) {
  std::vector<std::string> out;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == '[' || c == '{') ++depth;
    if (c == ')' || c == ']' || c == '}') --depth;
    if (c == sep && depth == 0) {
      out.push_back(s.slice(start, i).trim().str());
      start = i + 1;
    }
  }
  out.push_back(s.drop_front(start).trim().str());
  return out;
}

/// LhsOf returns the left side of an assignment statement rendered by gc
/// ("x = y", "x := y", "x += y"), or "" if stmt is not one.
std::string LhsOf(llvm::StringRef stmt) {
  static const char* const kOps[] = {"",  ":", "+", "-",  "*",  "/", "%",
                                     "&", "|", "^", "<<", ">>", "&^"};
  int depth = 0;
  for (size_t i = 0; i < stmt.size(); ++i) {
    char c = stmt[i];
    if (c == '(' || c == '[' || c == '{') ++depth;
    if (c == ')' || c == ']' || c == '}') --depth;
    if (depth != 0 || c != '=' || i + 1 >= stmt.size() || stmt[i + 1] != ' ') continue;
    for (const char* op : kOps) {
      llvm::StringRef o(op);
      if (i < o.size() + 1) continue;
      size_t start = i - o.size();
      if (stmt.slice(start, i) == o && stmt[start - 1] == ' ')
        return stmt.take_front(start - 1).str();
    }
  }
  return "";
}

/// LeadingIdent returns the identifier s starts with ("p" of "p.f[1]").
llvm::StringRef LeadingIdent(llvm::StringRef s) {
  size_t i = 0;
  while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' ||
                          static_cast<unsigned char>(s[i]) >= 0x80)) {
    ++i;
  }
  return s.take_front(i);
}

/// IsIdent reports whether s is a Go identifier.
bool IsIdent(llvm::StringRef s) {
  if (s.empty()) return false;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (!(std::isalnum(u) || c == '_' || u >= 0x80)) return false;
  }
  return !std::isdigit(static_cast<unsigned char>(s[0]));
}

/// SizeText renders a byte count with its unit ("11534336 bytes, 11 MB").
std::string SizeText(uint64_t n) {
  std::string s = std::to_string(n) + " bytes";
  if (n >= (1u << 20) && n % (1u << 20) == 0) {
    s += " = " + std::to_string(n >> 20) + " MB";
  } else if (n >= (1u << 10) && n % (1u << 10) == 0) {
    s += " = " + std::to_string(n >> 10) + " KB";
  }
  return s;
}

/// PtrLitType returns T of "&T{...}" / "&T{}".
std::string PtrLitType(llvm::StringRef label) {
  llvm::StringRef t = label.drop_front();  // '&'
  if (t.endswith("{...}")) return t.drop_back(5).str();
  if (t.endswith("{}")) return t.drop_back(2).str();
  return t.str();
}

}  // namespace goescape::explain
