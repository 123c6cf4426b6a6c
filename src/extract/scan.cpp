#include "extract/scan.hpp"

#include "counted_label/match.hpp"
#include "data/word_list.hpp"
#include "ordinal/match.hpp"
#include "text/chars.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace precis::detail {
namespace {

constexpr std::string_view kAnnouncingVerbs =
#include "data/announcing_verbs.inc"
    ;
constexpr std::string_view kReferentialNouns =
#include "data/referential_nouns.inc"
    ;

// Head nouns of counted phrases that refer to actors, occasions or time rather than announce
// content: "the two sides", "two rounds of talks", "three decades".
bool referential_noun(std::string_view w) {
  static const data::word_set nouns{kReferentialNouns};
  return nouns.contains(w);
}

constexpr std::string_view kIrregularPlurals =
#include "data/irregular_plurals.inc"
    ;

bool plural_noun(std::string_view w) {
  static const data::word_set irregular{kIrregularPlurals};
  return (w.size() > 2 && w.back() == 's' && !w.ends_with("ss")) || irregular.contains(w);
}

/// What a term can be to scan: the roles its label tests ask of a token's term.
enum term_role : std::uint8_t {
  role_count = 1,         ///< a counted label may start here ("two", "12", "following")
  role_announce = 2,      ///< announces content that may never be listed ("summarized seven points")
  role_following = 4,     ///< "following", which counts only after "the"
  role_the = 8,           ///< "the" ("the following", "in the three ...")
  role_preposition = 16,  ///< breaks the link between an announcing verb and its label
};

/// Every role of every listed word, in one table: scan asks it once per distinct term of every
/// document, and one probe costs less than one std::unordered_set lookup per role.
class role_table {
public:
  role_table() {
    for (std::string_view w : {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                               "twelve", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "following"})
      mark(w, role_count);
    for (std::string_view w : data::entries(kAnnouncingVerbs)) mark(w, role_announce);
    mark("following", role_following);
    mark("the", role_the);
    for (std::string_view w : {"at", "in", "on", "for", "with", "by", "from", "to", "into", "over", "under", "about",
                               "after", "before", "during", "between", "among", "against", "within", "without",
                               "via", "per"})
      mark(w, role_preposition);
  }
  /// The roles of `folded`, 0 for none. Few words have one, so a word whose length and first
  /// byte no listed word shares is answered without hashing it.
  std::uint8_t of(std::string_view folded) const noexcept {
    if (folded.empty() || folded.size() >= kLengths) return folded.empty() ? 0 : probe(folded);
    const auto c = static_cast<unsigned char>(folded[0]);
    if (!(heads_[folded.size()][c >> 6] >> (c & 63) & 1)) return 0;
    return probe(folded);
  }

private:
  static constexpr std::size_t kLengths = 24;  // longer words are always probed
  void mark(std::string_view w, term_role r) {
    roles_[w] = static_cast<std::uint8_t>(roles_[w] | r);
    if (!w.empty() && w.size() < kLengths) {
      const auto c = static_cast<unsigned char>(w[0]);
      heads_[w.size()][c >> 6] |= std::uint64_t{1} << (c & 63);
    }
  }
  std::uint8_t probe(std::string_view folded) const noexcept {
    const std::uint8_t* r = roles_.find(folded);
    return r ? *r : 0;
  }
  data::string_map<std::uint8_t> roles_;
  std::array<std::array<std::uint64_t, 4>, kLengths> heads_{};  // length -> first bytes of listed words
};

const role_table& term_roles() {
  static const role_table roles;
  return roles;
}

// "set out", "laid out", "put forward", "spelled out": the verb alone announces nothing.
bool phrasal_announce(std::string_view verb, std::string_view particle) {
  static const std::unordered_set<std::string_view> verbs{"set", "sets", "setting", "laid", "lays", "laying",
                                                          "put", "puts", "putting", "spelled", "spelt",
                                                          "spells", "mapped", "maps", "singled"};
  return verbs.count(verb) && (particle == "out" || particle == "forward");
}

bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Bytes a colon may sit from its label across other words ("two major problems facing the
/// United Nations as an institution:").
constexpr std::size_t max_colon_distance = 100;

// A line break that only wraps a sentence ("facing\nthe United Nations"): the next line goes on
// in lower case. One before a capital may start a title or a new line of its own ("two
// passengers inside\nThe passengers ..."), so it stays a boundary.
bool wrapping_breaks_only(std::string_view gap) {
  for (std::size_t nl = gap.find('\n'); nl != std::string_view::npos; nl = gap.find('\n', nl + 1)) {
    std::size_t next = nl + 1;
    while (next < gap.size() && (gap[next] == ' ' || gap[next] == '\t' || gap[next] == '\r')) ++next;
    if (next < gap.size() && !is_ascii_lower(gap[next])) return false;
  }
  return true;
}

// The words between a label and a distant colon or copula may qualify the label ("facing the
// United Nations", "I have set out today") but not open a clause of their own: no third-person
// subject, no quotation, no line break other than hard wrapping.
bool attaching_gap(std::string_view gap) {
  if (gap.size() > max_colon_distance || gap.find('"') != std::string_view::npos || !wrapping_breaks_only(gap) ||
      gap.find("\xE2\x80\x9C") != std::string_view::npos || gap.find("\xE2\x80\x9D") != std::string_view::npos)
    return false;
  std::string padded;
  padded.reserve(gap.size() + 2);
  padded.append(1, ' ').append(gap).append(1, ' ');
  for (std::string_view p : {" they ", " he ", " she ", " it ", " them ", " you "})
    if (padded.find(p) != std::string::npos) return false;
  return true;
}

// "one open, the other closed": after a dash, "one" opens a pair, not a clause ("two girls -
// one of them ...").
bool one_the_other(std::string_view after_dash) {
  std::size_t end = after_dash.find_first_of(".;");
  std::string_view pair = after_dash.substr(0, end);
  return pair.starts_with("one ") && !pair.starts_with("one of ") && pair.find(", the other ") != std::string_view::npos;
}

/// Bytes between a label and the copula that attaches its list ("three key issues to be
/// tackled are ...").
constexpr std::size_t max_copula_distance = 40;

// Words that open a clause rather than a list element after a dash.
bool clause_opener(std::string_view w) {
  static const std::unordered_set<std::string_view> words{
      "have", "has", "had", "are", "is", "was", "were", "be", "been", "will", "would", "to", "which",
      "who", "that", "and", "but", "or", "although", "though", "while", "at", "in", "on", "for",
      "with", "by", "from", "causing", "led", "rose", "voted", "including", "one", "as", "if", "so"};
  return words.count(w) != 0;
}

// Length of a spaced dash at t[i] ("- ", "– ", "— ", blank included), or 0.
std::size_t dash_at(std::string_view t, std::size_t i) {
  for (std::string_view d : {"- ", "\xE2\x80\x93 ", "\xE2\x80\x94 "})
    if (t.substr(i, d.size()) == d) return d.size();
  return 0;
}

// "... on six priorities. These priorities for cooperation are to A; to B; ...": the next
// sentence names the label's noun again and lists after its copula. Complete lists only.
void resumed_list(const document& doc, std::uint32_t si, label_hit& h) {
  const auto& sents = doc.sentences();
  if (si + 1 >= sents.size() || sents[si + 1].paragraph != sents[si].paragraph) return;
  std::string_view text = doc.clean();
  std::string_view label = text.substr(h.src.begin, h.src.size());
  std::string_view noun = label.substr(label.find_last_of(" \n") + 1);
  const sentence& n = sents[si + 1];
  std::string next(text.substr(n.src.begin, std::min<std::size_t>(n.src.size(), 240)));
  std::replace(next.begin(), next.end(), '\n', ' ');
  std::size_t at = 0;
  for (std::string_view det : {"These ", "Those ", "The "})
    if (next.starts_with(det)) at = det.size();
  if (!at || next.compare(at, noun.size(), noun) != 0 || next.compare(at + noun.size(), 1, " ") != 0) return;
  std::size_t are = next.find(" are ", at);
  if (are == std::string::npos || are > at + noun.size() + max_copula_distance ||
      !attaching_gap(text.substr(n.src.begin + at, are - at)))
    return;
  h.list_body = n.src.begin + are + 5;
  h.examples = true;
  h.copula = true;
  h.distant = true;
}

}  // namespace

bool title_sentence(std::string_view t) noexcept {
  if (t.size() < 3 || t.size() > 90 || t.back() != '.') return false;
  if (!starts_upper(t.data(), t.data() + t.size()) && !is_ascii_digit(t[0])) return false;
  static const std::unordered_set<std::string_view> verbs{
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "should",
      "could", "can", "must", "may", "might", "do", "does", "did", "shall", "need", "needs",
      "said", "says", "it", "this", "they", "we", "he", "she", "there", "these", "those", "i",
      "you", "our", "their", "remains", "remain", "seems", "became", "becomes"};
  std::size_t words = 0, i = 0;
  std::string w;
  while (i < t.size()) {
    while (i < t.size() && blank(t[i])) ++i;
    std::size_t j = i;
    while (j < t.size() && !blank(t[j])) ++j;
    if (j > i) {
      ++words;
      w.assign(t.substr(i, j - i));
      while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
      for (auto& c : w) c = ascii_lower(c);
      if (verbs.count(w)) return false;
      if (w.find(',') != std::string::npos) return false;
    }
    i = j;
  }
  return words >= 1 && words <= 10;
}

namespace {
// "U.S." or "D.C." (a dot inside the word) or an initial ("J."): the dot ends no clause.
bool abbreviation_before(std::string_view t, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && !blank(t[b - 1]) && t[b - 1] != '-') --b;
  std::string_view w = t.substr(b, dot - b);
  return w.find('.') != std::string_view::npos || (w.size() == 1 && detail::is_ascii_upper(w[0]));
}
}  // namespace

