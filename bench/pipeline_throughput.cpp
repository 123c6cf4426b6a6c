// Whole pipeline (text in → structured summary out: document, extraction, ranking, selection,
// keywords, metadata) over every article of the BBC set, one core; MB/s and documents/s, then
// the time split per stage (µs per document, % of the total) for the set, for the seed
// statements and for one 100,000-sentence document. With PRECIS_HAVE_OTS, the Open Text
// Summarizer (libots) runs on the same articles in the same process, and the ratio is
// reported. See --help.
#include <precis/extract/extract.hpp>
#include <precis/format.hpp>
#include <precis/summarize/summary.hpp>

#include "bench_common.hpp"
#include "summarize/meta.hpp"
#include "summarize/sentence_graph.hpp"
#include "text/html.hpp"
#include "text/layout.hpp"
#include "text/layout_model.hpp"
#include "text/markdown.hpp"

#include <array>
#include <chrono>
#include <ctime>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

#ifdef PRECIS_HAVE_OTS
extern "C" {
#include <ots/libots.h>
}
#endif

static const char* usage =
    "usage: bench_pipeline_throughput [--runs 3] [--sentences 7] [--no-ots] [--no-split] [--no-long]\n"
    "                                 [--long-sentences 100000] [FILE|DIR|FILE.jsonl]...\n"
    "Whole pipeline (text in, structured summary out), one document per input, one core: MB/s\n"
    "and documents/s; then the split per stage in microseconds per document and % of the total\n"
    "(thread CPU time, best of --runs for each stage) for the inputs, and (unless --no-long) for the seed\n"
    "statements and one document of --long-sentences sentences made of the inputs. Without\n"
    "inputs: the BBC set in ../shared when present, else the repository's own texts. With libots\n"
    "built in, the Open Text Summarizer on the same texts.\n";

namespace {

// This thread's CPU time: the machine a bench runs on is often shared, and waiting for a core
// is not the pipeline's cost (wall time is what the headline reports).
struct cpu_clock {
  using time_point = double;
  static double now() noexcept {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
  }
};
using clock_type = cpu_clock;

/// The pipeline's stages as precis::summarize runs them. The document is built in one pass, so
/// its three parts are measured by running layout and sentence splitting alone: `tokens` is
/// the rest of document building (tokens, stems, term ids, metadata lines, sections).
enum stage : std::size_t { layout, sentences, tokens, extraction, graph, ranking, selection, keywords, metadata,
                           output, stage_count };
constexpr const char* stage_names[stage_count] = {"layout", "sentences", "tokens", "extraction", "sentence graph",
                                                  "ranking", "selection", "keywords", "metadata", "output"};
using stage_times = std::array<double, stage_count>;  // seconds, summed over the documents

/// Runs every stage of the pipeline on each text once, timing each; returns a checksum so that
/// nothing is optimised away.
std::size_t run_stages(const std::vector<std::string>& texts, const std::vector<precis::input_format>& formats,
                       const precis::summary_options& opt, stage_times& t) {
  namespace d = precis::detail;
  t.fill(0);
  std::size_t check = 0;
  std::vector<precis::span> spans;
  auto tick = [](clock_type::time_point& at) {
    auto now = clock_type::now();
    double s = now - at;
    at = now;
    return s;
  };
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::string& text = texts[i];
    auto at = clock_type::now();
    // Layout alone (the format's reader and the layout model), then sentence splitting alone.
    const precis::input_format fmt = formats[i];
    d::layout_result lay = fmt == precis::input_format::markdown ? d::read_markdown(text, 0)
                           : fmt == precis::input_format::html   ? d::read_html(text, 0)
                                                                 : d::analyse_layout(text, opt.load.pdf_cleanup);
    std::string_view clean = lay.clean.empty() ? std::string_view(text) : std::string_view(lay.clean);
    d::refine_blocks(text, clean, fmt, lay.blocks);
    t[layout] += tick(at);
    spans.clear();
    for (const auto& b : lay.blocks) d::split_sentences(clean, b.begin, b.end, spans);
    check += spans.size();
    t[sentences] += tick(at);
    precis::document doc = precis::document::from_string(text, "<string>", opt.load);
    t[tokens] += tick(at);  // the whole document; layout and sentences are subtracted below
    precis::summary out;
    if (opt.enumerations) out.enumerations = precis::extract(doc);
    t[extraction] += tick(at);
    d::sentence_bags bags = d::collect_bags(doc);
    d::postings index = d::invert(bags, doc.stems().size());
    d::sparse_matrix w = d::build_sentence_graph(bags, index, opt.rank);
    check += static_cast<std::size_t>(w.nonZeros());
    t[graph] += tick(at);
    // PageRank with the flat position prior (a sectioned document's prior costs the same).
    std::vector<double> pr = d::pagerank(w, d::position_prior(bags.vertices(), opt.rank.position_decay),
                                         opt.rank.damping, opt.rank.tolerance, opt.rank.max_iterations);
    check += pr.size();
    t[ranking] += tick(at);
    std::vector<double> scores = precis::rank_sentences(doc, opt.rank);  // the real scores, untimed
    tick(at);
    precis::select_options sel = opt.select;
    for (const auto& r : precis::select_sentences(doc, scores, sel)) {
      const auto& s = doc.sentences()[r.index];
      out.sentences.push_back({r.index, r.rank, r.score, doc.text(s.src), s.src, std::nullopt});
    }
    t[selection] += tick(at);
    out.keywords = precis::extract_keywords(doc, opt.keywords);
    t[keywords] += tick(at);
    out.meta = precis::find_meta(doc);
    check += d::turn_speakers(doc).size();
    t[metadata] += tick(at);
    for (const auto& h : doc.headings()) out.headings.push_back({h.text, h.level, h.src});
    check += precis::summary_to_json("", out).size();
    t[output] += tick(at);
  }
  t[tokens] -= t[layout] + t[sentences];
  for (double& x : t) x = std::max(x, 0.0);
  return check;
}

