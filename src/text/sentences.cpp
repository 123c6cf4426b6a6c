// Sentence boundaries inside one block. A boundary is . ! ? or … (repeated or not), optional
// closing quotes/brackets, then white space; the abbreviation lists decide the doubtful cases.
#include "text/chars.hpp"
#include "text/layout.hpp"
#include "text/lexicon.hpp"
#include "text/sentences.hpp"

#include <precis/text/normalize.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace precis::detail {
namespace {

bool is_terminal(const char* p, const char* end, std::size_t& len) {
  if (*p == '.' || *p == '!' || *p == '?') { len = 1; return true; }
  if (end - p >= 3 && static_cast<unsigned char>(p[0]) == 0xE2 &&
      static_cast<unsigned char>(p[1]) == 0x80 && static_cast<unsigned char>(p[2]) == 0xA6) {
    len = 3;  // …
    return true;
  }
  return false;
}

// The word before position `dot` (back to white space), without leading opening punctuation.
std::string_view word_before(const char* begin, const char* dot) {
  const char* k = dot;
  while (k > begin && !(k[-1] == ' ' || k[-1] == '\n' || k[-1] == '\t')) --k;
  while (k < dot) {
    std::size_t n = opener_len(k, dot);
    if (!n) break;
    k += n;
  }
  return {k, static_cast<std::size_t>(dot - k)};
}

// The word at p (letters and apostrophes), folded.
std::string next_word(const char* p, const char* end) {
  std::string w;
  const char* k = p;
  while (k < end && (is_ascii_alpha(*k) || *k == '\'' || static_cast<unsigned char>(*k) >= 0x80)) {
    if (space_len(k, end)) break;
    ++k;
  }
  fold_word(std::string_view(p, static_cast<std::size_t>(k - p)), w);
  return w;
}

bool dotted_initials(std::string_view w) {
  // U.S, G.W, D.C (the final dot is the candidate itself)
  if (w.size() < 3) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    bool letter_slot = i % 2 == 0;
    if (letter_slot ? !is_ascii_alpha(w[i]) : w[i] != '.') return false;
  }
  return w.size() % 2 == 1;
}

bool marker_only(std::string_view w) {
  // "1", "a", "iv", "IV": a list marker that opened the sentence
  if (w.empty() || w.size() > 4) return false;
  bool digits = true, roman = true;
  for (char c : w) {
    digits = digits && is_ascii_digit(c);
    roman = roman && std::string_view("ivxlcdmIVXLCDM").find(c) != std::string_view::npos;
  }
  return digits || roman || (w.size() == 1 && is_ascii_alpha(w[0]));
}

// "1", "505", "101a", "II", "4.2": the number of a numbered part.
bool part_number(std::string_view w) {
  if (w.empty() || w.size() > 8) return false;
  bool digit = is_ascii_digit(w[0]);
  for (char c : w)
    if (!(is_ascii_digit(c) || is_ascii_alpha(c) || c == '.' || c == '-')) return false;
  if (digit) return true;
  for (char c : w)
    if (std::string_view("ivxlcdmIVXLCDM").find(c) == std::string_view::npos) return false;
  return true;
}

// True when the sentence so far is a designator and `tok`: "SECTION 1", "Sec. 505", "Art. IV".
bool designated_part(const char* sent_begin, std::string_view tok) {
  if (!part_number(tok)) return false;
  const char* k = sent_begin;
  const char* stop = tok.data();
  while (k < stop && !(*k == ' ' || *k == '\n' || *k == '\t')) ++k;
  std::string_view first(sent_begin, static_cast<std::size_t>(k - sent_begin));
  while (k < stop && (*k == ' ' || *k == '\n' || *k == '\t')) ++k;
  if (k != stop) return false;  // more than one word before the number
  if (!first.empty() && first.back() == '.') first.remove_suffix(1);
  std::string low;
  fold_word(first, low);
  return is_designator(low);
}

