// Keywords: a word co-occurrence graph (stems, within sentences) ranked by PageRank, the top
// words collapsed into keyphrases where they are adjacent in the text.
#include <precis/summarize/keywords.hpp>
#include <precis/text/normalize.hpp>

#include "summarize/sentence_graph.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_map>

namespace precis {
inline namespace v0 {

namespace {

bool content(const term& t) { return t.alpha && !t.stop; }

/// Only white space or a hyphen between two words keeps them in one phrase ("co-founder",
/// "Time  Warner"); any other punctuation ("gifts, cars") separates them.
bool joinable(std::string_view gap) {
  for (char c : gap)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '-') return false;
  return true;
}

/// Whether the word at `src` starts with a capital: its first character changes when folded.
bool capitalised(std::string_view word) {
  if (word.empty()) return false;
  auto c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  std::size_t n = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : 2;
  std::string f;
  fold_word(word.substr(0, std::min(n, word.size())), f);
  return f != word.substr(0, std::min(n, word.size()));
}

struct vector_hash {
  std::size_t operator()(const std::vector<std::uint32_t>& v) const noexcept {
    std::uint64_t h = 1469598103934665603ull;
    for (std::uint32_t x : v) h = (h ^ x) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};

struct candidate {
  std::vector<std::uint32_t> stems;
  double score = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> occurrences;  ///< [first, last] token
};

}  // namespace

std::vector<keyword> extract_keywords(const document& doc, const keyword_options& opt) {
  const auto& ss = doc.sentences();
  const auto& toks = doc.tokens();
  const auto& terms = doc.terms();
  const std::size_t window = std::max<std::size_t>(opt.window, 2);
  if (opt.count == 0) return {};

  // Vertices: stems of content words, numbered in order of first occurrence (deterministic).
  std::vector<std::uint32_t> vertex_of(doc.stems().size(), UINT32_MAX), stem_of;
  std::vector<std::uint64_t> pairs;  // (min, max) vertex pair per co-occurrence
  std::vector<std::uint32_t> seq;
  for (const sentence& s : ss) {
    if (s.kind == sentence_kind::meta) continue;
    seq.clear();
    for (std::uint32_t k = s.first_token; k < s.last_token; ++k) {
      const term& t = terms[toks[k].term];
      if (!content(t)) continue;
      if (vertex_of[t.stem] == UINT32_MAX) {
        vertex_of[t.stem] = static_cast<std::uint32_t>(stem_of.size());
        stem_of.push_back(t.stem);
      }
      seq.push_back(vertex_of[t.stem]);
    }
    for (std::size_t a = 0; a < seq.size(); ++a)
      for (std::size_t b = a + 1; b < seq.size() && b - a < window; ++b) {
        if (seq[a] == seq[b]) continue;
        const std::uint64_t lo = std::min(seq[a], seq[b]), hi = std::max(seq[a], seq[b]);
        pairs.push_back(lo << 32 | hi);
      }
  }
  const std::size_t n = stem_of.size();
  if (n == 0) return {};

  // Undirected graph weighted by co-occurrence counts: sort the pairs and count the runs.
  std::sort(pairs.begin(), pairs.end());
  std::vector<Eigen::Triplet<double>> triplets;
  for (std::size_t k = 0; k < pairs.size();) {
    std::size_t e = k;
    while (e < pairs.size() && pairs[e] == pairs[k]) ++e;
    const auto lo = static_cast<Eigen::Index>(pairs[k] >> 32), hi = static_cast<Eigen::Index>(pairs[k] & 0xFFFFFFFFu);
    triplets.emplace_back(lo, hi, static_cast<double>(e - k));
    triplets.emplace_back(hi, lo, static_cast<double>(e - k));
    k = e;
  }
  std::vector<std::uint64_t>().swap(pairs);
  detail::sparse_matrix w(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  w.setFromTriplets(triplets.begin(), triplets.end());
  std::vector<Eigen::Triplet<double>>().swap(triplets);
  const std::vector<double> rank = detail::pagerank(w, {}, opt.damping, opt.tolerance, opt.max_iterations);

  // The top vertices may form keyphrases.
  std::vector<std::uint32_t> by_rank(n);
  for (std::uint32_t v = 0; v < n; ++v) by_rank[v] = v;
  std::sort(by_rank.begin(), by_rank.end(),
            [&](std::uint32_t a, std::uint32_t b) { return rank[a] != rank[b] ? rank[a] > rank[b] : a < b; });
  const double ratio = std::isfinite(opt.top_ratio) ? std::clamp(opt.top_ratio, 0.0, 1.0) : 1.0 / 3.0;
  const std::size_t top = std::min(n, std::max(opt.count, static_cast<std::size_t>(std::ceil(ratio * double(n)))));
  std::vector<char> is_top(n, 0);
  for (std::size_t k = 0; k < top; ++k) is_top[by_rank[k]] = 1;

  // Maximal runs of adjacent top words within a sentence are the candidates; a run longer than
  // max_words is more likely a list than a name, and yields its words one by one.
  std::string_view text = doc.clean();
  std::vector<candidate> cands;
  std::unordered_map<std::vector<std::uint32_t>, std::uint32_t, vector_hash> cand_id;
  std::vector<std::uint32_t> key;
  auto add = [&](std::uint32_t first, std::uint32_t last) {
    key.clear();
    for (std::uint32_t k = first; k <= last; ++k) key.push_back(terms[toks[k].term].stem);
    auto it = cand_id.find(key);
    if (it == cand_id.end()) {
      it = cand_id.emplace(key, static_cast<std::uint32_t>(cands.size())).first;
      candidate c;
      c.stems = key;
      for (std::uint32_t s : key) c.score += rank[vertex_of[s]];
      cands.push_back(std::move(c));
    }
    cands[it->second].occurrences.emplace_back(first, last);
  };
  const std::size_t max_words = std::max<std::size_t>(opt.max_words, 1);
  auto flush = [&](std::uint32_t first, std::uint32_t end) {
    if (end == first) return;
    if (end - first <= max_words) add(first, end - 1);
    else for (std::uint32_t k = first; k < end; ++k) add(k, k);
  };
  for (const sentence& s : ss) {
    if (s.kind == sentence_kind::meta) continue;
    std::uint32_t run = s.first_token;
    for (std::uint32_t k = s.first_token; k < s.last_token; ++k) {
      const term& t = terms[toks[k].term];
      const bool in = content(t) && is_top[vertex_of[t.stem]];
      if (!in) {
        flush(run, k);
        run = k + 1;
        continue;
      }
      if (k > run && !joinable(text.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end))) {
        flush(run, k);
        run = k;
      }
    }
    flush(run, s.last_token);
  }

  // Best first; a phrase inside a better one is not repeated. Scores are sums, so a phrase
  // always outranks its own words and the containment test only needs the chosen ones.
  std::vector<std::uint32_t> order(cands.size());
  for (std::uint32_t c = 0; c < order.size(); ++c) order[c] = c;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return cands[a].score != cands[b].score ? cands[a].score > cands[b].score
                                            : cands[a].occurrences[0].first < cands[b].occurrences[0].first;
  });
  std::vector<std::uint32_t> chosen;
  for (std::uint32_t c : order) {
    if (chosen.size() >= opt.count) break;
    const auto& st = cands[c].stems;
    bool inside = false;
    for (std::uint32_t o : chosen) {
      const auto& big = cands[o].stems;
      if (std::search(big.begin(), big.end(), st.begin(), st.end()) != big.end()) inside = true;
    }
    if (!inside) chosen.push_back(c);
  }

