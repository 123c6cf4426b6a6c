// Sentence graph, TextRank and selection: behaviour on real and degenerate inputs.
#include <precis/summarize/keywords.hpp>
#include <precis/summarize/textrank.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <set>
#include <string>
#include <vector>

using namespace precis;

namespace {

document doc(std::string text) { return document::from_string(std::move(text)); }

const similarity all_similarities[] = {similarity::overlap, similarity::bm25, similarity::cosine};

/// Finite, non-negative, summing to 1 over the non-metadata sentences (or all 0 without any).
void require_distribution(const document& d, const std::vector<double>& s) {
  REQUIRE(s.size() == d.sentences().size());
  double sum = 0;
  bool any = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    REQUIRE(std::isfinite(s[i]));
    REQUIRE(s[i] >= 0);
    if (d.sentences()[i].kind != sentence_kind::body) REQUIRE(s[i] == 0);
    else any = true;
    sum += s[i];
  }
  REQUIRE(sum == Approx(any ? 1.0 : 0.0).margin(1e-9));
}

/// A distinct alphabetic word for every n (numbers are not content words).
std::string word(std::size_t n) {
  std::string w = "w";
  do {
    w += static_cast<char>('a' + n % 26);
    n /= 26;
  } while (n);
  return w;
}

/// Deterministic pseudo-random prose: `sentences` sentences of 8-16 words from a skewed
/// vocabulary of `vocab` words (a few very frequent, most rare, like real text).
std::string synthetic(std::size_t sentences, std::size_t vocab, std::uint64_t seed = 42) {
  std::string out;
  std::uint64_t x = seed;
  auto next = [&] {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<double>(x >> 11) / 9007199254740992.0;
  };
  for (std::size_t s = 0; s < sentences; ++s) {
    const auto len = 8 + static_cast<std::size_t>(next() * 9);
    for (std::size_t k = 0; k < len; ++k) {
      const double u = next();
      std::string w = word(static_cast<std::size_t>(u * u * u * static_cast<double>(vocab)));
      if (k == 0) w[0] = 'W';
      out += w;
      out += k + 1 < len ? " " : ". ";
    }
    if (s % 5 == 4) out += "\n\n";
  }
  return out;
}

const char* news =
    "The city council approved a new budget for public schools on Monday. "
    "The budget adds money for teachers and for school buildings. "
    "Council members argued for hours about the school budget. "
    "Teachers welcomed the extra money for schools. "
    "The mayor said the budget was the largest in the city's history. "
    "Some residents worried about higher taxes. "
    "A vote on the transport plan was postponed until next month.";

}  // namespace

TEST_CASE("summarize: an empty text has no score, no summary and no keyword", "[summarize]") {
  for (const char* text : {"", "   \n\n  \t", "... --- !!! ???"}) {
    document d = doc(text);
    for (similarity sim : all_similarities) {
      rank_options o;
      o.sim = sim;
      rank_stats st;
      auto s = rank_sentences(d, o, &st);
      REQUIRE(s.size() == d.sentences().size());
      for (double x : s) REQUIRE(std::isfinite(x));
      REQUIRE(st.edges == 0);
      REQUIRE(select_sentences(d, s).empty());
    }
    REQUIRE(extract_keywords(d).empty());
  }
}

TEST_CASE("summarize: one sentence gets all the mass and is the summary", "[summarize]") {
  document d = doc("The council approved the budget for schools.");
  REQUIRE(d.sentences().size() == 1);
  for (similarity sim : all_similarities) {
    rank_options o;
    o.sim = sim;
    auto s = rank_sentences(d, o);
    REQUIRE(s == std::vector<double>{1.0});
    auto picked = select_sentences(d, s);
    REQUIRE(picked.size() == 1);
    CHECK(picked[0].index == 0);
    CHECK(picked[0].rank == 1);
    CHECK(picked[0].score == 1.0);
  }
}

