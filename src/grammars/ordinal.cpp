// The only translation unit that compiles the ordinal-marker grammar.
#include "ordinal/ordinal_def.hpp"
#include "ordinal/match.hpp"
#include "common/parse_prefix.hpp"

namespace precis::grammar::ordinal {

BOOST_SPIRIT_INSTANTIATE(ordinal_marker_type, iterator_type, context_type)

std::optional<marker_match> match_marker(std::string_view text) {
  auto m = common::parse_prefix<int>(text, ordinal_marker());
  if (!m) return std::nullopt;
  return marker_match{m->first, m->second};
}

}  // namespace precis::grammar::ordinal
