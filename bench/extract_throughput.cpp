// Throughput of enumeration extraction alone (the document is built beforehand, untimed) on
// the seeds repeated to >= 20 MB, on one core. Usage: bench_extract_throughput [MB=24] [runs=5]
#include <precis/extract/extract.hpp>

#include "bench_common.hpp"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  std::size_t mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 24;
  int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  if (!std::filesystem::is_directory(std::filesystem::path(PRECIS_SHARED_DIR) / "seeds")) {
    std::fprintf(stderr, "SKIPPED: %s/seeds not found; this bench reads the seeds\n", PRECIS_SHARED_DIR);
    return 77;
  }
  std::string corpus = precis::bench::seed_corpus(mb << 20);
  auto doc = precis::document::from_string(corpus);
  std::size_t found = 0;
  double s = precis::bench::best_seconds(runs, [&] { found = precis::extract(doc).size(); });
  double mbytes = static_cast<double>(corpus.size()) / 1e6;
  std::printf("extract: %.1f MB in %.3f s (best of %d) = %.1f MB/s; %zu top-level enumerations\n", mbytes,
              s, runs, mbytes / s, found);
}