TEST_CASE("summarize: scores are a probability distribution for every similarity", "[summarize]") {
  document d = doc(news);
  REQUIRE(d.sentences().size() == 7);
  for (similarity sim : all_similarities)
    for (double decay : {0.0, 1.0})
      for (auto [earlier, later] : {std::pair{1.0, 0.0}, {1.0, 1.0}, {0.0, 1.0}, {0.0, 0.0}})
        for (double beta : {0.0, 0.6}) {
          rank_options o;
          o.sim = sim;
          o.position_decay = decay;
          o.earlier_weight = earlier;
          o.later_weight = later;
          o.beta = beta;
          rank_stats st;
          auto s = rank_sentences(d, o, &st);
          require_distribution(d, s);
          CHECK(st.converged);
          CHECK(st.iterations < o.max_iterations);
        }
}

TEST_CASE("summarize: the budget sentences outrank the off-topic one", "[summarize]") {
  document d = doc(news);
  for (similarity sim : all_similarities) {
    rank_options o;  // classic, position-blind TextRank: centrality alone decides
    o.sim = sim;
    o.position_decay = 0;
    o.earlier_weight = o.later_weight = 1;
    auto s = rank_sentences(d, o);
    // "A vote on the transport plan..." shares no content word with the rest: it is dangling
    // and keeps only the teleport share, the minimum.
    CHECK(s[6] == *std::min_element(s.begin(), s.end()));
    CHECK(s[1] > s[6]);
  }
}

TEST_CASE("summarize: ranking is deterministic bit for bit", "[summarize]") {
  const std::string text = synthetic(3000, 1500);
  document a = doc(text), b = doc(text);
  for (similarity sim : all_similarities) {
    rank_options o;
    o.sim = sim;
    auto s1 = rank_sentences(a, o), s2 = rank_sentences(a, o), s3 = rank_sentences(b, o);
    REQUIRE(s1 == s2);  // exact equality of doubles, not Approx
    REQUIRE(s1 == s3);
    auto p1 = select_sentences(a, s1, {.sentences = 10}), p2 = select_sentences(b, s3, {.sentences = 10});
    REQUIRE(p1.size() == 10);
    for (std::size_t i = 0; i < p1.size(); ++i) {
      CHECK(p1[i].index == p2[i].index);
      CHECK(p1[i].rank == p2[i].rank);
    }
  }
  auto k1 = extract_keywords(a), k2 = extract_keywords(b);
  REQUIRE(k1.size() == k2.size());
  for (std::size_t i = 0; i < k1.size(); ++i) {
    CHECK(k1[i].term == k2[i].term);
    CHECK(k1[i].score == k2[i].score);
    CHECK(k1[i].spans == k2[i].spans);
  }
}

TEST_CASE("summarize: metadata sentences score 0 and are never selected", "[summarize]") {
  document d = doc(
      "BEIJING, Dec. 11 (Xinhua) -- China and France signed a trade deal on Monday. The trade deal "
      "covers aircraft and wine. France will export more wine to China.\n\n(Web editor: Li Yan)");
  std::vector<std::size_t> meta;
  for (std::size_t i = 0; i < d.sentences().size(); ++i)
    if (d.sentences()[i].kind == sentence_kind::meta) meta.push_back(i);
  REQUIRE(meta.size() == 2);  // the dateline and the editor line
  auto s = rank_sentences(d);
  require_distribution(d, s);
  auto picked = select_sentences(d, s, {.sentences = 100, .redundancy = 0});
  CHECK(picked.size() == d.sentences().size() - meta.size());
  for (const auto& p : picked) CHECK(d.sentences()[p.index].kind != sentence_kind::meta);
  // Even with scores that favour them.
  std::vector<double> favour(d.sentences().size(), 0.1);
  for (std::size_t m : meta) favour[m] = 100;
  for (const auto& p : select_sentences(d, favour, {.sentences = 1}))
    CHECK(d.sentences()[p.index].kind != sentence_kind::meta);
  for (const auto& k : extract_keywords(d)) CHECK(k.term.find("Yan") == std::string::npos);
}

