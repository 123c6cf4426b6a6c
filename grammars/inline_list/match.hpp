#pragma once
// Plain C++ entry point to the inline-list family: splitting a list body into elements.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis::grammar::inline_list {

struct element {
  std::size_t begin = 0, end = 0;  ///< within the body, trimmed
};

struct split_result {
  std::vector<element> elements;
  std::string marker;  ///< the repeated marker word ("must") when the list has one
  bool semicolons = false;  ///< semicolons delimit the elements (which may hold commas)
};

/// Splits a list body (the text after "namely", ":" or a counted label) into its elements.
/// A word repeated after the separators ("must A, must B; must C") is taken as the marker and
/// only separators before it split; otherwise commas and semicolons split, and " and " too in
/// the last element when `expected` (the declared count, 0 if none) asks for one more.
split_result split_list(std::string_view body, int expected);

}  // namespace precis::grammar::inline_list
