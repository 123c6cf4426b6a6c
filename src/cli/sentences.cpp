#include "cli/commands.hpp"
#include "cli/common.hpp"

#include <precis/format.hpp>

#include <nlohmann/json.hpp>

namespace precis::cli {
namespace {

const char* kind_name(const sentence& s) {
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

std::string render(const document& d, const std::string& format) {
  const auto& ss = d.sentences();
  if (format == "json") {
    nlohmann::ordered_json j;
    j["source"] = d.name();
    auto& arr = j["sentences"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < ss.size(); ++i)
      arr.push_back({{"index", i}, {"paragraph", ss[i].paragraph}, {"kind", kind_name(ss[i])},
                     {"block", block_kind_name(d.paragraphs()[ss[i].paragraph].kind)},
                     {"span", {ss[i].src.begin, ss[i].src.end}}, {"text", d.text(ss[i].src)}});
    auto& heads = j["headings"] = nlohmann::ordered_json::array();
    for (const auto& h : d.headings())
      heads.push_back({{"text", h.text}, {"level", h.level}, {"span", {h.src.begin, h.src.end}}});
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  }
  std::string out;
  for (std::size_t i = 0; i < ss.size(); ++i) {
    fmt::format_to(std::back_inserter(out), "{}\t{}\t{}\t{}\n", i, ss[i].src, kind_name(ss[i]), d.text(ss[i].src));
  }
  return out;
}

}  // namespace

int run_sentences(const options& o) {
  return for_each_input(o, [&](const document& d) { return render(d, o.format); });
}

}  // namespace precis::cli
