#pragma once
// Shared bench helpers: the seed corpus repeated to a target size, timing, peak memory.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>

namespace precis::bench {

/// The five seed statements concatenated (blank line between) and repeated to >= `bytes`.
inline std::string seed_corpus(std::size_t bytes) {
  std::filesystem::path dir = std::filesystem::path(PRECIS_SHARED_DIR) / "seeds";
  std::string one;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::ifstream f(e.path(), std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    one += s.str();
    one += "\n\n";
  }
  std::string out;
  out.reserve(bytes + one.size());
  while (out.size() < bytes) out += one;
  return out;
}

/// Seconds taken by f(), best of `runs` (the machine is shared: the minimum is the signal).
template <class F>
double best_seconds(int runs, F&& f) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = s < best ? s : best;
  }
  return best;
}

/// Peak resident set size of this process so far, in MiB.
inline double peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

}  // namespace precis::bench
