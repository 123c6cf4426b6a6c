#pragma once
// Word lists and the Snowball stemmer (internal). The lists are data in text/data/*.inc.
#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace precis::detail {

/// True for an English stopword (folded form).
bool is_stopword(std::string_view folded) noexcept;
/// Titles that precede a name ("dr", "gen"): a period after them never ends a sentence.
bool is_title(std::string_view folded) noexcept;
/// Month abbreviations ("dec"): never end a sentence before a number.
bool is_month_abbreviation(std::string_view folded) noexcept;
/// Other abbreviations ("no", "inc", "e.g"): end a sentence only before an opener.
bool is_abbreviation(std::string_view folded) noexcept;
/// Abbreviations that never end a sentence ("e.g", "i.e", "cf"), whatever follows.
bool is_never_final(std::string_view folded) noexcept;
/// Words that designate a numbered part ("section", "sec", "article"): "SECTION 1. SHORT
/// TITLE." is one unit when the designator opens it.
bool is_designator(std::string_view folded) noexcept;
/// Words that typically open a sentence ("the", "he", "however").
bool is_opener(std::string_view folded) noexcept;

/// A Snowball English stemmer; one per thread (libstemmer objects are not thread-safe).
class stemmer {
public:
  stemmer();
  ~stemmer();
  stemmer(const stemmer&) = delete;
  stemmer& operator=(const stemmer&) = delete;
  /// The stem of a folded word (valid until the next call).
  std::string_view stem(std::string_view folded);

private:
  sb_stemmer* impl_;
};

/// The Snowball stem of a folded word with this thread's stemmer (libstemmer objects are not
/// thread-safe). Callers memoise: text/vocabulary.cpp stems each word form once per thread.
/// The view is valid until the thread's next call.
std::string_view thread_stem(std::string_view folded);

}  // namespace precis::detail
