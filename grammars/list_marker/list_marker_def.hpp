#pragma once
// List markers. Included by src/grammars/list_marker.cpp only.
#include "common/lexemes.hpp"
#include "list_marker/ast_adapted.hpp"
#include "list_marker/list_marker.hpp"

namespace precis::grammar::list_marker {

using common::blank;
using x3::attr;
using x3::char_;
using x3::ascii::digit;  // ascii: UTF-8 bytes never reach <cctype>
using x3::lit;
using x3::repeat;

inline const auto bullet_glyph = x3::string("-") | x3::string("*") | x3::string("\xE2\x80\xA2") |
                                 x3::string("\xE2\x96\xAA") | x3::string("\xE2\x97\xA6") |
                                 x3::string("\xE2\x80\xA3") | x3::string("\xE2\x80\x93") |
                                 x3::string("\xE2\x97\x8F");
inline const auto enumerator_body = repeat(1, 3)[digit] | repeat(1, 5)[char_("ivxlcdm")] |
                                    repeat(1, 5)[char_("IVXLCDM")] | repeat(1)[x3::ascii::lower] | repeat(1)[x3::ascii::upper];
// What follows a marker: blanks, then some text on the same line.
inline const auto followed_by_text = &(+blank >> ~char_("\n\r \t"));

// Sub-rules with string attributes, so each part lands in its own field.
auto const glyph = x3::rule<struct glyph_class, std::string>{"glyph"} = bullet_glyph;
auto const body = x3::rule<struct body_class, std::string>{"body"} = enumerator_body;

list_marker_type const list_marker_rule = "list_marker";

auto const list_marker_rule_def =
    ((attr(' ') >> glyph >> attr(' '))
   | (char_('(') >> body >> char_(')'))
   | (attr(' ') >> body >> char_(".)")))
    >> followed_by_text;

BOOST_SPIRIT_DEFINE(list_marker_rule)

list_marker_type const& list_marker() { return list_marker_rule; }

}  // namespace precis::grammar::list_marker
