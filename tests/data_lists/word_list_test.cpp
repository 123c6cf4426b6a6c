#include "data/word_list.hpp"

#include <catch2/catch.hpp>

using precis::data::entries;
using precis::data::word_set;

TEST_CASE("word lists: one entry per line, comments and blanks dropped", "[data]") {
  constexpr std::string_view text = "# a header comment\n  said \nnoted  # trailing comment\n\n\tlast words\r\n";
  auto e = entries(text);
  REQUIRE(e.size() == 3);
  CHECK(e[0] == "said");
  CHECK(e[1] == "noted");
  CHECK(e[2] == "last words");  // multi-word entries keep their inner space
  word_set s{text};
  CHECK(s.contains("noted"));
  CHECK_FALSE(s.contains("# a header comment"));
  CHECK_FALSE(s.contains(""));
}

TEST_CASE("word lists: a last line without newline counts", "[data]") {
  CHECK(entries("a\nb").size() == 2);
  CHECK(entries("").empty());
  CHECK(entries("#only a comment").empty());
}
