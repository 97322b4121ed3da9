// parser_tables.cpp: a build-time generator. It writes GoParserTables.inc,
// the short-lookahead prediction table of the ANTLR-generated Go parser
// (GoParser.g4): for each decision of the grammar that the generated code
// hands to adaptive prediction, and each next token (or pair of next
// tokens), the alternative ANTLR's prediction picks wherever those tokens
// decide it, possibly subject to semantic predicates. frontend/parse's
// parser answers those predictions from the table instead of building
// ANTLR's prediction DFA afresh in every run (goescape runs once per file,
// so the DFA is always cold) and walking it under its locks.
//
// Algorithm: ANTLR's own prediction code computes each entry. For decision d
// (and, for the precedence decisions of left-recursive rules, for each
// precedence level p the parser can be at, levels above the largest one a
// predicate tests being alike), the SLL start state s0 is
// computed as adaptivePredict computes it (computeStartState with the empty
// context; applyPrecedenceFilter at level p), then the DFA state D1 reached
// from s0 by token t1 (computeTargetState), and, when D1 is not an accept
// state, the state D2 reached from D1 by t2. adaptivePredict (execATN)
// stops at the first accept state D on that path; when D predicts without
// needing full context, its answer depends on nothing but the tokens read:
//   * no predicates: D's alternative;
//   * predicates (D.predicates, (predicate, alternative) pairs): the
//     smallest alternative whose predicate holds, evaluated as ANTLR's
//     evalSemanticContext does (Parser::sempred, Parser::precpred, AND and
//     OR of those), or, if none holds, ANTLR's error path.
// Those are the entries (SLL and LL prediction differ only in states that
// need full context, which get no entry). Everything else — no viable
// alternative, a conflict, a third token needed — has no entry, and the
// parser asks ANTLR.
//
// Layout (all arrays are indexed from 0):
//   kPredictRow[d]: decision d's first row in kPredictTable; a precedence
//     decision has kPredictPrecedenceLevels rows (one per level 0..);
//   kPredictTable[row][col], kPredict2Table[row2][col]: the entry for the
//     first or second token; col is t + 1 for token type t, 0 for EOF. An
//     entry is 0 (ask ANTLR) or packs: bits 0-7 an alternative, bits 8-19 a
//     predicate set (1-based into kPredictSets, then the alternative is 0),
//     bits 20-31 a second-token row (1-based into kPredict2Table);
//   kPredictSets[s] = {first, count}: count (predicate, alternative) pairs
//     in ANTLR's order, each a predicate tree in prefix order from first in
//     kPredictPredicates (AND and OR nodes followed by their operands).
//
// Usage: goescape_parser_tables OUT.inc
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "GoLexer.h"
#include "GoParser.h"
#include "antlr4-runtime.h"

namespace {

using antlr4::atn::ATN;
using antlr4::atn::SemanticContext;
using antlr4::dfa::DFA;
using antlr4::dfa::DFAState;

/// TableParser exposes the parser's precedence level.
class TableParser : public goescape_antlr::GoParser {
 public:
  using GoParser::GoParser;
  void SetPrecedence(int p) { _precedenceStack.assign(1, p); }
};

/// Predicate is one node of a predicate tree of a (predicate, alternative)
/// pair of a DFA state, in the generated file's terms (prefix order).
struct Predicate {
  int alt = 0;
  // 0: none (always holds), 1: sempred, 2: sempred with context, 3: precpred,
  // 4: AND, 5: OR of the following operands
  int kind = 0;
  size_t rule = 0, index = 0;
  int precedence = 0;
  size_t size = 1;  // nodes in this subtree
  bool operator<(const Predicate& o) const {
    return std::tie(alt, kind, rule, index, precedence, size) <
           std::tie(o.alt, o.kind, o.rule, o.index, o.precedence, o.size);
  }
};

/// Tables is what the generator writes.
struct Tables {
  std::vector<std::vector<uint32_t>> rows, rows2;
  std::vector<Predicate> predicates;
  std::vector<std::pair<size_t, size_t>> sets;       // {first, count}
  std::map<std::vector<Predicate>, size_t> set_ids;  // 1-based
  size_t entries = 0, entries2 = 0, predicated = 0;
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

