// Keyphrases end to end: extract_keywords on DUC-2001-dev and Inspec (../shared/eval/
// keyphrase-dev), scored with ../shared/tools/score_keyphrase.py (F1@5/@10, the pke protocol),
// and the keyword stage's speed on one core (documents built beforehand, not timed), on those
// sets and on the BBC articles (../shared/eval/bbc_news_summary.jsonl).
// Usage: bench_keywords [--runs N] [--window N] [--max-words N] [--single-rank] [--within]
//                       [--keep-contained] [--damping D] [--no-score]
// Exits 77 (skipped) when ../shared is missing.
#include <precis/summarize/keywords.hpp>

#include "bench_common.hpp"

#include <nlohmann/json.hpp>

#include <ctime>
#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
  precis::keyword_options opt;
  int runs = 3;
  bool score = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::printf("usage: bench_keywords [--runs N] [--window N] [--max-words N] [--single-rank] [--within]\n"
                  "                      [--keep-contained] [--damping D] [--no-score]\n"
                  "Keyphrase F1@5/@10 on ../shared/eval/keyphrase-dev and keyword speed; exits 77 without ../shared.\n");
      return 0;
    }
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string("0"); };
    if (a == "--runs") runs = std::stoi(next());
    else if (a == "--window") opt.window = std::stoul(next());
    else if (a == "--max-words") opt.max_words = std::stoul(next());
    else if (a == "--damping") opt.damping = std::stod(next());
    else if (a == "--single-rank") opt.position_weighted = false;
    else if (a == "--within") opt.cross_sentences = false;
    else if (a == "--keep-contained") opt.drop_contained = false;
    else if (a == "--no-score") score = false;
    else {
      std::fprintf(stderr, "bench_keywords: unknown option %s\n", a.c_str());
      return 2;
    }
  }
  const std::string shared = PRECIS_SHARED_DIR;
  const std::string scorer = shared + "/tools/score_keyphrase.py";
  int found = 0;
  // The BBC articles (no gold keyphrases: speed only) are the set issue 12's budget is set on.
  for (const char* set : {"duc2001_dev", "inspec", "bbc"}) {
    const bool gold = std::string_view(set) != "bbc";
    const std::string data = gold ? shared + "/eval/keyphrase-dev/" + set + ".jsonl" : shared + "/eval/bbc_news_summary.jsonl";
    std::ifstream in(data);
    if (!in) continue;
    ++found;
    std::vector<std::string> ids;
    std::vector<precis::document> docs;
    std::size_t bytes = 0;
    for (std::string line; std::getline(in, line);) {
      auto j = nlohmann::json::parse(line);
      ids.push_back(j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump());
      std::string text = j["text"].get<std::string>();
      bytes += text.size();
      docs.push_back(precis::document::from_string(std::move(text), ids.back(), {.repair = true}));
    }
    std::vector<std::vector<precis::keyword>> out(docs.size());
    // CPU time as well as wall time: on a shared machine the wall clock also counts other jobs.
    double cpu = 1e300;
    const double s = precis::bench::best_seconds(runs, [&] {
      timespec a{}, b{};
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
      for (std::size_t k = 0; k < docs.size(); ++k) out[k] = precis::extract_keywords(docs[k], opt);
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
      cpu = std::min(cpu, double(b.tv_sec - a.tv_sec) + 1e-9 * double(b.tv_nsec - a.tv_nsec));
    });
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("%s: %zu documents, %.2f MB: keyword stage %.3f s wall = %.1f MB/s, %.3f s CPU = %.1f MB/s "
                "per core (best of %d)\n", set, docs.size(), mb, s, mb / s, cpu, mb / cpu, runs);
    std::fflush(stdout);
    if (!score || !gold) continue;
    const auto sys = std::filesystem::temp_directory_path() / (std::string("precis_bench_keywords_") + set + ".jsonl");
    {
      std::ofstream f(sys);
      for (std::size_t k = 0; k < docs.size(); ++k) {
        nlohmann::json j{{"id", ids[k]}, {"keywords", nlohmann::json::array()}};
        for (const auto& kw : out[k]) j["keywords"].push_back({{"term", kw.term}, {"score", kw.score}});
        f << j.dump() << '\n';
      }
    }
    const std::string cmd = "/usr/bin/python3 '" + scorer + "' --data '" + data + "' --system precis='" +
                            sys.string() + "' | sed -n '1,3p'";
    if (std::system(cmd.c_str()) != 0) std::printf("(scorer failed: needs /usr/bin/python3 with NLTK)\n");
    std::fflush(stdout);
  }
  if (found == 0) {
    std::fprintf(stderr, "bench_keywords: no keyphrase sets under %s/eval/keyphrase-dev: skipped\n", shared.c_str());
    return 77;
  }
}
