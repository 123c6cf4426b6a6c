// The sentence graph: bags of stems → inverted index → pruned terms → one row of pair
// similarities at a time → directed, thresholded vote matrix.
#include "summarize/sentence_graph.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string_view>

namespace precis::detail {

namespace {

// "— President Xi Jinping (September 10, 2021)": a short line opening with a dash that
// attributes the paragraph before it, which is then an epigraph, not the author's text.
bool attribution(const document& doc, std::size_t p) {
  if (p >= doc.paragraphs().size()) return false;
  const paragraph& para = doc.paragraphs()[p];
  std::string_view t = doc.clean().substr(para.src.begin, para.src.size());
  const bool dash = t.rfind("\u2014", 0) == 0 || t.rfind("\u2013", 0) == 0 || t.rfind("--", 0) == 0;
  if (!dash || t.size() > 120) return false;
  const std::size_t words = para.last_sentence > para.first_sentence
                                ? doc.sentences()[para.last_sentence - 1].last_token - doc.sentences()[para.first_sentence].first_token
                                : 0;
  return words >= 1 && words <= 12;
}

}  // namespace

bool content_sentence(const document& doc, std::size_t i) noexcept {
  const sentence& s = doc.sentences()[i];
  if (s.kind != sentence_kind::body) return false;
  switch (doc.paragraphs()[s.paragraph].kind) {
    case block_kind::text:
    case block_kind::bullet:
    case block_kind::quote: return !attribution(doc, s.paragraph + 1);
    default: return false;
  }
}

sentence_bags collect_bags(const document& doc, bool headings) {
  sentence_bags b;
  const auto& ss = doc.sentences();
  const auto& toks = doc.tokens();
  // Room for every sentence and token up front: the bags grow in one allocation each instead
  // of doubling through a dozen per vector on every document.
  b.sentence.reserve(ss.size());
  b.length.reserve(ss.size());
  b.offset.reserve(ss.size() + 1);
  b.stem.reserve(toks.size());
  b.count.reserve(toks.size());
  b.offset.push_back(0);
  std::vector<std::uint32_t> tally(doc.stems().size(), 0);
  for (std::size_t i = 0; i < ss.size(); ++i) {
    const sentence& s = ss[i];
    if (!content_sentence(doc, i) && !(headings && s.kind == sentence_kind::heading)) continue;
    const std::uint32_t length =
        append_bag(doc, s, [](const term& t) { return t.alpha && !t.stop; }, tally, b.stem, b.count);
    b.sentence.push_back(static_cast<std::uint32_t>(i));
    b.length.push_back(length);
    b.offset.push_back(static_cast<std::uint32_t>(b.stem.size()));
  }
  return b;
}

postings invert(const sentence_bags& b, std::size_t stems) {
  postings p;
  p.offset.assign(stems + 1, 0);
  for (std::uint32_t s : b.stem) ++p.offset[s + 1];
  std::partial_sum(p.offset.begin(), p.offset.end(), p.offset.begin());
  p.vertex.resize(b.stem.size());
  p.entry.resize(b.stem.size());
  std::vector<std::uint32_t> fill(p.offset.begin(), p.offset.end() - 1);
  // Vertices are visited in increasing order, so every posting list comes out sorted.
  for (std::uint32_t v = 0; v < b.vertices(); ++v)
    for (std::uint32_t e = b.offset[v]; e < b.offset[v + 1]; ++e) {
      std::uint32_t at = fill[b.stem[e]]++;
      p.vertex[at] = v;
      p.entry[at] = e;
    }
  return p;
}

namespace {

double finite_or(double x, double fallback) { return std::isfinite(x) ? x : fallback; }

/// Graphs of at most this many vertices (a long news article) keep their pairs between
/// csr_from's two passes: at most 256 x 255 / 2 pairs, so the thread's buffer stays under 512 KB.
constexpr std::size_t kReplayedVertices = 256;

}  // namespace

sparse_matrix build_sentence_graph(const sentence_bags& b, const postings& ix, const rank_options& opt,
                                   rank_stats* stats, const std::vector<std::uint32_t>& section) {
  const std::size_t n = b.vertices();
  sparse_matrix w(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  if (n < 2) return w;
  const std::size_t stems = ix.offset.size() - 1;
  const double nd = static_cast<double>(n);

  // IDF per similarity; a term whose IDF is not positive cannot tell sentences apart.
  std::vector<double> idf(stems, 1.0);
  for (std::size_t t = 0; t < stems; ++t) {
    const double df = ix.df(static_cast<std::uint32_t>(t));
    if (df == 0) continue;
    if (opt.sim == similarity::bm25) idf[t] = std::log((nd - df + 0.5) / (df + 0.5));
    else if (opt.sim == similarity::cosine) idf[t] = std::log(nd / df);
  }
  // Barrios et al. (as in gensim) floor a non-positive BM25 IDF at epsilon x the average IDF,
  // so that a word in half the sentences still links them, weakly.
  if (opt.sim == similarity::bm25 && opt.bm25_epsilon > 0) {
    double sum = 0;
    std::size_t cnt = 0;
    for (std::size_t t = 0; t < stems; ++t)
      if (ix.df(static_cast<std::uint32_t>(t)) > 0) sum += idf[t], ++cnt;
    const double floor = cnt ? opt.bm25_epsilon * sum / static_cast<double>(cnt) : 0;
    for (std::size_t t = 0; t < stems; ++t)
      if (ix.df(static_cast<std::uint32_t>(t)) > 0 && !(idf[t] > 0)) idf[t] = floor;
  }

  // Which terms make edges: shared (df >= 2), discriminative (df under the cap, IDF > 0).
  const double ratio = finite_or(opt.max_df_ratio, 0.5);
  const std::size_t df_cap =
      std::max<std::size_t>(opt.min_df_cap, ratio > 0 ? static_cast<std::size_t>(std::min(ratio, 1.0) * nd) : 0);
  std::vector<char> kept(stems, 0);
  std::vector<std::uint32_t> kept_terms;
  kept_terms.reserve(stems);  // one allocation, not a doubling series per document
  std::size_t shared = 0;
  double pairs = 0;
  for (std::uint32_t t = 0; t < stems; ++t) {
    const std::size_t df = ix.df(t);
    if (df < 2) continue;
    ++shared;
    if (df > df_cap || !(idf[t] > 0)) continue;
    kept[t] = 1;
    kept_terms.push_back(t);
    pairs += 0.5 * static_cast<double>(df) * static_cast<double>(df - 1);
  }
  // The compute budget: drop the most frequent (least informative) terms first.
  // Beyond 2^16 sentences (about 8 MB of news) each further sentence adds 4 pairs, not
  // pair_budget: the graph then costs about 1x the input in memory on top of the document
  // (~5x), which keeps summarizing within 8x its input (bench/memory_peak.py).
  constexpr double large = 1 << 16, large_per_sentence = 4;
  const double per = static_cast<double>(opt.pair_budget);
  const double linear = nd <= large ? per * nd : per * large + std::min(per, large_per_sentence) * (nd - large);
  const double budget = std::max(double(1 << 20), linear);
  if (pairs > budget) {
    std::sort(kept_terms.begin(), kept_terms.end(), [&](std::uint32_t x, std::uint32_t y) {
      return ix.df(x) != ix.df(y) ? ix.df(x) > ix.df(y) : x < y;
    });
    std::size_t k = 0;
    for (; k < kept_terms.size() && pairs > budget; ++k) {
      const double df = ix.df(kept_terms[k]);
      pairs -= 0.5 * df * (df - 1);
      kept[kept_terms[k]] = 0;
    }
    kept_terms.erase(kept_terms.begin(), kept_terms.begin() + static_cast<std::ptrdiff_t>(k));
  }

  // Per-entry weights, computed once: BM25's saturated term frequency of the entry's sentence
  // as the document, or the entry's share of its sentence's unit TF-IDF vector.
  std::vector<double> weight;
  if (opt.sim != similarity::overlap) {
    weight.assign(b.stem.size(), 0.0);
    double avg_len = 0;
    for (std::uint32_t l : b.length) avg_len += l;
    avg_len /= nd;
    const double k1 = std::max(0.0, finite_or(opt.bm25_k1, 1.2));
    const double bb = std::clamp(finite_or(opt.bm25_b, 0.75), 0.0, 1.0);
    const double delta = std::max(0.0, finite_or(opt.bm25_delta, 0.0));
    for (std::size_t v = 0; v < n; ++v) {
      if (opt.sim == similarity::bm25) {
        const double norm = k1 * (1 - bb + (avg_len > 0 ? bb * b.length[v] / avg_len : 0));
        for (std::uint32_t e = b.offset[v]; e < b.offset[v + 1]; ++e) {
          const double tf = b.count[e];
          weight[e] = tf * (k1 + 1) / (tf + norm) + delta;
        }
      } else {
        // The norm covers every term with positive IDF, even pruned or unique ones: pruning
        // only removes contributions to the dot product, it never inflates the cosine.
        double sq = 0;
        for (std::uint32_t e = b.offset[v]; e < b.offset[v + 1]; ++e) {
          const double x = b.count[e] * std::max(0.0, idf[b.stem[e]]);
          sq += x * x;
        }
        const double inv = sq > 0 ? 1 / std::sqrt(sq) : 0;
        for (std::uint32_t e = b.offset[v]; e < b.offset[v + 1]; ++e)
          weight[e] = b.count[e] * std::max(0.0, idf[b.stem[e]]) * inv;
      }
    }
  }

  // Gustavson: row i accumulates its similarity with every later sentence j sharing a kept term.
  // cursor[t] is how far the row loop has advanced in t's posting list, i.e. where i sits in it.
  // The loop runs once per use (PacSum's min/max when beta > 0, then csr_from's count and fill)
  // instead of storing the pairs: a pair list cost 16-32 bytes per edge at its peak, twice the
  // matrix itself, and was most of the memory of summarizing a large input.
  std::vector<std::uint32_t> cursor(stems, 0);
  std::vector<double> acc(n, 0.0), acc_back;
  if (opt.sim == similarity::bm25) acc_back.assign(n, 0.0);
  std::vector<std::uint32_t> seen(n, std::numeric_limits<std::uint32_t>::max());
  std::vector<std::uint32_t> touched;
  touched.reserve(n);  // a row touches each other vertex at most once
  std::size_t updates = 0, pairs_linked = 0;
  const double threshold = finite_or(opt.lexrank_threshold, 0.0);
  const double log2 = std::log(2.0);
  // Each vertex's log length, taken once: the overlap normalisation asks it for every pair.
  std::vector<double> log_length;
  if (opt.sim == similarity::overlap) {
    log_length.resize(n);
    for (std::size_t v = 0; v < n; ++v) log_length[v] = std::log(double(b.length[v]));
  }
  const bool sectioned = section.size() == n;
  const double inter = std::clamp(finite_or(opt.inter_section_weight, 1.0), 0.0, 1.0);
  auto for_each_pair = [&](auto&& edge) {  // edge(earlier, later, similarity), rows in order
    std::fill(cursor.begin(), cursor.end(), 0u);
    std::fill(seen.begin(), seen.end(), std::numeric_limits<std::uint32_t>::max());
    updates = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
      touched.clear();
      for (std::uint32_t e = b.offset[i]; e < b.offset[i + 1]; ++e) {
        const std::uint32_t t = b.stem[e];
        if (!kept[t]) continue;
        const std::uint32_t end = ix.offset[t + 1];
        const std::uint32_t pos = ix.offset[t] + cursor[t]++;
        updates += end - pos - 1;
        for (std::uint32_t q = pos + 1; q < end; ++q) {
          const std::uint32_t j = ix.vertex[q];
          if (seen[j] != i) {
            seen[j] = i;
            touched.push_back(j);
            acc[j] = 0;
            if (!acc_back.empty()) acc_back[j] = 0;
          }
          switch (opt.sim) {
            case similarity::overlap: acc[j] += 1; break;
            case similarity::cosine: acc[j] += weight[e] * weight[ix.entry[q]]; break;
            case similarity::bm25:
              acc[j] += idf[t] * weight[ix.entry[q]];  // i as the query, j as the document
              acc_back[j] += idf[t] * weight[e];       // j as the query, i as the document
              break;
          }
        }
      }
      std::sort(touched.begin(), touched.end());
      for (std::uint32_t j : touched) {
        double s = acc[j];
        if (opt.sim == similarity::overlap) {
          // log-length normalisation; floored at log 2 so two one-word sentences stay finite.
          s /= std::max(log_length[i] + log_length[j], log2);
        } else if (opt.sim == similarity::bm25) {
          s = 0.5 * (acc[j] + acc_back[j]);
        } else if (s < threshold) {
          continue;
        }
        if (sectioned && section[i] != section[j]) s *= inter;
        if (s > 0 && std::isfinite(s)) edge(i, j, s);
      }
    }
  };

  // PacSum's relative threshold: keep only what exceeds min + beta (max - min). A pair without
  // an edge has similarity 0, so min is 0 unless every pair is linked.
  const double beta = std::clamp(finite_or(opt.beta, 0.0), 0.0, 1.0);
  double cut = 0;
  if (beta > 0) {
    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    for_each_pair([&](std::uint32_t, std::uint32_t, double sim) {
      lo = std::min(lo, sim);
      hi = std::max(hi, sim);
      ++pairs_linked;
    });
    if (pairs_linked > 0) {
      if (static_cast<double>(pairs_linked) < 0.5 * nd * (nd - 1)) lo = 0;
      cut = lo + beta * (hi - lo);
    }
  }

  // Direction: an earlier sentence receives `earlier_weight` of the similarity from a later
  // one, a later sentence `later_weight` from an earlier one. Votes must be non-negative.
  const double to_earlier = std::max(0.0, finite_or(opt.earlier_weight, 1.0));
  const double to_later = std::max(0.0, finite_or(opt.later_weight, 1.0));
  // Pairs come out row by row with increasing columns (touched lists are sorted), so each
  // receiver's voters are already in column order: fill the compressed matrix directly.
  auto emit_pair = [&](auto&& emit, std::uint32_t earlier, std::uint32_t later, double sim) {
    const double s = sim - cut;
    if (!(s > 0)) return;
    if (to_earlier > 0) emit(earlier, later, to_earlier * s);
    if (to_later > 0) emit(later, earlier, to_later * s);
  };
  // A small graph's pairs are kept in the thread's buffer, so csr_from's two passes replay
  // them instead of running the pair loop twice; a large graph's pair list would cost more
  // memory than its matrix (see for_each_pair), so it runs the loop again.
  struct pair_sim {
    std::uint32_t earlier, later;
    double sim;
  };
  thread_local std::vector<pair_sim> kept_pairs;
  // Each matrix is initialised from csr_from and swapped into w: Eigen 3.4's SparseMatrix has
  // no move assignment, so `w = ...` or `built = ...` would copy it, and the copy was the peak
  // of summarizing 200 MB of news (8.1x its input instead of 7.7x).
  if (n <= kReplayedVertices) {
    kept_pairs.clear();
    for_each_pair([&](std::uint32_t earlier, std::uint32_t later, double sim) { kept_pairs.push_back({earlier, later, sim}); });
    sparse_matrix built = csr_from(n, [&](auto&& emit) {
      for (const pair_sim& p : kept_pairs) emit_pair(emit, p.earlier, p.later, p.sim);
    });
    w.swap(built);
  } else {
    sparse_matrix built = csr_from(n, [&](auto&& emit) {
      for_each_pair([&](std::uint32_t earlier, std::uint32_t later, double sim) { emit_pair(emit, earlier, later, sim); });
    });
    w.swap(built);
  }

  if (stats) {
    stats->edges = static_cast<std::size_t>(w.nonZeros());
    stats->terms_used = kept_terms.size();
    stats->terms_pruned = shared - kept_terms.size();
    stats->pair_updates = updates;
  }
  return w;
}

}  // namespace precis::detail
