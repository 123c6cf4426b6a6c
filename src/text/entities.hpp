#pragma once
// Character references of Markdown and HTML (internal), decoded in place: a reference is never
// shorter than its character in UTF-8, so the decoded bytes plus blanks fill its bytes exactly.
#include "text/chars.hpp"

#include <cstring>
#include <string>
#include <string_view>

namespace precis::detail {

// Decodes the few entities that matter in prose; others stay blank (they are rare in text).
inline std::string decode_entity(std::string_view e) {
  struct named { std::string_view name, utf8; };
  static constexpr named table[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"},
      {"&nbsp;", "\xC2\xA0"}, {"&mdash;", "\xE2\x80\x94"}, {"&ndash;", "\xE2\x80\x93"},
      {"&rsquo;", "\xE2\x80\x99"}, {"&lsquo;", "\xE2\x80\x98"}, {"&rdquo;", "\xE2\x80\x9D"},
      {"&ldquo;", "\xE2\x80\x9C"}, {"&hellip;", "\xE2\x80\xA6"}, {"&shy;", ""}};
  for (const auto& n : table)
    if (e == n.name) return std::string(n.utf8);
  if (e.size() > 3 && e[1] == '#') {
    char32_t cp = 0;
    bool hex = e[2] == 'x' || e[2] == 'X';
    for (std::size_t i = hex ? 3 : 2; i + 1 < e.size(); ++i) {
      char c = e[i];
      int v = is_ascii_digit(c) ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (v < 0 || cp > 0x10FFFF) return {};
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
    std::string out;
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) { out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
    else { out += static_cast<char>(0xF0 | (cp >> 18)); out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
    return out;
  }
  return {};
}

/// Decodes every reference in clean[b, e) in place ("&amp;" → "&" + 4 blanks).
inline void decode_entities_in_place(std::string& clean, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e; ++i) {
    if (clean[i] != '&') continue;
    std::size_t semi = clean.find(';', i);
    if (semi == std::string::npos || semi >= e || semi - i > 10) continue;
    std::string d = decode_entity(std::string_view(clean).substr(i, semi + 1 - i));
    if (d.empty() && std::string_view(clean).substr(i, semi + 1 - i) != "&shy;") continue;
    std::memcpy(clean.data() + i, d.data(), d.size());
    std::memset(clean.data() + i + d.size(), ' ', semi + 1 - i - d.size());
    i = semi;
  }
}

}  // namespace precis::detail
