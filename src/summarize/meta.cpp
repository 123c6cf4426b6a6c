// Metadata a reader would confirm: title, date, dateline, agency and the people who speak.
//
// Data flow: the document's paragraphs and sentences → (dates) grammar::meta's date forms in
// precedence order; (speakers) evidence — reporting verbs with their subject or inverted name,
// the title's "by/from", signature lines, transcript labels — each giving a name run, which is
// then checked (a person, never an organisation, place or common word), resolved to the
// fullest form the text uses ("Wang" → "Wang Yi") and merged in order of first appearance.
// Word lists are data (src/data/*.txt): one definition each.
#include "summarize/meta.hpp"

#include <precis/summarize/summary.hpp>

#include "data/word_list.hpp"
#include "metadata/match.hpp"
#include "text/chars.hpp"
#include "text/lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace precis {
inline namespace v0 {

namespace {

constexpr std::string_view kTitles =
#include "data/person_titles.inc"
    ;
constexpr std::string_view kVerbs =
#include "data/reporting_verbs.inc"
    ;
constexpr std::string_view kAdverbs =
#include "data/reporting_adverbs.inc"
    ;
constexpr std::string_view kOrgCues =
#include "data/organisation_cues.inc"
    ;
constexpr std::string_view kCountries =
#include "data/countries.inc"
    ;
constexpr std::string_view kWeekdays =
#include "data/weekdays.inc"
    ;
constexpr std::string_view kMonths =
#include "data/months.inc"
    ;
constexpr std::string_view kTitleModifiers =
#include "data/title_modifiers.inc"
    ;
constexpr std::string_view kDocumentNouns =
#include "data/document_nouns.inc"
    ;
constexpr std::string_view kSpeechNouns =
#include "data/speech_nouns.inc"
    ;
constexpr std::string_view kAgencyKeys =
#include "data/agency_keys.inc"
    ;
// The same entries as detail::is_stopword's set (one definition: the .inc).
constexpr std::string_view kStopwords[] = {
#include "text/data/stopwords.inc"
};

/// The word lists, built once.
struct lists {
  std::unordered_set<std::string> months;        // folded month names
  std::unordered_map<std::string_view, std::vector<std::string_view>> verb_pairs;  // "laid" → {"out"}
  std::vector<std::string_view> agency_keys = data::entries(kAgencyKeys);

  /// Every list a folded word is in, as bits: one hash lookup per word instead of one per list.
  enum : unsigned {
    title = 1, modifier = 2, org = 4, country = 8, weekday = 16, month = 32, adverb = 64,
    speech_noun = 128, document_noun = 256, verb = 512, verb_first = 1024,
    stop = 2048  // detail::is_stopword's list, asked in the same probe
  };
  static_assert(stop < (1u << 16), "a std::uint16_t holds every class bit");
  data::string_map<std::uint16_t> classes;  // every list a folded word is in, as bits
  /// The lists `folded` is in (0 for none): one probe, since every word of every sentence the
  /// finder reads asks it.
  unsigned of(std::string_view folded) const noexcept {
    if (!entry_shapes.may_hold(folded)) return 0u;
    const std::uint16_t* bits = classes.find(folded);
    return bits ? *bits : 0u;
  }
  void add(std::string_view w, unsigned bit) {
    auto& bits = classes[w];
    bits = static_cast<std::uint16_t>(bits | bit);
    entry_shapes.mark(w);
    if (bit & (verb | verb_first | speech_noun)) verbal_shapes.mark(w);
  }
  data::word_shapes entry_shapes, verbal_shapes;  ///< a cheap reject before the list probes
  /// Whether `f` may be a verb or a speech noun (a document's terms are asked once each, and
  /// few are verbs).
  bool maybe_verbal(std::string_view f) const noexcept { return verbal_shapes.may_hold(f); }
  lists() {
    for (auto e : data::entries(kMonths)) {
      std::string m(e.substr(0, e.rfind(' ')));
      for (char& c : m) c = detail::ascii_lower(c);
      months.insert(std::move(m));
    }
    for (auto e : data::entries(kVerbs)) {
      auto sp = e.find(' ');
      if (sp == std::string_view::npos) add(e, verb);
      else { verb_pairs[e.substr(0, sp)].push_back(e.substr(sp + 1)); add(e.substr(0, sp), verb_first); }
    }
    auto mark = [&](std::string_view text, unsigned bit) { for (auto e : data::entries(text)) add(e, bit); };
    mark(kTitles, title);
    mark(kTitleModifiers, modifier);
    mark(kOrgCues, org);
    mark(kCountries, country);
    mark(kWeekdays, weekday);
    mark(kAdverbs, adverb);
    mark(kSpeechNouns, speech_noun);
    mark(kDocumentNouns, document_noun);
    for (const auto& m : months) add(m, month);
    for (std::string_view w : kStopwords) add(w, stop);
  }
  static const lists& get() {
    static const lists l;
    return l;
  }
};

// ---------------------------------------------------------------------------------------------
// Words of a stretch of text, with the bytes between them (the gap tells punctuation).

struct word {
  std::string_view raw;   ///< as written, without a possessive 's
  std::string_view fold;  ///< ASCII lower-cased, without a final '.' (in the text or word_list::lowered)
  std::string_view gap;   ///< the bytes between the previous word and this one
  std::size_t at = 0;     ///< offset of raw in the tokenized text
  bool cap = false;       ///< starts with an upper-case letter
  bool caps = false;      ///< two or more letters, all upper case ("APNSA", "KIRBY")
  bool initial = false;   ///< one capital and a period ("J.")
  bool possessive = false;
  bool digit = false;     ///< contains a digit
  bool stop = false;      ///< a stopword
  unsigned cls = 0;       ///< the lists it is in (lists::of)
  // User-provided, so emplace_back() sets the members one by one instead of zeroing the
  // whole object first (a `rep stos` that cost a tenth of words_of).
  word() noexcept {}
  bool is(unsigned bits) const { return (cls & bits) != 0; }
};

/// The words of a stretch of text. A word written in lower case folds to its own bytes; the
/// others' folded forms share one buffer, sized to the text, so no word owns a string.
/// Move-only: the views into `lowered` stay valid when the list moves.
struct word_list : std::vector<word> {
  std::unique_ptr<char[]> lowered;
};

/// Bytes of a possessive ending of `w` ("'s", or "’s" in UTF-8), 0 for none: the final 's'
/// is tested first, since this runs on every word.
inline std::size_t possessive_len(std::string_view w) noexcept {
  const std::size_t n = w.size();
  if (n <= 2 || w[n - 1] != 's') return 0;
  if (w[n - 2] == '\'') return 2;
  if (n > 4 && w[n - 2] == '\x99' && w[n - 3] == '\x80' && w[n - 4] == '\xE2') return 4;
  return 0;
}

bool suffix_word(std::string_view f) { return f == "jr" || f == "sr" || f == "ii" || f == "iii" || f == "iv"; }

// Abbreviations whose period belongs to the word: "Mr.", "Dr.", "Jr.", "St.", "U.S.".
bool keeps_period(std::string_view fold) {
  return fold.size() == 1 || detail::is_title(fold) || suffix_word(fold) || fold == "st" ||
         fold.find('.') != std::string_view::npos;
}

// Byte classes for words_of, which reads every byte of every sentence it splits: one table
// load instead of range compares per byte.
enum : std::uint8_t { c_alnum = 1, c_alpha = 2, c_upper = 4, c_digit = 8 };
const std::array<std::uint8_t, 256>& word_bytes() {
  static const std::array<std::uint8_t, 256> t = [] {
    std::array<std::uint8_t, 256> c{};
    for (int i = 0; i < 128; ++i) {
      auto ch = static_cast<char>(i);
      c[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(
          (detail::is_ascii_alnum(ch) ? c_alnum : 0) | (detail::is_ascii_alpha(ch) ? c_alpha : 0) |
          (detail::is_ascii_upper(ch) ? c_upper : 0) | (detail::is_ascii_digit(ch) ? c_digit : 0));
    }
    return c;
  }();
  return t;
}

word_list words_of(std::string_view s) {
  word_list out;
  out.reserve(s.size() / 6 + 2);  // about one word per 6 bytes of prose: no regrowth moves
  const lists& L = lists::get();
  const auto& T = word_bytes();
  const char* const base = s.data();
  const char* p = base;
  const char* const end = base + s.size();
  const char* gap_from = p;
  char* low = nullptr;  // the next free byte of out.lowered
  auto word_at = [&](const char* q, std::size_t& n) {
    const auto c = static_cast<unsigned char>(*q);
    if (T[c] & c_alnum) { n = 1; return true; }
    if (c < 0x80) return false;
    char32_t cp;
    n = detail::decode_utf8(q, end, cp);
    return n > 0 && detail::is_word_cp(cp);
  };
  while (p < end) {
    if (*p == ' ') { ++p; continue; }  // the most common gap byte, neither markup nor a word
    // Markdown link targets and HTML tags are markup, not words.
    if (*p == ']' && p + 1 < end && p[1] == '(') {
      const char* close = static_cast<const char*>(memchr(p, ')', static_cast<std::size_t>(std::min<std::ptrdiff_t>(end - p, 2048))));
      if (close) { p = close + 1; continue; }
    }
    if (*p == '<' && p + 1 < end && (detail::is_ascii_alpha(p[1]) || p[1] == '/' || p[1] == '!')) {
      const char* close = static_cast<const char*>(memchr(p, '>', static_cast<std::size_t>(std::min<std::ptrdiff_t>(end - p, 512))));
      if (close) { p = close + 1; continue; }
    }
    std::size_t n = 0;
    if (!word_at(p, n)) {  // skip the whole character, never into a UTF-8 sequence
      p += static_cast<unsigned char>(*p) < 0x80 ? 1 : std::max<std::size_t>(n, 1);
      continue;
    }
    const char* w = p;
    // The classes of the word's bytes are gathered as it is scanned: only ASCII letters and
    // digits carry class bits, and they are all read here. Letters are counted only for a word
    // with a capital (below), since a lower-case word can be neither in capitals nor an initial.
    unsigned any = 0;
    while (p < end) {
      if (const std::uint8_t k = T[static_cast<unsigned char>(*p)]; k & c_alnum) {
        any |= k;
        ++p;
        continue;
      }
      if (word_at(p, n)) { p += n; continue; }
      // Inner apostrophe, hyphen or period: O'Brien, Secretary-General, U.S.
      std::size_t q = 0;
      if (*p == '\'' ) q = 1;
      else if (static_cast<unsigned char>(*p) == 0xE2 && p + 2 < end && static_cast<unsigned char>(p[1]) == 0x80 &&
               static_cast<unsigned char>(p[2]) == 0x99) q = 3;
      else if (*p == '-' || *p == '.') q = 1;
      std::size_t m = 0;
      if (q && p + q < end && word_at(p + q, m) && !(*p == '.' && !detail::is_ascii_alpha(p[q]))) { p += q; continue; }
      break;
    }
    word& x = out.emplace_back();  // built in place
    x.gap = std::string_view(gap_from, static_cast<std::size_t>(w - gap_from));
    std::string_view raw(w, static_cast<std::size_t>(p - w));
    // Possessive: Biden's, Biden’s. A kept period brings the 's' back into `raw` below.
    if (std::size_t tail = possessive_len(raw)) {
      raw.remove_suffix(tail);
      x.possessive = true;
    }
    const std::size_t folded = raw.size();
    const bool has_upper = (any & c_upper) != 0;
    if (!has_upper) {
      x.fold = raw;  // already lower case
    } else {
      if (!low) {
        out.lowered.reset(new char[s.size()]);
        low = out.lowered.get();
      }
      for (std::size_t k = 0; k < folded; ++k) low[k] = detail::ascii_lower(raw[k]);
      x.fold = std::string_view(low, folded);
      low += folded;
    }
    if (p < end && *p == '.' && keeps_period(x.fold)) {
      ++p;
      raw = std::string_view(w, raw.size() + 1);
      if (x.possessive) raw = std::string_view(w, static_cast<std::size_t>(p - w));
    }
    x.digit = (any & c_digit) != 0;  // a kept period or possessive brings back no digit
    while (!x.fold.empty() && x.fold.back() == '.') x.fold.remove_suffix(1);
    x.raw = raw;
    x.at = static_cast<std::size_t>(w - base);
    x.cap = detail::starts_upper(w, end);
    x.caps = false;
    x.initial = false;
    if (has_upper) {  // an initial ("J.") is a capital too: no lower-case word is either
      std::size_t letters = 0, upper = 0;
      for (char c : raw) {
        const std::uint8_t k = T[static_cast<unsigned char>(c)];
        letters += (k & c_alpha) != 0;
        upper += (k & c_upper) != 0;
      }
      x.caps = letters >= 2 && upper == letters;
      x.initial = letters == 1 && x.cap && raw.size() == 2 && raw[1] == '.';
    }
    const unsigned cls = L.of(x.fold);
    x.cls = cls & ~unsigned{lists::stop};
    x.stop = (cls & lists::stop) != 0;
    gap_from = p;
  }
  return out;
}

// Gaps: only spaces and emphasis/link markup ("**", "_", "[", "]") between two words.
bool plain_gap(std::string_view g) {
  for (std::size_t i = 0; i < g.size(); ++i) {
    char c = g[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '*' || c == '_' || c == '[' || c == ']' || c == '\\') continue;
    if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < g.size() && static_cast<unsigned char>(g[i + 1]) == 0xA0) { ++i; continue; }
    return false;
  }
  return true;
}
// A comma and markup only: "Albanese of Australia, Prime Minister ...".
bool comma_gap(std::string_view g) {
  auto c = g.find(',');
  return c != std::string_view::npos && plain_gap(g.substr(0, c)) && plain_gap(g.substr(c + 1));
}
bool has_quote(std::string_view g) {
  return g.find('"') != std::string_view::npos || g.find("\xE2\x80\x9D") != std::string_view::npos ||
         g.find("\xE2\x80\x9C") != std::string_view::npos;
}

// ---------------------------------------------------------------------------------------------
// Names.

/// What a word can be inside a name; `caps_ok` for labels and signatures ("KIRBY").
bool name_word(const word& w, bool caps_ok = false) {
  if (w.digit || w.fold.empty()) return false;
  if (w.initial) return true;
  if (!w.cap || (w.caps && !caps_ok)) return false;
  return !w.stop && !w.is(lists::title | lists::org | lists::country | lists::weekday | lists::month);
}

struct name {
  std::vector<std::string> words;  ///< as written
  bool titled = false;             ///< a title, honorific or office stood before it
  std::size_t at = 0;              ///< where the evidence is (byte offset in the document)
  bool aside = false;              ///< found in the title or boilerplate, not the text proper
};

std::string join(const std::vector<std::string>& ws) {
  std::string s;
  for (const auto& w : ws) s += (s.empty() ? "" : " ") + w;
  return s;
}

std::string fold(std::string_view s) {
  std::string f;
  for (char c : s) f += detail::ascii_lower(c);
  while (!f.empty() && f.back() == '.') f.pop_back();
  return f;
}

/// Whether fold(w) == folded, without building the folded string: runs_with and resolve ask
/// it of every word of every run they read.
bool folds_to(std::string_view w, std::string_view folded) noexcept {
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);  // '.' folds to itself
  if (w.size() != folded.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (detail::ascii_lower(w[i]) != folded[i]) return false;
  return true;
}

// "KIRBY" → "Kirby" (ASCII letters; others kept).
std::string title_case(std::string_view w) {
  std::string s(w);
  bool first = true;
  for (char& c : s) {
    if (detail::is_ascii_alpha(c)) {
      c = first ? c : detail::ascii_lower(c);
      first = false;
    } else if (c == '-' || c == '\'') first = true;
  }
  return s;
}

/// The runs of name words in W[a, b): maximal, joined by plain gaps only; a final Jr./Sr. is
/// dropped. `titled` when a title or honorific (not a modifier like "Foreign") stands just
/// before the run.
std::vector<name> runs_in(const std::vector<word>& W, std::size_t a, std::size_t b, bool caps_ok = false) {
  std::vector<name> out;
  std::size_t i = a;
  while (i < b) {
    if (!name_word(W[i], caps_ok) || (W[i].initial && !(i + 1 < b && name_word(W[i + 1], caps_ok)))) { ++i; continue; }
    std::size_t j = i + 1;
    while (j < b && plain_gap(W[j].gap) && !W[j - 1].possessive && (name_word(W[j], caps_ok) || suffix_word(W[j].fold))) ++j;
    name n;
    for (std::size_t k = i; k < j; ++k)
      if (!suffix_word(W[k].fold)) n.words.emplace_back(W[k].raw);
    n.at = W[i].at;
    n.titled = i > a && W[i - 1].cap && W[i - 1].is(lists::title) && !W[i - 1].is(lists::modifier) &&
               plain_gap(W[i].gap);
    // A name run right before an organisation word names the organisation ("Biden
    // Administration", "Tariff Commission").
    bool modifies = j < b && plain_gap(W[j].gap) && W[j].cap && W[j].is(lists::org);
    if (!n.words.empty() && !modifies) out.push_back(std::move(n));
    i = j;
  }
  return out;
}

bool preposition(std::string_view f) {
  return f == "of" || f == "to" || f == "for" || f == "in" || f == "at" || f == "from" || f == "with" ||
         f == "on" || f == "by" || f == "between" || f == "against" || f == "under";
}

/// The person a noun phrase W[a, b) names: its last name run that is not the object of a
/// preposition ("Prime Minister Anthony Albanese of Australia" → "Anthony Albanese").
std::optional<name> person_of(const std::vector<word>& W, std::size_t a, std::size_t b, bool caps_ok = false) {
  auto rs = runs_in(W, a, b, caps_ok);
  for (auto it = rs.rbegin(); it != rs.rend(); ++it) {
    std::size_t i = a;
    while (i < b && W[i].at != it->at) ++i;
    bool object = false;
    for (std::size_t k = i; k > a; --k) {   // "of", "of the" just before the run
      std::string_view f = W[k - 1].fold;
      if (preposition(f)) { object = true; break; }
      if (f != "the") break;
    }
    if (!object) return *it;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// The evidence of one document.

class finder {
public:
  explicit finder(const document& doc) : doc_(doc), text_(doc.clean()) {}

  summary_meta run();
  /// Resolves a transcript label ("MR. KIRBY:") to a person, or nothing when it names nobody.
  std::optional<std::string> label_person(std::string_view label);

private:
  const document& doc_;
  std::string_view text_;
  std::vector<name> found_;                           // evidence, in any order
  std::vector<std::pair<std::size_t, name>> leaders_;  // the last coordinated subject list
  std::map<std::string, std::vector<name>> pool_;     // folded word → runs that contain it
  std::vector<std::uint32_t> post_begin_, post_;      // term → sentences (CSR), see index()
  std::unordered_map<std::uint32_t, std::vector<name>> sentence_runs_;  // sentence → its name runs
  // The words of the sentences from_sentence split, kept for runs_with (names are looked up in
  // the sentences that report speech): a sentence is split once. Bounded, so long texts keep
  // a small footprint and split the rest again.
  std::unordered_map<std::uint32_t, word_list> sentence_words_;
  std::size_t kept_words_ = 0, kept_bytes_ = 0;
  static constexpr std::size_t kMaxKeptWords = 1 << 16, kMaxKeptBytes = 1 << 22;
  static constexpr std::size_t kMaxResolveSentences = 200;
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> forms_;  // base form → terms
  std::vector<std::string_view> bases_;  // term → its folded form without 's or final '.'
  std::vector<std::uint64_t> base_keys_;  // term → head_key of its base form
  std::size_t lookups_ = 0;
  static constexpr std::size_t kScanLookups = 16;
  static constexpr std::size_t kMaxSpeakers = 100;
  void index();

  std::string_view sentence_text(const sentence& s) const { return s.src.of(text_); }
  void from_sentence(const sentence& s);
  void from_title(std::string_view title);
  void from_signatures();
  void from_labels();
  const std::vector<name>& runs_with(const std::string& folded);
  std::optional<std::string> resolve(const name& n, bool caps);
  bool known(const std::string& folded);
  std::vector<std::string> merge();

  std::optional<std::string> date(std::optional<std::string>& dateline);
  std::optional<std::string> agency(const std::optional<std::string>& dateline_agency) const;
};

// Which sentences hold each term (CSR postings). Built once, on first need.
void finder::index() {
  const auto& terms = doc_.terms();
  const auto& S = doc_.sentences();
  const auto& toks = doc_.tokens();
  post_begin_.assign(terms.size() + 1, 0);
  for (const auto& s : S)
    for (std::uint32_t t = s.first_token; t < s.last_token; ++t) ++post_begin_[toks[t].term + 1];
  for (std::size_t i = 1; i < post_begin_.size(); ++i) post_begin_[i] += post_begin_[i - 1];
  post_.resize(post_begin_.back());
  std::vector<std::uint32_t> fill(post_begin_.begin(), post_begin_.end() - 1);
  for (std::uint32_t i = 0; i < S.size(); ++i)
    for (std::uint32_t t = S[i].first_token; t < S[i].last_token; ++t) post_[fill[toks[t].term]++] = i;
}

// Runs of name words in the sentences (and the title) that hold the word: the forms a reader
// would recognise ("Wang Yi" for "Wang", "John Kirby" for "KIRBY").
const std::vector<name>& finder::runs_with(const std::string& folded) {
  auto it = pool_.find(folded);
  if (it != pool_.end()) return it->second;
  std::vector<name>& runs = pool_[folded];
  auto take = [&](const std::vector<name>& all) {
    for (const auto& n : all) {
      bool has = false;
      for (const auto& w : n.words) has |= folds_to(w, folded);
      if (has) runs.push_back(n);
    }
  };
  if (doc_.front_matter().title) {
    auto W = words_of(*doc_.front_matter().title);
    auto all = runs_in(W, 0, W.size());
    for (auto& n : all) n.aside = true;
    take(all);
  }
  if (post_begin_.empty()) index();
  // The word's terms, also with a possessive or a final period ("biden’s", "jr."): a scan of
  // the terms for the first few names, a map of every term's base form once there are more.
  std::vector<std::uint32_t> hits;
  const auto& terms = doc_.terms();
  auto base = [](std::string_view f) {
    f.remove_suffix(possessive_len(f));
    while (!f.empty() && f.back() == '.') f.remove_suffix(1);
    return f;
  };
  auto add = [&](std::uint32_t id) {
    hits.insert(hits.end(), post_.begin() + post_begin_[id], post_.begin() + post_begin_[id + 1]);
  };
  // Length and first 7 bytes in one word: equal keys are equal forms up to 7 bytes, so the
  // scan compares bytes only for long forms that share their head (no hash of every term).
  auto head_key = [](std::string_view f) {
    std::uint64_t k = std::uint64_t{std::min<std::size_t>(f.size(), 255)} << 56;
    if (f.size() >= 8) {  // the first 7 bytes of a long form in one load, not a shift per byte
      std::uint64_t head;
      std::memcpy(&head, f.data(), 8);
      return k | (head & ((std::uint64_t{1} << 56) - 1));
    }
    // Every byte in its place: two overlapping loads for 4 to 7 bytes (the overlap ORs equal
    // bytes), one byte at a time for 1 to 3.
    const auto* u = reinterpret_cast<const unsigned char*>(f.data());
    if (f.size() >= 4) {
      std::uint32_t lo, hi;
      std::memcpy(&lo, u, 4);
      std::memcpy(&hi, u + f.size() - 4, 4);
      return k | lo | std::uint64_t{hi} << (8 * (f.size() - 4));
    }
    for (std::size_t i = 0; i < f.size(); ++i) k |= std::uint64_t{u[i]} << (8 * i);
    return k;
  };
  if (bases_.empty()) {  // each term's base form and its key, computed once for every lookup
    bases_.resize(terms.size());
    base_keys_.resize(terms.size());
    for (std::size_t id = 0; id < terms.size(); ++id) {
      bases_[id] = base(terms[id].folded);
      base_keys_[id] = head_key(bases_[id]);
    }
  }
  if (++lookups_ <= kScanLookups) {
    const std::uint64_t key = head_key(folded);
    const bool short_form = folded.size() <= 7;
    for (std::uint32_t id = 0; id < bases_.size(); ++id)
      if (base_keys_[id] == key && (short_form || bases_[id] == folded)) add(id);
  } else {
    if (forms_.empty())
      for (std::uint32_t id = 0; id < bases_.size(); ++id) forms_[bases_[id]].push_back(id);
    if (auto f = forms_.find(folded); f != forms_.end())
      for (std::uint32_t id : f->second) add(id);
  }
  std::sort(hits.begin(), hits.end());
  hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
  // Enough sentences to see the forms a name takes; a bound keeps long texts linear.
  if (hits.size() > kMaxResolveSentences) hits.resize(kMaxResolveSentences);
  const auto& S = doc_.sentences();
  // Boilerplate (a venue line, a signature block) helps to complete a name, never to make one.
  for (std::uint32_t i : hits) {
    // Each sentence is split once, whichever names are looked up in it.
    auto cached = sentence_runs_.find(i);
    if (cached == sentence_runs_.end()) {
      word_list W;
      if (auto kept = sentence_words_.find(i); kept != sentence_words_.end()) {
        W = std::move(kept->second);
        sentence_words_.erase(kept);
      } else {
        W = words_of(sentence_text(S[i]));
      }
      auto all = runs_in(W, 0, W.size());
      for (auto& n : all) {
        n.at += S[i].src.begin;
        n.aside = S[i].kind == sentence_kind::boilerplate;
      }
      cached = sentence_runs_.emplace(i, std::move(all)).first;
    }
    take(cached->second);
  }
  return runs;
}

/// An appositive between a name and its verb ("Anna Berg, the foreign minister, said") is at
/// most this many words.
constexpr std::size_t kMaxAppositiveWords = 8;

/// The name before an office in apposition, when W[i], the word after the appositive, follows
/// its closing comma: "Anna Berg, the foreign minister of Portugal, said" gives Anna Berg. The
/// words between the commas must name an office (a title in lower case), and the name must be
/// two words or more, not the object of a preposition.
std::optional<name> appositive_subject(const word_list& W, std::size_t i) {
  if (i <= 2 || !comma_gap(W[i].gap)) return std::nullopt;
  std::size_t c = i - 1;  // the appositive's first word
  while (c > 0 && i - c < kMaxAppositiveWords && !comma_gap(W[c].gap)) --c;
  bool office = false;
  for (std::size_t k = c; k < i; ++k) office = office || (W[k].is(lists::title) && !W[k].cap);
  if (c == 0 || !comma_gap(W[c].gap) || !office || !(W[c - 1].cap || W[c - 1].initial) || W[c - 1].possessive)
    return std::nullopt;
  std::size_t b = c - 1;
  while (b > 0 && plain_gap(W[b].gap) && (W[b - 1].cap || W[b - 1].initial) && !W[b - 1].possessive && !W[b - 1].stop) --b;
  // A sentence's opening connective is capitalised too: "Yet Evan Mann, ...".
  static constexpr std::string_view connectives[] = {"yet", "meanwhile", "however", "but", "and", "so",
                                                     "still", "now", "also", "instead", "separately"};
  if (b == 0 && b + 1 < c && std::find(std::begin(connectives), std::end(connectives), W[0].fold) != std::end(connectives)) ++b;
  if (b > 0 && preposition(W[b - 1].fold)) return std::nullopt;
  auto p = person_of(W, b, c);
  if (!p || p->words.size() < 2) return std::nullopt;
  return p;
}

// Evidence from one body sentence: the subjects and inverted names of its reporting verbs.
void finder::from_sentence(const sentence& s) {
  const lists& L = lists::get();
  word_list split = words_of(sentence_text(s));
  const word_list* kept = &split;
  const std::size_t bytes = s.src.size();
  if (kept_words_ + split.size() <= kMaxKeptWords && kept_bytes_ + bytes <= kMaxKeptBytes) {
    kept_words_ += split.size();
    kept_bytes_ += bytes;
    kept = &(sentence_words_[static_cast<std::uint32_t>(&s - doc_.sentences().data())] = std::move(split));
  }
  const word_list& W = *kept;
  auto at = [&](name n) { n.at += s.src.begin; return n; };
  // A sentence that opens with a list of titled people ("President X and Prime Minister Y
  // held ..., where they affirmed"): "they" and "the two leaders" refer to them.
  std::vector<name> opening;
  {
    std::size_t i = 0;
    // An opening adverbial: "Today, ", "On March 13, 2023, ".
    // The opening word is tested first: few sentences open so, and comma_gap scans each gap.
    if (!W.empty() && (W[0].fold == "today" || W[0].fold == "on" || W[0].fold == "yesterday"))
      for (std::size_t k = 1; k < W.size() && k < 6; ++k)
        if (comma_gap(W[k].gap)) {
          i = k;
          break;
        }
    std::size_t j = i;
    while (j < W.size() && (W[j].cap || W[j].initial || ((W[j].fold == "and" || W[j].fold == "of" || W[j].fold == "the") && j > i)) &&
           (j == i || plain_gap(W[j].gap) || comma_gap(W[j].gap)))
      ++j;
    if (j < W.size() && j > i && !W[j].cap) {
      std::size_t a = i;
      for (std::size_t k = i; k <= j; ++k) {
        if (k == j || W[k].fold == "and" || (k > a && comma_gap(W[k].gap) && !suffix_word(W[k].fold))) {
          if (auto p = person_of(W, a, k); p && p->titled) opening.push_back(at(*p));
          a = W[k].fold == "and" ? k + 1 : k;
        }
      }
    }
  }
  if (opening.size() >= 2) {
    leaders_.clear();
    for (auto& n : opening) leaders_.emplace_back(s.src.begin, n);
  }

  // "President Biden's comments": a possessive person and a noun of speech.
  for (std::size_t v = 1; v < W.size(); ++v) {
    if (W[v].cap || !W[v].is(lists::speech_noun)) continue;
    std::size_t e = v;
    if (e > 1 && (W[e - 1].fold == "own" || W[e - 1].fold == "latest" || W[e - 1].fold == "recent")) --e;
    if (!W[e - 1].possessive || !plain_gap(W[e].gap)) continue;
    std::size_t b = e - 1;
    while (b > 0 && plain_gap(W[b].gap) && (W[b - 1].cap || W[b - 1].initial) && !W[b - 1].possessive) --b;
    if (auto p = person_of(W, b, e); p && p->titled) found_.push_back(at(*p));
  }

  for (std::size_t v = 0; v < W.size(); ++v) {
    const word& vw = W[v];
    // "The United States" is not "states"; "Executive Order" not "order"; but a sentence may
    // open with its attribution ("According to Minister Berg, ...").
    if (vw.cap && !(v == 0 && vw.fold == "according")) continue;
    std::size_t last = v;   // the verb's last word
    if (!vw.is(lists::verb | lists::verb_first)) continue;
    if (!vw.is(lists::verb)) {
      auto it = L.verb_pairs.find(vw.fold);
      if (it == L.verb_pairs.end() || v + 1 >= W.size()) continue;
      bool pair = false;
      for (auto second : it->second) pair |= W[v + 1].fold == second;
      if (!pair) continue;
      last = v + 1;
    }
    // Subject before the verb, over adverbs: "Mr. Sullivan also underscored".
    std::size_t i = v;
    while (i > 0 && plain_gap(W[i].gap) && !W[i - 1].cap && W[i - 1].is(lists::adverb)) --i;
    while (i > 0 && plain_gap(W[i].gap) && W[i - 1].is(lists::weekday)) {  // "Wang Yi Friday called"
      --i;
      if (i > 0 && W[i - 1].fold == "on") --i;
    }
    bool subject = false;
    if (i > 0 && plain_gap(W[i].gap)) {
      const word& last_subject = W[i - 1];
      std::string_view f = last_subject.fold;
      if (!last_subject.cap && (f == "he" || f == "she") && i >= 2 && comma_gap(W[i - 1].gap)) {
        // "President Obama, he asked me", "When I spoke with Xi Jinping, he said": the name
        // just before the comma.
        std::size_t e = i - 1, b = e - 1;
        while (b > 0 && plain_gap(W[b].gap) && (W[b - 1].cap || W[b - 1].initial)) --b;
        if (auto p = person_of(W, b, e); p && (p->titled || p->words.size() >= 2)) {
          found_.push_back(at(*p));
          subject = true;
        }
      } else if (!last_subject.cap && (f == "they" || f == "leaders" || f == "both")) {
        // "the two leaders discussed", "where they affirmed": the opening list, if any.
        bool leaders = f == "leaders" || (f == "they" && !opening.empty());
        if (leaders && f == "they") {
          for (auto& n : opening) found_.push_back(n);
          subject = true;
        } else if (leaders) {
          for (auto& [pos, n] : leaders_) found_.push_back(n);
          subject = !leaders_.empty();
        }
      } else if ((last_subject.cap || last_subject.initial) && !last_subject.possessive) {
        // Walk back over the subject: names, titles, "of", "and", list commas.
        std::size_t j = i - 1;
        while (j > 0) {
          const word& prev = W[j - 1];
          bool joins = plain_gap(W[j].gap) || (comma_gap(W[j].gap) && (W[j].cap || W[j].fold == "and"));
          bool part = prev.cap || prev.initial || prev.fold == "of" || prev.fold == "the" || prev.fold == "and";
          if (!joins || !part || prev.possessive) break;
          --j;
        }
        while (j < i - 1 && !W[j].cap && !W[j].initial) ++j;  // drop leading "of", "the", "and"
        // The object of a preposition is no subject: "in BAE Systems, Derby announced last
        // year"; after a list comma the subject starts afresh ("In Geneva, Secretary X and
        // Ambassador Y laid out").
        if (j > 0 && plain_gap(W[j].gap) && preposition(W[j - 1].fold)) {
          std::size_t c = j + 1;
          while (c < i && !comma_gap(W[c].gap)) ++c;
          if (c >= i || !W[c].is(lists::title) || W[c].is(lists::modifier)) continue;
          j = c;
        }
        std::size_t a = j;
        for (std::size_t k = j; k <= i; ++k) {
          bool cut = k == i || W[k].fold == "and" || (k > a && comma_gap(W[k].gap) && !suffix_word(W[k].fold));
          if (!cut) continue;
          if (k > a) {
            if (auto p = person_of(W, a, k)) {
              // "Jr. of the United States" after a comma is part of the name before it.
              found_.push_back(at(*p));
              subject = true;
            }
          }
          a = W[k].fold == "and" ? k + 1 : k;
        }
      }
    }
    if (!subject)
      if (auto p = appositive_subject(W, i)) {
        found_.push_back(at(*p));
        subject = true;
      }
    if (subject) continue;
    // Inverted: "..., said Foreign Minister Wang Yi." / "” said Assistant to the President and
    // Director of OSTP, Michael Kratsios." The verb follows a comma or a quote.
    if (!(v == 0 || comma_gap(vw.gap) || has_quote(vw.gap))) continue;
    std::size_t k = last + 1, e = k;
    while (e < W.size()) {
      const word& w = W[e];
      bool joins = e == k ? plain_gap(w.gap) : plain_gap(w.gap) || (comma_gap(w.gap) && w.cap);
      bool part = w.cap || w.initial || w.fold == "of" || w.fold == "the" || w.fold == "to" || w.fold == "and" || w.fold == "for";
      if (!joins || !part) break;
      ++e;
    }
    if (e == k) continue;
    // The name must close the clause: "said Wang." / "said Wang, adding", not "told Xi that".
    if (e < W.size() && (plain_gap(W[e].gap))) continue;
    // "according to" names newspapers, indexes and fact sheets as often as people: a person
    // only with a title ("according to Foreign Minister Anna Berg").
    if (auto p = person_of(W, k, e); p && (vw.fold != "according" || p->titled)) found_.push_back(at(*p));
  }
}

// "Press Briefing by Press Secretary Jen Psaki", "Statement By Menzies At Press Conference",
// "Letter From Spender to Dulles": the person after by/from issued the text.
void finder::from_title(std::string_view title) {
  auto W = words_of(title);
  for (std::size_t i = 0; i + 1 < W.size(); ++i) {
    if (W[i].fold != "by" && W[i].fold != "from") continue;
    std::size_t e = i + 1;
    while (e < W.size() && plain_gap(W[e].gap) && (W[e].cap || W[e].initial) && !W[e].stop) ++e;
    // Title case makes every word a capital ("... From Securities Investments That ..."): the
    // name must follow a kind of text ("Statement by"), carry a title or be known from the text.
    bool authored = i > 0 && W[i - 1].is(lists::document_noun);
    if (auto p = person_of(W, i + 1, e); p && (p->titled || authored || known(fold(p->words.back())))) {
      p->titled = true;
      p->at = 0;
      found_.push_back(std::move(*p));
    }
  }
}

// A signature: a line that is only a name ("DONALD J. TRUMP", "David D. Bellis") followed by
// "THE WHITE HOUSE," or a title line ("Director, ..."), or after a valediction ("Sincerely,").
void finder::from_signatures() {
  std::string_view t = text_;
  std::size_t body = doc_.front_matter().present ? doc_.front_matter().src.end : 0;
  auto trim = [](std::string_view l) {
    for (;;) {
      if (!l.empty() && (l.front() == ' ' || l.front() == '*' || l.front() == '_' || l.front() == '\t')) l.remove_prefix(1);
      else if (l.substr(0, 2) == "\xC2\xA0") l.remove_prefix(2);
      else if (!l.empty() && (l.back() == ' ' || l.back() == '*' || l.back() == '_' || l.back() == '\r' || l.back() == '\t' || l.back() == '\\')) l.remove_suffix(1);
      else if (l.size() >= 2 && l.substr(l.size() - 2) == "\xC2\xA0") l.remove_suffix(2);
      else return l;
    }
  };
  std::string_view prev_line;
  std::size_t pos = body;
  while (pos < t.size()) {
    std::size_t nl = t.find('\n', pos);
    if (nl == std::string_view::npos) nl = t.size();
    std::string_view line = trim(t.substr(pos, nl - pos));
    std::size_t line_at = pos;
    pos = nl + 1;
    if (line.empty()) continue;
    std::string_view before = prev_line;
    prev_line = line;
    if (line.size() > 40 || line.size() < 5) continue;
    auto W = words_of(line);
    if (W.size() < 2 || W.size() > 5 || !plain_gap(W[0].gap)) continue;
    bool all_name = true, has_initial = false, all_caps = true;
    for (std::size_t i = 0; i < W.size(); ++i) {
      if (i && !plain_gap(W[i].gap)) all_name = false;
      if (!(name_word(W[i], true) || (i + 1 == W.size() && suffix_word(W[i].fold)))) all_name = false;
      has_initial |= W[i].initial;
      all_caps &= W[i].caps || W[i].initial || suffix_word(W[i].fold);
    }
    if (!all_name || line.back() == ':' || line.back() == ',') continue;
    // The next non-empty line.
    std::size_t q = pos;
    std::string_view next;
    while (q < t.size() && next.empty()) {
      std::size_t e = t.find('\n', q);
      if (e == std::string_view::npos) e = t.size();
      next = trim(t.substr(q, e - q));
      q = e + 1;
    }
    auto NW = words_of(next);
    bool office = !NW.empty() && NW[0].cap && NW[0].is(lists::title) && !NW[0].caps &&
                  NW.size() > 1 && (comma_gap(NW[1].gap) || NW.size() <= 4);
    bool white_house = next.substr(0, 15) == "THE WHITE HOUSE";
    std::string b = fold(before);
    bool valediction = b.find("sincerely") != std::string::npos || b.find("respectfully") != std::string::npos ||
                       b.find("yours truly") != std::string::npos;
    if (!(white_house || valediction || (office && (has_initial || all_caps)))) continue;
    name n;
    for (const auto& w : W)
      if (!suffix_word(w.fold)) n.words.push_back(all_caps ? title_case(w.raw) : std::string(w.raw));
    n.titled = true;
    n.at = line_at;
    found_.push_back(std::move(n));
  }
}

std::optional<std::string> finder::label_person(std::string_view label) {
  while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.remove_suffix(1);
  auto W = words_of(label);
  // Titles and roles go; what is left must be a name ("MR. KIRBY" → "KIRBY").
  std::size_t a = 0;
  while (a < W.size() && (W[a].is(lists::title) || W[a].stop)) ++a;
  if (a == W.size()) return std::nullopt;
  for (std::size_t i = a; i < W.size(); ++i)
    if (!name_word(W[i], true)) return std::nullopt;
  name n;
  for (std::size_t i = a; i < W.size(); ++i) n.words.emplace_back(W[i].raw);
  n.titled = true;
  return resolve(n, true);
}

void finder::from_labels() {
  for (const auto& p : doc_.paragraphs()) {
    if (p.label.empty()) continue;
    if (auto person = label_person(p.label.of(text_))) {
      name n;
      n.words = {*person};
      n.titled = true;
      n.at = p.label.begin;
      found_.push_back(std::move(n));
    }
  }
}

// The fullest form of a name the text uses: a one-word name becomes the most frequent longer
// run that ends with it ("Biden" → "Joseph R. Biden") or, failing that, starts with it ("Wang"
// → "Wang Yi", family name first). Nothing when a one-word name is not known as a person.
std::optional<std::string> finder::resolve(const name& n, bool caps) {
  if (n.words.size() != 1) return join(n.words);
  std::string f = fold(n.words[0]);
  const auto& runs = runs_with(f);
  std::map<std::string, std::pair<int, std::size_t>> ends, starts;  // form → (count, first at)
  bool known = n.titled;
  for (const auto& r : runs) {
    if (!r.aside && r.titled) known = true;
    if (r.words.size() < 2) continue;
    known |= !r.aside;
    const bool at_end = folds_to(r.words.back(), f), at_start = folds_to(r.words.front(), f);
    if (!at_end && !at_start) continue;
    auto& m = at_end ? ends : starts;
    auto& c = m[join(r.words)];
    if (c.first++ == 0) c.second = r.at;
  }
  if (!known) return std::nullopt;
  for (auto* m : {&ends, &starts}) {
    if (m->empty()) continue;
    auto best = std::max_element(m->begin(), m->end(), [](const auto& x, const auto& y) {
      if (x.second.first != y.second.first) return x.second.first < y.second.first;
      if (x.first.size() != y.first.size()) return x.first.size() < y.first.size();
      return x.second.second > y.second.second;
    });
    return best->first;
  }
  return caps ? title_case(n.words[0]) : n.words[0];
}

// A word the text (not the title, where every word is a capital) uses as (part of) a person's
// name: after a title, or in a run of two or more name words.
bool finder::known(const std::string& folded) {
  for (const auto& r : runs_with(folded))
    if (!r.aside && (r.titled || r.words.size() >= 2)) return true;
  return false;
}

// Checks, resolves and merges the evidence: one entry per person, in order of first appearance.
std::vector<std::string> finder::merge() {
  std::stable_sort(found_.begin(), found_.end(), [](const name& a, const name& b) { return a.at < b.at; });
  std::vector<std::string> out;
  std::vector<std::vector<std::string>> folded;
  std::map<std::pair<std::string, bool>, std::optional<std::string>> resolved;  // evidence repeats
  std::unordered_map<std::string, std::vector<std::size_t>> by_word;  // folded word → out entries
  for (const auto& n : found_) {
    if (out.size() >= kMaxSpeakers) break;  // a list longer than this informs nobody
    auto key = std::pair{join(n.words), n.titled};
    auto c = resolved.find(key);
    if (c == resolved.end()) c = resolved.emplace(key, resolve(n, false)).first;
    const std::optional<std::string>& r = c->second;
    if (!r) continue;
    auto W = words_of(*r);
    std::vector<std::string> fw;
    for (const auto& w : W) fw.emplace_back(w.fold);
    if (fw.empty()) continue;
    // Only earlier names that share a word can be the same person.
    std::vector<std::size_t> cands;
    for (const auto& w : fw)
      if (auto b = by_word.find(w); b != by_word.end()) cands.insert(cands.end(), b->second.begin(), b->second.end());
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    auto subset = [](const std::vector<std::string>& small, const std::vector<std::string>& big) {
      return std::all_of(small.begin(), small.end(),
                         [&](const std::string& w) { return std::find(big.begin(), big.end(), w) != big.end(); });
    };
    bool merged = false;
    for (std::size_t i : cands) {
      if (subset(fw, folded[i])) { merged = true; break; }
      if (subset(folded[i], fw)) {
        out[i] = *r;
        for (const auto& w : fw) by_word[w].push_back(i);
        folded[i] = fw;
        merged = true;
        break;
      }
    }
    if (!merged) {
      for (const auto& w : fw) by_word[w].push_back(out.size());
      out.push_back(*r);
      folded.push_back(std::move(fw));
    }
  }
  return out;
}

std::string fmt_date(unsigned y, unsigned m, unsigned d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", y % 10000, m % 100, d % 100);
  return buf;
}

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = detail::space_len(s.data() + i, s.data() + s.size());
    std::size_t len = 1;
    auto c = static_cast<unsigned char>(s[i]);
    if (!n && c >= 0xC0) {  // copy a multi-byte character whole
      while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80 && len < 4) ++len;
    } else if (!n && c == 0xA0) {
      n = 1;  // yaml-cpp decodes the YAML escape `\_` (U+00A0) to a lone byte 0xA0: a space too
    }
    if (n) { space = true; i += n; continue; }
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

// The paragraph's text without emphasis markup around it ("**February 8, 2006**").
std::string_view bare(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '*' || t.front() == '_' || t.front() == '\n')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '*' || t.back() == '_' || t.back() == '\n' || t.back() == '\r' || t.back() == '\\')) t.remove_suffix(1);
  return t;
}

