#pragma once
// Inline-list separators. Included by src/grammars/inline_list.cpp only.
#include "common/lexemes.hpp"
#include "common/symbols.hpp"
#include "inline_list/inline_list.hpp"

namespace precis::grammar::inline_list {

using common::blank;
using common::word_end;
using x3::lit;

list_separator_type const list_separator_rule = "list_separator";
and_separator_type const and_separator_rule = "and_separator";

inline const auto conjunction = (lit("and") | lit("or")) >> word_end;

auto const list_separator_rule_def =
    *blank >> (lit(',') | lit(';')) >> +(blank | lit('\n')) >> -(conjunction >> -lit(',') >> +(blank | lit('\n')));
// Hard-wrapped text puts a line break where the blank was: "by 2020\nand to turn".
auto const and_separator_rule_def = +common::wrap_space >> conjunction >> +common::wrap_space;

BOOST_SPIRIT_DEFINE(list_separator_rule, and_separator_rule)

list_separator_type const& list_separator() { return list_separator_rule; }
and_separator_type const& and_separator() { return and_separator_rule; }

}  // namespace precis::grammar::inline_list
