// `precis summarize`: output formats and the JSON Lines batch contract.
#include "support.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using precis::test::run_cli;

namespace {
// A batch of documents made from our own test statements, plus bad lines in known places.
std::string make_batch(std::size_t n) {
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(precis::test::data_dir() / "extract"))
    if (e.path().extension() == ".txt") texts.push_back(precis::test::read_file(e.path()));
  std::sort(texts.begin(), texts.end());
  auto path = std::filesystem::temp_directory_path() / ("precis_batch_" + std::to_string(n) + ".jsonl");
  std::ofstream out(path, std::ios::binary);
  for (std::size_t i = 0; i < n; ++i) {
    if (i == 3) out << "this is not json\n";
    else if (i == 5) out << "{\"id\": \"no-text\"}\n";
    else if (i == 7) out << "{\"id\": 7, \"text\": \"bad \xFF byte\"}\n";
    else out << nlohmann::json{{"id", "doc-" + std::to_string(i)}, {"text", texts[i % texts.size()]}}.dump() << "\n";
  }
  return path.string();
}
}  // namespace

TEST_CASE("summarize JSON has the SPEC section 5 fields", "[cli][summary]") {
  auto file = (precis::test::data_dir() / ".." / ".." / "examples" / "data" / "joint_statement.txt").string();
  auto r = run_cli("summarize --format json --sentences 2 '" + file + "'");
  REQUIRE(r.code == 0);
  auto j = nlohmann::json::parse(r.out);
  for (const char* key : {"source", "enumerations", "sentences", "keywords", "meta"}) CHECK(j.contains(key));
  CHECK(j["sentences"].size() == 2);
  for (const auto& s : j["sentences"])
    for (const char* key : {"index", "rank", "score", "text", "span"}) CHECK(s.contains(key));
  for (const char* key : {"dateline", "date", "source_agency", "speakers"}) CHECK(j["meta"].contains(key));
  auto md = run_cli("summarize --format markdown '" + file + "'");
  CHECK(md.out.find("**Key sentences**") != std::string::npos);
  CHECK(run_cli("summarize --sentences 2 --ratio 0.5 '" + file + "'").code == 2);
}

TEST_CASE("batch: records stay in input order across blocks of lines", "[cli][batch]") {
  // More lines than one block of -j 2 (1,024 lines per thread): the second block's records
  // follow the first's, each line's id in place.
  auto path = std::filesystem::temp_directory_path() / "precis_batch_blocks.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 2300; ++i) out << "{\"id\":" << i << ",\"text\":\"Port " << i << " opened today.\"}\n";
  }
  auto one = run_cli("summarize --jsonl -j 1", path.string());
  auto two = run_cli("summarize --jsonl -j 2", path.string());
  REQUIRE(one.code == 0);
  REQUIRE(two.code == 0);
  CHECK(one.out == two.out);
  std::istringstream lines(two.out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("{\"id\":" + std::to_string(n) + ",", 0) != 0) break;
    ++n;
  }
  CHECK(n == 2300);
  std::filesystem::remove(path);
}

TEST_CASE("batch: one line per input line, errors in place, identical for any thread count", "[cli][batch]") {
  auto batch = make_batch(120);
  auto one = run_cli("summarize --jsonl -j 1", batch);
  auto three = run_cli("summarize --jsonl -j 3", batch);
  REQUIRE(one.code == 65);  // some lines failed: every record written, then 65
  REQUIRE(three.code == 65);
  CHECK(one.out == three.out);
  std::istringstream lines(one.out);
  std::string line;
  std::size_t n = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    INFO(line.substr(0, 200));
    if (n == 3) {
      CHECK(j["id"].is_null());
      CHECK(j["line"] == 4);
      CHECK(j["error"].get<std::string>().find("not JSON") == 0);
      CHECK(j["error"].get<std::string>().find("json.exception") == std::string::npos);
    } else if (n == 5) {
      CHECK(j["id"] == "no-text");
      CHECK(j.contains("error"));
    } else if (n == 7) {
      CHECK(j["line"] == 8);
      CHECK(j.contains("error"));
    } else {
      CHECK(j["id"] == "doc-" + std::to_string(n));
      CHECK(j.contains("sentences"));
    }
    ++n;
  }
  CHECK(n == 120);
}
