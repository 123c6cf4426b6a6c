#include "text/vocabulary.hpp"

#include <precis/text/normalize.hpp>

#include "text/chars.hpp"
#include "text/lexicon.hpp"

#include <algorithm>
#include <cstring>

namespace precis::detail {
namespace {

constexpr std::size_t max_raw_forms = 1 << 20;  // then the tables start over (bounded memory)

std::uint64_t hash_bytes(std::string_view s) noexcept {  // for the rarely used indexes
  std::uint64_t h = 0xCBF29CE484222325ULL;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
  return vocabulary::mix(h);
}

// Finds or inserts `key` in an open-addressed index of ids whose key is get(id).
template <class Get>
std::uint32_t& probe(std::vector<std::uint32_t>& index, std::string_view key, Get get) {
  std::size_t mask = index.size() - 1;
  for (std::size_t i = hash_bytes(key) & mask;; i = (i + 1) & mask) {
    std::uint32_t& v = index[i];
    if (v == 0 || get(v - 1) == key) return v;
  }
}

template <class Get>
void rehash(std::vector<std::uint32_t>& index, std::size_t count, Get get) {
  if ((count + 1) * 2 <= index.size()) return;
  std::vector<std::uint32_t> old(index.size() * 2, 0);
  old.swap(index);
  for (std::uint32_t v : old)
    if (v) probe(index, get(v - 1), get) = v;
}

}  // namespace

vocabulary& thread_vocabulary() {
  thread_local vocabulary v;
  return v;
}

void vocabulary::clear() {
  slots_.assign(1 << 12, slot{});
  keys_.clear();
  words_.clear();
  stems_.clear();
  word_marks_.clear();
  stem_marks_.clear();
  folded_index_.clear();
  stem_index_.clear();
  raw_count_ = 0;
}

void vocabulary::begin_document(std::string_view text) {
  if (raw_count_ > max_raw_forms || keys_.size() > (std::size_t{1} << 30)) clear();
  if (++generation_ == 0) {  // wrapped: no entry may look numbered by a past document
    std::fill(word_marks_.begin(), word_marks_.end(), mark{0});
    std::fill(stem_marks_.begin(), stem_marks_.end(), mark{0});
    generation_ = 1;
  }
  limit_ = text.data() + text.size();
}

std::uint32_t vocabulary::add(std::string_view raw, std::uint64_t h) {
  std::string folded;
  fold_word(raw, folded);
  auto word_key = [&](std::uint32_t id) -> std::string_view { return words_[id].folded; };
  rehash(folded_index_.empty() ? (folded_index_.assign(1 << 12, 0), folded_index_) : folded_index_, words_.size(), word_key);
  std::uint32_t& w = probe(folded_index_, folded, word_key);
  if (w == 0) {
    word x;
    x.stop = is_stopword(folded);
    for (char c : folded) x.alpha = x.alpha || is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
    std::string stem_text = x.alpha ? std::string(thread_stem(folded)) : folded;
    auto stem_key = [&](std::uint32_t id) -> std::string_view { return stems_[id].text; };
    rehash(stem_index_.empty() ? (stem_index_.assign(1 << 12, 0), stem_index_) : stem_index_, stems_.size(), stem_key);
    std::uint32_t& s = probe(stem_index_, stem_text, stem_key);
    if (s == 0) {
      stems_.push_back({std::move(stem_text)});
      stem_marks_.push_back(0);
      s = static_cast<std::uint32_t>(stems_.size());
    }
    x.stem = s - 1;
    x.folded = std::move(folded);
    words_.push_back(std::move(x));
    word_marks_.push_back(0);
    w = static_cast<std::uint32_t>(words_.size());
  }
  std::uint32_t id = w - 1;
  if ((raw_count_ + 1) * 2 > slots_.size()) grow();
  slot s{static_cast<std::uint32_t>(keys_.size() + 1), static_cast<std::uint32_t>(raw.size()), id,
         static_cast<std::uint32_t>(h >> 32), {}};
  std::memcpy(s.head, raw.data(), std::min(raw.size(), inline_bytes));
  keys_.insert(keys_.end(), raw.begin(), raw.end());
  keys_.resize((keys_.size() + 8) / 8 * 8 + 8, '\0');  // pad: whole words, then one spare word
  std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  while (slots_[i].key) i = (i + 1) & mask;
  slots_[i] = s;
  ++raw_count_;
  return id;
}

void vocabulary::grow() {
  std::vector<slot> old(slots_.size() * 2);
  old.swap(slots_);
  std::size_t mask = slots_.size() - 1;
  const char* saved = limit_;
  limit_ = nullptr;  // keys live in keys_, not in a document: hash them byte by byte
  for (const slot& s : old) {
    if (!s.key) continue;
    std::uint64_t h = hash({keys_.data() + s.key - 1, s.length});  // limit_ is null: byte reads
    std::size_t i = h & mask;
    while (slots_[i].key) i = (i + 1) & mask;
    slots_[i] = s;
  }
  limit_ = saved;
}

}  // namespace precis::detail
