#pragma once
// Structure families that live in their own translation units (internal): each reads the
// document and the grammars' hits (extract/scan.hpp) and appends its enumerations; labels are
// claimed through the builder (extract.cpp), which owns what a structure may take.
//
//   extract/inline_lists.cpp   counted label + ":" / "namely" / dash / copula + list body
//   extract/sentence_runs.cpp  ordinal runs: First ... Secondly ... Finally, as sentences of one
//                              paragraph (or, when they cross paragraphs, as paragraphs)
//   extract/bullets.cpp        list lines in runs, nested by marker style and indentation
//   extract/sections.cpp       headed sections and titled paragraphs announced by a counted
//                              label or by a heading that counts ("Three Priorities")
#include <precis/extract/extract.hpp>

#include "extract/ledger.hpp"
#include "extract/scan.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace precis::detail {

/// What a family asks of the builder: which labels are free and the one way to take one.
class builder_services {
public:
  /// The label a structure starting at sentence `si` may take from the sentence before it.
  virtual label_hit* label_before_sentence(std::uint32_t si) = 0;
  /// Takes `l` (null: nothing) as the label of `e`: marks it used in the builder's ledger.
  virtual void take_label(enumeration& e, label_hit* l) = 0;
  /// Whether paragraph p already belongs to a structure (a numbered item, a heading).
  virtual bool taken(std::size_t p) const = 0;
  /// Structures found inside `it`'s span become its children.
  virtual void govern(const item& it) = 0;
  /// What the structures found so far have taken; families try structures in its transactions.
  virtual ledger& claims() = 0;
  /// The one way to make an item (its text is the span's).
  virtual item make_item(int ordinal, span src, std::string marker, std::string head) const = 0;
  /// Finishes `e`: span over its items, `label` (null: none) taken, count checked.
  virtual void finish(enumeration& e, label_hit* label) = 0;
  /// The list lines (numbered paragraphs runs, bullets) in paragraphs [p, end) become
  /// children of `it`.
  virtual void attach_lists(item& it, std::size_t p, std::size_t end) = 0;

protected:
  ~builder_services() = default;
};

/// A family's view of one extraction run.
struct family_input {
  const document& doc;
  std::string_view text;  ///< doc.clean()
  scan_result& scan;
  builder_services& builder;
};

/// The labels of sentences [first, last): labels are in sentence order, found by bisection.
inline std::pair<label_hit*, label_hit*> labels_in(scan_result& scan, std::uint32_t first, std::uint32_t last) {
  auto& v = scan.labels;
  auto by_sentence = [](const label_hit& l, std::uint32_t x) { return l.sentence < x; };
  auto lo = std::lower_bound(v.begin(), v.end(), first, by_sentence);
  auto hi = std::lower_bound(lo, v.end(), last, by_sentence);
  return {v.data() + (lo - v.begin()), v.data() + (hi - v.begin())};
}

/// The one path from a span to an item's text: an inverted or out-of-range span (a rule's bug)
/// gives "" instead of reaching document::text, which would reserve SIZE_MAX bytes.
inline std::string one_line(const document& d, span s) {
  if (s.end < s.begin || s.begin > d.clean().size()) return {};
  return d.text(s);
}

/// count_ok from the declared count and the items found.
inline void set_count(enumeration& e) {
  if (e.declared_count) e.count_ok = static_cast<int>(e.items.size()) == *e.declared_count;
}

/// Widens an enumeration's span over its items.
inline void close_span(enumeration& e) {
  if (e.items.empty()) return;
  e.src.begin = std::min(e.src.begin, e.items.front().src.begin);
  e.src.end = std::max(e.src.end, e.items.back().src.end);
}

/// The first sentence of paragraph p that is not metadata, or null.
inline const sentence* first_sentence(const document& d, std::size_t p) {
  const auto& pa = d.paragraphs()[p];
  for (auto i = pa.first_sentence; i < pa.last_sentence; ++i)
    if (d.sentences()[i].kind != sentence_kind::meta) return &d.sentences()[i];
  return nullptr;
}

/// The label a structure opening paragraph p may take from the sentence before it.
inline label_hit* label_before_paragraph(family_input in, std::size_t p) {
  const sentence* s = first_sentence(in.doc, p);
  return s ? in.builder.label_before_sentence(static_cast<std::uint32_t>(s - in.doc.sentences().data())) : nullptr;
}

/// "the following ..." closing a sentence mid-paragraph, with the paragraph's remaining prose
/// sentences as its items (kind sentences).
void following_sentences(family_input in, std::vector<enumeration>& out);

/// Inline lists: a counted label and the list it introduces inside one sentence.
void inline_lists(family_input in, std::vector<enumeration>& out);

/// Ordinal runs ("First, ... Secondly, ... Finally, ..."): kind sentences inside one paragraph,
/// paragraphs across several.
void ordinal_runs(family_input in, std::vector<enumeration>& out);

/// The list lines from paragraph `p` up to `end` (the first non-list or taken paragraph),
/// nested by marker style and indentation; claims them and moves p past them. Returns the
/// enumeration found when it has at least `min_items` items.
std::vector<enumeration> bullets_from(family_input in, std::size_t& p, std::size_t end, int min_items);

/// Every bullet run of two or more lines not taken by an earlier family, with its label.
void bullet_runs(family_input in, std::vector<enumeration>& out);

/// A counted label closing the paragraph before headings or titled paragraphs announces them
/// ("... rests on three pillars." + three headings): headed_sections or titled_paragraphs.
void headed_structures(family_input in, std::vector<enumeration>& out);

/// A heading that carries its own count ("Two Principles") announces the titled paragraphs or
/// headings right after it.
void counted_headings(family_input in, std::vector<enumeration>& out);

}  // namespace precis::detail
