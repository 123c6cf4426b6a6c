#pragma once
// Embedded word lists (internal). Each src/data/<name>.txt becomes "data/<name>.inc", a string
// literal; this header turns one into entries or a membership set:
//
//   constexpr std::string_view kMonths =
//   #include "data/months.inc"
//       ;
//   static const precis::data::word_set months{kMonths};
#include <string_view>
#include <unordered_set>
#include <vector>

namespace precis::data {

/// The entries of a list: one per line, '#' to the end of the line is a comment, blanks around
/// an entry are trimmed, empty lines are skipped. Views point into `text` (static storage).
std::vector<std::string_view> entries(std::string_view text);

/// Exact membership over a list's entries (entries are stored as written: fold before asking).
class word_set {
public:
  explicit word_set(std::string_view text);
  bool contains(std::string_view w) const noexcept { return set_.count(w) != 0; }
  std::size_t size() const noexcept { return set_.size(); }

private:
  std::unordered_set<std::string_view> set_;
};

}  // namespace precis::data
