#pragma once
// Character classes the segmenter and tokenizer share (internal). Inline: they run per byte.
#include "text/utf8.hpp"

#include <cstddef>

namespace precis::detail {

inline bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) noexcept { return is_ascii_upper(c) || is_ascii_lower(c); }
inline bool is_ascii_alnum(char c) noexcept { return is_ascii_alpha(c) || is_ascii_digit(c); }
inline char ascii_lower(char c) noexcept { return is_ascii_upper(c) ? static_cast<char>(c + 32) : c; }

/// Non-ASCII code points that are not part of words: punctuation, symbols, spaces, emoji.
inline bool is_word_cp(char32_t cp) noexcept {
  if (cp < 0x80) return is_ascii_alnum(static_cast<char>(cp));
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
  if (cp >= 0x1F000) return false;
  return true;
}

/// Byte length of the white space at p (ASCII, NBSP, Unicode spaces), or 0.
inline std::size_t space_len(const char* p, const char* end) noexcept {
  unsigned char c = static_cast<unsigned char>(*p);
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c < 0x80) return 0;
  if (c == 0xC2 && p + 1 < end && static_cast<unsigned char>(p[1]) == 0xA0) return 2;  // NBSP
  if (c == 0xE2 || c == 0xE3) {
    char32_t cp;
    std::size_t n = decode_utf8(p, end, cp);
    if ((cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
        cp == 0x2028 || cp == 0x2029)
      return n;
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

/// True when the code point at p starts a word with a lower-case letter (ASCII or Latin).
inline bool starts_lower(const char* p, const char* end) noexcept {
  if (is_ascii_lower(*p)) return true;
  if (static_cast<unsigned char>(*p) < 0x80) return false;
  char32_t cp;
  decode_utf8(p, end, cp);
  return (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x100 && cp <= 0x17F && (cp & 1));
}

/// True when the code point at p is an upper-case letter (ASCII or Latin).
inline bool starts_upper(const char* p, const char* end) noexcept {
  if (is_ascii_upper(*p)) return true;
  if (static_cast<unsigned char>(*p) < 0x80) return false;
  char32_t cp;
  decode_utf8(p, end, cp);
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp <= 0x17F && !(cp & 1));
}

}  // namespace precis::detail
