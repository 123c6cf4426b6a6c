#pragma once
// Sentence ranking and selection: TextRank (Mihalcea & Tarau 2004) over a sparse
// sentence-similarity graph, made position-aware for news the way PacSum (Zheng & Lapata 2019)
// and directed TextRank (Mihalcea 2004) do, then selection with redundancy control (MMR,
// Carbonell & Goldstein 1998). The graph itself lives in src/ (Eigen never leaks out here).
#include <precis/text/document.hpp>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace precis {
inline namespace v0 {

/// How two sentences are compared. All three work on Snowball stems with stopwords, numbers
/// and metadata sentences left out.
enum class similarity : std::uint8_t {
  /// Mihalcea & Tarau 2004: shared distinct stems / (log |Si| + log |Sj|).
  overlap,
  /// Barrios et al. 2015: Okapi BM25 of one sentence as the query against the other (BM25+ when
  /// rank_options::bm25_delta > 0), averaged over both directions so the graph stays symmetric.
  bm25,
  /// Erkan & Radev 2004 (LexRank): idf-modified cosine, edges below lexrank_threshold dropped.
  cosine,
};

/// How the document's structure shapes the ranking.
enum class structure_mode : std::uint8_t {
  /// `sectioned` when the document is long (rank_options::long_document sentences or more),
  /// else `flat`: decided by measuring the document, never by a genre flag.
  automatic,
  /// One global graph with one position prior: news puts the point first (PacSum).
  flat,
  /// Reports and bills: centrality within and across sections (HipoRank, Dong et al. 2021),
  /// a position prior that restarts at every section, and rank_options::long_sim.
  sectioned,
};

/// Knobs of rank_sentences. The defaults are the configuration measured by bench/quality.cpp
/// (beats lead-3 on SummEval CNN/DM); each value comes from the cited paper, is the neutral
/// choice, or (min_df_cap, pair_budget) only bounds cost.
struct rank_options {
  similarity sim = similarity::overlap;
  /// PageRank damping: the probability of following an edge rather than teleporting.
  double damping = 0.85;
  /// Stop when the L1 change of the score vector falls below this.
  double tolerance = 1e-6;
  /// Hard cap on power iterations, so even a pathological graph returns.
  int max_iterations = 200;

  /// cosine only: LexRank keeps an edge when the cosine is at least this (their best, 0.1).
  /// IDF is log(sentences / df), so a stem in every sentence weighs nothing.
  double lexrank_threshold = 0.1;
  /// bm25 only: the usual Okapi constants; BM25+'s lower bound on a matched term (Lv & Zhai
  /// 2011; 0 = plain BM25); and Barrios et al.'s floor for a non-positive IDF (a stem in half the
  /// sentences or more): epsilon x the document's average IDF, so it still links them, weakly.
  /// epsilon = 0 drops such stems instead.
  double bm25_k1 = 1.2, bm25_b = 0.75, bm25_delta = 0.0, bm25_epsilon = 0.25;

  /// A stem found in more than max(min_df_cap, max_df_ratio x sentences) sentences does not
  /// discriminate between them and is left out of the graph (the point where BM25's IDF turns
  /// negative); the floor keeps short texts from losing their topic words.
  double max_df_ratio = 0.5;
  std::size_t min_df_cap = 8;
  /// Compute budget that keeps long inputs near-linear: if the sentence pairs sharing a term
  /// (summed over terms) exceed max(2^20, pair_budget x sentences), the most frequent terms
  /// (lowest IDF) are dropped first until they fit. Short documents never reach it. Beyond
  /// 65,536 sentences each further sentence adds min(pair_budget, 4) pairs, so memory stays
  /// within a few times the input.
  std::size_t pair_budget = 64;

  /// PacSum's threshold: an edge keeps e - (min + beta (max - min)) of its similarity e, where
  /// min and max are over the document's sentence pairs, and is dropped when that is <= 0.
  /// 0 = similarities unchanged (measured: 0.6 loses about a point of ROUGE-1 here).
  double beta = 0.0;
  /// Directed edges (PacSum lambda_2 / lambda_1): the weight with which a sentence votes for an
  /// EARLIER similar sentence, and for a LATER one. News puts the point first and elaborates
  /// after it, so by default only later sentences vote for earlier ones (Mihalcea 2004's
  /// "backward" graph); 1 and 1 is the classic undirected TextRank. Negative values count as 0.
  /// PageRank normalises each sentence's votes to sum to 1, so the ratio only matters for a
  /// sentence with similar sentences on both sides.
  double earlier_weight = 1.0;
  double later_weight = 0.0;
  /// Position prior: the random surfer teleports to the sentence at position p (0-based, among
  /// ranked sentences) with probability proportional to (p + 1)^-position_decay, as
  /// PositionRank (Florescu & Caragea 2017) does for words; 0 = uniform (classic TextRank).
  double position_decay = 1.0;

  /// Flat or sectioned ranking (see structure_mode).
  structure_mode structure = structure_mode::automatic;
  /// automatic: a document with at least this many candidate sentences is ranked sectioned.
  std::size_t long_document = 60;
  /// sectioned only: the similarity (cosine: +R1 and +R2 over overlap on govsum-dev).
  similarity long_sim = similarity::cosine;
  /// sectioned only: an edge between sentences of different sections keeps this share of its
  /// similarity (HipoRank weighs intra- and inter-section centrality separately; 1 = one graph).
  double inter_section_weight = 1.0;
  /// sectioned only: the position prior inside a section, (p + 1)^-section_decay for the p-th
  /// sentence of its section, times (s + 1)^-section_order_decay for the s-th section.
  double section_decay = 1.0;
  double section_order_decay = 0.5;
};

/// True when rank_sentences (and select_sentences) treat `doc` as a long, sectioned document.
bool sectioned_ranking(const document& doc, const rank_options& opt = {});

/// Every sentence's section, for ranking: the document's section tree when it has one, else a
/// new section at every heading paragraph; 0 for sentences before the first heading.
std::vector<std::uint32_t> sentence_sections(const document& doc);

/// What rank_sentences did, for benchmarks and tests.
struct rank_stats {
  std::size_t vertices = 0;       ///< sentences in the graph (not metadata)
  std::size_t edges = 0;          ///< nonzero entries of the vote matrix
  std::size_t terms_used = 0;     ///< stems that made edges
  std::size_t terms_pruned = 0;   ///< stems shared by several sentences but left out
  std::size_t pair_updates = 0;   ///< (sentence pair, shared term) visits: the graph's cost
  int iterations = 0;             ///< power iterations run
  bool converged = true;          ///< false when max_iterations stopped it
};

/// Scores every sentence of `doc` by TextRank centrality, so callers can pick or order them:
/// one score per sentence (0 for metadata), summing to 1 over the others. Cost grows with the
/// number of sentence pairs that share a discriminative term, never with all pairs; the result
/// is bit-for-bit the same on every run (single thread, fixed summation order).
std::vector<double> rank_sentences(const document& doc, const rank_options& opt = {},
                                   rank_stats* stats = nullptr);

/// How many sentences to take, and how much to avoid repeating oneself. When several limits
/// are set, all hold (the tightest wins); when none is set, 3 sentences are taken (the usual
/// news-summary length, as in CNN/DailyMail's lead-3).
struct select_options {
  std::size_t sentences = 0;  ///< at most this many sentences (0 = no limit from this field)
  double ratio = 0;           ///< at most ceil(ratio x eligible sentences) (0 = no limit)
  std::size_t words = 0;      ///< at most this many words (tokens: letter or digit runs) in
                              ///< total; a sentence that would overflow is skipped, a shorter
                              ///< one may still fit
  /// MMR (Carbonell & Goldstein 1998), chosen greedily: a candidate is worth (1 - redundancy) x
  /// relevance - redundancy x its highest cosine (TF-IDF over non-stopword stems) to a sentence
  /// already chosen, i.e. MMR's lambda = 1 - redundancy; 0.3 is the common lambda = 0.7.
  /// 0 = relevance order.
  double redundancy = 0.3;
  /// Relevance is score / words^length_exponent, min-max scaled to [0, 1] over the candidates:
  /// the cost-scaled greedy of Lin & Bilmes (2010, r = 0.3) for budgeted summaries, since
  /// centrality alone favours long sentences (they share terms with everything). 0 = off.
  double length_exponent = 0.3;
  /// Headings ("At the Bilateral Level") are not chosen unless this is set.
  bool headings = false;
  /// A sentence with fewer words than this is a fragment ("S.", "SHORT TITLE.") and is never
  /// chosen; nor is a list preamble ending in ";" ("Recognizing the role of ...;").
  std::size_t min_words = 4;
  /// Section coverage: each sentence already chosen from a section lowers the value of the
  /// others in it by this (on MMR's [0, 1] scale), so a long document's summary spans its
  /// sections. A document without headings is one section, so news is unaffected.
  double section_coverage = 0.0;
  /// Pairs (a, b) of sentence indices: once a is chosen, b adds nothing (an enumeration's item
  /// sentence, shown as a head beside the sentence a that announces the enumeration).
  std::vector<std::pair<std::size_t, std::size_t>> covers{};
  /// Long documents (at least long_candidates candidate sentences): relevance becomes
  /// (1 - centroid_mix) x centrality + centroid_mix x the centroid score (MEAD, Radev et al.
  /// 2004): the sum of log(df) over the sentence's distinct stems found in two or more
  /// candidates, divided by sqrt(words), min-max scaled. Centrality with a position prior favours
  /// a report's opening; the centroid finds the sentences that carry its recurring content
  /// (govsum-dev: +0.7 ROUGE-1, +1.0 ROUGE-2 over centrality alone). Used under a word budget;
  /// 0 = centrality alone.
  double centroid_mix = 0.3;
  /// The same, for summaries counted in sentences (no word budget): a few key sentences are the
  /// ones that carry most of the recurring content. 0.3 -> 0.4: layout-dev key sentences 30 ->
  /// 33 of 119 (three documents of three kinds up, none down), the BBC set (k = 3) +0.10 ROUGE-1
  /// / +0.17 ROUGE-2, SummEval unchanged (its articles are short); govsum-dev's budgets keep 0.3
  /// (-0.6 ROUGE-1 at 0.4).
  double key_centroid_mix = 0.4;
  /// The centroid also counts recurring phrases: each pair of adjacent content words found in
  /// two or more candidates adds this x log(df) (ROUGE-2 rewards them; govsum-dev: +0.4 ROUGE-2).
  double centroid_bigrams = 1.0;
  /// Long documents use this redundancy instead of `redundancy`: their budgets hold many
  /// sentences, and the centroid already spreads the choice.
  double long_redundancy = 0.1;
  /// 25: every SummEval article has fewer candidates; from 40 down to 25, the BBC set (k = 3)
  /// gains +0.36 ROUGE-1 / +0.57 ROUGE-2, govsum-dev +0.27 / +0.24, layout-dev one key sentence,
  /// SummEval unchanged; at 20, SummEval's longest articles lose 0.17 ROUGE-1.
  std::size_t long_candidates = 25;
  /// Relevance of a sentence with a first- or second-person singular pronoun (I, me, my, you,
  /// your) is multiplied by this: courtesy and talk about the talk ("thank you for joining us",
  /// "I wanted to give you a readout", "let me speak plainly") rarely carry a statement's content,
  /// which summaries report in the third person. Used under a word budget; 1 = off.
  double person_weight = 0.5;
  /// The same, for summaries counted in sentences (no word budget): a few key sentences are the
  /// statement itself (0.25 rather than 0.5: layout-dev key sentences 29 -> 30 of 119, SummEval
  /// within 0.03; under govsum-dev's budgets it cost 0.03 ROUGE-1, so budgets keep 0.5).
  double key_person_weight = 0.25;
  /// Substance prior, for summaries counted in sentences (no word budget): relevance gains
  /// substance_weight x min(1, n x substance_cap / words), then is rescaled to [0, 1], where n
  /// counts the sentence's words that name an actor (a country or people, an institution's head
  /// noun) or an act (a reporting verb, a verb or modal of commitment: src/data/countries.txt,
  /// organisation_cues.txt, reporting_verbs.txt, commitment_verbs.txt). A statement's key
  /// sentences say who does what; scene-setting and courtesy say neither (Edmundson 1969's cue
  /// words). layout-dev key sentences 27 -> 30 of 119 at 0.15, SummEval unchanged; a word budget
  /// is left alone (it asks for coverage: govsum-dev -0.7 ROUGE-1 with it). 0 = off.
  double substance_weight = 0.15;
  /// The prior is full once one word in substance_cap names an actor or an act, so a long
  /// sentence does not win by its length.
  std::size_t substance_cap = 6;
  /// Never choose a date line ("Approved May 19, 2026."), a bill's contents entry ("Sec. 101.
  /// Short title."), an editing instruction ("by striking subsection (e).") or a definition, by
  /// reference or in words ("... has the meaning given the term in section 551", "The term
  /// “child” means ..."): a bill's record and plumbing, which its summary never reports
  /// (govsum-dev's bills: +0.9 ROUGE-1).
  bool legal_filters = true;
};

struct ranked_sentence {
  std::size_t index = 0;  ///< into document::sentences()
  std::size_t rank = 0;   ///< 1 = chosen first (the best after redundancy control)
  double score = 0;       ///< the score passed in (0 when missing or not finite)
};

/// Picks the summary sentences from `scores` (one per sentence, e.g. from rank_sentences) and
/// returns them in DOCUMENT order, each with its score and the rank at which it was chosen, so
/// the summary reads in the author's order. Metadata sentences, sentences without a word and
/// exact repeats of a chosen sentence (same stems, same counts) are never chosen.
std::vector<ranked_sentence> select_sentences(const document& doc, const std::vector<double>& scores,
                                              const select_options& opt = {});

}  // namespace v0
}  // namespace precis
