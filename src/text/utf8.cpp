#include "text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace precis::detail {
namespace {

// Length of the valid sequence at p, or 0 when invalid (RFC 3629 table).
std::size_t valid_sequence(const unsigned char* p, const unsigned char* end) noexcept {
  unsigned char b0 = p[0];
  auto in = [&](std::size_t i, unsigned char lo, unsigned char hi) {
    return p + i < end && p[i] >= lo && p[i] <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return in(1, 0x80, 0xBF) ? 2 : 0;
  if (b0 == 0xE0) return in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF)
    return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  if (b0 == 0xED) return in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;  // no surrogates
  if (b0 == 0xF0) return in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3)
    return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  if (b0 == 0xF4) return in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

// Eight bytes at a time while they are all ASCII and non-NUL: most text is.
bool ascii_word_ok(const unsigned char* p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr std::uint64_t high = 0x8080808080808080ULL, ones = 0x0101010101010101ULL;
  bool has_zero = ((w - ones) & ~w & high) != 0;
  return (w & high) == 0 && !has_zero;
}

template <class OnBad>
void scan(std::string_view s, OnBad on_bad) {
  auto* p = reinterpret_cast<const unsigned char*>(s.data());
  auto* end = p + s.size();
  while (p < end) {
    if (end - p >= 8 && ascii_word_ok(p)) { p += 8; continue; }
    if (*p == 0) {
      if (!on_bad(static_cast<std::size_t>(p - reinterpret_cast<const unsigned char*>(s.data())), true)) return;
      ++p;
    } else if (*p < 0x80) {
      ++p;
    } else if (std::size_t n = valid_sequence(p, end)) {
      p += n;
    } else {
      if (!on_bad(static_cast<std::size_t>(p - reinterpret_cast<const unsigned char*>(s.data())), false)) return;
      ++p;
    }
  }
}

}  // namespace

utf8_problem find_utf8_problem(std::string_view s) noexcept {
  utf8_problem r;
  scan(s, [&](std::size_t off, bool nul) { r.offset = off; r.nul = nul; return false; });
  return r;
}

std::size_t repair_utf8(std::string& s) noexcept {
  std::size_t n = 0;
  scan(s, [&](std::size_t off, bool nul) { s[off] = nul ? ' ' : '?'; ++n; return true; });
  return n;
}

}  // namespace precis::detail