/// The split as a Markdown table: best of `runs` for each stage, µs per document and % of total.
void print_split(const char* what, const std::vector<std::string>& texts, const precis::summary_options& opt,
                 int runs) {
  if (texts.empty()) return;
  stage_times best;
  best.fill(1e300);
  std::size_t bytes = 0;
  std::vector<precis::input_format> formats;
  for (const auto& t : texts) {
    bytes += t.size();
    formats.push_back(precis::document::from_string(t, "<string>", opt.load).format());
  }
  for (int r = 0; r < std::max(runs, 1); ++r) {
    stage_times t;
    run_stages(texts, formats, opt, t);
    for (std::size_t k = 0; k < stage_count; ++k) best[k] = std::min(best[k], t[k]);
  }
  double total = 0;
  for (double x : best) total += x;
  const double n = static_cast<double>(texts.size());
  std::printf("\nsplit per stage: %s (%zu documents, %.2f MB; thread CPU time, best of %d per stage)\n\n", what, texts.size(),
              static_cast<double>(bytes) / 1e6, runs);
  std::printf("| stage | µs/doc | %% |\n|---|---:|---:|\n");
  for (std::size_t k = 0; k < stage_count; ++k)
    std::printf("| %s | %.1f | %.1f |\n", stage_names[k], best[k] / n * 1e6, total > 0 ? 100 * best[k] / total : 0.0);
  std::printf("| total | %.1f | 100 | (= %.1f MB/s)\n", total / n * 1e6,
              total > 0 ? static_cast<double>(bytes) / 1e6 / total : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  return precis::bench::guarded("bench_pipeline_throughput", [&] {
  auto cl = precis::bench::parse(argc, argv, usage, {"runs", "sentences", "long-sentences"}, {"no-ots", "no-split", "no-long"});
  int runs = static_cast<int>(cl.number("runs", 3));
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (auto& d : precis::bench::inputs_or_default(cl, "eval/bbc_news_summary.jsonl")) {
    bytes += d.text.size();
    texts.push_back(std::move(d.text));
  }
  if (texts.empty()) return std::fprintf(stderr, "no input documents\n"), 1;
  precis::summary_options opt;
  opt.select.sentences = static_cast<std::size_t>(cl.number("sentences", 7));
  opt.load.repair = true;
  std::size_t chosen = 0;
  double s = precis::bench::best_seconds(runs, [&] {
    chosen = 0;
    for (const auto& t : texts) chosen += precis::summarize(std::string_view(t), opt).sentences.size();
  });
  double mb = static_cast<double>(bytes) / 1e6;
  std::printf("precis summarize: %zu documents, %.2f MB in %.3f s (best of %d) = %.1f MB/s, %.0f docs/s; %zu sentences chosen\n",
              texts.size(), mb, s, runs, mb / s, static_cast<double>(texts.size()) / s, chosen);
  if (!cl.has("no-split")) {
    print_split("the inputs", texts, opt, runs);
    if (!cl.has("no-long")) {
      std::vector<std::string> seeds;
      for (auto& d : precis::bench::shared_texts("seeds")) seeds.push_back(std::move(d.text));
      print_split("the seed statements (../shared/seeds)", seeds, opt, runs);
      // One long document: the inputs concatenated (blank line between) to n sentences.
      const auto want = static_cast<std::size_t>(cl.number("long-sentences", 100000));
      std::string big;
      for (std::size_t have = 0, k = 0; have < want; ++k) {
        const std::string& t = texts[k % texts.size()];
        const std::size_t before = precis::document::from_string(t, "<string>", opt.load).sentences().size();
        if (before == 0 && k >= texts.size()) break;  // inputs without sentences: stop
        (big += t) += "\n\n";
        have += before;
      }
      const std::size_t n = precis::document::from_string(big, "<string>", opt.load).sentences().size();
      char what[96];
      std::snprintf(what, sizeof what, "one document of %zu sentences (the inputs concatenated)", n);
      print_split(what, {big}, opt, std::min(runs, 2));
    }
  }
#ifdef PRECIS_HAVE_OTS
  if (cl.has("no-ots")) return 0;
  double o = precis::bench::best_seconds(runs, [&] {
    for (const auto& t : texts) {
      OtsArticle* art = ots_new_article();
      ots_load_xml_dictionary(art, reinterpret_cast<const unsigned char*>("en"));
      ots_parse_stream(reinterpret_cast<const unsigned char*>(t.data()), t.size(), art);
      ots_grade_doc(art);
      ots_highlight_doc_lines(art, 7);
      ots_free_article(art);
    }
  });
  std::printf("ots (libots, same articles, 7 lines): %.3f s = %.2f MB/s; precis is %.1fx faster\n", o, mb / o, o / s);
#endif
  return 0;
  });
}
