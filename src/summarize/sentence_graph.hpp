#pragma once
// Internal: the bag-of-stems view of a document, its inverted index, the sparse sentence graph
// and power-iteration PageRank. Eigen stays in src/.
#include <precis/summarize/textrank.hpp>

#include <Eigen/SparseCore>

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <vector>

namespace precis::detail {

/// Row-major so that a matrix-vector product is a gather with a fixed summation order per row.
using sparse_matrix = Eigen::SparseMatrix<double, Eigen::RowMajor>;

/// The content stems (alphabetic, not stopwords) of each graph vertex, in CSR form. Vertices are
/// the non-metadata sentences, in document order.
struct sentence_bags {
  std::vector<std::uint32_t> sentence;  ///< vertex -> index into document::sentences()
  std::vector<std::uint32_t> offset;    ///< vertex v's entries are [offset[v], offset[v + 1])
  std::vector<std::uint32_t> stem;      ///< distinct and increasing within a vertex
  std::vector<std::uint32_t> count;     ///< term frequency of that stem in the vertex
  std::vector<std::uint32_t> length;    ///< content tokens of the vertex (with repeats)
  std::size_t vertices() const noexcept { return sentence.size(); }
};

/// A sentence that may be ranked and chosen: a body sentence of a content block (prose, list
/// item, quote); never a heading, metadata, boilerplate, front matter, table or code.
bool content_sentence(const document& doc, std::size_t i) noexcept;

/// Appends the distinct stems of the tokens of `s` that keep(term) accepts to `stems`, in
/// increasing order, and their counts to `counts`; returns how many tokens were kept. `tally`
/// holds a zero per stem of the document and is all zero again on return: each token bumps its
/// stem's slot, so only the sentence's distinct stems are sorted and no run of repeats is
/// scanned. The graph's bags and selection's MMR vectors are both built with it.
template <class Keep>
std::uint32_t append_bag(const document& doc, const sentence& s, Keep keep, std::vector<std::uint32_t>& tally,
                         std::vector<std::uint32_t>& stems, std::vector<std::uint32_t>& counts) {
  const auto& toks = doc.tokens();
  const auto& terms = doc.terms();
  const std::size_t from = stems.size();
  std::uint32_t kept = 0;
  for (std::uint32_t k = s.first_token; k < s.last_token; ++k) {
    const term& t = terms[toks[k].term];
    if (!keep(t)) continue;
    ++kept;
    if (tally[t.stem]++ == 0) stems.push_back(t.stem);
  }
  std::sort(stems.begin() + static_cast<std::ptrdiff_t>(from), stems.end());
  for (std::size_t e = from; e < stems.size(); ++e) {
    counts.push_back(tally[stems[e]]);
    tally[stems[e]] = 0;
  }
  return kept;
}

/// Builds the bags of the content sentences; `headings` adds heading sentences as vertices.
sentence_bags collect_bags(const document& doc, bool headings = false);

/// stem -> vertices containing it, in increasing vertex order (CSR), with the entry's index
/// into the bags (so per-entry weights computed once can be shared).
struct postings {
  std::vector<std::uint32_t> offset;  ///< stem s's postings are [offset[s], offset[s + 1])
  std::vector<std::uint32_t> vertex;
  std::vector<std::uint32_t> entry;   ///< index into sentence_bags::stem / count
  std::uint32_t df(std::uint32_t s) const noexcept { return offset[s + 1] - offset[s]; }
};

/// Counting sort of the bags by stem: O(entries + stems), deterministic.
postings invert(const sentence_bags& bags, std::size_t stems);

/// The vote matrix W of the sentence graph: W(i, j) > 0 is the weight with which vertex j votes
/// for vertex i (column j holds j's out-edges). Built from an inverted index, one row of
/// similarities at a time (Gustavson's sparse product of the vertex-term matrix with its
/// transpose), so the cost is the number of (pair, shared kept term) visits.
/// `section` (one per vertex, or empty for one section) scales an edge between vertices of
/// different sections by opt.inter_section_weight.
sparse_matrix build_sentence_graph(const sentence_bags& bags, const postings& index,
                                   const rank_options& opt, rank_stats* stats = nullptr,
                                   const std::vector<std::uint32_t>& section = {});

/// Builds a compressed row-major n x n matrix from entries without duplicates, in linear time:
/// `generate(emit)` is called twice and must call emit(row, col, value) for the same entries in
/// the same order both times, each row's columns increasing (the order Eigen keeps inner
/// indices in). The counting-sort equivalent of setFromTriplets, without a triplet buffer.
template <class Generate>
sparse_matrix csr_from(std::size_t n, Generate&& generate) {
  sparse_matrix w(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  std::vector<sparse_matrix::StorageIndex> pos(n + 1, 0);
  generate([&](std::uint32_t row, std::uint32_t, double) { ++pos[row + 1]; });
  for (std::size_t r = 0; r < n; ++r) pos[r + 1] += pos[r];
  w.resizeNonZeros(static_cast<Eigen::Index>(pos[n]));
  std::copy(pos.begin(), pos.end(), w.outerIndexPtr());
  generate([&](std::uint32_t row, std::uint32_t col, double value) {
    const auto at = pos[row]++;
    w.innerIndexPtr()[at] = static_cast<sparse_matrix::StorageIndex>(col);
    w.valuePtr()[at] = value;
  });
#ifndef NDEBUG
  for (std::size_t r = 0; r < n; ++r)
    for (auto k = w.outerIndexPtr()[r] + 1; k < w.outerIndexPtr()[r + 1]; ++k)
      assert(w.innerIndexPtr()[k - 1] < w.innerIndexPtr()[k] && "csr_from: columns must increase");
#endif
  return w;
}

/// Personalised PageRank by power iteration on a non-negative vote matrix W (as above; W need
/// not be normalised): r = d (P r + dangling mass / n) + (1 - d) v, with P = W divided by its
/// column sums, v = `teleport` (normalised; uniform when empty) and the mass of vertices without
/// out-edges spread uniformly. Stops on the L1 change < tolerance or after max_iterations;
/// returns a probability vector (sums to 1), never NaN. `start` (normalised; uniform when empty)
/// is where the iteration begins: the fixed point is the same, a good guess reaches it sooner.
std::vector<double> pagerank(const sparse_matrix& w, const std::vector<double>& teleport,
                             double damping, double tolerance, int max_iterations,
                             int* iterations = nullptr, bool* converged = nullptr,
                             const std::vector<double>& start = {});

/// Teleport weights (p + 1)^-decay for p = 0..n-1, normalised; uniform when decay is 0.
std::vector<double> position_prior(std::size_t n, double decay);

}  // namespace precis::detail
