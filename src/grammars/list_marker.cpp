// The only translation unit that compiles the list-marker grammar.
#include "list_marker/list_marker_def.hpp"
#include "list_marker/match.hpp"
#include "common/parse_prefix.hpp"

namespace precis::grammar::list_marker {

BOOST_SPIRIT_INSTANTIATE(list_marker_type, iterator_type, context_type)

namespace {

int roman_value(std::string_view s) {
  auto digit = [](char c) {
    switch (c | 0x20) {
      case 'i': return 1;
      case 'v': return 5;
      case 'x': return 10;
      case 'l': return 50;
      case 'c': return 100;
      case 'd': return 500;
      case 'm': return 1000;
    }
    return 0;
  };
  int total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    int v = digit(s[i]);
    total += i + 1 < s.size() && digit(s[i + 1]) > v ? -v : v;
  }
  return total;
}

}  // namespace

namespace {
// The marker's bytes plus the blanks after it.
std::size_t with_blanks(std::string_view line, std::size_t n) {
  while (n < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
  return n;
}
}  // namespace

std::size_t marker_length(std::string_view line) {
  auto m = common::parse_prefix<ast::list_marker>(line, list_marker());
  return m ? with_blanks(line, m->second) : 0;
}

std::optional<marker_match> match_marker(std::string_view line) {
  auto parsed = common::parse_prefix<ast::list_marker>(line, list_marker());
  if (!parsed) return std::nullopt;
  const ast::list_marker& m = parsed->first;
  marker_match r;
  r.marker = (m.open == '(' ? "(" : "") + m.body + (m.close == ' ' ? "" : std::string(1, m.close));
  r.length = with_blanks(line, parsed->second);
  const char c = m.body[0];
  const std::string punct = std::string(m.open == '(' ? "(" : "") + "%" + (m.close == ' ' ? "" : std::string(1, m.close));
  auto set = [&](family f, int value, const char* name) {
    r.kind = f;
    r.value = value;
    r.style = punct;
    r.style.replace(r.style.find('%'), 1, name);
  };
  if (m.close == ' ') {
    set(family::bullet, 0, m.body.c_str());
  } else if (c >= '0' && c <= '9') {
    set(family::arabic, std::stoi(m.body), "1");
  } else if (std::string_view("ivxlcdm").find(c) != std::string_view::npos) {
    set(family::roman_lower, roman_value(m.body), "i");
    if (m.body.size() == 1) r.alpha_value = c - 'a' + 1;
  } else if (std::string_view("IVXLCDM").find(c) != std::string_view::npos) {
    set(family::roman_upper, roman_value(m.body), "I");
    if (m.body.size() == 1) r.alpha_value = c - 'A' + 1;
  } else if (c >= 'a' && c <= 'z') {
    set(family::alpha_lower, c - 'a' + 1, "a");
  } else {
    set(family::alpha_upper, c - 'A' + 1, "A");
  }
  return r;
}

}  // namespace precis::grammar::list_marker
