#include <precis/text/normalize.hpp>

#include "text/chars.hpp"

namespace precis {
inline namespace v0 {
namespace {

// Appends the folded form of one code point; returns false when it is not a word character
// rule (so fold_text can handle it).
void fold_cp(char32_t cp, const char* raw, std::size_t n, std::string& out) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x02BC: out += '\''; return;
    case 0xFB00: out += "ff"; return;
    case 0xFB01: out += "fi"; return;
    case 0xFB02: out += "fl"; return;
    case 0xFB03: out += "ffi"; return;
    case 0xFB04: out += "ffl"; return;
    case 0x00AD: return;  // soft hyphen
    default: break;
  }
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp <= 0x17F && !(cp & 1))) {
    char32_t lo = cp < 0x100 ? cp + 0x20 : cp + 1;
    out += static_cast<char>(0xC0 | (lo >> 6));
    out += static_cast<char>(0x80 | (lo & 0x3F));
    return;
  }
  out.append(raw, n);
}

}  // namespace

void fold_word(std::string_view word, std::string& out) {
  const char* p = word.data();
  const char* end = p + word.size();
  while (p < end) {
    if (static_cast<unsigned char>(*p) < 0x80) {
      out += detail::ascii_lower(*p++);
      continue;
    }
    char32_t cp;
    std::size_t n = detail::decode_utf8(p, end, cp);
    fold_cp(cp, p, n, out);
    p += n;
  }
}

std::string fold_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const char* p = text.data();
  const char* end = p + text.size();
  bool pending_space = false;
  while (p < end) {
    if (std::size_t s = detail::space_len(p, end)) {
      pending_space = !out.empty();
      p += s;
      continue;
    }
    if (pending_space) { out += ' '; pending_space = false; }
    if (static_cast<unsigned char>(*p) < 0x80) {
      out += detail::ascii_lower(*p++);
      continue;
    }
    char32_t cp;
    std::size_t n = detail::decode_utf8(p, end, cp);
    if (cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB) out += '"';
    else if (cp >= 0x2010 && cp <= 0x2015) out += '-';
    else fold_cp(cp, p, n, out);
    p += n;
  }
  return out;
}

}  // namespace v0
}  // namespace precis
