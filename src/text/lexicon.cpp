#include "text/lexicon.hpp"

#include <libstemmer.h>

#include "data/word_list.hpp"

#include <stdexcept>

namespace precis::detail {
namespace {

using word_set = data::string_set;

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

bool is_stopword(std::string_view w) noexcept { return stopwords().contains(w); }
bool is_title(std::string_view w) noexcept { return titles().contains(w); }
bool is_month_abbreviation(std::string_view w) noexcept { return months().contains(w); }
bool is_abbreviation(std::string_view w) noexcept { return abbreviations().contains(w); }
bool is_never_final(std::string_view w) noexcept { return never_final().contains(w); }
bool is_designator(std::string_view w) noexcept { return designators().contains(w); }
bool is_opener(std::string_view w) noexcept { return openers().contains(w); }

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
