#include "text/layout_model.hpp"

#include "data/word_list.hpp"
#include "metadata/match.hpp"
#include "text/chars.hpp"

#include <algorithm>
#include <utility>
#include <bitset>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace precis::detail {
namespace {

constexpr std::string_view kOpeners =
#include "data/boilerplate_openers.inc"
    ;
constexpr std::string_view kPhrases =
#include "data/boilerplate_phrases.inc"
    ;
constexpr std::string_view kSections =
#include "data/boilerplate_sections.inc"
    ;
constexpr std::string_view kAddressCues =
#include "data/address_lines.inc"
    ;
constexpr std::string_view kClassification =
#include "data/classification_lines.inc"
    ;

/// A heading found by shape has at most this many words; longer lines are prose.
constexpr std::size_t kMaxShapeHeadingWords = 12;
/// Prose: a block of at least this many words that ends a sentence.
constexpr std::size_t kMinProseWords = 12;
/// The block after a short titling line has at least this many words (or is a list).
constexpr std::size_t kMinLeadWords = 8;
/// A run-in head (bold lead ending in ':' or in capitals) has at most this many words.
constexpr std::size_t kMaxRunInWords = 14;
/// A mixed-case turn label ("Spokesperson Mao Ning:") has at most this many words.
constexpr std::size_t kMaxMixedLabelWords = 4;
/// Transcripts need at least this many labelled turns before labels count.
constexpr std::size_t kMinTranscriptTurns = 2;
/// In a transcript, lines before the first turn of at most this many words are venue lines.
constexpr std::size_t kMaxVenueWords = 10;
/// After the last prose block, blocks of at most this many words are a signature block.
constexpr std::size_t kMaxSignatureWords = 8;
/// A table of contents without its heading is a run of at least this many entries.
constexpr std::size_t kMinContentsEntries = 3;
/// A block whose bytes are more than this many tenths link targets is navigation.
constexpr std::size_t kMaxLinkTargetTenths = 4;

// Cue phrases bucketed by their first byte: each position of a block is compared with the few
// phrases that can start there, not with all of them.
struct cue_index {
  std::vector<std::string_view> by_first[256];
  explicit cue_index(std::string_view text) {
    for (auto e : data::entries(text)) by_first[static_cast<unsigned char>(e[0])].push_back(e);
  }
  const std::vector<std::string_view>& at(char c) const { return by_first[static_cast<unsigned char>(c)]; }
};
const cue_index& openers() {
  static const cue_index e{kOpeners};
  return e;
}
// Notice phrases indexed by their first two bytes: a bit per byte pair says whether any
// phrase starts so, and only then are the few phrases of that pair compared.
struct phrase_index {
  std::bitset<65536> starts;
  std::unordered_map<std::uint16_t, std::vector<std::string_view>> by_pair;
  static std::uint16_t pair(const char* p) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(p[0]) << 8 | static_cast<unsigned char>(p[1]));
  }
  explicit phrase_index(std::string_view text) {
    for (auto e : data::entries(text))
      if (e.size() >= 2) {
        starts.set(pair(e.data()));
        by_pair[pair(e.data())].push_back(e);
      }
  }
};
const phrase_index& phrases() {
  static const phrase_index e{kPhrases};
  return e;
}
const data::word_set& section_names() {
  static const data::word_set s{kSections};
  return s;
}
const cue_index& address_cues() {
  static const cue_index e{kAddressCues};
  return e;
}
const data::word_set& classification() {
  static const data::word_set s{kClassification};
  return s;
}

/// Cues are looked for in a block's opening bytes only: notices state themselves up front, and
/// a long paragraph is never scanned whole (the layout pass stays linear and cheap).
constexpr std::size_t kCueWindow = 200;
/// A notice (disclaimer, copyright, distribution) is a paragraph of at most this many bytes;
/// longer blocks are looked at for their opening words only (this many bytes).
constexpr std::size_t kMaxNoticeBytes = 700;
constexpr std::size_t kOpenerWindow = 48;
/// A title banner (a heading's text with a date glued on) is short.
constexpr std::size_t kMaxBannerBytes = 320;
/// An address line ("Washington, DC 20548") is short.
constexpr std::size_t kMaxAddressBytes = 120;