TEST_CASE("summarize: sentences sharing nothing are dangling; the prior alone orders them", "[summarize]") {
  document d = doc("Apples grow slowly. Bridges rust quietly. Cats sleep often. Dogs bark loudly.");
  REQUIRE(d.sentences().size() == 4);
  for (similarity sim : all_similarities) {
    rank_options o;
    o.sim = sim;
    o.position_decay = 0;
    rank_stats st;
    auto s = rank_sentences(d, o, &st);
    CHECK(st.edges == 0);
    for (double x : s) CHECK(x == Approx(0.25).margin(1e-12));
    o.position_decay = 1;
    s = rank_sentences(d, o);
    require_distribution(d, s);
    CHECK(s[0] > s[1]);
    CHECK(s[1] > s[2]);
    CHECK(s[2] > s[3]);
  }
}

TEST_CASE("summarize: direction decides who collects the votes", "[summarize]") {
  document d = doc(
      "The river flooded the valley. Valley farmers watched the river rise. The river destroyed valley "
      "roads. Valley schools closed early. The river receded slowly.");
  REQUIRE(d.sentences().size() == 5);
  for (similarity sim : all_similarities) {
    rank_options o;
    o.sim = sim;
    o.position_decay = 0;
    o.lexrank_threshold = 0;
    o.earlier_weight = 1, o.later_weight = 0;  // later sentences vote for earlier ones
    auto back = rank_sentences(d, o);
    o.earlier_weight = 0, o.later_weight = 1;
    auto fwd = rank_sentences(d, o);
    CHECK(back[0] > back[4]);
    CHECK(fwd[4] > fwd[0]);
  }
}

TEST_CASE("summarize: a term in too many sentences makes no edge; kept, it links all pairs", "[summarize]") {
  std::string text;
  const std::size_t n = 100;
  for (std::size_t i = 0; i < n; ++i) text += "Harbour " + word(2 * i) + " " + word(2 * i + 1) + ". ";
  document d = doc(text);
  REQUIRE(d.sentences().size() == n);
  rank_options o;
  o.sim = similarity::overlap;
  o.structure = precis::structure_mode::flat;  // long enough to be ranked sectioned otherwise
  o.earlier_weight = o.later_weight = 1;
  rank_stats st;
  auto s = rank_sentences(d, o, &st);
  require_distribution(d, s);
  CHECK(st.edges == 0);
  CHECK(st.pair_updates == 0);
  CHECK(st.terms_pruned == 1);
  o.max_df_ratio = 1;  // keep it: every pair shares it, once
  s = rank_sentences(d, o, &st);
  require_distribution(d, s);
  CHECK(st.edges == n * (n - 1));
  CHECK(st.pair_updates == n * (n - 1) / 2);
  CHECK(st.terms_used == 1);
}

TEST_CASE("summarize: the graph's work stays within its budget on long text", "[summarize]") {
  const std::string text = synthetic(20000, 4000);
  document d = doc(text);
  const std::size_t n = d.sentences().size();
  REQUIRE(n > 19900);  // a few generated words read as abbreviations: sentences merge
  for (similarity sim : all_similarities) {
    rank_options o;
    o.sim = sim;
    rank_stats st;
    auto t0 = std::chrono::steady_clock::now();
    auto s = rank_sentences(d, o, &st);
    auto picked = select_sentences(d, s, {.ratio = 0.05});
    double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    require_distribution(d, s);
    CHECK(st.pair_updates <= std::max<std::size_t>(1 << 20, o.pair_budget * n));
    CHECK(st.terms_pruned > 0);  // the frequent words went
    CHECK(picked.size() == (n + 19) / 20);
    CHECK(sec < 20);  // seconds even unoptimised; ~0.1 s in Release
  }
}