  /// Target is execATN's step from state d by token t.
  DFAState* Target(DFA& dfa, DFAState* d, size_t t) {
    _dfa = &dfa;
    DFAState* next = computeTargetState(dfa, d, t);
    mergeCache.clear();  // as adaptivePredict does after each prediction
    return next;
  }
};

/// Serialize appends the predicate tree sc (for alternative alt) to out in
/// prefix order; false if it has a node of an unknown kind.
bool Serialize(const std::shared_ptr<SemanticContext>& sc, int alt, std::vector<Predicate>* out) {
  Predicate p;
  p.alt = alt;
  if (sc == SemanticContext::NONE) {
    p.kind = 0;
  } else if (auto* pred = dynamic_cast<const SemanticContext::Predicate*>(sc.get())) {
    p.kind = pred->isCtxDependent ? 2 : 1;
    p.rule = pred->ruleIndex;
    p.index = pred->predIndex;
  } else if (auto* prec = dynamic_cast<const SemanticContext::PrecedencePredicate*>(sc.get())) {
    p.kind = 3;
    p.precedence = prec->precedence;
  } else if (auto* op = dynamic_cast<const SemanticContext::Operator*>(sc.get())) {
    bool is_and = dynamic_cast<const SemanticContext::AND*>(sc.get()) != nullptr;
    if (!is_and && !dynamic_cast<const SemanticContext::OR*>(sc.get())) return false;
    std::vector<std::shared_ptr<SemanticContext>> operands = op->getOperands();
    size_t at = out->size();
    p.kind = is_and ? 4 : 5;
    out->push_back(p);
    for (const auto& o : operands) {
      if (!Serialize(o, alt, out)) return false;
    }
    (*out)[at].size = out->size() - at;
    return true;
  } else {
    return false;
  }
  out->push_back(p);
  return true;
}

/// Accept is the entry for an accept state d (0 if it needs ANTLR).
uint32_t Accept(DFAState* d, Tables& tables) {
  if (d == antlr4::atn::ATNSimulator::ERROR.get() || !d->isAcceptState || d->requiresFullContext) {
    return 0;
  }
  if (d->predicates.empty()) {
    if (d->prediction == ATN::INVALID_ALT_NUMBER || d->prediction > 255) return 0;
    return static_cast<uint32_t>(d->prediction);
  }
  std::vector<Predicate> set;
  for (const DFAState::PredPrediction* pp : d->predicates) {
    if (pp->alt <= 0 || pp->alt > 255 || !Serialize(pp->pred, pp->alt, &set)) return 0;
  }
  auto [it, added] = tables.set_ids.emplace(set, tables.sets.size() + 1);
  if (added) {
    tables.sets.push_back({tables.predicates.size(), d->predicates.size()});
    tables.predicates.insert(tables.predicates.end(), set.begin(), set.end());
  }
  if (it->second >= (1u << 12)) return 0;
  ++tables.predicated;
  return static_cast<uint32_t>(it->second) << 8;
}

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
  // Levels above max_level all evaluate every precedence predicate the same
  // way: the parser clamps its level to the last row.
  const int levels = max_level + 2;
  const size_t width = atn.maxTokenType + 2;
  auto token_of = [](size_t col) { return col == 0 ? antlr4::Token::EOF : col - 1; };