// Whitespace-collapsed, ASCII-lower-cased text (curly quotes kept: lists hold both forms), at
// most `limit` bytes of it.
std::string fold(std::string_view t, std::size_t limit = kCueWindow) {
  char buf[kCueWindow + 8];
  std::size_t n = 0;
  limit = std::min(limit, kCueWindow);
  bool sp = false;
  for (std::size_t i = 0; i < t.size() && n < limit; ++i) {
    char c = t[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { sp = n != 0; continue; }
    if (c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0') { sp = n != 0; ++i; continue; }
    if (sp) { buf[n++] = ' '; sp = false; }
    buf[n++] = ascii_lower(c);
  }
  return std::string(buf, n);
}

/// Blank-separated words of `t`, counted up to `enough`: a test against a bound reads a long
/// block's opening only ("is it prose?" asks for twelve words, not all of an article's).
std::size_t words(std::string_view t, std::size_t enough = std::string_view::npos) {
  std::size_t n = 0;
  bool in = false;
  for (char c : t) {
    bool s = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!s && !in && ++n == enough) break;
    in = !s;
  }
  return n;
}

bool has_letter(std::string_view t) {
  return std::any_of(t.begin(), t.end(), [](char c) { return is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0xC3; });
}

bool all_caps(std::string_view t) {
  bool letter = false;
  for (char c : t) {
    if (is_ascii_lower(c)) return false;
    if (is_ascii_upper(c)) letter = true;
  }
  return letter;
}

// Whitespace collapsed, case kept.
std::string collapse(std::string_view t) {
  std::string out;
  bool sp = false;
  for (char c : t) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { sp = !out.empty(); continue; }
    if (sp) { out += ' '; sp = false; }
    out += c;
  }
  return out;
}

// Title case: every word of four letters or more starts with a capital (or the line is short).
bool title_case(std::string_view t) {
  if (words(t) <= 3) return true;
  std::size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && t[i] == ' ') ++i;
    std::size_t s = i;
    while (i < t.size() && t[i] != ' ') ++i;
    std::string_view w = t.substr(s, i - s);
    if (w.size() >= 4 && is_ascii_lower(w[0])) return false;
  }
  return true;
}

// "... was not conducted in": a title never ends on a preposition, article or conjunction.
bool ends_in_function_word(std::string_view t) {
  static constexpr std::string_view fw[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by",
                                            "with", "from", "and", "or", "but", "that", "which", "as"};
  std::size_t sp = t.find_last_of(' ');
  std::string w = fold(sp == std::string_view::npos ? t : t.substr(sp + 1));
  return std::find(std::begin(fw), std::end(fw), w) != std::end(fw);
}

// "Appendix II Advertising Data 36", "Scope and Methodology ..... 12": one line, a title that
// is no sentence, then a page number.
bool contents_entry(std::string_view t) {
  if (t.empty() || t.find('\n') != std::string_view::npos || t.size() > 160) return false;
  std::size_t e = t.size(), d = e;
  while (d > 0 && is_ascii_digit(t[d - 1])) --d;
  if (d == e || e - d > 4 || d == 0 || (t[d - 1] != ' ' && t[d - 1] != '.')) return false;
  std::string_view title = t.substr(0, d);
  while (!title.empty() && (title.back() == ' ' || title.back() == '.')) title.remove_suffix(1);
  if (!has_letter(title) || words(title) > 14) return false;
  const char last = title.back();
  return last != ',' && last != ';' && last != ':';
}

// "CDC Centers for Disease Control and Prevention", "FNS Food and Nutrition Service": an entry of
// a list of abbreviations (an initialism, then words whose capitals spell it, in order), not a
// title, however short and capitalised the line.
bool abbreviation_entry(std::string_view t) {
  std::size_t sp = t.find(' ');
  if (sp == std::string_view::npos || sp < 2 || sp > 8) return false;
  std::string_view abbr = t.substr(0, sp);
  if (!std::all_of(abbr.begin(), abbr.end(), [](char c) { return is_ascii_upper(c); })) return false;
  std::size_t k = 0;  // letters of abbr matched so far
  for (std::size_t i = sp; i < t.size() && k < abbr.size();) {
    while (i < t.size() && t[i] == ' ') ++i;
    if (i < t.size() && t[i] == abbr[k]) ++k;
    while (i < t.size() && t[i] != ' ') ++i;
  }
  return k == abbr.size();
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::string_view trim(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '\n' || t.front() == '\r')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r')) t.remove_suffix(1);
  return t;
}

bool prose(std::string_view clean_text) {
  std::string_view t = trim(clean_text);
  return words(t, kMinProseWords) >= kMinProseWords && ends_sentence(t);
}

