// Fuzz target: the input formats (load_options::format). The first byte picks the format
// (auto, text, Markdown, HTML; front matter is reached through Markdown and auto), the rest is
// the document: the document model's invariants, then extraction and the summary JSON on it.
// A new format: add it to `formats` below and seeds for it to precis_fuzz_seeds_formats.
#include "invariants.hpp"

#include <precis/extract/extract.hpp>
#include <precis/format.hpp>
#include <precis/summarize/summary.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace precis;
  if (size == 0) return 0;
  constexpr input_format formats[] = {input_format::auto_detect, input_format::text, input_format::markdown,
                                      input_format::html};
  load_options opt;
  opt.repair = true;
  opt.format = formats[data[0] % 4];
  document d = document::from_string(std::string(reinterpret_cast<const char*>(data) + 1, size - 1), "fuzz", opt);
  PRECIS_CHECK(d.source().size() == size - 1);
  fuzz::check_document(d);
  for (const auto& e : extract(d)) fuzz::check_enumeration(d.source(), e);
  const summary s = summarize(d);
  const auto j = nlohmann::json::parse(summary_to_json(d.name(), s));
  PRECIS_CHECK(j["sentences"].size() == s.sentences.size());
  for (const auto& x : s.sentences) fuzz::check_span(d.source(), x.src, "summary sentence span");
  return 0;
}
