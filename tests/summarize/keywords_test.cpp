// Keywords: TextRank over words, keyphrases, display forms and byte spans.
#include <precis/summarize/keywords.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace precis;

namespace {

const char* article =
    "Quarterly profits at Time Warner jumped 76% to $1.13bn for the three months to December. "
    "Time Warner said fourth quarter sales rose 2% to $11.1bn. Its profits were buoyed by one-off "
    "gains which offset a profit dip at Warner Bros, and fewer users for AOL. "
    "Time Warner said on Friday that it now owns 8% of search-engine Google. But its own internet "
    "business, AOL, had mixed fortunes. AOL lost 464,000 subscribers in the fourth quarter. "
    "Profits at AOL rose 8% on the back of stronger internet advertising revenues. "
    "Time Warner's fourth quarter profits were slightly better than analysts' expectations.\n\n"
    "For the full year, Time Warner posted a profit of $3.36bn, up 27% from its 2003 performance, "
    "while revenues grew 6.4% to $42.09bn. The co-founder of AOL sold shares, gifts, cars and more.";

const keyword* find(const std::vector<keyword>& ks, const std::string& term) {
  for (const auto& k : ks)
    if (k.term == term) return &k;
  return nullptr;
}

}  // namespace

TEST_CASE("keywords: the article's names and topics, best first, with spans", "[summarize]") {
  document d = document::from_string(article);
  auto ks = extract_keywords(d);
  REQUIRE(ks.size() == 10);
  for (std::size_t i = 1; i < ks.size(); ++i) CHECK(ks[i - 1].score >= ks[i].score);
  const keyword* tw = find(ks, "Time Warner");
  REQUIRE(tw != nullptr);
  CHECK(tw->spans.size() == 5);  // "Time Warner's" counts: same stems
  for (span s : tw->spans) CHECK(s.of(d.source()).substr(0, 11) == "Time Warner");
  REQUIRE(find(ks, "AOL") != nullptr);
  CHECK(find(ks, "AOL")->spans.size() >= 4);
  // Every span points at the phrase in the original bytes, in text order, inside the input.
  for (const auto& k : ks) {
    REQUIRE(!k.spans.empty());
    CHECK(std::isfinite(k.score));
    CHECK(k.score > 0);
    for (std::size_t i = 0; i < k.spans.size(); ++i) {
      CHECK(k.spans[i].end <= d.source().size());
      if (i) CHECK(k.spans[i - 1].end <= k.spans[i].begin);
    }
  }
}

TEST_CASE("keywords: display forms keep names, lower-case ordinary words", "[summarize]") {
  document d = document::from_string(article);
  auto ks = extract_keywords(d, {.count = 30});
  // "Profits" opens two sentences but is lower case elsewhere.
  CHECK(find(ks, "Profits") == nullptr);
  CHECK(find(ks, "AOL") != nullptr);
  for (const auto& k : ks) {
    CHECK(k.term.find(", ") == std::string::npos);   // punctuation separates phrases
    CHECK(k.term.find("'s") == std::string::npos);   // "Time Warner's" reads "Time Warner"
    CHECK(k.term.find("  ") == std::string::npos);
  }
}

TEST_CASE("keywords: a phrase inside a better one is not listed again", "[summarize]") {
  document d = document::from_string(article);
  auto ks = extract_keywords(d, {.count = 50});
  REQUIRE(find(ks, "Time Warner") != nullptr);
  // "Warner" alone only appears in "Warner Bros": never as a keyword of its own after "Time Warner".
  CHECK(find(ks, "Warner") == nullptr);
  CHECK(find(ks, "warner") == nullptr);
  for (std::size_t i = 0; i < ks.size(); ++i)
    for (std::size_t j = i + 1; j < ks.size(); ++j) CHECK(ks[i].term != ks[j].term);
}

TEST_CASE("keywords: count, empty and wordless inputs", "[summarize]") {
  document d = document::from_string(article);
  CHECK(extract_keywords(d, {.count = 3}).size() == 3);
  CHECK(extract_keywords(d, {.count = 0}).empty());
  CHECK(extract_keywords(document::from_string("")).empty());
  CHECK(extract_keywords(document::from_string("12 345. 6.7 -- 89!")).empty());
  CHECK(extract_keywords(document::from_string("The and of it is.")).empty());  // only stopwords
  // One content word: one keyword, wherever it is.
  auto ks = extract_keywords(document::from_string("Budget. The budget! A budget?"));
  REQUIRE(ks.size() == 1);
  CHECK(ks[0].term == "budget");
  CHECK(ks[0].spans.size() == 3);
  CHECK(ks[0].score == Approx(1.0));
}

TEST_CASE("keywords: hyphenated words stay one phrase", "[summarize]") {
  document d = document::from_string(
      "The co-founder left. A co-founder returned. Every co-founder agreed. The co-founder smiled.");
  auto ks = extract_keywords(d);
  const keyword* k = find(ks, "co-founder");
  REQUIRE(k != nullptr);
  CHECK(k->spans.size() == 4);
  for (span s : k->spans) CHECK(s.of(d.source()) == "co-founder");
}

TEST_CASE("keywords: window and options are honoured without breaking anything", "[summarize]") {
  document d = document::from_string(article);
  for (std::size_t window : {0u, 1u, 2u, 4u, 10u})
    for (std::size_t max_words : {0u, 1u, 3u})
      for (double ratio : {0.0, 0.33, 1.0, std::nan("")}) {
        keyword_options o;
        o.window = window;
        o.max_words = max_words;
        o.top_ratio = ratio;
        auto ks = extract_keywords(d, o);
        CHECK(!ks.empty());
        CHECK(ks.size() <= o.count);
        for (const auto& k : ks) {
          CHECK(std::isfinite(k.score));
          if (max_words <= 1) CHECK(k.term.find(' ') == std::string::npos);
        }
      }
}