bool is_content(block_kind k) {
  return k == block_kind::text || k == block_kind::heading || k == block_kind::meta || k == block_kind::boilerplate ||
         k == block_kind::quote;
}

// Date precedence (layout-dev README): a date the text states for itself, first in document
// order — a date line (`Canberra, 20 March 1978`, `THE WHITE HOUSE,⏎May 12, 2025.`), a news
// dateline with its year — then the front-matter date, then a metadata header, then "On March
// 13, 2023, ..." opening one of the first body paragraphs, then a date stamp. A dateline without a year
// ("WASHINGTON, May 11 (Xinhua) --") takes its year from the later sources.
std::optional<std::string> finder::date(std::optional<std::string>& dateline) {
  const auto& P = doc_.paragraphs();
  std::optional<std::string> explicit_date, on_date;
  unsigned dl_month = 0, dl_day = 0;
  std::size_t prose = 0;
  for (std::size_t i = 0; i < P.size() && !explicit_date; ++i) {
    const paragraph& p = P[i];
    if (!is_content(p.kind)) continue;
    std::string_view t = bare(p.src.of(text_));
    if (auto line = grammar::meta::match_date_line(t)) {
      explicit_date = line->iso;
      // A date line in the first half that is not a signature's place is the dateline;
      // "12th April, 1957" followed by a lone "TOKYO" line covers both.
      bool signature = t.substr(0, 15) == "THE WHITE HOUSE";
      if (!dateline && !signature && p.src.begin < text_.size() / 2) {
        std::size_t end = p.src.begin + (t.data() + t.size() - p.src.of(text_).data());
        // Only a date line without a place borrows the next line's ("PERSONAL AND SECRET"
        // after "Letter, Canberra, 8 March 1951" is a classification line).
        bool placeless = grammar::meta::match_date(t).has_value();
        if (placeless && i + 1 < P.size()) {
          std::string_view n = bare(P[i + 1].src.of(text_));
          bool place = !n.empty() && n.size() <= 30 && n.find_first_of(".,:;") == std::string_view::npos;
          for (char c : n) place &= (c >= 'A' && c <= 'Z') || c == ' ';
          if (place) end = P[i + 1].src.begin + (n.data() + n.size() - P[i + 1].src.of(text_).data());
        }
        std::size_t begin = p.src.begin + (t.data() - p.src.of(text_).data());
        dateline = std::string(text_.substr(begin, end - begin));
      }
      break;
    }
    auto dl = grammar::meta::match_dateline(t);
    if (dl && dl->month) {
      if (dl->year) {
        explicit_date = fmt_date(dl->year, dl->month, dl->day);
        break;
      }
      if (!dl_month) { dl_month = dl->month; dl_day = dl->day; }
    }
    if (p.kind == block_kind::text && prose < 3) {
      ++prose;
      // "On March 13, 2023, ..." (after a dateline, if any).
      std::string_view body = dl ? t.substr(std::min(dl->length, t.size())) : t;
      if (body.substr(0, 3) == "On ") {
        if (auto d = grammar::meta::match_date(body.substr(3)); d && body.substr(3 + d->length, 1) == "," && !on_date)
          on_date = d->iso;
      }
    }
  }
  if (explicit_date) return explicit_date;
  std::optional<std::string> later;
  if (doc_.front_matter().date) later = doc_.front_matter().date;
  if (!later)
    if (auto h = grammar::meta::find_header_date(text_)) later = h->iso;
  // "On March 13, 2023, ..." opening the body dates the text only when nothing else does:
  // in reports it is an event ("On March 12, 2026, the Congress approved ...").
  if (!later) later = on_date;
  if (!later) {
    for (const auto& s : doc_.sentences()) {
      if (s.kind != sentence_kind::meta) continue;
      std::string_view t = sentence_text(s);
      if (s.meta == meta_kind::date) {
        if (auto d = grammar::meta::find_date(t)) { later = d->iso; break; }
      } else if (s.meta == meta_kind::byline) {
        if (auto d = grammar::meta::find_date(t)) { later = d->iso; break; }
      }
    }
  }
  if (dl_month) {
    if (!later) return std::nullopt;
    return fmt_date(static_cast<unsigned>(std::stoul(later->substr(0, 4))), dl_month, dl_day);
  }
  return later;
}

