// The structured summary: selection contract, introducer boost, metadata, speakers.
#include <precis/summarize/summary.hpp>

#include "support.hpp"

using precis::summarize;

TEST_CASE("summary of seed 000 says that three proposals were made", "[summary][shared]") {
  auto shared = precis::test::shared_dir();
  auto doc = precis::document::from_file((shared / "seeds" / "000_36213fe629360416.txt").string());
  auto s = summarize(doc);
  REQUIRE(s.sentences.size() == 3);
  bool says_proposals = std::any_of(s.sentences.begin(), s.sentences.end(),
                                    [](const auto& x) { return x.text.find("three proposals") != std::string::npos; });
  CHECK(says_proposals);
  REQUIRE(s.enumerations.size() == 1);
  CHECK(s.meta.dateline == "BEIJING, Dec. 11 (Xinhua) --");
  CHECK(s.meta.source_agency == "Xinhua");
  CHECK(s.meta.date == "December 11");
  CHECK(std::find(s.meta.speakers.begin(), s.meta.speakers.end(), "Wang") != s.meta.speakers.end());
}

TEST_CASE("selection: document order, ranks, no metadata, sizes", "[summary][shared]") {
  auto shared = precis::test::shared_dir();
  auto doc = precis::document::from_file((shared / "seeds" / "002_57e725dc91ca8d18.txt").string());
  precis::summary_options all;
  all.select.sentences = 100;
  auto s = summarize(doc, all);
  std::vector<std::size_t> ranks;
  for (std::size_t i = 0; i < s.sentences.size(); ++i) {
    CHECK(doc.sentences()[s.sentences[i].index].kind != precis::sentence_kind::meta);
    if (i) CHECK(s.sentences[i - 1].index < s.sentences[i].index);
    ranks.push_back(s.sentences[i].rank);
    CHECK(s.sentences[i].text == doc.text(s.sentences[i].src));
  }
  std::sort(ranks.begin(), ranks.end());
  for (std::size_t i = 0; i < ranks.size(); ++i) CHECK(ranks[i] == i + 1);
  CHECK(s.meta.date == "2024-12-18");
  CHECK(s.meta.dateline == "BEIJING, Dec. 17 (Xinhua) --");
  CHECK(std::find(s.meta.speakers.begin(), s.meta.speakers.end(), "Wang Yi") != s.meta.speakers.end());

  precis::summary_options words;
  words.select.words = 60;
  auto w = summarize(doc, words);
  std::size_t total = 0;
  for (const auto& x : w.sentences) {
    const auto& sent = doc.sentences()[x.index];
    total += sent.last_token - sent.first_token;
  }
  CHECK(total <= 60);
  CHECK_FALSE(w.sentences.empty());
}

TEST_CASE("speakers: names before or after a speech verb, titles dropped", "[summary][meta]") {
  auto d = precis::document::from_string(
      "The talks went well, said Foreign Minister Ana Ruiz. Ruiz added that more would follow. "
      "He stressed the point. Officials from both sides noted progress. Tom Baker told reporters so.");
  auto m = precis::find_meta(d);
  CHECK(m.speakers == std::vector<std::string>{"Ana Ruiz", "Tom Baker"});
}

TEST_CASE("summarize(text): bad UTF-8 throws unless repaired; empty text is fine", "[summary][input]") {
  CHECK_THROWS_AS(summarize(std::string_view("bad \xFF byte.")), precis::input_error);
  precis::summary_options repair;
  repair.load.repair = true;
  CHECK(summarize(std::string_view("bad \xFF byte."), repair).sentences.size() == 1);
  auto empty = summarize(std::string_view(""));
  CHECK(empty.sentences.empty());
  CHECK(empty.keywords.empty());
  CHECK(empty.enumerations.empty());
}
