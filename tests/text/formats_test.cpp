// Input formats and the layout model: Markdown, HTML, transcripts and one-paragraph-per-line
// text become blocks with kinds, headings and sections, every span into the ORIGINAL bytes.
#include <precis/text/document.hpp>

#include "support.hpp"

#include <algorithm>
#include <string>

using namespace precis;

namespace {

document load(const std::string& file) {
  return document::from_file((precis::test::data_dir() / "formats" / file).string());
}

// Every sentence span lies inside the input, in order, on UTF-8 boundaries, and its display
// text carries no markup.
void require_clean_spans(const document& d) {
  std::size_t last = 0;
  auto boundary = [&](std::size_t o) {
    return o == d.source().size() || (static_cast<unsigned char>(d.source()[o]) & 0xC0) != 0x80;
  };
  for (const auto& s : d.sentences()) {
    REQUIRE(s.src.begin < s.src.end);
    REQUIRE(s.src.end <= d.source().size());
    REQUIRE(s.src.begin >= last);
    REQUIRE(boundary(s.src.begin));
    REQUIRE(boundary(s.src.end));
    last = s.src.end;
    std::string t = d.text(s.src);
    CHECK(t.find("**") == std::string::npos);
    CHECK(t.find("](") == std::string::npos);
    CHECK(t.find('<') == std::string::npos);
  }
}

std::vector<std::string> heading_texts(const document& d) {
  std::vector<std::string> out;
  for (const auto& h : d.headings()) out.push_back(h.text);
  return out;
}

}  // namespace

TEST_CASE("markdown: front matter, headings, nested lists, a table, entities", "[text][formats]") {
  document d = load("statement.md");
  CHECK(d.format() == input_format::markdown);
  REQUIRE(d.front_matter().present);
  CHECK(d.front_matter().title == "Joint Statement on Fisheries\xE2\x80\x99 Cooperation");  // YAML escape decoded
  CHECK(d.front_matter().date == "2025-03-14");
  require_clean_spans(d);
  for (const auto& s : d.sentences()) CHECK(s.src.begin >= d.front_matter().src.end);
  CHECK(heading_texts(d) == std::vector<std::string>{"Joint Statement on Fisheries Cooperation",
                                                     "Ministry of Ocean Affairs", "Shared Stocks", "Data Tables"});
  CHECK(d.headings()[0].level == 1);
  CHECK(d.headings()[2].level == 2);
  // The ATX heading's span starts at its '#': markup included, as a reader points at it.
  CHECK(d.source()[d.headings()[0].src.begin] == '#');
  std::vector<int> depths;
  for (const auto& p : d.paragraphs())
    if (p.kind == block_kind::bullet) {
      depths.push_back(p.level);
      CHECK(d.text(p.src).front() == '-');  // an item keeps its marker
    }
  CHECK(depths == std::vector<int>{1, 2, 2, 1});
  auto table = std::find_if(d.paragraphs().begin(), d.paragraphs().end(), [](const paragraph& p) { return p.kind == block_kind::table; });
  REQUIRE(table != d.paragraphs().end());
  for (auto i = table->first_sentence; i < table->last_sentence; ++i) CHECK(d.sentences()[i].kind == sentence_kind::boilerplate);
  bool quoted = false;
  for (const auto& s : d.sentences()) quoted = quoted || d.text(s.src).find("\xE2\x80\x9C" "early 2026\xE2\x80\x9D") != std::string::npos;
  CHECK(quoted);
  // Link text stays, the link target never becomes a token.
  for (const auto& t : d.terms()) CHECK(t.folded.find("example") == std::string::npos);
}

TEST_CASE("markdown: sections nest by heading level", "[text][formats]") {
  document d = document::from_string("# Title\n\nIntro text here.\n\n## One\n\nFirst body.\n\n### One A\n\nDeep body.\n\n## Two\n\nSecond body.\n",
                                     "x.md");
  REQUIRE(d.sections().size() == 5);  // root + 4 headings
  CHECK(d.sections()[1].parent == 0);
  CHECK(d.sections()[2].parent == 1);
  CHECK(d.sections()[3].parent == 2);
  CHECK(d.sections()[4].parent == 1);  // "Two" closes "One" and "One A"
  const auto& last = d.paragraphs().back();
  CHECK(d.sections()[last.section].heading == 3);
}

