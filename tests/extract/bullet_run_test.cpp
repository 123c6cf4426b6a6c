// The bullet-run grammar over block tokens: which blocks form runs of list lines.
#include <catch2/catch.hpp>

#include "bullet_run/match.hpp"

#include <string>
#include <vector>

namespace {

using namespace precis::grammar::bullet_run;

// "L" is a list line, "o" anything else, one letter per block.
std::vector<block_token> tokens(const std::string& kinds) {
  std::vector<block_token> t;
  for (char c : kinds)
    t.push_back({static_cast<std::uint32_t>(t.size()), c == 'L' ? token_kind::list_line : token_kind::other});
  return t;
}

}  // namespace

TEST_CASE("bullet runs: maximal runs of list lines, in order, with their block indices") {
  auto runs = list_runs(tokens("oLLoLoooLLL"));
  REQUIRE(runs.size() == 3);
  CHECK(runs[0] == run{1, 2});
  CHECK(runs[1] == run{4});
  CHECK(runs[2] == run{8, 9, 10});
}

TEST_CASE("bullet runs: runs at both ends and no runs at all") {
  auto both = list_runs(tokens("LLoLL"));
  REQUIRE(both.size() == 2);
  CHECK(both[0] == run{0, 1});
  CHECK(both[1] == run{3, 4});
  CHECK(list_runs(tokens("ooo")).empty());
  CHECK(list_runs(tokens("")).empty());
  auto all = list_runs(tokens("LLLL"));
  REQUIRE(all.size() == 1);
  CHECK(all[0].size() == 4);
}

TEST_CASE("bullet runs: a failed run leaves nothing behind in the next one") {
  // Each run is its own rule attribute: blocks of one run never leak into the next.
  auto runs = list_runs(tokens("LoLoL"));
  REQUIRE(runs.size() == 3);
  for (std::size_t i = 0; i < runs.size(); ++i) CHECK(runs[i] == run{static_cast<std::uint32_t>(2 * i)});
}
