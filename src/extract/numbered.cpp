// Numbered section headings and numbered paragraphs (see numbered.hpp).
#include "extract/numbered.hpp"

#include "text/layout.hpp"

#include <algorithm>

namespace precis::detail {
namespace {

using grammar::list_marker::family;
using grammar::list_marker::marker_match;

/// Words a numbered line ending in a colon may have and still title a section
/// ("1. Introduction:"); a longer one introduces a list ("1. The measures are the following:").
constexpr long max_colon_heading_words = 5;

/// Unnumbered paragraphs a numbered item ("(1) ...") may run over before its successor: the
/// number is explicit, so items may run longer than an ordinal word's (sentence_runs.cpp's
/// max_item_paragraphs).
constexpr std::size_t max_numbered_item_paragraphs = 24;

/// Bytes of a paragraph's start read for its number: "999." and a blank fit many times over.
constexpr std::size_t max_number_probe = 48;

class numbered {
public:
  explicit numbered(numbered_input in) : in_(in), text_(in.doc.clean()) {}

  const paragraph& para(std::size_t p) const { return in_.doc.paragraphs()[p]; }
  std::size_t paragraph_count() const { return in_.doc.paragraphs().size(); }
  std::string_view slice(span s) const { return text_.substr(s.begin, s.size()); }
  bool heading(std::size_t p) const { return para(p).kind == block_kind::heading; }
  bool numbered_heading(std::size_t p) const { return in_.numbers[p].has_value(); }
  // The number leading a list line, or a text paragraph.
  const std::optional<marker_match>& marker(std::size_t p) const {
    return in_.scan.markers[p] ? in_.scan.markers[p] : in_.paragraph_numbers[p];
  }
  bool taken(std::size_t p) const { return in_.builder.taken(p); }

  void headings(std::vector<enumeration>& out) {
    for (std::size_t p = 0; p < paragraph_count(); ++p) {
      if (taken(p) || !numbered_heading(p)) continue;
      const auto& first = *in_.numbers[p];
      std::size_t q = p;
      int expect = first.value;
      std::vector<std::size_t> heads;
      while (q < paragraph_count()) {
        if (numbered_heading(q) && in_.numbers[q]->style == first.style && in_.numbers[q]->value == expect) {
          heads.push_back(q);
          ++expect;
          ++q;
          continue;
        }
        if (heading(q) || (marker(q) && marker(q)->style == first.style)) break;
        ++q;
      }
      // Prose must follow each heading, or it is a plain numbered list.
      if (heads.size() < 2) continue;
      bool prose = true;
      for (std::size_t k = 0; k < heads.size(); ++k) {
        std::size_t next = k + 1 < heads.size() ? heads[k + 1] : q;
        prose = prose && next > heads[k] + 1;
      }
      if (!prose) continue;
      enumeration e;
      e.kind = enumeration_kind::headed_sections;
      for (std::size_t k = 0; k < heads.size(); ++k) {
        std::size_t h = heads[k], next = k + 1 < heads.size() ? heads[k + 1] : q;
        const auto& m = *in_.numbers[h];
        // The ordinal is the number written ("2." after a preamble is item 2).
        e.items.push_back(in_.builder.make_item(m.value, para(h).src, m.marker,
                                                in_.doc.text({para(h).src.begin + m.length, para(h).src.end})));
        in_.builder.section_item(e.items.back(), h, next);
      }
      in_.builder.finish(e, p);
      out.push_back(std::move(e));
      p = q - 1;
    }
  }