TEST_CASE("html: text nodes keep their offsets; scripts, navigation and footers are not prose", "[text][formats]") {
  document d = load("page.html");
  CHECK(d.format() == input_format::html);
  require_clean_spans(d);
  CHECK(heading_texts(d) == std::vector<std::string>{"Readout of the Call", "Next Steps"});
  std::size_t body = 0;
  for (const auto& s : d.sentences()) {
    std::string t = d.text(s.src);
    CHECK(t.find("not prose") == std::string::npos);
    CHECK(t.find("color") == std::string::npos);
    if (t.find("Home") != std::string::npos || t.find("Copyright") != std::string::npos)
      CHECK(s.kind == sentence_kind::boilerplate);
    if (s.kind == sentence_kind::body) ++body;
    // The display text is the source's bytes within the span, character references decoded.
    if (t.find("security") != std::string::npos) CHECK(t.find("security & trade") != std::string::npos);
  }
  CHECK(body == 3);
}

TEST_CASE("transcripts: turn labels, venue lines, a note after the label", "[text][formats]") {
  document d = load("briefing.txt");
  std::vector<std::string> labels;
  for (const auto& p : d.paragraphs())
    if (!p.label.empty()) labels.push_back(std::string(p.label.of(d.source())));
  CHECK(labels == std::vector<std::string>{"MR. DAVIES:", "Q", "MR. DAVIES:", "MINISTER OKAFOR:"});
  for (const auto& s : d.sentences()) {
    std::string t = d.text(s.src);
    if (t == "Lima, Peru" || t == "3:15 P.M. PET") CHECK(s.kind == sentence_kind::boilerplate);
    if (t.rfind("MINISTER OKAFOR:", 0) == 0) {
      CHECK(s.meta == meta_kind::label);
      CHECK(t == "MINISTER OKAFOR: (As interpreted.)");
    }
    if (t == "We welcome the progress made this week.") CHECK(s.kind == sentence_kind::body);
  }
  CHECK(d.headings().empty());
}

TEST_CASE("transcripts: a label after leading no-break spaces still opens its turn", "[text][formats]") {
  // Some converters put U+00A0 before a label; the turn and its speaker must not be lost.
  const std::string nb = "\xC2\xA0";
  for (const std::string& lead : {nb, nb + " ", std::string(" ")}) {
    document d = document::from_string(lead + "THE MINISTER:" + nb + " We will build two ports.\n\n"
                                       "Q" + nb + " When?\n\n" + lead + "THE MINISTER:  Next year.\n");
    std::vector<std::string> labels;
    for (const auto& p : d.paragraphs())
      if (!p.label.empty()) labels.push_back(std::string(p.label.of(d.source())));
    CHECK(labels == std::vector<std::string>{"THE MINISTER:", "Q", "THE MINISTER:"});
  }
}

TEST_CASE("transcripts: one label-like line is not a transcript", "[text][formats]") {
  document d = document::from_string("NOTE: the figures are provisional.\n\nThe economy grew by two percent.\n");
  for (const auto& p : d.paragraphs()) CHECK(p.label.empty());
}

TEST_CASE("text with one paragraph per line: headings stand alone", "[text][formats]") {
  document d = load("report.txt");
  CHECK(d.format() == input_format::text);
  CHECK(heading_texts(d) == std::vector<std::string>{"Annual Report on Coastal Protection", "Summary", "Funding"});
  // The last words of a hard-wrapped paragraph are not a heading.
  document w = document::from_string(
      "The delegation reviewed the arrangements for the summit and the agenda that was\n"
      "Agreed in March by both governments and their ministers.\n");
  CHECK(w.headings().empty());
  CHECK(w.paragraphs().size() == 1);
}

