// The command line's contract, case by case (issue 10's hostile inputs, issue 11's CLI gaps):
// each TEST_CASE holds the minimal input that showed the defect.
#include "support.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

using precis::test::run_cli;
using precis::test::temp_file;

namespace {

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

const std::string statement =
    "The two sides agreed on three proposals. First, they will resume dialogue. Second, they "
    "will expand trade. Third, they will cooperate on climate. The ministers met in Geneva.";

std::string doc_line(const std::string& id_raw, const std::string& text = statement) {
  return "{\"id\":" + id_raw + ",\"text\":" + nlohmann::json(text).dump() + "}\n";
}

bool usage_error(const precis::test::run_result& r) {
  return r.code == 2 && r.err.rfind("precis: ", 0) == 0;
}

}  // namespace

TEST_CASE("D3: an id nested 100,000 deep is an error record, no stack overflow", "[cli][batch][hostile]") {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  auto in = temp_file("precis_deep_id.jsonl", "{\"id\":" + deep + ",\"text\":\"A b c.\"}\n" + doc_line("2") +
                                                  "{\"id\":\"x\",\"text\":\"t\",\"meta\":" + deep + "}\n");
  auto r = run_cli("summarize --jsonl", in);
  CHECK(r.code == 65);
  auto ls = lines_of(r.out);
  REQUIRE(ls.size() == 3);
  auto first = nlohmann::json::parse(ls[0]);
  CHECK(first["id"].is_null());
  CHECK(first["line"] == 1);
  CHECK(first["error"] == "\"id\" must be a string, a number or null");
  CHECK(nlohmann::json::parse(ls[1])["id"] == 2);
  CHECK(nlohmann::json::parse(ls[2])["id"] == "x");  // deep elsewhere in the line: fine
  CHECK(nlohmann::json::parse(ls[2]).contains("sentences"));
}

TEST_CASE("ids that are not a string, number or null give an error record", "[cli][batch]") {
  auto in = temp_file("precis_bad_ids.jsonl", doc_line("true") + doc_line("[1]") + doc_line("{\"a\":1}") +
                                                  doc_line("null") + "{\"text\":\"No id here.\"}\n");
  auto r = run_cli("summarize --jsonl", in);
  CHECK(r.code == 65);
  auto ls = lines_of(r.out);
  REQUIRE(ls.size() == 5);
  for (int i = 0; i < 3; ++i) {
    auto j = nlohmann::json::parse(ls[i]);
    CHECK(j["id"].is_null());
    CHECK(j["line"] == i + 1);
    CHECK(j["error"].get<std::string>().find("\"id\" must be") == 0);
  }
  CHECK(ls[3].rfind("{\"id\":null,\"source\"", 0) == 0);
  CHECK(ls[4].rfind("{\"id\":null,\"source\"", 0) == 0);  // absent: null
}

TEST_CASE("D9: ids are echoed byte for byte", "[cli][batch]") {
  const std::vector<std::string> ids = {"123456789012345678901234567890", "1.10", "-0", "1E+2",
                                        "\"caf\\u00e9\"", "\"a\\/b\"", "\"\xC3\xA9t\xC3\xA9\""};
  std::string batch;
  for (const auto& id : ids) batch += doc_line(id);
  batch += "{\"text\":\"x\", \"id\" : \t 1.50 }\n";  // spaces around: the value's bytes only
  auto r = run_cli("summarize --jsonl", temp_file("precis_raw_ids.jsonl", batch));
  CHECK(r.code == 0);
  auto ls = lines_of(r.out);
  REQUIRE(ls.size() == ids.size() + 1);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    INFO(ls[i].substr(0, 80));
    CHECK(ls[i].rfind("{\"id\":" + ids[i] + ",", 0) == 0);
    CHECK_NOTHROW(nlohmann::json::parse(ls[i]));
  }
  CHECK(ls.back().rfind("{\"id\":1.50,", 0) == 0);
  // Error records echo it too.
  auto bad = run_cli("summarize --jsonl", temp_file("precis_raw_id_err.jsonl", "{\"id\":1.10,\"text\":5}\n"));
  CHECK(bad.code == 65);
  CHECK(bad.out.rfind("{\"id\":1.10,", 0) == 0);
}

