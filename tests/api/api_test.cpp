// The header-rich C++ API: fwd.hpp agrees with the definitions, fmt formatters honour the format
// spec, views walk enumeration trees depth-first, extract_options filter, errors say what and
// where, and the summary renderers take the same arguments.
#include <precis/fwd.hpp>  // first: its declarations must agree with the definitions below

#include <precis/fmt.hpp>
#include <precis/precis.hpp>
#include <precis/views/enumeration.hpp>

#include <range/v3/range/conversion.hpp>
#include <range/v3/view/filter.hpp>
#include <range/v3/view/transform.hpp>

#include "support.hpp"

#include <string>
#include <vector>

using precis::enumeration;
using precis::enumeration_kind;
using precis::item;

namespace {

// Two top-level enumerations: the first with items a, b (a holding a bullet list a1, a2 whose
// a1 holds one more level), the second declared only.
std::vector<enumeration> tree() {
  auto make_item = [](int n, std::string head) {
    item it;
    it.ordinal = n;
    it.head = std::move(head);
    return it;
  };
  enumeration inner;
  inner.kind = enumeration_kind::bullets;
  inner.items = {make_item(1, "a1"), make_item(2, "a2")};
  enumeration deepest;
  deepest.kind = enumeration_kind::inline_list;
  deepest.items = {make_item(1, "a1x")};
  inner.items[0].children.push_back(deepest);
  enumeration top;
  top.label = "two proposals";
  top.declared_count = 2;
  top.count_ok = true;
  top.items = {make_item(1, "a"), make_item(2, "b")};
  top.items[0].children.push_back(inner);
  enumeration declared;
  declared.kind = enumeration_kind::declared_only;
  declared.label = "five goals";
  declared.declared_count = 5;
  return {top, declared};
}

}  // namespace

TEST_CASE("fmt formatters honour width, fill and alignment", "[api]") {
  precis::span s{10, 20};
  CHECK(fmt::format("{}", s) == "[10,20)");
  CHECK(fmt::format("{:>9}", s) == "  [10,20)");
  CHECK(fmt::format("{:*<9}", s) == "[10,20)**");
  CHECK(fmt::format("{:^9}", s) == " [10,20) ");
  CHECK(fmt::format("{}", enumeration_kind::inline_list) == "inline");
  CHECK(fmt::format("{:>8}", enumeration_kind::bullets) == " bullets");
  auto t = tree();
  CHECK(fmt::format("{}", t[0].items[1]) == "2. b");
  CHECK(fmt::format("{:-<6}", t[0].items[1]) == "2. b--");
  CHECK(fmt::format("{}", t[0]) == "two proposals (2 of 2) [paragraphs]");
  item no_head;
  no_head.ordinal = 3;
  no_head.text = "Third, the text.";
  CHECK(fmt::format("{}", no_head) == "3. Third, the text.");
}

TEST_CASE("views::items walks every item depth-first with depth and parent", "[api]") {
  auto t = tree();
  std::vector<std::string> heads;
  std::vector<std::size_t> depths;
  std::vector<std::string> parents;
  for (auto e : precis::views::items(t)) {
    heads.push_back(e.node->head);
    depths.push_back(e.depth);
    parents.push_back(e.parent ? e.parent->head : "-");
    CHECK(e.node >= e.owner->items.data());
    CHECK(e.node < e.owner->items.data() + e.owner->items.size());
  }
  CHECK(heads == std::vector<std::string>{"a", "a1", "a1x", "a2", "b"});
  CHECK(depths == std::vector<std::size_t>{0, 1, 2, 1, 0});
  CHECK(parents == std::vector<std::string>{"-", "a", "a1", "a", "-"});
  std::vector<enumeration> none;
  CHECK(precis::views::items(none).empty());
  // range-v3 adaptors take the view as it is
  auto top_level = precis::views::items(t) | ranges::views::filter([](auto e) { return e.depth == 0; }) |
                   ranges::views::transform([](auto e) { return e.node->head; }) | ranges::to<std::vector>();
  CHECK(top_level == std::vector<std::string>{"a", "b"});
}

