#include "text/lexicon.hpp"

#include <libstemmer.h>

#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace precis::detail {
namespace {

using word_set = std::unordered_set<std::string_view>;

#include "text/data/abbreviations.inc"

const word_set& stopwords() {
  static const word_set s{
#include "text/data/stopwords.inc"
  };
  return s;
}
const word_set& titles() { static const word_set s{PRECIS_TITLES}; return s; }
const word_set& months() { static const word_set s{PRECIS_MONTHS}; return s; }
const word_set& abbreviations() { static const word_set s{PRECIS_ABBREVIATIONS}; return s; }
const word_set& openers() { static const word_set s{PRECIS_OPENERS}; return s; }

}  // namespace

bool is_stopword(std::string_view w) noexcept { return stopwords().count(w) != 0; }
bool is_title(std::string_view w) noexcept { return titles().count(w) != 0; }
bool is_month_abbreviation(std::string_view w) noexcept { return months().count(w) != 0; }
bool is_abbreviation(std::string_view w) noexcept { return abbreviations().count(w) != 0; }
bool is_opener(std::string_view w) noexcept { return openers().count(w) != 0; }

stemmer::stemmer() : impl_(sb_stemmer_new("english", "UTF_8")) {
  if (!impl_) throw std::runtime_error("libstemmer: no English stemmer");
}
stemmer::~stemmer() { sb_stemmer_delete(impl_); }

std::string_view stemmer::stem(std::string_view w) {
  const sb_symbol* s = sb_stemmer_stem(impl_, reinterpret_cast<const sb_symbol*>(w.data()),
                                       static_cast<int>(w.size()));
  if (!s) return w;  // out of memory inside libstemmer: the word itself is a safe stem
  return {reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(impl_))};
}

namespace {
struct stem_cache {
  struct hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  stemmer impl;
  std::unordered_map<std::string, std::string, hash, std::equal_to<>> stems;
};
constexpr std::size_t max_cached_stems = 1 << 18;
}  // namespace

std::string_view cached_stem(std::string_view folded) {
  thread_local stem_cache cache;
  if (auto it = cache.stems.find(folded); it != cache.stems.end()) return it->second;
  // Bounded: a stream of unique tokens (ids, numbers) must not grow memory without limit.
  // Callers copy the stem before their next call, so clearing here is safe.
  if (cache.stems.size() >= max_cached_stems) cache.stems.clear();
  return cache.stems.emplace(std::string(folded), std::string(cache.impl.stem(folded))).first->second;
}

}  // namespace precis::detail
