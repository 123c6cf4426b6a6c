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

void string_set::insert(std::string_view key) {
  if (contains(key)) return;
  if ((count_ + 1) * 2 > slots_.size()) {  // at most half full: probes stay short
    std::vector<slot> old(std::max<std::size_t>(16, slots_.size() * 2));
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const slot& s : old)
      if (s.data) {
        std::size_t i = hash({s.data, s.length}) & mask_;
        while (slots_[i].data) i = (i + 1) & mask_;
        slots_[i] = s;
      }
  }
  const std::uint64_t h = hash(key);
  std::size_t i = h & mask_;
  while (slots_[i].data) i = (i + 1) & mask_;
  // A non-null pointer marks the slot used, even for an empty key.
  slots_[i] = {key.data() ? key.data() : "", static_cast<std::uint32_t>(key.size()), static_cast<std::uint32_t>(h >> 32)};
  ++count_;
  longest_ = std::max(longest_, key.size());
}

word_set::word_set(std::string_view text) {
  for (auto e : entries(text)) set_.insert(e);
}

}  // namespace precis::data
