// Whole pipeline (text in → structured summary out: document, extraction, ranking, selection,
// keywords, metadata) over every article of the BBC set, one core; MB/s and documents/s.
// With PRECIS_HAVE_OTS, the Open Text Summarizer (libots) runs on the same articles in the
// same process, and the ratio is reported. See --help.
#include <precis/summarize/summary.hpp>

#include "bench_common.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

#ifdef PRECIS_HAVE_OTS
extern "C" {
#include <ots/libots.h>
}
#endif

static const char* usage =
    "usage: bench_pipeline_throughput [--runs 3] [--sentences 7] [--no-ots] [FILE|DIR|FILE.jsonl]...\n"
    "Whole pipeline (text in, structured summary out), one document per input, one core: MB/s\n"
    "and documents/s. Without inputs: the BBC set in ../shared when present, else the\n"
    "repository's own texts. With libots built in, the Open Text Summarizer on the same texts.\n";

int main(int argc, char** argv) {
  return precis::bench::guarded("bench_pipeline_throughput", [&] {
  auto cl = precis::bench::parse(argc, argv, usage, {"runs", "sentences"}, {"no-ots"});
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