TEST_CASE("text: Markdown-ish headings, rules and lone page-break marks", "[text][formats]") {
  document d = document::from_string("### I. Opening\n\nFirst, we meet.\n\n#\n\nSecond, we talk.\n\n---\n\n**Closing Words**\n\nThank you.\n", "x.txt");
  CHECK(heading_texts(d) == std::vector<std::string>{"I. Opening", "Closing Words"});
  CHECK(d.headings()[0].level == 3);
  for (const auto& s : d.sentences()) {
    std::string t = d.text(s.src);
    CHECK(t != "#");
    CHECK(t != "---");
  }
}

TEST_CASE("text: indentation gives list depth", "[text][formats]") {
  document d = document::from_string("Measures:\n\n- tighten permits\n  - for trawlers\n  - for longliners\n- fund patrols\n", "x.txt");
  std::vector<int> depths;
  for (const auto& p : d.paragraphs())
    if (p.kind == block_kind::bullet) depths.push_back(p.level);
  CHECK(depths == std::vector<int>{1, 2, 2, 1});
}

TEST_CASE("a byte-order mark is not text", "[text][formats]") {
  document d = document::from_string("\xEF\xBB\xBFHello world. Second sentence.");
  REQUIRE(!d.sentences().empty());
  CHECK(d.text(d.sentences()[0].src) == "Hello world.");
  CHECK(d.sentences()[0].src.begin == 3);
}

TEST_CASE("format detection: extension first, then a look at the text", "[text][formats]") {
  CHECK(document::from_string("# Title\n\nBody.", "notes.md").format() == input_format::markdown);
  CHECK(document::from_string("# Title\n\nBody.", "notes.txt").format() == input_format::text);
  CHECK(document::from_string("# Title\n\nBody.").format() == input_format::markdown);
  CHECK(document::from_string("<!DOCTYPE html><p>Hi there.</p>").format() == input_format::html);
  CHECK(document::from_string("Plain words. More words.").format() == input_format::text);
  load_options o;
  o.format = input_format::text;
  CHECK(document::from_string("# Title\n\nBody.", "x.md", o).format() == input_format::text);
}

TEST_CASE("boilerplate: notices, navigation, back matter and signatures are not prose", "[text][formats]") {
  document d = document::from_string(
      "# Report on Ports\n\n[Home](https://x.example/) > [Reports](https://x.example/r)\n\n"
      "The port authority dredged the main channel and opened two new berths during the year.\n\n"
      "This is a work of the U.S. government and is not subject to copyright protection.\n\n"
      "## References\n\nSmith, J. Ports and Trade. 2020.\n\nJones, K. Channels. 2021.\n\n"
      "## Outlook\n\nTraffic is expected to grow by a tenth over the next five years as trade recovers.\n\n"
      "JANE DOE\n\nDirector, Port Studies\n", "r.md");
  std::size_t body = 0;
  for (const auto& s : d.sentences()) {
    std::string t = d.text(s.src);
    bool content = t.rfind("The port authority", 0) == 0 || t.rfind("Traffic is expected", 0) == 0;
    if (s.kind == sentence_kind::body) {
      CHECK(content);
      ++body;
    }
  }
  CHECK(body == 2);
}

TEST_CASE("boilerplate: a notice label glued to the list item above still opens its notice", "[text][formats]") {
  // No blank line after the last item: Markdown continues the item with the label line; the
  // label's hard break puts the notice's text in a block that opens like prose.
  document d = document::from_string(
      "The port authority dredged the main channel and opened two new berths during the year.\n\n"
      "- extend the quay by two hundred metres before the winter storms;\n"
      "- publish the harbour fees for the coming year.\n"
      "        Disclaimer:  \n"
      " These pages were written by the Harbour Research Office for the board. It works for the "
      "board alone. Its pages may be copied in full without permission.\n",
      "r.md");
  std::size_t notice = 0;
  for (const auto& s : d.sentences()) {
    const std::string t = d.text(s.src);
    const bool is_notice = t.find("Disclaimer") != std::string::npos || t.find("board") != std::string::npos ||
                           t.find("copied") != std::string::npos;
    CHECK((s.kind == sentence_kind::boilerplate) == is_notice);
    notice += is_notice;
  }
  CHECK(notice >= 3);
}

