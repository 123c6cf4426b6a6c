// Defects found by fuzzing (issue 10), each with its minimal input. Under ASan or
// _GLIBCXX_ASSERTIONS (tests/extract/assertions.cmake) an out-of-bounds read aborts; here the
// results are also checked: sensible trees or nothing, spans inside the input and ordered.
#include <precis/extract/extract.hpp>

#include "support.hpp"

#include <functional>

using precis::document;

namespace {
// Every span of the tree lies inside the input and is not inverted; children inside parents.
void check_tree(const std::vector<precis::enumeration>& es, std::size_t size, precis::span parent) {
  for (const auto& e : es) {
    CHECK(e.src.begin <= e.src.end);
    CHECK(e.src.end <= size);
    for (const auto& it : e.items) {
      CHECK(it.src.begin <= it.src.end);
      CHECK(it.src.end <= size);
      CHECK(parent.contains(it.src));
      check_tree(it.children, size, it.src);
    }
  }
}

std::vector<precis::enumeration> checked(const std::string& text) {
  auto d = document::from_string(text);
  auto e = precis::extract(d);
  check_tree(e, d.clean().size(), {0, d.clean().size()});
  return e;
}
}  // namespace

TEST_CASE("D1: a counted heading as the last paragraph announces nothing", "[extract][robust]") {
  CHECK(checked("4 h").empty());
  CHECK(checked("2 o").empty());
  CHECK(checked("B two l").empty());
  CHECK(checked("Opening remarks were made.\n\nThree Key Priorities\n").empty());
  // Other shapes of a counted heading at the end: after a paragraph, after headings, alone
  // with trailing blank lines, after a titled paragraph, after a list.
  CHECK(checked("Two Principles\n\n\n").empty());
  CHECK(checked("Introduction\n\nThe talks went well.\n\nFive Priorities for Growth").empty());
  CHECK(checked("Overview\n\nBackground\n\nThree Basic Lines\n").empty());
  CHECK(checked("No hot war. The sides agreed on it.\n\nSeven Points of Experience\n").empty());
  auto with_list = checked("They named three goals:\n\n- lower tariffs\n- open ports\n- train staff\n\nFour Key Areas\n");
  REQUIRE(with_list.size() == 1);
  CHECK(with_list[0].items.size() == 3);
}

TEST_CASE("D2: an empty clause in a semicolon series gives no inverted span", "[extract][robust]") {
  CHECK(checked("x a b; and ; x a b").empty());
  CHECK(checked("x a b; and ; x a b; x a b").empty());
  CHECK(checked("x a b;  and  ; x a b; and ;").empty());
  CHECK(checked("and ; and ; and ;").empty());
  // The guard does not lose the real structure.
  auto e = checked("Our policy remains unchanged; our goal remains unchanged; and our resolve remains unchanged.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].items.size() == 3);
}
