#include "text/layout.hpp"

#include "list_marker/match.hpp"
#include "text/chars.hpp"
#include "text/sentences.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

namespace precis::detail {
namespace {

struct line {
  std::size_t begin, end;  // trimmed content; begin == end for a blank line
  std::size_t raw_begin, raw_end;
};

std::vector<line> split_lines(std::string_view s) {
  std::vector<line> out;
  const char* base = s.data();
  const char* end = base + s.size();
  std::size_t pos = 0;
  while (pos <= s.size()) {
    const void* nl = std::memchr(base + pos, '\n', s.size() - pos);
    std::size_t stop = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - base) : s.size();
    std::size_t b = pos, e = stop;
    while (b < e) {
      std::size_t n = space_len(base + b, end);
      if (!n) break;
      b += n;
    }
    while (e > b) {  // trailing blanks: ASCII, or the last byte of a multi-byte space
      std::size_t k = e - 1;
      while (k > b && (static_cast<unsigned char>(base[k]) & 0xC0) == 0x80) --k;
      std::size_t n = space_len(base + k, end);
      if (!n || k + n != e) break;
      e = k;
    }
    out.push_back({b, e, pos, stop});
    if (!nl) break;
    pos = stop + 1;
  }
  return out;
}

std::size_t count_words(std::string_view t) noexcept {
  std::size_t n = 0;
  bool in = false;
  for (char c : t) {
    bool sp = c == ' ' || c == '\t' || c == '\n';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

bool has_letter(std::string_view t) noexcept {
  for (char c : t)
    if (is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0xC0) return true;
  return false;
}

}  // namespace

std::size_t list_marker_length(std::string_view s) noexcept {
  // The list-marker grammar is the one definition of what a marker is (grammars/list_marker).
  return grammar::list_marker::marker_length(s);
}

bool ends_sentence(std::string_view t) noexcept {
  const char* b = t.data();
  const char* e = b + t.size();
  while (e > b) {
    const char* k = e - 1;
    while (k > b && (static_cast<unsigned char>(*k) & 0xC0) == 0x80) --k;
    if (closer_len(k, e) == static_cast<std::size_t>(e - k)) { e = k; continue; }
    break;
  }
  if (e == b) return false;
  char c = e[-1];
  if (c == '.' || c == '!' || c == '?' || c == ':') return true;
  return e - b >= 3 && std::string_view(e - 3, 3) == "\xE2\x80\xA6";  // …
}

bool heading_like(std::string_view t) noexcept {
  // A subtitle may open with a dash: "—Exploring a New Framework ..."
  for (std::string_view d : {"\xE2\x80\x94", "\xE2\x80\x93"})
    if (t.substr(0, d.size()) == d) t.remove_prefix(d.size());
  if (t.empty() || t.size() > 120) return false;
  if (!(starts_upper(t.data(), t.data() + t.size()) || is_ascii_digit(t[0]) || opener_len(t.data(), t.data() + t.size())))
    return false;
  char last = t.back();
  if (t.find('\n') != std::string_view::npos) return false;
  std::size_t w = count_words(t);
  // A short question on its own line is a heading too: "What Does Europe Want?"
  if (last == '?') return w >= 2 && w <= 10 && has_letter(t) && t.find_first_of(".!?") == t.size() - 1;
  if (last == '.' || last == '!' || last == ':' || last == ';' || last == ',') return false;
  if (ends_sentence(t)) return false;
  return w >= 1 && w <= 16 && has_letter(t);
}

layout_result analyse_layout(std::string_view src, bool pdf_cleanup) {
  layout_result r;
  std::vector<line> lines = split_lines(src);

  // 1. Blocks: runs of non-blank lines, cut before a list marker and after a line that ends
  //    a sentence (one paragraph per line in many feeds), kept whole otherwise (hard wraps).
  //    A short title-like line that opens its block is a heading of its own when the next line
  //    starts a sentence: text with one paragraph per line and no blank lines glues every
  //    heading to its first sentence otherwise. "Short" is against the text's own long lines,
  //    so the last words of a hard-wrapped paragraph are not mistaken for one.
  std::vector<std::size_t> lengths;
  for (const line& ln : lines)
    if (ln.end > ln.begin) lengths.push_back(ln.end - ln.begin);
  std::size_t long_line = 0;
  if (!lengths.empty()) {
    auto k = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() * 9 / 10);
    std::nth_element(lengths.begin(), k, lengths.end());
    long_line = *k;
  }
  struct raw_block { std::size_t first, last; };  // line indices [first, last]
  std::vector<raw_block> raw;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& ln = lines[i];
    if (ln.begin == ln.end) continue;
    bool cont = !raw.empty() && raw.back().last + 1 == i;
    if (cont) {
      const line& prev = lines[i - 1];
      std::string_view pt = src.substr(prev.begin, prev.end - prev.begin);
      std::string_view ct = src.substr(ln.begin, ln.end - ln.begin);
      // A line ending in "." ends its paragraph only when the splitter agrees the break ends
      // a sentence ("signed by Thomas W." + "Harris" and "Pub. L." + "118-5" do not).
      if (list_marker_length(ct) || (ends_sentence(pt) && line_break_ends_sentence(pt, ct))) cont = false;
      else if (raw.back().first == i - 1 && heading_like(pt) && pt.size() * 10 < long_line * 6 &&
               count_words(pt) <= 10 && starts_upper(ct.data(), ct.data() + ct.size()))
        cont = false;
    }
    if (cont) raw.back().last = i;
    else raw.push_back({i, i});
  }