TEST_CASE("boilerplate: a table of contents without its heading is a run of titles with page numbers",
          "[text][formats]") {
  document d = document::from_string(
      "# Report on Ports\n\n**Letter** 1\n\n**Appendix I** **Briefing Slides** 6\n\nScope and Methodology .... 12\n\n"
      "The port authority dredged the main channel and opened 2 new berths in 2024.\n\n"
      "Berths opened in 2\n\nChannels dredged in 1\n\n"  // two such lines are no table
      "Traffic is expected to grow by a tenth over the next five years as trade recovers.\n",
      "r.md");
  std::vector<std::string> body;
  for (const auto& s : d.sentences())
    if (s.kind == sentence_kind::body) body.push_back(d.text(s.src));
  CHECK(body == std::vector<std::string>{"The port authority dredged the main channel and opened 2 new berths in 2024.",
                                         "Berths opened in 2", "Channels dredged in 1",
                                         "Traffic is expected to grow by a tenth over the next five years as trade recovers."});
}

TEST_CASE("boilerplate: a list of abbreviations ends where prose resumes", "[text][formats]") {
  // A report whose letter has no heading of its own: the letter follows the list directly.
  document d = document::from_string(
      "# Report on Ports\n\n**Abbreviations**\n\nFMC Federal Maritime Commission\n\nTEU twenty-foot equivalent unit\n\n"
      "The port authority dredged the main channel and opened two new berths for container ships in 2024.\n\n"
      "## Background\n\nTraffic is expected to grow by a tenth over the next five years as trade recovers.\n",
      "r.md");
  std::vector<std::string> body, boiler;
  for (const auto& s : d.sentences())
    if (s.kind == sentence_kind::body) body.push_back(d.text(s.src));
    else if (s.kind == sentence_kind::boilerplate) boiler.push_back(d.text(s.src));
  CHECK(body == std::vector<std::string>{"The port authority dredged the main channel and opened two new berths for container ships in 2024.",
                                         "Traffic is expected to grow by a tenth over the next five years as trade recovers."});
  CHECK(boiler == std::vector<std::string>{"FMC Federal Maritime Commission", "TEU twenty-foot equivalent unit"});
}

TEST_CASE("boilerplate: the signature that ends a report's letter, before its appendices", "[text][formats]") {
  document d = document::from_string(
      "# Report on Ports\n\nThe port authority dredged the main channel and opened two new berths in 2024.\n\n"
      "Jane Doe\n\nDirector, Physical Infrastructure\n\n"
      "## Appendix I: Objectives, Scope, and Methodology\n\n"
      "To assess the berths, we reviewed the authority's records and interviewed its officials.\n\n"
      "## Appendix II: Data\n\nThe records cover the years 2019 to 2024 and every berth of the port.\n",
      "r.md");
  std::vector<std::string> body;
  for (const auto& s : d.sentences())
    if (s.kind == sentence_kind::body) body.push_back(d.text(s.src));
  CHECK(body == std::vector<std::string>{"The port authority dredged the main channel and opened two new berths in 2024.",
                                         "To assess the berths, we reviewed the authority's records and interviewed its officials.",
                                         "The records cover the years 2019 to 2024 and every berth of the port."});
}

TEST_CASE("boilerplate: a signature's date after a hard line break is signature", "[text][formats]") {
  // "THE WHITE HOUSE," ends its line with a hard break, so the date is a block of its own.
  document d = document::from_string(
      "The harbour fees charged to coastal shippers are halved from the first of June.\n\n"
      "JANE DOE\n\nTHE WHITE HOUSE,  \n\u00a0\u00a0 May 12, 2025.\n",
      "order.md");
  std::size_t body = 0;
  for (const auto& s : d.sentences()) {
    if (s.kind != sentence_kind::body) continue;
    ++body;
    CHECK(d.text(s.src).rfind("The harbour fees", 0) == 0);
  }
  CHECK(body == 1);
}

