#pragma once
// Plain C++ entry point to the list-marker grammar.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace precis::grammar::list_marker {

/// The numbering family of a marker; `(i)` may be roman or a letter: both values are given.
enum class family { bullet, arabic, alpha_lower, alpha_upper, roman_lower, roman_upper };

struct marker_match {
  std::size_t length = 0;   ///< marker plus the blanks after it
  std::string marker;       ///< as written: "-", "1.", "(a)"
  family kind = family::bullet;
  int value = 0;            ///< 1-based position for numbered families, 0 for bullets
  int alpha_value = 0;      ///< for a single letter that is also a roman numeral: its letter value
  std::string style;        ///< family + punctuation, e.g. "(a)" and "(b)" share "(alpha)"
};

/// A list marker at the start of `line`, if any.
std::optional<marker_match> match_marker(std::string_view line);

/// Only the length of the marker at the start of `line` (blanks after it included), or 0:
/// the layout pass asks this of every line, so it builds nothing else.
std::size_t marker_length(std::string_view line);

}  // namespace precis::grammar::list_marker
