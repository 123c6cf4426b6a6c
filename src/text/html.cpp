#include "text/html.hpp"

#include "text/chars.hpp"
#include "text/entities.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace precis::detail {
namespace {

/// Deeper markup than this is read with its tags blanked: gumbo's tree teardown recurses.
constexpr std::size_t kMaxNesting = 1000;

// An over-estimate of element nesting: open tags minus close tags, void elements ignored.
std::size_t nesting_estimate(std::string_view s) {
  std::size_t depth = 0, max = 0;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != '<') continue;
    char c = s[i + 1];
    if (c == '/') { if (depth) --depth; continue; }
    if (!is_ascii_alpha(c)) continue;
    std::size_t e = s.find('>', i);
    if (e == std::string_view::npos) break;
    if (s[e - 1] == '/') continue;
    std::string_view name = s.substr(i + 1, std::min<std::size_t>(e, s.find_first_of(" \t\n/>", i + 1)) - i - 1);
    static constexpr std::string_view voids[] = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "wbr", "source"};
    bool v = false;
    for (auto x : voids) v = v || std::equal(name.begin(), name.end(), x.begin(), x.end(), [](char a, char b) { return ascii_lower(a) == b; });
    if (!v) max = std::max(max, ++depth);
    i = e;
  }
  return max;
}

block_kind kind_of(GumboTag t, unsigned& level) {
  level = 0;
  switch (t) {
    case GUMBO_TAG_H1: level = 1; return block_kind::heading;
    case GUMBO_TAG_H2: level = 2; return block_kind::heading;
    case GUMBO_TAG_H3: level = 3; return block_kind::heading;
    case GUMBO_TAG_H4: level = 4; return block_kind::heading;
    case GUMBO_TAG_H5: level = 5; return block_kind::heading;
    case GUMBO_TAG_H6: level = 6; return block_kind::heading;
    case GUMBO_TAG_LI: return block_kind::bullet;
    case GUMBO_TAG_TABLE: return block_kind::table;
    case GUMBO_TAG_PRE: return block_kind::code;
    case GUMBO_TAG_BLOCKQUOTE: return block_kind::quote;
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIGURE: case GUMBO_TAG_HEAD:
      return block_kind::boilerplate;
    default: return block_kind::text;
  }
}

bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FORM: case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_HEAD: case GUMBO_TAG_CAPTION:
      return true;
    default: return false;
  }
}

// Reading with tags blanked: the fallback for markup too deep to build a tree of.
layout_result blank_tags(std::string_view src, std::size_t from) {
  std::string clean(src);
  bool in_tag = false;
  for (std::size_t i = from; i < clean.size(); ++i) {
    if (clean[i] == '<') in_tag = true;
    if (in_tag && clean[i] != '\n') {
      if (clean[i] == '>') in_tag = false;
      clean[i] = ' ';
    }
  }
  layout_result r = analyse_layout(clean, false);
  if (r.clean.empty()) r.clean = std::move(clean);
  return r;
}

}  // namespace

bool looks_like_html(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
  std::string head;
  for (std::size_t k = i; k < s.size() && head.size() < 9; ++k) head += ascii_lower(s[k]);
  return head.rfind("<!doctype", 0) == 0 || head.rfind("<html", 0) == 0 || head.rfind("<head", 0) == 0 ||
         head.rfind("<body", 0) == 0 || (head.rfind("<!--", 0) == 0 && s.find("<html") != std::string_view::npos);
}