  // 2. Running headers/footers: one-line blocks repeated at least three times.
  std::vector<bool> dropped(raw.size(), false);
  if (pdf_cleanup) {
    std::unordered_map<std::string_view, std::size_t> seen;
    auto key = [&](const raw_block& b) -> std::string_view {
      if (b.first != b.last) return {};
      const line& ln = lines[b.first];
      std::string_view t = src.substr(ln.begin, ln.end - ln.begin);
      if (t.size() > 100 || !has_letter(t) || list_marker_length(t) || count_words(t) > 14) return {};
      char last = t.back();
      if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';') return {};
      return t;
    };
    for (auto& b : raw)
      if (auto k = key(b); !k.empty()) ++seen[k];
    for (std::size_t i = 0; i < raw.size(); ++i)
      if (auto k = key(raw[i]); !k.empty() && seen[k] >= 3) {
        dropped[i] = true;
        const line& ln = lines[raw[i].first];
        r.removed.push_back({ln.begin, ln.end});
      }
  }

  // 3. Rejoin: a fragment continues the previous block when it starts in lower case, or when
  //    a running header stood between them and the previous one does not end a sentence.
  std::vector<std::pair<std::size_t, std::size_t>> gaps;  // byte ranges to blank
  bool header_between = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (dropped[i]) { header_between = true; continue; }
    std::size_t b = lines[raw[i].first].begin, e = lines[raw[i].last].end;
    std::string_view t = src.substr(b, e - b);
    bool join = false;
    if (pdf_cleanup && !r.blocks.empty() && !list_marker_length(t)) {
      const block& prev = r.blocks.back();
      std::string_view pt = src.substr(prev.begin, prev.end - prev.begin);
      bool lower = starts_lower(t.data(), t.data() + t.size());
      join = (lower && !ends_sentence(pt)) ||
             (lower && header_between) ||
             (header_between && !ends_sentence(pt) && !heading_like(pt) && !heading_like(t));
    }
    if (join) {
      block& prev = r.blocks.back();
      gaps.push_back({prev.end, b});
      prev.end = e;
      prev.rejoined = true;
    } else {
      { block nb; nb.begin = b; nb.end = e; r.blocks.push_back(nb); }
    }
    header_between = false;
  }

  if (!gaps.empty() || !r.removed.empty()) {
    r.clean.assign(src);
    for (auto [b, e] : gaps) std::fill(r.clean.begin() + static_cast<std::ptrdiff_t>(b), r.clean.begin() + static_cast<std::ptrdiff_t>(e), ' ');
    for (auto s : r.removed) std::fill(r.clean.begin() + static_cast<std::ptrdiff_t>(s.begin), r.clean.begin() + static_cast<std::ptrdiff_t>(s.end), ' ');
  }

  // 4. Kinds from layout alone (metadata is recognised later, by its grammar).
  std::string_view text = r.clean.empty() ? src : std::string_view(r.clean);
  for (auto& b : r.blocks) {
    std::string_view t = text.substr(b.begin, b.end - b.begin);
    if (list_marker_length(t)) b.kind = block_kind::bullet;
    else if (!b.rejoined && heading_like(t)) b.kind = block_kind::heading;
  }
  return r;
}

}  // namespace precis::detail
