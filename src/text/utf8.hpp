#pragma once
// UTF-8 validation, one-for-one repair and code point decoding (internal).
#include <cstddef>
#include <string>
#include <string_view>

namespace precis::detail {

/// Where the first problem is, or npos; `nul` tells a NUL byte from invalid UTF-8.
struct utf8_problem {
  std::size_t offset = std::string_view::npos;
  bool nul = false;
  explicit operator bool() const noexcept { return offset != std::string_view::npos; }
};

/// Finds the first invalid UTF-8 sequence or NUL byte (overlongs and surrogates are invalid).
utf8_problem find_utf8_problem(std::string_view s) noexcept;

/// Replaces every invalid byte with '?' and every NUL with ' ', one byte for one byte,
/// so offsets are preserved; returns how many bytes were replaced.
std::size_t repair_utf8(std::string& s) noexcept;

/// Decodes the code point at `p` (input already validated); returns its length in bytes.
inline std::size_t decode_utf8(const char* p, const char* end, char32_t& cp) noexcept {
  auto b0 = static_cast<unsigned char>(p[0]);
  if (b0 < 0x80) { cp = b0; return 1; }
  auto cont = [&](std::ptrdiff_t i) {
    return p + i < end ? static_cast<unsigned char>(p[i]) & 0x3Fu : 0u;
  };
  if (b0 < 0xE0) { cp = ((b0 & 0x1Fu) << 6) | cont(1); return 2; }
  if (b0 < 0xF0) { cp = ((b0 & 0x0Fu) << 12) | (cont(1) << 6) | cont(2); return 3; }
  cp = ((b0 & 0x07u) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
  return 4;
}

}  // namespace precis::detail