TEST_CASE("summarize: 100000 identical sentences", "[summarize]") {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "The committee approved the annual budget for schools. ";
  document d = doc(text);
  REQUIRE(d.sentences().size() == 100000);
  for (similarity sim : all_similarities) {
    rank_options o;
    o.sim = sim;
    rank_stats st;
    auto s = rank_sentences(d, o, &st);
    require_distribution(d, s);
    CHECK(st.pair_updates == 0);  // every word is in every sentence: nothing discriminates
    CHECK(std::is_sorted(s.rbegin(), s.rend()));  // the prior alone: earliest first
    o.position_decay = 0;
    o.structure = precis::structure_mode::flat;  // one global prior, now uniform
    s = rank_sentences(d, o);
    CHECK(s.front() == Approx(1.0 / 100000));
    CHECK(s.back() == Approx(1.0 / 100000));
    // A summary never repeats itself: one sentence, however many are asked for.
    auto picked = select_sentences(d, s, {.sentences = 5});
    REQUIRE(picked.size() == 1);
    CHECK(picked[0].rank == 1);
  }
  auto kws = extract_keywords(d);
  REQUIRE(!kws.empty());
  for (const auto& k : kws) {
    CHECK(std::isfinite(k.score));
    CHECK(k.spans.size() == 100000);
  }
}

TEST_CASE("summarize: text without words, only numbers and punctuation", "[summarize]") {
  document d = doc("12 345. 6.7 -- 89! 2024 (3) 4/5. 12 345.");
  REQUIRE(d.sentences().size() == 4);
  for (similarity sim : all_similarities) {
    rank_options o;
    o.sim = sim;
    rank_stats st;
    auto s = rank_sentences(d, o, &st);
    require_distribution(d, s);
    CHECK(st.edges == 0);
    CHECK(select_sentences(d, s).size() == 1);  // one unit of four words; the rest are fragments
    auto picked = select_sentences(d, s, {.min_words = 1});
    CHECK(picked.size() == 3);  // "12 345." is said twice: once is enough
  }
  CHECK(extract_keywords(d).empty());
}

TEST_CASE("summarize: one sentence of 10 MB", "[summarize]") {
  std::string text;
  text.reserve(10 << 20);
  for (std::size_t i = 0; text.size() < (10u << 20); ++i) {
    text += word(i % 5000);
    text += ' ';
  }
  auto t0 = std::chrono::steady_clock::now();
  document d = doc(text);
  auto s = rank_sentences(d);
  auto picked = select_sentences(d, s);
  auto kws = extract_keywords(d);
  double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  require_distribution(d, s);
  REQUIRE(!picked.empty());
  REQUIRE(!kws.empty());
  for (const auto& k : kws) {
    CHECK(std::isfinite(k.score));
    for (span sp : k.spans) CHECK(sp.end <= d.source().size());
  }
  CHECK(sec < 60);
}

TEST_CASE("summarize: select honours counts, ratio and word budget, in document order", "[summarize]") {
  document d = doc(news);
  auto s = rank_sentences(d);
  auto check_order = [](const std::vector<ranked_sentence>& p) {
    std::set<std::size_t> ranks;
    for (std::size_t i = 0; i < p.size(); ++i) {
      if (i) CHECK(p[i - 1].index < p[i].index);
      ranks.insert(p[i].rank);
    }
    CHECK(ranks.size() == p.size());
    if (!p.empty()) {
      CHECK(*ranks.begin() == 1);
      CHECK(*ranks.rbegin() == p.size());
    }
  };
  auto p = select_sentences(d, s);  // nothing set: 3 sentences
  CHECK(p.size() == 3);
  check_order(p);
  p = select_sentences(d, s, {.sentences = 5});
  CHECK(p.size() == 5);
  check_order(p);
  p = select_sentences(d, s, {.ratio = 0.3});  // ceil(0.3 x 7) = 3
  CHECK(p.size() == 3);
  p = select_sentences(d, s, {.ratio = 0.01});
  CHECK(p.size() == 1);
  p = select_sentences(d, s, {.sentences = 2, .ratio = 0.9});  // the tightest wins
  CHECK(p.size() == 2);
  for (std::size_t budget : {5u, 12u, 25u, 40u}) {
    p = select_sentences(d, s, {.words = budget});
    std::size_t words = 0;
    for (const auto& r : p) words += d.sentences()[r.index].last_token - d.sentences()[r.index].first_token;
    CHECK(words <= budget);
    check_order(p);
  }
  CHECK(select_sentences(d, s, {.words = 12}).size() >= 1);
  CHECK(select_sentences(d, s, {.words = 3}).empty());  // no sentence is that short
}

