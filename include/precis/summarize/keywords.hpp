#pragma once
// Keyphrases: noun phrases found with a word-class lexicon (WordNet-derived, no tagger), ranked
// by the sum of their words' scores in a word co-occurrence graph (PositionRank, Florescu &
// Caragea 2017: PageRank whose teleport favours words seen early and often; SingleRank, Wan &
// Xiao 2008, when `position_weighted` is off), every keyphrase located in the original bytes.
#include <precis/text/document.hpp>
#include <precis/text/span.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace precis {
inline namespace v0 {

struct keyword {
  /// Display form: the phrase's most frequent spelling in the text (gaps as one space, a
  /// hyphen, or the periods of an initialism), kept as written when the phrase is capitalised
  /// wherever it does not open a sentence ("Time Warner", "U.S. Supreme Court"); otherwise each
  /// word is lower-cased unless that word is never seen in lower case away from a sentence start.
  std::string term;
  /// The sum of its words' scores (PageRank probabilities over the word graph).
  double score = 0;
  /// Byte spans of its occurrences in the original input, in text order (the first is the
  /// first occurrence).
  std::vector<span> spans;
};

struct keyword_options {
  std::size_t count = 10;  ///< keyphrases returned (fewer when the text has fewer)
  /// Co-occurrence window in tokens of the body text: two graph words (nouns, adjectives,
  /// names) at most window - 1 tokens apart are linked, weighted by how often.
  std::size_t window = 10;
  /// Whether the window runs across sentence boundaries (as in SingleRank and PositionRank).
  bool cross_sentences = true;
  /// PositionRank's teleport: each word in proportion to the sum of 1 / (position + 1) over its
  /// occurrences (position = token index in the body text); uniform (SingleRank) when false.
  bool position_weighted = true;
  /// Candidate phrases longer than this (in words; an initialism is one word) are not keyphrases.
  std::size_t max_words = 3;
  /// Whether a phrase inside a chosen one is left out ("oil" after "oil spill"). A phrase
  /// scores at least as much as any phrase it contains, so the longer one is always listed
  /// first; leaving the shorter out cost 2 F1@10 points on DUC-2001, where gold lists both.
  bool drop_contained = false;
  double damping = 0.85;
  /// L1 stopping tolerance of the power iteration: words only need ranking.
  double tolerance = 1e-3;
  int max_iterations = 100;
};

/// Extracts the document's keyphrases, best first, so a reader sees what it is about and where
/// each one is. Candidates are maximal runs of noun- or adjective-capable words within a body
/// sentence (headings, metadata and boilerplate never count), joined only by spaces or hyphens
/// and ending in a noun or a capitalised word: "oil spill", "1990 census", "U.S. Supreme
/// Court", "Xi Jinping". A year, a number after a name ("Boeing 747") and an initialism may
/// stand inside a phrase but never alone; words of the keyword stoplist (weekdays, months, time
/// words, quantities, reporting verbs, titles) and verbs and adverbs end a run; a word mostly
/// used as a verb ("run") is a keyphrase only inside a longer phrase.
std::vector<keyword> extract_keywords(const document& doc, const keyword_options& opt = {});

}  // namespace v0
}  // namespace precis
