// Keyphrases: noun-phrase candidates, numbers and initialisms inside phrases, names whole, the
// keyword stoplist, phrase scores, body sentences only, display forms and byte spans.
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

std::vector<keyword> all(const std::string& text) {
  keyword_options o;
  o.count = 100;
  return extract_keywords(document::from_string(text), o);
}

bool any_word(const std::vector<keyword>& ks, const std::string& word) {
  for (const auto& k : ks) {
    std::string t = " " + k.term + " ";
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (t.find(" " + word + " ") != std::string::npos) return true;
  }
  return false;
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

TEST_CASE("keywords: candidates are noun phrases, not runs of any words", "[summarize]") {
  // "tested" and "quickly" are verb and adverb forms only: they end a run. "fuel pumps" and
  // "oil spill" are adjective/noun runs ending in a noun; "spill" (mostly a verb) may end one.
  auto ks = all("Engineers tested the fuel pumps quickly. The fuel pumps failed after the oil spill. "
                "Inspectors examined the oil spill and the fuel pumps again.");
  CHECK(find(ks, "fuel pumps") != nullptr);
  CHECK(find(ks, "oil spill") != nullptr);
  CHECK_FALSE(any_word(ks, "tested"));
  CHECK_FALSE(any_word(ks, "quickly"));
  CHECK_FALSE(any_word(ks, "failed"));
  // A phrase never ends in a word that is only an adjective ("economic", "political").
  auto adj = all("The reform was economic and political. Economic reforms helped environmental groups.");
  CHECK(find(adj, "economic reforms") != nullptr);
  CHECK(find(adj, "environmental groups") != nullptr);
  for (const auto& k : adj) {
    CHECK(k.term != "economic");
    CHECK(k.term != "political");
  }
}

TEST_CASE("keywords: a verb-like noun is a keyphrase only inside a recurring phrase", "[summarize]") {
  // "run" and "hit" are mostly verbs: never keywords alone; "test run" recurs and is a phrase,
  // "the storm hit" once is not ("storm" stands alone).
  auto ks = all("The test run began. The test run ended. Runners run fast and run often. The storm hit hard.");
  CHECK(find(ks, "test run") != nullptr);
  CHECK(find(ks, "run") == nullptr);
  CHECK(find(ks, "storm hit") == nullptr);
  CHECK(find(ks, "storm") != nullptr);
}

TEST_CASE("keywords: a verb-like word opening a phrase said once is the clause's verb", "[summarize]") {
  // "want" and "hold" are mostly verbs: before a noun phrase said once they are its verb
  // ("want independence", "hold hearings"), and a run with one inside splits there ("islanders
  // want independence"); a phrase that recurs with it ("spill response" twice) is a phrase.
  auto ks = all("The islanders want independence. The committee will hold hearings in May. "
                "Independence is near, and hearings follow. The spill response began. The spill response ended.");
  CHECK(find(ks, "want independence") == nullptr);
  CHECK(find(ks, "hold hearings") == nullptr);
  CHECK(find(ks, "independence") != nullptr);
  CHECK(find(ks, "hearings") != nullptr);
  CHECK(find(ks, "spill response") != nullptr);
  CHECK(find(ks, "islanders want independence") == nullptr);
  CHECK(find(ks, "islanders") != nullptr);
}

TEST_CASE("keywords: numbers and initialisms inside a phrase, never alone", "[summarize]") {
  auto ks = all("The 1990 census counted everyone. Critics of the 1990 census sued in 1991. "
                "The U.S. Supreme Court heard the case. The U.S. Supreme Court ruled for Boeing 747 owners. "
                "In 1991 there were 435 seats.");
  CHECK(find(ks, "1990 census") != nullptr);
  CHECK(find(ks, "U.S. Supreme Court") != nullptr);
  const keyword* court = find(ks, "U.S. Supreme Court");
  REQUIRE(court != nullptr);
  REQUIRE(court->spans.size() == 2);
  CHECK(court->spans[0].of(document::from_string("The 1990 census counted everyone. Critics of the 1990 census "
                                                  "sued in 1991. The U.S. Supreme Court heard the case.").source())
            .size() == 18);
  CHECK(find(ks, "Boeing 747 owners") != nullptr);
  for (const auto& k : ks) {
    CHECK(k.term != "1991");
    CHECK(k.term != "435");
    CHECK(k.term != "U.S.");
    CHECK(k.term != "435 seats");  // a count is not part of a phrase
  }
}

TEST_CASE("keywords: phrases come from prose, not from one- or two-word lines", "[summarize]") {
  // A dateline's place, a signature or a "Harbour Board." fragment is no sentence; a text of
  // nothing but such lines still has keywords.
  auto ks = all("Harbour fees rose sharply this year across the region. Harbour Board. "
                "The harbour fees fund the dredging of the channel.");
  CHECK(find(ks, "harbour fees") != nullptr);
  CHECK_FALSE(any_word(ks, "board"));
  auto list = all("Apples. Pears. Plums. Cherry trees.");
  CHECK(find(list, "Cherry trees") != nullptr);
  CHECK(find(list, "Pears") != nullptr);
}

TEST_CASE("keywords: ordinals and decades in figures are inside phrases, never alone", "[summarize]") {
  auto ks = all("On the 12th the ministers met in Tokyo. The 12th meeting of ministers ended. "
                "Ministers debated the 15th amendment. The 1990s trade boom was recalled.");
  CHECK(find(ks, "12th") == nullptr);
  CHECK(find(ks, "15th amendment") != nullptr);
  CHECK(find(ks, "1990s trade boom") != nullptr);
}

TEST_CASE("keywords: full names are kept whole", "[summarize]") {
  auto ks = all("President Xi Jinping arrived in Paris. Xi Jinping met Emmanuel Macron at the Elysee. "
                "Emmanuel Macron welcomed Xi Jinping warmly.");
  CHECK(find(ks, "Xi Jinping") != nullptr);
  CHECK(find(ks, "Emmanuel Macron") != nullptr);
  CHECK(find(ks, "Jinping") == nullptr);
  CHECK(find(ks, "Macron") == nullptr);
}

TEST_CASE("keywords: the keyword stoplist ends phrases and is never a keyword", "[summarize]") {
  auto ks = all("On Saturday the council said the budget rose. Last year the budget fell by 3 million dollars. "
                "Next month the council will vote on the first budget plan, officials said on Saturday.");
  for (const char* w : {"saturday", "year", "million", "first", "next", "month", "said"}) {
    INFO(w);
    CHECK_FALSE(any_word(ks, w));
  }
  CHECK(find(ks, "budget") != nullptr);
  // Grading and hedging adjectives open no keyphrase: "great country", "good question".
  auto graded = all("It is a great country with great harbours. That is a good question about harbours.");
  CHECK_FALSE(any_word(graded, "great"));
  CHECK_FALSE(any_word(graded, "good"));
  CHECK(find(graded, "harbours") != nullptr);
  // Nor do a document's pointers to its own parts ("appendix IV", "groupings-paras. 50").
  auto pointers = all("The harbour survey is in appendix IV. The harbour survey covered regional groupings-paras. 50-53.");
  CHECK_FALSE(any_word(pointers, "appendix"));
  CHECK_FALSE(any_word(pointers, "paras"));
  CHECK(find(pointers, "harbour survey") != nullptr);
  // Inside a name a stoplisted word stays: "Time Warner".
  CHECK(find(all(article), "Time Warner") != nullptr);
}

TEST_CASE("keywords: a phrase scores the sum of its words, so it precedes what it contains", "[summarize]") {
  document d = document::from_string(
      "The oil spill spread. Oil prices rose after the oil spill. Oil traders watched the oil spill closely.");
  auto ks = extract_keywords(d, {.count = 20});
  const keyword* phrase = find(ks, "oil spill");
  const keyword* oil = find(ks, "oil");
  REQUIRE(phrase != nullptr);
  if (oil) CHECK(phrase->score > oil->score);
  // Leaving contained phrases out (the option) drops "oil" once "oil spill" is listed.
  keyword_options o;
  o.count = 20;
  o.drop_contained = true;
  auto ds = extract_keywords(d, o);
  REQUIRE(find(ds, "oil spill") != nullptr);
  CHECK(find(ds, "oil") == nullptr);
  CHECK(find(ds, "spill") == nullptr);
}

TEST_CASE("keywords: a longer phrase replaces a chosen phrase it contains", "[summarize]") {
  // With drop_contained, whatever the order the ranking produces, no listed phrase is inside
  // another listed one.
  keyword_options o;
  o.count = 30;
  o.drop_contained = true;
  auto ks = extract_keywords(document::from_string(article), o);
  REQUIRE(!ks.empty());
  for (const auto& a : ks)
    for (const auto& b : ks)
      if (&a != &b) CHECK((" " + b.term + " ").find(" " + a.term + " ") == std::string::npos);
}

TEST_CASE("keywords: only body sentences give keywords", "[summarize]") {
  // A Markdown heading and YAML front matter mention "zeppelin hangar"; the body does not.
  const std::string md =
      "---\ntitle: Zeppelin hangar notes\n---\n\n# Zeppelin hangar\n\n"
      "The harbour authority approved the ferry terminal. The ferry terminal opens in spring. "
      "Local fishermen welcomed the ferry terminal.\n";
  document d = document::from_string(md, "notes.md");
  auto ks = extract_keywords(d, {.count = 50});
  REQUIRE(find(ks, "ferry terminal") != nullptr);
  CHECK_FALSE(any_word(ks, "zeppelin"));
  CHECK_FALSE(any_word(ks, "hangar"));
  for (const auto& k : ks)
    for (span s : k.spans) {
      bool in_body = false;
      for (const auto& sen : d.sentences())
        in_body = in_body || (sen.kind == sentence_kind::body && sen.src.begin <= s.begin && s.end <= sen.src.end);
      CHECK(in_body);
    }
}

TEST_CASE("keywords: display forms keep names, lower-case ordinary words", "[summarize]") {
  document d = document::from_string(article);
  auto ks = extract_keywords(d, {.count = 30});
  CHECK(find(ks, "Profits") == nullptr);  // opens two sentences but is lower case elsewhere
  CHECK(find(ks, "AOL") != nullptr);
  for (const auto& k : ks) {
    CHECK(k.term.find(", ") == std::string::npos);  // punctuation separates phrases
    CHECK(k.term.find("'s") == std::string::npos);  // "Time Warner's" reads "Time Warner"
    CHECK(k.term.find("  ") == std::string::npos);
  }
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

TEST_CASE("keywords: options are honoured without breaking anything", "[summarize]") {
  document d = document::from_string(article);
  for (std::size_t window : {0u, 1u, 2u, 10u, 50u})
    for (std::size_t max_words : {0u, 1u, 3u})
      for (bool position : {false, true})
        for (bool cross : {false, true}) {
          keyword_options o;
          o.window = window;
          o.max_words = max_words;
          o.position_weighted = position;
          o.cross_sentences = cross;
          auto ks = extract_keywords(d, o);
          CHECK(!ks.empty());
          CHECK(ks.size() <= o.count);
          for (const auto& k : ks) {
            CHECK(std::isfinite(k.score));
            if (max_words <= 1) CHECK(k.term.find(' ') == std::string::npos);
          }
        }
}
