#pragma once
// The subcommands; each returns the process exit code.
#include <precis/text/document.hpp>

#include <string>
#include <vector>

namespace precis::cli {

struct options {
  std::vector<std::string> inputs;
  std::string format = "text";
  load_options load;
};

/// `precis sentences`: the segmentation, a debugging view.
int run_sentences(const options& o);
struct summarize_cli {
  std::size_t sentences = 0, words = 0;
  double ratio = 0;
  std::string similarity = "overlap";
  bool jsonl = false;
  unsigned threads = 0;
};

/// `precis summarize`: key sentences, keywords, enumerations and metadata; --jsonl for batches.
int run_summarize(const options& o, const summarize_cli& s);

/// `precis extract`: every enumeration as a typed tree.
int run_extract(const options& o);

}  // namespace precis::cli
