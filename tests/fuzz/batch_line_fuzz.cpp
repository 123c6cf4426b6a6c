// Fuzz target: one line of `--jsonl` batch mode, as the CLI processes it (summarize and
// extract). Whatever the line, the result is one line of JSON, an object whose first member
// is the id echoed byte for byte, and either a result or an error record with the line number;
// the fast line parser and the reference one agree.
#include "invariants.hpp"

#include "cli/batch.hpp"

#include <precis/extract/extract.hpp>
#include <precis/format.hpp>
#include <precis/summarize/summary.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace precis;
  std::string_view line(reinterpret_cast<const char*>(data), size);
  if (line.find('\n') != std::string_view::npos) return -1;  // one line; the reader splits lines
  const cli::batch_line parsed = cli::parse_batch_line(line);
  {  // the fast parser (simdjson, when built in) and the reference parser give the same record
    const cli::batch_line ref = cli::parse_batch_line_reference(line);
    PRECIS_CHECK(parsed.id == ref.id && parsed.text == ref.text && parsed.error == ref.error);
  }
  const cli::batch_render renders[] = {
      [](const document& d) { return summary_to_json(d.name(), summarize(d)); },
      [](const document& d) { return extraction_to_json(d.name(), extract(d)); },
  };
  for (const auto& render : renders) {
    bool failed = false;
    const std::string out = cli::process_batch_line(line, 42, "", load_options{}, render, failed);
    PRECIS_CHECK(!out.empty() && out.back() == '\n' && out.find('\n') == out.size() - 1);
    PRECIS_CHECK(out.rfind("{\"id\":" + parsed.id, 0) == 0);
    const auto j = nlohmann::ordered_json::parse(out);  // throws (a finding) if it is not JSON
    PRECIS_CHECK(j.is_object() && j.begin().key() == "id");
    PRECIS_CHECK(failed == j.contains("error"));
    if (failed) {
      PRECIS_CHECK(j["line"] == 42);
      PRECIS_CHECK(j["error"].is_string() && j["error"].get<std::string>().size() < 200);
    } else {
      PRECIS_CHECK(parsed.error.empty());
      PRECIS_CHECK(j.contains("enumerations"));
    }
    if (!parsed.error.empty()) PRECIS_CHECK(failed);
  }
  return 0;
}