bool is_boundary(const char* sent_begin, const char* cand, std::size_t punct_len, bool closed,
                 const char* next, const char* end) {
  // Skip opening punctuation to see the next word's first letter.
  const char* q = next;
  while (q < end) {
    std::size_t n = opener_len(q, end);
    if (!n) break;
    q += n;
  }
  if (q >= end) return true;
  if (starts_lower(q, end)) return false;
  bool upper = starts_upper(q, end) || is_ascii_digit(*q) || q != next ||
               static_cast<unsigned char>(*q) >= 0x80;
  bool single_dot = punct_len == 1 && *cand == '.';
  if (!upper) return !single_dot && *q != '-';
  if (!single_dot) return true;
  if (closed) return true;
  std::string_view tok = word_before(sent_begin, cand);
  if (tok.data() == sent_begin && marker_only(tok)) return false;
  if (designated_part(sent_begin, tok)) return false;
  // "China-U.S." and "US/U.K.": the abbreviation is the last part of a compound.
  if (auto cut = tok.find_last_of("-/"); cut != std::string_view::npos) tok.remove_prefix(cut + 1);
  std::string low;
  fold_word(tok, low);
  if (is_title(low) || is_never_final(low)) return false;
  bool digit_next = is_ascii_digit(*q);
  if (is_month_abbreviation(low) && digit_next) return false;
  if (is_abbreviation(low) || dotted_initials(tok) || (tok.size() == 1 && is_ascii_upper(tok[0])))
    return !digit_next && is_opener(next_word(q, end));
  return true;
}

}  // namespace

void split_sentences(std::string_view text, std::size_t b, std::size_t e, std::vector<span>& out) {
  const char* base = text.data();
  const char* end = base + e;
  auto skip_space = [&](const char* p) {
    while (p < end) {
      std::size_t n = space_len(p, end);
      if (!n) break;
      p += n;
    }
    return p;
  };
  auto emit = [&](const char* s, const char* t) {
    while (t > s && (t[-1] == ' ' || t[-1] == '\n' || t[-1] == '\t' || t[-1] == '\r')) --t;
    if (t > s) out.push_back({static_cast<std::size_t>(s - base), static_cast<std::size_t>(t - base)});
  };
  const char* start = skip_space(base + b);
  const char* p = start;
  // Bytes that may start a sentence end: . ! ? and the lead byte of "…".
  static const std::array<bool, 256> candidate = [] {
    std::array<bool, 256> t{};
    t['.'] = t['!'] = t['?'] = t[0xE2] = true;
    return t;
  }();
  while (p < end) {
    // Jump to the next candidate character quickly: eight bytes at a time while none of them
    // is . ! ? or 0xE2 (a word has a zero byte after XOR with the pattern).
    while (end - p >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      constexpr std::uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
      auto has = [&](unsigned char c) {
        std::uint64_t x = w ^ (ones * c);
        return ((x - ones) & ~x & high) != 0;
      };
      if (has('.') || has('!') || has('?') || has(0xE2)) break;
      p += 8;
    }
    if (p >= end) break;
    if (!candidate[static_cast<unsigned char>(*p)]) { ++p; continue; }
    std::size_t len;
    if (!is_terminal(p, end, len)) { ++p; continue; }
    const char* cand = p;
    const char* q = p + len;
    std::size_t more;
    while (q < end && is_terminal(q, end, more)) q += more;
    const std::size_t punct_len = static_cast<std::size_t>(q - cand);
    bool closed = false;
    while (q < end) {
      std::size_t n = closer_len(q, end);
      if (!n) break;
      q += n;
      closed = true;
    }
    if (q < end && !space_len(q, end)) { p = q > p ? q : p + 1; continue; }
    const char* next = skip_space(q);
    if (next >= end) break;
    if (is_boundary(start, cand, punct_len, closed, next, end)) {
      emit(start, q);
      start = next;
    }
    p = next;
  }
  emit(start, end);
}

bool line_break_ends_sentence(std::string_view line, std::string_view next) {
  // The splitter decides on the two lines joined by the break; only the next line's first
  // words matter to it.
  std::string joined;
  joined.reserve(line.size() + 1 + std::min<std::size_t>(next.size(), 64));
  joined.append(line).push_back('\n');
  const std::size_t cut = joined.size();
  joined.append(next.substr(0, std::min<std::size_t>(next.size(), 64)));
  std::vector<span> spans;
  split_sentences(joined, 0, joined.size(), spans);
  for (const span& s : spans)
    if (s.begin == cut) return true;
  return false;
}

}  // namespace precis::detail
