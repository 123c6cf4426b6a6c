// The only translation unit that compiles the ordinal-marker grammar.
#include "ordinal/ordinal_def.hpp"
#include "ordinal/match.hpp"

namespace precis::grammar::ordinal {

BOOST_SPIRIT_INSTANTIATE(ordinal_marker_type, iterator_type, context_type)

std::optional<marker_match> match_marker(std::string_view text) {
  iterator_type first = text.data(), last = text.data() + text.size();
  int value = 0;
  if (!x3::parse(first, last, ordinal_marker(), value)) return std::nullopt;
  return marker_match{value, static_cast<std::size_t>(first - text.data())};
}

}  // namespace precis::grammar::ordinal