// "Appendix II: Advertising Data", "APPENDIX A", "Appendix": the supplements that follow a
// report's body (markup and leading emphasis skipped).
bool appendix_heading(std::string_view h) {
  while (!h.empty() && (h.front() == '#' || h.front() == ' ' || h.front() == '*' || h.front() == '_')) h.remove_prefix(1);
  constexpr std::string_view word = "appendix";
  if (h.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (ascii_lower(h[i]) != word[i]) return false;
  return h.size() == word.size() || h[word.size()] == ' ' || h[word.size()] == ':' || h[word.size()] == '.';
}

// "Abbreviations", "List of Acronyms": a back-matter heading whose section is entries only.
bool abbreviation_list(std::string_view folded_heading) {
  for (std::string_view w : {"abbreviations", "acronyms"})
    if (folded_heading.size() >= w.size() && folded_heading.substr(folded_heading.size() - w.size()) == w) return true;
  return false;
}

// "Washington, DC 20548": a postal code (five digits) ends an address line.
bool postal_line(const std::string& f) {
  for (std::size_t i = 0; i + 5 <= f.size(); ++i) {
    bool five = true;
    for (std::size_t k = 0; k < 5 && five; ++k) five = is_ascii_digit(f[i + k]);
    if (five && (i + 5 == f.size() || f[i + 5] == ' ' || f[i + 5] == '-') && (i == 0 || f[i - 1] == ' ')) return true;
  }
  return false;
}

// "10:49 a.m. est", "7:37 p.m.": a time line of a transcript or a release.
bool time_line(const std::string& f) {
  std::size_t i = 0;
  while (i < f.size() && is_ascii_digit(f[i])) ++i;
  if (i == 0 || i > 2 || i >= f.size() || f[i] != ':') return false;
  std::size_t k = i + 1;
  while (k < f.size() && is_ascii_digit(f[k])) ++k;
  if (k != i + 3) return false;
  std::string_view rest = std::string_view(f).substr(k);
  return (rest.rfind(" a.m.", 0) == 0 || rest.rfind(" p.m.", 0) == 0 || rest.rfind(" am", 0) == 0 ||
          rest.rfind(" pm", 0) == 0) && words(rest) <= 3;
}

// "1 The studies used ...": a footnote (number, blank, capital) at the start of a block.
bool footnote_start(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && (t[i] == ' ' || t[i] == '_' || t[i] == '*')) ++i;
  std::size_t d = i;
  while (i < t.size() && is_ascii_digit(t[i])) ++i;
  return i > d && i - d <= 3 && i + 1 < t.size() && t[i] == ' ' && is_ascii_upper(t[i + 1]);
}

/// `f` is a block's folded opening; `whole` when it holds the whole block (a short one). A long
/// block's 48-byte opening never ends a sentence, so the postal-code rule, which asks whether the
/// line ends one, is only asked of whole blocks: "Executive Order 14259 of April 8" is no address.
bool is_boilerplate_text(const std::string& f, bool whole) {
  if (time_line(f)) return true;
  // An opener is a whole word or phrase: "listen" marks "Listen", not "Listening to ...".
  auto opens = [&](std::string_view o) {
    return starts_with(f, o) && (f.size() == o.size() || !is_ascii_alnum(o.back()) || !is_ascii_alnum(f[o.size()]));
  };
  if (f.empty()) return false;
  for (auto o : openers().at(f[0]))
    if (opens(o)) return true;
  for (auto a : address_cues().at(f[0]))
    if (opens(a)) return true;
  if (whole && f.size() <= kMaxAddressBytes && postal_line(f) && !ends_sentence(f)) return true;
  const phrase_index& ph = phrases();
  for (std::size_t i = 0; i + 1 < f.size(); ++i) {
    if ((i > 0 && f[i - 1] != ' ') || !ph.starts.test(phrase_index::pair(f.data() + i))) continue;
    for (auto p : ph.by_pair.at(phrase_index::pair(f.data() + i)))
      if (f.compare(i, p.size(), p) == 0) return true;
  }
  std::string_view line = f;
  // "373. top secret immediate": a document number may lead a classification line.
  std::size_t k = 0;
  while (k < line.size() && (is_ascii_digit(line[k]) || line[k] == '.' || line[k] == ' ')) ++k;
  if (classification().contains(line.substr(k))) return true;
  return false;
}

