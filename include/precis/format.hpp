#pragma once
// Rendering public results: JSON exactly as SPEC section 5, and outlines a person reads.
#include <precis/extract/enumeration.hpp>
#include <precis/summarize/summary.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

namespace precis {
inline namespace v0 {

/// `{"source": ..., "enumerations": [...]}` (SPEC section 5), one line, UTF-8 kept as is.
std::string extraction_to_json(std::string_view source, const std::vector<enumeration>& enums);

/// An indented outline: `three proposals (3 of 3) [paragraphs]` then `  1. resuming dialogues`.
std::string enumerations_to_text(const std::vector<enumeration>& enums);

/// The same outline as nested Markdown lists, for briefing notes.
std::string enumerations_to_markdown(const std::vector<enumeration>& enums);

/// The summary object of SPEC section 5: the extraction object plus sentences, keywords, meta.
/// With `id` set (batch mode), `"id"` comes first.
std::string summary_to_json(std::string_view source, const summary& s, const std::string* id = nullptr);

/// Key sentences, then each enumeration as a list with its count, then keywords: a briefing note.
std::string summary_to_markdown(std::string_view source, const summary& s);

/// Plain text: key sentences as `[position] (rank r) text` (position 1-based in the document),
/// the enumeration outline, keywords, speakers.
std::string summary_to_text(const summary& s);

/// "3 of 3", "4 found, 3 declared (mismatch)", "4 found": the count check in words.
std::string count_check(const enumeration& e);

}  // namespace v0
}  // namespace precis

/// `fmt::format("{}", span)` prints the half-open byte range as `[begin,end)`.
template <>
struct fmt::formatter<precis::span> : fmt::formatter<std::string_view> {
  template <class FormatContext>
  auto format(const precis::span& s, FormatContext& ctx) const {
    return fmt::format_to(ctx.out(), "[{},{})", s.begin, s.end);
  }
};
