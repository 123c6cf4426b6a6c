#pragma once
// The two word tables every family shares: ordinal words and cardinal number words, each in
// ONE x3::symbols table (STYLE.md). Values: ordinals 1..10; "finally"/"lastly" = last_ordinal;
// "in addition" = next_ordinal (valid only inside a running sequence). Cardinals 2..12.
#include "config.hpp"

namespace precis::grammar::common {

inline constexpr int last_ordinal = -1;  ///< "Finally", "Lastly", "Last but not least"
inline constexpr int next_ordinal = -2;  ///< "In addition", "Also": the next one, if a run is open

struct ordinal_words_table : x3::symbols<int> {
  ordinal_words_table() {
    static const char* const words[] = {"first", "second", "third", "fourth", "fifth",
                                        "sixth", "seventh", "eighth", "ninth", "tenth"};
    static const char* const caps[] = {"First", "Second", "Third", "Fourth", "Fifth",
                                       "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"};
    static const char* const ly[] = {"firstly", "secondly", "thirdly", "fourthly", "fifthly",
                                     "sixthly", "seventhly", "eighthly", "ninthly", "tenthly"};
    static const char* const ly_caps[] = {"Firstly", "Secondly", "Thirdly", "Fourthly", "Fifthly",
                                          "Sixthly", "Seventhly", "Eighthly", "Ninthly", "Tenthly"};
    for (int i = 0; i < 10; ++i) add(words[i], i + 1)(caps[i], i + 1)(ly[i], i + 1)(ly_caps[i], i + 1);
    add("Finally", last_ordinal)("finally", last_ordinal)("Lastly", last_ordinal)
       ("lastly", last_ordinal)("Last but not least", last_ordinal)("last but not least", last_ordinal)
       ("In addition", next_ordinal)("in addition", next_ordinal);
  }
};
inline const ordinal_words_table ordinal_words;

struct cardinal_words_table : x3::symbols<int> {
  cardinal_words_table() {
    static const char* const words[] = {"two", "three", "four", "five", "six", "seven",
                                        "eight", "nine", "ten", "eleven", "twelve"};
    static const char* const caps[] = {"Two", "Three", "Four", "Five", "Six", "Seven",
                                       "Eight", "Nine", "Ten", "Eleven", "Twelve"};
    static const char* const upper[] = {"TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN",
                                        "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE"};
    static const char* const digits[] = {"2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
    for (int i = 0; i < 11; ++i) add(words[i], i + 2)(caps[i], i + 2)(upper[i], i + 2)(digits[i], i + 2);
  }
};
inline const cardinal_words_table cardinal_words;

/// The end of a word: what follows is not a letter, digit, hyphen or apostrophe.
inline const auto word_end = !(x3::ascii::alnum | x3::lit('-') | x3::lit('\'') | x3::lit("\xE2\x80\x99"));

}  // namespace precis::grammar::common
