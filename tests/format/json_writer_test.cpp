// The direct JSON writer must produce exactly the bytes of nlohmann's dump (detail::dump), which
// the summary and extraction JSON were written with before it: every escape, number and nesting.
#include "format/json.hpp"
#include "format/json_writer.hpp"

#include <catch2/catch.hpp>

#include <limits>
#include <string>

using precis::detail::json;
using precis::detail::json_writer;

namespace {

std::string written_string(std::string_view s) {
  std::string out;
  json_writer(out).value(s);
  return out;
}

std::string written_double(double x) {
  std::string out;
  json_writer(out).value(x);
  return out;
}

}  // namespace

TEST_CASE("json writer: strings escaped as nlohmann escapes them", "[format]") {
  const std::string cases[] = {
      "plain", "", "quote \" and backslash \\", "tab\tnew\nline\rcr", std::string("nul\0byte", 8), "\x01\x1f\x7f",
      "\b\f", "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80",  // UTF-8 kept as is
      "bad \xFF byte", "cut \xE2\x80", "overlong \xC0\xAF", "surrogate \xED\xA0\x80",  // replaced by nlohmann
  };
  for (const auto& s : cases) CHECK(written_string(s) == precis::detail::dump(json(s)));
}

TEST_CASE("json writer: numbers as nlohmann writes them", "[format]") {
  for (double x : {0.0, 1.0, 0.1, 1e-05, 0.0123456789, 123456789.0, 1e300, -2.5, 3.0e-7, 0.3333333333333333})
    CHECK(written_double(x) == precis::detail::dump(json(x)));
  CHECK(written_double(std::numeric_limits<double>::quiet_NaN()) == "null");
  for (std::int64_t n : {std::int64_t{0}, std::int64_t{-7}, std::int64_t{42}, std::numeric_limits<std::int64_t>::min()}) {
    std::string out;
    json_writer(out).value(n);
    CHECK(out == precis::detail::dump(json(n)));
  }
  std::string out;
  json_writer(out).value(std::numeric_limits<std::uint64_t>::max());
  CHECK(out == precis::detail::dump(json(std::numeric_limits<std::uint64_t>::max())));
}

TEST_CASE("json writer: objects and arrays nest with commas only between members", "[format]") {
  std::string out;
  json_writer w(out);
  w.begin_object();
  w.member("a", 1);
  w.key("list");
  w.begin_array();
  w.begin_array();
  w.end_array();
  w.pair(3, 4);
  w.begin_object();
  w.end_object();
  w.value(nullptr);
  w.end_array();
  w.member("b", std::optional<std::string>{});
  w.member("c", std::optional<bool>{true});
  w.key("raw");
  w.raw_value("\"x\"");
  w.member("d", -3);
  w.end_object();
  json j;
  j["a"] = 1;
  j["list"] = json::array({json::array(), json::array({3, 4}), json::object(), nullptr});
  j["b"] = nullptr;
  j["c"] = true;
  j["raw"] = "x";
  j["d"] = -3;
  CHECK(out == precis::detail::dump(j));
}
