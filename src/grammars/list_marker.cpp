// The only translation unit that compiles the list-marker grammar.
#include "list_marker/list_marker_def.hpp"
#include "list_marker/match.hpp"

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

std::optional<marker_match> match_marker(std::string_view line) {
  iterator_type first = line.data(), last = line.data() + line.size();
  ast::list_marker m;
  if (!x3::parse(first, last, list_marker(), m)) return std::nullopt;
  marker_match r;
  r.marker = (m.open == '(' ? "(" : "") + m.body + (m.close == ' ' ? "" : std::string(1, m.close));
  r.length = static_cast<std::size_t>(first - line.data());
  while (r.length < line.size() && (line[r.length] == ' ' || line[r.length] == '\t')) ++r.length;
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
