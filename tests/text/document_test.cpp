// The document model: segmentation rules, spans into the original bytes, metadata, clean-up.
#include <precis/text/document.hpp>
#include <precis/text/normalize.hpp>

#include "support.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using precis::document;
using precis::sentence_kind;
using precis::meta_kind;

namespace {

std::vector<std::string> sentence_texts(const document& d, bool with_meta = false) {
  std::vector<std::string> out;
  for (const auto& s : d.sentences())
    if (with_meta || s.kind != sentence_kind::meta) out.push_back(d.text(s.src));
  return out;
}

std::vector<std::string> split(const std::string& text) {
  return sentence_texts(document::from_string(text));
}

}  // namespace

TEST_CASE("abbreviations and initials do not end sentences", "[text][segment]") {
  CHECK(split("He met U.S. officials in Washington D.C. on Friday. They talked.") ==
        std::vector<std::string>{"He met U.S. officials in Washington D.C. on Friday.", "They talked."});
  CHECK(split("The talks began on Dec. 11 in Beijing. Both sides attended.") ==
        std::vector<std::string>{"The talks began on Dec. 11 in Beijing.", "Both sides attended."});
  CHECK(split("Dr. Henry Kissinger spoke. In the early days of the G.W. Bush administration, ties were poor.") ==
        std::vector<std::string>{"Dr. Henry Kissinger spoke.",
                                 "In the early days of the G.W. Bush administration, ties were poor."});
  CHECK(split("Resolution No. 5 passed. It was late.") ==
        std::vector<std::string>{"Resolution No. 5 passed.", "It was late."});
  CHECK(split("They will hold the China-U.S. Coordination Meeting next week.").size() == 1);
}

TEST_CASE("a sentence may end with an abbreviation", "[text][segment]") {
  CHECK(split("The delegation flew to the U.S. The talks start today.") ==
        std::vector<std::string>{"The delegation flew to the U.S.", "The talks start today."});
  CHECK(split("Exports rose, said Acme Inc. However, imports fell.") ==
        std::vector<std::string>{"Exports rose, said Acme Inc.", "However, imports fell."});
}

TEST_CASE("an initial ends its sentence before an ordinal or discourse adverb", "[text][segment]") {
  // A capital and a period is read as an initial ("John F. Kennedy") unless the next word is
  // one that opens sentences and is never part of a name.
  CHECK(split("We will fund vaccines against hepatitis B. Secondly, we will train nurses.") ==
        std::vector<std::string>{"We will fund vaccines against hepatitis B.", "Secondly, we will train nurses."});
  CHECK(split("The plan covers Annex C. Nevertheless, gaps remain.").size() == 2);
  CHECK(split("The speech by John F. Kennedy was short.").size() == 1);
}

TEST_CASE("decimals, closing quotes and other punctuation", "[text][segment]") {
  CHECK(split("Trade grew 8.3 percent to USD 586.7 billion. It was a record.") ==
        std::vector<std::string>{"Trade grew 8.3 percent to USD 586.7 billion.", "It was a record."});
  CHECK(split("It warned of a \xE2\x80\x9Ctechnical collision.\xE2\x80\x9D Talks resumed.") ==
        std::vector<std::string>{"It warned of a \xE2\x80\x9Ctechnical collision.\xE2\x80\x9D", "Talks resumed."});
  CHECK(split("\"Are we ready?\" he asked. \"Yes!\" she said.") ==
        std::vector<std::string>{"\"Are we ready?\" he asked.", "\"Yes!\" she said."});
  CHECK(split("Why now? Because the window is closing... Wait and see.").size() == 3);
  CHECK(split("He said \"no\" and left").size() == 1);
}

TEST_CASE("paragraph breaks always end a sentence; hard wraps do not", "[text][segment]") {
  document d = document::from_string("First line without stop\n\nSecond paragraph wraps\nonto a second line.\n");
  REQUIRE(d.paragraphs().size() == 2);
  CHECK(sentence_texts(d) == std::vector<std::string>{"First line without stop",
                                                      "Second paragraph wraps onto a second line."});
}

