// Issue 9's bad inputs through the whole summary (rank, select, extract, keywords, meta, every
// output format): each gives a valid summary, possibly empty, in bounded time.
#include <precis/format.hpp>
#include <precis/summarize/summary.hpp>

#include "support.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <string>

using precis::document;
using precis::summarize;

namespace {

document md(std::string text) {
  precis::load_options o;
  o.format = precis::input_format::markdown;
  return document::from_string(std::move(text), "bad.md", o);
}

// Every format renders, the JSON parses, and every chosen sentence is a body sentence whose
// span lies inside the input.
void require_valid(const document& d, const precis::summary& s) {
  for (const auto& x : s.sentences) {
    REQUIRE(x.index < d.sentences().size());
    CHECK(d.sentences()[x.index].kind == precis::sentence_kind::body);
    CHECK(x.src.end <= d.source().size());
  }
  auto j = nlohmann::json::parse(precis::summary_to_json("bad.md", s));
  CHECK(j.at("sentences").size() == s.sentences.size());
  CHECK_FALSE(precis::summary_to_text("bad.md", s).empty());
  CHECK_FALSE(precis::summary_to_markdown("bad.md", s).empty());
}

}  // namespace

TEST_CASE("bad input: a document of only headings has an empty summary", "[summary][input]") {
  document d = md("# Joint Statement\n\n## At the Bilateral Level\n\n### Trade and Investment\n\n## Closing\n");
  auto s = summarize(d);
  require_valid(d, s);
  CHECK(s.sentences.empty());     // headings are never summary sentences
  CHECK(s.headings.size() == 4);  // but they are still reported
}

TEST_CASE("bad input: a document of only boilerplate picks nothing from it", "[summary][input]") {
  document d = md("---\ntitle: \"Release\"\ndate: 2025-01-02\n---\n\n<!-- -->\n\n---\n\n\\###\n");
  auto s = summarize(d);
  require_valid(d, s);
  CHECK(s.sentences.empty());
  CHECK(s.keywords.empty());
}

TEST_CASE("bad input: a document that is one enumeration", "[summary][input]") {
  document d = md("1. Resume the dialogue on maritime affairs between the two coast guards.\n"
                  "2. Harmonise the fishing quotas of the shared waters each season.\n"
                  "3. Open a joint research station for the study of the coral reefs.\n");
  auto s = summarize(d);
  require_valid(d, s);
  CHECK(!s.sentences.empty());
  CHECK(s.sentences.size() <= 3);
  REQUIRE(s.enumerations.size() == 1);
  CHECK(s.enumerations[0].items.size() == 3);
}

TEST_CASE("bad input: 100,000 identical sentences give one sentence, quickly", "[summary][input]") {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "The committee approved the annual budget for schools. ";
  auto t0 = std::chrono::steady_clock::now();
  document d = md(std::move(text));
  auto s = summarize(d);
  const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  require_valid(d, s);
  CHECK(s.sentences.size() == 1);  // a summary never repeats itself
  CHECK(sec < 120);                // a hang guard, not a speed test (that is bench/)
}

TEST_CASE("bad input: one sentence of 10 MB", "[summary][input]") {
  std::string text;
  text.reserve((10u << 20) + 16);
  for (std::size_t i = 0; text.size() < (10u << 20); ++i) text += "word" + std::to_string(i % 7919) + ' ';
  text += "ends.";
  auto t0 = std::chrono::steady_clock::now();
  document d = md(std::move(text));
  auto s = summarize(d);
  const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  require_valid(d, s);
  CHECK(s.sentences.size() <= 1);
  CHECK(sec < 120);
}
