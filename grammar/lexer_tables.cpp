// lexer_tables.cpp: a build-time generator. It reads the ANTLR-generated Go
// lexer (GoLexer.g4) and writes GoLexerTables.inc, the data goescape's
// hand-written scanner (frontend/parse/scanner.cpp) needs to produce exactly
// the tokens of that lexer without linking it:
//   * kGoLetter, kGoDigit: the code point sets of the grammar's LETTER
//     ([\p{L}_]) and UNICODE_DIGIT ([\p{Nd}]) fragments, as sorted disjoint
//     inclusive ranges — the Unicode tables of the ANTLR tool that generated
//     the lexer, which are not Go's;
//   * kGoLiteralNames, kGoSymbolicNames: the token vocabulary ('break',
//     BREAK, ...), indexed by token type.
//
// Algorithm: each fragment is found by name among the lexer's rules; the
// labels of the non-epsilon transitions reachable from its start state
// (without entering other rules) are the characters it matches. A fragment
// of any other shape (a sequence, a rule reference, a negated set) is an
// error: the generator fails the build rather than emit a wrong table.
//
// Usage: goescape_lexer_tables OUT.inc
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "GoLexer.h"
#include "antlr4-runtime.h"

namespace {

using antlr4::atn::ATNState;
using antlr4::atn::Transition;

/// FragmentSet is the set of code points a one-character fragment matches.
bool FragmentSet(const antlr4::atn::ATN& atn, size_t rule, antlr4::misc::IntervalSet* out) {
  std::set<ATNState*> seen;
  std::vector<ATNState*> work{atn.ruleToStartState[rule]};
  ATNState* stop = atn.ruleToStopState[rule];
  while (!work.empty()) {
    ATNState* s = work.back();
    work.pop_back();
    if (s == stop || !seen.insert(s).second) continue;
    for (size_t i = 0; i < s->transitions.size(); ++i) {
      Transition* t = s->transitions[i];
      switch (t->getSerializationType()) {
        case Transition::EPSILON:
          work.push_back(t->target);
          break;
        case Transition::ATOM:
        case Transition::RANGE:
        case Transition::SET:
          // One character, then the end of the fragment.
          if (t->target->transitions.size() != 1 || !t->target->transitions[0]->isEpsilon()) {
            return false;
          }
          out->addAll(t->label());
          break;
        default:
          return false;
      }
    }
  }
  return true;
}

/// Quote makes a C++ string literal of s (names hold quotes, backslashes
/// and, for NEWLINE, a newline).
std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", static_cast<unsigned char>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: goescape_lexer_tables OUT.inc\n";
    return 2;
  }
  antlr4::ANTLRInputStream input("");
  goescape_antlr::GoLexer lexer(&input);
  const antlr4::atn::ATN& atn = lexer.getATN();
  const std::vector<std::string>& rules = lexer.getRuleNames();
  std::string text =
      "// GoLexerTables.inc: generated at build time by grammar/lexer_tables.cpp\n"
      "// from the ANTLR lexer of grammar/GoLexer.g4. Do not edit.\n";
  for (const char* fragment : {"LETTER", "UNICODE_DIGIT"}) {
    size_t rule = 0;
    while (rule < rules.size() && rules[rule] != fragment) ++rule;
    antlr4::misc::IntervalSet set;
    if (rule == rules.size() || !FragmentSet(atn, rule, &set) || set.isEmpty()) {
      std::cerr << "goescape_lexer_tables: fragment " << fragment
                << " is missing or not a single character set\n";
      return 1;
    }
    // The scanner tests ASCII characters itself: [A-Za-z_] and [0-9].
    bool letter = std::string(fragment) == "LETTER";
    for (char32_t c = 0; c < 0x80; ++c) {
      bool expect = letter ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                           : c >= '0' && c <= '9';
      if (set.contains(static_cast<ssize_t>(c)) != expect) {
        std::cerr << "goescape_lexer_tables: fragment " << fragment
                  << " has unexpected ASCII members\n";
        return 1;
      }
    }
    text += std::string("inline constexpr CodePointRange ") + (letter ? "kGoLetter" : "kGoDigit") +
            "[] = {\n";
    for (const antlr4::misc::Interval& iv : set.getIntervals()) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "    {0x%llX, 0x%llX},\n", static_cast<long long>(iv.a),
                    static_cast<long long>(iv.b));
      text += buf;
    }
    text += "};\n";
  }
  const antlr4::dfa::Vocabulary& vocab = lexer.getVocabulary();
  std::string literal = "inline const char* const kGoLiteralNames[] = {\n";
  std::string symbolic = "inline const char* const kGoSymbolicNames[] = {\n";
  for (size_t t = 0; t <= vocab.getMaxTokenType(); ++t) {
    literal += "    " + Quote(vocab.getLiteralName(t)) + ",\n";
    symbolic += "    " + Quote(vocab.getSymbolicName(t)) + ",\n";
  }
  text += literal + "};\n" + symbolic + "};\n";
  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  out << text;
  return out ? 0 : 1;
}
