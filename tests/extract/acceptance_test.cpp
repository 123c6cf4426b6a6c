// Extraction acceptance: the hand-annotated structures (../shared/spec/seeds.expected.json and
// our own tests/data/extract/expected.json) are checked with the same rules as
// ../shared/tools/check_extract.py: kind, declared count, label, items by prefix, heads,
// children; no false positive; no must_not_report phrase in a label.
#include <precis/extract/extract.hpp>
#include <precis/text/normalize.hpp>

#include "support.hpp"

#include <nlohmann/json.hpp>

#include <functional>

using nlohmann::json;

namespace {

std::string norm(const std::string& s) { return precis::fold_text(s); }

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool enum_ok(const json& exp, const precis::enumeration& got) {
  if (std::string(precis::to_string(got.kind)) != exp["kind"].get<std::string>()) return false;
  if (exp["declared_count"].is_null() != !got.declared_count) return false;
  if (got.declared_count && exp["declared_count"].get<int>() != *got.declared_count) return false;
  if (!exp["label"].is_null() &&
      lower(norm(got.label.value_or(""))).find(lower(norm(exp["label"].get<std::string>()))) == std::string::npos)
    return false;
  const auto& items = exp["items"];
  if (items.size() != got.items.size()) return false;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& e = items[i];
    const auto& g = got.items[i];
    // SPEC section 5: a bullet's text starts with its glyph; the seeds' annotation omits it.
    std::string marker = e.value("marker", "");
    bool glyph = !marker.empty() && std::none_of(marker.begin(), marker.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c));
    });
    std::string want = norm(e["starts_with"].get<std::string>());
    if (!starts_with(norm(g.text), want) && !(glyph && starts_with(norm(g.text), norm(marker) + " " + want)))
      return false;
    if (e.contains("head")) {
      std::string h = lower(norm(g.head));
      while (!h.empty() && h.back() == '.') h.pop_back();
      if (h != lower(norm(e["head"].get<std::string>()))) return false;
    }
    if (e.contains("children"))
      for (const auto& ec : e["children"]) {
        bool found = std::any_of(g.children.begin(), g.children.end(),
                                 [&](const precis::enumeration& gc) { return enum_ok(ec, gc); });
        if (!found) return false;
      }
  }
  return true;
}

void flatten(const std::vector<precis::enumeration>& in, std::vector<const precis::enumeration*>& out) {
  for (const auto& e : in) {
    out.push_back(&e);
    for (const auto& it : e.items) flatten(it.children, out);
  }
}

void flatten(const json& in, std::vector<const json*>& out) {
  for (const auto& e : in) {
    out.push_back(&e);
    for (const auto& it : e["items"])
      if (it.contains("children")) flatten(it["children"], out);
  }
}

void check_set(const std::filesystem::path& expected, const std::filesystem::path& texts) {
  auto spec = json::parse(precis::test::read_file(expected));
  int required = 0;
  for (const auto& doc : spec["documents"]) {
    std::string file = doc["file"];
    INFO(file);
    auto d = precis::document::from_file((texts / file).string());
    auto enums = precis::extract(d);
    std::vector<const precis::enumeration*> got;
    flatten(enums, got);
    std::vector<const json*> want;
    flatten(doc["enumerations"], want);
    for (const json* w : want) {
      if (w->value("stretch", false)) continue;
      ++required;
      INFO("expected: " << (*w)["label"].dump() << " " << (*w)["kind"].get<std::string>());
      CHECK(std::any_of(got.begin(), got.end(), [&](const precis::enumeration* g) { return enum_ok(*w, *g); }));
    }
    for (const precis::enumeration* g : got) {
      INFO("reported: " << g->label.value_or("(null)") << " " << precis::to_string(g->kind));
      CHECK(std::any_of(want.begin(), want.end(), [&](const json* w) { return enum_ok(*w, *g); }));
      for (const auto& neg : doc["must_not_report"]) {
        std::string label = lower(norm(g->label.value_or("")));
        CHECK((label.empty() || label.find(lower(norm(neg.get<std::string>()))) == std::string::npos));
      }
    }
  }
  CHECK(required > 0);
}

}  // namespace

TEST_CASE("seed structures are extracted exactly (seeds.expected.json)", "[extract][acceptance][shared]") {
  auto shared = precis::test::shared_dir();
  check_set(shared / "spec" / "seeds.expected.json", shared / "seeds");
}

TEST_CASE("our own 38 statements are extracted exactly (tests/data/extract)", "[extract][acceptance]") {
  auto dir = precis::test::data_dir() / "extract";
  check_set(dir / "expected.json", dir);
}