TEST_CASE("metadata: datelines, date stamps, captions, editor lines", "[text][meta]") {
  document d = document::from_string(
      " date 2024-12-18 Leaders meet in Beijing\n\nXinhua) 08:54, December 18, 2024\n\n"
      "The minister addresses a symposium in Beijing, Dec. 17, 2024. (Xinhua/Zhang Ling)\n\n"
      "BEIJING, Dec. 17 (Xinhua) -- China is ready to work with the United States.\n\n"
      "(Web editor: Zhang Kaiwei, Zhong Wenxing)");
  std::vector<std::pair<meta_kind, std::string>> metas;
  for (const auto& s : d.sentences())
    if (s.kind == sentence_kind::meta) metas.emplace_back(s.meta, d.text(s.src));
  REQUIRE(metas.size() == 6);
  CHECK(metas[0] == std::pair{meta_kind::date, std::string("date 2024-12-18")});
  CHECK(metas[1].first == meta_kind::byline);
  CHECK(metas[2].first == meta_kind::caption);
  CHECK(metas[3].first == meta_kind::caption);
  CHECK(metas[4] == std::pair{meta_kind::dateline, std::string("BEIJING, Dec. 17 (Xinhua) --")});
  CHECK(metas[5].first == meta_kind::editor);
  CHECK(sentence_texts(d) == std::vector<std::string>{"Leaders meet in Beijing",
                                                      "China is ready to work with the United States."});
  CHECK(split("WASHINGTON (Reuters) - Talks ended. Both sides left.") ==
        std::vector<std::string>{"Talks ended.", "Both sides left."});
  CHECK(split("(CNN) Donald Sterling lost big. A judge ruled.") ==
        std::vector<std::string>{"Donald Sterling lost big.", "A judge ruled."});
  // Not datelines: an ordinary sentence that opens with capitals, a parenthesis mid-text.
  CHECK(split("NATO and the EU met. They agreed.").size() == 2);
  CHECK(split("NATO and the EU met.").front() == "NATO and the EU met.");
}

TEST_CASE("every span points into the original bytes", "[text][span]") {
  std::string text = "Trade\xC2\xA0rose \xE2\x80\x9Csharply\xE2\x80\x9D \xE2\x80\x94 by 8.3%.\n\nThe U.S. side agreed. "
                     "Ligature \xEF\xAC\x81" "nance works.";
  document d = document::from_string(text);
  for (const auto& s : d.sentences()) {
    REQUIRE(s.src.end <= text.size());
    // The display text keeps the source's characters: only white space is collapsed.
    std::string raw(s.src.of(text));
    bool curly_in_source = raw.find("\xE2\x80") != std::string::npos;
    bool curly_in_text = d.text(s.src).find("\xE2\x80") != std::string::npos;
    CHECK(curly_in_source == curly_in_text);
  }
  for (const auto& t : d.tokens()) {
    std::string raw(t.src().of(text));
    std::string folded;
    precis::fold_word(raw, folded);
    CHECK(folded == d.terms()[t.term].folded);
  }
  // Folding is for matching only: curly quotes, dashes, NBSP and ligatures fold...
  CHECK(precis::fold_text("\xE2\x80\x9C" "A" "\xE2\x80\x9D\xC2\xA0\xE2\x80\x94 \xEF\xAC\x81") == "\"a\" - fi");
  // ...while the token keeps the original span (3-byte ligature, not "fi").
  auto it = std::find_if(d.tokens().begin(), d.tokens().end(),
                         [&](const precis::token& t) { return d.terms()[t.term].folded == "finance"; });
  REQUIRE(it != d.tokens().end());
  CHECK(it->src().of(text) == "\xEF\xAC\x81" "nance");
}

TEST_CASE("tokens: folded form, stem, stopword flag", "[text][token]") {
  document d = document::from_string("China's exporters were exporting 2,000.5 tonnes; the Mil-to-Mil hotlines.");
  std::vector<std::string> folded, stems;
  for (const auto& t : d.tokens()) {
    folded.push_back(d.terms()[t.term].folded);
    stems.push_back(d.stems()[d.terms()[t.term].stem]);
  }
  CHECK(folded == std::vector<std::string>{"china's", "exporters", "were", "exporting", "2,000.5", "tonnes",
                                           "the", "mil", "to", "mil", "hotlines"});
  CHECK(stems[1] == "export");
  CHECK(stems[3] == "export");
  CHECK(stems[0] == "china");
  auto stop = [&](std::size_t i) { return d.terms()[d.tokens()[i].term].stop; };
  CHECK(stop(2));
  CHECK(stop(6));
  CHECK_FALSE(stop(1));
  CHECK_FALSE(d.terms()[d.tokens()[4].term].alpha);
}

TEST_CASE("tokens: terms and stems numbered by first use, each once, per document", "[text][token]") {
  // The thread's vocabulary outlives documents; each document numbers only what it uses.
  document a = document::from_string("Exports rose. Exporting firms said exports rose again.");
  document b = document::from_string("Again, firms rose.");
  auto folded_of = [](const document& d) {
    std::vector<std::string> v;
    for (const auto& t : d.terms()) v.push_back(t.folded);
    return v;
  };
  CHECK(folded_of(a) == std::vector<std::string>{"exports", "rose", "exporting", "firms", "said", "again"});
  CHECK(a.stems() == std::vector<std::string>{"export", "rose", "firm", "said", "again"});
  CHECK(a.terms()[2].stem == a.terms()[0].stem);  // "exporting" and "exports" share a stem
  for (const auto& t : a.tokens()) CHECK(t.term < a.terms().size());
  CHECK(folded_of(b) == std::vector<std::string>{"again", "firms", "rose"});
  CHECK(b.stems() == std::vector<std::string>{"again", "firm", "rose"});
  CHECK(b.terms()[b.tokens()[0].term].folded == "again");
}

