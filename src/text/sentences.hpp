#pragma once
// Internal: sentence-boundary questions that layout asks the splitter (text/sentences.cpp).
#include <string_view>

namespace precis::detail {

/// True when a line break between `line` and `next` is a sentence end by the splitter's rules:
/// "... signed by Thomas W." + "Harris, the director" is not one (an initial), nor is
/// "... under Pub. L." + "118-5"; "... last week." + "He left." is. Layout uses it to decide
/// whether a line that ends with a full stop also ends its paragraph.
bool line_break_ends_sentence(std::string_view line, std::string_view next);

}  // namespace precis::detail
