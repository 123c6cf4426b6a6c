// Paired input/expected files per structure family: tests/data/families/<family>/<case>.txt
// with <case>.expected.json beside it. Each case states one rule on a small text of our own.
//
// <case>.expected.json: {"enumerations": [{"label": "three pillars" | null, "declared_count": 3 |
// null, "items": [{"marker": "Secondly,", "starts": "Secondly, measures"}, ...]}]}
// lists EVERY enumeration of the folder's kind (nested ones included, in document order) that
// the case must give: an empty list states that the text holds none ("two options" without a
// list must not become one). "marker" is compared exactly when present; "starts" is a prefix of
// the item's text (whitespace folded).
#include <precis/extract/extract.hpp>

#include "support.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

using nlohmann::json;

namespace {

std::string fold(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void flatten(const std::vector<precis::enumeration>& in, precis::enumeration_kind kind,
             std::vector<const precis::enumeration*>& out) {
  for (const auto& e : in) {
    if (e.kind == kind) out.push_back(&e);
    for (const auto& it : e.items) flatten(it.children, kind, out);
  }
}

void check_family(const std::string& folder, precis::enumeration_kind kind) {
  auto dir = precis::test::data_dir() / "families" / folder;
  std::vector<std::filesystem::path> cases;
  for (const auto& f : std::filesystem::directory_iterator(dir))
    if (f.path().extension() == ".txt") cases.push_back(f.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 3);
  for (const auto& txt : cases) {
    auto exp_path = txt;
    exp_path.replace_extension(".expected.json");
    INFO("case " << txt.filename().string());
    REQUIRE(std::filesystem::exists(exp_path));
    json want = json::parse(precis::test::read_file(exp_path))["enumerations"];
    auto all = precis::extract(precis::document::from_string(precis::test::read_file(txt)));
    std::vector<const precis::enumeration*> got;
    flatten(all, kind, got);
    std::sort(got.begin(), got.end(), [](auto* a, auto* b) { return a->src.begin < b->src.begin; });
    CHECK(got.size() == want.size());
    if (got.size() != want.size()) continue;
    for (std::size_t i = 0; i < got.size(); ++i) {
      const auto& w = want[i];
      const auto& g = *got[i];
      INFO("enumeration " << i << " label " << g.label.value_or("(none)"));
      if (w.contains("label")) {
        if (w["label"].is_null()) CHECK(!g.label);
        else CHECK(g.label == w["label"].get<std::string>());
      }
      if (w.contains("declared_count")) {
        if (w["declared_count"].is_null()) CHECK(!g.declared_count);
        else CHECK(g.declared_count == w["declared_count"].get<int>());
      }
      CHECK(g.items.size() == w["items"].size());
      if (g.items.size() != w["items"].size()) continue;
      for (std::size_t k = 0; k < g.items.size(); ++k) {
        const auto& wi = w["items"][k];
        INFO("item " << k << ": " << g.items[k].text);
        if (wi.contains("marker")) CHECK(g.items[k].marker == wi["marker"].get<std::string>());
        CHECK(fold(g.items[k].text).rfind(fold(wi["starts"].get<std::string>()), 0) == 0);
      }
    }
  }
}

}  // namespace

TEST_CASE("inline-list family: paired cases (tests/data/families/inline)", "[extract][families][inline]") {
  check_family("inline", precis::enumeration_kind::inline_list);
}

TEST_CASE("sentence-run family: paired cases (tests/data/families/sentences)", "[extract][families][sentences]") {
  check_family("sentences", precis::enumeration_kind::sentences);
}