  // "(1) First and foremost, ..." + prose paragraphs + "(2) Second, ..." + prose: numbered list
  // lines whose items run over the paragraphs up to the next number. A run without any prose
  // between its numbers is a plain list (bullets).
  // On failure `resume` (when given) is the first paragraph a later run may start at: a run
  // from any of the numbers seen would end where this one did, and fail the same way.
  std::optional<enumeration> run_from(std::size_t& p, std::size_t end, std::size_t* resume = nullptr) {
    if (resume) *resume = p + 1;
    const auto& first = marker(p);
    if (!first || first->kind == family::bullet || numbered_heading(p) || taken(p)) return std::nullopt;
    std::vector<std::size_t> heads{p};
    std::size_t q = p + 1, gap = 0;
    bool prose = false, text_since_head = false;
    for (; q < end && !taken(q) && !heading(q) && !numbered_heading(q); ++q) {
      const auto& m = marker(q);
      if (m && m->style == first->style) {
        if (m->value != marker(heads.back())->value + 1) break;  // numbering restarts
        heads.push_back(q);
        // Numbered text paragraphs ("1. We welcome ...") are prose themselves.
        prose = prose || text_since_head || para(q).kind == block_kind::text;
        gap = 0;
        text_since_head = false;
        continue;
      }
      text_since_head = text_since_head || para(q).kind == block_kind::text;
      if (++gap > max_numbered_item_paragraphs) break;
    }
    if (heads.size() < 2) return std::nullopt;
    if (!prose) {
      if (resume) *resume = heads.back() + 1;
      return std::nullopt;
    }
    // The last item keeps as many continuation paragraphs as the longest other item, at most,
    // and never runs past a heading or the region's end.
    std::size_t longest = 0;
    for (std::size_t k = 0; k + 1 < heads.size(); ++k) longest = std::max(longest, heads[k + 1] - heads[k]);
    std::size_t last_end = heads.back() + 1;
    while (last_end < q && last_end - heads.back() < longest &&
           (para(last_end).kind == block_kind::text || para(last_end).kind == block_kind::bullet))
      ++last_end;
    enumeration e;
    e.kind = enumeration_kind::paragraphs;
    for (std::size_t k = 0; k < heads.size(); ++k) {
      std::size_t h = heads[k], stop = k + 1 < heads.size() ? heads[k + 1] : last_end;
      const auto& m = *marker(h);
      e.items.push_back(in_.builder.make_item(m.value, {para(h).src.begin, para(stop - 1).src.end}, m.marker,
                                              key_phrase(slice(para(h).src).substr(m.length))));
      in_.builder.section_item(e.items.back(), h, stop);
    }
    in_.builder.finish(e, p);
    p = last_end;
    return e;
  }

private:
  numbered_input in_;
  std::string_view text_;
};

}  // namespace

section_numbers find_paragraph_numbers(const document& doc) {
  std::string_view text = doc.clean();
  section_numbers out(doc.paragraphs().size());
  for (std::size_t p = 0; p < doc.paragraphs().size(); ++p) {
    const paragraph& pa = doc.paragraphs()[p];
    if (pa.kind != block_kind::text) continue;
    std::string_view t = text.substr(pa.src.begin, std::min<std::size_t>(pa.src.size(), max_number_probe));
    std::size_t digits = 0;
    while (digits < t.size() && digits < 3 && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (digits == 0 || digits >= t.size() || (t[digits] != '.' && t[digits] != ')')) continue;
    // A narrow or plain no-break space after the number reads as the blank the marker grammar
    // expects ("1.\u202FWe ..."): one blank stands in for its bytes.
    std::string probe(t);
    std::size_t extra = 0;
    for (std::string_view nb : {std::string_view("\xE2\x80\xAF"), std::string_view("\xC2\xA0")})
      if (probe.compare(digits + 1, nb.size(), nb) == 0) {
        probe.replace(digits + 1, nb.size(), " ");
        extra = nb.size() - 1;
        break;
      }
    auto m = grammar::list_marker::match_marker(probe);
    if (!m || m->kind != family::arabic) continue;
    m->length += extra;
    out[p] = std::move(m);
  }
  return out;
}

section_numbers find_section_numbers(const document& doc, const scan_result& scan) {
  std::string_view text = doc.clean();
  section_numbers out(doc.paragraphs().size());
  for (std::size_t p = 0; p < doc.paragraphs().size(); ++p) {
    const paragraph& pa = doc.paragraphs()[p];
    const bool heading = pa.kind == block_kind::heading;
    std::optional<marker_match> m;
    std::size_t lead = 0;
    if (heading) {
      std::string_view t = text.substr(pa.src.begin, pa.src.size());
      while (lead < t.size() && (t[lead] == ' ' || t[lead] == '\t')) ++lead;
      m = grammar::list_marker::match_marker(t.substr(lead));
    } else if (scan.markers[p]) {
      m = scan.markers[p];
    }
    if (!m || m->kind == family::bullet) continue;
    std::string_view rest = text.substr(pa.src.begin + lead + m->length, pa.src.size() - lead - m->length);
    // "1. Introduction:" on a line of its own titles what follows like "1. Introduction".
    if (!heading && rest.size() > 1 && rest.back() == ':' &&
        std::count(rest.begin(), rest.end(), ' ') < max_colon_heading_words)
      rest.remove_suffix(1);
    if (!heading_like(rest)) continue;
    m->length += lead;
    out[p] = std::move(m);
  }
  return out;
}

void numbered_headings(numbered_input in, std::vector<enumeration>& out) { numbered(in).headings(out); }

std::optional<enumeration> numbered_run_from(numbered_input in, std::size_t& p, std::size_t end) {
  return numbered(in).run_from(p, end);
}

void numbered_paragraphs(numbered_input in, std::vector<enumeration>& out) {
  numbered n(in);
  for (std::size_t p = 0; p < n.paragraph_count();) {
    std::size_t resume = p + 1;
    if (auto run = n.run_from(p, n.paragraph_count(), &resume)) out.push_back(std::move(*run));
    else p = resume;
  }
}

}  // namespace precis::detail
