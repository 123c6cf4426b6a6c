// Keywords: a word co-occurrence graph (stems, within sentences) ranked by PageRank, the top
// words collapsed into keyphrases where they stand together in the text as a unit.
#include <precis/summarize/keywords.hpp>
#include <precis/text/normalize.hpp>

#include "summarize/sentence_graph.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace precis {
inline namespace v0 {

namespace {

// A keyword candidate: a word of two letters or more that is not a stopword ("U" of "U.S." and
// reporting verbs such as "noted" make poor keywords).
bool content(const term& t) { return t.alpha && !t.stop && t.folded.size() >= 2; }

/// Only white space or a hyphen between two words keeps them in one phrase ("co-founder",
/// "Time  Warner"); any other punctuation ("gifts, cars") separates them.
bool joinable(std::string_view gap) {
  for (char c : gap)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '-') return false;
  return true;
}

/// Whether a word starts with a capital: its first character changes when folded.
bool capitalised(std::string_view word) {
  if (word.empty()) return false;
  auto c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  std::size_t n = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : 2;
  std::string f;
  fold_word(word.substr(0, std::min(n, word.size())), f);
  return f != word.substr(0, std::min(n, word.size()));
}

/// A run of adjacent top words: tokens [first, first + length).
struct occurrence {
  std::uint32_t first, length;
  std::uint64_t key = 0;  ///< hash of the stem sequence
};

/// One distinct stem sequence: its occurrences are occ[begin, end).
struct candidate {
  std::uint32_t begin, end;
  double score;
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
  const detail::sparse_matrix w = detail::csr_from(n, [&](auto&& emit) {
    for (std::size_t k = 0; k < pairs.size();) {
      std::size_t e = k;
      while (e < pairs.size() && pairs[e] == pairs[k]) ++e;
      const auto lo = static_cast<std::uint32_t>(pairs[k] >> 32), hi = static_cast<std::uint32_t>(pairs[k]);
      // Sorted (lo, hi) pairs give every row its columns in increasing order, both halves.
      emit(lo, hi, static_cast<double>(e - k));
      emit(hi, lo, static_cast<double>(e - k));
      k = e;
    }
  });
  std::vector<std::uint64_t>().swap(pairs);
  // Start from the weighted degrees: on an undirected graph the walk's stationary distribution
  // is proportional to them, so the iteration needs far fewer steps (same fixed point).
  std::vector<double> degree(n, 0.0);
  for (Eigen::Index r = 0; r < w.outerSize(); ++r)
    for (detail::sparse_matrix::InnerIterator it(w, r); it; ++it) degree[static_cast<std::size_t>(r)] += it.value();
  const std::vector<double> rank =
      detail::pagerank(w, {}, opt.damping, opt.tolerance, opt.max_iterations, nullptr, nullptr, degree);

  // The top vertices may form keyphrases.
  std::vector<std::uint32_t> by_rank(n);
  for (std::uint32_t v = 0; v < n; ++v) by_rank[v] = v;
  std::sort(by_rank.begin(), by_rank.end(),
            [&](std::uint32_t a, std::uint32_t b) { return rank[a] != rank[b] ? rank[a] > rank[b] : a < b; });
  const double ratio = std::isfinite(opt.top_ratio) ? std::clamp(opt.top_ratio, 0.0, 1.0) : 1.0 / 3.0;
  const std::size_t top = std::min(n, std::max(opt.count, static_cast<std::size_t>(std::ceil(ratio * double(n)))));
  std::vector<char> is_top(n, 0);
  for (std::size_t k = 0; k < top; ++k) is_top[by_rank[k]] = 1;

  // Candidates: maximal runs of top words that are linked pairwise. Without part-of-speech tags
  // (Mihalcea & Tarau keep nouns and adjectives only) plain adjacency would make phrases of
  // "Time Warner jumped", so two adjacent top words join only with evidence that they form a
  // unit: one hyphenated word ("co-founder"), a name (both capitalised), or a pair the text uses
  // at least twice (a collocation). Any punctuation but a hyphen separates words. A run longer
  // than max_words is more likely a list than a name and yields its words one by one.
  std::string_view text = doc.clean();
  auto stem_at = [&](std::uint32_t k) { return terms[toks[k].term].stem; };
  auto top_word = [&](std::uint32_t k) {
    const term& t = terms[toks[k].term];
    return content(t) && is_top[vertex_of[t.stem]];
  };
  auto gap = [&](std::uint32_t k) { return text.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end); };
  auto bigram = [&](std::uint32_t k) { return std::uint64_t(stem_at(k - 1)) << 32 | stem_at(k); };
  std::vector<std::uint64_t> bigrams;
  for (const sentence& s : ss) {
    if (s.kind == sentence_kind::meta) continue;
    for (std::uint32_t k = s.first_token + 1; k < s.last_token; ++k)
      if (top_word(k - 1) && top_word(k) && joinable(gap(k))) bigrams.push_back(bigram(k));
  }
  std::sort(bigrams.begin(), bigrams.end());
  auto linked = [&](std::uint32_t k) {
    std::string_view g = gap(k);
    if (!joinable(g)) return false;
    if (g == "-") return true;
    if (capitalised(toks[k - 1].src().of(doc.source())) && capitalised(toks[k].src().of(doc.source()))) return true;
    auto [lo, hi] = std::equal_range(bigrams.begin(), bigrams.end(), bigram(k));
    return hi - lo >= 2;
  };
  std::vector<occurrence> occ;
  const std::size_t max_words = std::max<std::size_t>(opt.max_words, 1);
  auto flush = [&](std::uint32_t first, std::uint32_t end) {
    if (end == first) return;
    if (end - first <= max_words) occ.push_back({first, end - first, 0});
    else for (std::uint32_t k = first; k < end; ++k) occ.push_back({k, 1, 0});
  };
  for (const sentence& s : ss) {
    if (s.kind == sentence_kind::meta) continue;
    std::uint32_t run = s.first_token;
    for (std::uint32_t k = s.first_token; k < s.last_token; ++k) {
      if (!top_word(k)) {
        flush(run, k);
        run = k + 1;
      } else if (k > run && !linked(k)) {
        flush(run, k);
        run = k;
      }
    }
    flush(run, s.last_token);
  }
  if (occ.empty()) return {};

  // Group occurrences of the same stem sequence by sorting on a hash of the sequence, then the
  // position (no per-phrase allocation; within a group they end up in text order). Sequences are
  // compared for real inside a run of equal hashes, so a collision only costs a re-sort.
  auto seq_less = [&](const occurrence& a, const occurrence& b) {
    if (a.length != b.length) return a.length < b.length;
    for (std::uint32_t i = 0; i < a.length; ++i)
      if (stem_at(a.first + i) != stem_at(b.first + i)) return stem_at(a.first + i) < stem_at(b.first + i);
    return false;
  };
  auto same = [&](const occurrence& a, const occurrence& b) { return !seq_less(a, b) && !seq_less(b, a); };
  for (occurrence& o : occ) {
    std::uint64_t h = 1469598103934665603ull ^ o.length;
    for (std::uint32_t i = 0; i < o.length; ++i) h = (h ^ stem_at(o.first + i)) * 1099511628211ull;
    o.key = h;
  }
  std::sort(occ.begin(), occ.end(),
            [](const occurrence& a, const occurrence& b) { return a.key != b.key ? a.key < b.key : a.first < b.first; });
  for (std::size_t k = 0; k < occ.size();) {
    std::size_t e = k + 1;
    bool mixed = false;
    while (e < occ.size() && occ[e].key == occ[k].key) mixed = mixed || !same(occ[k], occ[e]), ++e;
    if (mixed)
      std::sort(occ.begin() + static_cast<std::ptrdiff_t>(k), occ.begin() + static_cast<std::ptrdiff_t>(e),
                [&](const occurrence& a, const occurrence& b) { return seq_less(a, b) || (same(a, b) && a.first < b.first); });
    k = e;
  }
  // A word's score is shared among the phrases it occurs in, in proportion to its occurrences
  // there: "Time Warner" gets all of "warner" if the word never stands elsewhere, a one-off
  // "fourth quarter profits" only a sliver of "profits" if profits are discussed all along.
  std::vector<std::uint32_t> uses(n, 0);
  for (const occurrence& o : occ)
    for (std::uint32_t i = 0; i < o.length; ++i) ++uses[vertex_of[stem_at(o.first + i)]];
  std::vector<candidate> cands;
  for (std::uint32_t k = 0; k < occ.size();) {
    std::uint32_t e = k + 1;
    while (e < occ.size() && occ[e].key == occ[k].key && same(occ[k], occ[e])) ++e;
    candidate c{k, e, 0.0};
    for (std::uint32_t i = 0; i < occ[k].length; ++i) {
      const std::uint32_t v = vertex_of[stem_at(occ[k].first + i)];
      c.score += rank[v] * (e - k) / uses[v];
    }
    cands.push_back(c);
    k = e;
  }

  // Best first (earliest in the text on ties); a phrase inside a better one, or containing one,
  // would repeat it and is not listed.
  std::sort(cands.begin(), cands.end(), [&](const candidate& a, const candidate& b) {
    return a.score != b.score ? a.score > b.score : occ[a.begin].first < occ[b.begin].first;
  });
  std::vector<const candidate*> chosen;
  std::vector<std::uint32_t> big, small;
  for (const candidate& c : cands) {
    if (chosen.size() >= opt.count) break;
    small.clear();
    for (std::uint32_t i = 0; i < occ[c.begin].length; ++i) small.push_back(stem_at(occ[c.begin].first + i));
    bool inside = false;
    for (const candidate* o : chosen) {
      big.clear();
      for (std::uint32_t i = 0; i < occ[o->begin].length; ++i) big.push_back(stem_at(occ[o->begin].first + i));
      inside = inside || std::search(big.begin(), big.end(), small.begin(), small.end()) != big.end() ||
               std::search(small.begin(), small.end(), big.begin(), big.end()) != small.end();
    }
    if (!inside) chosen.push_back(&c);
  }

  // Capitalisation per word form, counted away from sentence starts, for the chosen words only.
  std::vector<char> sentence_start(toks.size(), 0), needed(terms.size(), 0);
  for (const sentence& s : ss)
    if (s.last_token > s.first_token) sentence_start[s.first_token] = 1;
  for (const candidate* c : chosen)
    for (std::uint32_t i = 0; i < occ[c->begin].length; ++i) needed[toks[occ[c->begin].first + i].term] = 1;
  std::vector<std::uint32_t> upper(terms.size(), 0), lower(terms.size(), 0);
  for (std::uint32_t k = 0; k < toks.size(); ++k) {
    if (!needed[toks[k].term] || sentence_start[k]) continue;
    ++(capitalised(toks[k].src().of(doc.source())) ? upper : lower)[toks[k].term];
  }

  std::vector<keyword> out;
  std::vector<std::uint32_t> order;
  std::string folded;
  for (const candidate* c : chosen) {
    keyword kw;
    kw.score = c->score;
    kw.spans.reserve(c->end - c->begin);
    for (std::uint32_t k = c->begin; k < c->end; ++k)
      kw.spans.push_back({toks[occ[k].first].begin, toks[occ[k].first + occ[k].length - 1].end});
    // The most frequent spelling (byte for byte), the earliest on ties.
    order.resize(c->end - c->begin);
    for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    auto spelling = [&](std::uint32_t k) { return kw.spans[k].of(doc.source()); };
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return spelling(a) != spelling(b) ? spelling(a) < spelling(b) : a < b;
    });
    std::uint32_t best = order[0], best_count = 0;
    for (std::size_t k = 0; k < order.size();) {
      std::size_t e = k + 1;
      while (e < order.size() && spelling(order[e]) == spelling(order[k])) ++e;
      const auto cnt = static_cast<std::uint32_t>(e - k);
      if (cnt > best_count || (cnt == best_count && order[k] < best)) best = order[k], best_count = cnt;
      k = e;
    }
    // A name is written capitalised wherever it stands ("Airlines Association"): keep the
    // spelling. Otherwise rebuild it word by word, a word keeping its capitals only if it is
    // never seen in lower case away from a sentence start ("UK economy", "profits").
    bool name = true;
    for (std::uint32_t k = c->begin; k < c->end && name; ++k) {
      if (sentence_start[occ[k].first]) continue;
      for (std::uint32_t i = occ[k].first; i < occ[k].first + occ[k].length; ++i)
        name = name && capitalised(toks[i].src().of(doc.source()));
    }
    const occurrence& o = occ[c->begin + best];
    for (std::uint32_t k = o.first; k < o.first + o.length; ++k) {
      if (k > o.first)
        kw.term += text.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end).find('-') != std::string_view::npos ? "-" : " ";
      std::string_view word = toks[k].src().of(doc.source());
      // "Donald Sterling's" reads as the name without its possessive (the span keeps it).
      if (k + 1 == o.first + o.length && word.size() > 3) {
        if (word.ends_with("'s")) word.remove_suffix(2);
        else if (word.ends_with("\xE2\x80\x99s")) word.remove_suffix(4);
      }
      if (name || lower[toks[k].term] == 0) {
        kw.term += word;
      } else {
        folded.clear();
        fold_word(word, folded);
        kw.term += folded;
      }
    }
    out.push_back(std::move(kw));
  }
  return out;
}

}  // namespace v0
}  // namespace precis
