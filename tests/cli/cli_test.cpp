// The command line's contract (SPEC section 4): exit codes and the error format.
#include "support.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using precis::test::run_cli;
using precis::test::temp_file;

TEST_CASE("precis --help and --version", "[cli]") {
  auto help = run_cli("--help");
  CHECK(help.code == 0);
  CHECK(help.out.find("sentences") != std::string::npos);
  auto version = run_cli("--version");
  CHECK(version.code == 0);
  CHECK(version.out.find("precis 0.") != std::string::npos);
}

TEST_CASE("usage errors exit 2", "[cli]") {
  CHECK(run_cli("").code == 2);
  CHECK(run_cli("frobnicate x").code == 2);
  CHECK(run_cli("sentences").code == 2);
  CHECK(run_cli("sentences x --format yaml").code == 2);
}

TEST_CASE("missing file exits 66 naming the file", "[cli]") {
  auto r = run_cli("sentences /no/such/statement.txt");
  CHECK(r.code == 66);
  CHECK(r.err.find("precis: /no/such/statement.txt") == 0);
  auto dir = run_cli("extract /");
  CHECK(dir.code == 66);
  CHECK(dir.err.find("is a directory") != std::string::npos);
}

TEST_CASE("invalid UTF-8 and NUL exit 65 with FILE:LINE:COL, unless --repair", "[cli]") {
  auto bad = temp_file("precis_bad_utf8.txt", "Line one.\nSecond \xFF line.\n");
  auto r = run_cli("sentences '" + bad + "'");
  CHECK(r.code == 65);
  CHECK(r.err.find(bad + ":2:8: invalid UTF-8 byte 0xff") != std::string::npos);
  auto nul = temp_file("precis_nul.txt", std::string("bin\0ary", 7));
  CHECK(run_cli("sentences '" + nul + "'").code == 65);
  auto fixed = run_cli("sentences --repair '" + bad + "' --format json");
  CHECK(fixed.code == 0);
  auto j = nlohmann::json::parse(fixed.out);
  CHECK(j["sentences"].size() == 2);
  CHECK(j["sentences"][1]["text"] == "Second ? line.");
}

TEST_CASE("empty input: no sentences, exit 0; stdin works", "[cli]") {
  auto empty = temp_file("precis_empty.txt", "");
  auto r = run_cli("sentences '" + empty + "' --format json");
  CHECK(r.code == 0);
  CHECK(nlohmann::json::parse(r.out)["sentences"].empty());
  auto one = temp_file("precis_one.txt", "Hello there. General Kenobi.");
  auto s = run_cli("sentences - --format json", one);
  CHECK(s.code == 0);
  auto j = nlohmann::json::parse(s.out);
  CHECK(j["source"] == "-");
  REQUIRE(j["sentences"].size() == 2);
  CHECK(j["sentences"][1]["span"] == nlohmann::json::array({13, 28}));
}
