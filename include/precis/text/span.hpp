#pragma once
// A byte range [begin, end) in the ORIGINAL input: the one currency every unit of precis
// (paragraph, sentence, token, item, enumeration) pays in, so callers can highlight it.
#include <cstddef>
#include <string_view>

namespace precis {
inline namespace v0 {

struct span {
  std::size_t begin = 0;
  std::size_t end = 0;

  /// Length in bytes.
  constexpr std::size_t size() const noexcept { return end - begin; }
  /// True when the range holds no byte.
  constexpr bool empty() const noexcept { return end <= begin; }
  /// True when `other` lies entirely within this range.
  constexpr bool contains(span other) const noexcept {
    return begin <= other.begin && other.end <= end;
  }
  /// The bytes of `source` this range covers (source must be the text it was made from).
  std::string_view of(std::string_view source) const noexcept {
    return source.substr(begin, end - begin);
  }
  friend constexpr bool operator==(span, span) = default;
};

}  // namespace v0
}  // namespace precis
