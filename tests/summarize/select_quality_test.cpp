// Which sentences selection prefers beyond centrality: the centroid of a long document, the third
// person over courtesy and talk about the talk, statements over a reporter's questions, and
// sentences that end in a no-break space.
#include <precis/format.hpp>
#include <precis/summarize/summary.hpp>
#include <precis/summarize/textrank.hpp>

#include "support.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

using namespace precis;

namespace {

std::vector<std::string> picked_texts(const document& d, const std::vector<ranked_sentence>& p) {
  std::vector<std::string> out;
  for (const auto& r : p) out.push_back(d.text(d.sentences()[r.index].src));
  return out;
}

// Whether the one sentence chosen among equally central ones starts with `prefix`: what the
// priors alone decide.
bool first_pick_is(const document& d, const select_options& o, const std::string& prefix) {
  const std::vector<double> same(d.sentences().size(), 1.0);
  return picked_texts(d, select_sentences(d, same, o)).at(0).rfind(prefix, 0) == 0;
}

// `n` sentences of words found nowhere else, then one that shares its words with the others.
std::string long_text(std::size_t n) {
  std::string t;
  for (std::size_t i = 0; i < n; ++i) {
    std::string w = std::to_string(i);
    // Letters only, so that every word is a content word of its own.
    for (char& c : w) c = static_cast<char>('a' + (c - '0'));
    // Prefixed, not suffixed, so that no stemmer rule makes two of them one word.
    t += "On " + w + "harbour " + w + "pilots " + w + "reported " + w + "calm " + w + "weather and " + w + "steady " + w + "tides.\n\n";
  }
  return t;
}

}  // namespace

TEST_CASE("select: in a long document the centroid lifts sentences with recurring content", "[summary][select]") {
  // 45 sentences with words of their own; the last two carry words that recur throughout.
  std::string text = long_text(45);
  text += "The fishing fleet stayed in port while the fishing quotas were debated again.\n\n";
  text += "The quotas for the fishing fleet were cut, and the fleet stayed in port all winter.\n";
  document d = document::from_string(text);
  const std::vector<double> flat(d.sentences().size(), 1.0);  // centrality says nothing here
  select_options o;
  o.sentences = 1;
  o.length_exponent = 0;
  o.substance_weight = 0;  // the centroid alone
  o.key_centroid_mix = 0;
  CHECK(picked_texts(d, select_sentences(d, flat, o))[0].rfind("On ", 0) == 0);  // the earliest
  o.key_centroid_mix = 0.3;
  auto top = picked_texts(d, select_sentences(d, flat, o));
  CHECK(top[0].find("fleet") != std::string::npos);
  // A word budget weighs the centroid by centroid_mix instead.
  select_options w = o;
  w.sentences = 0;
  w.words = 13;  // one sentence: the first fleet sentence, or one "On ..." sentence
  w.key_centroid_mix = 1;
  w.centroid_mix = 0;
  CHECK(picked_texts(d, select_sentences(d, flat, w)).at(0).rfind("On ", 0) == 0);
  w.centroid_mix = 0.3;
  w.key_centroid_mix = 0;
  CHECK(picked_texts(d, select_sentences(d, flat, w)).at(0).find("fleet") != std::string::npos);
  // A short document is left to centrality: the same two sentences after five others.
  document s = document::from_string(long_text(5) +
                                     "The fishing fleet stayed in port while the fishing quotas were debated again.\n");
  const std::vector<double> flat_s(s.sentences().size(), 1.0);
  CHECK(picked_texts(s, select_sentences(s, flat_s, o))[0].rfind("On ", 0) == 0);
}

TEST_CASE("select: a sentence in the first or second person weighs less", "[summary][select]") {
  document d = document::from_string(
      "I want to thank you all for coming to the harbour this morning.\n\n"
      "The port authority will dredge the main channel before the summer season.\n\n"
      "The ruling in case (i) of the harbour code applies to all pilots.\n");
  select_options o;
  o.sentences = 1;
  o.length_exponent = 0;
  o.substance_weight = 0;  // the pronoun alone
  CHECK(first_pick_is(d, o, "The port authority"));
  o.key_person_weight = 1;  // off: ties go to the earlier sentence
  CHECK(first_pick_is(d, o, "I want"));
  // Under a word budget person_weight applies instead.
  select_options w;
  w.words = 13;
  w.length_exponent = 0;
  w.key_person_weight = 1;
  CHECK(first_pick_is(d, w, "The port authority"));
  w.person_weight = 1;
  CHECK(first_pick_is(d, w, "I want"));
  // A lower-case clause marker "(i)" is not the pronoun.
  document c = document::from_string(
      "The ruling in case (i) of the harbour code applies to all pilots.\n\n"
      "The port authority will dredge the main channel before the summer season.\n");
  o.key_person_weight = 0.5;
  CHECK(first_pick_is(c, o, "The ruling"));
}

