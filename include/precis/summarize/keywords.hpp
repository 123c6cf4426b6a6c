#pragma once
// Keywords: TextRank over words (Mihalcea & Tarau 2004, section 3), with the top words merged
// into multi-word keyphrases where they stand next to each other in the text, and every
// keyphrase located in the original bytes.
#include <precis/text/document.hpp>
#include <precis/text/span.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace precis {
inline namespace v0 {

struct keyword {
  /// Display form: the phrase's most frequent spelling in the text (white space collapsed),
  /// lower-cased unless every occurrence not opening a sentence is capitalised ("Time Warner",
  /// "BBC" stay; "Profits" at a sentence start becomes "profits").
  std::string term;
  /// Sum of the TextRank scores of its words (PageRank probabilities over the word graph).
  double score = 0;
  /// Byte spans of its occurrences in the original input, in text order.
  std::vector<span> spans;
};

struct keyword_options {
  std::size_t count = 10;   ///< keyphrases returned (fewer when the text has fewer)
  /// Co-occurrence window in content words: words at most window - 1 apart in a sentence (with
  /// stopwords and numbers removed) are linked. Mihalcea & Tarau found 2-10 all work.
  std::size_t window = 4;
  /// Fraction of the word vertices, by score, allowed into keyphrases (Mihalcea & Tarau: a
  /// third); never fewer than `count`.
  double top_ratio = 1.0 / 3.0;
  std::size_t max_words = 3;  ///< longer runs of top words are left as separate words
  double damping = 0.85;
  double tolerance = 1e-6;
  int max_iterations = 200;
};

/// Extracts the document's keyphrases, best first, so a reader sees what it is about and where
/// each one is. Metadata sentences (datelines, captions) are ignored; a phrase contained in a
/// better one ("warner" in "time warner") is not listed again.
std::vector<keyword> extract_keywords(const document& doc, const keyword_options& opt = {});

}  // namespace v0
}  // namespace precis
