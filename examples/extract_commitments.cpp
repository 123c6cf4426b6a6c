// extract_commitments: every counted enumeration of a statement as a checklist, with its
// count check, so an analyst sees at a glance what was promised and whether it all appears.
// Usage: extract_commitments FILE
#include <precis/precis.hpp>

#include <fmt/core.h>

#include <functional>

int main(int argc, char** argv) {
  if (argc != 2) {
    fmt::print(stderr, "usage: extract_commitments FILE\n");
    return 2;
  }
  try {
    auto doc = precis::document::from_file(argv[1]);
    std::function<void(const std::vector<precis::enumeration>&)> walk = [&](const auto& enums) {
      for (const auto& e : enums) {
        if (e.declared_count) {
          fmt::print("{} [{}]\n", e.label.value_or("?"), precis::count_check(e));
          for (const auto& it : e.items) fmt::print("  [ ] {}\n", it.head.empty() ? it.text : it.head);
        }
        for (const auto& it : e.items) walk(it.children);
      }
    };
    walk(precis::extract(doc));
  } catch (const precis::input_error& e) {
    fmt::print(stderr, "extract_commitments: {}: {}\n", e.source(), e.what());
    return 1;
  }
}
