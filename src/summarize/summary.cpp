// The whole pipeline on one page: document → {rank → select, keywords, extract, meta}.
#include <precis/extract/extract.hpp>
#include <precis/summarize/summary.hpp>

#include "metadata/match.hpp"
#include "text/chars.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

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

bool speech_verb(std::string_view w) {
  static const std::unordered_set<std::string_view> verbs{
      "said", "says", "noted", "notes", "stressed", "stresses", "added", "adds", "told", "urged",
      "warned", "explained", "stated", "emphasized", "emphasised", "underlined", "remarked", "asserted"};
  return verbs.count(w) != 0;
}

bool title_word(std::string_view w) {
  static const std::unordered_set<std::string_view> titles{
      "minister", "foreign", "president", "secretary", "state", "councilor", "councillor", "premier",
      "prime", "vice", "deputy", "ambassador", "spokesperson", "spokesman", "spokeswoman", "chairman",
      "chair", "general", "mr", "mrs", "ms", "dr", "chinese", "u.s", "us", "senior", "director",
      "chief", "executive", "governor", "mayor", "senator", "the", "and", "of", "also", "defense",
      "defence", "finance", "commerce", "trade", "official", "officials", "head", "leader",
      // pronouns and determiners open sentences in capitals but name nobody
      "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "there",
      "who", "which", "both", "all", "some", "many", "one"};
  return titles.count(w) != 0;
}

bool capitalised(std::string_view raw) {
  return !raw.empty() && detail::starts_upper(raw.data(), raw.data() + raw.size());
}

}  // namespace

summary_meta find_meta(const document& doc) {
  summary_meta m;
  std::string_view text = doc.clean();
  for (const auto& s : doc.sentences()) {
    if (s.kind != sentence_kind::meta) continue;
    if (s.meta == meta_kind::dateline && !m.dateline) {
      m.dateline = doc.text(s.src);
      if (auto d = grammar::meta::match_dateline(text.substr(s.src.begin, s.src.size() + 1))) {
        if (!d->date.empty() && !m.date) m.date = d->date;
        if (!d->agency.empty()) m.source_agency = d->agency;
      }
    } else if (s.meta == meta_kind::date && !m.date) {
      if (auto d = grammar::meta::match_date_stamp(" " + std::string(text.substr(s.src.begin, s.src.size())) + " "))
        m.date = d->second;
    }
  }
  // Speakers: the capitalised words just before a speech verb ("Wang noted"), or after it
  // ("said Foreign Minister Wang Yi"), with titles dropped; "Wang" folds into "Wang Yi".
  const auto& toks = doc.tokens();
  const auto& terms = doc.terms();
  std::vector<std::string> found;
  std::vector<bool> verb(terms.size());  // decided once per distinct word, not per token
  for (std::size_t i = 0; i < terms.size(); ++i) verb[i] = speech_verb(terms[i].folded);
  for (const auto& s : doc.sentences()) {
    if (s.kind != sentence_kind::body) continue;
    for (std::uint32_t t = s.first_token; t < s.last_token; ++t) {
      if (!verb[toks[t].term]) continue;
      auto name_from = [&](std::uint32_t a, std::uint32_t b) {  // tokens [a, b), titles stripped
        while (a < b && title_word(terms[toks[a].term].folded)) ++a;
        if (a >= b || b - a > 3) return std::string();
        for (std::uint32_t k = a; k < b; ++k)
          if (!capitalised(toks[k].src().of(text))) return std::string();
        return std::string(text.substr(toks[a].begin, toks[b - 1].end - toks[a].begin));
      };
      std::uint32_t a = t;
      while (a > s.first_token && capitalised(toks[a - 1].src().of(text)) && t - a < 6 &&
             text.substr(toks[a - 1].end, toks[a].begin - toks[a - 1].end).find_first_of(",;:.") == std::string_view::npos)
        --a;
      std::string name = name_from(a, t);
      if (name.empty()) {
        std::uint32_t b = t + 1;
        while (b < s.last_token && capitalised(toks[b].src().of(text)) && b - t < 6) ++b;
        name = name_from(t + 1, b);
      }
      if (!name.empty()) found.push_back(name);
    }
  }
  for (const auto& n : found) {
    bool merged = false;
    for (auto& have : m.speakers) {
      auto ends_or_starts = [](const std::string& longer, const std::string& shorter) {
        return longer.size() > shorter.size() &&
               (longer.rfind(shorter + " ", 0) == 0 || longer.compare(longer.size() - shorter.size() - 1, std::string::npos, " " + shorter) == 0);
      };
      if (have == n || ends_or_starts(have, n)) { merged = true; break; }
      if (ends_or_starts(n, have)) { have = n; merged = true; break; }
    }
    if (!merged) m.speakers.push_back(n);
  }
  return m;
}

summary summarize(const document& doc, const summary_options& opt) {
  summary out;
  if (opt.enumerations) out.enumerations = extract(doc);
  std::vector<double> scores = rank_sentences(doc, opt.rank);
  select_options sel = opt.select;
  boost_introducers(doc, out.enumerations, opt.introducer_boost, scores, sel.covers);
  if (!sel.sentences && sel.ratio <= 0 && !sel.words) sel.sentences = 3;
  for (const auto& r : select_sentences(doc, scores, sel)) {
    const sentence& s = doc.sentences()[r.index];
    out.sentences.push_back({r.index, r.rank, r.score, doc.text(s.src), s.src});
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
