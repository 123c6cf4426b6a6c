#pragma once
// Front matter (internal): YAML between `---` lines or TOML between `+++` lines at the very
// start of a Markdown file. The block is found here; its `title` and `date` are read with a
// real YAML parser (yaml-cpp) — TOML's `key = "value"` lines are read for the same two keys.
#include <precis/text/document.hpp>

#include <string_view>

namespace precis::detail {

/// The front matter at `begin` (after a byte-order mark), or present == false. A block whose
/// closing delimiter is missing is not front matter (the text is read as it is).
front_matter find_front_matter(std::string_view src, std::size_t begin);

/// "2024-01-27", "2024-01-27T10:00:00-05:00", "2024-01-27 18:31:17-04:00" → "2024-01-27";
/// anything else → empty.
std::string iso_date_prefix(std::string_view v);

}  // namespace precis::detail
