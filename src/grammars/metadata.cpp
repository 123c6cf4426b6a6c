// The only translation unit that compiles the metadata grammar.
#include "metadata/metadata_def.hpp"
#include "metadata/match.hpp"
#include "common/parse_prefix.hpp"

#include "data/word_list.hpp"

#include <fmt/format.h>

namespace precis::grammar::meta {

BOOST_SPIRIT_INSTANTIATE(dateline_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(date_stamp_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(full_date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(date_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(caption_credit_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(editor_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(time_stamp_line_type, iterator_type, context_type)

namespace {

constexpr std::string_view kDateKeys =
#include "data/date_keys.inc"
    ;

bool leap(unsigned y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// "YYYY-MM-DD" for a real calendar day; numeric dates read month first (US) unless that
// cannot be a month and the day can.
std::optional<std::string> iso(ast::full_date d) {
  if (d.numeric_mdy && d.month > 12 && d.day <= 12) std::swap(d.month, d.day);
  static constexpr unsigned days[] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1000 || d.year > 2999 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days[d.month])
    return std::nullopt;
  if (d.month == 2 && d.day == 29 && !leap(d.year)) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

// The full English name of month 1..12, from the month list (its first twelve entries).
std::string_view month_name(unsigned m) {
  static const std::vector<std::string_view> months = data::entries(kMonths);
  std::string_view e = m >= 1 && m <= months.size() ? months[m - 1] : std::string_view{};
  return e.substr(0, e.rfind(' '));
}

bool ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::optional<dateline_match> match_dateline(std::string_view text) {
  if (text.empty() || !(text[0] == '(' || (text[0] >= 'A' && text[0] <= 'Z'))) return std::nullopt;
  auto m = common::parse_prefix<ast::dateline>(text, dateline());
  if (!m) {
    // A paragraph that is only a date line is the document's dateline too.
    auto line = match_date_line(text);
    if (!line) return std::nullopt;
    dateline_match out;
    out.length = text.size();
    out.year = static_cast<unsigned>(std::stoul(line->iso.substr(0, 4)));
    out.month = static_cast<unsigned>(std::stoul(line->iso.substr(5, 2)));
    out.day = static_cast<unsigned>(std::stoul(line->iso.substr(8, 2)));
    out.date = fmt::format("{} {}", month_name(out.month), out.day);
    return out;
  }
  ast::dateline& d = m->first;
  std::string date;
  if (d.date.month >= 1 && d.date.month <= 12) {
    date = fmt::format("{} {}", month_name(d.date.month), d.date.day);
  }
  dateline_match out{m->second, std::move(d.place), std::move(date), std::move(d.agency)};
  if (!out.date.empty()) {
    out.year = d.date.year;
    out.month = d.date.month;
    out.day = d.date.day;
  }
  return out;
}

std::optional<std::pair<std::size_t, std::string>> match_date_stamp(std::string_view text) {
  auto m = common::parse_prefix<std::string>(text, date_stamp());
  if (!m) return std::nullopt;
  return std::pair{m->second, std::move(m->first)};
}

std::optional<date_match> match_date(std::string_view text) {
  if (text.empty() || !(ascii_alnum(text[0]))) return std::nullopt;
  auto m = common::parse_prefix<ast::full_date>(text, full_date());
  if (!m) return std::nullopt;
  auto s = iso(m->first);
  if (!s) return std::nullopt;
  return date_match{0, m->second, std::move(*s)};
}

std::optional<date_match> find_date(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool starts = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    if (!starts || (i > 0 && ascii_alnum(text[i - 1]))) continue;
    if (auto m = match_date(text.substr(i))) {
      m->begin = i;
      return m;
    }
  }
  return std::nullopt;
}

std::optional<date_match> match_date_line(std::string_view paragraph) {
  while (!paragraph.empty() && (paragraph.front() == ' ' || paragraph.front() == '\n')) paragraph.remove_prefix(1);
  if (paragraph.empty() || paragraph.size() > 120 || !ascii_alnum(paragraph[0])) return std::nullopt;
  auto m = common::parse_prefix<ast::full_date>(paragraph, date_line());
  if (!m) return std::nullopt;
  auto s = iso(m->first);
  if (!s) return std::nullopt;
  return date_match{0, m->second, std::move(*s)};
}

std::optional<date_match> find_header_date(std::string_view text) {
  static const std::vector<std::string_view> keys = data::entries(kDateKeys);
  text = text.substr(0, std::min<std::size_t>(text.size(), 16 * 1024));
  // A key counts only with a colon at most 12 bytes after it, so only the stretch from just
  // before the first colon to the last one is searched (most texts have few colons, or none).
  const std::size_t first_colon = text.find(':');
  if (first_colon == std::string_view::npos) return std::nullopt;
  const std::string_view keyed = text.substr(0, text.rfind(':'));  // at + key.size() <= a colon
  std::optional<date_match> best;
  for (std::string_view key : keys) {
    const std::size_t from = first_colon > key.size() + 11 ? first_colon - key.size() - 11 : 0;
    for (std::size_t at = keyed.find(key, from); at != std::string_view::npos; at = keyed.find(key, at + 1)) {
      if (best && at >= best->begin) break;
      if (at > 0 && ascii_alnum(text[at - 1])) continue;
      // Bold, table and colon markup between the key and its value: "**", " | ", ":".
      std::size_t p = at + key.size();
      bool colon = false;
      while (p < text.size() && p < at + key.size() + 12 &&
             (text[p] == ':' || text[p] == '*' || text[p] == '|' || text[p] == ' ' || text[p] == '\t')) {
        colon |= text[p] == ':';
        ++p;
      }
      if (!colon) continue;
      if (auto m = match_date(text.substr(p))) {
        m->begin = p;
        best = std::move(m);
        break;
      }
    }
  }
  return best;
}

namespace {
template <class Rule>
bool whole(std::string_view text, Rule const& rule) {
  iterator_type first = text.data(), last = text.data() + text.size();
  return x3::parse(first, last, rule);
}
}  // namespace

bool is_caption(std::string_view paragraph) {
  while (!paragraph.empty() && (paragraph.back() == ' ' || paragraph.back() == '\n')) paragraph.remove_suffix(1);
  if (paragraph.empty() || paragraph.back() != ')') return false;
  std::size_t open = paragraph.rfind('(');
  // A caption is a full sentence or more before the credit; a bare credit is not a caption.
  if (open == std::string_view::npos || open < 20) return false;
  return whole(paragraph.substr(open), caption_credit());
}

bool is_editor_line(std::string_view paragraph) { return whole(paragraph, editor_line()); }
bool is_time_stamp_line(std::string_view paragraph) { return whole(paragraph, time_stamp_line()); }

}  // namespace precis::grammar::meta
