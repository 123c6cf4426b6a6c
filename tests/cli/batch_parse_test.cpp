// parse_batch_line (simdjson's fast path when built in) gives exactly the record of the
// reference parser (nlohmann's SAX): same id bytes, same text, same error message, whichever
// of the two reads the line. The lines are the edges where two JSON parsers tend to differ.
#include "cli/batch.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

void same_as_reference(const std::string& line) {
  INFO("line: " << line);
  const auto fast = precis::cli::parse_batch_line(line);
  const auto ref = precis::cli::parse_batch_line_reference(line);
  CHECK(fast.id == ref.id);
  CHECK(fast.text == ref.text);
  CHECK(fast.error == ref.error);
}

}  // namespace

TEST_CASE("batch lines: the fast parser and the reference parser give the same record", "[cli][batch]") {
  const std::vector<std::string> lines = {
      // Usable lines: ids of every accepted kind, escapes, members in any order, repeats.
      R"({"id":1,"text":"A b."})", R"({"text":"A b.","id":"x"})", R"({"id":null,"text":"a"})",
      R"({"id":-0,"text":"a"})", R"({"id":1.50,"text":"a"})", R"({"id":1E+2,"text":"a"})",
      R"({"id":1.5e-400,"text":"a"})", R"({"id":18446744073709551616,"text":"a"})",
      R"({"id":-9223372036854775809,"text":"a"})", R"({"id":123456789012345678901234567890,"text":"a"})",
      R"({"text":"\u00e9\ud83d\ude00\n\t\"\\\/"})", R"({"text":"a\u0000b"})", R"({"\u0069d":7,"text":"a"})",
      R"({"id":1,"id":"two","text":"a"})", R"({"text":"first","text":"second"})", R"({"text":5,"text":"s"})",
      R"({"text":"s","text":5})", R"({"a":{"text":"inner","id":[1]},"b":[[[{}]]],"text":"outer"})",
      " \t{\"text\":\"a\"}\r", "{\"text\":\"a\x7f\"}", "\xEF\xBB\xBF{\"text\":\"a\"}",
      std::string("{\"text\":\"a\"}\0junk", 17), "{\"text\":\"caf\xC3\xA9\"}",
      // Not records: bad ids, no text, not an object.
      R"({"id":true,"text":"a"})", R"({"id":[1],"text":"a"})", R"({"id":{"a":1},"text":"a"})",
      R"({"id":1})", R"({})", R"([1])", R"("s")", R"(5)", R"(null)", R"({"text":null})",
      // Not JSON: each of these is an error at a byte position.
      "", "   ", R"({"text":"a"} {})", R"({"text":"a"},)", R"({"a":1,})", R"({"a" 1})", R"({"a":01})",
      R"({"a":1.})", R"({"a":.5})", R"({"a":-})", R"({"a":1e})", R"({"id":1e400,"text":"a"})", R"({"a":tru})",
      R"({"text":"\x"})", R"({"text":"\'"})", R"({"text":"\udc00"})", R"({"text":"\ud800"})",
      R"({"text":"\ud800\u0041"})", "{\"text\":\"a\x01\"}", "{\"text\":\"\xed\xa0\x80\"}", "{\"\xff\":1}",
      "{\"text\":\"\xC0\xAF\"}", "\f{}", std::string("{\"text\":\"a\0\"}", 13), R"({"text":"a)", "{",
      std::string(2000, '[') + std::string(2000, ']'),
      "{\"a\":" + std::string(2000, '[') + std::string(2000, ']') + ",\"text\":\"deep\"}",
  };
  for (const auto& line : lines) same_as_reference(line);
  // Past the fast parser's size limit the reference parser reads the line; the record is the same.
  same_as_reference("{\"id\":3,\"text\":\"" + std::string(100000, 'a') + "\"}");
}
