// Sentence selection: greedy MMR (Carbonell & Goldstein 1998) under a sentence, ratio or word
// budget, lazily re-evaluated so that it stays near-linear on long inputs.
#include <precis/summarize/textrank.hpp>

#include "data/word_list.hpp"
#include "summarize/sentence_graph.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <queue>
#include <string>
#include <string_view>
#include <unordered_set>

namespace precis {
inline namespace v0 {

namespace {

/// Whether `t` ends with the literal `p`: a fixed-size memcmp the compiler inlines, where
/// substr() == is two out-of-line calls per test, and these tests run on every sentence.
template <std::size_t N>
bool ends_with(std::string_view t, const char (&p)[N]) noexcept {
  return t.size() >= N - 1 && std::memcmp(t.data() + t.size() - (N - 1), p, N - 1) == 0;
}

/// Whether `t` starts with the literal `p` (as ends_with).
template <std::size_t N>
bool starts_with(std::string_view t, const char (&p)[N]) noexcept {
  return t.size() >= N - 1 && std::memcmp(t.data(), p, N - 1) == 0;
}

/// `t` without trailing white space, the no-break space (U+00A0) of converted web pages included.
std::string_view trim_end(std::string_view t) {
  for (;;) {
    if (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\t' || t.back() == '\r'))
      t.remove_suffix(1);
    else if (ends_with(t, "\u00a0"))
      t.remove_suffix(2);
    else
      return t;
  }
}

/// A list preamble or a clause cut by a list: "Recognizing the role of ...;", "Be it enacted by
/// ... assembled,", "The report shall contain--".
bool preamble(std::string_view t) {
  t = trim_end(t);
  if (t.empty()) return false;
  if (t.back() == ';' || t.back() == ',') return true;
  return ends_with(t, "--") || ends_with(t, "\u2014") || ends_with(t, "\u2013");
}

/// A sentence ends in . ! ? : or … (before closing quotes, brackets or emphasis marks);
/// otherwise it is a heading line without its full stop ("use of child care center revolving
/// fund") or a piece of a legal list ("individuals with physical disabilities; and"). (Also
/// refusing sentences that open in lower case cost 0.7 ROUGE-1 on govsum-dev's bills, whose
/// list items carry the provisions, so they stay.)
bool whole_sentence(std::string_view t) {
  while (!t.empty()) {
    const unsigned char c = static_cast<unsigned char>(t.back());
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '"' || c == '\'' || c == ')' || c == ']' ||
        c == '*' || c == '_')
      t.remove_suffix(1);
    else if (ends_with(t, "\u00a0"))
      t.remove_suffix(2);
    else if (ends_with(t, "\u201d") || ends_with(t, "\u2019"))
      t.remove_suffix(3);
    else
      break;
  }
  if (t.empty()) return false;
  const char last = t.back();
  const bool ends = last == '.' || last == '!' || last == '?' || last == ':' ||
                    ends_with(t, "\u2026");
  if (!ends) return false;
  // A short sentence ending in a colon only announces what follows ("Congress finds the
  // following:", "The statement asks member states to:"); a long one says something itself.
  if (last == ':') {
    std::size_t words = 1;
    for (char c : t) words += c == ' ' || c == '\n';
    if (words < 8) return false;
  }
  return true;
}

/// How an audit says what it did ("reviewed", "interviewed", "analyzed"): the verbs of a
/// method statement.
bool method_verb(std::string_view w) noexcept {
  static constexpr std::string_view verbs[] = {
      "analyzed", "analysed", "assessed", "compared", "conducted", "contacted", "examined", "interviewed",
      "obtained", "reviewed", "selected", "surveyed", "used", "visited", "collected", "spoke", "met"};
  for (std::string_view v : verbs)
    if (w == v) return true;
  return false;
}

/// A report's method statement: "To assess X, we reviewed ...", "To address our objectives,
/// GAO analyzed ...", "We conducted this performance audit from ...", "For this statement, we
/// also analyzed ...". It says how the findings were reached, not what they are: an analyst's
/// few key sentences of a report are its findings and recommendations.
bool method_statement(std::string_view t) {
  auto subject_then_verb = [&](std::size_t at) {
    for (std::string_view subj : {"we ", "We ", "GAO "}) {
      if (t.compare(at, subj.size(), subj) != 0) continue;
      std::size_t b = at + subj.size();
      if (t.compare(b, 5, "also ") == 0) b += 5;  // "we also interviewed", not "we also found"
      std::size_t e = b;
      while (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
      return method_verb(t.substr(b, e - b));
    }
    return false;
  };
  if (subject_then_verb(0)) return true;
  // An opening purpose or frame clause ("To determine ...,", "For this report,"), then the
  // subject: the first comma within the opening words.
  if (!starts_with(t, "To ") && !starts_with(t, "For this ") && !starts_with(t, "For our ")) return false;
  const std::size_t comma = t.find(", ");
  return comma != std::string_view::npos && comma < 240 && subject_then_verb(comma + 2);
}

/// A piece of a sentence that starts in lower case, after an opening note such as a
/// transcript's "(In progress) —" ("which will go into some detail ...", "and the rest"): a
/// continuation cut from its sentence, not a sentence of its own. Refused only when a few
/// sentences are asked for; a word budget keeps them, since a bill's list items open in lower
/// case and carry its provisions (govsum-dev: -0.7 ROUGE-1 without them).
bool continuation(std::string_view t) {
  std::size_t q = 0;
  if (!t.empty() && t[0] == '(') {
    q = t.find(')');
    q = q == std::string_view::npos ? 0 : q + 1;
  }
  // Spaces, dashes and other punctuation between the note and the words (UTF-8 dashes too).
  while (q < t.size() && (t[q] == ' ' || t[q] == '-' || t[q] == '\n' || static_cast<unsigned char>(t[q]) >= 0x80)) ++q;
  return q < t.size() && t[q] >= 'a' && t[q] <= 'z';
}

/// Letters without a lower-case one: a heading or a banner ("SEC. 2. DEFINITIONS.",
/// "DISTRIBUTION STATEMENT C."), not a sentence.
bool all_capitals(std::string_view t) {
  std::size_t upper = 0;
  for (char c : t) {
    if (c >= 'a' && c <= 'z') return false;
    upper += c >= 'A' && c <= 'Z';
  }
  return upper >= 4;
}

constexpr std::string_view kMonths =
#include "data/months.inc"
    ;

/// Folded month names (the first word of each months.txt entry).
const std::unordered_set<std::string>& month_names() {
  static const std::unordered_set<std::string> m = [] {
    std::unordered_set<std::string> out;
    for (std::string_view e : data::entries(kMonths)) {
      std::string w(e.substr(0, e.find(' ')));
      for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      out.insert(std::move(w));
    }
    return out;
  }();
  return m;
}

/// A date line: a month, a year and at most two other words ("Approved May 19, 2026.",
/// "Signed March 3, 2024."): an enacted bill's or a release's record of when, never its content.
bool date_line(const document& doc, const sentence& s) {
  if (s.last_token - s.first_token > 7) return false;
  const auto& toks = doc.tokens();
  const auto& terms = doc.terms();
  bool month = false, year = false;
  std::size_t other = 0;
  for (std::uint32_t k = s.first_token; k < s.last_token; ++k) {
    const term& t = terms[toks[k].term];
    const char first = doc.source()[toks[k].begin];
    if (first >= 'A' && first <= 'Z' && month_names().count(t.folded)) month = true;  // not "may"
    else if (t.folded.size() == 4 && std::all_of(t.folded.begin(), t.folded.end(), [](char c) { return c >= '0' && c <= '9'; })) year = true;
    else if (t.alpha) ++other;
  }
  return month && year && other <= 2;
}

/// Legal plumbing that a summary of a bill never reports: a table-of-contents entry ("Sec. 101.
/// Short title."), an amendment's editing instruction ("by striking subsection (e).", "in
/// paragraph (1), by inserting ..."), and a definition by reference ("The term `agency' has the
/// meaning given the term in section 551 ...") or in its own words ("The term “child” means ...").
/// `rules`: 1 contents entries, 2 editing instructions, 4 definitions by reference (8, date
/// lines, is date_line's), 16 definitions; on govsum-dev's 26 bills together +0.9 ROUGE-1, 13
/// bills up, 4 down (16 alone: R1 same, +0.08 R2 and RL). Not the short title ("This Act may be
/// cited as ..."): it names what the bill is about (-0.55 R1 without it).
bool legal_plumbing(std::string_view t, unsigned rules) {
  if ((rules & 1) && (starts_with(t, "Sec. ") || starts_with(t, "Section "))) {
    std::size_t i = t.find(' ') + 1, d = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    if (i > d && i < t.size() && t[i] == '.') {
      std::size_t words = 1;
      for (char c : t) words += c == ' ';
      if (words <= 12) return true;
    }
  }
  if (rules & 2) {
    // "by <verb>ing" opening the sentence, or after a lower-case "in ...," locator.
    std::size_t at = std::string_view::npos;
    if (starts_with(t, "by ")) at = 3;
    else if (starts_with(t, "in ")) {
      std::size_t c = t.find(", by ");
      if (c != std::string_view::npos) at = c + 5;
    }
    if (at != std::string_view::npos) {
      std::size_t e = at;
      while (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
      if (e - at >= 5 && ends_with(t.substr(0, e), "ing")) return true;
    }
  }
  // Both kinds of definition say "mean": one search for it spares most sentences the two
  // longer ones, whose first letters (h, t) are everywhere.
  if (!(rules & 20) || t.find("mean") == std::string_view::npos) return false;
  if ((rules & 4) && t.find("has the meaning given") != std::string_view::npos) return true;
  // A definition: "The term “child” means an individual ...", "the term `agency' means ...":
  // the words a bill uses, not what it does.
  if (rules & 16) {
    for (std::size_t at = t.find("term "); at != std::string_view::npos && at < 160; at = t.find("term ", at + 5)) {
      const std::size_t means = t.find(" means ", at);
      const std::size_t quote = t.find_first_of("\"'`\xE2", at + 5);  // ", ', `, or a curly quote's first byte
      if (quote == at + 5 && means != std::string_view::npos && means - at < 90) return true;
    }
  }
  return false;
}

/// Candidate sentences as unit TF-IDF vectors over stems (numbers included: "2.6 million"
/// repeated is repetition too), for MMR's redundancy term.
struct candidate_vectors {
  std::vector<std::uint32_t> offset, stem;
  std::vector<double> weight;
  std::vector<std::uint32_t> group;  ///< candidates with identical bags share a group (the first)
};

candidate_vectors vectorise(const document& doc, const std::vector<std::uint32_t>& cand) {
  candidate_vectors cv;
  const auto& ss = doc.sentences();
  const std::size_t n_stems = doc.stems().size();
  std::vector<std::uint32_t> counts;
  // Room for every candidate's tokens up front: one allocation per vector. Reserved, not
  // resized: a huge text's bags hold far fewer stems than tokens, and pages never written are
  // never resident (resized, they were the peak of summarizing 200 MB of news).
  std::size_t tokens = 0;
  for (std::uint32_t c : cand) tokens += ss[c].last_token - ss[c].first_token;
  cv.offset.reserve(cand.size() + 1);
  cv.stem.reserve(tokens);
  counts.reserve(tokens);
  cv.offset.push_back(0);
  std::vector<std::uint32_t> tally(n_stems, 0);
  for (std::uint32_t c : cand) {
    detail::append_bag(doc, ss[c], [](const term& t) { return !t.stop; }, tally, cv.stem, counts);
    cv.offset.push_back(static_cast<std::uint32_t>(cv.stem.size()));
  }
  // Smoothed IDF (never 0): even a term in every candidate keeps identical sentences at cosine 1.
  std::vector<std::uint32_t>& df = tally;  // all zero again
  for (std::uint32_t s : cv.stem) ++df[s];
  const double n = static_cast<double>(cand.size());
  // The IDF depends on the df alone, and a document's stems share a few df values (most occur
  // in one candidate): one log per df value instead of one per stem.
  std::vector<double> idf(cand.size() + 1, -1.0);
  cv.weight.resize(cv.stem.size());
  for (std::size_t c = 0; c < cand.size(); ++c) {
    double sq = 0;
    for (std::uint32_t e = cv.offset[c]; e < cv.offset[c + 1]; ++e) {
      const std::uint32_t d = df[cv.stem[e]];
      double& w = idf[d];
      if (w < 0) w = std::log((n + 1) / (d + 1)) + 1;
      cv.weight[e] = counts[e] * w;
      sq += cv.weight[e] * cv.weight[e];
    }
    const double inv = sq > 0 ? 1 / std::sqrt(sq) : 0;
    for (std::uint32_t e = cv.offset[c]; e < cv.offset[c + 1]; ++e) cv.weight[e] *= inv;
  }
  // Exact duplicates, grouped by sorting on a hash of the bag then comparing bags.
  std::vector<std::uint64_t> hash(cand.size());
  for (std::size_t c = 0; c < cand.size(); ++c) {
    std::uint64_t h = 1469598103934665603ull;
    for (std::uint32_t e = cv.offset[c]; e < cv.offset[c + 1]; ++e)
      h = (h ^ (std::uint64_t(cv.stem[e]) << 20 ^ counts[e])) * 1099511628211ull;
    hash[c] = h;
  }
  std::vector<std::uint32_t> order(cand.size());
  for (std::uint32_t c = 0; c < order.size(); ++c) order[c] = c;
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return hash[a] != hash[b] ? hash[a] < hash[b] : a < b; });
  auto same = [&](std::uint32_t a, std::uint32_t b) {
    if (cv.offset[a + 1] - cv.offset[a] != cv.offset[b + 1] - cv.offset[b]) return false;
    for (std::uint32_t x = cv.offset[a], y = cv.offset[b]; x < cv.offset[a + 1]; ++x, ++y)
      if (cv.stem[x] != cv.stem[y] || counts[x] != counts[y]) return false;
    return true;
  };
  cv.group.resize(cand.size());
  for (std::size_t k = 0; k < order.size();) {
    std::size_t e = k + 1;
    cv.group[order[k]] = order[k];
    // Sentences without any non-stopword are not "the same sentence" as each other.
    const bool empty = cv.offset[order[k] + 1] == cv.offset[order[k]];
    while (e < order.size() && hash[order[e]] == hash[order[k]]) {
      cv.group[order[e]] = (!empty && same(order[e], order[k])) ? order[k] : order[e];
      ++e;
    }
    k = e;
  }
  return cv;
}

/// MEAD's centroid score of each candidate, min-max scaled to [0, 1]: the sum of log(df) over
/// its distinct stems that occur in at least two candidates (df = candidates holding the stem),
/// plus bigram_weight x the same sum over its pairs of adjacent content words found in two or
/// more candidates (a document's recurring phrases: "community care program"), divided by the
/// square root of its words, so that a sentence is worth the recurring content it carries, not
/// its length.
std::vector<double> centroid_scores(const document& doc, const std::vector<std::uint32_t>& cand,
                                    const candidate_vectors& cv, double bigram_weight) {
  std::vector<std::uint32_t> df(doc.stems().size(), 0);
  for (std::uint32_t s : cv.stem) ++df[s];
  const auto& ss = doc.sentences();
  // Recurring phrases: pairs of adjacent content words (stopwords skipped, as in the bags), each
  // pair counted once per candidate; sorted (pair, candidate) entries give their df.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs;
  if (bigram_weight > 0) {
    const auto& toks = doc.tokens();
    const auto& terms = doc.terms();
    for (std::uint32_t c = 0; c < cand.size(); ++c) {
      std::uint32_t prev = std::numeric_limits<std::uint32_t>::max();
      for (std::uint32_t k = ss[cand[c]].first_token; k < ss[cand[c]].last_token; ++k) {
        const term& t = terms[toks[k].term];
        if (t.stop || !t.alpha) continue;
        if (prev != std::numeric_limits<std::uint32_t>::max()) pairs.emplace_back(std::uint64_t(prev) << 32 | t.stem, c);
        prev = t.stem;
      }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  }
  std::vector<double> phrase(cand.size(), 0.0);
  for (std::size_t k = 0; k < pairs.size();) {
    std::size_t e = k;
    while (e < pairs.size() && pairs[e].first == pairs[k].first) ++e;
    if (e - k >= 2) {
      const double w = bigram_weight * std::log(static_cast<double>(e - k));
      for (std::size_t q = k; q < e; ++q) phrase[pairs[q].second] += w;
    }
    k = e;
  }
  std::vector<double> out(cand.size(), 0.0);
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (std::size_t c = 0; c < cand.size(); ++c) {
    double g = phrase[c];
    for (std::uint32_t e = cv.offset[c]; e < cv.offset[c + 1]; ++e)
      if (df[cv.stem[e]] >= 2) g += std::log(static_cast<double>(df[cv.stem[e]]));
    const double words = std::max<double>(1, ss[cand[c]].last_token - ss[cand[c]].first_token);
    out[c] = g / std::sqrt(words);
    lo = std::min(lo, out[c]);
    hi = std::max(hi, out[c]);
  }
  for (double& v : out) v = hi > lo ? (v - lo) / (hi - lo) : 1;
  return out;
}

/// 2 for "i" (which counts only when written as a capital, checked per token), 1 for me, my,
/// you, your, else 0; tested by length first, as most terms are longer than any of them.
char person_mark(std::string_view f) noexcept {
  switch (f.size()) {
    case 1: return f[0] == 'i' ? 2 : 0;
    case 2: return f[0] == 'm' && (f[1] == 'e' || f[1] == 'y');
    case 3: return starts_with(f, "you");
    case 4: return starts_with(f, "your");
    default: return 0;
  }
}

/// Per term, whether it is a first- or second-person singular pronoun: "I" (capital, so that a
/// clause marker "(i)" is not one), me, my, you, your. Computed once per document, so each
/// candidate costs one array lookup per token rather than string comparisons.
std::vector<char> person_terms(const document& doc) {
  const auto& terms = doc.terms();
  std::vector<char> out(terms.size(), 0);
  for (std::size_t t = 0; t < terms.size(); ++t) {
    out[t] = person_mark(terms[t].folded);
  }
  return out;
}

/// A sentence that speaks in the first or second person singular (`person`: person_terms).
bool speaks_in_person(const document& doc, const std::vector<char>& person, const sentence& s) {
  const auto& toks = doc.tokens();
  const std::string_view src = doc.source();
  for (std::uint32_t k = s.first_token; k < s.last_token; ++k) {
    const char m = person[toks[k].term];
    if (m == 1 || (m == 2 && src[toks[k].begin] == 'I')) return true;
  }
  return false;
}

constexpr std::string_view kCountries =
#include "data/countries.inc"
    ;
constexpr std::string_view kOrganisationCues =
#include "data/organisation_cues.inc"
    ;
constexpr std::string_view kReportingVerbs =
#include "data/reporting_verbs.inc"
    ;
constexpr std::string_view kCommitmentVerbs =
#include "data/commitment_verbs.inc"
    ;

/// Folded words that name an actor (a country or people, an institution's head noun) or say
/// what an actor does (a reporting verb, a verb or modal of commitment and decision).
class substance_lexicon {
public:
  substance_lexicon() {
    for (std::string_view list : {kCountries, kOrganisationCues, kReportingVerbs, kCommitmentVerbs})
      for (std::string_view e : data::entries(list))
        if (e.find(' ') == std::string_view::npos) {
          set_.insert(e);
          shapes_.mark(e);
        }
  }
  /// One load rejects a word whose shape (length, first and last letter) no entry has, before
  /// the hash probe: every term of every document is asked, and few are in the list.
  bool contains(std::string_view w) const noexcept { return shapes_.may_hold(w) && set_.contains(w); }

private:
  data::string_set set_;
  data::word_shapes shapes_;
};

const substance_lexicon& substance_words() {
  static const substance_lexicon set;
  return set;
}

/// For each candidate, its density of substance, saturating: min(1, n x cap / words), where n
/// counts its substance words. A statement's key sentences say who did or will do what ("the
/// United States and the PRC will launch a working group", "the Cabinet agreed"); the sentences
/// that only set the scene ("the two met over 12 hours") or ask for attention name no actor and
/// no act, and centrality alone cannot tell them apart (they share the topic words). A density,
/// not a count, so that a long sentence is not preferred for its length.
std::vector<double> substance(const document& doc, const std::vector<std::uint32_t>& cand, std::size_t cap) {
  const auto& terms = doc.terms();
  const auto& toks = doc.tokens();
  const auto& ss = doc.sentences();
  const substance_lexicon& words = substance_words();
  std::vector<char> mark(terms.size(), 0);
  for (std::size_t t = 0; t < terms.size(); ++t) mark[t] = terms[t].alpha && words.contains(terms[t].folded);
  std::vector<double> out(cand.size(), 0.0);
  for (std::size_t c = 0; c < cand.size(); ++c) {
    std::size_t n = 0;
    for (std::uint32_t k = ss[cand[c]].first_token; k < ss[cand[c]].last_token; ++k) n += mark[toks[k].term];
    const double len = std::max<double>(1, ss[cand[c]].last_token - ss[cand[c]].first_token);
    out[c] = std::min(1.0, static_cast<double>(n * cap) / len);
  }
  return out;
}

/// For each paragraph, whether it belongs to a reporter's question turn (a turn labelled "Q" or
/// "Q:", which lasts to the next labelled paragraph): the question is not the statement.
std::vector<char> question_turns(const document& doc) {
  const auto& P = doc.paragraphs();
  std::vector<char> out(P.size(), 0);
  char current = 0;
  for (std::size_t i = 0; i < P.size(); ++i) {
    if (!P[i].label.empty()) {
      std::string_view l = P[i].label.of(doc.clean());
      while (!l.empty() && (l.back() == ':' || l.back() == ' ')) l.remove_suffix(1);
      current = l == "Q";
    }
    out[i] = current;
  }
  return out;
}

struct heap_entry {
  double value;
  std::uint32_t cand;
  bool operator<(const heap_entry& o) const {  // max-heap on value, then the earlier sentence
    return value != o.value ? value < o.value : cand > o.cand;
  }
};

}  // namespace

std::vector<ranked_sentence> select_sentences(const document& doc, const std::vector<double>& scores,
                                              const select_options& opt) {
  const auto& ss = doc.sentences();
  std::string_view text = doc.clean();
  std::vector<std::uint32_t> cand, loose;
  cand.reserve(ss.size());
  loose.reserve(ss.size());
  const std::vector<char> asked = question_turns(doc);
  const unsigned rules = opt.legal_filters ? 31u : 0u;
  for (std::uint32_t i = 0; i < ss.size(); ++i) {
    const sentence& s = ss[i];
    if (!detail::content_sentence(doc, i) && !(opt.headings && s.kind == sentence_kind::heading)) continue;
    if (s.last_token == s.first_token) continue;
    loose.push_back(i);
    if (s.kind == sentence_kind::body) {
      // A reporter's question in a transcript is not what the statement says.
      if (asked[s.paragraph]) continue;
      // Fragments and list preambles ("Recognizing the role of ...;") are not sentences.
      if (s.last_token - s.first_token < opt.min_words) continue;
      const std::string_view t = text.substr(s.src.begin, s.src.size());
      if (preamble(t) || all_capitals(t) || !whole_sentence(t)) continue;
      if (opt.words == 0 && continuation(t)) continue;
      // A report's method statement is not one of its few key sentences; a word budget keeps
      // it (a GAO Highlights page says what GAO did).
      if (opt.words == 0 && method_statement(t)) continue;
      if ((rules & 8) && date_line(doc, s)) continue;
      if (legal_plumbing(t, rules)) continue;
    }
    cand.push_back(i);
  }
  // A text of nothing but fragments (numbers, one unpunctuated run) still gets a summary.
  if (cand.empty()) cand.swap(loose);
  if (cand.empty()) return {};

  std::size_t limit = cand.size();
  bool limited = false;
  if (opt.sentences > 0) limit = std::min(limit, opt.sentences), limited = true;
  if (opt.ratio > 0 && std::isfinite(opt.ratio)) {
    const double want = std::ceil(std::min(opt.ratio, 1.0) * static_cast<double>(cand.size()));
    limit = std::min(limit, std::max<std::size_t>(1, static_cast<std::size_t>(want)));
    limited = true;
  }
  if (opt.words > 0) limited = true;
  if (!limited) limit = std::min<std::size_t>(limit, 3);

  // Relevance: scores min-max scaled to [0, 1] over the candidates, so the trade-off with a
  // cosine in [0, 1] means the same on every document; NaN and missing scores count as the lowest.
  std::vector<double> rel(cand.size(), 0.0);
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  auto score_of = [&](std::uint32_t i) {
    return i < scores.size() && std::isfinite(scores[i]) ? scores[i] : -std::numeric_limits<double>::infinity();
  };
  const double len_exp = std::isfinite(opt.length_exponent) ? std::max(0.0, opt.length_exponent) : 0.0;
  // A few key sentences (no word budget) are statements; a budget is filled for coverage.
  const double person_opt = opt.words == 0 ? opt.key_person_weight : opt.person_weight;
  const double person = std::isfinite(person_opt) ? std::clamp(person_opt, 0.0, 1.0) : 1.0;
  const std::vector<char> person_of = person < 1 ? person_terms(doc) : std::vector<char>{};
  // words^len_exp by word count, computed once per length: sentences share a few dozen lengths.
  std::vector<double> length_power;
  auto power_of = [&](std::uint32_t words) {
    if (words >= length_power.size()) length_power.resize(words + 1, -1.0);
    double& p = length_power[words];
    if (p < 0) p = std::pow(double(words), len_exp);
    return p;
  };
  auto value_of = [&](std::uint32_t i) {
    double s = score_of(i);
    if (len_exp > 0 && std::isfinite(s)) s /= power_of(ss[i].last_token - ss[i].first_token);
    if (person < 1 && std::isfinite(s) && speaks_in_person(doc, person_of, ss[i])) s *= person;
    return s;
  };
  for (std::size_t c = 0; c < cand.size(); ++c) {
    rel[c] = value_of(cand[c]);
    if (std::isfinite(rel[c])) lo = std::min(lo, rel[c]), hi = std::max(hi, rel[c]);
  }
  for (double& v : rel) v = !std::isfinite(v) ? 0 : hi > lo ? (v - lo) / (hi - lo) : 1;

  const bool long_doc = cand.size() >= std::max<std::size_t>(1, opt.long_candidates);
  const double red_opt = long_doc ? opt.long_redundancy : opt.redundancy;
  const double red = std::isfinite(red_opt) ? std::clamp(red_opt, 0.0, 1.0) : 0.0;
  candidate_vectors cv;
  std::vector<std::uint32_t> post_off, post_cand, post_entry;
  std::vector<double> max_sim(cand.size(), 0.0), dot;
  std::vector<std::uint32_t> touched, seen;
  std::size_t df_cap = 0;
  cv = vectorise(doc, cand);
  const double mix_opt = opt.words == 0 ? opt.key_centroid_mix : opt.centroid_mix;
  const double mix = std::isfinite(mix_opt) ? std::clamp(mix_opt, 0.0, 1.0) : 0.0;
  if (long_doc && mix > 0) {
    const double bw = std::isfinite(opt.centroid_bigrams) ? std::max(0.0, opt.centroid_bigrams) : 0.0;
    const std::vector<double> cen = centroid_scores(doc, cand, cv, bw);
    for (std::size_t c = 0; c < cand.size(); ++c) rel[c] = (1 - mix) * rel[c] + mix * cen[c];
  }
  const double subst = std::isfinite(opt.substance_weight) ? std::max(0.0, opt.substance_weight) : 0.0;
  // Only when the summary is counted in sentences: a word budget asks for coverage of the
  // document's content, which the centroid serves (govsum-dev: -0.7 ROUGE-1 with it).
  if (subst > 0 && opt.substance_cap > 0 && opt.words == 0) {
    const std::vector<double> m = substance(doc, cand, opt.substance_cap);
    double rlo = std::numeric_limits<double>::infinity(), rhi = -rlo;
    for (std::size_t c = 0; c < cand.size(); ++c) {
      rel[c] += subst * m[c];
      rlo = std::min(rlo, rel[c]), rhi = std::max(rhi, rel[c]);
    }
    for (double& v : rel) v = rhi > rlo ? (v - rlo) / (rhi - rlo) : 1;
  }
  if (red > 0) {
    // Inverted index over candidates. Terms in more than max(64, 1%) of them carry little IDF
    // weight and would make each redundancy update cost O(candidates); they are skipped in the
    // dot product.
    const std::size_t stems = doc.stems().size();
    post_off.assign(stems + 1, 0);
    for (std::uint32_t s : cv.stem) ++post_off[s + 1];
    for (std::size_t s = 0; s < stems; ++s) post_off[s + 1] += post_off[s];
    post_cand.resize(cv.stem.size());
    post_entry.resize(cv.stem.size());
    std::vector<std::uint32_t> fill(post_off.begin(), post_off.end() - 1);
    for (std::uint32_t c = 0; c < cand.size(); ++c)
      for (std::uint32_t e = cv.offset[c]; e < cv.offset[c + 1]; ++e) {
        post_cand[fill[cv.stem[e]]] = c;
        post_entry[fill[cv.stem[e]]++] = e;
      }
    df_cap = std::max<std::size_t>(64, cand.size() / 100);
    dot.assign(cand.size(), 0.0);
    seen.assign(cand.size(), std::numeric_limits<std::uint32_t>::max());
  }

  auto words = [&](std::uint32_t c) { return static_cast<std::size_t>(ss[cand[c]].last_token - ss[cand[c]].first_token); };
  // Section coverage: how many sentences have been chosen from each candidate's section.
  const double coverage = std::isfinite(opt.section_coverage) ? std::max(0.0, opt.section_coverage) : 0.0;
  std::vector<std::uint32_t> cand_section(cand.size(), 0), section_chosen;
  if (coverage > 0) {
    const auto sec = sentence_sections(doc);
    std::uint32_t top = 0;
    for (std::size_t c = 0; c < cand.size(); ++c) top = std::max(top, cand_section[c] = sec[cand[c]]);
    section_chosen.assign(top + 1, 0);
  }
  auto value = [&](std::uint32_t c) {
    double v = (1 - red) * rel[c] - red * max_sim[c];
    if (coverage > 0) v -= coverage * section_chosen[cand_section[c]];
    return v;
  };
  // Sentences covered by another once it is chosen (an enumeration's items by its introducer).
  std::vector<std::uint32_t> cand_of(ss.size(), std::numeric_limits<std::uint32_t>::max());
  for (std::uint32_t c = 0; c < cand.size(); ++c) cand_of[cand[c]] = c;
  std::vector<std::vector<std::uint32_t>> covered(opt.covers.empty() ? 0 : cand.size());
  for (auto [a, b] : opt.covers)
    if (a < ss.size() && b < ss.size() && cand_of[a] != cand_of[b] &&
        cand_of[a] != std::numeric_limits<std::uint32_t>::max() && cand_of[b] != std::numeric_limits<std::uint32_t>::max())
      covered[cand_of[a]].push_back(cand_of[b]);
  std::vector<char> skip(cand.size(), 0);

  std::vector<heap_entry> heap_store;
  heap_store.reserve(cand.size());
  for (std::uint32_t c = 0; c < cand.size(); ++c) heap_store.push_back({value(c), c});
  std::priority_queue<heap_entry> heap(std::less<heap_entry>{}, std::move(heap_store));
  std::vector<std::uint32_t> chosen;
  std::vector<char> group_done(cand.size(), 0);
  std::size_t used_words = 0;
  while (!heap.empty() && chosen.size() < limit) {
    heap_entry top = heap.top();
    heap.pop();
    // Lazy greedy: values only fall as sentences are chosen, so a stale entry is re-queued
    // with its current value and the top is taken only when its value is up to date.
    if (double now = value(top.cand); now < top.value) {
      heap.push({now, top.cand});
      continue;
    }
    // A repeat of a chosen sentence (same stems, same counts) adds nothing, whatever the
    // redundancy setting: a summary never says the same thing twice.
    if (group_done[cv.group[top.cand]] || skip[top.cand]) continue;
    if (opt.words > 0 && used_words + words(top.cand) > opt.words) continue;
    used_words += words(top.cand);
    chosen.push_back(top.cand);
    group_done[cv.group[top.cand]] = 1;
    if (!covered.empty())
      for (std::uint32_t o : covered[top.cand]) skip[o] = 1;
    if (coverage > 0) ++section_chosen[cand_section[top.cand]];
    if (red == 0) continue;
    const std::uint32_t c = top.cand;
    touched.clear();
    for (std::uint32_t e = cv.offset[c]; e < cv.offset[c + 1]; ++e) {
      const std::uint32_t s = cv.stem[e];
      if (post_off[s + 1] - post_off[s] > df_cap) continue;
      for (std::uint32_t q = post_off[s]; q < post_off[s + 1]; ++q) {
        const std::uint32_t o = post_cand[q];
        if (seen[o] != c) {
          seen[o] = c;
          dot[o] = 0;
          touched.push_back(o);
        }
        dot[o] += cv.weight[e] * cv.weight[post_entry[q]];
      }
    }
    for (std::uint32_t o : touched) max_sim[o] = std::max(max_sim[o], std::min(dot[o], 1.0));
  }

  std::vector<ranked_sentence> out;
  out.reserve(chosen.size());
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    std::uint32_t c = chosen[k];
    out.push_back({cand[c], k + 1, std::isfinite(score_of(cand[c])) ? score_of(cand[c]) : 0.0});
  }
  std::sort(out.begin(), out.end(), [](const ranked_sentence& a, const ranked_sentence& b) { return a.index < b.index; });
  return out;
}

}  // namespace v0
}  // namespace precis
