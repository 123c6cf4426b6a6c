// Rules taken from real speeches and statements (issue 8), each on a small input of our own.
#include <precis/extract/extract.hpp>

#include "support.hpp"

using precis::document;
using precis::enumeration_kind;

namespace {
std::vector<precis::enumeration> ex(const std::string& text) { return precis::extract(document::from_string(text)); }

std::vector<std::string> markers(const precis::enumeration& e) {
  std::vector<std::string> out;
  for (const auto& it : e.items) out.push_back(it.marker);
  return out;
}
}  // namespace

TEST_CASE("ordinal noun phrases with their verb are markers", "[extract][ordinal]") {
  auto e = ex("We see four obligations.\n\nThe first is to open markets to the poorest.\n\n"
              "Their second obligation is to relieve debt.\n\n"
              "The third obligation of the richer countries is to fund schools.\n\n"
              "Therefore, my fourth point concerns the climate and its costs.\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].declared_count == 4);
  CHECK(e[0].count_ok == true);
  CHECK(markers(e[0]) == std::vector<std::string>{"The first is", "Their second obligation is",
                                                   "The third obligation of the richer countries is",
                                                   "Therefore, my fourth point concerns"});
  CHECK(e[0].items[3].head == "the climate and its costs");
  for (const auto& it : e[0].items) CHECK(it.text.rfind(it.marker, 0) == 0);
}

TEST_CASE("connectives and closing words around ordinal markers", "[extract][ordinal]") {
  auto e = ex("The plan does three things. First, it cuts fees. Secondly, it opens ports. "
              "And, thirdly, it trains staff.");
  REQUIRE(e.size() == 1);
  CHECK(markers(e[0]) == std::vector<std::string>{"First,", "Secondly,", "And, thirdly,"});
  CHECK(e[0].count_ok == true);
  auto last = ex("First: roads must be built.\n\nSecond: ports must be opened.\n\n"
                 "Thirdly, and lastly, fees must fall.\n");
  REQUIRE(last.size() == 1);
  CHECK(markers(last[0]) == std::vector<std::string>{"First:", "Second:", "Thirdly, and lastly,"});
  CHECK(last[0].items[2].ordinal == 3);
}

TEST_CASE("a whole-sentence marker takes its head from the next sentence", "[extract][ordinal]") {
  auto e = ex("I have two points. First, trade must grow.\n\nThat leads me to my second point. "
              "Schools need teachers.\n");
  REQUIRE(e.size() == 1);
  REQUIRE(e[0].items.size() == 2);
  CHECK(e[0].items[1].marker == "That leads me to my second point.");
  CHECK(e[0].items[1].head == "Schools need teachers");
}

TEST_CASE("items of an ordinal run may span several paragraphs", "[extract][ordinal]") {
  auto e = ex("First, we should widen security.\n\nSecurity is shared.\n\nNo one is safe alone.\n\n"
              "We must act together.\n\nSecondly, we should share growth.\n\nGrowth lifts all.\n\n"
              "Thirdly, we should be tolerant.\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].kind == enumeration_kind::paragraphs);
  CHECK(e[0].items.size() == 3);
  // "Finally" keeps to the run's spacing: far beyond it, it closes nothing.
  auto f = ex("First, a.\n\nSecond, b.\n\np1.\n\np2.\n\np3.\n\np4.\n\np5.\n\nFinally, thanks.\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].items.size() == 2);
}

TEST_CASE("a label counting the items a few sentences before a run labels it", "[extract][label]") {
  auto e = ex("Let us answer two questions. The world expects answers. First, why did it start? "
              "Second, how will it end?");
  REQUIRE(e.size() == 1);
  CHECK(e[0].label == "two questions");
  CHECK(e[0].count_ok == true);
  // A count after a preposition is a circumstance: "in three provinces" labels nothing.
  auto n = ex("Floods hit farms in three provinces. Officials acted. First, they built dams. "
              "Second, they moved people. Finally, they sent food.");
  REQUIRE(n.size() == 1);
  CHECK_FALSE(n[0].label.has_value());
}

TEST_CASE("inline lists split at semicolons over commas, ordinal words as markers", "[extract][inline]") {
  auto e = ex("We reached three basic agreements: first, a commitment to democracy, the rule of law and rights; "
              "secondly, a free, open market; and thirdly, a fight against poverty.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].kind == enumeration_kind::inline_list);
  REQUIRE(e[0].items.size() == 3);
  CHECK(markers(e[0]) == std::vector<std::string>{"first,", "secondly,", "thirdly,"});
  CHECK(e[0].items[0].head == "a commitment to democracy, the rule of law and rights");
  CHECK(e[0].items[2].text.rfind("thirdly,", 0) == 0);
  CHECK(e[0].count_ok == true);
}

TEST_CASE("inline lists attached by a distant colon, namely, or a copula", "[extract][inline]") {
  auto colon = ex("There are two major problems facing the agency as an institution: staff reform and the budget crisis.");
  REQUIRE(colon.size() == 1);
  CHECK(colon[0].items.size() == 2);
  auto namely = ex("We set two tasks, namely, to end hunger by 2030 and to double exports.");
  REQUIRE(namely.size() == 1);
  CHECK(namely[0].items.size() == 2);
  CHECK(namely[0].items[1].text == "to double exports");
  auto copula = ex("The three key issues to be tackled are expansion, transparency and the reach of sanctions.");
  REQUIRE(copula.size() == 1);
  CHECK(copula[0].items.size() == 3);
  // Not lists: a copula before a clause, a colon before a new sentence, names across words.
  CHECK(ex("The two firms are key parts of the system and effectively underwrite half of all loans.").empty());
  CHECK(ex("There were two passengers inside Burnt out: The passengers and the driver were not hurt.").empty());
  CHECK(ex("The three new directors are Ann Lee, Bob Ray and Carl Fox.").empty());
}

TEST_CASE("the following X: lists only when semicolons delimit it", "[extract][inline]") {
  auto e = ex("We support the following pillars: coordinated policies; stronger State capacities, "
              "particularly by pooling resources; respect for rights; and prevention.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].items.size() == 4);
  CHECK_FALSE(e[0].declared_count.has_value());
  CHECK(ex("He asked for the following actions: cut transits, stop sales and return to talks.").empty());
}

TEST_CASE("bullet items start with their glyph (SPEC section 5)", "[extract][bullets]") {
  std::string text = "We agreed to:\n\n- open a hotline\n- share data\n";
  auto d = document::from_string(text);
  auto e = precis::extract(d);
  REQUIRE(e.size() == 1);
  REQUIRE(e[0].items.size() == 2);
  CHECK(e[0].items[0].text == "- open a hotline");
  CHECK(e[0].items[0].marker == "-");
  CHECK(e[0].items[0].head == "open a hotline");
  CHECK(std::string(e[0].items[1].src.of(text)) == "- share data");
}

TEST_CASE("a list after a colon and a line break belongs to the label before it", "[extract][inline]") {
  auto e = ex("The report then sets out three immediate steps:\ntaking forces off alert; removal of "
              "warheads; and an end to testing.\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].kind == enumeration_kind::inline_list);
  CHECK(e[0].items.size() == 3);
  CHECK(e[0].count_ok == true);
}

TEST_CASE("hard-wrapped labels and markers span line breaks", "[extract][label]") {
  auto e = ex("Reform should give the Organization the means to do at least three\nthings. First, it should "
              "ensure\ncoherence. Secondly, it should pool\nresources. And, thirdly, it should promote dialogue.\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].declared_count == 3);
  CHECK(e[0].count_ok == true);
}

TEST_CASE("a trailing Lastly past a complete counted list is not an item", "[extract][ordinal]") {
  auto e = ex("I will highlight two programmes. The first is school meals for all. The second is housing "
              "for workers.\n\nLastly, we will keep investing in integrity.\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].items.size() == 2);
  CHECK(e[0].count_ok == true);
  // Without a count, "Finally" is the next item.
  auto f = ex("First, roads. Second, ports. Finally, schools.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].items.size() == 3);
}