// The publisher named in the file: a dateline's agency, else a header line
// (`**Source:** [U.S. Government Accountability Office](...)`, `Publisher: ...`), else a
// disclaimer's "prepared by the Congressional Research Service (CRS)". The name must carry an
// organisation word, so a URL or a person is never an agency.
std::optional<std::string> finder::agency(const std::optional<std::string>& dateline_agency) const {
  if (dateline_agency) return dateline_agency;
  const lists& L = lists::get();
  auto org_name = [&](std::string_view v) -> std::optional<std::string> {
    auto W = words_of(v);
    std::size_t e = 0;
    bool org = false;
    while (e < W.size() && (e == 0 ? plain_gap(W[e].gap) || W[e].gap.find(':') != std::string_view::npos || W[e].gap.find('|') != std::string_view::npos
                                   : plain_gap(W[e].gap)) &&
           (W[e].cap || (e > 0 && (W[e].fold == "of" || W[e].fold == "for" || W[e].fold == "and" || W[e].fold == "on")))) {
      org |= W[e].is(lists::org) && W[e].cap;
      ++e;
    }
    while (e > 0 && !W[e - 1].cap) --e;
    if (!org || e < 2) return std::nullopt;
    return collapse(v.substr(W[0].at, W[e - 1].at + W[e - 1].raw.size() - W[0].at));
  };
  std::string_view head = text_.substr(0, std::min<std::size_t>(text_.size(), 16 * 1024));
  // A key counts only when a colon follows it within 12 bytes, so only the stretches just
  // before a colon are searched (most texts have few colons); keys and places keep their order.
  std::vector<std::size_t> colons;
  for (const char* c = head.data(); (c = static_cast<const char*>(std::memchr(c, ':', static_cast<std::size_t>(head.data() + head.size() - c)))); ++c)
    colons.push_back(static_cast<std::size_t>(c - head.data()));
  for (std::string_view key : L.agency_keys) {
    std::vector<std::size_t> places;  // every `at` the full scan would test, in order
    std::size_t from = 0;
    for (std::size_t c : colons) {
      if (c < key.size()) continue;
      std::size_t hi = c - key.size(), lo = std::max(from, c >= key.size() + 11 ? c - key.size() - 11 : 0);
      for (std::size_t at = lo; at <= hi; ++at) {
        at = head.substr(0, hi + key.size()).find(key, at);
        if (at == std::string_view::npos) break;
        places.push_back(at);
      }
      from = std::max(from, hi + 1);
    }
    for (std::size_t at : places) {
      if (at > 0 && detail::is_ascii_alnum(head[at - 1])) continue;
      std::size_t p = at + key.size(), stop = std::min(head.size(), p + 12);
      bool colon = false;
      while (p < stop && (head[p] == ':' || head[p] == '*' || head[p] == ' ' || head[p] == '|')) colon |= head[p++] == ':';
      if (!colon) continue;
      std::size_t eol = head.find('\n', p);
      std::string_view v = head.substr(p, (eol == std::string_view::npos ? head.size() : eol) - p);
      if (auto bar = v.find(" | "); bar != std::string_view::npos) v = v.substr(0, bar);
      if (auto n = org_name(v)) return n;
    }
  }
  // Every cue ends in "d by the ": one memmem pass finds them all (a find per cue restarts
  // at each occurrence of its first letter), then each cue's places are tried in cue order.
  static constexpr std::string_view kCues[] = {"prepared by the ", "published by the ", "produced by the ", "issued by the "};
  constexpr std::string_view tail = "d by the ";
  std::vector<std::size_t> cue_at[std::size(kCues)];
  for (const char *from = text_.data(), *end = text_.data() + text_.size();;) {
    auto* hit = static_cast<const char*>(memmem(from, static_cast<std::size_t>(end - from), tail.data(), tail.size()));
    if (!hit) break;
    std::size_t stop = static_cast<std::size_t>(hit - text_.data()) + tail.size();  // end of a cue here
    for (std::size_t c = 0; c < std::size(kCues); ++c)
      if (stop >= kCues[c].size() && text_.substr(stop - kCues[c].size(), kCues[c].size()) == kCues[c])
        cue_at[c].push_back(stop - kCues[c].size());
    from = hit + 1;
  }
  for (std::size_t c = 0; c < std::size(kCues); ++c)
    for (std::size_t at : cue_at[c]) {
      std::string_view v = text_.substr(at + kCues[c].size(), 120);
      if (auto n = org_name(v)) return n;
    }
  return std::nullopt;
}