TEST_CASE("summarize: select uses the caller's scores, ranks by them, and survives bad ones", "[summarize]") {
  document d = doc(news);
  std::vector<double> scores{0.1, 0.5, 0.2, 0.9, 0.05, 0.3, 0.0};
  // Plain score order: no redundancy control, no length normalisation, no substance prior.
  auto p = select_sentences(d, scores, {.sentences = 3, .redundancy = 0, .length_exponent = 0, .substance_weight = 0});
  REQUIRE(p.size() == 3);
  CHECK(p[0].index == 1);
  CHECK(p[0].rank == 2);
  CHECK(p[0].score == 0.5);
  CHECK(p[1].index == 3);
  CHECK(p[1].rank == 1);
  CHECK(p[2].index == 5);
  CHECK(p[2].rank == 3);
  // NaN and missing scores count as the lowest; nothing crashes.
  std::vector<double> bad{NAN, 1.0, INFINITY};
  p = select_sentences(d, bad, {.sentences = 2, .redundancy = 0, .length_exponent = 0, .substance_weight = 0});
  REQUIRE(p.size() == 2);
  CHECK(p[0].index == 0);  // equal (lowest) relevance after the one finite score: earliest
  CHECK(p[1].index == 1);
  CHECK(p[1].rank == 1);
  CHECK(select_sentences(d, {}).size() == 3);
}

TEST_CASE("summarize: MMR passes over a near-duplicate", "[summarize]") {
  document d = doc(
      "The central bank raised interest rates to fight inflation. "
      "The central bank raised interest rates sharply to fight inflation. "
      "Unemployment fell in the northern regions last year. "
      "Tourism recovered slowly this spring.");
  std::vector<double> scores{1.0, 0.95, 0.6, 0.0};
  auto p = select_sentences(d, scores, {.sentences = 2, .redundancy = 0, .length_exponent = 0, .substance_weight = 0});
  REQUIRE(p.size() == 2);
  CHECK(p[1].index == 1);
  p = select_sentences(d, scores, {.sentences = 2, .substance_weight = 0});  // default redundancy
  REQUIRE(p.size() == 2);
  CHECK(p[0].index == 0);
  CHECK(p[1].index == 2);
}

TEST_CASE("summarize: headings are not ranked, and selected only on request", "[summarize]") {
  document d = doc(
      "Economic Outlook\n\nThe economy grew by two percent last year. Analysts expect faster growth.\n\n"
      "Trade Relations\n\nExports to Asia doubled over the decade.");
  REQUIRE(d.sentences()[0].kind == sentence_kind::heading);
  auto s = rank_sentences(d);
  CHECK(s[0] == 0);  // a heading is no vertex of the graph: it neither takes nor gives votes
  CHECK(s[1] > 0);
  for (const auto& p : select_sentences(d, s, {.sentences = 10}))
    CHECK(d.sentences()[p.index].kind == sentence_kind::body);
  CHECK(select_sentences(d, s, {.sentences = 10, .headings = true}).size() == 5);
}
