#pragma once
// One way every facade runs a rule on the start of a text: the attribute and how many bytes
// matched, or nothing. Included only by src/grammars/*.cpp (it instantiates x3::parse).
#include "config.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace precis::grammar::common {

template <class Attribute, class Rule>
std::optional<std::pair<Attribute, std::size_t>> parse_prefix(std::string_view text, Rule const& rule) {
  iterator_type first = text.data(), last = text.data() + text.size();
  Attribute attr{};
  if (!x3::parse(first, last, rule, attr)) return std::nullopt;
  return std::pair{std::move(attr), static_cast<std::size_t>(first - text.data())};
}

}  // namespace precis::grammar::common
