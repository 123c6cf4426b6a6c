// A user's program: the umbrella header, the opt-in fmt formatters and views, linking only
// precis::precis (and what it forwards: fmt, range-v3, libstemmer).
#include <precis/fmt.hpp>
#include <precis/precis.hpp>
#include <precis/views/enumeration.hpp>

#include <cstdio>
#include <string>

int main() {
  const std::string text =
      "BEIJING, Dec. 11 (Xinhua) -- China made three proposals.\n\n"
      "First is resuming dialogues.\n\nSecond is expanding trade.\n\nThird is protecting rivers.\n";
  auto d = precis::document::from_string(text);
  std::size_t body = 0;
  for (const auto& s : d.sentences()) body += s.kind == precis::sentence_kind::body;
  auto sum = precis::summarize(d);                       // Eigen, inside libprecis.a
  std::string json = precis::summary_to_json("x", sum);  // nlohmann-json, inside libprecis.a
  std::size_t items = 0;
  for (auto e : precis::views::items(sum.enumerations)) items += e.node != nullptr;
  std::string first = fmt::format("{:>12}", d.sentences().front().src);
  std::printf("precis %s: %zu sentences, %zu body, %zu items, %zu bytes of JSON, span %s\n",
              precis::version_string, d.sentences().size(), body, items, json.size(), first.c_str());
  return body >= 4 && !sum.sentences.empty() && json.front() == '{' && first.size() == 12 ? 0 : 1;
}
