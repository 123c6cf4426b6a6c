// PageRank by power iteration and the sentence ranking built on it.
#include "summarize/sentence_graph.hpp"

#include <algorithm>
#include <cmath>

namespace precis::detail {

std::vector<double> position_prior(std::size_t n, double decay) {
  std::vector<double> v(n, 1.0);
  if (!(std::isfinite(decay) && decay > 0)) return v;
  // A weight depends on its position only: each thread keeps those of its last decay for the
  // first positions, so a document pays a pow only where no earlier document reached.
  constexpr std::size_t kept_positions = 4096;
  thread_local struct {
    double decay = 0;
    std::vector<double> weight;
  } cache;
  if (cache.decay != decay) {
    cache.decay = decay;
    cache.weight.clear();
  }
  for (std::size_t p = cache.weight.size(); p < std::min(n, kept_positions); ++p)
    cache.weight.push_back(std::pow(static_cast<double>(p + 1), -decay));
  const std::size_t known = std::min(n, cache.weight.size());
  std::copy(cache.weight.begin(), cache.weight.begin() + static_cast<std::ptrdiff_t>(known), v.begin());
  for (std::size_t p = known; p < n; ++p) v[p] = std::pow(static_cast<double>(p + 1), -decay);
  return v;  // pagerank() normalises
}

namespace {

// Per-thread scratch for pagerank: the keyword and sentence walks run once or twice per
// document, and six vectors allocated per call were a measurable share of a short article.
struct walk_buffers {
  std::vector<double> v, out, inv_out, r, x, next;
  void resize(std::size_t n) {
    for (auto* b : {&v, &out, &inv_out, &r, &x, &next}) b->resize(n);
  }
};

}  // namespace

std::vector<double> pagerank(const sparse_matrix& w_in, const std::vector<double>& teleport, double damping,
                             double tolerance, int max_iterations, int* iterations, bool* converged,
                             const std::vector<double>& start) {
  const auto n = static_cast<std::size_t>(w_in.rows());
  if (iterations) *iterations = 0;
  if (converged) *converged = true;
  if (n == 0) return {};
  // Raw compressed rows: every loop below runs over the arrays in Eigen's storage order, so the
  // sums (and the scores, bit for bit) are those of the Eigen expressions this replaces.
  sparse_matrix compressed;
  const sparse_matrix* wp = &w_in;
  if (!w_in.isCompressed()) {
    compressed = w_in;
    compressed.makeCompressed();
    wp = &compressed;
  }
  const auto* outer = wp->outerIndexPtr();
  const auto* inner = wp->innerIndexPtr();
  const double* value = wp->valuePtr();
  const double d = std::isfinite(damping) ? std::clamp(damping, 0.0, 1.0) : 0.85;
  const double nd = static_cast<double>(n);

  // Only small walks reuse the thread's buffers: a large graph's would stay allocated after it.
  thread_local walk_buffers reused;
  walk_buffers own;
  walk_buffers& buf = n <= 4096 ? reused : own;
  buf.resize(n);
  // A weight vector normalised to sum 1: only finite positive weights count; anything else
  // (wrong size, all zero) falls back to uniform.
  auto normalised = [&](const std::vector<double>& in, std::vector<double>& out) {
    std::fill(out.begin(), out.end(), 1.0 / nd);
    if (in.size() != n) return;
    double sum = 0;
    for (double x : in) sum += (std::isfinite(x) && x > 0) ? x : 0;
    if (sum > 0 && std::isfinite(sum))
      for (std::size_t i = 0; i < n; ++i) out[i] = (std::isfinite(in[i]) && in[i] > 0) ? in[i] / sum : 0;
  };
  std::vector<double>& v = buf.v;
  normalised(teleport, v);

  // Out-weight of each voter = its column sum, accumulated in storage order (deterministic).
  std::vector<double>& out = buf.out;
  std::fill(out.begin(), out.end(), 0.0);
  for (std::size_t row = 0; row < n; ++row)
    for (auto k = outer[row]; k < outer[row + 1]; ++k) out[static_cast<std::size_t>(inner[k])] += value[k];
  std::vector<double>& inv_out = buf.inv_out;
  for (std::size_t i = 0; i < n; ++i) inv_out[i] = out[i] > 0 ? 1 / out[i] : 0;

  std::vector<double>&r = buf.r, &x = buf.x, &next = buf.next;
  normalised(start, r);
  bool done = false;
  int it = 0;
  while (it < max_iterations) {
    ++it;
    // A dangling vertex (no out-edge) hands its mass to every vertex alike.
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i) {
      x[i] = r[i] * inv_out[i];
      if (!(out[i] > 0)) dangling += r[i];
    }
    double diff = 0;
    for (std::size_t i = 0; i < n; ++i) {
      double dot = 0;  // row i of W times x, as Eigen's row-major product sums it
      for (auto k = outer[i]; k < outer[i + 1]; ++k) dot += value[k] * x[static_cast<std::size_t>(inner[k])];
      next[i] = d * (dot + dangling / nd) + (1 - d) * v[i];
      diff += std::abs(next[i] - r[i]);
    }
    r.swap(next);
    if (diff < tolerance) {
      done = true;
      break;
    }
  }
  if (iterations) *iterations = it;
  if (converged) *converged = done || max_iterations <= 0;

