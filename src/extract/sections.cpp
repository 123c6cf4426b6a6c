// The sectioned families: headed sections (headings, each owning what lies before the next)
// and titled paragraphs ("Open markets. Both sides ..."), announced by a counted label closing
// the paragraph before them or by a heading that counts ("Three Priorities").
#include "extract/families.hpp"

namespace precis::detail {

namespace {

/// Titled items a counted heading may govern beyond its count before the count is taken to
/// be about something else.
constexpr int titled_overrun = 4;

/// A section structure needs at least this many items.
constexpr int min_section_items = 2;

class sectioned {
public:
  explicit sectioned(family_input in) : in_(in), d_(in.doc), claims_(in.builder.claims()) {}

  // A counted label closing a paragraph announces the headings or titled paragraphs after it.
  void headed_structures(std::vector<enumeration>& out) {
    for (auto& l : in_.scan.labels) {
      if (l.used || l.count < 2 || l.referential) continue;
      const sentence& s = d_.sentences()[l.sentence];
      std::size_t p = s.paragraph;
      if (s.kind == sentence_kind::heading) continue;  // a heading's count announces its children
      // The label sits in the last sentence before the headings it announces.
      if (d_.paragraphs()[p].last_sentence != l.sentence + 1) continue;
      if (p + 1 < paragraph_count() && titled(p + 1)) {
        announced_titled(l, p + 1, out);
        continue;
      }
      if (p + 1 >= paragraph_count() || !heading(p + 1)) continue;
      std::vector<item> items;
      std::size_t q = p + 1;
      ledger::transaction attempt(claims_);
      claims_.take(&l);
      // More headings right after the announced ones mean the count was about something else
      // ("The three group winners will then ..." before a list of fixtures).
      if (!sections(items, q, paragraph_count(), l.count) || (q < paragraph_count() && heading(q))) continue;
      out.push_back(headed(std::move(items), &l));
      attempt.commit();
    }
  }

  // A heading that carries its own count ("Two Principles", "Three Priorities for ...")
  // announces the titled paragraphs or headings right after it.
  void counted_headings(std::vector<enumeration>& out) {
    for (std::size_t p = 0; p < paragraph_count(); ++p) {
      if (!heading(p) || claims_.taken(p)) continue;
      label_hit* l = label_in_heading(p);
      if (!l) continue;
      item holder;
      std::size_t q = p + 1;
      ledger::transaction attempt(claims_);
      claims_.take(l);
      std::vector<item> sub;
      if (titled_children(holder, q, paragraph_count(), l)) {
        for (auto& e : holder.children) out.push_back(std::move(e));
      } else if (sections(sub, q, paragraph_count(), l->count)) {
        out.push_back(headed(std::move(sub), l));
      } else {
        continue;
      }
      claims_.take(p);
      attempt.commit();
    }
  }

private:
  family_input in_;
  const document& d_;
  ledger& claims_;

  const paragraph& para(std::size_t p) const { return d_.paragraphs()[p]; }
  std::size_t paragraph_count() const { return d_.paragraphs().size(); }
  std::string_view slice(span s) const { return in_.text.substr(s.begin, s.size()); }
  bool heading(std::size_t p) const { return para(p).kind == block_kind::heading; }

  // A text paragraph opening with a short title sentence followed by more text.
  bool titled(std::size_t p) const {
    const auto& pa = para(p);
    if (pa.kind != block_kind::text || pa.last_sentence - pa.first_sentence < 2) return false;
    const sentence* s = first_sentence(d_, p);
    return s && title_sentence(slice(s->src));
  }

  label_hit* label_in_heading(std::size_t p) {
    auto [b, e] = labels_in(in_.scan, para(p).first_sentence, para(p).last_sentence);
    for (label_hit* l = b; l != e; ++l)
      if (!l->used && l->count >= 2 && !l->referential) return l;
    return nullptr;
  }

  // What a heading or titled item governs: its paragraphs [first_para, end_para).
  void record_extent(const item& it, std::size_t first_para, std::size_t end_para) {
    if (end_para <= first_para) return;
    claims_.govern(it.src.begin, {para(first_para).src.begin, para(end_para - 1).src.end});
  }

  // A headed_sections enumeration over found items, labelled by the heading's count.
  enumeration headed(std::vector<item> items, label_hit* label) {
    enumeration e;
    e.kind = enumeration_kind::headed_sections;
    e.items = std::move(items);
    in_.builder.finish(e, label);
    return e;
  }

