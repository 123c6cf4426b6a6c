#pragma once
// Plain C++ entry point to the ordinal-marker grammar.
#include <cstddef>
#include <optional>
#include <string_view>

namespace precis::grammar::ordinal {

struct marker_match {
  int value = 0;            ///< 1..10, or common::last_ordinal / next_ordinal
  std::size_t length = 0;   ///< bytes of the marker, trailing blanks included
};

/// An ordinal marker at the start of `text` (a sentence), if any.
std::optional<marker_match> match_marker(std::string_view text);

}  // namespace precis::grammar::ordinal
