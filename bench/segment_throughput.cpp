// Throughput of the document model (validation, clean-up, segmentation, tokenization with
// stemming) on the seeds repeated to >= 20 MB, on one core.
// Usage: bench_segment_throughput [MB=24] [runs=5]
#include <precis/text/document.hpp>

#include "bench_common.hpp"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  std::size_t mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 24;
  int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  std::string corpus = precis::bench::seed_corpus(mb << 20);
  std::size_t sentences = 0, tokens = 0;
  double s = precis::bench::best_seconds(runs, [&] {
    auto d = precis::document::from_string(corpus);
    sentences = d.sentences().size();
    tokens = d.tokens().size();
  });
  double mbytes = static_cast<double>(corpus.size()) / 1e6;
  std::printf("segment+tokenize: %.1f MB in %.3f s (best of %d) = %.1f MB/s; %zu sentences, %zu tokens; peak RSS %.0f MiB\n",
              mbytes, s, runs, mbytes / s, sentences, tokens, precis::bench::peak_rss_mib());
}