TEST_CASE("views::enumerations visits every enumeration, declared-only ones too, and filters by kind", "[api]") {
  auto t = tree();
  std::vector<enumeration_kind> kinds;
  std::vector<std::size_t> depths;
  for (auto e : precis::views::enumerations(t)) {
    kinds.push_back(e.node->kind);
    depths.push_back(e.depth);
  }
  CHECK(kinds == std::vector<enumeration_kind>{enumeration_kind::paragraphs, enumeration_kind::bullets,
                                                enumeration_kind::inline_list, enumeration_kind::declared_only});
  CHECK(depths == std::vector<std::size_t>{0, 1, 2, 0});
  std::size_t bullets = 0;
  for (auto e : precis::views::enumerations(t, enumeration_kind::bullets)) {
    ++bullets;
    CHECK(e.parent->head == "a");
  }
  CHECK(bullets == 1);
}

TEST_CASE("extract_options keep or drop nested and declared-only enumerations", "[api]") {
  // our own annotated statement with numbered paragraphs and lettered sub-items under them
  const std::string text = precis::test::read_file(precis::test::data_dir() / "extract/019_bloc_nested_numbered_lettered.txt");
  auto doc = precis::document::from_string(text);
  auto all = precis::extract(doc);
  auto same = precis::extract(doc, precis::extract_options{});
  CHECK(precis::extraction_to_json("x", all) == precis::extraction_to_json("x", same));
  precis::extract_options top_only;
  top_only.nested = false;
  auto flat = precis::extract(doc, top_only);
  CHECK(flat.size() == all.size());
  for (auto e : precis::views::items(flat)) CHECK(e.node->children.empty());
  std::size_t nested_before = 0;
  for (auto e : precis::views::enumerations(all)) nested_before += e.depth > 0;
  REQUIRE(nested_before > 0);  // the input has a nested list, so the option has something to drop
  auto from_string = precis::extract(std::string_view(text));
  CHECK(precis::extraction_to_json("x", from_string) == precis::extraction_to_json("x", all));
  CHECK_THROWS_AS(precis::extract(std::string_view("bad \xff byte")), precis::input_error);
  precis::extract_options repair;
  repair.load.repair = true;
  CHECK_NOTHROW(precis::extract(std::string_view("bad \xff byte"), repair));
}

TEST_CASE("input_error says what and where", "[api]") {
  try {
    precis::document::from_string("line one\nline \xc3 two\n", "memo.txt");
    FAIL("no error");
  } catch (const precis::input_error& e) {
    CHECK(e.describe().rfind("memo.txt:2:6: ", 0) == 0);
    CHECK(e.describe().find(e.what()) != std::string::npos);
    CHECK(e.repairable());
    CHECK(std::string(precis::to_string(e.code())) == "bad_data");
  }
  precis::input_error no_position(precis::input_errc::cannot_open, "gone.txt", 0, 0, 0, "cannot open");
  CHECK(no_position.describe() == "gone.txt: cannot open");
  CHECK_FALSE(no_position.repairable());
}

TEST_CASE("summary renderers take (source, summary); an empty source prints no header", "[api]") {
  auto doc = precis::document::from_string("The council met on Monday. It approved the budget. Schools gain most.");
  auto s = precis::summarize(doc);
  auto text = precis::summary_to_text("memo.txt", s);
  auto bare = precis::summary_to_text("", s);
  CHECK(text.rfind("==> memo.txt <==\n", 0) == 0);
  CHECK(text.substr(text.find('\n') + 1) == bare);
  auto md = precis::summary_to_markdown("memo.txt", s);
  CHECK(md.rfind("## memo.txt\n\n", 0) == 0);
  CHECK(precis::summary_to_markdown("", s) == md.substr(md.find("\n\n") + 2));
  // a summary sentence's index is its place in the document's sentences
  for (const auto& x : s.sentences) CHECK(doc.sentences()[x.index].src == x.src);
}
