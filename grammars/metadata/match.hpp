#pragma once
// Plain C++ entry points to the metadata grammar: callers never see X3.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace precis::grammar::meta {

struct dateline_match {
  std::size_t length = 0;  ///< bytes consumed, separator and trailing blanks included
  std::string place, date, agency;  ///< date as "December 11", empty if none
};

/// A dateline at the start of `text`, if any.
std::optional<dateline_match> match_dateline(std::string_view text);
/// A ` date YYYY-MM-DD ` stamp at the start of `text`: its length and the date.
std::optional<std::pair<std::size_t, std::string>> match_date_stamp(std::string_view text);
/// True when the paragraph ends with a photo credit such as `(Xinhua/Zhang Ling)`.
bool is_caption(std::string_view paragraph);
/// True for `(Web editor: ...)`.
bool is_editor_line(std::string_view paragraph);
/// True for `Xinhua) 08:54, December 18, 2024`.
bool is_time_stamp_line(std::string_view paragraph);

}  // namespace precis::grammar::meta
