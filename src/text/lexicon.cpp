#include "text/lexicon.hpp"

#include <libstemmer.h>

#include <stdexcept>
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
const word_set& never_final() { static const word_set s{PRECIS_NEVER_FINAL}; return s; }
const word_set& designators() { static const word_set s{PRECIS_DESIGNATORS}; return s; }
const word_set& openers() { static const word_set s{PRECIS_OPENERS}; return s; }

}  // namespace

bool is_stopword(std::string_view w) noexcept { return stopwords().count(w) != 0; }
bool is_title(std::string_view w) noexcept { return titles().count(w) != 0; }
bool is_month_abbreviation(std::string_view w) noexcept { return months().count(w) != 0; }
bool is_abbreviation(std::string_view w) noexcept { return abbreviations().count(w) != 0; }
bool is_never_final(std::string_view w) noexcept { return never_final().count(w) != 0; }
bool is_designator(std::string_view w) noexcept { return designators().count(w) != 0; }
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

std::string_view thread_stem(std::string_view folded) {
  thread_local stemmer impl;
  return impl.stem(folded);
}

}  // namespace precis::detail
