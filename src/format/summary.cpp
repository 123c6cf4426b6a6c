#include <precis/format.hpp>

#include "format/json.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace precis {
inline namespace v0 {

namespace {
detail::json opt(const std::optional<std::string>& v) { return v ? detail::json(*v) : detail::json(nullptr); }

// The heads of the labelled enumerations a key sentence announces ("... three proposals:"),
// one line each with `indent`, so the key sentences and the structures read as one summary.
std::string announced_heads(const summary& s, const summary_sentence& x, std::string_view indent) {
  std::string out;
  for (const auto& e : s.enumerations) {
    if (!e.label || e.items.empty() || !x.src.contains({e.src.begin, e.src.begin})) continue;
    for (const auto& it : e.items) out += fmt::format("{}{}. {}\n", indent, it.ordinal, it.head.empty() ? it.text : it.head);
  }
  return out;
}
}  // namespace

std::string summary_to_json(std::string_view source, const summary& s, const std::string* id) {
  detail::json j;
  if (id) j["id"] = detail::json::parse(*id);  // the input's id, as it was (string, number, null)
  j["source"] = std::string(source);
  j["enumerations"] = detail::enumerations_json(s.enumerations);
  auto& sents = j["sentences"] = detail::json::array();
  for (const auto& x : s.sentences) {
    sents.push_back({{"index", x.index}, {"rank", x.rank}, {"score", x.score}, {"text", x.text},
                     {"span", {x.src.begin, x.src.end}}});
    if (x.speaker) sents.back()["speaker"] = *x.speaker;  // transcripts only
  }
  auto& kws = j["keywords"] = detail::json::array();
  for (const auto& k : s.keywords) {
    detail::json sp = k.spans.empty() ? detail::json(nullptr) : detail::json({k.spans[0].begin, k.spans[0].end});
    kws.push_back({{"term", k.term}, {"score", k.score}, {"span", sp}});  // the first occurrence
  }
  auto& heads = j["headings"] = detail::json::array();
  for (const auto& h : s.headings) heads.push_back({{"text", h.text}, {"level", h.level}, {"span", {h.src.begin, h.src.end}}});
  j["meta"] = {{"title", opt(s.meta.title)},
               {"date", opt(s.meta.date)},
               {"dateline", opt(s.meta.dateline)},
               {"source_agency", opt(s.meta.source_agency)},
               {"speakers", detail::json(s.meta.speakers)}};  // [] when none, never null
  return detail::dump(j) + "\n";
}

std::string summary_to_markdown(std::string_view source, const summary& s) {
  std::string out = source.empty() ? std::string() : fmt::format("## {}\n\n", source);
  if (s.meta.dateline || !s.meta.speakers.empty()) {
    out += "*";
    if (s.meta.dateline) out += *s.meta.dateline;
    if (!s.meta.speakers.empty()) out += fmt::format("{}Speakers: {}", s.meta.dateline ? " · " : "", fmt::join(s.meta.speakers, ", "));
    out += "*\n\n";
  }
  out += "**Key sentences**\n\n";
  for (const auto& x : s.sentences) out += fmt::format("- {}\n", x.text) + announced_heads(s, x, "    ");
  if (!s.enumerations.empty()) out += "\n**Structures**\n\n" + enumerations_to_markdown(s.enumerations);
  if (!s.keywords.empty()) {
    out += "\n**Keywords:** ";
    for (std::size_t i = 0; i < s.keywords.size(); ++i) out += (i ? ", " : "") + s.keywords[i].term;
    out += "\n";
  }
  return out + "\n";
}

std::string summary_to_text(std::string_view source, const summary& s) {
  std::string out = source.empty() ? std::string() : fmt::format("==> {} <==\n", source);
  // Numbered by position in the document (1-based), the rank beside it: "[12] (rank 1) ...".
  for (const auto& x : s.sentences)
    out += fmt::format("[{}] (rank {}) {}\n", x.index + 1, x.rank, x.text) + announced_heads(s, x, "    ");
  if (!s.enumerations.empty()) out += "\n" + enumerations_to_text(s.enumerations);
  if (!s.keywords.empty()) {
    out += "\nkeywords: ";
    for (std::size_t i = 0; i < s.keywords.size(); ++i) out += (i ? ", " : "") + s.keywords[i].term;
    out += "\n";
  }
  if (!s.meta.speakers.empty()) out += fmt::format("speakers: {}\n", fmt::join(s.meta.speakers, ", "));
  return out;
}

}  // namespace v0
}  // namespace precis