  // Capitalisation per word form, from occurrences that do not open a sentence.
  std::vector<char> sentence_start(toks.size(), 0);
  for (const sentence& s : ss)
    if (s.last_token > s.first_token) sentence_start[s.first_token] = 1;
  std::map<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>> caps;  // term -> (capitalised, lower)
  for (std::uint32_t c : chosen)
    for (auto [f, l] : cands[c].occurrences)
      for (std::uint32_t k = f; k <= l; ++k) caps.try_emplace(toks[k].term, 0u, 0u);
  for (std::uint32_t k = 0; k < toks.size(); ++k) {
    auto it = caps.find(toks[k].term);
    if (it == caps.end() || sentence_start[k]) continue;
    (capitalised(toks[k].src().of(doc.source())) ? it->second.first : it->second.second)++;
  }

  std::vector<keyword> out;
  for (std::uint32_t c : chosen) {
    const candidate& cd = cands[c];
    keyword kw;
    kw.score = cd.score;
    // Most frequent spelling, the earliest on ties.
    std::map<std::string, std::pair<std::size_t, std::size_t>> forms;  // text -> (count, first)
    for (std::size_t k = 0; k < cd.occurrences.size(); ++k) {
      auto [f, l] = cd.occurrences[k];
      span sp{toks[f].begin, toks[l].end};
      kw.spans.push_back(sp);
      auto [it, fresh] = forms.try_emplace(doc.text(sp), 0, k);
      ++it->second.first;
    }
    std::size_t best_occ = 0, best_count = 0;
    for (const auto& [form, cf] : forms)
      if (cf.first > best_count || (cf.first == best_count && cf.second < best_occ))
        best_count = cf.first, best_occ = cf.second;
    // Rebuild that occurrence word by word: a word keeps its capitals only if it is never seen
    // in lower case away from a sentence start; gaps collapse to one space (hyphens stay).
    auto [f, l] = cd.occurrences[best_occ];
    std::string display, folded;
    for (std::uint32_t k = f; k <= l; ++k) {
      if (k > f) {
        std::string_view gap = text.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end);
        display += gap.find('-') != std::string_view::npos ? "-" : " ";
      }
      std::string_view word = toks[k].src().of(doc.source());
      auto cp = caps[toks[k].term];
      if (cp.second == 0 && (cp.first > 0 || sentence_start[k])) {
        display += word;
      } else {
        folded.clear();
        fold_word(word, folded);
        display += folded;
      }
    }
    kw.term = std::move(display);
    out.push_back(std::move(kw));
  }
  return out;
}

}  // namespace v0
}  // namespace precis
