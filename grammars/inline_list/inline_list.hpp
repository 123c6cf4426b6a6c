#pragma once
// Family: inline lists, the separators between the elements of a list inside one sentence:
//   ", " "; " ", and " "; and " ", or " and, where the last pair lacks a comma, " and ".
// The tree builder decides which separators count (a repeated marker such as "must", or the
// declared count) since elements may themselves contain commas and "and".
#include "config.hpp"

namespace precis::grammar::inline_list {

struct list_separator_class;
struct and_separator_class;
using list_separator_type = x3::rule<list_separator_class>;
using and_separator_type = x3::rule<and_separator_class>;
BOOST_SPIRIT_DECLARE(list_separator_type, and_separator_type)

list_separator_type const& list_separator();
and_separator_type const& and_separator();

}  // namespace precis::grammar::inline_list
