// The tree builder: the grammars' hits (extract/scan.cpp) become enumerations.
//
// The families run in the priority order of builder::families (each row says why it sits
// there); a paragraph or label taken by one is not free for the next. Claims go through one
// ledger (extract/ledger.hpp) whose transactions release what a failed try took. Families in
// their own units: numbered headings and paragraphs (extract/numbered.cpp), ordinal runs
// (sentence_runs.cpp), inline lists (inline_lists.cpp), bullets (bullets.cpp), announced and
// counted headings with their headed sections or titled paragraphs (sections.cpp); here:
// declared-only labels, parallel clauses, the lists attached under a section's item, and the
// nesting of what lies inside a heading's or an item's extent under that item.
#include <precis/extract/extract.hpp>

#include "extract/families.hpp"
#include "extract/ledger.hpp"
#include "extract/numbered.hpp"
#include "extract/scan.hpp"
#include "text/chars.hpp"
#include "text/layout.hpp"

#include <algorithm>
#include <cstring>
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

class builder final : detail::section_services, detail::builder_services {
public:
  explicit builder(const document& d)
      : d_(d), text_(d.clean()), scan_(detail::scan(d)), claims_(d.paragraphs().size(), scan_.labels),
        section_numbers_(detail::find_section_numbers(d, scan_)), paragraph_numbers_(detail::find_paragraph_numbers(d)) {}

  /// Every family in priority order (the table below), then nesting by extent.
  std::vector<enumeration> run();

private:
  /// One structure family: what it is, the pass that finds it, and why it runs at its place.
  struct family_row {
    const char* name;
    void (builder::*find)(std::vector<enumeration>&);
    const char* why;
  };
  // In priority order: a paragraph or label taken by an earlier family is no longer free.
  static const family_row families[];

  const document& d_;
  std::string_view text_;
  detail::scan_result scan_;
  detail::ledger claims_;  // paragraphs, labels and extents taken so far
  detail::section_numbers section_numbers_;    // per paragraph (extract/numbered.hpp)
  detail::section_numbers paragraph_numbers_;  // per text paragraph (extract/numbered.hpp)

  // ---- the numbered families (extract/numbered.cpp) and what they ask of the builder --------
  detail::numbered_input numbered_in() { return {d_, scan_, section_numbers_, paragraph_numbers_, *this}; }
  void numbered_headings(std::vector<enumeration>& out) { detail::numbered_headings(numbered_in(), out); }
  void numbered_paragraphs(std::vector<enumeration>& out) { detail::numbered_paragraphs(numbered_in(), out); }
  bool numbered_heading(std::size_t p) const { return section_numbers_[p].has_value(); }
  bool taken(std::size_t p) const override { return used(p); }  // for both services
  void finish(enumeration& e, std::size_t p) override { finish(e, label_before_paragraph(p)); }

  // What an item of a paragraphs run governs is its own span.
  void govern(const item& it) override { claims_.govern(it.src.begin, it.src); }
  detail::ledger& claims() override { return claims_; }

  // An item led by paragraph h governs the paragraphs up to `stop`: h is taken, its list lines
  // become its children, and whatever else is found there nests under it.
  void section_item(item& it, std::size_t h, std::size_t stop) override {
    mark(h);
    attach_lists(it, h + 1, stop);
    record_extent(it, h, stop);
  }

  // The label a structure opening paragraph p may take from the sentence before it.
  detail::label_hit* label_before_paragraph(std::size_t p) { return detail::label_before_paragraph(family_view(), p); }

  // What a heading or titled item governs: its paragraphs [first_para, end_para).
  void record_extent(const item& it, std::size_t first_para, std::size_t end_para) {
    if (end_para <= first_para) return;
    claims_.govern(it.src.begin, {para(first_para).src.begin, para(end_para - 1).src.end});
  }
  bool used(std::size_t p) const { return claims_.taken(p); }
  void mark(std::size_t p) { claims_.take(p); }
  void use(detail::label_hit* l) { claims_.take(l); }

  // Labels and ordinal hits are in sentence order: the ones of a sentence range by bisection.
  std::pair<detail::label_hit*, detail::label_hit*> labels_in(std::uint32_t first, std::uint32_t last) {
    return detail::labels_in(scan_, first, last);
  }
  detail::family_input family_view() { return {d_, text_, scan_, *this}; }

  // ---- the families in their own units (extract/families.hpp) ---------------------------------
  void ordinal_runs(std::vector<enumeration>& out) { detail::ordinal_runs(family_view(), out); }
  void inline_lists(std::vector<enumeration>& out) { detail::inline_lists(family_view(), out); }
  void following_sentences(std::vector<enumeration>& out) { detail::following_sentences(family_view(), out); }