TEST_CASE("select: a sentence that says who does what outweighs scene-setting", "[summary][select]") {
  // Equal centrality: the sentence naming actors and their commitment is chosen over the
  // earlier one that only sets the scene, unless the prior is off or a word budget is asked.
  document d = document::from_string(
      "The two delegations met for many hours over two days at a hotel by the river.\n\n"
      "The ministry and the council agreed that Canada will support the new fisheries treaty.\n");
  select_options o;
  o.sentences = 1;
  o.length_exponent = 0;
  CHECK(first_pick_is(d, o, "The ministry"));
  o.substance_weight = 0;  // off: ties go to the earlier sentence
  CHECK(first_pick_is(d, o, "The two delegations"));
  select_options w;
  w.words = 16;  // a budget asks for coverage; the prior is not applied
  w.length_exponent = 0;
  CHECK(first_pick_is(d, w, "The two delegations"));
}

TEST_CASE("select: a reporter's question in a transcript is never chosen", "[summary][select]") {
  document d = document::from_string(
      "MR. SMITH:  The ministers agreed to open a new shipping lane through the strait next spring.\n\n"
      "Q  Why did the ministers wait so long before they agreed to open the shipping lane?\n\n"
      "MR. SMITH:  The survey of the seabed took two full years to complete after the storms.\n",
      "t.md");
  summary_options o;
  o.select.sentences = 5;
  auto s = summarize(d, o);
  REQUIRE(s.sentences.size() == 2);
  for (const auto& x : s.sentences) {
    CHECK(x.text.find("Why did") == std::string::npos);
    CHECK(x.speaker == "Smith");
  }
}

TEST_CASE("select: a sentence followed by a no-break space is whole", "[summary][select]") {
  // Converted web pages leave U+00A0 after the full stop.
  document d = document::from_string(
      "The port authority will dredge the main channel before the summer season.\u00a0\n\n"
      "The harbour pilots reported calm weather and steady tides all week.\n\n"
      "Use of the harbour revolving fund\n");
  select_options o;
  o.sentences = 3;
  auto p = picked_texts(d, select_sentences(d, rank_sentences(d), o));
  REQUIRE(p.size() == 2);  // the unpunctuated line is not a sentence
  CHECK(p[0].rfind("The port authority", 0) == 0);
}

TEST_CASE("summary JSON: each keyword has its first span and its number of occurrences", "[summary][format]") {
  const std::string text =
      "The fishing fleet stayed in port all week.\n\nThe fishing fleet sailed on Monday morning.\n\n"
      "Harbour pilots reported calm weather for the fishing fleet.\n";
  auto s = summarize(text);
  auto j = nlohmann::json::parse(summary_to_json("t", s));
  REQUIRE(!j["keywords"].empty());
  for (std::size_t k = 0; k < s.keywords.size(); ++k) {
    const auto& kw = j["keywords"][k];
    CHECK(kw["occurrences"] == s.keywords[k].spans.size());
    REQUIRE(kw["span"].size() == 2);
    const std::size_t b = kw["span"][0], e = kw["span"][1];
    // The first occurrence is the term as written (case aside).
    std::string got = text.substr(b, e - b), want = kw["term"];
    for (auto* x : {&got, &want})
      for (char& c : *x) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(got == want);
  }
  auto fleet = std::find_if(s.keywords.begin(), s.keywords.end(), [](const auto& k) { return k.term == "fishing fleet"; });
  REQUIRE(fleet != s.keywords.end());
  CHECK(fleet->spans.size() == 3);
}

TEST_CASE("select: the centroid counts a document's recurring phrases", "[summary][select]") {
  // Same recurring words in the first two sentences; only the second has the recurring phrase.
  document d = document::from_string(
      "Fleet owners went fishing in the bay.\n\n"
      "The fishing fleet stayed in the bay.\n\n"
      "The fishing fleet sailed at dawn.\n");
  select_options o;
  o.sentences = 1;
  o.length_exponent = 0;
  o.long_candidates = 1;  // treat it as long, so the centroid applies
  o.key_centroid_mix = 1;  // the centroid alone
  o.centroid_bigrams = 0;
  CHECK(first_pick_is(d, o, "Fleet owners"));  // a tie: the earlier
  o.centroid_bigrams = 1;
  CHECK(first_pick_is(d, o, "The fishing fleet stayed"));
}

