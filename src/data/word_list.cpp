#include "data/word_list.hpp"

#include <algorithm>

namespace precis::data {

std::vector<std::string_view> entries(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

word_set::word_set(std::string_view text) {
  for (auto e : entries(text)) set_.insert(e);
}

}  // namespace precis::data
