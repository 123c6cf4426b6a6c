// The only translation unit that compiles the counted-label grammar.
#include "counted_label/counted_label_def.hpp"
#include "counted_label/match.hpp"
#include "common/parse_prefix.hpp"

namespace precis::grammar::counted_label {

BOOST_SPIRIT_INSTANTIATE(counted_label_type, iterator_type, context_type)

std::optional<label_match> match_label(std::string_view text) {
  auto m = common::parse_prefix<int>(text, counted_label());
  if (!m) return std::nullopt;
  return label_match{m->first, m->second};
}

}  // namespace precis::grammar::counted_label
