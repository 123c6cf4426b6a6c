// Paired input/expected files per structure family: tests/data/families/<family>/<case>.{txt,md}
// beside <case>.expected, an outline of what extract() must report (kind, label, count; each
// item's ordinal, marker and the start of its text; children indented under their item).
// Adding a case is adding two files; the outline states the rule the case is about.
#include <precis/extract/extract.hpp>

#include "support.hpp"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace {

/// Bytes of an item's text the outline keeps: enough to show where the item starts.
constexpr std::size_t outline_text_bytes = 40;

std::string one_line(std::string_view s, std::size_t max) {
  std::string out;
  for (char c : s) {
    if (out.size() >= max) break;
    bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (blank && (out.empty() || out.back() == ' ')) continue;
    out += blank ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void outline(const std::vector<precis::enumeration>& enums, int depth, std::string& out) {
  for (const auto& e : enums) {
    out += std::string(static_cast<std::size_t>(depth) * 4, ' ') + std::string(precis::to_string(e.kind));
    if (e.label) out += " \"" + one_line(*e.label, 200) + "\"";
    if (e.declared_count) out += " /" + std::to_string(*e.declared_count);
    out += '\n';
    for (const auto& it : e.items) {
      out += std::string(static_cast<std::size_t>(depth) * 4 + 2, ' ') + std::to_string(it.ordinal) + " [" +
             it.marker + "] " + one_line(it.text, outline_text_bytes) + '\n';
      outline(it.children, depth + 1, out);
    }
  }
}

// Every enumeration's span covers its items and their children: a list ends after its last
// item's sub-list, a section after what its last heading governs.
void check_spans(const std::vector<precis::enumeration>& enums) {
  for (const auto& e : enums)
    for (const auto& it : e.items) {
      CHECK(e.src.contains(it.src));
      for (const auto& c : it.children) CHECK(e.src.contains(c.src));
      check_spans(it.children);
    }
}

std::vector<std::filesystem::path> family_inputs() {
  namespace fs = std::filesystem;
  std::vector<fs::path> inputs;
  for (const auto& f : fs::recursive_directory_iterator(precis::test::data_dir() / "families"))
    if (f.path().extension() == ".txt" || f.path().extension() == ".md") inputs.push_back(f.path());
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

}  // namespace

TEST_CASE("family cases: each input gives its expected outline", "[extract][families]") {
  namespace fs = std::filesystem;
  const fs::path root = precis::test::data_dir() / "families";
  const auto inputs = family_inputs();
  REQUIRE(!inputs.empty());
  for (const auto& in : inputs) {
    fs::path exp = in;
    exp.replace_extension(".expected");
    INFO("case " << fs::relative(in, root).string());
    REQUIRE(fs::exists(exp));
    std::string got;
    outline(precis::extract(precis::document::from_file(in.string())), 0, got);
    CHECK(got == precis::test::read_file(exp));
  }
}

TEST_CASE("family cases: an enumeration's span covers its items' children", "[extract][families]") {
  for (const auto& in : family_inputs()) {
    INFO("case " << in.filename().string());
    check_spans(precis::extract(precis::document::from_file(in.string())));
  }
}
