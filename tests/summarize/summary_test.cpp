// The structured summary: selection contract, introducer boost, metadata, speakers.
#include <precis/format.hpp>
#include <precis/summarize/summary.hpp>

#include "support.hpp"

#include <algorithm>
#include <string>
#include <vector>

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
  CHECK_FALSE(s.meta.date);  // "Dec. 11" gives no year: no ISO date
  CHECK(std::find(s.meta.speakers.begin(), s.meta.speakers.end(), "Wang Yi") != s.meta.speakers.end());
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
  CHECK(s.meta.date == "2024-12-17");  // the dateline's day, the date stamp's year
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

namespace {

// A long report: a heading, then sections of ten sentences each; every sentence is its own.
std::string report(int sections) {
  std::string t;
  const char* topics[] = {"harbour dredging", "rail freight", "water supply", "school meals", "border checks"};
  for (int s = 0; s < sections; ++s) {
    t += std::string("Section on ") + topics[s % 5] + "\n\n";
    for (int k = 0; k < 10; ++k)
      t += std::string("The agency reviewed ") + topics[s % 5] + " programme " + std::to_string(k) +
           " and reported its costs to the committee in detail. ";
    t += "\n\n";
  }
  return t;
}

}  // namespace

TEST_CASE("candidates: no fragments, list preambles, capitals banners or headings", "[summary][select]") {
  auto doc = precis::document::from_string(
      "DISTRIBUTION STATEMENT C.\n\n"
      "Recognizing the role of the commission in regional water policy;\n\n"
      "Be it enacted by the members of the commission in session assembled,\n\n"
      "The commission finds the following:\n\n"
      "Use of the harbour revolving fund for dredging works\n\n"
      "The commission adopted a plan to restore the wetlands along the shore. Costs rose. "
      "The ministers agreed to publish water data every month from next year.\n\n"
      "Farmers will be paid for buffer strips along the rivers and streams.\n");
  precis::summary_options opt;
  opt.select.sentences = 10;
  auto s = summarize(doc, opt);
  std::vector<std::string> texts;
  for (const auto& x : s.sentences) texts.push_back(x.text);
  CHECK(texts == std::vector<std::string>{
                     "The commission adopted a plan to restore the wetlands along the shore.",
                     "The ministers agreed to publish water data every month from next year.",
                     "Farmers will be paid for buffer strips along the rivers and streams."});
  // A word budget is not filled up with the fragment either.
  opt.select.sentences = 0;
  opt.select.words = 40;
  for (const auto& x : summarize(doc, opt).sentences) CHECK(x.text != "Costs rose.");
}

TEST_CASE("long documents are ranked by section, short ones flat", "[summary][select]") {
  auto short_doc = precis::document::from_string(report(2));
  auto long_doc = precis::document::from_string(report(7));
  CHECK_FALSE(precis::sectioned_ranking(short_doc));  // 20 sentences: news-like
  CHECK(precis::sectioned_ranking(long_doc));          // 70 sentences over 7 sections
  precis::rank_options flat;
  flat.structure = precis::structure_mode::flat;
  CHECK_FALSE(precis::sectioned_ranking(long_doc, flat));
  // Sections come from the heading paragraphs when there is no section tree.
  auto sec = precis::sentence_sections(long_doc);
  CHECK(sec[0] == 1);
  CHECK(sec.back() == 7);
  // The position prior restarts at each section: with no edges between sections to speak of,
  // the first sentence of a later section outranks the last sentence of the first.
  auto s = precis::rank_sentences(long_doc);
  std::size_t first_of_third = 0, last_of_first = 0;
  for (std::size_t i = 0; i < sec.size(); ++i) {
    if (sec[i] == 1 && long_doc.sentences()[i].kind == precis::sentence_kind::body) last_of_first = i;
    if (sec[i] == 3 && !first_of_third && long_doc.sentences()[i].kind == precis::sentence_kind::body) first_of_third = i;
  }
  CHECK(s[first_of_third] > s[last_of_first]);
  // Section coverage spreads a summary over the sections.
  precis::select_options sel;
  sel.sentences = 5;
  sel.section_coverage = 1.0;
  std::vector<std::uint32_t> seen;
  for (const auto& p : precis::select_sentences(long_doc, s, sel)) seen.push_back(sec[p.index]);
  std::sort(seen.begin(), seen.end());
  CHECK(std::unique(seen.begin(), seen.end()) == seen.end());
}

