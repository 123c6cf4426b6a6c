#pragma once
// Family: counted labels, a cardinal followed by a noun phrase or a quoted noun:
//   "three proposals", "five musts", "three “Threes”", "Three Basic Lines", "3 priorities",
//   "seven points of experience and inspirations", "Five-Point Consensus"; and "the following
//   reasons" (no number) or "the following three points".
// Yields the count (0 for "the following ..."). Whether a label announces anything is decided
// by the tree builder from what surrounds it, not here.
#include "config.hpp"

namespace precis::grammar::counted_label {

struct counted_label_class;
using counted_label_type = x3::rule<counted_label_class, int>;
BOOST_SPIRIT_DECLARE(counted_label_type)

counted_label_type const& counted_label();

}  // namespace precis::grammar::counted_label
