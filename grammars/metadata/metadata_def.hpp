#pragma once
// The metadata grammar. Included by src/grammars/meta.cpp only.
#include "common/lexemes.hpp"
#include "metadata/ast_adapted.hpp"
#include "metadata/metadata.hpp"

namespace precis::grammar::meta {

using x3::alnum;
using x3::alpha;
using x3::char_;
using x3::digit;
using x3::eoi;
using x3::lit;
using x3::lower;
using x3::omit;
using x3::raw;
using x3::repeat;
using x3::upper;
using common::blank;
using common::dash;

struct month_names : x3::symbols<unsigned> {
  month_names() {
    add("January", 1)("February", 2)("March", 3)("April", 4)("May", 5)("June", 6)("July", 7)
       ("August", 8)("September", 9)("October", 10)("November", 11)("December", 12)
       ("Jan", 1)("Feb", 2)("Mar", 3)("Apr", 4)("Jun", 6)("Jul", 7)("Aug", 8)("Sep", 9)
       ("Sept", 9)("Oct", 10)("Nov", 11)("Dec", 12);
  }
};
inline const month_names month;

// An all-capitals place word: BEIJING, NEW, YORK, ST., U.N.
inline const auto place_word = upper >> +(upper | char_(".'-"));
inline const auto place = place_word >> *(char_(' ') >> place_word);
// ", England" between place and date: a capitalised word that is not a month.
inline const auto region = upper >> +lower;
inline const auto day_date = month >> -lit('.') >> ' ' >> x3::uint_
                             >> -(lit(',') >> ' ' >> omit[repeat(4)[digit]]);
inline const auto agency = '(' >> upper >> repeat(0, 30)[char_ - char_(")\n")] >> ')';
inline const auto time_of_day = repeat(1, 2)[digit] >> ':' >> repeat(2)[digit];

dateline_type const dateline_rule = "dateline";
date_stamp_type const date_stamp_rule = "date_stamp";
caption_credit_type const caption_credit_rule = "caption_credit";
editor_line_type const editor_line_rule = "editor_line";
time_stamp_line_type const time_stamp_line_rule = "time_stamp_line";

// Sub-rules with plain attributes, so each dateline part lands in its own field.
auto const place_text = x3::rule<struct place_class, std::string>{"place"} = place;
auto const agency_text = x3::rule<struct agency_class, std::string>{"agency"} = agency;
auto const date_part = x3::rule<struct date_part_class, ast::day_date>{"date"} =
    (lit(',') >> ' ' >> day_date) | (omit[-(lit(',') >> ' ' >> region)] >> x3::attr(ast::day_date{}));
auto const opt_agency = x3::rule<struct opt_agency_class, std::string>{"agency"} = -(' ' >> agency_text);

auto const dateline_rule_def =
    // place [, date] [(agency)] dash
    (place_text >> date_part >> opt_agency >> +blank >> dash >> *blank)
    // (CNN) at the very start of a story
  | (x3::attr(std::string()) >> x3::attr(ast::day_date{}) >> agency_text >> +blank);

auto const date_stamp_rule_def =
    *blank >> lit("date") >> +blank >> (repeat(4)[digit] >> char_('-') >> repeat(2)[digit] >> char_('-') >> repeat(2)[digit]) >> +blank;

auto const caption_credit_rule_def =
    '(' >> ((lit("Photo") >> -lit('s') >> ':') | (upper >> *(alnum | ' ') >> '/'))
        >> +(char_ - char_(")\n")) >> ')' >> *x3::space >> eoi;

auto const editor_line_rule_def =
    '(' >> -(lit("Web") | lit("web")) >> *blank >> (lit("Editor") | lit("editor")) >> -lit('s')
        >> ':' >> +(char_ - char_(")\n")) >> ')' >> *x3::space >> eoi;

auto const time_stamp_line_rule_def =
    -(-lit('(') >> +alpha >> -lit(')') >> +blank) >> time_of_day >> ',' >> +blank >> month
        >> +blank >> repeat(1, 2)[digit] >> ',' >> +blank >> repeat(4)[digit] >> *x3::space >> eoi;

BOOST_SPIRIT_DEFINE(dateline_rule, date_stamp_rule, caption_credit_rule, editor_line_rule,
                    time_stamp_line_rule)

dateline_type const& dateline() { return dateline_rule; }
date_stamp_type const& date_stamp() { return date_stamp_rule; }
caption_credit_type const& caption_credit() { return caption_credit_rule; }
editor_line_type const& editor_line() { return editor_line_rule; }
time_stamp_line_type const& time_stamp_line() { return time_stamp_line_rule; }

}  // namespace precis::grammar::meta
