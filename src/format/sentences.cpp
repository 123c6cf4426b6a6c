#include <precis/format.hpp>

#include "format/json.hpp"

namespace precis {
inline namespace v0 {

std::string_view to_string(const sentence& s) noexcept {
  if (s.kind == sentence_kind::meta) {
    switch (s.meta) {
      case meta_kind::dateline: return "dateline";
      case meta_kind::date: return "date";
      case meta_kind::caption: return "caption";
      case meta_kind::byline: return "byline";
      case meta_kind::editor: return "editor";
      case meta_kind::label: return "label";
      case meta_kind::none: break;
    }
    return "meta";
  }
  if (s.kind == sentence_kind::boilerplate) return "boilerplate";
  return s.kind == sentence_kind::heading ? "heading" : "body";
}

std::string sentences_to_json(const document& d) {
  detail::json j;
  j["source"] = d.name();
  auto& arr = j["sentences"] = detail::json::array();
  const auto& ss = d.sentences();
  for (std::size_t i = 0; i < ss.size(); ++i)
    arr.push_back({{"index", i}, {"paragraph", ss[i].paragraph}, {"kind", std::string(to_string(ss[i]))},
                   {"block", block_kind_name(d.paragraphs()[ss[i].paragraph].kind)},
                   {"span", {ss[i].src.begin, ss[i].src.end}}, {"text", d.text(ss[i].src)}});
  auto& heads = j["headings"] = detail::json::array();
  for (const auto& h : d.headings())
    heads.push_back({{"text", h.text}, {"level", h.level}, {"span", {h.src.begin, h.src.end}}});
  return detail::dump(j) + "\n";
}

}  // namespace v0
}  // namespace precis