TEST_CASE("select: a bill's date lines, contents entries, editing instructions and definitions are not chosen",
          "[summary][select]") {
  // Each plumbing line carries the highest score; with the filters on, only the provisions remain.
  const std::string text =
      "Sec. 101. Short title and purposes of the grant.\n\n"
      "The Secretary shall award grants to States for the repair of rural bridges.\n\n"
      "by striking subsection (e) and the semicolon at the end.\n\n"
      "in paragraph (2), by inserting the words after the comma.\n\n"
      "The term agency has the meaning given the term in section 551 of title 5.\n\n"
      "The term \u201crural bridge\u201d means a bridge on a road outside an urbanized area.\n\n"
      "Each State receiving a grant shall report on the bridges repaired each year.\n\n"
      "Approved May 19, 2026.\n";
  document d = document::from_string(text, "bill.txt");
  std::vector<double> score(d.sentences().size(), 0.0);
  for (std::size_t i = 0; i < score.size(); ++i) {
    const std::string t = d.text(d.sentences()[i].src);
    score[i] = t.rfind("The Secretary", 0) == 0 || t.rfind("Each State", 0) == 0 ? 0.1 : 1.0;
  }
  select_options o;
  o.sentences = 2;
  o.length_exponent = 0;
  auto picks = picked_texts(d, select_sentences(d, score, o));
  REQUIRE(picks.size() == 2);
  CHECK(picks[0].rfind("The Secretary", 0) == 0);
  CHECK(picks[1].rfind("Each State", 0) == 0);
  // Off, the plumbing wins on its scores; and a sentence about May with a year stays a sentence.
  o.legal_filters = false;
  picks = picked_texts(d, select_sentences(d, score, o));
  CHECK(std::none_of(picks.begin(), picks.end(), [](const std::string& p) { return p.rfind("The Secretary", 0) == 0; }));
  document m = document::from_string("Prices may rise again in 2027.\n\nThe board met in May and set the 2026 budget.\n");
  o.legal_filters = true;
  o.sentences = 2;
  CHECK(select_sentences(m, std::vector<double>(m.sentences().size(), 1.0), o).size() == 2);
}

TEST_CASE("select: a continuation cut from its sentence is no key sentence, but fills a budget", "[summary][select]") {
  // A transcript's "(In progress) — which ..." and a list item's "and the rest ..." open in
  // lower case: a few key sentences are whole sentences; a word budget may still take them.
  document d = document::from_string(
      "(In progress) \u2014 which will go into some detail on the harbour issues they covered.\n\n"
      "and the remaining harbour fees will be collected by the port authority each spring.\n\n"
      "The port authority halved the harbour fees for coastal shippers from June.\n", "t.txt");
  std::vector<double> score(d.sentences().size(), 0.1);
  for (std::size_t i = 0; i < score.size(); ++i)
    if (d.text(d.sentences()[i].src).rfind("The port", 0) != 0) score[i] = 1.0;  // the pieces rank first
  select_options o;
  o.sentences = 1;
  auto picks = picked_texts(d, select_sentences(d, score, o));
  REQUIRE(picks.size() == 1);
  CHECK(picks[0].rfind("The port authority", 0) == 0);
  select_options budget;
  budget.words = 16;
  picks = picked_texts(d, select_sentences(d, score, budget));
  REQUIRE_FALSE(picks.empty());
  CHECK(picks[0].rfind("The port authority", 0) != 0);
}

TEST_CASE("select: a report's method statement is no key sentence, but fills a budget", "[summary][select]") {
  // How an audit reached its findings ("To assess ..., we reviewed ...", "We conducted this
  // audit ...") is not a finding; "We also found ..." is one.
  document d = document::from_string(
      "To assess the harbour fees, we reviewed the port authority's records for 2019 to 2024.\n\n"
      "We conducted this performance audit from May 2024 to June 2025 in accordance with standards.\n\n"
      "We also found that the port authority halved the harbour fees for coastal shippers.\n\n"
      "The harbour fees for coastal shippers fell by half from June while berths were added.\n", "r.txt");
  std::vector<double> score(d.sentences().size(), 1.0);
  score.back() = 0.1;  // the method statements and the finding rank first
  select_options o;
  o.sentences = 2;
  auto picks = picked_texts(d, select_sentences(d, score, o));
  REQUIRE(picks.size() == 2);
  CHECK(std::none_of(picks.begin(), picks.end(), [](const std::string& p) {
    return p.rfind("To assess", 0) == 0 || p.rfind("We conducted", 0) == 0;
  }));
  CHECK(std::any_of(picks.begin(), picks.end(), [](const std::string& p) { return p.rfind("We also found", 0) == 0; }));
  select_options budget;
  budget.words = 40;
  picks = picked_texts(d, select_sentences(d, score, budget));
  CHECK(std::any_of(picks.begin(), picks.end(), [](const std::string& p) {
    return p.rfind("To assess", 0) == 0 || p.rfind("We conducted", 0) == 0;
  }));
}
