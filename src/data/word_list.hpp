#pragma once
// Embedded word lists (internal). Each src/data/<name>.txt becomes "data/<name>.inc", a string
// literal; this header turns one into entries or a membership set:
//
//   constexpr std::string_view kMonths =
//   #include "data/months.inc"
//       ;
//   static const precis::data::word_set months{kMonths};
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace precis::data {

/// The entries of a list: one per line, '#' to the end of the line is a comment, blanks around
/// an entry are trimmed, empty lines are skipped. Views point into `text` (static storage).
std::vector<std::string_view> entries(std::string_view text);

/// Exact membership over short strings whose bytes outlive the set (literals, embedded lists):
/// one open-addressed table probed with FNV-1a. Lists are asked once per word of every
/// document, and std::unordered_set's node chase and byte hash cost more than the lookup.
class string_set {
public:
  string_set() = default;
  string_set(std::initializer_list<std::string_view> keys) {
    for (auto k : keys) insert(k);
  }
  /// Adds `key` (its bytes must outlive the set).
  void insert(std::string_view key);
  bool contains(std::string_view w) const noexcept {
    if (w.size() > longest_ || slots_.empty()) return false;
    const std::uint64_t h = hash(w);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const slot& s = slots_[i];
      if (!s.data) return false;
      if (s.tag == tag && s.length == w.size() && std::memcmp(s.data, w.data(), w.size()) == 0) return true;
    }
  }
  std::size_t size() const noexcept { return count_; }

private:
  struct slot {
    const char* data = nullptr;  ///< null: empty
    std::uint32_t length = 0, tag = 0;
  };
  static std::uint64_t hash(std::string_view w) noexcept {
    std::uint64_t h = 1469598103934665603ull;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h ^ (h >> 29);
  }
  std::vector<slot> slots_;
  std::size_t mask_ = 0, count_ = 0, longest_ = 0;
};

/// Exact membership over a list's entries (entries are stored as written: fold before asking).
class word_set {
public:
  explicit word_set(std::string_view text);
  bool contains(std::string_view w) const noexcept { return set_.contains(w); }
  std::size_t size() const noexcept { return set_.size(); }

private:
  string_set set_;
};

}  // namespace precis::data