  Tables tables;
  std::string starts, precedence;
  for (size_t d = 0; d < dfas.size(); ++d) {
    DFA& dfa = dfas[d];
    starts += "    " + std::to_string(tables.rows.size()) + ",\n";
    precedence += dfa.isPrecedenceDfa() ? "    true,\n" : "    false,\n";
    for (int p = 0; p < (dfa.isPrecedenceDfa() ? levels : 1); ++p) {
      parser.SetPrecedence(p);
      DFAState* s0 = sim.StartState(dfa);
      std::vector<uint32_t> row(width, 0);
      for (size_t col = 0; col < width; ++col) {
        if (col == 1) continue;  // token type 0 is no token
        DFAState* d1 = sim.Target(dfa, s0, token_of(col));
        if (d1 != antlr4::atn::ATNSimulator::ERROR.get() && !d1->isAcceptState && col != 0) {
          std::vector<uint32_t> row2(width, 0);
          bool any = false;
          for (size_t col2 = 0; col2 < width; ++col2) {
            if (col2 == 1) continue;
            row2[col2] = Accept(sim.Target(dfa, d1, token_of(col2)), tables);
            if (row2[col2] != 0) {
              any = true;
              ++tables.entries2;
            }
          }
          if (any && tables.rows2.size() + 1 < (1u << 12)) {
            tables.rows2.push_back(row2);
            row[col] = static_cast<uint32_t>(tables.rows2.size()) << 20;
          }
        } else {
          row[col] = Accept(d1, tables);
          if (row[col] != 0) ++tables.entries;
        }
      }
      tables.rows.push_back(row);
    }
  }

  auto print_rows = [&](const std::vector<std::vector<uint32_t>>& rows) {
    std::string text;
    for (const std::vector<uint32_t>& row : rows) {
      text += "    {";
      for (size_t k = 0; k < row.size(); ++k) {
        text += std::to_string(row[k]) + (k + 1 < row.size() ? "," : "");
      }
      text += "},\n";
    }
    return text;
  };
  std::string predicates, sets;
  for (const Predicate& p : tables.predicates) {
    predicates += "    {" + std::to_string(p.alt) + ", " + std::to_string(p.kind) + ", " +
                  std::to_string(p.rule) + ", " + std::to_string(p.index) + ", " +
                  std::to_string(p.precedence) + ", " + std::to_string(p.size) + "},\n";
  }
  for (const auto& [first, count] : tables.sets) {
    sets += "    {" + std::to_string(first) + ", " + std::to_string(count) + "},\n";
  }

  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  out << "// GoParserTables.inc: generated at build time by grammar/parser_tables.cpp\n"
      << "// from the ANTLR parser of grammar/GoParser.g4. Do not edit.\n"
      << "// " << tables.entries << " one-token and " << tables.entries2 << " two-token entries, "
      << tables.predicated << " of them with predicates.\n"
      << "inline constexpr size_t kPredictDecisions = " << dfas.size() << ";\n"
      << "inline constexpr size_t kPredictWidth = " << width << ";\n"
      << "inline constexpr int kPredictPrecedenceLevels = " << levels << ";\n"
      << "inline constexpr uint32_t kPredictRow[] = {\n"
      << starts << "};\n"
      << "inline constexpr bool kPredictIsPrecedence[] = {\n"
      << precedence << "};\n"
      << "inline constexpr uint32_t kPredictTable[][kPredictWidth] = {\n"
      << print_rows(tables.rows) << "};\n"
      << "inline constexpr uint32_t kPredict2Table[][kPredictWidth] = {\n"
      << print_rows(tables.rows2) << (tables.rows2.empty() ? "    {},\n" : "") << "};\n"
      << "/// Predicate trees in prefix order: {alternative, kind (0 none, 1 sempred,\n"
      << "/// 2 sempred with context, 3 precpred, 4 AND, 5 OR), rule, predicate index,\n"
      << "/// precedence, subtree size}; a set is {first node, number of trees}.\n"
      << "inline constexpr PredictPredicate kPredictPredicates[] = {\n"
      << predicates << (tables.predicates.empty() ? "    {},\n" : "") << "};\n"
      << "inline constexpr PredictSet kPredictSets[] = {\n"
      << sets << (tables.sets.empty() ? "    {},\n" : "") << "};\n";
  return out ? 0 : 1;
}
