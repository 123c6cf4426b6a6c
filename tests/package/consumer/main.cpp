// A user's program: includes only the umbrella header, links precis::precis.
#include <precis/precis.hpp>

#include <cstdio>

int main() {
  auto d = precis::document::from_string(
      "BEIJING, Dec. 11 (Xinhua) -- The two sides made three proposals. First is resuming dialogues.");
  std::size_t body = 0;
  for (const auto& s : d.sentences()) body += s.kind == precis::sentence_kind::body;
  std::printf("precis %s: %zu sentences, %zu of them body\n", precis::version_string, d.sentences().size(), body);
  return d.sentences().size() == 3 && body == 2 ? 0 : 1;
}
