#pragma once
// Counted labels. Included by src/grammars/counted_label.cpp only.
#include "common/lexemes.hpp"
#include "common/symbols.hpp"
#include "counted_label/counted_label.hpp"

namespace precis::grammar::counted_label {

using common::wrap_space;
using common::cardinal_words;
using common::word_end;
using x3::ascii::alnum;  // ascii: a UTF-8 byte is no letter (never a negative int to <cctype>)
using x3::ascii::alpha;
using x3::char_;
using x3::lit;
using x3::repeat;

// Words that end a noun phrase: relative pronouns, prepositions other than "of", verbs.
struct stop_words_table : x3::symbols<x3::unused_type> {
  stop_words_table() {
    for (const char* w :
         {"that", "which", "who", "whom", "whose", "to", "from", "for", "with", "in", "on", "at",
          "by", "as", "is", "are", "was", "were", "be", "been", "being", "should", "will", "would",
          "can", "could", "must", "may", "might", "shall", "have", "has", "had", "do", "does",
          "did", "namely", "including", "such", "like", "between", "into", "over", "under",
          "about", "during", "since", "while", "when", "where", "if", "than", "whether", "not",
          "also", "against", "within", "without", "across", "through", "via", "per", "upon",
          "after", "before", "among", "amid", "toward", "towards", "the", "a", "an", "this",
          "these", "those", "its", "their", "our", "his", "her", "all", "both", "each", "ago",
          "later", "earlier", "so", "but", "or", "nor", "yet", "said", "says", "and", "of",
          "inside", "outside", "near", "around", "behind", "beyond", "you", "we", "they", "he",
          "she", "it", "i", "us", "them", "were", "are"})
      add(w);
  }
};
inline const stop_words_table stop_words;

inline const auto latin_letter = char_('\xC3', '\xC5') >> char_('\x80', '\xBF');
inline const auto joiner = lit('-') | lit('\'') | lit("\xE2\x80\x99") | lit("\xE2\x80\x93");
inline const auto np_word = !(stop_words >> word_end) >>
                            (alpha | latin_letter) >> *(alnum | latin_letter | (joiner >> &alpha));
// "and" may join two nouns inside a label ("experience and inspirations"), never end it.
inline const auto np_link = +wrap_space >> (lit("and") | lit("of")) >> word_end;
inline const auto noun_phrase = np_word >> repeat(0, 7)[-np_link >> +wrap_space >> np_word];
inline const auto quoted_noun = common::open_quote >> repeat(1, 40)[char_ - char_("\"\n") - lit("\xE2\x80\x9D")]
                                >> common::close_quote;

counted_label_type const counted_label_rule = "counted_label";

// "Five-Point Consensus", "a four-point proposal": the count is fused to "point".
inline const auto point_word = (lit("point") | lit("Point") | lit("POINT")) >> word_end;

// "ten such indicators", "two of the flagship programmes": words between a count and its noun.
inline const auto count_link = (lit("such") >> word_end >> +wrap_space) | (lit("of the") >> word_end >> +wrap_space);

auto const counted_label_rule_def =
    (cardinal_words >> word_end >> +wrap_space >> -count_link >> x3::omit[quoted_noun | noun_phrase])
  | (cardinal_words >> '-' >> point_word >> +wrap_space >> x3::omit[noun_phrase])
    // "the following three points" counts; "the following reasons" announces without a count
  | ((lit("the") | lit("The")) >> +wrap_space >> lit("following") >> +wrap_space
     >> ((cardinal_words >> word_end >> +wrap_space >> x3::omit[noun_phrase]) | (x3::attr(0) >> x3::omit[noun_phrase])))
    // "Let me highlight two: First, ...": a count with its noun elided before a colon
  | (cardinal_words >> word_end >> &(lit(':') >> wrap_space))
    // "we need to do the following:" announces what comes next without naming it
  | ((lit("the") | lit("The")) >> +wrap_space >> lit("following") >> &lit(':') >> x3::attr(0));

BOOST_SPIRIT_DEFINE(counted_label_rule)

counted_label_type const& counted_label() { return counted_label_rule; }

}  // namespace precis::grammar::counted_label
