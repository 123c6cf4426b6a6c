#pragma once
// Family: markers that lead list lines.
//   bullets: - * • ▪ ◦ ‣ – ●      numbers: 1.  1)  (1)      letters: a)  (a)  A.
//   roman numerals: i)  (iv)  IV.
// A marker must be followed by a blank and then text.
#include "config.hpp"
#include "list_marker/ast.hpp"

namespace precis::grammar::list_marker {

struct list_marker_class;
using list_marker_type = x3::rule<list_marker_class, ast::list_marker>;
BOOST_SPIRIT_DECLARE(list_marker_type)

list_marker_type const& list_marker();

}  // namespace precis::grammar::list_marker
