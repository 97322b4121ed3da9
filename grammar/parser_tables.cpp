// parser_tables.cpp: a build-time generator. It writes GoParserTables.inc,
// the one-token prediction table of the ANTLR-generated Go parser
// (GoParser.g4): for each decision of the grammar that the generated code
// hands to adaptive prediction, and each token type, the alternative ANTLR's
// prediction picks when that token comes next — wherever the next token alone
// decides. frontend/parse's parser answers those predictions from the table
// instead of building ANTLR's prediction DFA afresh in every run (goescape
// runs once per file, so the DFA is always cold) and walking it under its
// locks.
//
// Algorithm: ANTLR's own prediction code computes each entry. For decision d
// (and, for the precedence decisions of left-recursive rules, for each
// precedence level p the parser can be at), the SLL start state s0 is
// computed as adaptivePredict computes it (computeStartState with the empty
// context; applyPrecedenceFilter at level p), then the DFA state D reached
// from s0 by token t (computeTargetState). When D is an accept state that
// predicts a unique alternative and carries no predicates, adaptivePredict
// returns D's alternative whatever the tokens after t, the parser context or
// the prediction mode (SLL and LL differ only in states with conflicts): the
// entry is that alternative. Otherwise (no viable alternative, a conflict,
// predicates to evaluate, more lookahead needed) the entry is 0 and the
// parser asks ANTLR.
//
// Layout: kPredictRow[d] is decision d's first row; a precedence decision
// has kPredictPrecedenceLevels rows (one per level 0..). Each row has an
// entry per token type t at index t + 1 and for EOF at index 0.
//
// Usage: goescape_parser_tables OUT.inc
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "GoLexer.h"
#include "GoParser.h"
#include "antlr4-runtime.h"

namespace {

using antlr4::atn::ATN;
using antlr4::dfa::DFA;
using antlr4::dfa::DFAState;

/// TableParser exposes the parser's precedence level.
class TableParser : public goescape_antlr::GoParser {
 public:
  using GoParser::GoParser;
  void SetPrecedence(int p) { _precedenceStack.assign(1, p); }
};

/// TableSimulator exposes the steps of ANTLR's adaptivePredict.
class TableSimulator : public antlr4::atn::ParserATNSimulator {
 public:
  TableSimulator(TableParser* parser, const ATN& atn, std::vector<DFA>& dfas,
                 antlr4::atn::PredictionContextCache& cache)
      : ParserATNSimulator(parser, atn, dfas, cache) {
    setPredictionMode(antlr4::atn::PredictionMode::SLL);
  }

  /// StartState is adaptivePredict's s0 for the decision (at the parser's
  /// current precedence level, for a precedence decision).
  DFAState* StartState(DFA& dfa) {
    _dfa = &dfa;
    _outerContext = &antlr4::ParserRuleContext::EMPTY;
    std::unique_ptr<antlr4::atn::ATNConfigSet> closure =
        computeStartState(dfa.atnStartState, &antlr4::ParserRuleContext::EMPTY, false);
    if (dfa.isPrecedenceDfa()) closure = applyPrecedenceFilter(closure.get());
    return new DFAState(std::move(closure));  // the generator's lifetime
  }

  /// Predict is the alternative predicted from s0 by token t alone, or 0.
  size_t Predict(DFA& dfa, DFAState* s0, size_t t) {
    _dfa = &dfa;
    DFAState* d = computeTargetState(dfa, s0, t);
    mergeCache.clear();  // as adaptivePredict does after each prediction
    if (d == ERROR.get() || !d->isAcceptState || d->requiresFullContext || !d->predicates.empty() ||
        d->prediction == antlr4::atn::ATN::INVALID_ALT_NUMBER) {
      return 0;
    }
    return d->prediction;
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: goescape_parser_tables OUT.inc\n";
    return 2;
  }
  antlr4::ANTLRInputStream input("");
  goescape_antlr::GoLexer lexer(&input);
  antlr4::CommonTokenStream tokens(&lexer);
  TableParser parser(&tokens);
  const ATN& atn = parser.getATN();
  std::vector<DFA> dfas;
  for (size_t d = 0; d < atn.getNumberOfDecisions(); ++d) {
    dfas.emplace_back(atn.getDecisionState(d), d);
  }
  antlr4::atn::PredictionContextCache cache;
  TableSimulator sim(&parser, atn, dfas, cache);

  // The precedence levels: 0 and every level a precedence predicate tests.
  int max_level = 0;
  for (antlr4::atn::ATNState* s : atn.states) {
    if (!s) continue;
    for (size_t i = 0; i < s->transitions.size(); ++i) {
      antlr4::atn::Transition* t = s->transitions[i];
      if (t->getSerializationType() == antlr4::atn::Transition::PRECEDENCE) {
        max_level = std::max(
            max_level, static_cast<antlr4::atn::PrecedencePredicateTransition*>(t)->precedence);
      }
    }
  }
  const int levels = max_level + 1;
  const size_t width = atn.maxTokenType + 2;

  std::string rows, starts, precedence;
  size_t row = 0, decided = 0;
  for (size_t d = 0; d < dfas.size(); ++d) {
    DFA& dfa = dfas[d];
    starts += "    " + std::to_string(row) + ",\n";
    precedence += dfa.isPrecedenceDfa() ? "    true,\n" : "    false,\n";
    for (int p = 0; p < (dfa.isPrecedenceDfa() ? levels : 1); ++p) {
      parser.SetPrecedence(p);
      DFAState* s0 = sim.StartState(dfa);
      std::string line = "    {";
      for (size_t k = 0; k < width; ++k) {
        size_t t = k == 0 ? antlr4::Token::EOF : k - 1;
        size_t alt = k == 1 ? 0 : sim.Predict(dfa, s0, t);  // type 0 is not a token
        if (alt > 255) {
          std::cerr << "goescape_parser_tables: decision " << d << " has too many alternatives\n";
          return 1;
        }
        if (alt) ++decided;
        line += std::to_string(alt) + (k + 1 < width ? "," : "");
      }
      rows += line + "},  // decision " + std::to_string(d) +
              (dfa.isPrecedenceDfa() ? ", precedence " + std::to_string(p) : "") + "\n";
      ++row;
    }
  }

  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  out << "// GoParserTables.inc: generated at build time by grammar/parser_tables.cpp\n"
      << "// from the ANTLR parser of grammar/GoParser.g4. Do not edit.\n"
      << "// " << decided << " (decision, precedence, token) entries decided by one token.\n"
      << "inline constexpr size_t kPredictDecisions = " << dfas.size() << ";\n"
      << "inline constexpr size_t kPredictWidth = " << width << ";\n"
      << "inline constexpr int kPredictPrecedenceLevels = " << levels << ";\n"
      << "inline constexpr uint32_t kPredictRow[] = {\n"
      << starts << "};\n"
      << "inline constexpr bool kPredictIsPrecedence[] = {\n"
      << precedence << "};\n"
      << "inline constexpr uint8_t kPredictTable[][kPredictWidth] = {\n"
      << rows << "};\n";
  return out ? 0 : 1;
}
