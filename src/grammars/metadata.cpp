// The only translation unit that compiles the metadata grammar.
#include "metadata/metadata_def.hpp"
#include "metadata/match.hpp"
#include "common/parse_prefix.hpp"

namespace precis::grammar::meta {

BOOST_SPIRIT_INSTANTIATE(dateline_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(date_stamp_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(caption_credit_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(editor_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(time_stamp_line_type, iterator_type, context_type)

std::optional<dateline_match> match_dateline(std::string_view text) {
  if (text.empty() || !(text[0] == '(' || (text[0] >= 'A' && text[0] <= 'Z'))) return std::nullopt;
  auto m = common::parse_prefix<ast::dateline>(text, dateline());
  if (!m) return std::nullopt;
  ast::dateline& d = m->first;
  static const char* const names[] = {"", "January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December"};
  std::string date;
  if (d.date.month >= 1 && d.date.month <= 12) {
    date = names[d.date.month];
    date += ' ';
    date += std::to_string(d.date.day);
  }
  return dateline_match{m->second, std::move(d.place), std::move(date), std::move(d.agency)};
}

std::optional<std::pair<std::size_t, std::string>> match_date_stamp(std::string_view text) {
  auto m = common::parse_prefix<std::string>(text, date_stamp());
  if (!m) return std::nullopt;
  return std::pair{m->second, std::move(m->first)};
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