summary_meta finder::run() {
  summary_meta m;
  // Title: the front matter's, else the first level-1 heading, else an opening heading line.
  if (doc_.front_matter().title) m.title = collapse(*doc_.front_matter().title);
  if (!m.title)
    for (const auto& h : doc_.headings())
      if (h.level == 1) { m.title = collapse(h.text); break; }
  if (!m.title && doc_.headings().empty()) {
    for (std::size_t i = 0; i < doc_.paragraphs().size() && i < 3; ++i) {
      const paragraph& p = doc_.paragraphs()[i];
      if (p.kind == block_kind::front_matter || p.kind == block_kind::meta) continue;
      if (p.kind == block_kind::heading) {
        std::string_view t = bare(p.src.of(text_));
        while (!t.empty() && (t.front() == '#' || t.front() == ' ')) t.remove_prefix(1);
        if (!t.empty()) m.title = collapse(t);
      }
      break;
    }
  }
  // Dateline: the news lead-in, when a sentence is one.
  std::optional<std::string> dl_agency;
  for (const auto& s : doc_.sentences()) {
    if (s.kind != sentence_kind::meta || s.meta != meta_kind::dateline) continue;
    std::string_view t = sentence_text(s);
    auto d = grammar::meta::match_dateline(text_.substr(s.src.begin, s.src.size() + 1));
    if (d && d->place.empty() && d->agency.empty()) break;  // a date line: date() reads it
    m.dateline = collapse(t);
    if (d && !d->agency.empty()) dl_agency = d->agency;
    break;
  }
  m.date = date(m.dateline);
  m.source_agency = agency(dl_agency);

  const lists& L = lists::get();
  if (m.title) from_title(*m.title);
  const auto& terms = doc_.terms();
  std::vector<std::uint8_t> verb(terms.size());  // decided once per distinct word, not per token
  for (std::size_t i = 0; i < terms.size(); ++i)
    verb[i] = L.maybe_verbal(terms[i].folded) &&
              (L.of(terms[i].folded) & (lists::verb | lists::verb_first | lists::speech_noun)) != 0;
  const auto& toks = doc_.tokens();
  // What a journalist says in a question turn ("Q  But Trump said no.") is nobody's statement.
  std::vector<bool> question(doc_.paragraphs().size());
  {
    bool q = false;
    for (std::size_t i = 0; i < question.size(); ++i) {
      const paragraph& p = doc_.paragraphs()[i];
      if (!p.label.empty()) {
        std::string l = fold(p.label.of(text_));
        while (!l.empty() && (l.back() == ':' || l.back() == ' ')) l.pop_back();
        q = l == "q" || l == "question";
      }
      question[i] = q;
    }
  }
  for (const auto& s : doc_.sentences()) {
    if (s.kind != sentence_kind::body || (s.paragraph < question.size() && question[s.paragraph])) continue;
    for (std::uint32_t t = s.first_token; t < s.last_token; ++t)
      if (verb[toks[t].term]) { from_sentence(s); break; }
  }
  from_signatures();
  from_labels();
  m.speakers = merge();
  return m;
}

}  // namespace

summary_meta find_meta(const document& doc) { return finder(doc).run(); }

}  // namespace v0
}  // namespace precis

namespace precis::detail {

std::vector<std::string> turn_speakers(const document& doc) {
  const auto& P = doc.paragraphs();
  std::vector<std::string> out(P.size());
  ::precis::finder f(doc);
  std::map<std::string, std::string, std::less<>> cache;
  std::string current;
  for (std::size_t i = 0; i < P.size(); ++i) {
    if (!P[i].label.empty()) {
      std::string_view label = P[i].label.of(doc.clean());
      while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.remove_suffix(1);
      auto it = cache.find(label);
      if (it == cache.end()) {
        auto person = f.label_person(label);
        it = cache.emplace(std::string(label), person ? *person : ::precis::collapse(label)).first;
      }
      current = it->second;
    }
    out[i] = current;
  }
  return out;
}

}  // namespace precis::detail
