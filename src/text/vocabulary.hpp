#pragma once
// A per-thread vocabulary that outlives documents (internal). Every raw word form a thread has
// seen maps to its folded form, Snowball stem and stopword flag, computed once; a document then
// only numbers the entries it uses. Short articles in a stream share most of their words, so
// this turns per-document folding, stemming and hashing into one table probe per token.
#include <cstdint>
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
    std::uint32_t generation = 0, local = 0;  ///< the document that last numbered it, and how
  };
  struct stem_entry {
    std::string text;
    std::uint32_t generation = 0, local = 0;
  };

  /// Starts a document whose words are slices of `text`: a new numbering generation; the
  /// tables are dropped first when they have grown past their bound.
  void begin_document(std::string_view text);
  /// The vocabulary entry of a raw word form (a slice of the current document's text).
  std::uint32_t lookup(std::string_view raw);

  word& at(std::uint32_t id) { return words_[id]; }
  stem_entry& stem(std::uint32_t id) { return stems_[id]; }
  std::uint32_t generation() const noexcept { return generation_; }

private:
  struct slot {
    std::uint32_t key = 0;       ///< offset of the raw bytes in keys_ + 1 (0 = empty)
    std::uint32_t length = 0;
    std::uint32_t word = 0;      ///< index into words_
    std::uint32_t tag = 0;       ///< hash bits, to skip most byte comparisons
  };
  std::uint64_t hash(std::string_view w) const noexcept;
  std::uint64_t load(const char* p, std::size_t n) const noexcept;
  std::uint32_t add(std::string_view raw, std::uint64_t h);
  void grow();
  void clear();

  std::vector<slot> slots_ = std::vector<slot>(1 << 12);
  std::string keys_;                         ///< raw forms, back to back
  std::vector<word> words_;
  std::vector<stem_entry> stems_;
  std::vector<std::uint32_t> folded_index_;  ///< open-addressed: folded form → word
  std::vector<std::uint32_t> stem_index_;    ///< open-addressed: stem text → stem
  std::size_t raw_count_ = 0;
  std::uint32_t generation_ = 0;
  const char* limit_ = nullptr;              ///< end of the current document's text
};

/// This thread's vocabulary.
vocabulary& thread_vocabulary();

}  // namespace precis::detail
