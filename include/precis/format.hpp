#pragma once
// Rendering public results: JSON exactly as SPEC section 5, and outlines a person reads.
// Every summary renderer takes (source, summary): `source` names the input (a path, "-",
// "line 7"); the text and Markdown renderers print it as a header unless it is empty.
// No fmt here: formatters for the public types are opt-in, in <precis/fmt.hpp>.
#include <precis/extract/enumeration.hpp>
#include <precis/summarize/summary.hpp>
#include <precis/text/document.hpp>

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
/// With `id` set (batch mode; it holds JSON: a string in quotes, a number, null), `"id"` comes
/// first.
std::string summary_to_json(std::string_view source, const summary& s, const std::string* id = nullptr);

/// Key sentences, then each enumeration as a list with its count, then keywords: a briefing
/// note, headed `## source` unless `source` is empty.
std::string summary_to_markdown(std::string_view source, const summary& s);

/// Plain text: key sentences as `[position] (rank r) text` (position 1-based in the document),
/// the enumeration outline, keywords, speakers; headed `==> source <==` unless `source` is empty.
std::string summary_to_text(std::string_view source, const summary& s);

/// The former signature, without a header: summary_to_text("", s).
[[deprecated("use summary_to_text(source, s), like summary_to_markdown")]]
inline std::string summary_to_text(const summary& s) { return summary_to_text(std::string_view(), s); }

/// `{"source": ..., "sentences": [{"index", "paragraph", "kind", "block", "span", "text"}],
/// "headings": [{"text", "level", "span"}]}`: the segmentation, as `precis sentences --format
/// json` prints it; `index` is the one summary_sentence::index refers to.
std::string sentences_to_json(const document& d);

/// The kind of a sentence as the JSON names it: "body", "heading", "boilerplate", or its
/// metadata kind ("dateline", "date", "caption", "byline", "editor", "label").
std::string_view to_string(const sentence& s) noexcept;

/// "3 of 3", "4 found, 3 declared (mismatch)", "4 found": the count check in words.
std::string count_check(const enumeration& e);

}  // namespace v0
}  // namespace precis