  // Every step preserves total mass up to rounding; renormalise so scores sum to exactly ~1.
  double sum = 0;
  for (std::size_t i = 0; i < n; ++i) sum += r[i];
  std::vector<double> out_scores(n);
  for (std::size_t i = 0; i < n; ++i) {
    double s = r[i];
    out_scores[i] = (sum > 0 && std::isfinite(sum) && std::isfinite(s)) ? s / sum : 1.0 / nd;
  }
  return out_scores;
}

}  // namespace precis::detail

namespace precis {
inline namespace v0 {

bool sectioned_ranking(const document& doc, const rank_options& opt) {
  if (opt.structure != structure_mode::automatic) return opt.structure == structure_mode::sectioned;
  std::size_t n = 0;
  for (std::size_t i = 0; i < doc.sentences().size() && n < opt.long_document; ++i)
    n += detail::content_sentence(doc, i);
  return n >= opt.long_document;
}

std::vector<std::uint32_t> sentence_sections(const document& doc) {
  const auto& ss = doc.sentences();
  const auto& ps = doc.paragraphs();
  std::vector<std::uint32_t> out(ss.size(), 0);
  if (doc.sections().size() > 1) {
    for (std::size_t i = 0; i < ss.size(); ++i) out[i] = ps[ss[i].paragraph].section;
    return out;
  }
  // No section tree: every heading paragraph opens the next section, and so does a paragraph
  // that is one line of capitals ("SEC. 2. DEFINITIONS.", a bill's section heading).
  auto capitals = [&](const sentence& s) {
    const auto& p = ps[s.paragraph];
    if (p.last_sentence - p.first_sentence != 1) return false;
    std::size_t upper = 0;
    for (char c : doc.clean().substr(s.src.begin, s.src.size())) {
      if (c >= 'a' && c <= 'z') return false;
      upper += c >= 'A' && c <= 'Z';
    }
    return upper >= 4;
  };
  std::uint32_t sec = 0, last_heading = 0xFFFFFFFFu;
  for (std::size_t i = 0; i < ss.size(); ++i) {
    if ((ps[ss[i].paragraph].kind == block_kind::heading || capitals(ss[i])) && ss[i].paragraph != last_heading) {
      last_heading = ss[i].paragraph;
      ++sec;
    }
    out[i] = sec;
  }
  return out;
}

std::vector<double> rank_sentences(const document& doc, const rank_options& opt, rank_stats* stats) {
  std::vector<double> scores(doc.sentences().size(), 0.0);
  rank_stats local;
  detail::sentence_bags bags = detail::collect_bags(doc);
  const std::size_t n = bags.vertices();
  local.vertices = n;
  if (n > 0) {
    const bool sectioned = sectioned_ranking(doc, opt);
    rank_options o = opt;
    std::vector<std::uint32_t> vsec;
    std::vector<double> teleport;
    if (sectioned) {
      o.sim = opt.long_sim;
      // HipoRank's boundary prior: each section has its own lead; earlier sections weigh more.
      const auto sec = sentence_sections(doc);
      vsec.resize(n);
      teleport.resize(n);
      std::uint32_t order = 0, pos = 0;
      for (std::size_t v = 0; v < n; ++v) {
        vsec[v] = sec[bags.sentence[v]];
        if (v > 0 && vsec[v] != vsec[v - 1]) ++order, pos = 0;
        const double a = std::isfinite(opt.section_decay) ? std::max(0.0, opt.section_decay) : 1.0;
        const double b = std::isfinite(opt.section_order_decay) ? std::max(0.0, opt.section_order_decay) : 0.0;
        teleport[v] = std::pow(double(pos) + 1, -a) * std::pow(double(order) + 1, -b);
        ++pos;
      }
    } else {
      teleport = detail::position_prior(n, opt.position_decay);
    }
    detail::postings index = detail::invert(bags, doc.stems().size());
    detail::sparse_matrix w = detail::build_sentence_graph(bags, index, o, &local, vsec);
    std::vector<double> r = detail::pagerank(w, teleport, opt.damping, opt.tolerance, opt.max_iterations,
                                             &local.iterations, &local.converged);
    for (std::size_t v = 0; v < n; ++v) scores[bags.sentence[v]] = r[v];
  }
  if (stats) *stats = local;
  return scores;
}

}  // namespace v0
}  // namespace precis
