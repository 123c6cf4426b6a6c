#pragma once
// Markdown input (internal): md4c (CommonMark + GitHub tables) reads the structure; this turns
// its callbacks into blocks over the ORIGINAL byte offsets. md4c hands text runs as pointers
// into the input, so every kept byte stays where it was: markup (`#`, `**`, link targets, tags)
// is blanked in a same-length copy and never reaches a sentence's matching form.
#include "text/layout.hpp"

namespace precis::detail {

/// Reads src[begin, end) as Markdown; bytes outside are left untouched. Blocks come in
/// document order with their kind (heading with level, bullet with depth, table, code, ...).
/// Throws nothing: md4c accepts any input.
layout_result read_markdown(std::string_view src, std::size_t begin);

/// True when some line opens more block quotes than kMaxQuoteDepth: md4c's block-quote
/// handling is quadratic in the depth, so such input is read as plain text (a documented repair).
bool markdown_too_deep(std::string_view src) noexcept;

/// True when the text looks like Markdown: an ATX heading, a setext underline, a fenced code
/// block, a pipe table or Markdown emphasis/link syntax on several lines.
bool looks_like_markdown(std::string_view src) noexcept;

}  // namespace precis::detail
