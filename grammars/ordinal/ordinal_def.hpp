#pragma once
// Ordinal markers. Included by src/grammars/ordinal.cpp only.
#include "common/lexemes.hpp"
#include "common/symbols.hpp"
#include "ordinal/ordinal.hpp"

namespace precis::grammar::ordinal {

using common::blank;
using common::ordinal_words;
using common::word_end;
using x3::lit;

// Nouns allowed between the ordinal and "is": "The third point is".
struct marker_nouns_table : x3::symbols<x3::unused_type> {
  marker_nouns_table() {
    for (const char* w : {"point", "proposal", "priority", "principle", "measure", "step", "area",
                          "aspect", "reason", "task", "thing", "pillar", "lesson", "goal",
                          "suggestion", "requirement", "issue", "element", "feature", "message",
                          "commitment", "recommendation", "initiative", "objective", "must"})
      add(w);
  }
};
inline const marker_nouns_table marker_nouns;

ordinal_marker_type const ordinal_marker_rule = "ordinal_marker";

inline const auto article = (lit("The") | lit("the")) >> +blank;

auto const ordinal_marker_rule_def =
    // "First is", "The second is", "The third point is"
    (-article >> ordinal_words >> word_end >> -(+blank >> marker_nouns >> word_end) >> +blank
              >> lit("is") >> word_end >> +blank)
    // "First,", "Secondly,", "First of all,", "Finally,"
  | (ordinal_words >> word_end >> -(+blank >> lit("of all")) >> ',' >> +blank);

BOOST_SPIRIT_DEFINE(ordinal_marker_rule)

ordinal_marker_type const& ordinal_marker() { return ordinal_marker_rule; }

}  // namespace precis::grammar::ordinal
