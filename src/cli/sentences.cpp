#include "cli/commands.hpp"
#include "cli/common.hpp"

#include <precis/format.hpp>


namespace precis::cli {
namespace {

std::string render(const document& d, const std::string& format) {
  const auto& ss = d.sentences();
  // One definition of the segmentation's JSON and of a sentence's kind: the library's.
  if (format == "json") return sentences_to_json(d);
  std::string out;
  for (std::size_t i = 0; i < ss.size(); ++i) {
    fmt::format_to(std::back_inserter(out), "{}\t{}\t{}\t{}\n", i, ss[i].src, to_string(ss[i]), d.text(ss[i].src));
  }
  return out;
}

}  // namespace

int run_sentences(const options& o) {
  return for_each_input(o, [&](const document& d) { return render(d, o.format); });
}

}  // namespace precis::cli
