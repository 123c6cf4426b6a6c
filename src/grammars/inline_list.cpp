// The only translation unit that compiles the inline-list grammar.
#include "inline_list/inline_list_def.hpp"
#include "inline_list/match.hpp"

#include "data/word_list.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace precis::grammar::inline_list {

BOOST_SPIRIT_INSTANTIATE(list_separator_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(and_separator_type, iterator_type, context_type)

namespace {

// Forms WordNet reads only as adjectives (generated at build time, src/data/wordclass.py).
constexpr char kModifierText[] =
#include "data/wordclass_modifier.inc"
    ;

/// "economic and social development": one adjective before "and" qualifies the noun after it
/// with its partner, it is no element of its own.
bool lone_modifier(std::string_view left) {
  while (!left.empty() && (left.back() == ' ' || left.back() == '\n')) left.remove_suffix(1);
  while (!left.empty() && (left.front() == ' ' || left.front() == '\n')) left.remove_prefix(1);
  if (left.empty() || left.find_first_of(" \n\t") != std::string_view::npos) return false;
  static const data::word_set modifiers{std::string_view{kModifierText, sizeof kModifierText - 1}};
  std::string w(left);
  for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return modifiers.contains(w);
}

/// More than one word before the next " and " or the end: "social development and ..." gives
/// "economic" a noun to share; "traditional and Roth" leaves it an element of its own.
bool phrase_follows(std::string_view right) {
  std::size_t end = right.find(" and ");
  std::string_view first = right.substr(0, end);
  while (!first.empty() && (first.back() == ' ' || first.back() == '\n')) first.remove_suffix(1);
  return first.find_first_of(" \n") != std::string_view::npos;
}

struct separator {
  std::size_t begin, end;  // the separator's bytes; the next element starts at `end`
};

template <class Rule>
std::size_t separator_at(std::string_view s, std::size_t i, Rule const& rule) {
  iterator_type first = s.data() + i, last = s.data() + s.size();
  if (!x3::parse(first, last, rule)) return 0;
  return static_cast<std::size_t>(first - (s.data() + i));
}

std::string_view word_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || s[j] == '-')) ++j;
  return s.substr(i, j - i);
}

// Separators outside quotes and brackets, where a comma inside "…" or (…) does not split.
std::vector<separator> find_separators(std::string_view s, bool with_and) {
  std::vector<separator> out;
  int depth = 0;
  bool in_quote = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == '[') ++depth;
    else if ((c == ')' || c == ']') && depth > 0) --depth;
    else if (c == '"') in_quote = !in_quote;
    else if (static_cast<unsigned char>(c) == 0xE2 && s.compare(i, 3, "\xE2\x80\x9C") == 0) in_quote = true;
    else if (static_cast<unsigned char>(c) == 0xE2 && s.compare(i, 3, "\xE2\x80\x9D") == 0) in_quote = false;
    if (depth > 0 || in_quote) continue;
    if (c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n') {
      if (std::size_t n = separator_at(s, i, list_separator())) {
        out.push_back({i, i + n});
        i += n - 1;
      } else if (with_and) {
        if (std::size_t m = separator_at(s, i, and_separator())) {
          out.push_back({i, i + m});
          i += m - 1;
        }
      }
    }
  }
  return out;
}

element trimmed(std::string_view s, std::size_t b, std::size_t e) {
  while (b < e && (s[b] == ' ' || s[b] == '\n' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '.' || s[e - 1] == ';' ||
                   s[e - 1] == ',' || s[e - 1] == ':'))
    --e;
  return {b, e};
}

std::vector<element> cut(std::string_view s, std::size_t start, const std::vector<separator>& seps) {
  std::vector<element> out;
  std::size_t b = start;
  for (const auto& sp : seps) {
    if (sp.begin < b) continue;
    out.push_back(trimmed(s, b, sp.begin));
    b = sp.end;
  }
  out.push_back(trimmed(s, b, s.size()));
  return out;
}

