#pragma once
// The metadata grammar. Included by src/grammars/metadata.cpp only.
//
// Character classes are X3's `ascii` ones: they test a byte for ASCII before classifying it, so
// UTF-8 lead and continuation bytes simply fail to match (the `standard` classes would pass them
// to <cctype> as negative values).
#include "common/lexemes.hpp"
#include "metadata/ast_adapted.hpp"
#include "metadata/metadata.hpp"

#include "data/word_list.hpp"

#include <string>

namespace precis::grammar::meta {

using x3::char_;
using x3::eoi;
using x3::lit;
using x3::omit;
using x3::raw;
using x3::repeat;
using x3::ascii::alnum;
using x3::ascii::alpha;
using x3::ascii::digit;
using x3::ascii::lower;
using x3::ascii::upper;
using common::blank;
using common::dash;

inline constexpr std::string_view kMonths =
#include "data/months.inc"
    ;

/// Month names from src/data/months.txt ("March 3"), each as written and in capitals.
struct month_names : x3::symbols<unsigned> {
  month_names() {
    for (std::string_view e : data::entries(kMonths)) {
      auto sp = e.rfind(' ');
      if (sp == std::string_view::npos) continue;
      unsigned n = 0;
      for (char c : e.substr(sp + 1)) n = n * 10 + static_cast<unsigned>(c - '0');
      std::string name(e.substr(0, sp)), caps = name;
      for (char& c : caps) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      add(name, n);
      if (caps != name) add(caps, n);
    }
  }
};
inline const month_names month;

inline constexpr std::string_view kNewsAgencies =
#include "data/news_agencies.inc"
    ;

/// Agencies that may open a story alone, "(CNN) ", from src/data/news_agencies.txt.
struct agency_names : x3::symbols<unsigned> {
  agency_names() {
    for (std::string_view e : data::entries(kNewsAgencies)) add(std::string(e), 1u);
  }
};
inline const agency_names known_agency;

// An all-capitals place word: BEIJING, NEW, YORK, ST., U.N., D.C.
inline const auto place_word = upper >> +(upper | char_(".'-"));
inline const auto place = place_word >> *(char_(' ') >> place_word);
// ", England" between place and date: a capitalised word that is not a month.
inline const auto region = upper >> +lower;
inline const x3::uint_parser<unsigned, 10, 4, 4> year4;
inline const x3::uint_parser<unsigned, 10, 1, 2> num12;
inline const auto day_date = month >> -lit('.') >> ' ' >> x3::uint_
                             >> ((lit(',') >> ' ' >> year4 >> !digit) | x3::attr(0u));
inline const auto agency = '(' >> upper >> repeat(0, 30)[char_ - char_(")\n")] >> ')';
inline const auto time_of_day = repeat(1, 2)[digit] >> ':' >> repeat(2)[digit];
inline const auto ordinal_suffix = lit("st") | lit("nd") | lit("rd") | lit("th");
// Between the parts of a date line: blanks and line breaks ("THE WHITE HOUSE,⏎May 12, 2025.").
inline const auto gap = +(blank | lit('\n') | lit('\r'));
// A lead-in word of a date line: Canberra, Letter, WASHINGTON, D.C.
inline const auto lead_word = upper >> *(alpha | char_(".'-"));
inline const auto lead_phrase = lead_word >> repeat(0, 3)[' ' >> lead_word];

dateline_type const dateline_rule = "dateline";
date_stamp_type const date_stamp_rule = "date_stamp";
full_date_type const full_date_rule = "full_date";
date_line_type const date_line_rule = "date_line";
caption_credit_type const caption_credit_rule = "caption_credit";
editor_line_type const editor_line_rule = "editor_line";
time_stamp_line_type const time_stamp_line_rule = "time_stamp_line";

// Sub-rules with plain attributes, so each dateline part lands in its own field.
auto const place_text = x3::rule<struct place_class, std::string>{"place"} =
    raw[place >> -(lit(',') >> ' ' >> !month >> place_word)];  // WASHINGTON, D.C.
auto const agency_text = x3::rule<struct agency_class, std::string>{"agency"} = agency;
auto const known_agency_text = x3::rule<struct known_agency_class, std::string>{"agency"} =
    lit('(') >> raw[known_agency][([](auto& ctx) {
      auto r = x3::_attr(ctx);
      x3::_val(ctx).assign(r.begin(), r.end());
    })] >> lit(')');
auto const date_part = x3::rule<struct date_part_class, ast::day_date>{"date"} =
    (lit(',') >> ' ' >> day_date) | (omit[-(lit(',') >> ' ' >> region)] >> x3::attr(ast::day_date{}));
auto const opt_agency = x3::rule<struct opt_agency_class, std::string>{"agency"} =
    -(-lit(',') >> ' ' >> agency_text);  // "May 11, (Xinhua)"

auto const dateline_rule_def =
    // place [, date] [(agency)] dash
    (place_text >> date_part >> opt_agency >> +blank >> dash >> *blank)
    // (CNN) at the very start of a story
  | (x3::attr(std::string()) >> x3::attr(ast::day_date{}) >> known_agency_text >> +blank);

auto const date_stamp_rule_def =
    *blank >> lit("date") >> +blank >> (repeat(4)[digit] >> char_('-') >> repeat(2)[digit] >> char_('-') >> repeat(2)[digit]) >> +blank;

// Semantic actions fill the fields, since each form orders day, month and year differently.
inline const auto set_year = [](auto& ctx) { x3::_val(ctx).year = x3::_attr(ctx); };
inline const auto set_month = [](auto& ctx) { x3::_val(ctx).month = x3::_attr(ctx); };
inline const auto set_day = [](auto& ctx) { x3::_val(ctx).day = x3::_attr(ctx); };
inline const auto set_mdy = [](auto& ctx) { x3::_val(ctx).numeric_mdy = true; };

auto const full_date_rule_def =
    // March 13, 2023 · Dec. 17, 2024 · May 12th, 2025
    (month[set_month] >> -lit('.') >> +blank >> num12[set_day] >> -ordinal_suffix >> !digit
        >> -lit(',') >> +blank >> year4[set_year] >> !digit)
    // 20 March 1978 · 12th April, 1957 · 1 [May]2 1968
  | (num12[set_day] >> -ordinal_suffix >> +blank
        >> (month[set_month] | (lit('[') >> month[set_month] >> lit(']') >> omit[repeat(0, 2)[digit]]))
        >> -lit('.') >> -lit(',') >> +blank >> year4[set_year] >> !digit)
    // 2024-07-02
  | (year4[set_year] >> lit('-') >> num12[set_month] >> lit('-') >> num12[set_day] >> !digit)
    // 04/16/2026
  | (num12[set_month] >> lit('/') >> num12[set_day] >> lit('/') >> year4[set_year] >> !digit
        >> x3::eps[set_mdy]);

auto const date_line_rule_def =
    omit[*(lead_phrase >> lit(',') >> gap)] >> full_date_rule >> -lit('.') >> omit[*x3::ascii::space] >> eoi;

auto const caption_credit_rule_def =
    '(' >> ((lit("Photo") >> -lit('s') >> ':') | (upper >> *(alnum | ' ') >> '/'))
        >> +(char_ - char_(")\n")) >> ')' >> *x3::ascii::space >> eoi;

auto const editor_line_rule_def =
    '(' >> -(lit("Web") | lit("web")) >> *blank >> (lit("Editor") | lit("editor")) >> -lit('s')
        >> ':' >> +(char_ - char_(")\n")) >> ')' >> *x3::ascii::space >> eoi;

auto const time_stamp_line_rule_def =
    -(-lit('(') >> +alpha >> -lit(')') >> +blank) >> time_of_day >> ',' >> +blank >> month
        >> +blank >> repeat(1, 2)[digit] >> ',' >> +blank >> repeat(4)[digit] >> *x3::ascii::space >> eoi;

BOOST_SPIRIT_DEFINE(dateline_rule, date_stamp_rule, full_date_rule, date_line_rule,
                    caption_credit_rule, editor_line_rule, time_stamp_line_rule)

dateline_type const& dateline() { return dateline_rule; }
date_stamp_type const& date_stamp() { return date_stamp_rule; }
full_date_type const& full_date() { return full_date_rule; }
date_line_type const& date_line() { return date_line_rule; }
caption_credit_type const& caption_credit() { return caption_credit_rule; }
editor_line_type const& editor_line() { return editor_line_rule; }
time_stamp_line_type const& time_stamp_line() { return time_stamp_line_rule; }

}  // namespace precis::grammar::meta
