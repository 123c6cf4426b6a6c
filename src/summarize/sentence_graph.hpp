#pragma once
// Internal: the bag-of-stems view of a document, its inverted index, the sparse sentence graph
// and power-iteration PageRank. Eigen stays in src/.
#include <precis/summarize/textrank.hpp>

#include <Eigen/SparseCore>

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

/// Builds the bags; `headings` says whether heading sentences become vertices too.
sentence_bags collect_bags(const document& doc, bool headings = true);

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
sparse_matrix build_sentence_graph(const sentence_bags& bags, const postings& index,
                                   const rank_options& opt, rank_stats* stats = nullptr);

/// Personalised PageRank by power iteration on a non-negative vote matrix W (as above; W need
/// not be normalised): r = d (P r + dangling mass / n) + (1 - d) v, with P = W divided by its
/// column sums, v = `teleport` (normalised; uniform when empty) and the mass of vertices without
/// out-edges spread uniformly. Stops on the L1 change < tolerance or after max_iterations;
/// returns a probability vector (sums to 1), never NaN.
std::vector<double> pagerank(const sparse_matrix& w, const std::vector<double>& teleport,
                             double damping, double tolerance, int max_iterations,
                             int* iterations = nullptr, bool* converged = nullptr);

/// Teleport weights (p + 1)^-decay for p = 0..n-1, normalised; uniform when decay is 0.
std::vector<double> position_prior(std::size_t n, double decay);

}  // namespace precis::detail
