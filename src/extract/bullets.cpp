// The bullet family: runs of list lines ("- ...", "a) ...", "(i) ...") become bullets
// enumerations, nested by marker style and by the layout's indentation. The runs are found by
// an X3 grammar over one token per block (grammars/bullet_run); the numbering and nesting of
// each run are decided here, after the parse.
#include "extract/families.hpp"

#include "bullet_run/match.hpp"

#include <functional>

namespace precis::detail {

namespace {

/// SPEC section 5: a bullet item's text starts with its glyph ("- tighten permits"), like every
/// other marker. (The seeds' annotation omits it; tests/extract/acceptance_test.cpp reads both.)
constexpr bool glyph_in_item_text = true;

/// A run of fewer lines is a stray marker, not a list (inside a section one line may be one).
constexpr int min_run_items = 2;

using grammar::list_marker::family;
using grammar::list_marker::marker_match;

}  // namespace

std::vector<enumeration> bullets_from(family_input in, std::size_t& p, std::size_t end, int min_items) {
  const document& d = in.doc;
  auto para = [&](std::size_t i) -> const paragraph& { return d.paragraphs()[i]; };
  auto slice = [&](span s) { return in.text.substr(s.begin, s.size()); };
  struct level {
    std::string style;
    family fam;
    int last = 0;
    enumeration* list;
    int depth = 0;  // the layout's indentation depth (paragraph::level) of its lines
  };
  std::vector<enumeration> top;
  std::vector<level> stack;
  std::size_t q = p;
  auto new_list = [&]() {
    enumeration e;
    e.kind = enumeration_kind::bullets;
    e.src = {static_cast<std::size_t>(-1), 0};
    return e;
  };
  enumeration root = new_list();
  for (; q < end && in.scan.markers[q] && !in.builder.taken(q); ++q) {
    marker_match m = *in.scan.markers[q];
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
    // Indentation nests too: a deeper line opens a sub-list even under the same glyph, a
    // shallower one closes the deeper lists. (Where the layout sees no indentation all lines
    // share one depth and the marker style alone decides, as below.)
    const int depth = para(q).level;
    while (stack.size() > 1 && stack.back().depth > depth) stack.pop_back();
    auto found = std::find_if(stack.begin(), stack.end(),
                              [&](const level& l) { return l.style == style && l.depth >= depth; });
    if (found != stack.end()) {
      stack.erase(found + 1, stack.end());
      if (m.kind != family::bullet && value != found->last + 1) break;  // numbering restarts
    } else if (stack.empty()) {
      stack.push_back({style, m.kind, 0, &root, depth});
    } else {
      // A new style nests under the last item of the current level.
      item& parent = stack.back().list->items.back();
      parent.children.push_back(new_list());
      if (const sentence* s = first_sentence(d, q))
        in.builder.take_label(parent.children.back(), in.builder.label_before_sentence(
                                                          static_cast<std::uint32_t>(s - d.sentences().data())));
      stack.push_back({style, m.kind, 0, &parent.children.back(), depth});
    }
    level& lv = stack.back();
    lv.last = m.kind == family::bullet ? lv.last + 1 : value;
    const auto& pa = para(q);
    // SPEC section 5: an item's text starts with its marker, a glyph bullet included
    // ("- tighten permits ..."); the seeds' annotation (seeds.expected.json) omits the glyph.
    // A numbered item's ordinal is the number written ("3." is 3 even after a gap).
    lv.list->items.push_back(in.builder.make_item(
        m.kind == family::bullet ? static_cast<int>(lv.list->items.size()) + 1 : value,
        glyph_in_item_text || m.kind != family::bullet ? pa.src : span{pa.src.begin + m.length, pa.src.end},
        m.marker, key_phrase(slice(pa.src).substr(m.length))));
    in.builder.claims().take(q);
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

void bullet_runs(family_input in, std::vector<enumeration>& out) {
  namespace br = grammar::bullet_run;
  // One token per block; only this family claims paragraphs while it runs, and only inside the
  // run it is building, so the kinds read here stay true until each run is reached.
  const std::size_t n = in.doc.paragraphs().size();
  std::vector<br::block_token> tokens(n);
  for (std::size_t p = 0; p < n; ++p)
    tokens[p] = {static_cast<std::uint32_t>(p),
                 in.scan.markers[p] && !in.builder.taken(p) ? br::token_kind::list_line : br::token_kind::other};
  for (const br::run& r : br::list_runs(tokens)) {
    std::size_t p = r.front();
    const std::size_t end = std::size_t{r.back()} + 1;
    // A numbering restart ("1. 2. 1. 2.") ends a list inside the run; the rest opens the next.
    while (p < end) {
      std::size_t start = p;
      auto lists = bullets_from(in, p, end, min_run_items);
      if (p == start) ++p;
      for (auto& e : lists) {
        in.builder.take_label(e, label_before_paragraph(in, start));
        set_count(e);
        out.push_back(std::move(e));
      }
    }
  }
}

}  // namespace precis::detail
