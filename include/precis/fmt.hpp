#pragma once
// Opt-in fmt formatters for precis's public types (not in the umbrella header, so only users
// of fmt pay for <fmt/format.h>). Each honours the standard string format spec, width, fill
// and alignment included: fmt::format("{:>12}", span) right-aligns "[10,20)" in 12 columns.
//   span             [begin,end)
//   enumeration_kind its JSON name: "paragraphs", "inline", ...
//   item             "2. the key phrase" (the item's text when it has no head)
//   enumeration      "three proposals (3 of 3) [paragraphs]", as `precis extract` prints it
#include <precis/extract/enumeration.hpp>
#include <precis/format.hpp>
#include <precis/text/span.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace precis::detail {
/// Formats the rendered string `s` with the spec parsed by `base` (width, fill, alignment).
template <class Context>
auto format_as_string(const fmt::formatter<std::string_view>& base, std::string_view s, Context& ctx) {
  return base.format(s, ctx);
}
}  // namespace precis::detail

template <>
struct fmt::formatter<precis::span> : fmt::formatter<std::string_view> {
  template <class FormatContext>
  auto format(const precis::span& s, FormatContext& ctx) const {
    fmt::memory_buffer buf;
    fmt::format_to(std::back_inserter(buf), "[{},{})", s.begin, s.end);
    return precis::detail::format_as_string(*this, std::string_view(buf.data(), buf.size()), ctx);
  }
};

template <>
struct fmt::formatter<precis::enumeration_kind> : fmt::formatter<std::string_view> {
  template <class FormatContext>
  auto format(precis::enumeration_kind k, FormatContext& ctx) const {
    return precis::detail::format_as_string(*this, precis::to_string(k), ctx);
  }
};

template <>
struct fmt::formatter<precis::item> : fmt::formatter<std::string_view> {
  template <class FormatContext>
  auto format(const precis::item& it, FormatContext& ctx) const {
    std::string s = fmt::format("{}. {}", it.ordinal, it.head.empty() ? it.text : it.head);
    return precis::detail::format_as_string(*this, s, ctx);
  }
};

template <>
struct fmt::formatter<precis::enumeration> : fmt::formatter<std::string_view> {
  template <class FormatContext>
  auto format(const precis::enumeration& e, FormatContext& ctx) const {
    std::string s = fmt::format("{} ({}) [{}]", e.label ? std::string_view(*e.label) : "(unlabelled)",
                                precis::count_check(e), precis::to_string(e.kind));
    return precis::detail::format_as_string(*this, s, ctx);
  }
};
