#pragma once
// Ordinal markers. Included by src/grammars/ordinal.cpp only.
#include "common/lexemes.hpp"
#include "common/ordinal_values.hpp"
#include "common/symbols.hpp"
#include "ordinal/ordinal.hpp"

namespace precis::grammar::ordinal {

using common::apostrophe;
using common::wrap_space;
using common::ordinal_words;
using common::word_end;
using x3::char_;
using x3::lit;
using x3::omit;
using x3::repeat;

/// At most this many words between an ordinal and its verb: "The third task that Russia deems
/// to be potentially critical is" (8), "The second of the three big shifts we have to adapt to
/// is" (11). Beyond it the sentence is prose, not a marker.
inline constexpr int max_noun_phrase_words = 12;

// Nouns allowed between a bare ordinal and "is": "First point is" (no article).
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

// The verbs that link an ordinal noun phrase to its item: "The third need is", "The first
// concerned", "My Government's second initiative of openness involves", "would be".
struct linking_verbs_table : x3::symbols<x3::unused_type> {
  linking_verbs_table() {
    for (const char* w : {"is", "concerns", "concerned", "involves", "would be", "will be",
                          "relates to", "lies in"})
      add(w);
  }
};
inline const linking_verbs_table linking_verbs;

ordinal_marker_type const ordinal_marker_rule = "ordinal_marker";

inline const auto article = (lit("The") | lit("the")) >> +wrap_space;
// "The", "Their", "My", "Its", "Our", optionally with an owner: "My Government's".
// (A symbols table matches the longest entry: "Their" is not "The" + "ir".)
struct determiners_table : x3::symbols<x3::unused_type> {
  determiners_table() {
    for (const char* w : {"the", "their", "my", "our", "its", "his", "her", "your"})
      common::each_case(w, [&](const std::string& f) { add(f); });
  }
};
inline const determiners_table determiners;
inline const auto determiner =
    determiners >> word_end >> +wrap_space >> -omit[+x3::ascii::alpha >> apostrophe >> lit('s') >> +wrap_space];
// A connective before the marker: "And, thirdly,", "And sixthly,", "Therefore, my third point".
inline const auto connective =
    (lit("And") | lit("and") | lit("Therefore") | lit("Hence") | lit("So") | lit("Now")) >> word_end >>
    -lit(',') >> +wrap_space;
inline const auto np_word = !(linking_verbs >> word_end) >>
                            omit[+(char_ - char_(" \t\n\r,;:.!?\"()") - lit("\xC2\xA0"))];
inline const auto linking = linking_verbs >> word_end >> -lit(':') >> +wrap_space;
// "That leads me to my second point.", "This brings me to the second task:".
inline const auto lead_in = ((lit("That") | lit("This")) >> +wrap_space >> (lit("leads") | lit("brings") | lit("takes")) >>
                             +wrap_space >> lit("me") >> +wrap_space >> lit("to")) |
                            (lit("Let me") >> -(+wrap_space >> lit("now")) >> +wrap_space >> lit("turn to")) |
                            (lit("I") >> -(+wrap_space >> lit("now")) >> +wrap_space >> lit("turn to"));

// "The first is A. ... The alternative is B.": the second of two, without an ordinal word.
inline const auto other_word = (lit("other") | lit("alternative")) >> word_end;

auto const ordinal_marker_rule_def =
    // "The third need is", "Their second obligation is", "The eleventh point I would like to
    // make concerns", "Therefore, my third point concerns"
    (-connective >> determiner >> ordinal_words >> word_end >>
     repeat(0, max_noun_phrase_words)[+wrap_space >> np_word] >> +wrap_space >> linking)
    // "The other is", "The alternative is" (the tree builder takes it only after "The first")
  | (article >> other_word >> +wrap_space >> linking >> x3::attr(common::other_ordinal))
    // "First is", "Third is", "Second point is"
  | (ordinal_words >> word_end >> -(+wrap_space >> marker_nouns >> word_end) >> +wrap_space >> linking)
    // "That leads me to my second point.", "This brings me to the second task:"
  | (lead_in >> +wrap_space >> determiner >> ordinal_words >> word_end >> repeat(0, 3)[+wrap_space >> np_word] >>
     (lit('.') | lit(':')) >> *wrap_space)
    // "First,", "Secondly,", "First of all,", "And, thirdly,", "Fourthly, and lastly,", "First:"
  | (-connective >> ordinal_words >> word_end >> -(+wrap_space >> (lit("of all") | lit("and foremost"))) >>
     -(lit(',') >> +wrap_space >> lit("and") >> +wrap_space >> (lit("lastly") | lit("finally")) >> word_end) >>
     (lit(',') | lit(':')) >> +wrap_space);

BOOST_SPIRIT_DEFINE(ordinal_marker_rule)

ordinal_marker_type const& ordinal_marker() { return ordinal_marker_rule; }

}  // namespace precis::grammar::ordinal
