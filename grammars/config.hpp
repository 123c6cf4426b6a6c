#pragma once
// The one iterator and the one context every precis grammar is instantiated for (STYLE.md):
// grammars parse raw bytes without a skipper, since spacing is part of what they match.
#include <boost/spirit/home/x3.hpp>

namespace precis::grammar {
namespace x3 = boost::spirit::x3;

using iterator_type = char const*;
using context_type = x3::unused_type;

}  // namespace precis::grammar
