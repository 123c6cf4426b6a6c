#include "cli/batch.hpp"
#include "cli/commands.hpp"

#include <precis/extract/extract.hpp>
#include <precis/format.hpp>

namespace precis::cli {

int run_extract(const options& o) {
  if (o.jsonl) {
    batch_settings b{o.inputs, o.threads, o.max_input, o.output, o.load};
    return run_batch(b, [](const document& d) { return extraction_to_json(d.name(), extract(d)); });
  }
  return for_each_input(o, [&](const document& d) {
    auto enums = extract(d);
    if (o.format == "json") return extraction_to_json(d.name(), enums);
    if (o.format == "markdown") return "## " + d.name() + "\n\n" + enumerations_to_markdown(enums);
    return enumerations_to_text(enums);
  });
}

}  // namespace precis::cli