TEST_CASE("boilerplate: a list of abbreviations holds entries, not headings", "[text][formats]") {
  // Each entry is a short capitalised line, as a heading found by its shape is; its initialism
  // spelt by the capitals after it marks it as an entry, so the list stays one back-matter section.
  document d = document::from_string(
      "# Report on Ports\n\nThe port authority dredged the main channel and opened two new berths.\n\n"
      "**Abbreviations**\n\nPCA Port Channel Authority\n\nMTS Maritime Transport Service\n"
      "NHB National Harbour Board\n\n"
      "## Outlook\n\nTraffic is expected to grow by a tenth over the next five years as trade recovers.\n",
      "r.md");
  std::vector<std::string> heads;
  for (const auto& h : d.headings()) heads.push_back(h.text);
  CHECK(heads == std::vector<std::string>{"Report on Ports", "Abbreviations", "Outlook"});
  for (const auto& s : d.sentences())
    if (d.text(s.src).find("Maritime") != std::string::npos) CHECK(s.kind == sentence_kind::boilerplate);
}

TEST_CASE("boilerplate: an order's enacting clause is formula, its sections are content", "[text][formats]") {
  // Every executive order and presidential memorandum opens with the same clause; what the
  // order does comes after it.
  document d = document::from_string(
      "By the authority vested in me as President by the Constitution and the laws of the Republic, "
      "it is hereby ordered:\n\n"
      "Section 1. Purpose. The harbour fees charged to coastal shippers are halved from June.\n", "order.md");
  auto kind_of = [&](std::string_view needle) {
    for (const auto& s : d.sentences())
      if (d.text(s.src).find(needle) != std::string::npos) return s.kind;
    FAIL("no sentence holds " << needle);
    return sentence_kind::body;
  };
  CHECK(kind_of("By the authority vested") == sentence_kind::boilerplate);
  CHECK(kind_of("harbour fees") == sentence_kind::body);
}

TEST_CASE("markdown: an underlined run-in head may hold emphasis and titles a standard-text section too",
          "[text][formats]") {
  // Converted orders title each section with underlined spans; the last section's body is
  // standard text (boilerplate), but its title is a heading a reader sees.
  const std::string u = "<span style=\"text-decoration: underline\">";
  document d = document::from_string(
      "By the authority vested in me as President, it is hereby ordered:\n\n" + u + "Sec</span>. " + u +
          "4</span>.\n *<u>Harbour</u>* " + u + "Fees</span>.  The fees charged to coastal shippers are halved.\n\n" + u +
          "Sec</span>. " + u + "5</span>.  " + u + "General\nProvisions</span>.  Nothing in this order shall be "
          "construed to impair the authority granted by law.\n",
      "order.md");
  std::vector<std::string> heads;
  for (const auto& h : d.headings()) heads.push_back(h.text);
  CHECK(heads == std::vector<std::string>{"Sec. 4. Harbour Fees.", "Sec. 5. General Provisions."});
  for (const auto& s : d.sentences()) {
    const std::string t = d.text(s.src);
    if (t.find("Nothing in this order") != std::string::npos) CHECK(s.kind == sentence_kind::boilerplate);
    if (t.find("fees charged") != std::string::npos) CHECK(s.kind == sentence_kind::body);
  }
}

TEST_CASE("boilerplate: a table of contents ends at the next heading, whatever its level", "[text][formats]") {
  // CRS pages: "# Contents", its link list, then plain unmarked section headings.
  document d = document::from_string(
      "# Shipping Through the Strait\n\n# Contents\n\n- [Introduction](https://x.example/#a)\n"
      "- [Ports](https://x.example/#b)\n\n\nIntroduction\n\n"
      "The number of ships crossing the strait each day fell by nine tenths during the first month.\n\n"
      "Ports\n\nSeveral ports in the region closed their terminals to foreign vessels in March.\n", "c.md");
  std::size_t body = 0, toc = 0;
  for (const auto& s : d.sentences()) {
    const std::string t = d.text(s.src);
    toc += s.kind == sentence_kind::boilerplate;  // the two entries
    if (s.kind == sentence_kind::body) CHECK(t.find(" the ") != std::string::npos);  // prose only
    body += s.kind == sentence_kind::body;
  }
  CHECK(toc == 2);
  CHECK(body == 2);
}