TEST_CASE("D9: --ratio NaN, 0 and out of range are usage errors", "[cli]") {
  auto f = temp_file("precis_ratio.txt", statement);
  for (const char* r : {"nan", "NaN", "0", "-0.5", "1.5", "inf", "x", "0.5x"}) {
    INFO(r);
    CHECK(usage_error(run_cli(std::string("summarize --ratio ") + r + " '" + f + "'")));
  }
  CHECK(run_cli("summarize --ratio 0.5 '" + f + "'").code == 0);
  CHECK(run_cli("summarize --ratio 1 '" + f + "'").code == 0);
}

TEST_CASE("D5: read errors on standard input are I/O errors (74)", "[cli][hostile]") {
  for (const char* cmd : {"summarize -", "extract -", "sentences -", "summarize --jsonl", "extract --jsonl"}) {
    INFO(cmd);
    auto dir = run_cli(std::string(cmd) + " < /");
    CHECK(dir.code == 74);
    CHECK(dir.err.find("precis: -: read error") == 0);
    auto closed = run_cli(std::string(cmd) + " <&-");
    CHECK(closed.code == 74);
    CHECK(closed.err.find("read error") != std::string::npos);
    CHECK(dir.out.empty());
  }
}

TEST_CASE("D6: -j is validated; -j needs --jsonl", "[cli][batch]") {
  for (const char* j : {"0", "100000", "-1", "abc", "4294967297"}) {
    INFO(j);
    auto r = run_cli(std::string("summarize --jsonl -j ") + j, temp_file("precis_j.jsonl", doc_line("1")));
    CHECK(usage_error(r));
    CHECK(r.out.empty());
  }
  auto f = temp_file("precis_j.txt", statement);
  CHECK(usage_error(run_cli("summarize -j 2 '" + f + "'")));
  CHECK(run_cli("summarize --jsonl -j 256", temp_file("precis_j.jsonl", doc_line("1"))).code == 0);
}

TEST_CASE("D8: inputs over the size limit are refused with exit 65 and the sizes", "[cli][hostile]") {
  auto f = temp_file("precis_limit.txt", statement);
  auto r = run_cli("summarize --max-input 100 '" + f + "'");
  CHECK(r.code == 65);
  CHECK(r.err.find("over the limit of 100 bytes") != std::string::npos);
  auto in = run_cli("sentences --max-input 100 -", f);  // stdin: counted while reading
  CHECK(in.code == 65);
  CHECK(in.err.find("over the limit of 100 bytes") != std::string::npos);
  CHECK(run_cli("summarize --max-input 1K '" + f + "'").code == 0);
  // The default, 1 GiB, on a sparse file of 1.1 GB: refused from its size, nothing read.
  auto big = std::filesystem::temp_directory_path() / "precis_sparse_big.txt";
  { std::ofstream(big, std::ios::binary) << "x"; }
  std::filesystem::resize_file(big, 1100u * 1000u * 1000u);
  auto huge = run_cli("summarize '" + big.string() + "'");
  std::filesystem::remove(big);
  CHECK(huge.code == 65);
  CHECK(huge.err.find("over the limit of 1073741824 bytes") != std::string::npos);
  // In batch mode a line over the limit is an error record, and the next line goes on.
  auto lines = temp_file("precis_limit.jsonl", doc_line("1") + doc_line("2", std::string(300, 'a')) + doc_line("3"));
  auto b = run_cli("summarize --jsonl --max-input 280", lines);
  CHECK(b.code == 65);
  auto ls = lines_of(b.out);
  REQUIRE(ls.size() == 3);
  CHECK(nlohmann::json::parse(ls[1])["line"] == 2);
  CHECK(nlohmann::json::parse(ls[1])["error"] == "line longer than 280 bytes (--max-input)");
  CHECK(nlohmann::json::parse(ls[2])["id"] == 3);
}