std::string key_phrase(std::string_view t) {
  std::size_t i = 0;
  int depth = 0;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    if (depth > 0) continue;
    if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?') break;
    if (c == '.' && (i + 1 == t.size() || blank(t[i + 1])) && !abbreviation_before(t, i)) break;
    if (c == ' ' && i + 3 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xE2 &&
        (t.compare(i, 4, " \xE2\x80\x94") == 0 || t.compare(i, 4, " \xE2\x80\x93") == 0))
      break;
  }
  std::string_view h = t.substr(0, i);
  while (!h.empty() && blank(h.back())) h.remove_suffix(1);
  std::string out;
  bool pending = false;
  for (char c : h) {
    if (blank(c)) { pending = !out.empty(); continue; }
    if (pending) { out += ' '; pending = false; }
    out += c;
  }
  return out;
}

scan_result scan(const document& doc) {
  scan_result r;
  std::string_view text = doc.clean();
  const auto& sents = doc.sentences();
  const auto& toks = doc.tokens();
  const auto& terms = doc.terms();

  // Which terms can start a label, and which announce: decided once per vocabulary entry.
  const auto& roles = term_roles();
  std::vector<std::uint8_t> term_flag(terms.size(), 0);
  for (std::size_t i = 0; i < terms.size(); ++i) term_flag[i] = roles.of(terms[i].folded);

  r.markers.resize(doc.paragraphs().size());
  for (std::size_t p = 0; p < doc.paragraphs().size(); ++p) {
    const auto& para = doc.paragraphs()[p];
    if (para.kind == block_kind::bullet)
      r.markers[p] = grammar::list_marker::match_marker(text.substr(para.src.begin, para.src.size()));
  }

  for (std::uint32_t si = 0; si < sents.size(); ++si) {
    const sentence& s = sents[si];
    if (s.kind == sentence_kind::meta) continue;
    std::string_view st = text.substr(s.src.begin, s.src.size());
    // Ordinal markers open a sentence: a cheap first-letter filter before the grammar.
    // The letters that open one (grammars/ordinal: "First", "And, thirdly", "My ...", "Their ...").
    static constexpr std::string_view openers = "FSTLIENAMOHYfstlienamohy";
    char c0 = st.empty() ? ' ' : st[0];
    if (openers.find(c0) != std::string_view::npos) {
      if (auto m = grammar::ordinal::match_marker(st))
        r.ordinals.push_back({si, m->value, s.src.begin + m->length, s.src.begin});
    }
    // "Let me highlight two: First, we must ...": a run may open after a colon inside a
    // sentence (its first marker only; the later ones start sentences).
    if (r.ordinals.empty() || r.ordinals.back().sentence != si) {
      std::size_t colon = st.find(':');
      while (colon != std::string_view::npos && colon + 2 < st.size() && !blank(st[colon + 1])) colon = st.find(':', colon + 1);
      if (colon != std::string_view::npos && colon + 2 < st.size()) {
        std::size_t at = colon + 1;
        while (at < st.size() && blank(st[at])) ++at;
        if (at < st.size() && st[at] == 'F')
          if (auto m = grammar::ordinal::match_marker(st.substr(at)); m && m->value == 1)
            r.ordinals.push_back({si, 1, s.src.begin + at + m->length, s.src.begin + at});
      }
    }
    for (std::uint32_t ti = s.first_token; ti < s.last_token; ++ti) {
      if (!(term_flag[toks[ti].term] & role_count)) continue;
      std::size_t at = toks[ti].begin;
      bool following = (term_flag[toks[ti].term] & role_following) != 0;
      if (following) {
        if (ti == s.first_token || !(term_flag[toks[ti - 1].term] & role_the)) continue;
        at = toks[ti - 1].begin;
      }
      auto m = grammar::counted_label::match_label(text.substr(at, s.src.end - at));
      if (!m) continue;
      label_hit h;
      h.src = {at, at + m->length};
      h.count = m->count;
      h.sentence = si;
      {
        // The label's first noun after the number decides: "two rounds of talks" → "rounds".
        std::uint32_t k = ti + 1;
        while (k < s.last_token && toks[k].begin < h.src.end && terms[toks[k].term].stop) ++k;
        if (k < s.last_token && toks[k].begin < h.src.end)
          h.referential = referential_noun(terms[toks[k].term].folded);
        // After a count the noun is plural ("three pillars of peace", "two problems persist");
        // with no plural word the count modifies a compound ("the second five year plan").
        // "Five-point plan" counts.
        if (h.count >= 2 && !h.referential && toks[ti].end < text.size() && text[toks[ti].end] != '-') {
          bool words = false, plural = false;
          for (std::uint32_t j = ti + 1; j < s.last_token && toks[j].begin < h.src.end; ++j) {
            std::string_view w = terms[toks[j].term].folded;
            if (w == "of" || terms[toks[j].term].stop) break;  // "three challenges I have set out"
            if (w.empty() || !detail::is_ascii_alpha(w.back())) continue;
            words = true;
            plural = plural || plural_noun(w);
          }
          if (words && !plural) h.referential = true;
        }
        // A numeral before capitalised words only is a rank or a name, not a count:
        // "2 Andy Roddick", "3 Lleyton Hewitt".
        if (detail::is_ascii_digit(text[at])) {
          bool common_noun = false;
          for (std::uint32_t j = ti + 1; j < s.last_token && toks[j].begin < h.src.end; ++j)
            common_noun = common_noun || detail::is_ascii_lower(text[toks[j].begin]);
          h.referential = h.referential || !common_noun;
        }
      }
      {
        std::uint32_t k = following ? ti - 1 : ti;  // the label's first token
        if (k > s.first_token && (term_flag[toks[k - 1].term] & role_the)) --k;  // "in the three ..."
        h.after_preposition = k > s.first_token && (term_flag[toks[k - 1].term] & role_preposition);
      }
      // A verb just before it announces content: "summarized seven points", "put forward",
      // "unveiled his party's six pledges"; a preposition between them breaks the link
      // ("offered for sale at three auctions", "named it winner in five categories").
      for (std::uint32_t k = ti, back = 0; k > s.first_token && back < 4; --k, ++back) {
        if (term_flag[toks[k - 1].term] & role_announce) { h.announced = true; break; }
        if (term_flag[toks[k - 1].term] & role_preposition) break;
        if (k >= 2 && k - 2 >= s.first_token && phrasal_announce(terms[toks[k - 2].term].folded, terms[toks[k - 1].term].folded)) {
          h.announced = true;
          break;
        }
      }
      // What follows the label in its sentence.
      std::size_t q = h.src.end;
      while (q < s.src.end) {
        std::size_t n = closer_len(text.data() + q, text.data() + s.src.end);
        if (!n) break;
        q += n;
      }
      // Introducers sit close to their label ("four red lines that brook no challenge, namely"):
      // looking a bounded distance ahead keeps long sentences linear.
      std::string_view rest = text.substr(q, std::min<std::size_t>(s.src.end - q, 240));
      std::size_t k = 0;
      while (k < rest.size() && blank(rest[k])) ++k;
      bool whole = q + rest.size() == s.src.end;
      h.ends_sentence = whole && (k == rest.size() || rest.find_first_not_of(" .:;!?\"'\n", k) == std::string_view::npos);
      if (k < rest.size() && rest[k] == ':') {
        h.list_body = q + k + 1;
      } else if (std::size_t dash = dash_at(rest, k); dash && h.count >= 2 && !h.referential) {
        // "three deficits - peace, development and governance -": the list sits between dashes.
        // A dash also closes parentheticals ("two young girls - have been taken"), so such a
        // list must name every item and must not open with a function word or verb.
        h.list_body = q + k + dash;
        h.examples = true;
        std::string_view first = rest.substr(k + dash, rest.find(' ', k + dash) - (k + dash));
        if (clause_opener(first) && !one_the_other(rest.substr(k + dash))) {
          h.list_body = 0;
        } else {
          std::string_view after = rest.substr(k + dash);
          for (std::size_t j = 0; j < after.size(); ++j)
            if (after[j] == ' ' && dash_at(after, j + 1)) {
              h.list_end = h.list_body + j;
              break;
            }
        }
      } else if ((h.count >= 2 || h.count == 0) && !h.referential) {  // only these may head an inline list
        // Hard wrapping puts line breaks where spaces were: the introducers are searched in a
        // copy with single line breaks read as spaces (same offsets).
        std::string flat(rest);
        std::replace(flat.begin(), flat.end(), '\n', ' ');
        const std::string_view frest = flat;
        // A colon further on introduces this label's list only across a relative clause or a
        // complement ("the 'three noes' that have guided ... for three decades: no ...", "three
        // priorities of the Union's trade policy: ..."), not across arbitrary words ("two
        // passengers inside ...: The passengers ...").
        std::string_view next_word = frest.substr(k, frest.find(' ', k) - k);
        bool relative = next_word == "that" || next_word == "which" || next_word == "who" ||
                        next_word == "whose" || next_word == "of" || next_word == "for" ||
                        (k < rest.size() && (rest[k] == ',' || rest[k] == '('));
        for (std::string_view intro : {", namely, ", ", namely ", " namely ", ", i.e. ", ", including ", ": "}) {
          std::size_t f = frest.find(intro);
          if (f != std::string_view::npos) {
            h.list_body = q + f + intro.size();
            // Across other words ("two major problems facing the United Nations: A and B", "two
            // other major subjects also command our attention: A, and B") a colon introduces
            // this label's list only when the list names every announced item.
            h.examples = intro == ", including " || (intro == ": " && !relative);
            // "two seats in the category of ... with the same rights, including the right of
            // veto": an "including" list belongs to the nearest plural noun before it, so a
            // plural closing the words between takes it from the label ("Three new prizes have
            // been added this year, including A, B and C" keeps it; relative clauses too).
            if (intro == ", including " && f != k) {
              bool clause = next_word == "that" || next_word == "which" || next_word == "who" || next_word == "whose";
              std::string_view gap = frest.substr(k, f - k);
              std::string_view last_word = gap.substr(gap.rfind(' ') == std::string_view::npos ? 0 : gap.rfind(' ') + 1);
              bool plural = last_word.size() > 3 && last_word.back() == 's' && !last_word.ends_with("ss") &&
                            detail::is_ascii_lower(last_word.front());
              if (!clause && plural) {
                h.list_body = 0;
                h.examples = false;
                break;
              }
            }
            // "...: The passengers and the driver were not hurt" opens a sentence, not a list.
            std::string_view after = rest.substr(f + intro.size());
            bool sentence_opens = after.starts_with("The ") || after.starts_with("A ") ||
                                  after.starts_with("An ") || after.starts_with("It ") ||
                                  after.starts_with("This ") || after.starts_with("In ");
            h.distant = intro == ": " && !relative;
            // "either of the following two criteria are eligible: A disability ...; or A ...":
            // "the following" announces what the colon opens.
            if (h.distant && (!attaching_gap(rest.substr(k, f - k)) || (sentence_opens && !following))) h.list_body = 0;
            break;
          }
        }
        // A dash after a relative clause or complement encloses the list as one right after the
        // label does ("the two options that exist for resolving crises - A on the one hand, B on
        // the other -", "two visions of the world order - one open, the other closed"):
        // complete lists only.
        if (!h.list_body && relative && rest[k] != ',' && h.count >= 2) {
          for (std::size_t j = k; j < frest.size(); ++j) {
            // A comma before the dash means the words between hold a list or clause of their
            // own ("with two nominations, are A, B and C - written, directed ...").
            if (frest[j] == ',') break;
            std::size_t far_dash = frest[j] == ' ' ? dash_at(frest, j + 1) : 0;
            if (!far_dash) continue;
            std::size_t body = j + 1 + far_dash;
            std::string_view first = frest.substr(body, frest.find(' ', body) - body);
            if (!attaching_gap(rest.substr(k, j - k)) || (clause_opener(first) && !one_the_other(frest.substr(body))))
              break;
            h.list_body = q + body;
            h.examples = true;
            h.distant = true;
            for (std::size_t e = body; e < frest.size(); ++e)
              if (frest[e] == ' ' && dash_at(frest, e + 1)) {
                h.list_end = q + e;
                break;
              }
            break;
          }
        }
        // A copula attaches the list too: "The three key issues to be tackled are expansion,
        // transparency and ...": complete lists only, the verb close to the label.
        if (!h.list_body && h.count >= 2) {
          std::size_t are = frest.find(" are ");
          std::string_view before = rest.substr(0, are);
          std::string_view next = are == std::string_view::npos ? std::string_view() : frest.substr(are + 5);
          next = next.substr(0, next.find(' '));
          // "are expansion, transparency and ...", not "are particularly worried", "are held".
          bool nominal = !next.empty() && !clause_opener(next) && !next.ends_with("ly") &&
                         !next.ends_with("ed") && !next.ends_with("ing");
          // A colon after the copula opens the list, not the copula ("are eligible for aid: A").
          bool colon_after = are != std::string_view::npos && frest.find(':', are) != std::string_view::npos;
          if (are != std::string_view::npos && are <= max_copula_distance && nominal && !colon_after &&
              before.find_first_of(",;:()") == std::string_view::npos && attaching_gap(before)) {
            h.list_body = q + are + 5;
            h.examples = true;
            h.copula = true;
            h.distant = true;
          }
        }
      }
      if (!h.list_body && h.ends_sentence && h.count >= 2 && !h.referential) resumed_list(doc, si, h);
      r.labels.push_back(h);
      // Skip the tokens inside the label.
      while (ti + 1 < s.last_token && toks[ti + 1].begin < h.src.end) ++ti;
    }
  }
  return r;
}

}  // namespace precis::detail
