#pragma once
// The two word tables every family shares: ordinal words and cardinal number words, each in
// ONE x3::symbols table filled from one data file (src/data/ordinal_words.txt,
// cardinal_words.txt) in every case form. Values: ordinals 1..12; "finally"/"lastly" =
// last_ordinal; "in addition" = next_ordinal (valid only inside a running sequence).
// Cardinals 2..12. (No x3::no_case: its folding would hand raw UTF-8 bytes to <cctype>.)
#include "common/ordinal_values.hpp"
#include "config.hpp"
#include "data/word_list.hpp"

#include <string>

namespace precis::grammar::common {

/// The case forms a word is written in: "first", "First", "FIRST".
template <class Add>
void each_case(std::string_view w, Add add) {
  std::string lower(w), cap(w), upper(w);
  if (!cap.empty() && cap[0] >= 'a' && cap[0] <= 'z') cap[0] = static_cast<char>(cap[0] - 32);
  for (auto& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  add(lower);
  add(cap);
  add(upper);
}

struct ordinal_words_table : x3::symbols<int> {
  ordinal_words_table() {
    static constexpr std::string_view list =
#include "data/ordinal_words.inc"
        ;
    int n = 0;
    for (std::string_view w : data::entries(list)) {
      ++n;
      each_case(w, [&](const std::string& f) { add(f, n)(f + (f.back() >= 'a' ? "ly" : "LY"), n); });
    }
    for (std::string_view w : {"finally", "lastly", "last but not least"})
      each_case(w, [&](const std::string& f) { add(f, last_ordinal); });
    each_case("in addition", [&](const std::string& f) { add(f, next_ordinal); });
  }
};
inline const ordinal_words_table ordinal_words;

struct cardinal_words_table : x3::symbols<int> {
  cardinal_words_table() {
    static constexpr std::string_view list =
#include "data/cardinal_words.inc"
        ;
    int n = 1;
    for (std::string_view w : data::entries(list)) {
      ++n;
      each_case(w, [&](const std::string& f) { add(f, n); });
      add(std::to_string(n), n);
    }
  }
};
inline const cardinal_words_table cardinal_words;

/// The end of a word: what follows is not a letter, digit, hyphen or apostrophe.
inline const auto word_end = !(x3::ascii::alnum | x3::lit('-') | x3::lit('\'') | x3::lit("\xE2\x80\x99"));

}  // namespace precis::grammar::common