TEST_CASE("batch: blank lines and bad lines give error records with our own message; exit 65", "[cli][batch]") {
  auto in = temp_file("precis_blank.jsonl", doc_line("1") + "\n   \n{\"id\":4,\"text\":\n[1,2]\n" +
                                                "{\"id\":6}\n{\"id\":7,\"text\":\"a\\u0000b\"}\n" + doc_line("8"));
  auto r = run_cli("summarize --jsonl -j 2", in);
  CHECK(r.code == 65);
  auto ls = lines_of(r.out);
  REQUIRE(ls.size() == 8);
  const std::vector<std::string> expected = {"", "blank line", "blank line", "not JSON", "not a JSON object",
                                             "no \"text\" member", "text: NUL byte", ""};
  for (std::size_t i = 0; i < ls.size(); ++i) {
    INFO(ls[i]);
    auto j = nlohmann::json::parse(ls[i]);
    if (expected[i].empty()) {
      CHECK(j.contains("sentences"));
      continue;
    }
    CHECK(j["line"] == i + 1);
    const auto e = j["error"].get<std::string>();
    CHECK(e.find(expected[i]) == 0);
    CHECK(e.find("json.exception") == std::string::npos);
    CHECK(e.find("parse error") == std::string::npos);
  }
  auto ok = run_cli("summarize --jsonl", temp_file("precis_ok.jsonl", doc_line("1") + doc_line("2")));
  CHECK(ok.code == 0);
}

TEST_CASE("batch: JSON Lines files as arguments, extract --jsonl, --format and -o", "[cli][batch]") {
  auto a = temp_file("precis_a.jsonl", doc_line("\"a1\"") + doc_line("\"a2\""));
  auto b = temp_file("precis_b.jsonl", "oops\n" + doc_line("\"b2\""));
  auto r = run_cli("summarize --jsonl '" + a + "' '" + b + "'");
  CHECK(r.code == 65);
  auto ls = lines_of(r.out);
  REQUIRE(ls.size() == 4);
  CHECK(nlohmann::json::parse(ls[0])["source"] == a + ":1");
  auto err = nlohmann::json::parse(ls[2]);
  CHECK(err["file"] == b);
  CHECK(err["line"] == 1);
  CHECK(nlohmann::json::parse(ls[3])["id"] == "b2");
  // A missing file is reported (66) and the others still run.
  auto missing = run_cli("summarize --jsonl /no/such.jsonl '" + a + "'");
  CHECK(missing.code == 66);
  CHECK(lines_of(missing.out).size() == 2);

  auto ex = run_cli("extract --jsonl '" + a + "'");
  CHECK(ex.code == 0);
  auto e0 = nlohmann::json::parse(lines_of(ex.out).at(0));
  CHECK(e0["id"] == "a1");
  CHECK(e0["enumerations"].size() == 1);
  CHECK_FALSE(e0.contains("sentences"));

  CHECK(usage_error(run_cli("summarize --jsonl --format text '" + a + "'")));
  CHECK(usage_error(run_cli("extract --jsonl -f markdown '" + a + "'")));
  CHECK(run_cli("summarize --jsonl --format json '" + a + "'").code == 0);

  auto out = std::filesystem::temp_directory_path() / "precis_out.jsonl";
  auto o = run_cli("summarize --jsonl -o '" + out.string() + "' '" + a + "'");
  CHECK(o.code == 0);
  CHECK(o.out.empty());
  CHECK(lines_of(precis::test::read_file(out)).size() == 2);
  std::filesystem::remove(out);
  auto same = run_cli("summarize --jsonl -o '" + a + "' '" + a + "'");  // would truncate its input
  CHECK(usage_error(same));
  CHECK(lines_of(precis::test::read_file(a)).size() == 2);
  auto cannot = run_cli("summarize -o /no/such/dir/out.txt '" + a + "'");
  CHECK(cannot.code == 74);
  CHECK(cannot.err.find("precis: /no/such/dir/out.txt: cannot create") == 0);
}

