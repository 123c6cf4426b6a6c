// Metadata rules, each stated on a short input of our own: date forms and precedence, titles,
// speakers (titles stripped, both verb orders, organisations rejected), transcript turns.
#include <precis/summarize/summary.hpp>

#include "metadata/match.hpp"
#include "summarize/meta.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

precis::summary_meta meta_of(std::string text, precis::input_format f = precis::input_format::auto_detect) {
  precis::load_options o;
  o.format = f;
  return precis::find_meta(precis::document::from_string(std::move(text), "<test>", o));
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("date forms: day, month and year in any order; a year or a month alone is no date", "[meta][date]") {
  using precis::grammar::meta::match_date;
  CHECK(match_date("March 13, 2023, the leaders")->iso == "2023-03-13");
  CHECK(match_date("20 March 1978")->iso == "1978-03-20");
  CHECK(match_date("12th April, 1957")->iso == "1957-04-12");
  CHECK(match_date("Dec. 17, 2024")->iso == "2024-12-17");
  CHECK(match_date("MAY 12, 2025.")->iso == "2025-05-12");
  CHECK(match_date("1 [May]2 1968")->iso == "1968-05-01");  // editor's bracket, footnote mark
  CHECK(match_date("2024-07-02")->iso == "2024-07-02");
  CHECK(match_date("04/16/2026")->iso == "2026-04-16");
  CHECK(match_date("16/04/2026")->iso == "2026-04-16");      // cannot be month first
  CHECK_FALSE(match_date("March 2023"));
  CHECK_FALSE(match_date("May 11"));
  CHECK_FALSE(match_date("2023"));
  CHECK_FALSE(match_date("February 30, 2023"));              // no such day
  CHECK_FALSE(match_date("March 13, 20234"));
  auto f = precis::grammar::meta::find_date("signed on 8 June 1951 in Washington");
  REQUIRE(f);
  CHECK(f->iso == "1951-06-08");
  CHECK(f->begin == 10);
}

TEST_CASE("date lines and header dates", "[meta][date]") {
  using precis::grammar::meta::match_date_line;
  CHECK(match_date_line("Canberra, 20 March 1978")->iso == "1978-03-20");
  CHECK(match_date_line("Letter, Canberra, 8 March 1951")->iso == "1951-03-08");
  CHECK(match_date_line("THE WHITE HOUSE,\n    May 12, 2025.")->iso == "2025-05-12");
  CHECK(match_date_line("February 8, 2006")->iso == "2006-02-08");
  CHECK_FALSE(match_date_line("February 8, 2006, was a Wednesday."));
  CHECK_FALSE(match_date_line("Canberra, March 1978"));
  using precis::grammar::meta::find_header_date;
  CHECK(find_header_date("# Title\n\n**Publication Date:** 04/16/2026\n")->iso == "2026-04-16");
  CHECK(find_header_date("| **Publication Date:** | 04/09/2026 \n")->iso == "2026-04-09");
  CHECK(find_header_date("Publication Date:2024-07-02\n")->iso == "2024-07-02");
  CHECK_FALSE(find_header_date("The publication date of this report is unknown."));
}

TEST_CASE("datelines: news lead-ins with D.C., a comma before the agency, a yearless day", "[meta][date]") {
  using precis::grammar::meta::match_dateline;
  auto a = match_dateline("WASHINGTON, D.C. \xE2\x80\x93 Today the office said");
  REQUIRE(a);
  CHECK(a->place == "WASHINGTON, D.C.");
  auto b = match_dateline("WASHINGTON, May 11, (Xinhua) -- The talks");
  REQUIRE(b);
  CHECK(b->agency == "Xinhua");
  CHECK(b->month == 5);
  CHECK(b->day == 11);
  CHECK(b->year == 0);
  auto c = match_dateline("BEIJING, Dec. 17, 2024 (Xinhua) -- China");
  REQUIRE(c);
  CHECK(c->year == 2024);
}

TEST_CASE("date precedence: the text's own date, then front matter, then a metadata header", "[meta][date]") {
  // A date line beats the front matter.
  auto a = meta_of("---\ntitle: A Letter\ndate: '1951-03-10'\n---\n\nCanberra, 8 March 1951\n\nI write to you about the talks we held.\n");
  CHECK(a.date == "1951-03-08");
  CHECK(a.dateline == "Canberra, 8 March 1951");
  CHECK(a.title == "A Letter");
  // A signature date at the end.
  auto b = meta_of("By the authority vested in me, I hereby order the following measures.\n\n"
                   "The order takes effect at once and shall be published.\n\nJOHN Q. PUBLIC\n\n"
                   "THE WHITE HOUSE,\n    May 12, 2025.\n", precis::input_format::text);
  CHECK(b.date == "2025-05-12");
  CHECK_FALSE(b.dateline);  // a signature's place is not a dateline
  // Front matter beats a header; the header is used without front matter.
  auto c = meta_of("---\ndate: '2024-01-27'\n---\n\n**Publication Date:** 04/16/2026\n\nThe report covers trade.\n");
  CHECK(c.date == "2024-01-27");
  auto d = meta_of("# A Report\n\n**Publication Date:** 04/16/2026\n\nOn March 12, 2026, the congress met. It approved the plan.\n");
  CHECK(d.date == "2026-04-16");
  CHECK(d.title == "A Report");
  // "On <date>, ..." dates a text that has nothing else.
  auto e = meta_of("On March 13, 2023, the three leaders announced a plan for the region.\n", precis::input_format::text);
  CHECK(e.date == "2023-03-13");
  // A news dateline without a year takes the year of the other dates.
  auto f = meta_of(" date 2024-12-18 Talks go on\n\nBEIJING, Dec. 17 (Xinhua) -- The two sides met on Tuesday.\n",
                   precis::input_format::text);
  CHECK(f.date == "2024-12-17");
  // Only a full day is a date.
  auto g = meta_of("In 2022 the assembly met again. Its members spoke of peace.\n", precis::input_format::text);
  CHECK_FALSE(g.date);
}

TEST_CASE("agency: a dateline's, a header's, a disclaimer's; never a URL", "[meta][agency]") {
  CHECK(meta_of("BEIJING, Dec. 17 (Xinhua) -- The two sides met.\n", precis::input_format::text).source_agency == "Xinhua");
  CHECK(meta_of("# R\n\n**Report:** R-1 | **Source:** [Federal Statistics Office](https://example.org/r1)\n\nText here.\n")
            .source_agency == "Federal Statistics Office");
  CHECK(meta_of("# R\n\n**Source:** https://example.org/r1\n\nThese pages were prepared by the Legislative Research "
                "Service (LRS) for members.\n").source_agency == "Legislative Research Service");
  CHECK_FALSE(meta_of("# R\n\n**Source:** https://example.org/r1\n\nText here.\n").source_agency);
}

TEST_CASE("speakers: titles stripped, both verb orders, adverbs between", "[meta][speakers]") {
  auto m = meta_of("Foreign Ministry Spokesperson Lin Tao said the visit would go ahead. "
                   "The talks were useful, said Minister Ana Ruiz. Ruiz also noted, adding that more would follow, "
                   "that trade grew. Mr. Okafor really stressed the point.",
                   precis::input_format::text);
  CHECK(m.speakers == std::vector<std::string>{"Lin Tao", "Ana Ruiz", "Okafor"});
}

TEST_CASE("speakers: an office in apposition before the verb, and 'according to' a titled person",
          "[meta][speakers]") {
  auto m = meta_of("Yet Ana Ruiz, the foreign minister of Portugal, said the visit would go ahead. "
                   "Trade grew by a tenth, according to Finance Minister Tom Baker. "
                   "Prices rose, according to the Harbour Gazette. "
                   "The Harbour Board, the port authority, said the quay would close.",
                   precis::input_format::text);
  CHECK(m.speakers == std::vector<std::string>{"Ana Ruiz", "Tom Baker"});
}

TEST_CASE("speakers: a family name alone resolves to the full name the text uses", "[meta][speakers]") {
  auto m = meta_of("State Councilor Zhao Ming Friday called for calm. Zhao said the region needed peace. "
                   "\"We are ready,\" said Zhao.",
                   precis::input_format::text);
  CHECK(m.speakers == std::vector<std::string>{"Zhao Ming"});
}

TEST_CASE("speakers: an inverted name after a long title and a comma", "[meta][speakers]") {
  auto m = meta_of("\xE2\x80\x9CThe volume of comments is large,\xE2\x80\x9D **said Assistant to the Governor and "
                   "Director of OSP, Maria Lenz.**",
                   precis::input_format::text);
  CHECK(m.speakers == std::vector<std::string>{"Maria Lenz"});
}

TEST_CASE("speakers: listed leaders with their countries, and 'the two leaders'", "[meta][speakers]") {
  auto m = meta_of("On May 2, Prime Minister Ana Ruiz of Portugal, and President Tom Baker of the United Kingdom "
                   "announced a plan. The two leaders welcomed the plan.",
                   precis::input_format::text);
  CHECK(m.speakers == std::vector<std::string>{"Ana Ruiz", "Tom Baker"});
  auto n = meta_of("President Tom Baker and Prime Minister Ana Ruiz held talks today, where they affirmed their ties.",
                   precis::input_format::text);
  CHECK(n.speakers == std::vector<std::string>{"Tom Baker", "Ana Ruiz"});
}

TEST_CASE("speakers: organisations, countries and common words never", "[meta][speakers]") {
  auto m = meta_of("The United States welcomed the step. Japan reiterated its view. Beijing says it disagrees. "
                   "The ANZUS Council Communique said the region mattered. Israelis said they would wait. "
                   "Under the Executive Order said to be ready, trade grew. Recognize, said Order. "
                   "The Customs Tariff Commission announced duties. BAE Systems, Derby announced jobs. "
                   "He stressed the point.",
                   precis::input_format::text);
  CHECK(m.speakers.empty());
}

TEST_CASE("speakers: a signature line; a title's 'by' names the speaker", "[meta][speakers]") {
  auto a = meta_of("We appreciated your message about the agreement.\n\nYours sincerely,\n\nPercy Mallory\n",
                   precis::input_format::text);
  CHECK(a.speakers == std::vector<std::string>{"Percy Mallory"});
  auto b = meta_of("The order takes effect at once.\n\nJOHN Q. PUBLIC\n\nTHE WHITE HOUSE,\nMay 12, 2025.\n",
                   precis::input_format::text);
  CHECK(b.speakers == std::vector<std::string>{"John Q. Public"});
  auto c = meta_of("---\ntitle: Press Briefing by Press Secretary Dana Cole\n---\n\nGood afternoon, everyone.\n");
  CHECK(c.speakers == std::vector<std::string>{"Dana Cole"});
  // Title case is no evidence by itself.
  auto d = meta_of("---\ntitle: Message on the Threat From Securities Investments That Finance Firms\n---\n\nText.\n");
  CHECK(d.speakers.empty());
}

TEST_CASE("JSON speakers is [] when none", "[meta][speakers]") {
  auto s = precis::summarize("The weather was fine and the fields were green.");
  CHECK(s.meta.speakers.empty());
}

TEST_CASE("transcripts: turn holders are speakers, resolved to the name the text gives", "[meta][transcript]") {
  const std::string text =
      "Press Briefing by Spokesman Paul Verhoeven and Mr. Ode\n\n"
      "MODERATOR: Good morning. We start now.\n\n"
      "MR. VERHOEVEN: Thank you. Our talks went well.\n\n"
      "We agreed on the main points.\n\n"
      "Q  But the minister said no. Is that right?\n\n"
      "MR. VERHOEVEN: No, that is not right.\n\n"
      "SENIOR ADMINISTRATION OFFICIAL: I can add one thing.\n\n"
      "MS. ODE: And I can add another.\n";
  auto doc = precis::document::from_string(text, "<test>");
  auto m = precis::find_meta(doc);
  CHECK(has(m.speakers, "Paul Verhoeven"));
  CHECK(has(m.speakers, "Ode"));
  CHECK_FALSE(has(m.speakers, "Moderator"));
  CHECK_FALSE(has(m.speakers, "Senior Administration Official"));
  // Who holds each paragraph's turn: the label's person, else the label.
  auto turns = precis::detail::turn_speakers(doc);
  std::vector<std::string> seen;
  for (std::size_t i = 0; i < doc.paragraphs().size(); ++i) {
    std::string_view p = doc.paragraphs()[i].src.of(doc.source());
    if (p.find("main points") != std::string_view::npos) CHECK(turns[i] == "Paul Verhoeven");  // turn goes on
    if (p.find("said no") != std::string_view::npos) CHECK(turns[i] == "Q");
    if (p.find("Good morning") != std::string_view::npos) CHECK(turns[i] == "MODERATOR");
    if (p.find("another") != std::string_view::npos) CHECK(turns[i] == "Ode");
  }
  // The summary's sentences carry the turn holder.
  precis::summary_options all;
  all.select.sentences = 100;
  auto s = precis::summarize(doc, all);
  REQUIRE_FALSE(s.sentences.empty());
  for (const auto& x : s.sentences) {
    CHECK(x.speaker);
    if (x.text.find("main points") != std::string::npos) CHECK(x.speaker == "Paul Verhoeven");
  }
}

TEST_CASE("no speaker on the sentences of a text without turns", "[meta][transcript]") {
  auto s = precis::summarize("The council met today. It adopted a plan. Members welcomed it.");
  for (const auto& x : s.sentences) CHECK_FALSE(x.speaker);
}

TEST_CASE("speakers: a name before 'he said', a possessive with words, a subject after 'In X,'", "[meta][speakers]") {
  auto a = meta_of("When I met Omar Haddad, he said the border would open.", precis::input_format::text);
  CHECK(a.speakers == std::vector<std::string>{"Omar Haddad"});
  auto b = meta_of("The envoy repeated President Lund\xE2\x80\x99s comments to the press.", precis::input_format::text);
  CHECK(b.speakers == std::vector<std::string>{"Lund"});
  auto c = meta_of("In Geneva, Secretary of the Treasury Ann Holt and Ambassador Rui Sato laid out the deal.",
                   precis::input_format::text);
  CHECK(c.speakers == std::vector<std::string>{"Ann Holt", "Rui Sato"});
  auto d = meta_of("The plan was drawn up in Oslo, Bergen and Trondheim announced their support.", precis::input_format::text);
  CHECK(d.speakers.empty());
  auto e = meta_of("---\ntitle: Statement by Lindqvist\n---\n\nWe support the treaty.\n");
  CHECK(e.speakers == std::vector<std::string>{"Lindqvist"});
}

TEST_CASE("dateline: a date line, with the place line after a placeless date", "[meta][date]") {
  auto a = meta_of("---\ntitle: T\n---\n\n12th April, 1957\n\nOSLO\n\nI think it useful to say a few things first.\n");
  CHECK(a.dateline == "12th April, 1957\n\nOSLO");
  CHECK(a.date == "1957-04-12");
  auto b = meta_of("---\ntitle: T\n---\n\nLetter, Canberra, 8 March 1951\n\nPERSONAL AND SECRET\n\nI write to you now.\n");
  CHECK(b.dateline == "Letter, Canberra, 8 March 1951");
}

TEST_CASE("datelines: a bare bracket opens a story only for a news agency", "[meta][date]") {
  using precis::grammar::meta::match_dateline;
  REQUIRE(match_dateline("(CNN) The talks began."));
  CHECK(match_dateline("(CNN) The talks began.")->agency == "CNN");
  CHECK_FALSE(match_dateline("(Pause) We go on."));
  CHECK_FALSE(match_dateline("(Applause.) Thank you."));
}

TEST_CASE("speakers: places, peoples and plural bodies are no names", "[meta][speakers]") {
  auto m = meta_of("South Ossetia said it would wait. Caribbean Governments stressed the risk. "
                   "Saint Lucia noted the plan. The Potsdam Proclamation stated the terms.",
                   precis::input_format::text);
  CHECK(m.speakers.empty());
}
