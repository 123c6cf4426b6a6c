#pragma once
// Character classes the segmenter and tokenizer share (internal). Inline: they run per byte.
#include "text/utf8.hpp"

#include <utf8proc.h>

#include <cstddef>

namespace precis::detail {

inline bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) noexcept { return is_ascii_upper(c) || is_ascii_lower(c); }
inline bool is_ascii_alnum(char c) noexcept { return is_ascii_alpha(c) || is_ascii_digit(c); }
inline char ascii_lower(char c) noexcept { return is_ascii_upper(c) ? static_cast<char>(c + 32) : c; }

/// Letters, marks and numbers of any script are word characters; punctuation, symbols,
/// spaces and emoji are not. Unicode's categories come from utf8proc, not a table of ours.
inline bool is_word_cp(char32_t cp) noexcept {
  if (cp < 0x80) return is_ascii_alnum(static_cast<char>(cp));
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

/// The Unicode category of the code point at p (utf8proc).
inline utf8proc_category_t category_at(const char* p, const char* end) noexcept {
  char32_t cp;
  decode_utf8(p, end, cp);
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

/// Byte length of the white space at p (ASCII, NBSP, Unicode spaces), or 0.
inline std::size_t space_len(const char* p, const char* end) noexcept {
  unsigned char c = static_cast<unsigned char>(*p);
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c < 0x80) return 0;
  if (c == 0xC2 && p + 1 < end && static_cast<unsigned char>(p[1]) == 0xA0) return 2;  // NBSP
  if (c == 0xE1 || c == 0xE2 || c == 0xE3) {  // U+1680, U+2000-U+205F, U+3000: Zs, Zl, Zp
    char32_t cp;
    std::size_t n = decode_utf8(p, end, cp);
    auto k = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL || k == UTF8PROC_CATEGORY_ZP || cp == 0x200B) return n;
  }
  return 0;
}

/// Byte length of a closing quote or bracket at p (" ' ) ] } ” ’ »), or 0.
inline std::size_t closer_len(const char* p, const char* end) noexcept {
  char c = *p;
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return 1;
  if (static_cast<unsigned char>(c) == 0xE2 && p + 2 < end && static_cast<unsigned char>(p[1]) == 0x80 &&
      (static_cast<unsigned char>(p[2]) == 0x9D || static_cast<unsigned char>(p[2]) == 0x99))
    return 3;  // ” ’
  if (static_cast<unsigned char>(c) == 0xC2 && p + 1 < end && static_cast<unsigned char>(p[1]) == 0xBB)
    return 2;  // »
  return 0;
}

/// Byte length of an opening quote or bracket at p (" ' ( [ “ ‘ «), or 0.
inline std::size_t opener_len(const char* p, const char* end) noexcept {
  char c = *p;
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '{') return 1;
  if (static_cast<unsigned char>(c) == 0xE2 && p + 2 < end && static_cast<unsigned char>(p[1]) == 0x80 &&
      (static_cast<unsigned char>(p[2]) == 0x9C || static_cast<unsigned char>(p[2]) == 0x98))
    return 3;  // “ ‘
  if (static_cast<unsigned char>(c) == 0xC2 && p + 1 < end && static_cast<unsigned char>(p[1]) == 0xAB)
    return 2;  // «
  return 0;
}

/// True when the code point at p is a lower-case letter, in any script.
inline bool starts_lower(const char* p, const char* end) noexcept {
  if (is_ascii_lower(*p)) return true;
  if (static_cast<unsigned char>(*p) < 0x80) return false;
  return category_at(p, end) == UTF8PROC_CATEGORY_LL;
}

/// True when the code point at p is an upper-case (or title-case) letter, in any script.
inline bool starts_upper(const char* p, const char* end) noexcept {
  if (is_ascii_upper(*p)) return true;
  if (static_cast<unsigned char>(*p) < 0x80) return false;
  auto k = category_at(p, end);
  return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

}  // namespace precis::detail