// "**Product Type:** In Focus" on every line: a metadata header.
bool key_value_header(std::string_view raw) {
  std::size_t pos = 0, lines = 0;
  while (pos < raw.size()) {
    std::size_t nl = raw.find('\n', pos);
    std::string_view ln = trim(raw.substr(pos, (nl == std::string_view::npos ? raw.size() : nl) - pos));
    if (!ln.empty()) {
      ++lines;
      if (!starts_with(ln, "**")) return false;
      std::size_t close = ln.find(":**");
      if (close == std::string_view::npos || close > 40) return false;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines > 0;
}

std::size_t count(std::string_view s, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t p = s.find(needle); p != std::string_view::npos; p = s.find(needle, p + needle.size())) ++n;
  return n;
}

// The end of a run-in head made of underlined spans (`<u>Sec</u>. 2.  <u>Title</u>.`), or 0.
// Emphasis marks between the spans belong to the head (`*<u>De Minimis</u>* <u>Tariff</u>`).
std::size_t underlined_lead(std::string_view raw) {
  static constexpr std::string_view opens[] = {"<span style=\"text-decoration: underline\">", "<u>"};
  static constexpr std::string_view closes[] = {"</span>", "</u>"};
  std::size_t pos = 0, end = 0;
  for (;;) {
    while (pos < raw.size() && (raw[pos] == ' ' || raw[pos] == '.' || raw[pos] == ':' || raw[pos] == '\n' ||
                                raw[pos] == '*' || raw[pos] == '_' ||
                                (raw[pos] == '\xC2' && pos + 1 < raw.size() && raw[pos + 1] == '\xA0')))
      pos += raw[pos] == '\xC2' ? 2 : 1;
    bool found = false;
    for (int k = 0; k < 2; ++k)
      if (starts_with(raw.substr(pos), opens[k])) {
        std::size_t c = raw.find(closes[k], pos);
        if (c == std::string_view::npos) return 0;
        pos = c + closes[k].size();
        while (pos < raw.size() && (raw[pos] == '.' || raw[pos] == ':' || raw[pos] == '*' || raw[pos] == '_')) ++pos;
        end = pos;
        found = true;
        break;
      }
    if (!found) break;
  }
  return end;
}

// "Table 1. ...", "Figure 3: ...": captions are not headings nor prose.
bool caption_line(const std::string& f) {
  for (std::string_view c : {"table ", "figure ", "exhibit ", "chart "})
    if (f.rfind(c, 0) == 0 && f.size() > c.size() && is_ascii_digit(f[c.size()])) return true;
  return false;
}

// "SECTION 1. SHORT TITLE.", "SEC. 102. DEFINITIONS.", "Sec. 4.", "ARTICLE 2", "PART III":
// a legal text's numbered part heading (designator, number, optional title in capitals).
// Returns 0, or 1 for a section and 2 for a larger part (title, part, chapter, article).
int numbered_part(std::string_view t) {
  static constexpr std::pair<std::string_view, int> designators[] = {
      {"SECTION ", 1}, {"SEC. ", 1}, {"Sec. ", 1}, {"Section ", 1}, {"ARTICLE ", 2}, {"Article ", 2},
      {"TITLE ", 2}, {"PART ", 2}, {"CHAPTER ", 2}, {"Chapter ", 2}, {"SUBTITLE ", 2}};
  for (auto [d, kind] : designators) {
    if (!starts_with(t, d)) continue;
    std::size_t i = d.size(), s = i;
    while (i < t.size() && (is_ascii_digit(t[i]) || (kind == 2 && std::string_view("IVXLC").find(t[i]) != std::string_view::npos))) ++i;
    if (i == s) return 0;
    if (i < t.size() && is_ascii_upper(t[i]) && kind == 1) ++i;  // "SEC. 2A."
    std::string_view rest = t.substr(i);
    if (!rest.empty() && (rest[0] == '.' || rest[0] == ':')) rest.remove_prefix(1);
    rest = trim(rest);
    // What follows is a title in capitals (or nothing): "SHORT TITLE.", "DEFINITIONS."
    if (!rest.empty() && (!all_caps(rest) || words(rest) > 16)) return 0;
    return kind;
  }
  return 0;
}

// Bytes inside Markdown link targets "](...)".
std::size_t link_target_bytes(std::string_view raw) {
  std::size_t n = 0;
  for (std::size_t p = raw.find("]("); p != std::string_view::npos; p = raw.find("](", p + 2)) {
    std::size_t c = raw.find(')', p);
    if (c == std::string_view::npos) break;
    n += c - p;
  }
  return n;
}

bool all_lines_start_with(std::string_view raw, char c) {
  std::size_t pos = 0;
  while (pos < raw.size()) {
    std::size_t nl = raw.find('\n', pos);
    std::string_view ln = trim(raw.substr(pos, (nl == std::string_view::npos ? raw.size() : nl) - pos));
    if (!ln.empty() && ln.front() != c) return false;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return !raw.empty();
}

}  // namespace

std::size_t transcript_label_length(std::string_view t) noexcept {
  if (t.empty()) return 0;
  if (t[0] == 'Q' || t[0] == 'A') {
    if (t.size() >= 2 && t[1] == ':') return 2;
    if (t[0] == 'Q' && (starts_with(t.substr(1), "  ") || starts_with(t.substr(1), "\xC2\xA0") ||
                        (t.size() > 2 && t[1] == ' ' && is_ascii_upper(t[2]))))
      return 1;
  }
  // Capitalised words ("MR. SULLIVAN", "SENIOR ADMINISTRATION OFFICIAL", "PRESIDENT XI") + ':'.
  std::size_t i = 0, tokens = 0, longest = 0;
  while (i < t.size() && tokens <= 6) {
    std::size_t s = i, letters = 0;
    while (i < t.size() && (is_ascii_upper(t[i]) || t[i] == '.' || t[i] == '\'' || t[i] == '-')) {
      letters += is_ascii_upper(t[i]);
      ++i;
    }
    if (i == s || !is_ascii_upper(t[s])) return 0;
    ++tokens;
    longest = std::max(longest, letters);
    if (i < t.size() && t[i] == ':') return longest >= 2 && i + 1 <= 60 ? i + 1 : 0;
    if (i < t.size() && t[i] == ' ') { ++i; continue; }
    return 0;
  }
  return 0;
}

namespace {

// Bytes of ASCII spaces, tabs and no-break spaces (U+00A0, U+202F) that open t.
std::size_t leading_spaces(std::string_view t) noexcept {
  std::size_t i = 0;
  for (;;) {
    if (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
    else if (t.substr(i, 2) == "\xC2\xA0") i += 2;
    else if (t.substr(i, 3) == "\xE2\x80\xAF") i += 3;
    else return i;
  }
}

// "Mao Ning:", "Spokesperson Lin Jian:": a label in mixed case, one to four capitalised words
// and a colon. Such a label counts only when the same one opens several turns.
std::size_t mixed_case_label_length(std::string_view t) noexcept {
  std::size_t i = 0, tokens = 0;
  while (i < t.size() && tokens < kMaxMixedLabelWords) {
    if (!is_ascii_upper(t[i])) return 0;
    std::size_t s = i++;
    while (i < t.size() && (is_ascii_alpha(t[i]) || t[i] == '.' || t[i] == '\'' || t[i] == '-')) ++i;
    if (i - s < 2) return 0;
    ++tokens;
    if (i < t.size() && t[i] == ':') return i + 1 < t.size() && (t[i + 1] == ' ' || t[i + 1] == '\xC2') ? i + 1 : 0;
    if (i < t.size() && t[i] == ' ') { ++i; continue; }
    return 0;
  }
  return 0;
}

// "NOTE:", "Source:": a label-shaped opener of boilerplate, not a speaker's turn.
bool cue_label(std::string_view label) {
  std::string f = fold(label);
  if (f.empty()) return false;
  const auto& bucket = openers().at(f[0]);
  return std::find(bucket.begin(), bucket.end(), f) != bucket.end();
}

// Whether a line is a notice label and nothing else: an opener ("Disclaimer", "Note:") and a colon.
bool notice_label_line(std::string_view line) {
  line = trim(line);
  if (line.size() < 3 || line.size() > 40 || line.back() != ':') return false;
  return cue_label(line) || cue_label(line.substr(0, line.size() - 1));
}

// Blocks are only copied from the first split on: most documents have no notice to split.
void split_at_notice_labels(std::string_view clean, std::vector<block>& blocks) {
  std::vector<block> out;
  bool split = false;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const block& b = blocks[i];
    const bool splittable = (b.kind == block_kind::text || b.kind == block_kind::bullet) && b.label.empty() && !b.run_in;
    std::size_t from = b.begin;
    if (splittable)
      for (std::size_t nl = clean.find('\n', b.begin); nl != std::string_view::npos && nl + 1 < b.end;
           nl = clean.find('\n', nl + 1)) {
        const std::size_t line_end = std::min(b.end, clean.find('\n', nl + 1));
        if (!notice_label_line(clean.substr(nl + 1, line_end - nl - 1))) continue;
        if (!split) out.assign(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(i)), split = true;
        // The block so far ends before the label; the label line and what follows are a new
        // plain block (its kind is not the list item's).
        const std::string_view before = trim(clean.substr(from, nl - from));
        if (!before.empty()) {
          block head = b;
          head.begin = from, head.end = static_cast<std::size_t>(before.data() + before.size() - clean.data());
          if (from != b.begin) head.kind = block_kind::text, head.level = 0;
          out.push_back(head);
        }
        from = static_cast<std::size_t>(trim(clean.substr(nl + 1, line_end - nl - 1)).data() - clean.data());
      }
    if (!split) continue;
    block tail = b;
    tail.begin = from;
    if (from != b.begin) tail.kind = block_kind::text, tail.level = 0;
    out.push_back(tail);
  }
  if (split) blocks.swap(out);
}

}  // namespace


void refine_blocks(std::string_view src, std::string_view clean, input_format fmt, std::vector<block>& blocks) {
  const bool md = fmt == input_format::markdown || fmt == input_format::html;
  auto text_of = [&](const block& b) { return clean.substr(b.begin, b.end - b.begin); };
  auto raw_of = [&](const block& b) { return src.substr(b.begin, b.end - b.begin); };

  // 1. Transcript turns.
  std::size_t turns = 0;
  for (block& b : blocks) {
    if (b.kind != block_kind::text && b.kind != block_kind::heading) continue;
    std::string_view raw = raw_of(b);
    // Converters leave a no-break space before some labels (" THE PRESIDENT:"); a label
    // still opens the turn after such leading spaces.
    const std::size_t lead = leading_spaces(raw);
    raw.remove_prefix(lead);
    std::size_t n = transcript_label_length(raw);
    if (n && (b.kind == block_kind::text || (b.kind == block_kind::heading && fmt == input_format::text))) {
      bool cue = cue_label(raw.substr(0, n));
      if (!cue) { b.label = {b.begin + lead, b.begin + lead + n}; ++turns; }
      if (!cue && b.kind == block_kind::heading) b.kind = block_kind::text;  // "Q  Is it true?"
    }
  }
  // Mixed-case labels ("Mao Ning:") beside the Q turns of a press conference: only a label
  // that opens several turns, in a document that already has capitalised or Q labels.
  if (turns >= 1) {
    std::unordered_map<std::string_view, std::size_t> seen_labels;
    for (const block& b : blocks)
      if (b.label.empty() && b.kind == block_kind::text)
        if (std::size_t n = mixed_case_label_length(raw_of(b))) ++seen_labels[raw_of(b).substr(0, n)];
    for (block& b : blocks) {
      if (!b.label.empty() || b.kind != block_kind::text) continue;
      std::size_t n = mixed_case_label_length(raw_of(b));
      if (!n || seen_labels[raw_of(b).substr(0, n)] < kMinTranscriptTurns) continue;
      if (!cue_label(raw_of(b).substr(0, n))) { b.label = {b.begin, b.begin + n}; ++turns; }
    }
  }
  const bool transcript = turns >= kMinTranscriptTurns;
  if (!transcript)
    for (block& b : blocks) b.label = {};

  // 1b. A notice label alone on its line ("Disclaimer:", "Source:") inside a block, where a
  // converter glued the notice to the paragraph or list item above it (a lazy continuation, no
  // blank line between): the notice starts a block of its own, which step 2 then reads.
  split_at_notice_labels(clean, blocks);

  // 2. Boilerplate by cue (before headings: a navigation link is no title). A notice label
  // alone in its block ("Disclaimer:", then a hard line break) titles the block after it, which
  // is the notice's text however it opens.
  bool after_notice_label = false;
  for (block& b : blocks) {
    const bool labelled = std::exchange(after_notice_label, false);
    if (b.kind == block_kind::code) b.kind = block_kind::boilerplate;
    if (b.kind != block_kind::text && b.kind != block_kind::bullet && b.kind != block_kind::quote &&
        !(b.kind == block_kind::heading && fmt == input_format::text))
      continue;
    std::string_view t = text_of(b);
    if (labelled && b.kind == block_kind::text && b.label.empty()) {
      b.kind = block_kind::boilerplate;
      continue;
    }
    if (b.label.empty() && notice_label_line(t) && t.find('\n') == std::string_view::npos) after_notice_label = true;
    std::string_view raw = raw_of(b);
    // Notices are short paragraphs: a long one is only asked how it opens.
    std::string f = fold(b.label.empty() ? t : clean.substr(b.label.end, b.end - b.label.end),
                         b.end - b.begin <= kMaxNoticeBytes ? kCueWindow : kOpenerWindow);
    std::string_view after_marker = b.kind == block_kind::bullet ? t.substr(std::min(t.size(), list_marker_length(t))) : t;
    const bool whole = b.end - b.begin <= kMaxNoticeBytes;
    bool bp = (md && !has_letter(t)) || caption_line(f) || footnote_start(after_marker) || is_boilerplate_text(f, whole) ||
              (md && key_value_header(trim(raw)));
    // Navigation: link texts with next to no prose around them, or mostly link targets.
    if (!bp && md) {
      std::size_t links = count(raw, "](");
      bp = links >= 1 && !ends_sentence(trim(t)) &&
           (words(t) <= 3 * links + 2 || link_target_bytes(raw) * 10 > raw.size() * kMaxLinkTargetTenths);
    }
    // Rows of a pipe table without its delimiter row are still a table.
    if (!bp && md && all_lines_start_with(raw, '|')) {
      b.kind = block_kind::table;
      continue;
    }
    if (bp) b.kind = block_kind::boilerplate;
  }

  // A table of contents without its heading: a run of three or more one-line entries, each a
  // title and a page number ("Letter 1", "Appendix II Advertising Data 36", "Scope .... 12").
  for (std::size_t i = 0; i < blocks.size();) {
    std::size_t e = i;
    while (e < blocks.size() && blocks[e].kind == block_kind::text && blocks[e].label.empty() &&
           contents_entry(trim(text_of(blocks[e]))))
      ++e;
    if (e - i >= kMinContentsEntries)
      for (std::size_t k = i; k < e; ++k) blocks[k].kind = block_kind::boilerplate;
    i = e > i ? e : i + 1;
  }

  // Legal texts: numbered part headings are headings, sections under larger parts.
  bool parts = false;
  for (block& b : blocks) {
    if (b.kind != block_kind::text && b.kind != block_kind::heading) continue;
    std::string_view t = trim(text_of(b));
    if (t.find('\n') != std::string_view::npos || t.size() > 200) continue;
    if (int k = numbered_part(t)) {
      parts = parts || k == 2;
      b.kind = block_kind::heading;
      b.level = static_cast<std::uint8_t>(k == 2 ? 2 : parts ? 3 : 2);
    }
  }

  // 3. Headings by shape. A shape heading repeating an earlier heading is a running header.
  std::vector<std::string> seen;
  for (const block& b : blocks)
    if (b.kind == block_kind::heading) seen.push_back(collapse(text_of(b)));
  auto repeated = [&](const std::string& h) {
    // The same line again, or a converter's doubled heading "X X" (PDF to Markdown).
    return std::any_of(seen.begin(), seen.end(), [&](const std::string& x) { return x == h || x == h + " " + h; });
  };
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    block& b = blocks[i];
    // A notice keeps its underlined run-in head: an order's "Sec. 6. General Provisions." is
    // standard text under a title the reader still sees.
    const bool notice = b.kind == block_kind::boilerplate;
    if ((b.kind != block_kind::text && !notice) || !b.label.empty()) continue;
    std::string_view raw = trim(raw_of(b));
    std::string_view t = trim(text_of(b));
    if (!notice && md && (starts_with(raw, "**") || starts_with(raw, "__"))) {
      std::string_view mark = raw.substr(0, 2);
      std::string flat = collapse(t);
      const bool shaped = ends_with(raw, mark) && raw.size() > 4 && heading_like(flat) && !key_value_header(raw) &&
                          count(t, "\n") <= 1 && words(t) <= kMaxShapeHeadingWords + 4;
      if (shaped && repeated(flat)) {  // a running header: the same bold line again
        b.kind = block_kind::boilerplate;
        continue;
      }
      if (shaped) {
        b.kind = block_kind::heading;
        b.level = 2;
        seen.push_back(flat);
        continue;
      }
      std::size_t close = raw.find(mark, 2);
      if (close != std::string_view::npos && close + 2 < raw.size()) {
        std::size_t lead_end = static_cast<std::size_t>(raw.data() - src.data()) + close + 2;
        std::string_view lead = trim(clean.substr(b.begin, lead_end - b.begin));
        std::string_view rest = trim(clean.substr(lead_end, b.end - lead_end));
        std::size_t w = words(lead);
        if (!rest.empty() && w >= 2 && w <= kMaxRunInWords && !key_value_header(raw) &&
            (ends_with(lead, ":") && all_caps(lead))) {
          b.run_in = true;
          b.body = lead_end;
          b.level = 2;
          continue;
        }
      }
    }
    if (md) {
      if (std::size_t u = underlined_lead(raw)) {
        std::size_t lead_end = static_cast<std::size_t>(raw.data() - src.data()) + u;
        std::string_view rest = trim(clean.substr(lead_end, b.end - lead_end));
        if (!rest.empty() && words(clean.substr(b.begin, lead_end - b.begin)) <= kMaxRunInWords) {
          b.run_in = true;
          b.body = lead_end;
          b.level = 2;
          continue;
        }
      }
    }
    if (notice) continue;
    // A short line that titles the section after it.
    if (!transcript && md && t.find('\n') == std::string_view::npos && words(t) <= kMaxShapeHeadingWords &&
        heading_like(t) && t.find(',') == std::string_view::npos && title_case(t) && !ends_in_function_word(t) &&
        !abbreviation_entry(t) &&
        !(words(t) == 1 && all_caps(t)) && !repeated(collapse(t)) && i + 1 < blocks.size()) {
      const block& next = blocks[i + 1];
      bool titled = (next.kind == block_kind::text && next.label.empty() && words(text_of(next), kMinLeadWords) >= kMinLeadWords) ||
                    next.kind == block_kind::bullet;
      if (titled) {
        b.kind = block_kind::heading;
        b.level = 2;
      }
    }
  }

  // A title banner: a heading's text again with a date or a number glued to it.
  for (block& b : blocks) {
    if (b.kind != block_kind::text || b.end - b.begin > kMaxBannerBytes) continue;
    std::string_view head = trim(text_of(b)).substr(0, 6);
    if (std::none_of(seen.begin(), seen.end(), [&](const std::string& h) { return h.compare(0, head.size(), head) == 0; }))
      continue;
    std::string flat = collapse(text_of(b));
    for (const std::string& h : seen)
      if (flat.size() > h.size() && flat.compare(0, h.size(), h) == 0 && words(h) >= 3 &&
          words(std::string_view(flat).substr(h.size())) <= kMaxSignatureWords) {
        b.kind = block_kind::boilerplate;
        break;
      }
  }

  // 4. Transcripts: venue, place and time lines before the first turn.
  if (transcript) {
    for (block& b : blocks) {
      if (!b.label.empty()) break;
      if ((b.kind == block_kind::text || b.kind == block_kind::heading) && words(text_of(b), kMaxVenueWords + 1) <= kMaxVenueWords)
        b.kind = block_kind::boilerplate;
    }
  }

  // 5. Back-matter sections: everything under "Footnotes", "Contents", "References", ...
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != block_kind::heading) continue;
    std::string f = fold(text_of(blocks[i]));
    while (!f.empty() && (f.back() == ':' || f.back() == '.')) f.pop_back();
    if (!section_names().contains(f)) continue;
    int level = blocks[i].level ? blocks[i].level : 2;
    // A table of contents lists the headings that follow it and holds none itself: it ends at
    // the next heading of any level (an unmarked "Introduction" after a "# Contents").
    const bool toc = f == "contents" || f == "table of contents";
    // A list of abbreviations holds entries ("CDC Centers for Disease Control"), never prose:
    // a report that gives its letter no heading resumes after it with a paragraph of
    // sentences, which ends the list (a notice in between was marked by its cue in step 2).
    const bool entries = abbreviation_list(f);
    for (std::size_t j = i + 1; j < blocks.size(); ++j) {
      if (blocks[j].kind == block_kind::heading && (toc || (blocks[j].level ? blocks[j].level : 2) <= level)) break;
      if (entries && blocks[j].kind == block_kind::text && prose(text_of(blocks[j]))) break;
      if (blocks[j].kind != block_kind::heading) blocks[j].kind = block_kind::boilerplate;
    }
  }

  // 6. A signature block: short lines after the last prose block, of the document and of its
  // body before the appendices (a report's letter is signed, then its appendices follow).
  auto signature_after_last_prose = [&](std::size_t end) {
    std::size_t last_prose = end;
    for (std::size_t i = end; i-- > 0;)
      if ((blocks[i].kind == block_kind::text || blocks[i].kind == block_kind::bullet) && prose(text_of(blocks[i]))) {
        last_prose = i;
        break;
      }
    if (last_prose == end || transcript) return;
    for (std::size_t i = last_prose + 1; i < end; ++i)
      if (blocks[i].kind == block_kind::text && words(text_of(blocks[i]), kMaxSignatureWords + 1) <= kMaxSignatureWords) {
        // A name, a title, a place and date: no sentence, a line set in capitals, or a date
        // ("May 12, 2025." under "THE WHITE HOUSE," and a hard line break).
        std::string_view t = trim(text_of(blocks[i]));
        std::string_view first = t.substr(0, t.find('\n'));
        if (!ends_sentence(t) || all_caps(first) || grammar::meta::match_date_line(t.substr(leading_spaces(t))))
          blocks[i].kind = block_kind::boilerplate;
      }
  };
  signature_after_last_prose(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (blocks[i].kind == block_kind::heading && appendix_heading(text_of(blocks[i]))) {
      signature_after_last_prose(i);
      break;
    }
  // A place-and-date signature anywhere: "THE WHITE HOUSE," then the date.
  for (block& b : blocks)
    if (b.kind == block_kind::text && b.end - b.begin <= kMaxAddressBytes && words(text_of(b), kMaxSignatureWords + 1) <= kMaxSignatureWords) {
      std::string_view t = trim(text_of(b));
      std::string_view first = trim(t.substr(0, t.find('\n')));
      if (first.size() < t.size() && all_caps(first) && ends_with(first, ",")) b.kind = block_kind::boilerplate;
      }

  // 7. Plain text: list depth from indentation (a deeper indent opens a sub-level).
  if (fmt == input_format::text) {
    std::vector<std::size_t> indents;
    for (block& b : blocks) {
      if (b.kind != block_kind::bullet) { indents.clear(); continue; }
      std::size_t ls = b.begin;
      while (ls > 0 && src[ls - 1] != '\n') --ls;
      std::size_t indent = 0;
      for (std::size_t k = ls; k < b.begin; ++k) indent += src[k] == '\t' ? 4 : 1;
      while (!indents.empty() && indents.back() > indent) indents.pop_back();
      if (indents.empty() || indents.back() < indent) indents.push_back(indent);
      b.level = static_cast<std::uint8_t>(std::min<std::size_t>(indents.size(), 255));
    }
  }
}

}  // namespace precis::detail
