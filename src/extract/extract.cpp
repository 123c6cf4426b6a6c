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

#include "extract/families.hpp"
#include "extract/scan.hpp"
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

/// SPEC section 5: a bullet item's text starts with its glyph ("- tighten permits"), like every
/// other marker. (The seeds' annotation omits it; tests/extract/acceptance_test.cpp reads both.)
constexpr bool glyph_in_item_text = true;

using grammar::list_marker::family;
using grammar::list_marker::marker_match;

class builder : detail::builder_services {
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
    detail::ordinal_runs(family_view(), out);
    detail::inline_lists(family_view(), out);
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
    return detail::labels_in(scan_, first, last);
  }
  detail::family_input family_view() { return {d_, text_, scan_, *this}; }

  // ---- helpers -------------------------------------------------------------------------------
  const paragraph& para(std::size_t p) const { return d_.paragraphs()[p]; }
  std::size_t paragraph_count() const { return d_.paragraphs().size(); }
  std::string_view slice(span s) const { return text_.substr(s.begin, s.size()); }
  // Every item text goes through here: an inverted or out-of-range span (a rule's bug) gives
  // an empty text instead of reaching document::text, which would reserve SIZE_MAX bytes.
  std::string one_line(span s) const { return detail::one_line(d_, s); }
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
  detail::label_hit* label_before_sentence(std::uint32_t si) override {
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

  static void set_count(enumeration& e) { detail::set_count(e); }

  void take_label(enumeration& e, detail::label_hit* l) override {
    if (!l) return;
    use(l);
    e.label = one_line(l->src);
    if (l->count > 0) e.declared_count = l->count;
    e.src.begin = std::min(e.src.begin, l->src.begin);
  }

  static void close_span(enumeration& e) { detail::close_span(e); }

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
