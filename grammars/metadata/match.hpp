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
  unsigned year = 0, month = 0, day = 0;  ///< the date's parts; year 0 when the line gives none
};

/// A date with day, month and year, checked (a real calendar day), as ISO 8601.
struct date_match {
  std::size_t begin = 0;   ///< offset of the date in the searched text
  std::size_t length = 0;  ///< its bytes
  std::string iso;         ///< "2023-03-13"
};

/// A dateline at the start of `text`, if any.
std::optional<dateline_match> match_dateline(std::string_view text);
/// A ` date YYYY-MM-DD ` stamp at the start of `text`: its length and the date.
std::optional<std::pair<std::size_t, std::string>> match_date_stamp(std::string_view text);
/// A full date at the start of `text` (`March 13, 2023`, `20 March 1978`, `12th April, 1957`,
/// `2024-07-02`, `04/16/2026`); nothing for a month and day without a year, or a year alone.
std::optional<date_match> match_date(std::string_view text);
/// The first full date that starts a word in `text`.
std::optional<date_match> find_date(std::string_view text);
/// When the whole paragraph is a date line (`Canberra, 20 March 1978`, `February 8, 2006`,
/// `Letter, Canberra, 8 March 1951`, `THE WHITE HOUSE,⏎May 12, 2025.`): its date.
std::optional<date_match> match_date_line(std::string_view paragraph);
/// The date of a metadata header line in the first 16 KiB of `text`: a key of
/// src/data/date_keys.txt, a colon (bold and table markup allowed around it), a full date:
/// `**Publication Date:** 04/16/2026`, `| **Publication Date:** | 04/09/2026`,
/// `Publication Date:2024-07-02`. `begin` is the offset of the date.
std::optional<date_match> find_header_date(std::string_view text);
/// True when the paragraph ends with a photo credit such as `(Xinhua/Zhang Ling)`.
bool is_caption(std::string_view paragraph);
/// True for `(Web editor: ...)`.
bool is_editor_line(std::string_view paragraph);
/// True for `Xinhua) 08:54, December 18, 2024`.
bool is_time_stamp_line(std::string_view paragraph);

}  // namespace precis::grammar::meta
