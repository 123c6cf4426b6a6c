// Scaling and throughput of the summarizer: documents concatenated to 1,000 ... 100,000
// sentences (document building, rank, select and keywords timed separately, with peak RSS),
// 100,000 identical sentences, and MB/s over the documents one by one (text in -> selected
// sentences + keywords out), one thread; writes seconds and memory against sentences as a
// log-log SVG plot. See --help.
#include <precis/summarize/keywords.hpp>
#include <precis/summarize/textrank.hpp>
#include <precis/text/document.hpp>

#include "bench_common.hpp"
#include "svg_plot.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using clock_type = std::chrono::steady_clock;

double since(clock_type::time_point t0) {
  return std::chrono::duration<double>(clock_type::now() - t0).count();
}

double peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // Linux: KiB
}

struct timing {
  double build = 0, rank = 0, select = 0, keywords = 0;
  double total() const { return build + rank + select + keywords; }
};

/// Runs the whole summarizer on `text`; returns the output size so nothing is optimised away.
std::size_t summarize(std::string text, timing& t, precis::rank_stats* stats = nullptr,
                      std::size_t* sentences = nullptr) {
  auto t0 = clock_type::now();
  precis::document d = precis::document::from_string(std::move(text));
  t.build += since(t0);
  t0 = clock_type::now();
  std::vector<double> scores = precis::rank_sentences(d, {}, stats);
  t.rank += since(t0);
  t0 = clock_type::now();
  auto picked = precis::select_sentences(d, scores, {});
  std::size_t out = 0;
  for (const auto& r : picked) out += d.text(d.sentences()[r.index].src).size();
  t.select += since(t0);
  t0 = clock_type::now();
  for (const auto& k : precis::extract_keywords(d)) out += k.term.size() + k.spans.size();
  t.keywords += since(t0);
  if (sentences) *sentences = d.sentences().size();
  return out;
}

}  // namespace

static const char* usage =
    "usage: bench_scaling [--max-sentences 100000] [--svg scaling.svg] [FILE|DIR|FILE.jsonl]...\n"
    "Summarizer cost against document length: the inputs concatenated to 1,000 ... 100,000\n"
    "sentences (x3 steps), one thread; a Markdown table on stdout and a log-log SVG plot of\n"
    "seconds and peak memory against sentences. Without inputs: the BBC set in ../shared when\n"
    "present, else the repository's own texts.\n";

int main(int argc, char** argv) {
  return precis::bench::guarded("bench_scaling", [&] {
  auto cl = precis::bench::parse(argc, argv, usage, {"max-sentences", "svg"});
  const auto max_sentences = static_cast<std::size_t>(cl.number("max-sentences", 100000));
  const std::string svg = cl.text("svg", "scaling.svg");
  std::vector<std::string> articles;
  std::vector<std::size_t> article_sentences;
  double bytes = 0;
  for (auto& d : precis::bench::inputs_or_default(cl, "eval/bbc_news_summary.jsonl")) {
    bytes += static_cast<double>(d.text.size());
    articles.push_back(std::move(d.text));
  }
  if (articles.empty()) return std::fprintf(stderr, "bench_scaling: no input documents\n"), 1;

  // Throughput over the documents, one by one (best of 3: the machine is shared).
  double best = 1e300;
  for (int run = 0; run < 3; ++run) {
    timing t;
    std::size_t out = 0;
    article_sentences.clear();
    for (const auto& a : articles) {
      std::size_t n = 0;
      out += summarize(a, t, nullptr, &n);
      article_sentences.push_back(n);
    }
    if (t.total() < best) {
      best = t.total();
      std::printf("%zu documents, %.2f MB: build %.3f s, rank %.3f s, select %.3f s, keywords %.3f s"
                  " = %.3f s, %.1f MB/s (output %zu bytes)\n",
                  articles.size(), bytes / 1e6, t.build, t.rank, t.select, t.keywords, t.total(),
                  bytes / 1e6 / t.total(), out);
    }
  }

  // One long document: articles concatenated (blank line between) up to n sentences.
  std::printf("\n| sentences | MB | edges | pair updates | iterations | build s | rank s | select s | keywords s | total s | peak RSS MiB |\n");
  std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
  std::vector<double> xs, secs, mibs;
  for (std::size_t step = 0, target = 1000; target <= max_sentences;
       target = ++step % 2 ? target * 3 : target / 3 * 10) {
    std::string text;
    for (std::size_t have = 0, k = 0; have < target; ++k) {
      text += articles[k % articles.size()];
      text += "\n\n";
      have += article_sentences[k % articles.size()];
    }
    const double mb = static_cast<double>(text.size()) / 1e6;
    timing t;
    precis::rank_stats st;
    std::size_t n = 0;
    summarize(std::move(text), t, &st, &n);
    std::printf("| %zu | %.1f | %zu | %zu | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f |\n", n, mb, st.edges,
                st.pair_updates, st.iterations, t.build, t.rank, t.select, t.keywords, t.total(), peak_rss_mib());
    xs.push_back(static_cast<double>(n));
    secs.push_back(t.total());
    mibs.push_back(peak_rss_mib());
  }
  // Growth exponent k of seconds ~ sentences^k between the first (1,000) and the last step:
  // 1 is linear, 2 quadratic.
  if (xs.size() >= 2 && secs.front() > 0 && secs.back() > 0 && xs.back() > xs.front()) {
    const double k = std::log(secs.back() / secs.front()) / std::log(xs.back() / xs.front());
    std::printf("\ngrowth exponent between %.0f and %.0f sentences: %.2f (seconds ~ sentences^%.2f); "
                "peak RSS %.0f MiB\n",
                xs.front(), xs.back(), k, k, *std::max_element(mibs.begin(), mibs.end()));
  }
  if (!svg.empty()) {
    bool ok = precis::bench::write_loglog_svg(svg, "precis summarize: one document of n sentences, one thread",
                                              "sentences", xs, {"seconds", "#1f5fbf", secs},
                                              {"peak RSS, MiB", "#c0392b", mibs});
    std::fprintf(stderr, ok ? "plot: %s\n" : "bench_scaling: cannot write %s\n", svg.c_str());
  }

  // The degenerate case: every sentence the same.
  {
    std::string text;
    for (std::size_t i = 0; i < max_sentences; ++i) text += "The committee approved the annual budget for schools. ";
    timing t;
    precis::rank_stats st;
    std::size_t n = 0;
    summarize(std::move(text), t, &st, &n);
    std::printf("| %zu identical | %.1f | %zu | %zu | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f |\n", n,
                5.5 * static_cast<double>(n) / 100000, st.edges, st.pair_updates, st.iterations, t.build, t.rank,
                t.select, t.keywords, t.total(), peak_rss_mib());
  }
  return 0;
  });
}
