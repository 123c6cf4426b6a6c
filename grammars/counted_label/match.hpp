#pragma once
// Plain C++ entry point to the counted-label grammar.
#include <cstddef>
#include <optional>
#include <string_view>

namespace precis::grammar::counted_label {

struct label_match {
  int count = 0;           ///< declared count; 0 for "the following ..."
  std::size_t length = 0;  ///< bytes of the label from where it was matched
};

/// A counted label starting exactly at the start of `text`, if any.
std::optional<label_match> match_label(std::string_view text);

}  // namespace precis::grammar::counted_label
