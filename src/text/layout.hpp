#pragma once
// Layout analysis and sentence splitting (internal): lines → blocks (paragraphs), running
// headers dropped, page breaks rejoined, blocks → sentence spans.
#include <precis/text/document.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace precis::detail {

struct block {
  std::size_t begin = 0, end = 0;   ///< trimmed content, in original offsets
  block_kind kind = block_kind::text;
  bool rejoined = false;
  std::uint8_t level = 0;           ///< heading level, or list depth (1 = top)
  bool run_in = false;              ///< a heading followed by body text in the same block
  std::size_t body = 0;             ///< run-in headings: where the body text starts
  span label;                       ///< a transcript turn label at the block start
};

struct layout_result {
  std::string clean;                ///< same length as the source; empty when unchanged
  std::vector<block> blocks;
  std::vector<span> removed;        ///< dropped running headers/footers
};

/// Ensures `r.clean` is a same-length copy of `src` that can be edited.
inline std::string& editable_clean(layout_result& r, std::string_view src) {
  if (r.clean.empty()) r.clean.assign(src);
  return r.clean;
}

/// Splits `src` into blocks; with `pdf_cleanup`, drops running headers and rejoins blocks
/// split by page breaks, blanking the gap in a same-length copy.
layout_result analyse_layout(std::string_view src, bool pdf_cleanup);

/// Byte length of a list marker at the start of a line ("- ", "• ", "1. ", "(a) ", "iv) "),
/// blanks after it included, or 0.
std::size_t list_marker_length(std::string_view line) noexcept;

/// True for a short line with no closing punctuation that reads as a title.
bool heading_like(std::string_view text) noexcept;

/// True when text ends a sentence: . ! ? : possibly followed by closing quotes/brackets.
bool ends_sentence(std::string_view text) noexcept;

/// Appends the sentence spans of text[b, e) (trimmed, non-empty) to `out`.
void split_sentences(std::string_view text, std::size_t b, std::size_t e, std::vector<span>& out);

}  // namespace precis::detail
