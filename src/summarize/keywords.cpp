// Keyphrases: noun-phrase candidates from a word-class lexicon, words ranked by PageRank over a
// co-occurrence graph (position-biased teleport), phrases scored by the sum of their words.
#include <precis/summarize/keywords.hpp>
#include <precis/text/normalize.hpp>

#include "data/word_list.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace precis {
inline namespace v0 {

namespace {

// Arrays, not constexpr string_views: computing a 300 KB literal's length at compile time
// exceeds GCC's constexpr loop limit.
constexpr char kStoplistText[] =
#include "data/keyword_stoplist.inc"
    ;
constexpr char kModifierText[] =
#include "data/wordclass_modifier.inc"
    ;
constexpr char kVerbalText[] =
#include "data/wordclass_verbal.inc"
    ;
constexpr char kWeakText[] =
#include "data/wordclass_weak.inc"
    ;
constexpr std::string_view kStoplist{kStoplistText, sizeof kStoplistText - 1},
    kModifier{kModifierText, sizeof kModifierText - 1}, kVerbal{kVerbalText, sizeof kVerbalText - 1},
    kWeak{kWeakText, sizeof kWeakText - 1};

/// What the lists say about a folded word form.
enum : std::uint8_t { listed_verbal = 1, listed_modifier = 2, listed_weak = 4, listed_stop = 8 };

/// The word-class lists and the keyword stoplist as one flat open-addressed table of 32-bit
/// fingerprints (28 hash bits above, listed_* bits in the low four): one probe per distinct
/// word of a document into 512 KB. Node-based sets, or slots holding keys, cost a third of the
/// stage's time in cache misses. The price: an unlisted word matches a listed one's
/// fingerprint about once in 10^8 lookups, and then takes its classes.
class lexicon {
public:
  static const lexicon& get() {
    static const lexicon lex;
    return lex;
  }
  /// Where a folded form's lookup starts. Taken for all of a document's words before any is
  /// finished, so that their cache misses overlap instead of waiting one after another.
  struct probe {
    std::uint32_t tag = 0, slot = 0;  ///< a form's tag is never 0 (hash)
  };
  probe start(std::string_view w) const noexcept {
    const std::uint64_t h = hash(w);
    const probe p{static_cast<std::uint32_t>(h) & ~15u, static_cast<std::uint32_t>((h >> 32) & mask_)};
    __builtin_prefetch(&slots_[p.slot]);
    return p;
  }
  /// The listed_* bits of the probed form (0 when no list has it).
  std::uint8_t find(probe p) const noexcept {
    for (std::size_t i = p.slot;; i = (i + 1) & mask_) {
      const std::uint32_t s = slots_[i];
      if (s == 0) return 0;
      if ((s & ~15u) == p.tag) return static_cast<std::uint8_t>(s & 15);
    }
  }

private:
  /// The word read eight bytes at a time (its last 1 to 7 bytes as data::short_hash reads
  /// them), then MurmurHash3's 64-bit finaliser: the 50,000 listed words are hashed at every
  /// process start, where FNV-1a's multiply a byte was half the cost of summarizing a short
  /// article from the command line. The finaliser matters: with short_hash's own light mixing,
  /// seven of the 53,000 distinct words of the BBC, SummEval and govsum inputs ("re", "test")
  /// took a listed word's fingerprint; with it, as with FNV-1a, none do.
  static std::uint64_t hash(std::string_view w) noexcept {
    constexpr std::uint64_t m = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = data::mix_bytes<m, 32>(w, 0x243F6A8885A308D3ull ^ (w.size() * m));
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return (h & 0xFFFFFFF0u) ? h : h | 16;  // a zero tag would read as an empty slot
  }
  void add(std::string_view w, std::uint8_t bits) {
    const std::uint64_t h = hash(w);
    const auto tag = static_cast<std::uint32_t>(h) & ~15u;
    for (std::size_t i = (h >> 32) & mask_;; i = (i + 1) & mask_) {
      std::uint32_t& s = slots_[i];
      if (s == 0 || (s & ~15u) == tag) {
        s = tag | (s & 15) | bits;
        return;
      }
    }
  }
  lexicon() {
    const auto modifier = data::entries(kModifier), verbal = data::entries(kVerbal), weak = data::entries(kWeak);
    std::vector<std::string_view> stop;
    for (std::string_view line : data::entries(kStoplist))  // several words a line
      while (!line.empty()) {
        auto sp = line.find_first_of(" \t");
        if (sp != 0) stop.push_back(line.substr(0, sp));
        line = sp == std::string_view::npos ? std::string_view{} : line.substr(sp + 1);
      }
    std::size_t size = 1;
    while (size < 2 * (modifier.size() + verbal.size() + weak.size() + stop.size())) size *= 2;
    slots_.assign(size, 0u);
    mask_ = size - 1;
    for (auto w : verbal) add(w, listed_verbal);
    for (auto w : modifier) add(w, listed_modifier);
    for (auto w : weak) add(w, listed_weak);
    for (auto w : stop) add(w, listed_stop);
  }
  std::vector<std::uint32_t> slots_;
  std::size_t mask_ = 0;
};

/// What a word form may do in a noun phrase.
enum : std::uint8_t {
  may_modify = 1,  ///< stand inside a phrase (before its last word)
  may_end = 2,     ///< be a phrase's last word
  may_stand = 4,   ///< be a keyphrase alone
  vertex = 8,      ///< a word of the co-occurrence graph (nouns, adjectives, names)
  stoplisted = 16, ///< on the keyword stoplist: inside a name only ("Time Warner")
  year = 32,       ///< a four-digit year: inside a phrase ("1990 census")
  number = 64,     ///< another number: only after a name ("Boeing 747")
};

/// Beside a term's class in term_class, never a token's role: the word lists decide the term
/// (looked_up), so that a capitalised occurrence away from a sentence start is a name.
constexpr std::uint8_t listed_word = 128;

/// Without its possessive ("reagan's" → "reagan").
std::string_view base_form(std::string_view w) {
  if (w.size() > 3 && w.ends_with("'s")) w.remove_suffix(2);
  return w;
}

bool possessive(std::string_view raw) {
  const std::size_t n = raw.size();
  if (n <= 3 || raw[n - 1] != 's') return false;
  return raw[n - 2] == '\'' || (raw[n - 2] == '\x99' && raw[n - 3] == '\x80' && raw[n - 4] == '\xE2');
}

/// Whether the word lists decide a term's class: a word of two letters or more, not a stopword.
bool looked_up(const term& t) { return t.alpha && !t.stop && t.folded.size() >= 2; }

/// A term's class, given what the lists say about it when they decide it (looked_up).
std::uint8_t classify(const term& t, bool decided, std::uint8_t listed) {
  if (!t.alpha) {
    const std::string_view f = t.folded;
    if (std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return f.size() == 4 && (f[0] == '1' || f[0] == '2') ? year : number;
    return number;
  }
  // An ordinal or a decade in figures ("12th", "15th", "1990s") is a date or a rank, like a year:
  // inside a phrase ("15th amendment", "1990s trade"), never a keyword alone.
  if (const std::string_view f = t.folded; !f.empty() && f[0] >= '0' && f[0] <= '9') {
    const std::string_view rest = f.substr(std::min(f.find_first_not_of("0123456789"), f.size()));
    if (rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "s") return year;
  }
  if (!decided) return 0;
  if (listed & listed_stop) return stoplisted;
  if (listed & listed_verbal) return 0;
  std::uint8_t c = may_modify | vertex;
  if (!(listed & listed_modifier)) c |= may_end;
  if (!(listed & listed_weak) && (c & may_end)) c |= may_stand;
  return c;
}

/// Only white space or a hyphen between two words keeps them in one phrase ("co-founder",
/// "Time  Warner"); any other punctuation ("gifts, cars") separates them.
bool joinable(std::string_view gap) {
  for (char c : gap)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '-') return false;
  return true;
}

/// capitalised() for a word that starts outside ASCII.
[[gnu::noinline]] bool capitalised_beyond_ascii(std::string_view word) {
  auto c = static_cast<unsigned char>(word[0]);
  std::size_t n = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : 2;
  std::string f;
  fold_word(word.substr(0, std::min(n, word.size())), f);
  return f != word.substr(0, std::min(n, word.size()));
}

/// Whether a word starts with a capital: its first character changes when folded. Inline for
/// ASCII: it runs for most tokens, several times.
inline bool capitalised(std::string_view word) {
  if (word.empty()) return false;
  auto c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return capitalised_beyond_ascii(word);
}

/// One occurrence of a candidate phrase: tokens [first, first + length).
struct occurrence {
  std::uint32_t first, length;
  std::uint64_t key = 0;  ///< hash of the stem sequence
};

/// One distinct stem sequence: its occurrences are occ[begin, end).
struct candidate {
  std::uint32_t begin, end;
  double score;
};

/// Texts up to this many tokens keep their window pairs in memory (8 bytes a pair, about 1.5
/// pairs a token) rather than generating them twice.
constexpr std::size_t small_text_tokens = std::size_t{1} << 16;

/// The word graph's symmetric weight matrix, its rows four at a time in decreasing degree:
/// group q's entries are [begin[q], begin[q + 1]), the t-th entries of its four rows side by
/// side, each row's columns increasing and padded with zero weights to the group's longest
/// row. The product then runs in whole groups, with no per-row bounds and no shorter rows
/// finished one by one; a padded entry adds +0.0 after a row's real terms, which leaves its
/// sum unchanged to the bit (every term is a non-negative finite product). The padding is at
/// most three times the highest degree: the matrix takes the room of compressed rows.
struct word_graph {
  std::vector<std::uint32_t> degree;
  /// The rows, group by group; the last group is filled up with row n, which has no entries
  /// and whose sum is thrown away.
  std::vector<std::uint32_t> by_degree;
  std::vector<std::uint32_t> begin, col;
  std::vector<double> weight;
  std::size_t size() const noexcept { return degree.size(); }
};

/// The walk's arrays.
struct walk_buffers {
  std::vector<double> v, out, inv_out, r, x, next;
  std::vector<std::uint32_t> sinks;
};

/// Groups the rows of a graph whose degrees are known (see word_graph) and sizes the entries,
/// left to be placed and then padded (pad_rows): first[r] is where row r's first entry goes,
/// its t-th at first[r] + 4 t.
void group_rows(word_graph& g, std::vector<std::uint32_t>& at, std::vector<std::uint32_t>& first) {
  const std::size_t n = g.size(), groups = (n + 3) / 4;
  auto degree = [&](std::uint32_t i) { return i < n ? g.degree[i] : 0u; };
  // Rows by decreasing degree, by a counting sort (degrees are small; std::stable_sort's
  // buffer cost as much as the grouping saved).
  g.by_degree.assign(4 * groups, static_cast<std::uint32_t>(n));
  std::uint32_t top = 0;
  for (std::uint32_t i = 0; i < n; ++i) top = std::max(top, degree(i));
  at.assign(top + 2, 0);
  for (std::uint32_t i = 0; i < n; ++i) ++at[top - degree(i) + 1];
  for (std::size_t k = 0; k + 1 < at.size(); ++k) at[k + 1] += at[k];
  for (std::uint32_t i = 0; i < n; ++i) g.by_degree[at[top - degree(i)]++] = i;
  g.begin.resize(groups + 1);
  g.begin[0] = 0;
  first.resize(n);
  for (std::size_t q = 0; q < groups; ++q) {
    for (std::uint32_t j = 0; j < 4; ++j)
      if (const std::uint32_t r = g.by_degree[4 * q + j]; r < n) first[r] = g.begin[q] + j;
    g.begin[q + 1] = g.begin[q] + 4 * degree(g.by_degree[4 * q]);
  }
  g.col.resize(g.begin[groups]);
  g.weight.resize(g.begin[groups]);
}

/// Zeroes the padding of the rows once their entries are placed (see word_graph): end[r] is
/// where row r's next entry would have gone. Writing only the padding, instead of zeroing the
/// whole matrix before placing the entries, halves the stores.
void pad_rows(word_graph& g, const std::vector<std::uint32_t>& end) {
  const std::size_t n = g.size();
  for (std::size_t q = 0; q + 1 < g.begin.size(); ++q)
    for (std::uint32_t j = 0; j < 4; ++j) {
      const std::uint32_t r = g.by_degree[4 * q + j];
      for (std::uint32_t k = r < n ? end[r] : g.begin[q] + j; k < g.begin[q + 1]; k += 4) g.col[k] = 0, g.weight[k] = 0.0;
    }
}

/// next[row] = the row's entries times x, summed in the row's own order, four rows at once:
/// four independent chains of additions keep the core busy where one row's chain waited on
/// each addition in turn.
void times_rows(const word_graph& g, const double* x, double* next) {
  const std::uint32_t* by_degree = g.by_degree.data();
  for (std::size_t q = 0; q + 1 < g.begin.size(); ++q) {
    const std::uint32_t* const col = g.col.data() + g.begin[q];
    const double* const weight = g.weight.data() + g.begin[q];
    const std::size_t entries = g.begin[q + 1] - g.begin[q];
#if defined(__SSE2__)
    // Two rows a register: each lane's multiply and add are the scalar ones, bit for bit. The
    // weights are read aligned, which lets the multiply take them from memory: a group starts
    // at a multiple of four entries of an array that new aligns to 16 bytes.
    __m128d dot01 = _mm_setzero_pd(), dot23 = _mm_setzero_pd();
    for (std::size_t k = 0; k != entries; k += 4) {
      const __m128d x01 = _mm_loadh_pd(_mm_load_sd(x + col[k]), x + col[k + 1]);
      const __m128d x23 = _mm_loadh_pd(_mm_load_sd(x + col[k + 2]), x + col[k + 3]);
      dot01 = _mm_add_pd(dot01, _mm_mul_pd(x01, _mm_load_pd(weight + k)));
      dot23 = _mm_add_pd(dot23, _mm_mul_pd(x23, _mm_load_pd(weight + k + 2)));
    }
    _mm_storel_pd(next + by_degree[4 * q], dot01);
    _mm_storeh_pd(next + by_degree[4 * q + 1], dot01);
    _mm_storel_pd(next + by_degree[4 * q + 2], dot23);
    _mm_storeh_pd(next + by_degree[4 * q + 3], dot23);
#else
    double dot0 = 0, dot1 = 0, dot2 = 0, dot3 = 0;
    for (std::size_t k = 0; k != entries; k += 4) {
      dot0 += weight[k] * x[col[k]];
      dot1 += weight[k + 1] * x[col[k + 1]];
      dot2 += weight[k + 2] * x[col[k + 2]];
      dot3 += weight[k + 3] * x[col[k + 3]];
    }
    next[by_degree[4 * q]] = dot0, next[by_degree[4 * q + 1]] = dot1;
    next[by_degree[4 * q + 2]] = dot2, next[by_degree[4 * q + 3]] = dot3;
#endif
  }
}

/// detail::pagerank (src/summarize/textrank.cpp) on the word graph, computed in the same order
/// with the same operations, so the scores are the same to the last bit; it starts from the
/// teleport vector. It reads the graph's own arrays where detail::pagerank needs an Eigen
/// matrix, which took as long to build as the walk. Keep the two in step. The scores are
/// left in buf.r.
const std::vector<double>& word_rank(const word_graph& g, const std::vector<double>& teleport, double damping,
                                     double tolerance, int max_iterations, walk_buffers& buf) {
  const std::size_t n = g.size();
  const double d = std::isfinite(damping) ? std::clamp(damping, 0.0, 1.0) : 0.85;
  const double nd = static_cast<double>(n);
  std::vector<double>& v = buf.v;
  v.assign(n, 1.0 / nd);
  {
    double sum = 0;
    for (double x : teleport) sum += (std::isfinite(x) && x > 0) ? x : 0;
    if (sum > 0 && std::isfinite(sum))
      for (std::size_t i = 0; i < n; ++i) v[i] = (std::isfinite(teleport[i]) && teleport[i] > 0) ? teleport[i] / sum : 0;
  }
  // Out-weights: detail::pagerank sums columns in row order; the matrix is symmetric and its
  // weights are counts, whose sums are exact in any order (padding adds zeros).
  std::vector<double>&out = buf.out, &inv_out = buf.inv_out, &r = buf.r, &x = buf.x, &next = buf.next;
  out.resize(n + 1);  // out[n]: the padding rows'
  inv_out.resize(n);
  r.assign(v.begin(), v.end());
  r.resize(n + 1);  // r and next swap; [n] is where the padding rows' sums go
  x.resize(n);
  next.resize(n + 1);
  for (std::size_t q = 0; q + 1 < g.begin.size(); ++q) {
    double sum[4] = {0, 0, 0, 0};
    for (std::uint32_t k = g.begin[q]; k < g.begin[q + 1]; k += 4)
      for (std::uint32_t j = 0; j < 4; ++j) sum[j] += g.weight[k + j];
    for (std::uint32_t j = 0; j < 4; ++j) out[g.by_degree[4 * q + j]] = sum[j];
  }
  for (std::size_t i = 0; i < n; ++i) inv_out[i] = out[i] > 0 ? 1 / out[i] : 0;
  // One pass a vertex per step: it finishes the vertex's new score and already prepares what
  // the next step's product reads (its share x), in the order of detail::pagerank's two
  // passes. The dangling vertices (no out-edge) are listed in increasing order, so that their
  // mass is summed as detail::pagerank sums it without a test per vertex; there are seldom any.
  std::vector<std::uint32_t>& sinks = buf.sinks;
  sinks.clear();
  for (std::uint32_t i = 0; i < n; ++i)
    if (!(out[i] > 0)) sinks.push_back(i);
  for (std::size_t i = 0; i < n; ++i) x[i] = r[i] * inv_out[i];
  auto dangling_mass = [&](const std::vector<double>& p) {
    double mass = 0;
    for (std::uint32_t i : sinks) mass += p[i];
    return mass;
  };
  for (double& teleport_share : v) teleport_share *= 1 - d;  // the same product every step
  double dangling = dangling_mass(r);
  for (int it = 0; it < max_iterations;) {
    ++it;
    times_rows(g, x.data(), next.data());
    const double spread = dangling / nd;
    double diff = 0;
    for (std::size_t i = 0; i < n; ++i) {
      next[i] = d * (next[i] + spread) + v[i];
      diff += std::abs(next[i] - r[i]);
      x[i] = next[i] * inv_out[i];
    }
    dangling = dangling_mass(next);
    r.swap(next);
    if (diff < tolerance) break;
  }
  r.resize(n);
  double sum = 0;
  for (std::size_t i = 0; i < n; ++i) sum += r[i];
  for (std::size_t i = 0; i < n; ++i) r[i] = (sum > 0 && std::isfinite(sum) && std::isfinite(r[i])) ? r[i] / sum : 1.0 / nd;
  return r;
}

/// Texts up to this many tokens use their thread's working arrays, which then stay allocated
/// (a few MB at most with the default window); a longer text's are its own, freed after it.
constexpr std::size_t reused_scratch_tokens = std::size_t{1} << 13;

/// The working arrays of extract_keywords, kept per thread for short texts: a short article's
/// keyword stage made some sixty allocations.
struct scratch {
  std::vector<std::uint8_t> term_class, role;
  std::vector<lexicon::probe> probes;
  std::vector<bool> initialism, name, starts;
  std::vector<std::uint32_t> vertex_of, bucket, higher, fill, slot, at, lower_by_higher, times;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> kept;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> recent;
  std::vector<double> teleport;
  word_graph graph;
  walk_buffers walk;
  std::vector<occurrence> occ, long_runs, split;
  std::vector<std::uint64_t> keys;
  std::vector<candidate> cands;
  std::vector<const candidate*> chosen;
  std::vector<std::uint32_t> seen, mine, other, order, upper, lower;
  std::vector<char> needed;
};

}  // namespace

std::vector<keyword> extract_keywords(const document& doc, const keyword_options& opt) {
  if (opt.count == 0) return {};
  const lexicon& lex = lexicon::get();
  const auto& ss = doc.sentences();
  const auto& toks = doc.tokens();
  const auto& terms = doc.terms();
  std::string_view src = doc.source(), text = doc.clean();
  const std::size_t window = std::max<std::size_t>(opt.window, 2);
  const std::size_t max_words = std::max<std::size_t>(opt.max_words, 1);
  thread_local scratch reused;
  scratch own;
  scratch& buf = toks.size() <= reused_scratch_tokens ? reused : own;

  std::vector<std::uint8_t>& term_class = buf.term_class;
  term_class.resize(terms.size());
  {
    std::vector<lexicon::probe>& probes = buf.probes;
    probes.resize(terms.size());
    for (std::size_t t = 0; t < terms.size(); ++t)
      probes[t] = looked_up(terms[t]) ? lex.start(base_form(terms[t].folded)) : lexicon::probe{};  // tag 0: none
    for (std::size_t t = 0; t < terms.size(); ++t)
      term_class[t] = probes[t].tag ? classify(terms[t], true, lex.find(probes[t])) | listed_word : classify(terms[t], false, 0);
  }

  // Token roles, per body sentence. A capitalised word away from the sentence start is a name
  // (or part of one) whatever the lexicon says; an initialism ("U.S.": capital letters each
  // followed by a period) may stand inside a phrase.
  std::vector<std::uint8_t>& role = buf.role;
  role.assign(toks.size(), 0);
  // Bit vectors: three bytes per token were 100 MB of the peak on 200 MB of news (issue 10, D8).
  std::vector<bool>&initialism = buf.initialism, &name = buf.name, &starts = buf.starts;
  for (std::vector<bool>* b : {&initialism, &name, &starts}) b->assign(toks.size(), false);
  auto raw = [&](std::uint32_t k) { return toks[k].src().of(src); };
  // capitalised(raw(k)), read from the first byte: tokens are never empty.
  auto capital = [&](std::uint32_t k) {
    const auto c = static_cast<unsigned char>(src[toks[k].begin]);
    return c < 0x80 ? static_cast<unsigned>(c - 'A') < 26 : capitalised_beyond_ascii(raw(k));
  };
  auto letter = [&](std::uint32_t k) {  // a capital letter or two followed by a period
    const token& t = toks[k];
    return t.end - t.begin <= 2 && static_cast<unsigned>(src[t.begin] - 'A') < 26 && t.end < text.size() &&
           text[t.end] == '.';
  };
  // One pass a sentence: each token's role, and the chains of letters, each directly after
  // the last's period, that make an initialism once two long.
  for (const sentence& s : ss) {
    if (s.kind != sentence_kind::body) continue;
    if (s.last_token > s.first_token) starts[s.first_token] = 1;
    auto end_chain = [&](std::uint32_t end, std::uint32_t length) {  // the letters [end - length, end)
      if (length >= 2)
        for (std::uint32_t i = end - length; i < end; ++i) initialism[i] = 1, role[i] = may_modify;
    };
    std::uint32_t chain = 0;  // the letters before k that make a chain
    for (std::uint32_t k = s.first_token; k < s.last_token; ++k) {
      const std::uint8_t c = term_class[toks[k].term];
      role[k] = c & ~listed_word;
      if (k > s.first_token && (c & listed_word) && capital(k)) {
        name[k] = 1;
        if (!(c & stoplisted)) role[k] = may_modify | may_end | may_stand | vertex;
      }
      if (!letter(k)) {
        if (chain) end_chain(k, chain), chain = 0;
      } else if (chain && toks[k].begin == toks[k - 1].end + 1) {
        ++chain;
      } else {
        end_chain(k, chain);
        chain = 1;
      }
    }
    end_chain(s.last_token, chain);
  }

  // The word graph: vertices are stems of graph words, numbered in order of first occurrence.
  std::vector<std::uint32_t>& vertex_of = buf.vertex_of;
  vertex_of.assign(doc.stems().size(), UINT32_MAX);
  std::vector<double>& teleport = buf.teleport;
  teleport.clear();
  // The window's pairs are generated twice, once to count each lower vertex's and once to
  // place them: a list of every pair (8 bytes each, beside the 4-byte sorted copy) was the peak
  // of summarizing 200 MB of news (issue 10, D8). `number(stem, position)` numbers the word.
  auto for_each_pair = [&](auto&& number, auto&& on_pair) {
    // (position, vertex), oldest first: positions only grow, so the words that left the
    // window are a prefix, skipped by moving `head` (and dropped now and then).
    std::vector<std::pair<std::uint32_t, std::uint32_t>>& recent = buf.recent;
    recent.clear();
    std::size_t head = 0;
    std::uint32_t position = 0;
    for (const sentence& s : ss) {
      if (s.kind != sentence_kind::body) continue;
      if (!opt.cross_sentences) recent.clear(), head = 0;
      for (std::uint32_t k = s.first_token; k < s.last_token; ++k, ++position) {
        if (!(role[k] & vertex)) continue;
        const std::uint32_t v = number(terms[toks[k].term].stem, position);
        const std::size_t held = recent.size();  // read once: on_pair's stores may alias it
        const std::pair<std::uint32_t, std::uint32_t>* const w = recent.data();
        while (head < held && position - w[head].first >= window) ++head;
        for (std::size_t i = head; i < held; ++i)
          if (const std::uint32_t u = w[i].second; u != v) on_pair(std::min(u, v), std::max(u, v));
        if (head >= 64 && 2 * head >= recent.size()) {
          recent.erase(recent.begin(), recent.begin() + static_cast<std::ptrdiff_t>(head));
          head = 0;
        }
        recent.push_back({position, v});
      }
    }
  };
  // The pairs in (lower, higher) vertex order, by counting sorts on small integers. A short
  // text keeps its pairs from one pass and sorts them by the higher vertex, then (stably) by
  // the lower one. A long one generates them a second time instead of keeping them, and sorts
  // each lower vertex's short bucket: a list of every pair (8 bytes each, beside the 4-byte
  // sorted copy) was the peak of summarizing 200 MB of news (issue 10, D8).
  const bool keep_pairs = toks.size() <= small_text_tokens;
  std::vector<std::uint32_t>& bucket = buf.bucket;
  std::vector<std::pair<std::uint32_t, std::uint32_t>>& kept = buf.kept;  // (lower, higher)
  bucket.assign(1, 0);
  kept.clear();
  for_each_pair(
      [&](std::uint32_t stem, std::uint32_t position) {
        if (vertex_of[stem] == UINT32_MAX) {
          vertex_of[stem] = static_cast<std::uint32_t>(teleport.size());
          teleport.push_back(0.0);
          bucket.push_back(0);
        }
        const std::uint32_t v = vertex_of[stem];
        teleport[v] += opt.position_weighted ? 1.0 / (position + 1.0) : 1.0;
        return v;
      },
      [&, keep_pairs](std::uint32_t lo, std::uint32_t hi) {  // a copy: not reloaded per pair
        ++bucket[lo + 1];
        if (keep_pairs) kept.emplace_back(lo, hi);
      });
  const std::size_t n = teleport.size();
  if (n == 0) return {};
  for (std::size_t v = 0; v < n; ++v) bucket[v + 1] += bucket[v];
  const std::size_t total = bucket[n];
  std::vector<std::uint32_t>&higher = buf.higher, &fill = buf.fill;
  higher.resize(total);
  fill.assign(bucket.begin(), bucket.end() - 1);
  // The edges of `lo` are then higher[bucket[lo], fill[lo]), each met times[...] times, in
  // increasing order of the higher vertex.
  word_graph& graph = buf.graph;
  graph.degree.assign(n, 0);
  std::vector<std::uint32_t>& times = buf.times;
  auto add_edge = [&](std::uint32_t lo, std::uint32_t hi) { ++graph.degree[lo], ++graph.degree[hi]; };
  if (keep_pairs) {
    // The pairs' lower vertices grouped by the higher one, then placed in the lower one's
    // bucket group by group: each bucket's higher vertices come out increasing, and the
    // repeats of a pair one after another, so each pair is counted into its edge as placed.
    std::vector<std::uint32_t>&at = buf.at, &lower_by_higher = buf.lower_by_higher;
    at.assign(n + 1, 0);
    lower_by_higher.resize(total);
    for (const auto& [lo, hi] : kept) ++at[hi + 1];
    for (std::size_t v = 0; v < n; ++v) at[v + 1] += at[v];
    for (const auto& [lo, hi] : kept) lower_by_higher[at[hi]++] = lo;  // at[h]: now the end of group h
    times.resize(total);
    for (std::uint32_t hi = 0, k = 0; hi < n; ++hi)
      for (; k < at[hi]; ++k) {
        const std::uint32_t lo = lower_by_higher[k];
        std::uint32_t& f = fill[lo];
        if (f > bucket[lo] && higher[f - 1] == hi) {
          ++times[f - 1];
        } else {
          higher[f] = hi, times[f] = 1, ++f;
          add_edge(lo, hi);
        }
      }
  } else {
    for_each_pair([&](std::uint32_t stem, std::uint32_t) { return vertex_of[stem]; },
                  [&](std::uint32_t lo, std::uint32_t hi) { higher[fill[lo]++] = hi; });
    for (std::size_t v = 0; v < n; ++v)
      std::sort(higher.begin() + bucket[v], higher.begin() + bucket[v + 1]);
    // Each bucket's equal pairs counted into one edge, in place. times holds a count per
    // edge, so it grows with the edges, not with the window's pairs (repeats make far fewer
    // edges than pairs: a long text's peak was this array at full size).
    times.clear();
    std::uint32_t edges = 0, from = 0;
    for (std::uint32_t lo = 0; lo < n; ++lo) {
      const std::uint32_t to = bucket[lo + 1];
      bucket[lo] = edges;
      for (std::uint32_t k = from; k < to;) {
        const std::uint32_t hi = higher[k];
        std::uint32_t e = k + 1;
        while (e < to && higher[e] == hi) ++e;
        higher[edges++] = hi;
        times.push_back(e - k);
        add_edge(lo, hi);
        k = e;
      }
      fill[lo] = edges;
      from = to;
    }
  }
  // The symmetric weight matrix, each row's columns increasing: row r gets its lower
  // neighbours (placed while their own rows were visited) and then its higher ones.
  std::vector<std::uint32_t>& slot = buf.slot;
  group_rows(graph, buf.at, slot);
  {
    std::uint32_t* const col = graph.col.data();
    double* const weight = graph.weight.data();
    std::uint32_t* const at_row = slot.data();
    for (std::uint32_t lo = 0; lo < n; ++lo)
      for (std::uint32_t k = bucket[lo]; k < fill[lo]; ++k) {
        const std::uint32_t hi = higher[k];
        const double w = times[k];
        col[at_row[lo]] = hi, weight[at_row[lo]] = w, at_row[lo] += 4;
        col[at_row[hi]] = lo, weight[at_row[hi]] = w, at_row[hi] += 4;
      }
  }
  pad_rows(graph, slot);
  // A long text's pair arrays go now rather than at the end: the candidates need memory too.
  if (&buf == &own) {
    std::vector<std::uint32_t>().swap(higher);
    std::vector<std::uint32_t>().swap(times);
    std::vector<std::uint32_t>().swap(bucket);
  }
  // SingleRank's walk teleports uniformly; PositionRank's to early and frequent words.
  if (!opt.position_weighted) std::fill(teleport.begin(), teleport.end(), 1.0);
  const std::vector<double>& rank = word_rank(graph, teleport, opt.damping, opt.tolerance, opt.max_iterations, buf.walk);

  // Candidates: maximal runs of phrase words joined by spaces or hyphens (an initialism's
  // periods too), cut back to their last word that may end a phrase. A possessive ends a run
  // ("Reagan's administration" is two things).
  auto gap = [&](std::uint32_t k) { return text.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end); };
  auto linked = [&](std::uint32_t k) {
    if (possessive(raw(k - 1))) return false;
    std::string_view g = gap(k);
    if (initialism[k - 1] && !g.empty() && g[0] == '.') g.remove_prefix(1);
    return joinable(g);
  };
  auto in_phrase = [&](std::uint32_t k, std::uint32_t run, std::uint32_t last) {
    const std::uint8_t r = role[k];
    if (r & (may_modify | may_end)) return true;
    if (r & year) return true;
    if (r & number) return k > run && name[k - 1];
    // A stoplisted word inside a name: capitalised between capitalised words ("Time Warner").
    return (r & stoplisted) && capitalised(raw(k)) && k + 1 < last && name[k + 1] && !(role[k + 1] & stoplisted) &&
           linked(k + 1);
  };
  auto ends = [&](std::uint32_t k, std::uint32_t run) {
    if (role[k] & may_end) return true;
    return (role[k] & (number | year)) && k > run && name[k - 1];
  };
  std::vector<occurrence>&occ = buf.occ, &long_runs = buf.long_runs;
  occ.clear();
  long_runs.clear();
  // A run [first, end) cut back to its last word that may end a phrase: the new end.
  auto cut_back = [&](std::uint32_t first, std::uint32_t end) {
    while (end > first && !ends(end - 1, first)) --end;
    return end;
  };
  // Whether a cut-back run is a candidate: it holds a graph word, and a lone word may stand alone.
  auto candidate_run = [&](std::uint32_t first, std::uint32_t end) {
    bool graph_word = false;
    for (std::uint32_t k = first; k < end; ++k) graph_word = graph_word || (role[k] & vertex);
    return graph_word && (end - first > 1 || (role[first] & may_stand));
  };
  auto flush = [&](std::uint32_t first, std::uint32_t end) {
    end = cut_back(first, end);
    if (end == first) return;
    std::size_t words = 0;
    for (std::uint32_t k = first; k < end; ++k) words += !(initialism[k] && k > first && initialism[k - 1] && gap(k) == ".");
    if (words > max_words) {
      long_runs.push_back({first, end - first, 0});
      return;
    }
    if (candidate_run(first, end)) occ.push_back({first, end - first, 0});
  };
  // A line of one or two words is no sentence: a dateline's place ("TOKYO"), a signature, a
  // "Thank you." Its words still count in the graph; phrases come from prose, and from such
  // lines only when the text has nothing else (a list of words).
  auto runs_of = [&](bool short_lines) {
    for (const sentence& s : ss) {
      if (s.kind != sentence_kind::body || (s.last_token - s.first_token < 3) != short_lines) continue;
      std::uint32_t run = s.first_token;
      for (std::uint32_t k = s.first_token; k < s.last_token; ++k) {
        if (!in_phrase(k, run, s.last_token)) {
          if (k > run) flush(run, k);  // most words outside a phrase follow another
          run = k + 1;
        } else if (k > run && !linked(k)) {
          flush(run, k);
          run = k;
        }
      }
      if (s.last_token > run) flush(run, s.last_token);
    }
  };
  runs_of(false);
  if (occ.empty() && long_runs.empty()) runs_of(true);
  // A text without phrase-sized runs (a word list, one endless sentence) still has keywords:
  // the words of its long runs that may stand alone.
  if (occ.empty())
    for (const occurrence& r : long_runs)
      for (std::uint32_t k = r.first; k < r.first + r.length; ++k)
        if (role[k] & may_stand) occ.push_back({k, 1, 0});
  if (occ.empty()) return {};

  // Group occurrences of the same stem sequence by sorting on a hash of the sequence, then the
  // position; sequences are compared for real inside a run of equal hashes.
  auto stem_at = [&](std::uint32_t k) { return terms[toks[k].term].stem; };
  auto key_of = [&](const occurrence& o) {
    std::uint64_t h = 1469598103934665603ull ^ o.length;
    for (std::uint32_t i = 0; i < o.length; ++i) h = (h ^ stem_at(o.first + i)) * 1099511628211ull;
    return h;
  };
  // A phrase holding a word mostly used as a verb must recur to count as a unit ("oil spill"
  // twice). Said once, the word is the verb of a clause ("the storm hit", "want independence",
  // "islanders want independence"), so the run splits there into the noun phrases around it,
  // each cut back to its last word that may end a phrase.
  {
    auto weak = [&](std::uint32_t k) { return (role[k] & may_end) && !(role[k] & may_stand); };
    auto has_weak = [&](const occurrence& o) {
      if (o.length < 2) return false;
      for (std::uint32_t k = o.first; k < o.first + o.length; ++k)
        if (weak(k)) return true;
      return false;
    };
    std::vector<std::uint64_t>& keys = buf.keys;
    keys.clear();
    for (occurrence& o : occ)
      if (has_weak(o)) keys.push_back(o.key = key_of(o));
    std::sort(keys.begin(), keys.end());
    std::vector<occurrence>& kept = buf.split;
    kept.clear();
    kept.reserve(occ.size());
    auto piece = [&](std::uint32_t begin, std::uint32_t end) {
      end = cut_back(begin, end);
      if (end > begin && candidate_run(begin, end)) kept.push_back({begin, end - begin, 0});
    };
    for (const occurrence& o : occ) {
      if (!has_weak(o)) {
        kept.push_back(o);
        continue;
      }
      auto [lo, hi] = std::equal_range(keys.begin(), keys.end(), o.key);
      if (hi - lo >= 2) {
        kept.push_back(o);
        continue;
      }
      std::uint32_t begin = o.first;
      for (std::uint32_t k = o.first; k < o.first + o.length; ++k)
        if (weak(k)) {
          piece(begin, k);
          begin = k + 1;
        }
      piece(begin, o.first + o.length);
    }
    occ.swap(kept);
  }
  auto seq_less = [&](const occurrence& a, const occurrence& b) {
    if (a.length != b.length) return a.length < b.length;
    for (std::uint32_t i = 0; i < a.length; ++i)
      if (stem_at(a.first + i) != stem_at(b.first + i)) return stem_at(a.first + i) < stem_at(b.first + i);
    return false;
  };
  auto same = [&](const occurrence& a, const occurrence& b) { return !seq_less(a, b) && !seq_less(b, a); };
  for (occurrence& o : occ) o.key = key_of(o);
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
  // A phrase scores the sum of its graph words' scores (each distinct word once).
  std::vector<candidate>& cands = buf.cands;
  cands.clear();
  std::vector<std::uint32_t>& seen = buf.seen;
  for (std::uint32_t k = 0; k < occ.size();) {
    std::uint32_t e = k + 1;
    while (e < occ.size() && occ[e].key == occ[k].key && same(occ[k], occ[e])) ++e;
    candidate c{k, e, 0.0};
    seen.clear();
    for (std::uint32_t i = occ[k].first; i < occ[k].first + occ[k].length; ++i) {
      if (!(role[i] & vertex)) continue;
      const std::uint32_t v = vertex_of[stem_at(i)];
      if (std::find(seen.begin(), seen.end(), v) != seen.end()) continue;
      seen.push_back(v);
      c.score += rank[v];
    }
    cands.push_back(c);
    k = e;
  }

  // Best first (earliest in the text on ties). With drop_contained, a phrase inside a chosen
  // one is not listed again, and a phrase that contains chosen ones takes the first one's place.
  std::sort(cands.begin(), cands.end(), [&](const candidate& a, const candidate& b) {
    return a.score != b.score ? a.score > b.score : occ[a.begin].first < occ[b.begin].first;
  });
  auto stems_of = [&](const candidate& c, std::vector<std::uint32_t>& out) {
    out.clear();
    for (std::uint32_t i = 0; i < occ[c.begin].length; ++i) out.push_back(stem_at(occ[c.begin].first + i));
  };
  auto contains = [](const std::vector<std::uint32_t>& big, const std::vector<std::uint32_t>& small) {
    return std::search(big.begin(), big.end(), small.begin(), small.end()) != big.end();
  };
  std::vector<const candidate*>& chosen = buf.chosen;
  chosen.clear();
  std::vector<std::uint32_t>&mine = buf.mine, &other = buf.other;
  for (const candidate& c : cands) {
    if (chosen.size() >= opt.count) break;
    if (!opt.drop_contained) {
      chosen.push_back(&c);
      continue;
    }
    stems_of(c, mine);
    bool inside = false;
    std::size_t replaced = chosen.size();
    for (std::size_t j = 0; j < chosen.size() && !inside; ++j) {
      stems_of(*chosen[j], other);
      if (contains(other, mine)) inside = true;
      else if (replaced == chosen.size() && contains(mine, other)) replaced = j;
    }
    if (inside) continue;
    if (replaced == chosen.size()) {
      chosen.push_back(&c);
      continue;
    }
    chosen[replaced] = &c;
    // Any later chosen phrase it also contains goes.
    std::size_t keep = replaced + 1;
    for (std::size_t j = replaced + 1; j < chosen.size(); ++j) {
      stems_of(*chosen[j], other);
      if (!contains(mine, other)) chosen[keep++] = chosen[j];
    }
    chosen.resize(keep);
  }

  // Capitalisation per word form, counted away from sentence starts, for the chosen words only.
  std::vector<char>& needed = buf.needed;
  needed.assign(terms.size(), 0);
  for (const candidate* c : chosen)
    for (std::uint32_t i = 0; i < occ[c->begin].length; ++i) needed[toks[occ[c->begin].first + i].term] = 1;
  std::vector<std::uint32_t>&upper = buf.upper, &lower = buf.lower;
  upper.assign(terms.size(), 0);
  lower.assign(terms.size(), 0);
  for (std::uint32_t k = 0; k < toks.size(); ++k) {
    if (!needed[toks[k].term] || starts[k]) continue;
    ++(capitalised(raw(k)) ? upper : lower)[toks[k].term];
  }

  std::vector<keyword> out;
  std::vector<std::uint32_t>& order = buf.order;
  std::string folded;
  for (const candidate* c : chosen) {
    keyword kw;
    kw.score = c->score;
    kw.spans.reserve(c->end - c->begin);
    for (std::uint32_t k = c->begin; k < c->end; ++k)
      kw.spans.push_back({toks[occ[k].first].begin, toks[occ[k].first + occ[k].length - 1].end});
    std::sort(kw.spans.begin(), kw.spans.end(), [](span a, span b) { return a.begin < b.begin; });
    // The most frequent spelling (byte for byte), the earliest on ties.
    order.resize(c->end - c->begin);
    for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    auto spelling = [&](std::uint32_t k) { return kw.spans[k].of(src); };
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
    // The occurrence behind spans[best] (occurrences and spans share text order).
    std::uint32_t first = 0, length = occ[c->begin].length;
    for (std::uint32_t k = c->begin; k < c->end; ++k)
      if (toks[occ[k].first].begin == kw.spans[best].begin) first = occ[k].first;
    // A name is written capitalised wherever it stands: keep the spelling. Otherwise rebuild it
    // word by word, a word keeping its capitals only if never seen in lower case away from a
    // sentence start ("UK economy", "profits").
    // Seen only at sentence starts, it is judged word by word.
    bool is_name = true, inside = false;
    for (std::uint32_t k = c->begin; k < c->end && is_name; ++k) {
      if (starts[occ[k].first]) continue;
      inside = true;
      for (std::uint32_t i = occ[k].first; i < occ[k].first + occ[k].length; ++i)
        is_name = is_name && capitalised(raw(i));
    }
    is_name = is_name && inside;
    for (std::uint32_t k = first; k < first + length; ++k) {
      if (k > first) {
        std::string_view g = gap(k);
        if (initialism[k - 1] && !g.empty() && g[0] == '.') {
          kw.term += '.';
          g.remove_prefix(1);
          if (!g.empty() && g.find('-') == std::string_view::npos) kw.term += ' ';
        } else {
          kw.term += g.find('-') != std::string_view::npos ? "-" : " ";
        }
      }
      std::string_view word = raw(k);
      // "Donald Sterling's" reads as the name without its possessive (the span keeps it).
      if (k + 1 == first + length && word.size() > 3) {
        if (word.ends_with("'s")) word.remove_suffix(2);
        else if (word.ends_with("\xE2\x80\x99s")) word.remove_suffix(4);
      }
      if (is_name || initialism[k] || lower[toks[k].term] == 0) {
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
