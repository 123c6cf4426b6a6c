// Inputs built to make a grammar or the tree builder super-linear. Each must finish (document
// + extraction) well under a second; the limit checked here is a generous 3 s each, so a
// failure means a real complexity bug, not a noisy machine. Exit 1 on any breach.
#include <precis/extract/extract.hpp>

#include "bench_common.hpp"

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {
std::string repeat_to(const std::string& unit, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}
}  // namespace

static const char* usage =
    "usage: bench_pathological [FILE|DIR|FILE.jsonl]...\n"
    "Complexity guard: inputs built to make a grammar or the tree builder super-linear (1 MB\n"
    "each) must each finish (document + extraction) under 3 s; exit 1 on a breach. Inputs\n"
    "given on the command line are timed too, under the same limit.\n";

int main(int argc, char** argv) {
  auto cl = precis::bench::parse(argc, argv, usage, {});
  const std::size_t mb = 1 << 20;
  std::string numbers;
  const char* words[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (std::size_t i = 0; numbers.size() < mb; ++i) (numbers += words[i % 12]) += ' ';
  std::vector<std::pair<const char*, std::string>> cases = {
      {"1 MB of 'First, First, ...'", repeat_to("First, ", mb)},
      {"1 MB of 'First, ' paragraphs", repeat_to("First, we act.\n\n", mb)},
      {"1 MB of '- ' lines", repeat_to("- \n", mb)},
      {"1 MB of '- x' bullet lines", repeat_to("- x\n", mb)},
      {"1 MB of 'one two three four ...'", numbers},
      {"1 MB of 'the three Threes: a, b, '", "the three \xE2\x80\x9CThrees\xE2\x80\x9D: " + repeat_to("a, b and c; ", mb)},
      {"1 MB of '(i) (ii)' lines", repeat_to("(i) x\n(ii) y\n", mb)},
      {"1 MB of headings", repeat_to("Three Basic Lines\n\n", mb)},
      {"1 MB of one word", std::string(mb, 'a')},
      // The inline and sentence-run families' own shapes (back-reference pairs, runs opened by
      // "Secondly," or after a colon, resumed labels).
      {"1 MB of 'The first is a, the second b.'", repeat_to("The first is a, the second b. ", mb)},
      {"1 MB of 'It first went. Secondly, ...'", repeat_to("It first went. Secondly, it came. ", mb)},
      {"1 MB of 'First, a. Secondly, b.' (1 line)", repeat_to("First, a. Secondly, b. ", mb)},
      {"1 MB of 'two: First, a.'", repeat_to("Note two: First, a. ", mb)},
      {"1 MB of 'two goals. These goals are'", repeat_to("two goals. These goals are a; b. ", mb)},
  };
  std::vector<std::string> names;
  for (auto& d : precis::bench::read_inputs(cl.inputs)) {
    names.push_back(d.name);
    cases.emplace_back(names.back().c_str(), std::move(d.text));
  }
  precis::load_options repair;  // a user's file may hold invalid UTF-8: time it anyway
  repair.repair = true;
  int failures = 0;
  for (const auto& [name, text] : cases) {
    std::size_t found = 0;
    double s = precis::bench::best_seconds(1, [&] {
      auto d = precis::document::from_string(text, name, repair);
      found = precis::extract(d).size();
    });
    bool ok = s < 3.0;
    failures += !ok;
    std::printf("%-40s %7.3f s  %zu enumerations  %s\n", name, s, found, ok ? "ok" : "TOO SLOW");
  }
  return failures ? 1 : 0;
}