layout_result read_html(std::string_view src, std::size_t from) {
  if (nesting_estimate(src.substr(from)) > kMaxNesting) return blank_tags(src, from);
  GumboOptions opt = kGumboDefaultOptions;
  opt.max_errors = 0;
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
      gumbo_parse_with_options(&opt, src.data() + from, src.size() - from),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  std::string clean(src);
  for (std::size_t i = from; i < clean.size(); ++i)
    if (clean[i] != '\n') clean[i] = ' ';
  std::vector<block> blocks;
  long leaf = -1;
  // Iterative walk (no recursion on deep trees): node, its nearest block kind and list depth.
  struct item { const GumboNode* node; block_kind kind; unsigned level; bool enter; };
  std::vector<item> stack{{out->root, block_kind::text, 0, true}};
  while (!stack.empty()) {
    item it = stack.back();
    stack.pop_back();
    const GumboNode* n = it.node;
    if (n->type == GUMBO_NODE_ELEMENT) {
      GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE)
        continue;
      if (is_block(tag)) leaf = -1;
      if (!it.enter) continue;
      unsigned level = it.level;
      block_kind kind = it.kind;
      if (it.kind != block_kind::table && it.kind != block_kind::boilerplate) {
        unsigned hl = 0;
        block_kind k = kind_of(tag, hl);
        if (k != block_kind::text) kind = k;
        if (k == block_kind::heading) level = hl;
        if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) level = it.level + 1;
        if (k == block_kind::bullet) level = std::max(1u, it.level);
      }
      stack.push_back({n, kind, level, false});  // leaving it closes the leaf
      const GumboVector& ch = n->v.element.children;
      for (unsigned i = ch.length; i-- > 0;)
        stack.push_back({static_cast<const GumboNode*>(ch.data[i]), kind, level, true});
      continue;
    }
    if (n->type != GUMBO_NODE_TEXT && n->type != GUMBO_NODE_CDATA && n->type != GUMBO_NODE_WHITESPACE) continue;
    const GumboText& t = n->v.text;
    if (!t.original_text.data || t.original_text.length == 0) continue;
    std::size_t b = static_cast<std::size_t>(t.original_text.data - src.data());
    std::size_t e = b + t.original_text.length;
    if (b < from || e > src.size()) continue;
    // The bytes as written, each character reference decoded in place.
    std::memcpy(clean.data() + b, src.data() + b, e - b);
    decode_entities_in_place(clean, b, e);
    for (std::size_t k = b; k < e; ++k)
      if (src[k] == '\n') clean[k] = '\n';
    if (n->type == GUMBO_NODE_WHITESPACE) continue;
    if (leaf < 0) {
      block nb;
      nb.kind = it.kind;
      nb.level = static_cast<std::uint8_t>(std::min(it.level, 255u));
      nb.begin = b;
      nb.end = e;
      blocks.push_back(nb);
      leaf = static_cast<long>(blocks.size() - 1);
    } else {
      block& lb = blocks[static_cast<std::size_t>(leaf)];
      lb.begin = std::min(lb.begin, b);
      lb.end = std::max(lb.end, e);
    }
  }
  // Tree order is not always source order: text in a table but outside its cells is moved in
  // front of the table ("foster parenting"), misnested tags are rebuilt. Blocks go back into
  // source order, and one that overlaps the block before it joins that block, so paragraph
  // spans stay ordered and disjoint (a fuzz finding: tests/fuzz/regression/formats/).
  std::stable_sort(blocks.begin(), blocks.end(), [](const block& x, const block& y) { return x.begin < y.begin; });
  std::vector<block> kept;
  for (block b : blocks) {
    // Trim each block to its visible text.
    while (b.begin < b.end && (clean[b.begin] == ' ' || clean[b.begin] == '\n' || clean[b.begin] == '\t')) ++b.begin;
    while (b.end > b.begin && (clean[b.end - 1] == ' ' || clean[b.end - 1] == '\n' || clean[b.end - 1] == '\t')) --b.end;
    if (b.begin >= b.end) continue;
    if (!kept.empty() && b.begin < kept.back().end) kept.back().end = std::max(kept.back().end, b.end);
    else kept.push_back(b);
  }
  layout_result r;
  r.blocks = std::move(kept);
  r.clean = std::move(clean);
  return r;
}

}  // namespace precis::detail