  // ---- helpers -------------------------------------------------------------------------------
  const paragraph& para(std::size_t p) const { return d_.paragraphs()[p]; }
  std::size_t paragraph_count() const { return d_.paragraphs().size(); }
  std::string_view slice(span s) const { return text_.substr(s.begin, s.size()); }
  // Every item text goes through here: an inverted or out-of-range span (a rule's bug) gives
  // an empty text instead of reaching document::text, which would reserve SIZE_MAX bytes.
  std::string one_line(span s) const { return detail::one_line(d_, s); }

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

  // An enumeration's span runs to the end of its last item's children ("- A\n  - a1\n  - a2":
  // the list ends after a2, not after A). Returns the end.
  static std::size_t cover_children(enumeration& e) {
    for (auto& it : e.items)
      for (auto& c : it.children) e.src.end = std::max(e.src.end, cover_children(c));
    return e.src.end;
  }

  // The one place an item is made: its ordinal, span, the text of that span, marker and head.
  item make_item(int ordinal, span src, std::string marker, std::string head) const override {
    item it;
    it.ordinal = ordinal;
    it.marker = std::move(marker);
    it.src = src;
    it.text = one_line(src);
    it.head = std::move(head);
    return it;
  }

  // The one place an enumeration of items is finished: its span over the items (and the
  // label), the label taken, the count checked.
  void finish(enumeration& e, detail::label_hit* label) override {
    if (!e.items.empty()) e.src = {e.items.front().src.begin, e.items.back().src.end};
    take_label(e, label);
    set_count(e);
  }

  static void close_span(enumeration& e) { detail::close_span(e); }

  // ---- the families in their own units (extract/families.hpp) ---------------------------------
  void bullet_runs(std::vector<enumeration>& out) { detail::bullet_runs(family_view(), out); }
  void headed_structures(std::vector<enumeration>& out) { detail::headed_structures(family_view(), out); }
  void counted_headings(std::vector<enumeration>& out) { detail::counted_headings(family_view(), out); }

  // Numbered paragraphs runs and bullet lists inside [p, end) become children of `it`.
  void attach_lists(item& it, std::size_t p, std::size_t end) override {
    while (p < end) {
      if (!scan_.markers[p] || used(p)) { ++p; continue; }
      if (auto run = detail::numbered_run_from(numbered_in(), p, end)) {
        it.children.push_back(std::move(*run));
        continue;
      }
      std::size_t start = p;
      auto lists = detail::bullets_from(family_view(), p, end, 1);
      if (p == start) ++p;
      for (auto& e : lists) it.children.push_back(std::move(e));
    }
  }

  // Structures inside a heading's or titled item's section become that item's children.
  // Two rounds, inner hosts first: lists inside the items of a paragraphs run move under those
  // items, then everything inside a section (paragraphs runs with their children included)
  // moves under the section's item.
  void nest_into_sections(std::vector<enumeration>& out) {
    auto paragraphs_run = [](const enumeration& e) { return e.kind == enumeration_kind::paragraphs; };
    auto sectioned = [](const enumeration& e) {
      return e.kind == enumeration_kind::headed_sections || e.kind == enumeration_kind::titled_paragraphs;
    };
    nest_into(out, paragraphs_run, sectioned);
    nest_into(out, sectioned, [](const enumeration&) { return false; });
  }

