// The only translation unit that compiles the counted-label grammar.
#include "counted_label/counted_label_def.hpp"
#include "counted_label/match.hpp"

namespace precis::grammar::counted_label {

BOOST_SPIRIT_INSTANTIATE(counted_label_type, iterator_type, context_type)

std::optional<label_match> match_label(std::string_view text) {
  iterator_type first = text.data(), last = text.data() + text.size();
  int count = 0;
  if (!x3::parse(first, last, counted_label(), count)) return std::nullopt;
  return label_match{count, static_cast<std::size_t>(first - text.data())};
}

}  // namespace precis::grammar::counted_label
