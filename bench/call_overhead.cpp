// Per-call cost of the C++ API on one document, the baseline for the Python module's overhead
// (bench/python_overhead.py runs the same text through precis.summarize).
#include <precis/format.hpp>
#include <precis/summarize/summary.hpp>

#include "bench_common.hpp"

#include <cstdio>
#include <ctime>

// CPU seconds of this process: on a shared, overloaded machine the wall clock measures the
// queue; a single-threaded call's CPU time measures the call.
static double cpu_now() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}
template <class F>
static double best_cpu(int runs, F&& f) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) {
    double t0 = cpu_now();
    f();
    best = std::min(best, cpu_now() - t0);
  }
  return best;
}

static const char* usage =
    "usage: bench_call_overhead [--calls 2000] [--runs 5] [FILE]\n"
    "CPU microseconds per precis::summarize(text) call, and per summarize + summary_to_json (what\n"
    "the Python module does per call), on FILE (default examples/data/joint_statement.txt).\n";

int main(int argc, char** argv) {
  return precis::bench::guarded("bench_call_overhead", [&] {
    auto cl = precis::bench::parse(argc, argv, usage, {"calls", "runs"});
    if (cl.inputs.empty()) cl.inputs.push_back(std::string(PRECIS_SOURCE_DIR) + "/examples/data/joint_statement.txt");
    auto docs = precis::bench::read_inputs({cl.inputs.front()});
    if (docs.empty()) return 1;
    const std::string& text = docs.front().text;
    const int calls = static_cast<int>(cl.number("calls", 2000)), runs = static_cast<int>(cl.number("runs", 5));
    std::size_t sink = 0;
    double plain = best_cpu(runs, [&] {
      for (int i = 0; i < calls; ++i) sink += precis::summarize(std::string_view(text)).sentences.size();
    });
    double json = best_cpu(runs, [&] {
      for (int i = 0; i < calls; ++i) sink += precis::summary_to_json("<string>", precis::summarize(std::string_view(text))).size();
    });
    std::printf("C++ %s (%zu bytes): summarize %.1f us/call, summarize + summary_to_json %.1f us/call (best of %d x %d calls; %zu)\n",
                docs.front().name.c_str(), text.size(), 1e6 * plain / calls, 1e6 * json / calls, runs, calls, sink % 10);
    return 0;
  });
}
