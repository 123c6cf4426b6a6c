#include <precis/format.hpp>

#include "format/json.hpp"
#include "format/json_writer.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace precis {
inline namespace v0 {

namespace {
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
  std::string out;
  out.reserve(4096);
  detail::json_writer w(out);
  w.begin_object();
  if (id) {  // the input's id, as nlohmann reads and writes it (string, number, null)
    w.key("id");
    w.raw_value(detail::dump(detail::json::parse(*id)));
  }
  w.member("source", source);
  w.key("enumerations");
  detail::write_enumerations(w, s.enumerations);
  w.key("sentences");
  w.begin_array();
  for (const auto& x : s.sentences) {
    w.begin_object();
    w.member("index", x.index);
    w.member("rank", x.rank);
    w.member("score", x.score);
    w.member("text", x.text);
    w.member("span", x.src);
    if (x.speaker) w.member("speaker", *x.speaker);  // transcripts only
    w.end_object();
  }
  w.end_array();
  w.key("keywords");
  w.begin_array();
  for (const auto& k : s.keywords) {
    w.begin_object();
    w.member("term", k.term);
    w.member("score", k.score);
    w.key("span");  // the first occurrence
    if (k.spans.empty()) w.value(nullptr);
    else w.pair(k.spans[0].begin, k.spans[0].end);
    w.member("occurrences", static_cast<std::uint64_t>(k.spans.size()));  // all of them (keyword::spans)
    w.end_object();
  }
  w.end_array();
  w.key("headings");
  w.begin_array();
  for (const auto& h : s.headings) {
    w.begin_object();
    w.member("text", h.text);
    w.member("level", h.level);
    w.member("span", h.src);
    w.end_object();
  }
  w.end_array();
  w.key("meta");
  w.begin_object();
  w.member("title", s.meta.title);
  w.member("date", s.meta.date);
  w.member("dateline", s.meta.dateline);
  w.member("source_agency", s.meta.source_agency);
  w.key("speakers");  // [] when none, never null
  w.begin_array();
  for (const auto& p : s.meta.speakers) w.value(p);
  w.end_array();
  w.end_object();
  w.end_object();
  return out += '\n';
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