  // Moves every enumeration that is neither a host nor `stays` under the innermost host item
  // whose recorded extent contains it. One sweep in document order over the host items (their
  // extents nest: sections, items) with a stack of the open ones: n log n, not movers x items.
  template <class Host, class Stays>
  void nest_into(std::vector<enumeration>& out, Host host, Stays stays) {
    if (claims_.extents().empty()) return;
    std::vector<enumeration> keep;
    std::vector<enumeration> movers;
    for (auto& e : out) (host(e) || stays(e) ? keep : movers).push_back(std::move(e));
    struct place {
      span extent;
      item* it;
      int depth;
    };
    std::vector<place> hosts;
    std::function<void(std::vector<enumeration>&, int)> collect = [&](std::vector<enumeration>& enums, int depth) {
      for (auto& e : enums)
        for (auto& it : e.items) {
          auto x = claims_.extents().find(it.src.begin);
          if (x != claims_.extents().end()) hosts.push_back({x->second, &it, depth});
          collect(it.children, depth + 1);
        }
    };
    collect(keep, 0);
    std::stable_sort(hosts.begin(), hosts.end(), [](const place& a, const place& b) {
      return a.extent.begin != b.extent.begin ? a.extent.begin < b.extent.begin : a.extent.size() > b.extent.size();
    });
    std::vector<std::size_t> order(movers.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return movers[a].src.begin < movers[b].src.begin; });
    std::vector<const place*> open;
    std::vector<std::pair<const place*, std::size_t>> moves;  // (home or null, mover)
    std::size_t h = 0;
    for (std::size_t i : order) {
      const span m = movers[i].src;
      for (; h < hosts.size() && hosts[h].extent.begin <= m.begin; ++h) {
        while (!open.empty() && open.back()->extent.end <= hosts[h].extent.begin) open.pop_back();
        open.push_back(&hosts[h]);
      }
      while (!open.empty() && open.back()->extent.end <= m.begin) open.pop_back();
      const place* home = nullptr;
      for (auto k = open.rbegin(); k != open.rend() && !home; ++k)
        if ((*k)->extent.contains(m)) home = *k;
      moves.emplace_back(home, i);
    }
    // Deepest homes first, top level last, so no push moves an item still to receive one.
    std::stable_sort(moves.begin(), moves.end(), [](const auto& a, const auto& b) {
      return (a.first ? a.first->depth : -1) > (b.first ? b.first->depth : -1);
    });
    std::vector<item*> homes;
    for (auto& [home, i] : moves) {
      if (!home) {
        keep.push_back(std::move(movers[i]));
        continue;
      }
      home->it->children.push_back(std::move(movers[i]));
      homes.push_back(home->it);
    }
    std::sort(homes.begin(), homes.end());
    homes.erase(std::unique(homes.begin(), homes.end()), homes.end());
    for (item* it : homes)
      std::stable_sort(it->children.begin(), it->children.end(),
                       [](const enumeration& a, const enumeration& b) { return a.src.begin < b.src.begin; });
    out = std::move(keep);
  }


  // ---- parallel clauses ------------------------------------------------------------------------
  // "A remains unchanged; B remains unchanged; and C remains unchanged": three or more
  // semicolon clauses of one sentence ending with the same two words.

  /// Whether `t` holds two semicolons: every body sentence is asked and few hold one, so
  /// memchr skips the bytes instead of a count of them all.
  static bool two_semicolons(std::string_view t) {
    const auto* first = static_cast<const char*>(std::memchr(t.data(), ';', t.size()));
    if (!first) return false;
    const std::size_t after = static_cast<std::size_t>(first - t.data()) + 1;
    return std::memchr(first + 1, ';', t.size() - after) != nullptr;
  }

  void parallel_clauses(std::vector<enumeration>& out) {
    for (const sentence& s : d_.sentences()) {
      if (s.kind != sentence_kind::body) continue;
      std::string_view t = slice(s.src);
      if (!two_semicolons(t)) continue;
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

const builder::family_row builder::families[] = {
    {"headed sections (announced)", &builder::headed_structures,
     "a counted label right before headings owns them, and they own what lies under them"},
    {"counted headings", &builder::counted_headings,
     "a heading that counts (\"Two Principles\") owns the titled paragraphs or headings after it"},
    {"numbered headings", &builder::numbered_headings,
     "\"I. Opening\", \"2. Financing\" title sections; their prose is not a list's items"},
    {"numbered paragraphs", &builder::numbered_paragraphs,
     "\"(1)\" + prose + \"(2)\": before bullets, which would read each number as a one-line list"},
    {"bullets", &builder::bullet_runs, "list lines not taken by a section; before ordinal words inside them"},
    {"ordinal runs", &builder::ordinal_runs, "First ... Secondly: labels before runs go to the run, not inline"},
    {"inline lists", &builder::inline_lists, "a counted label with its list in the same sentence"},
    {"following sentences", &builder::following_sentences,
     "\"the following ...\" + unmarked sentences: only where no marked or inline list took the label"},
    {"declared only", &builder::declared_only, "a label nothing above listed: only after every listing family"},
    {"parallel clauses", &builder::parallel_clauses, "unlabelled; takes nothing, so last"},
};

std::vector<enumeration> builder::run() {
  std::vector<enumeration> out;
  for (const family_row& f : families) (this->*f.find)(out);
  nest_into_sections(out);
  for (auto& e : out) cover_children(e);
  std::stable_sort(out.begin(), out.end(),
                   [](const enumeration& a, const enumeration& b) { return a.src.begin < b.src.begin; });
  return out;
}

}  // namespace

std::vector<enumeration> extract(const document& doc) { return builder(doc).run(); }

}  // namespace v0
}  // namespace precis
