#include "cli/commands.hpp"
#include "cli/batch.hpp"

#include <precis/format.hpp>
#include <precis/summarize/summary.hpp>

namespace precis::cli {

int run_summarize(const options& o, const summarize_cli& s) {
  summary_options opt;
  opt.load = o.load;
  opt.select.sentences = s.sentences;
  opt.select.ratio = s.ratio;
  opt.select.words = s.words;
  if (s.similarity == "bm25") opt.rank.sim = similarity::bm25;
  else if (s.similarity == "cosine") opt.rank.sim = similarity::cosine;
  else opt.rank.sim = similarity::overlap;
  opt.keywords.count = s.keywords;
  if (o.jsonl) {
    batch_settings b{o.inputs, o.threads, o.max_input, o.output, o.load};
    return run_batch(b, [&](const document& d) { return summary_to_json(d.name(), summarize(d, opt)); });
  }
  return for_each_input(o, [&](const document& d) {
    auto sum = summarize(d, opt);
    if (o.format == "json") return summary_to_json(d.name(), sum);
    if (o.format == "markdown") return summary_to_markdown(d.name(), sum);
    return summary_to_text("", sum);
  });
}

}  // namespace precis::cli