TEST_CASE("an announced, central enumeration is said by its introducer; its items are covered", "[summary][select]") {
  auto doc = precis::document::from_string(
      "The ministers met in the lake city on Friday and issued a joint statement on water.\n\n"
      "The chair said the meeting had put forward three proposals to protect the lakes:\n\n"
      "First is pooling research funds for the lakes, so that universities can monitor the water.\n\n"
      "The second is harmonising fishing quotas on the lakes.\n\n"
      "The third is opening a permanent secretariat for the lakes in the capital.\n\n"
      "The weather during the meeting was warm and the hotel served local food.\n");
  auto s = summarize(doc);
  REQUIRE(!s.enumerations.empty());
  bool intro = false, item = false;
  for (const auto& x : s.sentences) {
    intro = intro || x.text.find("three proposals") != std::string::npos;
    item = item || x.text.rfind("The second is", 0) == 0 || x.text.rfind("The third is", 0) == 0;
  }
  CHECK(intro);
  CHECK_FALSE(item);
  // The structure's weight (its own score plus its items') makes the introducer the first pick.
  for (const auto& x : s.sentences)
    if (x.text.find("three proposals") != std::string::npos) CHECK(x.rank == 1);
}

TEST_CASE("an epigraph and its attribution line are not the author's text", "[summary][select]") {
  auto doc = precis::document::from_string(
      "Getting the relationship right is not optional, but something we must do well.\n\n"
      "\u2014 A Famous Leader (May 1, 2021)\n\n"
      "This report examines the relationship between the two countries since 2017.\n\n"
      "It argues that cooperation on trade and climate serves both countries.\n\n"
      "It closes with proposals for a new framework of regular talks.\n");
  for (const auto& x : summarize(doc).sentences) CHECK(x.text.find("Getting the relationship") == std::string::npos);
}

TEST_CASE("text and markdown show an announced structure's heads beside its sentence", "[summary][format]") {
  auto doc = precis::document::from_string(
      "The ministers met in the lake city on Friday and issued a joint statement on water.\n\n"
      "The chair said the meeting had put forward three proposals to protect the lakes:\n\n"
      "First is pooling research funds for the lakes, so that universities can monitor the water.\n\n"
      "The second is harmonising fishing quotas on the lakes.\n\n"
      "The third is opening a permanent secretariat for the lakes in the capital.\n");
  auto s = summarize(doc);
  const std::string text = precis::summary_to_text(s);
  const auto intro = text.find("three proposals to protect the lakes:\n");
  REQUIRE(intro != std::string::npos);
  const auto heads = text.find("    1. ", intro);
  CHECK(heads == text.find('\n', intro) + 1);  // right after the announcing sentence
  CHECK(text.find("    3. ", intro) != std::string::npos);
  const std::string md = precis::summary_to_markdown("<test>", s);
  CHECK(md.find("lakes:\n    1. ") != std::string::npos);
}

TEST_CASE("seed 004's summary comes from its body: no epigraph, no title line", "[summary][shared]") {
  auto shared = precis::test::shared_dir();
  auto doc = precis::document::from_file((shared / "seeds" / "004_a7e4e7c29be50e38.txt").string());
  auto s = summarize(doc);
  REQUIRE(s.sentences.size() == 3);
  for (const auto& x : s.sentences) {
    CHECK(doc.sentences()[x.index].kind == precis::sentence_kind::body);
    CHECK(x.text.find("Whether China and the United States can handle") == std::string::npos);  // the epigraph
    CHECK(x.text.find("Mutual Respect, Equality") == std::string::npos);                        // the title
  }
}

TEST_CASE("a summary does not depend on what the thread summarized before", "[summary]") {
  // The stages keep per-thread working buffers across documents (the keyword graph, the
  // sentence graph's pairs, the vocabulary); nothing of one document may reach the next.
  const std::string a =
      "Ministers of the lake states met in Geneva on Friday. They agreed to halve nutrient run-off "
      "from farms by 2030. The commission will publish water-quality data every month. Ruiz said "
      "the three proposals would strengthen cooperation: pooling research funds, harmonising "
      "fishing quotas and opening a permanent secretariat.";
  std::string big;  // over 8,192 tokens and 256 sentences, with other words
  for (int i = 0; i < 700; ++i)
    big += "Harbour pilot " + std::to_string(i) + " guided the tanker Orion past the northern breakwater "
           "while dockers unloaded grain, timber and steel for the new rail terminal. ";
  const std::string small = "Fishing quotas. The council raised the fishing quotas for cod and haddock again.";
  const std::string a_again = a;
  const std::string first = precis::summary_to_json(a, summarize(std::string_view(a)));
  for (const std::string* other : std::vector<const std::string*>{&big, &small, &a_again}) {
    INFO(other->size());
    (void)summarize(std::string_view(*other));
    CHECK(precis::summary_to_json(a, summarize(std::string_view(a))) == first);
  }
}