TEST_CASE("boilerplate: a five-digit number in a long paragraph is no postal code", "[text][formats]") {
  // An address line ends in a postal code; a long paragraph citing a numbered order or statute
  // early on ("Order 14102", "Act 20731") is prose, and so is its sentence. A short address stays.
  std::string longp = "Under Order 14102 of March 3, the agency raised the duty on imported steel and aluminium";
  while (longp.size() < 800) longp += ", and it extended the same duty to the parts and the tools made from them";
  longp += ".";
  document d = document::from_string("# Duties\n\n" + longp + "\n\nOffice of Trade\nWashington, DC 20548\n\n"
                                     "The office will review the duties every year and report to the board.\n", "d.md");
  std::size_t body = 0, address = 0;
  for (const auto& s : d.sentences()) {
    const std::string t = d.text(s.src);
    if (t.rfind("Under Order 14102", 0) == 0) CHECK(s.kind == sentence_kind::body);
    if (t.find("20548") != std::string::npos) address += s.kind == sentence_kind::boilerplate;
    body += s.kind == sentence_kind::body;
  }
  CHECK(body == 2);
  CHECK(address == 1);
}

TEST_CASE("bad input: malformed front matter, markup and deep nesting give a document", "[text][formats][bad]") {
  // No closing delimiter: not front matter; the text is read as it is.
  document a = document::from_string("---\ntitle: x\nBody text that never closes.\n", "a.md");
  CHECK_FALSE(a.front_matter().present);
  // Malformed YAML: still front matter (never prose), without fields.
  document b = document::from_string("---\ntitle: [unclosed\n---\nBody text here.\n", "b.md");
  CHECK(b.front_matter().present);
  CHECK_FALSE(b.front_matter().title);
  REQUIRE(b.sentences().size() == 1);
  // YAML nested two million deep: not handed to the recursive parser; the title line still counts.
  document y = document::from_string("---\ntitle: Deep\nk: " + std::string(2000000, '[') + "\n---\nBody text.\n", "y.md");
  CHECK(y.front_matter().present);
  CHECK(y.front_matter().title == "Deep");
  // 10,000 '#' on a line, a list nested 1,000 deep, unterminated tags, 100,000 nested divs.
  document c = document::from_string(std::string(10000, '#') + " x\n\nText.\n", "c.md");
  CHECK(!c.sentences().empty());
  std::string deep;
  for (int i = 0; i < 1000; ++i) deep += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- item\n";
  document e = document::from_string(deep, "e.md");
  CHECK(!e.paragraphs().empty());
  document f = document::from_string("<html><body><p>Open <b>bold <i>text", "f.html");
  REQUIRE(!f.sentences().empty());
  CHECK(f.text(f.sentences()[0].src) == "Open bold text");
  // 200,000 nested block quotes: read as text (md4c is quadratic in quote depth).
  document q = document::from_string(std::string(200000, '>') + " deep\n", "q.md");
  CHECK(q.format() == input_format::text);
  std::string divs;
  for (int i = 0; i < 100000; ++i) divs += "<div>";
  divs += "Deep text.";
  document g = document::from_string(divs, "g.html");
  REQUIRE(g.sentences().size() == 1);
  CHECK(g.text(g.sentences()[0].src) == "Deep text.");
}