TEST_CASE("bad input: empty, invalid UTF-8, NUL, repair", "[text][input]") {
  CHECK(document::from_string("").sentences().empty());
  CHECK(document::from_string("   \n\n \t ").sentences().empty());
  try {
    document::from_string("ok line\nbad \xC3\x28 here", "in.txt");
    FAIL("no error");
  } catch (const precis::input_error& e) {
    CHECK(e.code() == precis::input_errc::bad_data);
    CHECK(e.offset() == 12);
    CHECK(e.line() == 2);
    CHECK(e.column() == 5);
    CHECK(e.source() == "in.txt");
  }
  CHECK_THROWS_AS(document::from_string(std::string("a\0b", 3)), precis::input_error);
  CHECK_THROWS_AS(document::from_string("\xED\xA0\x80 surrogate"), precis::input_error);
  CHECK_THROWS_AS(document::from_string("\xC0\xAF overlong"), precis::input_error);
  precis::load_options repair;
  repair.repair = true;
  std::string bad = std::string("Caf\xE9 open.\0 Next one.", 21);
  document d = document::from_string(bad, "x", repair);
  CHECK(d.source().size() == bad.size());
  CHECK(d.repaired() == 2);
  CHECK(sentence_texts(d) == std::vector<std::string>{"Caf? open.", "Next one."});
  CHECK_THROWS_AS(document::from_file("/nonexistent/file.txt"), precis::input_error);
}

TEST_CASE("pinned segmentation of seeds 000-003", "[text][segment][shared]") {
  auto shared = precis::test::shared_dir();
  for (const auto& entry : std::filesystem::directory_iterator(precis::test::data_dir() / "segment")) {
    std::string name = entry.path().stem().string();
    INFO(name);
    document d = document::from_file((shared / "seeds" / (name + ".txt")).string());
    std::istringstream expect(precis::test::read_file(entry.path()));
    std::string line;
    std::size_t i = 0;
    while (std::getline(expect, line)) {
      REQUIRE(i < d.sentences().size());
      const auto& s = d.sentences()[i];
      // index \t [begin,end) \t kind \t text
      std::string got = std::to_string(i) + "\t[" + std::to_string(s.src.begin) + "," +
                        std::to_string(s.src.end) + ")\t";
      CHECK(line.substr(0, got.size()) == got);
      CHECK(line.substr(line.rfind('\t') + 1) == d.text(s.src));
      ++i;
    }
    CHECK(i == d.sentences().size());
  }
}

TEST_CASE("PDF clean-up on seed 004: running headers dropped, page breaks rejoined", "[text][cleanup][shared]") {
  auto shared = precis::test::shared_dir();
  document d = document::from_file((shared / "seeds" / "004_a7e4e7c29be50e38.txt").string());
  CHECK(d.removed().size() >= 10);
  for (const auto& s : d.sentences()) {
    std::string t = d.text(s.src);
    INFO(t);
    CHECK(t.find("CICIR\n") == std::string::npos);
    CHECK(t.find("Mutual Respect, Equality, Mutual Benefit, and Peaceful Coexistence") == std::string::npos);
    CHECK(t != "CICIR");
  }
  // Every bullet expected in the spec comes back whole as one paragraph.
  auto spec = nlohmann::json::parse(precis::test::read_file(shared / "spec" / "seeds.expected.json"));
  std::vector<std::string> bullets;
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& enums) {
    for (const auto& e : enums)
      for (const auto& it : e["items"]) {
        if (e["kind"] == "bullets") bullets.push_back(it["starts_with"]);
        if (it.contains("children")) walk(it["children"]);
      }
  };
  for (const auto& doc : spec["documents"])
    if (doc["file"] == "004_a7e4e7c29be50e38.txt") walk(doc["enumerations"]);
  REQUIRE(bullets.size() == 27);
  std::vector<std::string> paragraphs;
  for (const auto& p : d.paragraphs()) paragraphs.push_back(precis::fold_text(d.text(p.src)));
  for (const auto& b : bullets) {
    INFO(b);
    std::string want = precis::fold_text("- " + b);
    CHECK(std::any_of(paragraphs.begin(), paragraphs.end(),
                      [&](const std::string& p) { return p.rfind(want, 0) == 0; }));
  }
  // The straddling paragraphs read straight through.
  CHECK(std::any_of(paragraphs.begin(), paragraphs.end(), [](const std::string& p) {
    return p.find("ease global inflationary pressures. they should jointly explore") != std::string::npos;
  }));
  CHECK(std::any_of(paragraphs.begin(), paragraphs.end(), [](const std::string& p) {
    return p.find("nevertheless, most american scholars are still insisting") != std::string::npos;
  }));
}