// The sentence may go on after the list: ", as the harvest got under way", ", he said".
void end_last_element(std::string_view body, std::vector<element>& els) {
  if (els.empty()) return;
  element& last = els.back();
  static const std::string_view tails[] = {
      ", as ", ", while ", ", which ", ", who ", ", when ", ", after ", ", before ", ", according ",
      ", adding ", ", saying ", ", said ", ", says ", ", where ", ", whereas ", ", because ",
      ", since ", ", although ", ", though ", ", but ", ", he ", ", she ", ", they ", ", it "};
  std::string_view t = body.substr(last.begin, last.end - last.begin);
  std::size_t cut_at = t.size();
  for (auto tail : tails) cut_at = std::min(cut_at, t.find(tail));
  if (cut_at < t.size()) last = trimmed(body, last.begin, last.begin + cut_at);
}

}  // namespace

split_result split_list(std::string_view body, int expected) {
  split_result r;
  auto seps = find_separators(body, false);

  // A repeated marker: a word opening the elements after the separators ("and" included),
  // at least twice, or once when the list also starts with it ("guaranteeing A and
  // guaranteeing B"). Articles and possessives never mark.
  auto all = find_separators(body, true);
  static const std::string_view not_markers[] = {"the", "a", "an", "its", "their", "our", "his",
                                                 "her", "this", "that", "these", "those", "and", "or"};
  std::map<std::string_view, int> after;
  for (const auto& sp : all) {
    auto w = word_at(body, sp.end);
    if (w.size() >= 2 && std::find(std::begin(not_markers), std::end(not_markers), w) == std::end(not_markers)) ++after[w];
  }
  std::string_view opening = word_at(body, 0);
  std::string_view marker;
  for (const auto& [w, n] : after)
    if ((n >= 2 || (n >= 1 && w == opening)) && (marker.empty() || n > after[marker])) marker = w;
  if (!marker.empty()) {
    std::vector<separator> keep;
    for (const auto& sp : all)
      if (word_at(body, sp.end) == marker) keep.push_back(sp);
    // The first element starts at the marker's first occurrence: "the two sides must A, must B".
    std::size_t first = std::string_view::npos;
    for (std::size_t i = 0; i + marker.size() <= body.size(); ++i)
      if (body.compare(i, marker.size(), marker) == 0 && (i == 0 || body[i - 1] == ' ') &&
          word_at(body, i) == marker) {
        first = i;
        break;
      }
    if (first != std::string_view::npos && first < (keep.empty() ? body.size() : keep.front().begin)) {
      r.marker = std::string(marker);
      r.semicolons = std::any_of(keep.begin(), keep.end(), [&](const separator& sp) {
        return body.substr(sp.begin, sp.end - sp.begin).find(';') != std::string_view::npos;
      });
      r.elements = cut(body, first, keep);
      end_last_element(body, r.elements);
      return r;
    }
  }

  // Semicolons delimit elements that hold commas ("A, B and C; D; and E"): when the list has
  // them, only they split.
  const bool semicolons = std::any_of(seps.begin(), seps.end(), [&](const separator& sp) {
    return body.substr(sp.begin, sp.end - sp.begin).find(';') != std::string_view::npos;
  });
  if (semicolons)
    seps.erase(std::remove_if(seps.begin(), seps.end(), [&](const separator& sp) {
                 return body.substr(sp.begin, sp.end - sp.begin).find(';') == std::string_view::npos;
               }),
               seps.end());
  r.elements = cut(body, 0, seps);
  if (semicolons) {
    r.semicolons = true;
    end_last_element(body, r.elements);
    return r;
  }
  // "A, B and C": the last pair may be joined by "and" alone.
  bool oxford = !seps.empty() && separator_at(body, seps.back().begin, list_separator()) &&
                body.substr(seps.back().begin, seps.back().end - seps.back().begin).find("and") != std::string_view::npos;
  bool want_more = expected > 0 ? static_cast<int>(r.elements.size()) < expected
                                : (r.elements.size() >= 2 && !oxford);
  if (want_more) {
    element last = r.elements.back();
    std::string_view tail = body.substr(last.begin, last.end - last.begin);
    auto ands = find_separators(tail, true);
    for (const auto& sp : ands) {
      if (body.compare(last.begin + sp.begin, 1, ",") == 0 || body.compare(last.begin + sp.begin, 1, ";") == 0) continue;
      if (lone_modifier(tail.substr(0, sp.begin)) && phrase_follows(tail.substr(sp.end))) continue;
      r.elements.back() = trimmed(body, last.begin, last.begin + sp.begin);
      r.elements.push_back(trimmed(body, last.begin + sp.end, last.end));
      break;
    }
  }
  end_last_element(body, r.elements);
  return r;
}

}  // namespace precis::grammar::inline_list
