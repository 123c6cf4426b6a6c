#pragma once
// precis::rouge — ROUGE-1, ROUGE-2 and summary-level ROUGE-L, scored per document exactly
// as ROUGE-1.5.5 prints them for `-n 2 -a [-m] [-f A|B]` (no length limit), i.e. exactly
// as ../shared/tools/rouge.py, the project's referee, computes them.
//
// Conventions (all of them matter for agreement to the last printed digit):
//
// Sentences  A summary is a list of sentences.  A summary string is cut at "\n" when it
//            still contains a "\n" after Python-style stripping of surrounding white
//            space; sentences that are blank are dropped.  A string with no inner "\n" is
//            one sentence here, whereas rouge.py would run its sentence splitter on it;
//            that only changes ROUGE-L, and on the shipped references it changes nothing
//            (the SummEval references without "\n" are all single sentences).
// Tokens     ASCII upper-case letters are lower-cased; every byte outside [A-Za-z0-9] ends a
//            token; "-" tokens (ROUGE isolates hyphens) are dropped.  A token is therefore
//            a maximal run of [a-z0-9]: "don't" -> don t, "U.S." -> u s, "e-mail" -> e mail.
//            Non-ASCII bytes are separators (rouge.py maps each non-ASCII character to a
//            space: same tokens).
// Stemming   (options::stem, ROUGE -m) only tokens longer than 3 characters: first the
//            WordNet-2.0 exception lists (noun, adj, adv, verb, read in that order, a
//            later entry replacing an earlier one; the first listed base form is used, and
//            is not stemmed further), otherwise ROUGE-1.5.5's Porter variant (Porter 1980
//            with step 4 trying -ement in the main list, then -ment, then -ent).
// N-grams    Sentences are concatenated for ROUGE-1/2 (n-grams cross sentence ends); hits
//            are clipped counts, sum over n-grams of min(count in reference, in system).
// ROUGE-L    Summary level: for every reference sentence, the union of the positions of
//            one LCS (ROUGE's traceback: on a tie it skips the reference token) with each system
//            sentence; a marked token is a hit only while its unigram budget in both the
//            reference and the system summary lasts.  Recall base = reference tokens,
//            precision base = system tokens.
// Several    multi_ref_mode::pooled (-f A, default): hits and totals summed over references.
// references multi_ref_mode::best_recall (-f B): the reference with the highest recall
//            (ROUGE-1/2: recall rounded to 5 decimals; ROUGE-L: unrounded), first on ties.
// Rounding   Per document, R and P are rounded to 5 decimals (correctly rounded, as "%.5f");
//            F = P*R / ((1-alpha)*P + alpha*R) is computed from the rounded values and
//            rounded again; 0 when a denominator is 0.  The corpus score is the mean of the
//            per-document values, summed in document order and rounded to 5 decimals.
//            The library is compiled with -ffp-contract=off so no FMA changes a last bit.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace precis::rouge {

/// Per-document (or corpus-mean) scores as fractions in [0, 1], rounded like ROUGE-1.5.5.
struct scores {
  double r1_r = 0, r1_p = 0, r1_f = 0;
  double r2_r = 0, r2_p = 0, r2_f = 0;
  double rl_r = 0, rl_p = 0, rl_f = 0;
};

/// How several references of one document are combined (ROUGE's -f option).
enum class multi_ref_mode {
  pooled,       ///< -f A: hits and counts summed over all references (the default)
  best_recall,  ///< -f B: only the reference giving the best recall counts
};

/// Scorer settings; the defaults are the project's convention (ROUGE -n 2 -a -m -f A).
struct options {
  bool stem = true;           ///< ROUGE -m: WordNet exceptions, then Porter, for tokens > 3 chars
  std::string wordnet_dir;    ///< directory with {noun,adj,adv,verb}.exc; empty: Porter only
  multi_ref_mode multi_ref = multi_ref_mode::pooled;
  double alpha = 0.5;         ///< F weight (ROUGE -p); 0.5 gives F1
};

/// Rounds to 5 decimals exactly as ROUGE-1.5.5 / rouge.py print per-document figures,
/// so that F can be derived from the same rounded R and P they use.
double round5(double x);

/// Splits a summary string into sentences the way rouge.py does for strings that use
/// "\n" between sentences (see the header comment for strings without one).
std::vector<std::string> split_summary(std::string_view text);

/// True when split_summary would treat `text` as one sentence although it is not blank:
/// rouge.py would sentence-split such a string, so callers may want to warn.
bool lacks_sentence_breaks(std::string_view text);

/// ROUGE-1.5.5's tokenisation of one sentence, before stemming (exposed for tests and
/// for tools that want the exact tokens ROUGE sees).
std::vector<std::string> tokenize(std::string_view sentence);

/// ROUGE-1.5.5's Porter variant on one lower-case token; exposed so it can be checked
/// word by word against the referee.
std::string porter_stem(std::string_view word);

/// Scores system summaries against references; reusable and safe to share between threads.
class scorer {
public:
  /// Loads the WordNet exception lists when stemming; throws std::runtime_error if
  /// options::wordnet_dir is set but holds none of the four .exc files, because silently
  /// falling back to Porter-only would no longer reproduce ROUGE-1.5.5.
  explicit scorer(options opts);
  ~scorer();
  scorer(scorer&&) noexcept;
  scorer& operator=(scorer&&) noexcept;
  scorer(const scorer&) = delete;
  scorer& operator=(const scorer&) = delete;

  /// Scores one document: the system summary and every reference, each as its sentences
  /// (sentence boundaries only matter for ROUGE-L).  Throws std::invalid_argument when
  /// there is no reference, as ROUGE cannot score such a document.
  scores score(const std::vector<std::string>& system_sentences,
               const std::vector<std::vector<std::string>>& references_sentences) const;

  /// The form a token takes after ROUGE's optional stemming (the token itself when
  /// stemming is off or it has at most 3 characters); for inspecting mismatches.
  std::string normalize_token(std::string_view token) const;

  /// Number of entries read from the WordNet exception lists (0 when Porter only), so
  /// tools can say whether they reproduce ROUGE -m exactly.
  std::size_t exception_count() const;

private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/// Corpus score as ROUGE-1.5.5 reports it by default: the mean of the per-document values,
/// rounded to 5 decimals (all zeros for an empty corpus).
scores corpus_mean(const std::vector<scores>& per_document);

}  // namespace precis::rouge
