// The whole pipeline on one page: document → {rank → select, keywords, extract, meta}.
#include <precis/extract/extract.hpp>
#include <precis/summarize/summary.hpp>

#include "summarize/meta.hpp"

#include <algorithm>
#include <cmath>

namespace precis {
inline namespace v0 {

namespace {

// The sentence holding each labelled top-level enumeration's label ("making three proposals:"),
// with the other sentences its items occupy. A structure is as central as its parts: the
// announcing sentence takes its own score plus its items' (then the boost), so that the summary
// says the structure exists; once it is chosen, the item sentences are covered by it (the
// output shows the items' heads beside it).
void boost_introducers(const document& doc, const std::vector<enumeration>& enums, double boost,
                       std::vector<double>& scores, std::vector<std::pair<std::size_t, std::size_t>>& covers) {
  if (boost <= 0 || !std::isfinite(boost)) return;
  const auto& S = doc.sentences();
  auto sentence_at = [&](std::size_t byte) -> std::size_t {
    auto it = std::upper_bound(S.begin(), S.end(), byte,
                               [](std::size_t b, const sentence& s) { return b < s.src.begin; });
    if (it == S.begin()) return S.size();
    std::size_t i = static_cast<std::size_t>(it - S.begin()) - 1;
    return S[i].src.contains({byte, byte}) ? i : S.size();
  };
  const std::vector<double> base = scores;
  for (const auto& e : enums) {
    if (!e.label || e.items.empty()) continue;
    const std::size_t i = sentence_at(e.src.begin);
    if (i == S.size() || S[i].kind != sentence_kind::body) continue;
    double parts = 0;
    for (const auto& it : e.items) {
      // The first sentence ending after the item's first byte, through the item's last byte.
      auto first = std::partition_point(S.begin(), S.end(), [&](const sentence& s) { return s.src.end <= it.src.begin; });
      for (auto k = static_cast<std::size_t>(first - S.begin()); k < S.size() && S[k].src.begin < it.src.end; ++k) {
        if (k == i) continue;
        parts += base[k];
        covers.emplace_back(i, k);
      }
    }
    scores[i] = (scores[i] + parts) * (1.0 + boost);
  }
}

}  // namespace

summary summarize(const document& doc, const summary_options& opt) {
  summary out;
  if (opt.enumerations) out.enumerations = extract(doc);
  std::vector<double> scores = rank_sentences(doc, opt.rank);
  select_options sel = opt.select;
  boost_introducers(doc, out.enumerations, opt.introducer_boost, scores, sel.covers);
  if (!sel.sentences && sel.ratio <= 0 && !sel.words) sel.sentences = 3;
  std::vector<std::string> turns = detail::turn_speakers(doc);
  for (const auto& r : select_sentences(doc, scores, sel)) {
    const sentence& s = doc.sentences()[r.index];
    out.sentences.push_back({r.index, r.rank, r.score, doc.text(s.src), s.src, std::nullopt});
    if (s.paragraph < turns.size() && !turns[s.paragraph].empty()) out.sentences.back().speaker = turns[s.paragraph];
  }
  out.keywords = extract_keywords(doc, opt.keywords);
  out.meta = find_meta(doc);
  for (const auto& h : doc.headings()) out.headings.push_back({h.text, h.level, h.src});
  return out;
}

summary summarize(std::string_view text, const summary_options& opt) {
  return summarize(document::from_string(std::string(text), "<string>", opt.load), opt);
}

}  // namespace v0
}  // namespace precis
