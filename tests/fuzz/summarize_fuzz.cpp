// Fuzz target: the whole summary on a repaired document, rendered in every output format;
// JSON parses back and agrees with the summary, text and Markdown hold every key sentence.
#include "invariants.hpp"

#include <precis/format.hpp>
#include <precis/summarize/summary.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace precis;
  document d;
  fuzz::repaired(data, size, d);
  summary_options opt;
  // The last byte picks the summary size and similarity, so the corpus explores them too.
  const unsigned knob = size ? data[size - 1] : 0;
  opt.select.sentences = 1 + knob % 5;
  opt.rank.sim = knob % 3 == 0 ? similarity::overlap : knob % 3 == 1 ? similarity::bm25 : similarity::cosine;
  const summary s = summarize(d, opt);

  const auto& ss = d.sentences();
  PRECIS_CHECK(s.sentences.size() <= opt.select.sentences, s.sentences.size());
  std::vector<char> rank_seen(s.sentences.size() + 1, 0);
  for (std::size_t i = 0; i < s.sentences.size(); ++i) {
    const auto& x = s.sentences[i];
    PRECIS_CHECK(x.index < ss.size(), x.index, ss.size());
    PRECIS_CHECK(x.src == ss[x.index].src, x.index);
    PRECIS_CHECK(i == 0 || s.sentences[i - 1].index < x.index, i, x.index);  // document order
    PRECIS_CHECK(x.rank >= 1 && x.rank <= s.sentences.size() && !rank_seen[x.rank], x.rank);
    rank_seen[x.rank] = 1;
    PRECIS_CHECK(std::isfinite(x.score));
    PRECIS_CHECK(x.text == d.text(x.src));
  }
  for (const auto& k : s.keywords) PRECIS_CHECK(std::isfinite(k.score) && fuzz::valid_utf8(k.term) && !k.term.empty());
  for (const auto& e : s.enumerations) fuzz::check_enumeration(d.source(), e);

  const auto j = nlohmann::json::parse(summary_to_json(d.name(), s));
  PRECIS_CHECK(j["sentences"].size() == s.sentences.size());
  for (std::size_t i = 0; i < s.sentences.size(); ++i) {
    PRECIS_CHECK(j["sentences"][i]["span"][0] == s.sentences[i].src.begin);
    PRECIS_CHECK(j["sentences"][i]["span"][1] == s.sentences[i].src.end);
    PRECIS_CHECK(j["sentences"][i]["text"] == s.sentences[i].text);
  }
  PRECIS_CHECK(j["keywords"].size() == s.keywords.size());
  PRECIS_CHECK(j["enumerations"].size() == s.enumerations.size());
  PRECIS_CHECK(j["meta"]["speakers"].is_array());
  const std::string id = "\"fuzz\"";
  PRECIS_CHECK(nlohmann::json::parse(summary_to_json(d.name(), s, &id))["id"] == "fuzz");

  const std::string md = summary_to_markdown(d.name(), s), text = summary_to_text(s);
  PRECIS_CHECK(fuzz::valid_utf8(md) && fuzz::valid_utf8(text));
  for (const auto& x : s.sentences)
    PRECIS_CHECK(md.find(x.text) != std::string::npos && text.find(x.text) != std::string::npos, x.index);
  return 0;
}
