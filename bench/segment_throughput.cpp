// Throughput of the document model (validation, clean-up, segmentation, tokenization with
// stemming): the inputs concatenated and repeated to >= --mb megabytes, on one core.
#include <precis/text/document.hpp>

#include "bench_common.hpp"

#include <cstdio>

static const char* usage =
    "usage: bench_segment_throughput [--mb 24] [--runs 5] [FILE|DIR|FILE.jsonl]...\n"
    "Document model throughput (MB/s, one core) on the inputs repeated to --mb MiB. Without\n"
    "inputs: the seeds in ../shared when present, else the repository's own texts.\n";

int main(int argc, char** argv) {
  return precis::bench::guarded("bench_segment_throughput", [&] {
    auto cl = precis::bench::parse(argc, argv, usage, {"mb", "runs"});
    std::string corpus = precis::bench::corpus_mb(cl, 24);
    if (corpus.empty()) return std::fprintf(stderr, "no input documents\n"), 1;
    int runs = static_cast<int>(cl.number("runs", 5));
    const auto repair = precis::bench::repairing();
    std::size_t sentences = 0, tokens = 0;
    double s = precis::bench::best_seconds(runs, [&] {
      auto d = precis::document::from_string(corpus, "corpus", repair);
      sentences = d.sentences().size();
      tokens = d.tokens().size();
    });
    double mbytes = static_cast<double>(corpus.size()) / 1e6;
    std::printf("segment+tokenize: %.1f MB in %.3f s (best of %d) = %.1f MB/s; %zu sentences, %zu tokens; peak RSS %.0f MiB\n",
                mbytes, s, runs, mbytes / s, sentences, tokens, precis::bench::peak_rss_mib());
    return 0;
  });
}
