#pragma once
// What every fuzz target checks beyond "no crash": the promises of the public API. A broken
// promise prints what broke and aborts, which libFuzzer (and the replay driver) report.
#include <precis/extract/enumeration.hpp>
#include <precis/text/document.hpp>

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace precis::fuzz {

[[noreturn]] inline void broken(const char* what, std::size_t a = 0, std::size_t b = 0) {
  std::fprintf(stderr, "invariant broken: %s (%zu, %zu)\n", what, a, b);
  std::abort();
}
#define PRECIS_CHECK(cond, ...) \
  do {                          \
    if (!(cond)) ::precis::fuzz::broken(#cond, ##__VA_ARGS__); \
  } while (0)

/// Whether `s` is well-formed UTF-8 (shortest forms, no surrogates, at most U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    if (n == 2 && c < 0xC2) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    if (n == 3) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0)) return false;
    }
    if (n == 4) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if ((c == 0xF0 && d < 0x90) || c > 0xF4 || (c == 0xF4 && d >= 0x90)) return false;
    }
    i += n;
  }
  return true;
}

/// Offset `at` starts a character (or is the end) of `s`.
inline bool on_boundary(std::string_view s, std::size_t at) {
  return at == s.size() || (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80);
}

/// A span lies in the input, is ordered and starts and ends on character boundaries.
inline void check_span(std::string_view src, span s, const char* what) {
  if (!(s.begin <= s.end && s.end <= src.size())) broken(what, s.begin, s.end);
  if (!on_boundary(src, s.begin) || !on_boundary(src, s.end)) broken(what, s.begin, s.end);
}

/// The document model: every unit inside the input, in order, consistently indexed.
inline void check_document(const document& d) {
  const std::string_view src = d.source();
  PRECIS_CHECK(d.clean().size() == src.size());
  PRECIS_CHECK(valid_utf8(src));
  const auto& ps = d.paragraphs();
  const auto& ss = d.sentences();
  const auto& ts = d.tokens();
  std::size_t prev_end = 0;
  for (std::size_t p = 0; p < ps.size(); ++p) {
    check_span(src, ps[p].src, "paragraph span");
    PRECIS_CHECK(ps[p].src.begin >= prev_end, p, ps[p].src.begin);
    prev_end = ps[p].src.end;
    PRECIS_CHECK(ps[p].first_sentence <= ps[p].last_sentence && ps[p].last_sentence <= ss.size(), p);
  }
  prev_end = 0;
  for (std::size_t i = 0; i < ss.size(); ++i) {
    const sentence& s = ss[i];
    check_span(src, s.src, "sentence span");
    PRECIS_CHECK(s.src.begin >= prev_end, i, s.src.begin);
    prev_end = s.src.end;
    PRECIS_CHECK(s.paragraph < ps.size(), i, s.paragraph);
    PRECIS_CHECK(ps[s.paragraph].src.contains(s.src), i, s.paragraph);
    PRECIS_CHECK(ps[s.paragraph].first_sentence <= i && i < ps[s.paragraph].last_sentence, i, s.paragraph);
    PRECIS_CHECK(s.first_token <= s.last_token && s.last_token <= ts.size(), i);
    for (std::uint32_t k = s.first_token; k < s.last_token; ++k)
      PRECIS_CHECK(s.src.contains(ts[k].src()), i, k);
    PRECIS_CHECK(valid_utf8(d.text(s.src)), i);
  }
  prev_end = 0;
  for (std::size_t k = 0; k < ts.size(); ++k) {
    check_span(src, ts[k].src(), "token span");
    PRECIS_CHECK(!ts[k].src().empty() && ts[k].begin >= prev_end, k, ts[k].begin);
    prev_end = ts[k].end;
    PRECIS_CHECK(ts[k].term < d.terms().size(), k);
    PRECIS_CHECK(d.terms()[ts[k].term].stem < d.stems().size(), k);
  }
  for (const span& r : d.removed()) check_span(src, r, "removed span");
}

/// An enumeration tree: spans in the input; items ordered, numbered 1..n, inside their
/// enumeration; an item's children in its region (from the item's start to the next item's
/// start: nested lists follow their item's own line); the count check agrees with the counts.
inline void check_enumeration(std::string_view src, const enumeration& e, int depth = 0) {
  PRECIS_CHECK(depth < 64, depth);
  check_span(src, e.src, "enumeration span");
  PRECIS_CHECK(e.count_ok.has_value() == e.declared_count.has_value());
  if (e.declared_count) {
    PRECIS_CHECK(*e.declared_count > 0, static_cast<std::size_t>(*e.declared_count));
    PRECIS_CHECK(*e.count_ok == (static_cast<std::size_t>(*e.declared_count) == e.items.size()),
                 static_cast<std::size_t>(*e.declared_count), e.items.size());
  }
  if (e.kind == enumeration_kind::declared_only) PRECIS_CHECK(e.items.empty(), e.items.size());
  if (e.label) PRECIS_CHECK(valid_utf8(*e.label));
  std::size_t prev_end = 0;
  for (std::size_t i = 0; i < e.items.size(); ++i) {
    const item& it = e.items[i];
    check_span(src, it.src, "item span");
    PRECIS_CHECK(e.src.contains(it.src), it.src.begin, it.src.end);
    PRECIS_CHECK(it.src.begin >= prev_end, i, it.src.begin);
    prev_end = it.src.end;
    // Numbered items carry the number written ("2." first when a list starts at 2, SPEC 5), so
    // ordinals are non-negative and rising, not necessarily 1..n.
    PRECIS_CHECK(it.ordinal >= 0, i, static_cast<std::size_t>(it.ordinal));
    PRECIS_CHECK(i == 0 || it.ordinal > e.items[i - 1].ordinal, i, static_cast<std::size_t>(it.ordinal));
    PRECIS_CHECK(valid_utf8(it.text) && valid_utf8(it.head) && valid_utf8(it.marker), i);
    PRECIS_CHECK(it.text.find('\n') == std::string::npos, i);
    const std::size_t region_end = i + 1 < e.items.size() ? e.items[i + 1].src.begin : src.size();
    for (const enumeration& c : it.children) {
      PRECIS_CHECK(c.src.begin >= it.src.begin && c.src.end <= region_end, c.src.begin, c.src.end);
      check_enumeration(src, c, depth + 1);
    }
  }
}

/// Builds the document the way most targets want it: --repair, so every input is usable.
/// Returns false (nothing to check) only for inputs over the library's size limit.
inline bool repaired(const std::uint8_t* data, std::size_t size, document& out, bool pdf_cleanup = true) {
  load_options opt;
  opt.repair = true;
  opt.pdf_cleanup = pdf_cleanup;
  out = document::from_string(std::string(reinterpret_cast<const char*>(data), size), "fuzz", opt);
  return true;
}

}  // namespace precis::fuzz