TEST_CASE("front matter: YAML escapes come back as UTF-8; TOML front matter too", "[text][formats]") {
  document d = document::from_string("---\ntitle: \"Press Briefing by Jen\\_Psaki\"\ndate: 2021-01-20T17:00:00-05:00\n---\n\nText.\n", "x.md");
  REQUIRE(d.front_matter().title);
  CHECK(*d.front_matter().title == "Press Briefing by Jen\xC2\xA0Psaki");  // U+00A0, valid UTF-8
  CHECK(d.front_matter().date == "2021-01-20");
  document t = document::from_string("+++\ntitle = \"Readout\"\ndate = \"2024-05-02\"\n+++\n\nThe call took place.\n", "y.md");
  CHECK(t.front_matter().title == "Readout");
  CHECK(t.front_matter().date == "2024-05-02");
  CHECK(t.sentences().size() == 1);
}

TEST_CASE("legal texts: numbered part headings are headings", "[text][formats]") {
  document d = document::from_string(
      "An Act to improve ports.\n\nTITLE I—PORT SAFETY\n\nSEC. 101. SHORT TITLE.\n\nThis title may be cited as the Port Act.\n\n"
      "SEC. 102. DEFINITIONS.\n\nIn this title the term port means a harbour.\n\nSection 4 of the Act is repealed.\n", "bill.txt");
  std::vector<std::pair<std::string, int>> got;
  for (const auto& h : d.headings()) got.push_back({h.text, h.level});
  CHECK(got == std::vector<std::pair<std::string, int>>{
                   {"TITLE I\xE2\x80\x94PORT SAFETY", 2}, {"SEC. 101. SHORT TITLE.", 3}, {"SEC. 102. DEFINITIONS.", 3}});
}

TEST_CASE("transcripts: mixed-case labels count when they open several turns", "[text][formats]") {
  document d = document::from_string(
      "Q: What is your comment on the talks?\n\nLin Hua: The talks were candid and useful.\n\n"
      "Q: Will there be another round?\n\nLin Hua: Both sides agreed to meet again.\n\n"
      "Background: the talks began in May.\n");
  std::vector<std::string> labels;
  for (const auto& p : d.paragraphs())
    if (!p.label.empty()) labels.push_back(std::string(p.label.of(d.source())));
  CHECK(labels == std::vector<std::string>{"Q:", "Lin Hua:", "Q:", "Lin Hua:"});  // "Background:" opens one block only
}

TEST_CASE("text: a line ending in an initial or a citation does not end its paragraph", "[text][formats]") {
  document d = document::from_string("The letter was signed by Thomas W.\nHarris, the director, on Monday.\nIt was sent under Pub. L.\n118-5 of the code.\n", "x.txt");
  REQUIRE(d.sentences().size() == 2);
  CHECK(d.text(d.sentences()[0].src) == "The letter was signed by Thomas W. Harris, the director, on Monday.");
  CHECK(d.text(d.sentences()[1].src) == "It was sent under Pub. L. 118-5 of the code.");
  CHECK(d.paragraphs().size() == 2);  // a line that ends a sentence still ends its paragraph
}

TEST_CASE("html: tree order is not source order, paragraphs still are (fuzz finding)", "[text][formats][bad]") {
  // HTML parsing moves text that sits in a table but outside its cells in front of the table
  // ("foster parenting") and rebuilds misnested tags; the paragraphs must stay in source order
  // and disjoint whatever the tree says.
  for (const char* html : {"<table><td>A.</td>B.</table>", "<p>a</p><table><tr><td>First cell.</td></tr>Stray text.</table>",
                           "<table><tr><td>2</td></tr>2) x</table>", "<p><b>One <p>two</b> three.</p> Four.",
                           "<table><tr><td>A</td>B<td>C</td>D</tr></table>"}) {
    INFO(html);
    document d = document::from_string(html, "x.html");
    std::size_t prev_end = 0;
    for (const auto& p : d.paragraphs()) {
      CHECK(p.src.begin >= prev_end);
      CHECK(p.src.begin < p.src.end);
      prev_end = p.src.end;
    }
    require_clean_spans(d);
  }
  document d = document::from_string("<table><td>A.</td>B.</table>", "x.html");
  REQUIRE(d.sentences().size() == 2);  // nothing lost: both texts, the cell first as written
  CHECK(d.text(d.sentences()[0].src) == "A.");
  CHECK(d.text(d.sentences()[1].src) == "B.");
}
