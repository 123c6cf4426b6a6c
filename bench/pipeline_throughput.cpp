// Whole pipeline (text in → structured summary out: document, extraction, ranking, selection,
// keywords, metadata) over every article of the BBC set, one core; MB/s and documents/s.
// With PRECIS_HAVE_OTS, the Open Text Summarizer (libots) runs on the same articles in the
// same process, and the ratio is reported. Usage: bench_pipeline_throughput [runs=3] [--no-ots]
#include <precis/summarize/summary.hpp>

#include "bench_common.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#ifdef PRECIS_HAVE_OTS
extern "C" {
#include <ots/libots.h>
}
#endif

int main(int argc, char** argv) {
  int runs = argc > 1 ? std::atoi(argv[1]) : 3;
  std::ifstream in(std::string(PRECIS_SHARED_DIR) + "/eval/bbc_news_summary.jsonl");
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    texts.push_back(nlohmann::json::parse(line)["text"].get<std::string>());
    bytes += texts.back().size();
  }
  if (texts.empty()) {
    std::fprintf(stderr, "no BBC set under %s/eval\n", PRECIS_SHARED_DIR);
    return 77;
  }
  precis::summary_options opt;
  opt.select.sentences = 7;
  std::size_t chosen = 0;
  double s = precis::bench::best_seconds(runs, [&] {
    chosen = 0;
    for (const auto& t : texts) chosen += precis::summarize(std::string_view(t), opt).sentences.size();
  });
  double mb = static_cast<double>(bytes) / 1e6;
  std::printf("precis summarize: %zu articles, %.2f MB in %.3f s (best of %d) = %.1f MB/s, %.0f docs/s; %zu sentences chosen\n",
              texts.size(), mb, s, runs, mb / s, static_cast<double>(texts.size()) / s, chosen);
#ifdef PRECIS_HAVE_OTS
  if (argc > 2 && std::string(argv[2]) == "--no-ots") return 0;
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
}
