#pragma once
// HTML input (internal): gumbo (an HTML5 parser) builds the tree; text nodes carry their offset
// in the input, so blocks keep ORIGINAL byte spans while tags, comments, scripts and styles are
// blanked in a same-length copy.
#include "text/layout.hpp"

namespace precis::detail {

/// Reads src[begin, end) as HTML. Navigation, header/footer, aside, script and style become
/// boilerplate; tables are table blocks. Markup nested deeper than gumbo can take safely is
/// read with its tags blanked instead (documented repair; never a crash).
layout_result read_html(std::string_view src, std::size_t begin);

/// True for a tag-led document: <!DOCTYPE html>, <html>, <head>, <body> first.
bool looks_like_html(std::string_view src) noexcept;

}  // namespace precis::detail