TEST_CASE("text output numbers sentences by position and shows the rank; a header per file", "[cli]") {
  auto f = temp_file("precis_pos.txt", statement);
  auto r = run_cli("summarize -n 2 '" + f + "'");
  REQUIRE(r.code == 0);
  auto j = nlohmann::json::parse(run_cli("summarize -n 2 -f json '" + f + "'").out);
  REQUIRE(j["sentences"].size() == 2);
  for (const auto& s : j["sentences"]) {
    std::ostringstream want;  // (not string concatenation: gcc 12's -Wrestrict false positive)
    want << '[' << s["index"].get<int>() + 1 << "] (rank " << s["rank"].get<int>() << ") "
         << s["text"].get<std::string>();
    CHECK(r.out.find(want.str()) != std::string::npos);
  }
  auto g = temp_file("precis_pos2.txt", "Another statement. It has two sentences.");
  auto two = run_cli("sentences '" + f + "' '" + g + "'");
  CHECK(two.out.rfind("==> " + f + " <==\n", 0) == 0);
  CHECK(two.out.find("\n\n==> " + g + " <==\n") != std::string::npos);
  CHECK(run_cli("sentences '" + f + "'").out.find("==>") == std::string::npos);  // one file: none
  auto ex = run_cli("extract '" + f + "' '" + g + "'");
  CHECK(ex.out.find("==> " + g + " <==") != std::string::npos);
}

TEST_CASE("short flags -n -f -o -k, --keywords, stdin in --help, speakers []", "[cli]") {
  auto f = temp_file("precis_flags.txt", statement);
  auto a = run_cli("summarize -n 1 -f json -k 3 '" + f + "'");
  REQUIRE(a.code == 0);
  auto j = nlohmann::json::parse(a.out);
  CHECK(j["sentences"].size() == 1);
  CHECK(j["keywords"].size() == 3);
  CHECK(j["meta"]["speakers"] == nlohmann::json::array());
  CHECK(a.out == run_cli("summarize --sentences 1 --format json --keywords 3 '" + f + "'").out);
  CHECK(nlohmann::json::parse(run_cli("summarize -k 0 -f json '" + f + "'").out)["keywords"].empty());
  CHECK(usage_error(run_cli("summarize -k -1 '" + f + "'")));
  auto out = std::filesystem::temp_directory_path() / "precis_flags_out.md";
  CHECK(run_cli("summarize -f markdown -o '" + out.string() + "' '" + f + "'").code == 0);
  CHECK(precis::test::read_file(out).find("**Key sentences**") != std::string::npos);
  std::filesystem::remove(out);
  auto help = run_cli("summarize --help");
  CHECK(help.code == 0);
  CHECK(help.out.find("- for standard input") != std::string::npos);
  CHECK(help.out.find("-k,--keywords") != std::string::npos);
}

TEST_CASE("every usage error reads 'precis: ...' and exits 2", "[cli]") {
  auto f = temp_file("precis_usage.txt", statement);
  for (const std::string& args : std::vector<std::string>{"", "frobnicate", "summarize --nope '" + f + "'", "sentences",
                                 "summarize -f yaml '" + f + "'", "summarize -n 0 '" + f + "'",
                                 "summarize -n 2 --words 5 '" + f + "'", "summarize", "extract",
                                 "sentences --jsonl '" + f + "'", "summarize --max-input 0 '" + f + "'"}) {
    INFO(args);
    auto r = run_cli(args);
    CHECK(usage_error(r));
    CHECK(r.out.empty());
  }
}
