// Fuzz target: extraction on a repaired document: every enumeration tree keeps the API's
// promises (spans, order, nesting, counts), and its JSON parses back to as many trees.
#include "invariants.hpp"

#include <precis/extract/extract.hpp>
#include <precis/format.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace precis;
  document d;
  fuzz::repaired(data, size, d);
  const auto enums = extract(d);
  for (const auto& e : enums) fuzz::check_enumeration(d.source(), e);
  const auto j = nlohmann::json::parse(extraction_to_json(d.name(), enums));
  PRECIS_CHECK(j["enumerations"].size() == enums.size(), j["enumerations"].size(), enums.size());
  const std::string text = enumerations_to_text(enums), md = enumerations_to_markdown(enums);
  PRECIS_CHECK(fuzz::valid_utf8(text) && fuzz::valid_utf8(md));
  return 0;
}
