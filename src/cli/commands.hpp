#pragma once
// The subcommands; each returns the process exit code.
#include "cli/common.hpp"

#include <cstddef>
#include <string>

namespace precis::cli {

/// `precis sentences`: the segmentation, a debugging view.
int run_sentences(const options& o);

struct summarize_cli {
  std::size_t sentences = 0, words = 0;
  double ratio = 0;
  std::size_t keywords = 10;
  std::string similarity = "overlap";
};

/// `precis summarize`: key sentences, keywords, enumerations and metadata; --jsonl for batches.
int run_summarize(const options& o, const summarize_cli& s);

/// `precis extract`: every enumeration as a typed tree; --jsonl for batches.
int run_extract(const options& o);

}  // namespace precis::cli
