#pragma once
// Family: ordinal markers opening a sentence or paragraph.
//   "First is", "The second is", "The third point is", "First,", "Secondly,", "First of all,",
//   "Finally,", "Last but not least,", "In addition,".
// Yields the ordinal value (common/symbols.hpp: 1..12, last_ordinal, next_ordinal).
#include "config.hpp"

namespace precis::grammar::ordinal {

struct ordinal_marker_class;
using ordinal_marker_type = x3::rule<ordinal_marker_class, int>;
BOOST_SPIRIT_DECLARE(ordinal_marker_type)

ordinal_marker_type const& ordinal_marker();

}  // namespace precis::grammar::ordinal
