#include <precis/text/normalize.hpp>

#include "text/chars.hpp"

#include <utf8proc.h>

#include <string>

namespace precis {
inline namespace v0 {
namespace {

// Appends the folded form of one code point; returns false when it is not a word character
// rule (so fold_text can handle it).
void fold_cp(char32_t cp, const char* raw, std::size_t n, std::string& out) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x02BC: out += '\''; return;
    case 0x00AD: return;  // soft hyphen
    default: break;
  }
  // Case folding and compatibility forms (ligatures, full-width letters) from utf8proc.
  utf8proc_int32_t buf[8];
  int opt = 0;
  utf8proc_ssize_t m = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                                               static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPAT | UTF8PROC_COMPOSE), &opt);
  if (m == 1 && buf[0] == static_cast<utf8proc_int32_t>(cp)) { out.append(raw, n); return; }
  if (m > 0 && m <= 8) {
    // Recompose what decomposition split ("é" stays one code point after folding "É").
    utf8proc_uint8_t enc[4];
    std::u32string tmp;
    for (utf8proc_ssize_t i = 0; i < m; ++i) tmp += static_cast<char32_t>(buf[i]);
    utf8proc_int32_t* b32 = reinterpret_cast<utf8proc_int32_t*>(tmp.data());
    utf8proc_ssize_t k = utf8proc_normalize_utf32(b32, m, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    for (utf8proc_ssize_t i = 0; i < (k > 0 ? k : m); ++i) {
      utf8proc_ssize_t e = utf8proc_encode_char(b32[i], enc);
      out.append(reinterpret_cast<const char*>(enc), static_cast<std::size_t>(e));
    }
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
