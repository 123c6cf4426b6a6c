// Throughput of enumeration extraction alone (the document is built beforehand, untimed): the
// inputs concatenated and repeated to >= --mb megabytes, on one core.
#include <precis/extract/extract.hpp>

#include "bench_common.hpp"

#include <cstdio>

static const char* usage =
    "usage: bench_extract_throughput [--mb 24] [--runs 5] [FILE|DIR|FILE.jsonl]...\n"
    "Extraction throughput (MB/s, one core) on the inputs repeated to --mb MiB. Without inputs:\n"
    "the seeds in ../shared when present, else the repository's own texts.\n";

int main(int argc, char** argv) {
  return precis::bench::guarded("bench_extract_throughput", [&] {
    auto cl = precis::bench::parse(argc, argv, usage, {"mb", "runs"});
    std::string corpus = precis::bench::corpus_mb(cl, 24);
    if (corpus.empty()) return std::fprintf(stderr, "no input documents\n"), 1;
    int runs = static_cast<int>(cl.number("runs", 5));
    const auto repair = precis::bench::repairing();
    auto doc = precis::document::from_string(corpus, "corpus", repair);
    std::size_t found = 0;
    double s = precis::bench::best_seconds(runs, [&] { found = precis::extract(doc).size(); });
    double mbytes = static_cast<double>(corpus.size()) / 1e6;
    std::printf("extract: %.1f MB in %.3f s (best of %d) = %.1f MB/s; %zu top-level enumerations\n", mbytes, s,
                runs, mbytes / s, found);
    return 0;
  });
}