  std::size_t next_heading(std::size_t p, std::size_t end) const {
    while (p < end && !heading(p)) ++p;
    return p;
  }

  // Titled paragraphs announced by a counted heading: each item runs to the next titled
  // paragraph or heading, and owns the bullets in between.
  // How many titled paragraphs a run from p holds (untitled ones continue the one before),
  // up to a heading, `end` or `cap` items: the run titled_children would build.
  int titled_run_length(std::size_t p, std::size_t end, int cap) const {
    int n = 0;
    while (p < end && titled(p) && n < cap) {
      ++n;
      ++p;
      while (p < end && !titled(p) && !heading(p)) ++p;
      if (p < end && heading(p)) break;
    }
    return n;
  }

  bool titled_children(item& parent, std::size_t& p, std::size_t end, label_hit* label, bool exact = false) {
    const int cap = std::max(label->count, 1) + titled_overrun;
    // A counted heading may be the last paragraph: nothing follows to be its items.
    const int n = titled_run_length(p, end, cap);
    if (n < min_section_items || (exact && n != label->count)) return false;
    ledger::transaction attempt(claims_);
    std::size_t q = p;
    enumeration e;
    e.kind = enumeration_kind::titled_paragraphs;
    e.src = {para(q).src.begin, 0};
    while (q < end && titled(q) && static_cast<int>(e.items.size()) < cap) {
      item it = in_.builder.make_item(static_cast<int>(e.items.size()) + 1, para(q).src, "",
                                      key_phrase(slice(first_sentence(d_, q)->src)));
      claims_.take(q);
      std::size_t stop = q + 1;
      while (stop < end && !titled(stop) && !heading(stop)) ++stop;
      in_.builder.attach_lists(it, q + 1, stop);
      record_extent(it, q, stop);
      e.items.push_back(std::move(it));
      q = stop;
      if (q < end && heading(q)) break;
    }
    if (static_cast<int>(e.items.size()) < min_section_items) return false;
    in_.builder.finish(e, label);
    parent.children.push_back(std::move(e));
    p = q;
    attempt.commit();
    return true;
  }

  // Headed sections: up to `count` headings from p; each owns what lies before the next.
  // Returns false (consuming nothing) when fewer than two headings follow.
  bool sections(std::vector<item>& items, std::size_t& p, std::size_t end, int count) {
    ledger::transaction attempt(claims_);
    std::size_t q = p;
    // A counted heading may be followed by one introductory paragraph before its sections.
    if (q < end && !heading(q) && q + 1 < end && heading(q + 1)) ++q;
    if (q >= end || !heading(q)) return false;
    std::vector<item> found;
    while (q < end && heading(q) && static_cast<int>(found.size()) < count) {
      item it = in_.builder.make_item(static_cast<int>(found.size()) + 1, para(q).src, "", one_line(d_, para(q).src));
      claims_.take(q);
      std::size_t body = q + 1;
      label_hit* inner = label_in_heading(q);
      bool nested = false;
      if (inner && body < end) {
        // The heading's own count ("Three Priorities") announces what follows it, if anything does.
        ledger::transaction nesting(claims_);
        claims_.take(inner);
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
        if (nested) nesting.commit();
      }
      std::size_t stop = next_heading(body, end);
      if (!nested) in_.builder.attach_lists(it, body, stop);
      record_extent(it, q, stop);
      found.push_back(std::move(it));
      q = stop;
    }
    if (static_cast<int>(found.size()) < min_section_items) return false;
    items = std::move(found);
    p = q;
    attempt.commit();
    return true;
  }

  // "... agreed on three principles." + "Open markets. Both sides ..." (+ untitled paragraphs
  // continuing it) + "Fair competition. ...": titled paragraphs announced in prose. A short
  // first sentence is a loose sign, so the titles must number exactly the count.
  void announced_titled(label_hit& l, std::size_t first, std::vector<enumeration>& out) {
    ledger::transaction attempt(claims_);
    claims_.take(&l);
    item holder;
    std::size_t q = first;
    if (!titled_children(holder, q, paragraph_count(), &l, true)) return;
    for (auto& e : holder.children) out.push_back(std::move(e));
    attempt.commit();
  }
};

}  // namespace

void headed_structures(family_input in, std::vector<enumeration>& out) { sectioned(in).headed_structures(out); }

void counted_headings(family_input in, std::vector<enumeration>& out) { sectioned(in).counted_headings(out); }

}  // namespace precis::detail
