#pragma once
// A per-thread vocabulary that outlives documents (internal). Every raw word form a thread has
// seen maps to its folded form, Snowball stem and stopword flag, computed once; a document then
// only numbers the entries it uses. Short articles in a stream share most of their words, so
// this turns per-document folding, stemming and hashing into one table probe per token.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace precis::detail {

class vocabulary {
public:
  struct word {             ///< one folded form
    std::string folded;
    std::uint32_t stem = 0; ///< index into stems()
    bool stop = false, alpha = false;
  };
  struct stem_entry {
    std::string text;
  };
  /// Which document last numbered an entry, and its number there: generation << 32 | local.
  /// Kept apart from the entries, 8 bytes each, because every token reads its word's mark
  /// while the entries themselves are read once per distinct word of a document.
  using mark = std::uint64_t;

  /// Starts a document whose words are slices of `text`: a new numbering generation; the
  /// tables are dropped first when they have grown past their bound.
  void begin_document(std::string_view text);
  /// The hash that lookup() takes for a raw word form, its table slot prefetched: a
  /// document's words are hashed as they are found and looked up a few dozen later, so that
  /// the table's cache misses (one per token in a large vocabulary) overlap.
  std::uint64_t prepare(std::string_view raw) const noexcept {
    const std::uint64_t h = hash(raw);
    __builtin_prefetch(&slots_[h & (slots_.size() - 1)]);
    return h;
  }
  /// The vocabulary entry of a raw word form (a slice of the current document's text) whose
  /// prepare() gave `h`. Inline: it runs once per token.
  std::uint32_t lookup(std::string_view raw, std::uint64_t h) {
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const slot& s = slots_[i];
      if (s.key == 0) return add(raw, h);
      if (s.tag == tag && s.length == raw.size() && same(s, raw)) return s.word;
    }
  }

  word& at(std::uint32_t id) { return words_[id]; }
  stem_entry& stem(std::uint32_t id) { return stems_[id]; }
  mark& word_mark(std::uint32_t id) { return word_marks_[id]; }
  void prefetch_word_mark(std::uint32_t id) const noexcept { __builtin_prefetch(&word_marks_[id]); }
  void prefetch_word(std::uint32_t id) const noexcept { __builtin_prefetch(&words_[id]); }
  void prefetch_stem(std::uint32_t id) const noexcept {
    __builtin_prefetch(&stem_marks_[id]);
    __builtin_prefetch(&stems_[id]);
  }
  mark& stem_mark(std::uint32_t id) { return stem_marks_[id]; }
  std::uint32_t generation() const noexcept { return generation_; }

private:
  /// A raw form: its first `inline_bytes` bytes are kept in the slot, so that the usual short
  /// word is matched without reading keys_ (a cache miss per token on a large vocabulary).
  static constexpr std::size_t inline_bytes = 16;
  struct slot {
    std::uint32_t key = 0;       ///< offset of the raw bytes in keys_ + 1 (0 = empty)
    std::uint32_t length = 0;
    std::uint32_t word = 0;      ///< index into words_
    std::uint32_t tag = 0;       ///< hash bits, to skip most byte comparisons
    std::uint64_t head[inline_bytes / 8] = {};  ///< the first bytes, zero-padded
  };
  // The first n (<= 8) bytes at p, zero-extended; a whole-word read when p + 8 stays inside
  // the document (the bytes past the key are masked off).
  std::uint64_t load(const char* p, std::size_t n) const noexcept {
    std::uint64_t k = 0;
    if (n == 0) return 0;
    if (p + 8 <= limit_) {
      std::memcpy(&k, p, 8);
      return n == 8 ? k : k & ((std::uint64_t{1} << (8 * n)) - 1);
    }
    for (std::size_t j = n; j > 0; --j) k = (k << 8) | static_cast<unsigned char>(p[j - 1]);
    return k;
  }
public:
  /// A 64-bit finaliser (splitmix), shared with the slower folded-form and stem indexes.
  static std::uint64_t mix(std::uint64_t h) noexcept {
    h = (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
  }
private:
  std::uint64_t hash(std::string_view w) const noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ w.size();
    std::size_t i = 0;
    for (; i + 8 <= w.size(); i += 8) h = mix(h ^ load(w.data() + i, 8));
    return mix(h ^ load(w.data() + i, w.size() - i));
  }
  // The slot's inline head first; bytes past it in keys_, zero-padded to whole 8-byte words,
  // so both compare a word at a time.
  bool same(const slot& s, std::string_view w) const noexcept {
    std::size_t i = 0;
    for (; i + 8 <= w.size() && i < inline_bytes; i += 8)
      if (s.head[i / 8] != load(w.data() + i, 8)) return false;
    if (i == w.size()) return true;
    if (i < inline_bytes)  // the rest is shorter than a word: zero-padded in the head
      return s.head[i / 8] == load(w.data() + i, w.size() - i);
    const char* a = keys_.data() + s.key - 1;
    for (; i + 8 <= w.size(); i += 8) {
      std::uint64_t x;
      std::memcpy(&x, a + i, 8);
      if (x != load(w.data() + i, 8)) return false;
    }
    if (i == w.size()) return true;
    std::uint64_t x;
    std::memcpy(&x, a + i, 8);  // in bounds: padding
    return (x & ((std::uint64_t{1} << (8 * (w.size() - i))) - 1)) == load(w.data() + i, w.size() - i);
  }
  std::uint32_t add(std::string_view raw, std::uint64_t h);
  void grow();
  void clear();

  std::vector<slot> slots_ = std::vector<slot>(1 << 12);
  std::vector<char> keys_;                   ///< raw forms, each zero-padded to 8-byte words
  std::vector<word> words_;
  std::vector<stem_entry> stems_;
  std::vector<mark> word_marks_, stem_marks_;  ///< parallel to words_ and stems_
  std::vector<std::uint32_t> folded_index_;  ///< open-addressed: folded form → word
  std::vector<std::uint32_t> stem_index_;    ///< open-addressed: stem text → stem
  std::size_t raw_count_ = 0;
  std::uint32_t generation_ = 0;
  const char* limit_ = nullptr;              ///< end of the current document's text
};

/// This thread's vocabulary.
vocabulary& thread_vocabulary();

}  // namespace precis::detail
