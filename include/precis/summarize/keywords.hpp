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
  /// Display form: the phrase's most frequent spelling in the text (gaps as one space, or a
  /// hyphen), kept as written when the phrase is capitalised wherever it does not open a
  /// sentence ("Time Warner", "BBC"); otherwise each word is lower-cased unless that word is
  /// never seen in lower case away from a sentence start ("UK economy", "profits").
  std::string term;
  /// The TextRank scores (PageRank probabilities over the word graph) of its words, each word's
  /// score shared among the keyphrases it occurs in, in proportion to its occurrences there.
  double score = 0;
  /// Byte spans of its occurrences in the original input, in text order.
  std::vector<span> spans;
};

struct keyword_options {
  std::size_t count = 10;   ///< keyphrases returned (fewer when the text has fewer)
  /// Co-occurrence window in content words: words at most window - 1 apart in a sentence (with
  /// stopwords and numbers removed) are linked, weighted by how often (Mihalcea & Tarau tried
  /// windows of 2 to 10).
  std::size_t window = 4;
  /// Fraction of the word vertices, by score, allowed into keyphrases (Mihalcea & Tarau: a
  /// third); never fewer than `count`.
  double top_ratio = 1.0 / 3.0;
  std::size_t max_words = 3;  ///< longer runs of top words (lists, mostly) stay separate words
  double damping = 0.85;
  /// L1 stopping tolerance. Looser than for sentences: words only need ranking, and this halves
  /// the power iterations on the word graph (about 17 instead of 36 on a news article).
  double tolerance = 1e-4;
  int max_iterations = 200;
};

/// Extracts the document's keyphrases, best first, so a reader sees what it is about and where
/// each one is. Without part-of-speech tags, two adjacent top words join into a phrase only with
/// evidence that they are a unit: hyphenated ("co-founder"), both capitalised ("Time Warner"),
/// or used together at least twice ("fourth quarter"); punctuation always separates. Metadata
/// sentences (datelines, captions) are ignored; a phrase that contains a better one or is
/// contained in it ("Warner" and "Time Warner") is not listed again; a trailing possessive is
/// left out of the display form ("Donald Sterling", the span keeps the "'s").
std::vector<keyword> extract_keywords(const document& doc, const keyword_options& opt = {});

}  // namespace v0
}  // namespace precis
