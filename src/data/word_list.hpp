#pragma once
// Embedded word lists (internal). Each src/data/<name>.txt becomes "data/<name>.inc", a string
// literal; this header turns one into entries or a membership set:
//
//   constexpr std::string_view kMonths =
//   #include "data/months.inc"
//       ;
//   static const precis::data::word_set months{kMonths};
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace precis::data {

/// The entries of a list: one per line, '#' to the end of the line is a comment, blanks around
/// an entry are trimmed, empty lines are skipped. Views point into `text` (static storage).
std::vector<std::string_view> entries(std::string_view text);

/// FNV-1a with its high bits folded into the low ones: list words are short, std::hash's byte
/// hash costs more than a lookup, and a power-of-two table sees only the low bits.
inline std::uint64_t fnv1a(std::string_view w) noexcept {
  std::uint64_t h = 1469598103934665603ull;
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h ^ (h >> 29);
}

/// The core shared by short_hash and the keyword lexicon's fingerprints (which need stronger
/// mixing, so they pass their own constants and finaliser): h mixed with the bytes of `w`, eight
/// at a time, then a tail of one to seven bytes, multiplied by M once more.
template <std::uint64_t M, int Shift>
inline std::uint64_t mix_bytes(std::string_view w, std::uint64_t h) noexcept {
  const char* p = w.data();
  std::size_t n = w.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t k;
    std::memcpy(&k, p, 8);
    h = (h ^ k) * M;
    h ^= h >> Shift;
  }
  std::uint64_t k = 0;
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    k = a | std::uint64_t{b} << 32;
  } else if (n > 0) {
    k = static_cast<unsigned char>(p[0]) | std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
        std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
  }
  return (h ^ k) * M;
}

/// The hash string_map probes with: the bytes read four or eight at a time (two overlapping
/// loads cover a word of 4 to 7 bytes, three bytes one of 1 to 3), so a lookup costs one or
/// two multiplies instead of fnv1a's chain of one per byte. Equal words hash equal; the map
/// compares bytes, so words that collide are still told apart.
inline std::uint64_t short_hash(std::string_view w) noexcept {
  const std::uint64_t h = mix_bytes<0xBF58476D1CE4E5B9ull, 31>(w, 0x9E3779B97F4A7C15ull ^ w.size());
  return h ^ (h >> 29);
}

/// The shapes of a list's entries: per length (1 to 31) and first letter a-z, a bit per last
/// letter a-z. A word whose shape no entry has is in no list, found with one load instead of a
/// hash probe (most words of prose are in none); words of other shapes (digits, a final
/// apostrophe, 32 bytes or more) are always asked.
class word_shapes {
public:
  void mark(std::string_view w) noexcept {
    std::size_t slot;
    unsigned last;
    if (shaped(w, slot, last)) table_[slot] |= 1u << last;
  }
  /// False only when no marked word has the shape of `w`.
  bool may_hold(std::string_view w) const noexcept {
    std::size_t slot;
    unsigned last;
    return !shaped(w, slot, last) || (table_[slot] >> last & 1) != 0;
  }

private:
  static bool shaped(std::string_view w, std::size_t& slot, unsigned& last) noexcept {
    const std::size_t n = w.size();
    if (n == 0 || n >= 32) return false;
    const unsigned a = static_cast<unsigned char>(w[0]) - unsigned{'a'};
    last = static_cast<unsigned char>(w[n - 1]) - unsigned{'a'};
    slot = n * 26 + a;
    return a < 26 && last < 26;
  }
  std::uint32_t table_[32 * 26] = {};
};

/// A map from short strings whose bytes outlive it (literals, embedded lists) to small values:
/// one open-addressed table probed with short_hash, where a tag (the hash's high half) rejects other
/// words without reading their bytes. Lists are asked once per word of every document, and
/// std::unordered_map's node chase and byte hash cost more than the lookup.
template <class V>
class string_map {
public:
  /// The value of `key`, value-initialised when new (the key's bytes must outlive the map).
  V& operator[](std::string_view key) {
    if (V* v = find_slot(key)) return *v;
    if ((count_ + 1) * 2 > slots_.size()) grow();  // at most half full: probes stay short
    const std::uint64_t h = short_hash(key);
    std::size_t i = h & mask_;
    while (slots_[i].data) i = (i + 1) & mask_;
    // A non-null pointer marks the slot used, even for an empty key.
    slots_[i] = {key.data() ? key.data() : "", static_cast<std::uint32_t>(key.size()),
                 static_cast<std::uint32_t>(h >> 32), V{}};
    ++count_;
    longest_ = std::max(longest_, key.size());
    return slots_[i].value;
  }
  /// The value of `w`, or null when `w` is no key.
  const V* find(std::string_view w) const noexcept { return const_cast<string_map*>(this)->find_slot(w); }
  bool contains(std::string_view w) const noexcept { return find(w) != nullptr; }
  std::size_t size() const noexcept { return count_; }

private:
  struct slot {
    const char* data = nullptr;  ///< null: empty
    std::uint32_t length = 0, tag = 0;
    V value{};
  };
  V* find_slot(std::string_view w) noexcept {
    if (w.size() > longest_ || slots_.empty()) return nullptr;
    const std::uint64_t h = short_hash(w);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      slot& s = slots_[i];
      if (!s.data) return nullptr;
      if (s.tag == tag && s.length == w.size() && same(s.data, w)) return &s.value;
    }
  }
  /// Byte equality for short words, inline (a libc memcmp call costs more than the loop).
  static bool same(const char* a, std::string_view b) noexcept {
    for (std::size_t i = 0; i < b.size(); ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  void grow() {
    std::vector<slot> old(std::max<std::size_t>(16, slots_.size() * 2));
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const slot& s : old)
      if (s.data) {
        std::size_t i = short_hash({s.data, s.length}) & mask_;
        while (slots_[i].data) i = (i + 1) & mask_;
        slots_[i] = s;
      }
  }
  std::vector<slot> slots_;
  std::size_t mask_ = 0, count_ = 0, longest_ = 0;
};

/// Exact membership over short strings whose bytes outlive the set (literals, embedded lists).
class string_set {
public:
  string_set() = default;
  string_set(std::initializer_list<std::string_view> keys) {
    for (auto k : keys) insert(k);
  }
  /// Adds `key` (its bytes must outlive the set).
  void insert(std::string_view key) { map_[key] = true; }
  bool contains(std::string_view w) const noexcept { return map_.contains(w); }
  std::size_t size() const noexcept { return map_.size(); }

private:
  string_map<bool> map_;
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
