#pragma once
// The layout model (internal): what each block IS, decided once for every input format after
// the format's reader has found the blocks. Headings by shape (bold lines, bold or underlined
// run-in heads, short lines that title the next section), transcript turn labels, boilerplate
// by cue (data/boilerplate_*.txt) and by section, list depth by indentation.
#include "text/layout.hpp"

#include <precis/text/document.hpp>

namespace precis::detail {

/// Refines `blocks` in place; `clean` is the same-length display copy (markup blanked).
void refine_blocks(std::string_view src, std::string_view clean, input_format fmt,
                   std::vector<block>& blocks);

/// The transcript turn label at the start of `t` ("MR. KIRBY:", "Q:", "Q  "), as a length in
/// bytes (the label only, colon included), or 0. One document decides whether labels count.
std::size_t transcript_label_length(std::string_view t) noexcept;

}  // namespace precis::detail
