// outline: the whole enumeration tree of a statement, indented, with markers and spans, so a
// reader can jump from the skeleton to the source bytes.
// Usage: outline FILE
#include <precis/precis.hpp>

#include <fmt/core.h>

#include <functional>

int main(int argc, char** argv) {
  if (argc != 2) {
    fmt::print(stderr, "usage: outline FILE\n");
    return 2;
  }
  try {
    auto doc = precis::document::from_file(argv[1]);
    std::function<void(const std::vector<precis::enumeration>&, int)> walk = [&](const auto& enums, int depth) {
      std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
      for (const auto& e : enums) {
        fmt::print("{}{} ({}) [{}] @{}-{}\n", pad, e.label.value_or("(unlabelled)"), precis::count_check(e),
                   precis::to_string(e.kind), e.src.begin, e.src.end);
        for (const auto& it : e.items) {
          fmt::print("{}  {}. {}{} @{}-{}\n", pad, it.ordinal, it.marker.empty() ? "" : "(" + it.marker + ") ",
                     it.head, it.src.begin, it.src.end);
          walk(it.children, depth + 2);
        }
      }
    };
    walk(precis::extract(doc), 0);
  } catch (const precis::input_error& e) {
    fmt::print(stderr, "outline: {}: {}\n", e.source(), e.what());
    return 1;
  }
}
