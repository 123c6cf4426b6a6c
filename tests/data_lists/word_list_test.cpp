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

TEST_CASE("string sets: exact membership, growing past their first table", "[data]") {
  std::vector<std::string> keys;
  for (int i = 0; i < 1000; ++i) keys.push_back("w" + std::to_string(i * 7));
  precis::data::string_set s;
  for (const auto& k : keys) s.insert(k);
  s.insert(keys[3]);  // again: still one entry
  CHECK(s.size() == keys.size());
  for (const auto& k : keys) CHECK(s.contains(k));
  CHECK_FALSE(s.contains("w1"));       // 1 is not a multiple of 7
  CHECK_FALSE(s.contains("w0 "));      // longer
  CHECK_FALSE(s.contains("w"));        // a prefix
  CHECK_FALSE(s.contains(std::string(200, 'w')));  // longer than any key
  precis::data::string_set empty;
  CHECK_FALSE(empty.contains("w0"));
  precis::data::string_set listed{"mr", "dr"};
  CHECK(listed.contains("dr"));
  CHECK_FALSE(listed.contains("d"));
}

TEST_CASE("string maps: every byte of a key counts, whatever its length", "[data]") {
  // The hash reads words a few bytes at a time (overlapping loads for 4 to 7 bytes): a key of
  // any length is found, and a word that differs from it in any one byte is not.
  const std::string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::vector<std::string> keys;
  for (std::size_t n = 1; n <= 20; ++n) keys.push_back(alphabet.substr(n % 7, n));
  precis::data::string_map<int> m;
  for (std::size_t i = 0; i < keys.size(); ++i) m[keys[i]] = static_cast<int>(i) + 1;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    REQUIRE(m.find(keys[i]) != nullptr);
    CHECK(*m.find(keys[i]) == static_cast<int>(i) + 1);
    for (std::size_t k = 0; k < keys[i].size(); ++k) {
      std::string near = keys[i];
      near[k] = '#';
      CHECK(m.find(near) == nullptr);
    }
  }
  CHECK(m.find("") == nullptr);
  m[""] = 99;  // the empty word is a key like any other
  CHECK(*m.find("") == 99);
}
