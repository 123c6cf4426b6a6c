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
/// `precis extract`: every enumeration as a typed tree.
int run_extract(const options& o);

}  // namespace precis::cli
