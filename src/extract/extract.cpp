// The tree builder: the grammars' hits (extract/scan.cpp) become enumerations.
//
//   scan ─┬─ headed structures   counted heading → headings / titled paragraphs → bullets
//         ├─ bullet runs         consecutive list lines, nested by marker style
//         ├─ ordinal runs        First ... Second ... Finally, as paragraphs or sentences
//         ├─ inline lists        counted label + ":" / "namely" + list body
//         └─ declared only       "summarized seven points of ..." with nothing listed
//
// Each pass marks what it consumed so a paragraph or label serves one structure.
#include <precis/extract/extract.hpp>

#include "common/ordinal_values.hpp"
#include "extract/scan.hpp"
#include "inline_list/match.hpp"
#include "ordinal/match.hpp"
#include "text/chars.hpp"
#include "text/layout.hpp"

#include <algorithm>
#include <map>
#include <functional>
#include <memory>

namespace precis {
inline namespace v0 {

std::string_view to_string(enumeration_kind k) noexcept {
  switch (k) {
    case enumeration_kind::paragraphs: return "paragraphs";
    case enumeration_kind::sentences: return "sentences";
    case enumeration_kind::inline_list: return "inline";
    case enumeration_kind::bullets: return "bullets";
    case enumeration_kind::titled_paragraphs: return "titled_paragraphs";
    case enumeration_kind::headed_sections: return "headed_sections";
    case enumeration_kind::declared_only: return "declared_only";
    case enumeration_kind::parallel: return "parallel";
  }
  return "paragraphs";
}

namespace {

/// Paragraphs an item of an ordinal run may span before the next marker in sequence ("First,"
/// ... four paragraphs ... "Secondly,"): real speeches run items over several paragraphs.
constexpr std::uint32_t max_item_paragraphs = 8;

/// SPEC section 5: a bullet item's text starts with its glyph ("- tighten permits"), like every
/// other marker. (The seeds' annotation omits it; tests/extract/acceptance_test.cpp reads both.)
constexpr bool glyph_in_item_text = true;

/// Words an element of a list attached by a copula ("The three key issues are A, B and C") may
/// have: more reads as a clause.
constexpr long max_copula_element_words = 8;

/// How many sentences before a structure a label counting exactly its items may sit.
constexpr std::uint32_t label_lookback_sentences = 3;

using grammar::list_marker::family;
using grammar::list_marker::marker_match;

class builder {
public:
  explicit builder(const document& d) : d_(d), text_(d.clean()), scan_(detail::scan(d)) {
    used_para_.assign(d.paragraphs().size(), false);
  }

  std::vector<enumeration> run() {
    std::vector<enumeration> out;
    headed_structures(out);
    counted_headings(out);
    numbered_headings(out);
    bullet_runs(out);
    ordinal_runs(out);
    inline_lists(out);
    declared_only(out);
    parallel_clauses(out);
    nest_into_sections(out);
    std::stable_sort(out.begin(), out.end(),
                     [](const enumeration& a, const enumeration& b) { return a.src.begin < b.src.begin; });
    return out;
  }

private:
  const document& d_;
  std::string_view text_;
  detail::scan_result scan_;
  std::vector<bool> used_para_;
  // What each heading or titled item governs, keyed by the item's first byte (stable while
  // the tree is being moved around): structures found inside move under that item.
  std::map<std::size_t, span> extent_of_;

  void record_extent(const item& it, std::size_t first_para, std::size_t end_para) {
    if (end_para <= first_para || extent_of_.count(it.src.begin)) return;
    extent_of_[it.src.begin] = {para(first_para).src.begin, para(end_para - 1).src.end};
    journal_.push_back({change::extent, it.src.begin});
  }

  // Trying a structure marks paragraphs, labels and extents as taken; a failed try is undone
  // from this journal (cheap: only what the try changed).
  struct change {
    enum kind_t { paragraph, label, extent } kind;
    std::size_t key;
  };
  std::vector<change> journal_;
  std::size_t checkpoint() const { return journal_.size(); }
  void rollback(std::size_t cp) {
    while (journal_.size() > cp) {
      change c = journal_.back();
      journal_.pop_back();
      if (c.kind == change::paragraph) used_para_[c.key] = false;
      else if (c.kind == change::label) scan_.labels[c.key].used = false;
      else extent_of_.erase(c.key);
    }
  }
  void mark(std::size_t p) {
    if (used_para_[p]) return;
    used_para_[p] = true;
    journal_.push_back({change::paragraph, p});
  }
  void use(detail::label_hit* l) {
    if (l->used) return;
    l->used = true;
    journal_.push_back({change::label, static_cast<std::size_t>(l - scan_.labels.data())});
  }

  // Labels and ordinal hits are in sentence order: the ones of a sentence range by bisection.
  std::pair<detail::label_hit*, detail::label_hit*> labels_in(std::uint32_t first, std::uint32_t last) {
    auto& v = scan_.labels;
    auto lo = std::lower_bound(v.begin(), v.end(), first, [](const detail::label_hit& l, std::uint32_t x) { return l.sentence < x; });
    auto hi = std::lower_bound(lo, v.end(), last, [](const detail::label_hit& l, std::uint32_t x) { return l.sentence < x; });
    return {v.data() + (lo - v.begin()), v.data() + (hi - v.begin())};
  }

  // ---- helpers -------------------------------------------------------------------------------
  const paragraph& para(std::size_t p) const { return d_.paragraphs()[p]; }
  std::size_t paragraph_count() const { return d_.paragraphs().size(); }
  std::string_view slice(span s) const { return text_.substr(s.begin, s.size()); }
  // Every item text goes through here: an inverted or out-of-range span (a rule's bug) gives
  // an empty text instead of reaching document::text, which would reserve SIZE_MAX bytes.
  std::string one_line(span s) const {
    if (s.end < s.begin || s.begin > text_.size()) return {};
    return d_.text(s);
  }
  bool heading(std::size_t p) const { return para(p).kind == block_kind::heading; }

  const sentence* first_sentence(std::size_t p) const {
    const auto& pa = para(p);
    for (auto i = pa.first_sentence; i < pa.last_sentence; ++i)
      if (d_.sentences()[i].kind != sentence_kind::meta) return &d_.sentences()[i];
    return nullptr;
  }

  // A text paragraph opening with a short title sentence followed by more text.
  bool titled(std::size_t p) const {
    const auto& pa = para(p);
    if (pa.kind != block_kind::text || pa.last_sentence - pa.first_sentence < 2) return false;
    const sentence* s = first_sentence(p);
    return s && detail::title_sentence(slice(s->src));
  }

  // The label a structure starting at paragraph p (or sentence si) may take from the sentence
  // right before it: the last label of that sentence, when nothing but punctuation follows it.
  detail::label_hit* label_before_sentence(std::uint32_t si) {
    if (si == 0) return nullptr;
    std::uint32_t prev = si - 1;
    while (prev > 0 && d_.sentences()[prev].kind == sentence_kind::meta) --prev;
    // Prefer a label that closes the sentence ("making three proposals:"), else the last one
    // ("would centre on three priorities, as it released ...").
    detail::label_hit* closing = nullptr;
    detail::label_hit* last = nullptr;
    auto [b, e] = labels_in(prev, prev + 1);
    for (detail::label_hit* it = b; it != e; ++it) {
      detail::label_hit& l = *it;
      if (l.used || l.referential) continue;
      last = &l;
      if (l.ends_sentence) closing = &l;
    }
    return closing ? closing : last;
  }

  static void set_count(enumeration& e) {
    if (e.declared_count) e.count_ok = static_cast<int>(e.items.size()) == *e.declared_count;
  }

  void take_label(enumeration& e, detail::label_hit* l) {
    if (!l) return;
    use(l);
    e.label = one_line(l->src);
    if (l->count > 0) e.declared_count = l->count;
    e.src.begin = std::min(e.src.begin, l->src.begin);
  }

  static void close_span(enumeration& e) {
    if (e.items.empty()) return;
    e.src.begin = std::min(e.src.begin, e.items.front().src.begin);
    e.src.end = std::max(e.src.end, e.items.back().src.end);
  }

  // ---- bullets -------------------------------------------------------------------------------
  // The list lines from paragraph `p` up to `end`, nested by marker style; consumes them.
  // Returns the enumerations found (normally one) and stops at the first non-list paragraph.
  std::vector<enumeration> bullets_from(std::size_t& p, std::size_t end, int min_items) {
    struct level {
      std::string style;
      family fam;
      int last = 0;
      enumeration* list;
    };
    std::vector<enumeration> top;
    std::vector<level> stack;
    std::vector<std::unique_ptr<enumeration>> owned;  // nested lists until attached
    std::size_t q = p;
    auto new_list = [&]() {
      enumeration e;
      e.kind = enumeration_kind::bullets;
      e.src = {static_cast<std::size_t>(-1), 0};
      return e;
    };
    enumeration root = new_list();
    for (; q < end && scan_.markers[q] && !used_para_[q]; ++q) {
      marker_match m = *scan_.markers[q];
      std::string style = m.style;
      int value = m.value;
      // "(i)" continues a lettered list at "h"; otherwise it opens a roman one.
      for (auto it = stack.rbegin(); it != stack.rend(); ++it)
        if (m.alpha_value && (it->fam == family::alpha_lower || it->fam == family::alpha_upper) &&
            it->last + 1 == m.alpha_value) {
          style = it->style;
          value = m.alpha_value;
          break;
        }
      auto found = std::find_if(stack.begin(), stack.end(), [&](const level& l) { return l.style == style; });
      if (found != stack.end()) {
        stack.erase(found + 1, stack.end());
        if (m.kind != family::bullet && value != found->last + 1) break;  // numbering restarts
      } else if (stack.empty()) {
        stack.push_back({style, m.kind, 0, &root});
      } else {
        // A new style nests under the last item of the current level.
        item& parent = stack.back().list->items.back();
        parent.children.push_back(new_list());
        if (const sentence* s = first_sentence(q))
          take_label(parent.children.back(), label_before_sentence(static_cast<std::uint32_t>(s - d_.sentences().data())));
        stack.push_back({style, m.kind, 0, &parent.children.back()});
      }
      level& lv = stack.back();
      lv.last = m.kind == family::bullet ? lv.last + 1 : value;
      const auto& pa = para(q);
      item it;
      it.ordinal = static_cast<int>(lv.list->items.size()) + 1;
      it.marker = m.marker;
      // SPEC section 5: an item's text starts with its marker, a glyph bullet included
      // ("- tighten permits ..."); the seeds' annotation (seeds.expected.json) omits the glyph.
      it.src = glyph_in_item_text || m.kind != family::bullet ? pa.src : span{pa.src.begin + m.length, pa.src.end};
      it.text = one_line(it.src);
      it.head = detail::key_phrase(slice(pa.src).substr(m.length));
      lv.list->items.push_back(std::move(it));
      mark(q);
    }
    p = q;
    // Close spans and counts bottom-up.
    std::function<void(enumeration&)> fix = [&](enumeration& e) {
      for (auto& it : e.items) {
        for (auto& c : it.children) fix(c);
        it.children.erase(std::remove_if(it.children.begin(), it.children.end(),
                                         [](const enumeration& c) { return c.items.size() < 2; }),
                          it.children.end());
      }
      if (e.items.empty()) return;
      e.src = {std::min(e.src.begin, e.items.front().src.begin), 0};
      close_span(e);
      set_count(e);
    };
    fix(root);
    if (static_cast<int>(root.items.size()) >= min_items) top.push_back(std::move(root));
    return top;
  }

  void bullet_runs(std::vector<enumeration>& out) {
    for (std::size_t p = 0; p < paragraph_count();) {
      if (!scan_.markers[p] || used_para_[p]) { ++p; continue; }
      std::size_t start = p;
      auto lists = bullets_from(p, paragraph_count(), 2);
      if (p == start) ++p;
      for (auto& e : lists) {
        if (const sentence* s = first_sentence(start)) {
          auto si = static_cast<std::uint32_t>(s - d_.sentences().data());
          take_label(e, label_before_sentence(si));
        }
        set_count(e);
        out.push_back(std::move(e));
      }
    }
  }

  // ---- headed structures ---------------------------------------------------------------------
  detail::label_hit* label_in_heading(std::size_t p) {
    auto [b, e] = labels_in(para(p).first_sentence, para(p).last_sentence);
    for (detail::label_hit* l = b; l != e; ++l)
      if (!l->used && l->count >= 2 && !l->referential) return l;
    return nullptr;
  }

  // Bullet lists inside [p, end) become children of `it`.
  void attach_bullets(item& it, std::size_t p, std::size_t end) {
    while (p < end) {
      if (!scan_.markers[p] || used_para_[p]) { ++p; continue; }
      std::size_t start = p;
      auto lists = bullets_from(p, end, 1);
      if (p == start) ++p;
      for (auto& e : lists) it.children.push_back(std::move(e));
    }
  }

  // A headed_sections enumeration over found items, labelled by the heading's count.
  enumeration headed(std::vector<item> items, detail::label_hit* label) {
    enumeration e;
    e.kind = enumeration_kind::headed_sections;
    e.items = std::move(items);
    e.src = {e.items.front().src.begin, 0};
    take_label(e, label);
    close_span(e);
    set_count(e);
    return e;
  }

  std::size_t next_heading(std::size_t p, std::size_t end) const {
    while (p < end && !heading(p)) ++p;
    return p;
  }

  // Titled paragraphs announced by a counted heading: each item runs to the next titled
  // paragraph or heading, and owns the bullets in between.
  bool titled_children(item& parent, std::size_t& p, std::size_t end, detail::label_hit* label) {
    const std::size_t cp = checkpoint();
    std::size_t q = p;
    // A counted heading may be the last paragraph: nothing follows to be its items.
    if (q >= end || !titled(q)) return false;
    enumeration e;
    e.kind = enumeration_kind::titled_paragraphs;
    e.src = {para(q).src.begin, 0};
    while (q < end && titled(q) && static_cast<int>(e.items.size()) < std::max(label->count, 1) + 4) {
      item it;
      it.ordinal = static_cast<int>(e.items.size()) + 1;
      it.src = para(q).src;
      it.text = one_line(it.src);
      it.head = detail::key_phrase(slice(first_sentence(q)->src));
      mark(q);
      std::size_t stop = q + 1;
      while (stop < end && !titled(stop) && !heading(stop)) ++stop;
      attach_bullets(it, q + 1, stop);
      record_extent(it, q, stop);
      e.items.push_back(std::move(it));
      q = stop;
      if (q < end && heading(q)) break;
    }
    if (e.items.size() < 2) {
      rollback(cp);
      return false;
    }
    take_label(e, label);
    close_span(e);
    set_count(e);
    parent.children.push_back(std::move(e));
    p = q;
    return true;
  }

  // Headed sections: up to `count` headings from p; each owns what lies before the next.
  // Returns false (consuming nothing) when fewer than two headings follow.
  bool sections(std::vector<item>& items, std::size_t& p, std::size_t end, int count) {
    const std::size_t cp = checkpoint();
    std::size_t q = p;
    // A counted heading may be followed by one introductory paragraph before its sections.
    if (q < end && !heading(q) && q + 1 < end && heading(q + 1)) ++q;
    if (q >= end || !heading(q)) return false;
    std::vector<item> found;
    while (q < end && heading(q) && static_cast<int>(found.size()) < count) {
      item it;
      it.ordinal = static_cast<int>(found.size()) + 1;
      it.src = para(q).src;
      it.text = one_line(it.src);
      it.head = it.text;
      mark(q);
      std::size_t body = q + 1;
      detail::label_hit* inner = label_in_heading(q);
      if (inner) use(inner);
      bool nested = false;
      if (inner && body < end) {
        std::size_t r = body;
        if (titled_children(it, r, end, inner)) {
          nested = true;
          body = r;
        } else {
          std::vector<item> sub;
          std::size_t r2 = body;
          if (sections(sub, r2, end, inner->count)) {
            it.children.push_back(headed(std::move(sub), inner));
            nested = true;
            body = r2;
          }
        }
        if (!nested) rollback_label(inner);
      }
      std::size_t stop = next_heading(body, end);
      if (!nested) attach_bullets(it, body, stop);
      record_extent(it, q, stop);
      found.push_back(std::move(it));
      q = stop;
    }
    if (found.size() < 2) {
      rollback(cp);
      return false;
    }
    items = std::move(found);
    p = q;
    return true;
  }

  void headed_structures(std::vector<enumeration>& out) {
    for (auto& l : scan_.labels) {
      if (l.used || l.count < 2 || l.referential) continue;
      const sentence& s = d_.sentences()[l.sentence];
      std::size_t p = s.paragraph;
      if (s.kind == sentence_kind::heading) continue;  // a heading's count announces its children
      // The label sits in the last sentence before the headings it announces.
      if (d_.paragraphs()[p].last_sentence != l.sentence + 1) continue;
      if (p + 1 >= paragraph_count() || !heading(p + 1)) continue;
      std::vector<item> items;
      std::size_t q = p + 1;
      const std::size_t cp = checkpoint();
      use(&l);
      // More headings right after the announced ones mean the count was about something else
      // ("The three group winners will then ..." before a list of fixtures).
      if (!sections(items, q, paragraph_count(), l.count) || (q < paragraph_count() && heading(q))) {
        rollback(cp);
        continue;
      }
      enumeration e;
      e.kind = enumeration_kind::headed_sections;
      e.items = std::move(items);
      e.src = {l.src.begin, 0};
      e.label = one_line(l.src);
      e.declared_count = l.count;
      close_span(e);
      set_count(e);
      out.push_back(std::move(e));
    }
  }

  // A heading that carries its own count ("Two Principles", "Three Priorities for ...")
  // announces the titled paragraphs or headings right after it.
  void counted_headings(std::vector<enumeration>& out) {
    for (std::size_t p = 0; p < paragraph_count(); ++p) {
      if (!heading(p) || used_para_[p]) continue;
      detail::label_hit* l = label_in_heading(p);
      if (!l) continue;
      item holder;
      std::size_t q = p + 1;
      const std::size_t cp = checkpoint();
      use(l);
      if (titled_children(holder, q, paragraph_count(), l)) {
        mark(p);
        for (auto& e : holder.children) out.push_back(std::move(e));
        continue;
      }
      std::vector<item> sub;
      if (sections(sub, q, paragraph_count(), l->count)) {
        mark(p);
        out.push_back(headed(std::move(sub), l));
        continue;
      }
      rollback(cp);
    }
  }

  // Numbered headings ("I. The State of Play", "2. Financing") each followed by prose.
  void numbered_headings(std::vector<enumeration>& out) {
    for (std::size_t p = 0; p < paragraph_count(); ++p) {
      if (used_para_[p] || !numbered_heading(p)) continue;
      const auto& first = *scan_.markers[p];
      enumeration e;
      e.kind = enumeration_kind::headed_sections;
      std::size_t q = p;
      int expect = first.value;
      std::vector<std::size_t> heads;
      while (q < paragraph_count()) {
        if (numbered_heading(q) && scan_.markers[q]->style == first.style && scan_.markers[q]->value == expect) {
          heads.push_back(q);
          ++expect;
          ++q;
          continue;
        }
        if (heading(q) || (scan_.markers[q] && scan_.markers[q]->style == first.style)) break;
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
      for (std::size_t k = 0; k < heads.size(); ++k) {
        std::size_t h = heads[k], next = k + 1 < heads.size() ? heads[k + 1] : q;
        const auto& m = *scan_.markers[h];
        item it;
        it.ordinal = static_cast<int>(k) + 1;
        it.marker = m.marker;
        it.src = para(h).src;
        it.text = one_line(it.src);
        it.head = one_line({it.src.begin + m.length, it.src.end});
        mark(h);
        attach_bullets(it, h + 1, next);
        record_extent(it, h, next);
        e.items.push_back(std::move(it));
      }
      e.src = {e.items.front().src.begin, 0};
      if (const sentence* s = first_sentence(p))
        take_label(e, label_before_sentence(static_cast<std::uint32_t>(s - d_.sentences().data())));
      close_span(e);
      set_count(e);
      out.push_back(std::move(e));
      p = q - 1;
    }
  }

  bool numbered_heading(std::size_t p) const {
    if (!scan_.markers[p] || scan_.markers[p]->kind == family::bullet) return false;
    std::string_view rest = slice(para(p).src).substr(scan_.markers[p]->length);
    return detail::heading_like(rest);
  }

  // Structures inside a heading's or titled item's section become that item's children.
  void nest_into_sections(std::vector<enumeration>& out) {
    if (extent_of_.empty()) return;
    std::vector<enumeration> keep;
    std::vector<enumeration> movers;
    for (auto& e : out) {
      bool sectioned = e.kind == enumeration_kind::headed_sections || e.kind == enumeration_kind::titled_paragraphs;
      (sectioned ? keep : movers).push_back(std::move(e));
    }
    for (auto& m : movers) {
      item* home = nullptr;
      std::size_t home_size = static_cast<std::size_t>(-1);
      std::function<void(std::vector<enumeration>&)> walk = [&](std::vector<enumeration>& enums) {
        for (auto& e : enums)
          for (auto& it : e.items) {
            auto x = extent_of_.find(it.src.begin);
            if (x != extent_of_.end() && x->second.contains(m.src) && x->second.size() < home_size) {
              home = &it;
              home_size = x->second.size();
            }
            walk(it.children);
          }
      };
      walk(keep);
      if (home) {
        home->children.push_back(std::move(m));
        std::stable_sort(home->children.begin(), home->children.end(),
                         [](const enumeration& a, const enumeration& b) { return a.src.begin < b.src.begin; });
      } else {
        keep.push_back(std::move(m));
      }
    }
    out = std::move(keep);
  }

  // Un-take one label taken by use() (the last journal entry for it).
  void rollback_label(detail::label_hit* l) {
    l->used = false;
    auto key = static_cast<std::size_t>(l - scan_.labels.data());
    for (auto it = journal_.rbegin(); it != journal_.rend(); ++it)
      if (it->kind == change::label && it->key == key) {
        journal_.erase(std::next(it).base());
        break;
      }
  }

  // ---- ordinal runs --------------------------------------------------------------------------
  void ordinal_runs(std::vector<enumeration>& out) {
    const auto& hits = scan_.ordinals;
    std::size_t i = 0;
    while (i < hits.size()) {
      if (hits[i].value != 1) { ++i; continue; }
      std::vector<const detail::ordinal_hit*> run{&hits[i]};
      std::size_t j = i + 1;
      std::uint32_t widest_gap = 0;  // paragraphs between two markers of the run so far
      for (; j < hits.size(); ++j) {
        const auto& prev = *run.back();
        const auto& h = hits[j];
        std::uint32_t pp = d_.sentences()[prev.sentence].paragraph, hp = d_.sentences()[h.sentence].paragraph;
        bool heading_between = false;
        for (std::uint32_t k = pp + 1; k < hp; ++k) heading_between = heading_between || heading(k);
        // A marker far beyond the run's usual spacing starts something else ("Finally, ..." in
        // a later section), so the gap may at most double the widest one seen.
        std::uint32_t gap = hp > pp ? hp - pp - 1 : 0;
        int expect = static_cast<int>(run.size()) + 1;
        // The next number in sequence ("Secondly," after "First,") may sit several paragraphs
        // on: items of real speeches run over several paragraphs. "Finally" and "In addition"
        // are common without a run, so they keep to the run's spacing.
        std::uint32_t allowed = h.value == expect ? max_item_paragraphs
                                                  : std::max<std::uint32_t>(2, 2 * widest_gap + 1);
        if (heading_between || gap > allowed) break;
        widest_gap = std::max(widest_gap, gap);
        if (h.value == expect || h.value == grammar::common::next_ordinal) {
          run.push_back(&h);
        } else if (h.value == grammar::common::last_ordinal) {
          run.push_back(&h);
          ++j;
          break;
        } else {
          break;
        }
      }
      i = run.size() >= 2 ? j : i + 1;
      if (run.size() < 2) continue;
      build_ordinal_run(run, out);
    }
  }

  void build_ordinal_run(std::vector<const detail::ordinal_hit*> run, std::vector<enumeration>& out) {
    const auto& S = d_.sentences();
    detail::label_hit* label = label_before_sentence(run.front()->sentence);
    if (!label) label = label_counting(run.front()->sentence, static_cast<int>(run.size()));
    // "two programmes. The first is ... The second is ... Lastly, we will ...": once the
    // numbered items reach the declared count, a trailing "Lastly" closes the speech, not the
    // list.
    if (label && label->count >= 2 && run.back()->value == grammar::common::last_ordinal &&
        static_cast<int>(run.size()) == label->count + 1)
      run.pop_back();
    if (run.size() < 2) return;
    bool one_paragraph = S[run.front()->sentence].paragraph == S[run.back()->sentence].paragraph;
    enumeration e;
    e.kind = one_paragraph ? enumeration_kind::sentences : enumeration_kind::paragraphs;
    e.src = {S[run.front()->sentence].src.begin, 0};
    std::size_t max_cont = 0;
    for (std::size_t k = 0; k < run.size(); ++k) {
      const sentence& s = S[run[k]->sentence];
      item it;
      it.ordinal = static_cast<int>(k) + 1;
      std::string_view marker = text_.substr(s.src.begin, run[k]->marker_end - s.src.begin);
      while (!marker.empty() && (marker.back() == ' ' || marker.back() == '\t')) marker.remove_suffix(1);
      it.marker = std::string(marker);
      it.head = detail::key_phrase(text_.substr(run[k]->marker_end, s.src.end - run[k]->marker_end));
      // "That leads me to my second point." is all marker: the head opens the next sentence.
      if (it.head.empty() && run[k]->sentence + 1 < S.size() &&
          S[run[k]->sentence + 1].paragraph == s.paragraph) {
        const sentence& n = S[run[k]->sentence + 1];
        it.head = detail::key_phrase(slice(n.src));
      }
      std::size_t end;
      if (k + 1 < run.size()) {
        const sentence& next = S[run[k + 1]->sentence];
        if (one_paragraph || next.paragraph == s.paragraph) {
          end = S[run[k + 1]->sentence - 1].src.end;
        } else {
          end = para(next.paragraph - 1).src.end;
          max_cont = std::max<std::size_t>(max_cont, next.paragraph - 1 - s.paragraph);
        }
      } else if (one_paragraph) {
        end = para(s.paragraph).src.end;
      } else {
        // The last item takes as many continuation paragraphs as the others had, at most.
        std::size_t p = s.paragraph;
        for (std::size_t c = 0; c < max_cont && p + 1 < paragraph_count() &&
                                para(p + 1).kind == block_kind::text && !starts_ordinal(p + 1);
             ++c)
          ++p;
        end = para(p).src.end;
      }
      it.src = {s.src.begin, end};
      it.text = one_line(it.src);
      e.items.push_back(std::move(it));
    }
    take_label(e, label);
    close_span(e);
    set_count(e);
    out.push_back(std::move(e));
  }

  /// A label a few sentences before a structure announces it when its count is the number of
  /// items found ("... two issues of paramount importance. I will be brief. First, ...").
  detail::label_hit* label_counting(std::uint32_t si, int items) {
    std::uint32_t from = si > label_lookback_sentences ? si - label_lookback_sentences : 0;
    auto [b, e] = labels_in(from, si);
    for (detail::label_hit* l = e; l != b;) {
      --l;
      if (!l->used && !l->referential && !l->after_preposition && l->count == items) return l;
    }
    return nullptr;
  }

  bool starts_ordinal(std::size_t p) const {
    const sentence* s = first_sentence(p);
    if (!s) return false;
    auto si = static_cast<std::uint32_t>(s - d_.sentences().data());
    auto it = std::lower_bound(scan_.ordinals.begin(), scan_.ordinals.end(), si,
                               [](const detail::ordinal_hit& h, std::uint32_t x) { return h.sentence < x; });
    return it != scan_.ordinals.end() && it->sentence == si;
  }

  // ---- inline lists --------------------------------------------------------------------------
  void inline_lists(std::vector<enumeration>& out) {
    for (auto& l : scan_.labels) {
      // "the following pillars: A; B; C" counts nothing but lists all the same.
      if (l.used || (l.count < 2 && l.count != 0) || !l.list_body || l.referential) continue;
      // "summarized seven points ... and the four red lines, namely A, B": the list belongs to
      // the nearest label before its introducer.
      auto [sb, se] = labels_in(l.sentence, l.sentence + 1);
      bool nearer = std::any_of(sb, se, [&](const detail::label_hit& o) {
        return &o != &l && !o.referential && o.src.begin > l.src.begin && o.src.begin < l.list_body;
      });
      if (nearer) continue;
      const sentence* sp = &d_.sentences()[l.sentence];
      // "sets out six immediate steps:" + a line break ends the sentence (and the paragraph)
      // at the colon: the list is the next sentence, when it is prose.
      if (l.list_body >= sp->src.end && l.sentence + 1 < d_.sentences().size() &&
          d_.sentences()[l.sentence + 1].kind == sentence_kind::body &&
          para(d_.sentences()[l.sentence + 1].paragraph).kind == block_kind::text)
        sp = &d_.sentences()[l.sentence + 1];
      const sentence& s = *sp;
      if (l.list_body > s.src.end) continue;
      std::size_t body_end = l.list_end ? l.list_end : s.src.end;
      std::string_view body = text_.substr(l.list_body, body_end - l.list_body);
      auto split = grammar::inline_list::split_list(body, l.count);
      if (split.elements.size() < 2) continue;
      // "eight players, including the captain and X" gives examples, not the list: an
      // "including" list counts only when it names every announced item.
      if (l.examples && static_cast<int>(split.elements.size()) != l.count) continue;
      // Without a count only semicolons make a list ("the following pillars: A; B; and C"): an
      // uncounted comma series is no announced enumeration.
      if (l.count == 0 && !split.semicolons) continue;
      // After a copula the elements are short noun phrases ("are expansion, transparency and
      // the effectiveness of sanctions regimes"), not clauses ("are key parts of ... and
      // effectively underwrite ...").
      if (l.copula && std::any_of(split.elements.begin(), split.elements.end(), [&](const auto& el) {
            std::string_view x = body.substr(el.begin, el.end - el.begin);
            std::string_view first = x.substr(0, x.find(' '));
            // "... and effectively underwrite ...": an adverb opens a predicate, not a phrase.
            return std::count(x.begin(), x.end(), ' ') + 1 > max_copula_element_words || first.ends_with("ly");
          }))
        continue;
      // Names attached across other words ("ten former outside directors are James Allen, ...")
      // are an entity set, not announced content (the annotation rules make them optional).
      if (l.distant && 1 + std::count_if(split.elements.begin(), split.elements.end(), [&](const auto& el) {
            return el.end > el.begin && detail::is_ascii_upper(body[el.begin]);
          }) >= static_cast<long>(split.elements.size()))
        continue;
      enumeration e;
      e.kind = enumeration_kind::inline_list;
      e.src = {l.src.begin, 0};
      for (const auto& el : split.elements) {
        item it;
        it.ordinal = static_cast<int>(e.items.size()) + 1;
        it.src = {l.list_body + el.begin, l.list_body + el.end};
        it.text = one_line(it.src);
        std::string_view h = body.substr(el.begin, el.end - el.begin);
        // A repeated modal ("must A, must B") is a marker; a repeated content word
        // ("guaranteeing A and guaranteeing B") stays part of the element.
        if (modal(split.marker) && h.substr(0, split.marker.size()) == split.marker) {
          it.marker = split.marker;
          h.remove_prefix(split.marker.size());
        } else if (auto m = grammar::list_marker::match_marker(h); m && m->kind != family::bullet) {
          it.marker = m->marker;  // "(1) the simplification of customs procedures"
          h.remove_prefix(m->length);
        } else if (auto o = grammar::ordinal::match_marker(h); o && o->value > 0) {
          // "first, A; secondly, B; and thirdly, C": the ordinal word marks the element.
          std::string_view mk = h.substr(0, o->length);
          while (!mk.empty() && mk.back() == ' ') mk.remove_suffix(1);
          it.marker = std::string(mk);
          h.remove_prefix(o->length);
        }
        while (!h.empty() && h.front() == ' ') h.remove_prefix(1);
        it.head = one_line({it.src.end - h.size(), it.src.end});
        e.items.push_back(std::move(it));
      }
      take_label(e, &l);
      close_span(e);
      set_count(e);
      out.push_back(std::move(e));
    }
  }

  static bool modal(std::string_view w) {
    static const std::string_view modals[] = {"must", "should", "shall", "will", "would", "can",
                                              "could", "may", "might", "need", "to", "ought"};
    return std::find(std::begin(modals), std::end(modals), w) != std::end(modals);
  }

  // ---- parallel clauses ------------------------------------------------------------------------
  // "A remains unchanged; B remains unchanged; and C remains unchanged": three or more
  // semicolon clauses of one sentence ending with the same two words.
  void parallel_clauses(std::vector<enumeration>& out) {
    for (const sentence& s : d_.sentences()) {
      if (s.kind != sentence_kind::body) continue;
      std::string_view t = slice(s.src);
      if (std::count(t.begin(), t.end(), ';') < 2) continue;
      std::vector<span> clauses;
      std::size_t b = 0;
      for (std::size_t i = 0; i <= t.size(); ++i) {
        if (i < t.size() && t[i] != ';') continue;
        std::size_t e = i;
        while (e > b && (t[e - 1] == '.' || t[e - 1] == ' ')) --e;
        std::size_t start = b;
        while (start < e && t[start] == ' ') ++start;
        if (start < e && t.compare(start, 4, "and ") == 0) start = std::min(start + 4, e);
        clauses.push_back({s.src.begin + start, s.src.begin + e});
        b = i + 1;
      }
      auto tail = [&](span c) {  // the clause's last two words
        std::string_view x = slice(c);
        std::size_t sp1 = x.rfind(' ');
        if (sp1 == std::string_view::npos) return std::string_view();
        std::size_t sp2 = x.rfind(' ', sp1 - 1);
        return sp2 == std::string_view::npos ? std::string_view() : x.substr(sp2 + 1);
      };
      std::string_view shared = tail(clauses.front());
      // An empty clause ("x a b; and ; x a b") shares nothing: no parallel structure.
      bool empty_clause = std::any_of(clauses.begin(), clauses.end(), [](span c) { return c.size() == 0; });
      if (shared.empty() || clauses.size() < 3 || empty_clause ||
          !std::all_of(clauses.begin(), clauses.end(), [&](span c) { return tail(c) == shared; }))
        continue;
      // The first clause may open with its reporting frame: "Xi stressed that China's goal ...".
      std::string_view first = slice(clauses.front());
      if (std::size_t that = first.find(" that "); that != std::string_view::npos && that < 60)
        clauses.front().begin += that + 6;
      enumeration e;
      e.kind = enumeration_kind::parallel;
      for (span c : clauses) {
        item it;
        it.ordinal = static_cast<int>(e.items.size()) + 1;
        it.src = c;
        it.text = one_line(c);
        it.head = it.text;
        e.items.push_back(std::move(it));
      }
      e.src = {clauses.front().begin, 0};
      close_span(e);
      out.push_back(std::move(e));
    }
  }

  // ---- declared only -------------------------------------------------------------------------
  void declared_only(std::vector<enumeration>& out) {
    for (auto& l : scan_.labels) {
      if (l.used || l.count < 2 || !l.announced || l.referential) continue;
      enumeration e;
      e.kind = enumeration_kind::declared_only;
      e.src = l.src;
      take_label(e, &l);
      set_count(e);
      out.push_back(std::move(e));
    }
  }
};

}  // namespace

std::vector<enumeration> extract(const document& doc) { return builder(doc).run(); }

}  // namespace v0
}  // namespace precis
