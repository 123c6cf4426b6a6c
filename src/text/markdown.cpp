#include "text/markdown.hpp"

#include "text/chars.hpp"
#include "text/entities.hpp"

#include <md4c.h>

#include <algorithm>
#include <cstring>

namespace precis::detail {
namespace {

struct reader {
  std::string_view src;
  std::size_t from;
  std::string clean;                // body bytes blanked, then kept text copied back
  std::vector<block> blocks;
  struct frame { MD_BLOCKTYPE type; unsigned level; bool leaf_done; };
  std::vector<frame> stack;
  long leaf = -1;                   // index of the block receiving text, -1 for none
  unsigned list_depth = 0;
  int skip_text = 0;                // inside an image: alt text is not prose
  bool footnote_link = false;       // [1](#f1): the number is a reference mark, not prose
  unsigned table_depth = 0;         // inside a table every cell's text goes to one block

  std::size_t offset(const MD_CHAR* p) const { return static_cast<std::size_t>(p - src.data()); }
  bool inside(const MD_CHAR* p, MD_SIZE n) const {
    return p >= src.data() && p + n <= src.data() + src.size();
  }

  block_kind leaf_kind(unsigned& level) const {
    level = 0;
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
      switch (it->type) {
        case MD_BLOCK_H: level = it->level; return block_kind::heading;
        case MD_BLOCK_CODE: return block_kind::code;
        case MD_BLOCK_HTML: return block_kind::boilerplate;
        case MD_BLOCK_TABLE: return block_kind::table;
        case MD_BLOCK_QUOTE: return block_kind::quote;
        case MD_BLOCK_LI: level = list_depth; return it->leaf_done ? block_kind::text : block_kind::bullet;
        case MD_BLOCK_P: continue;
        default: break;
      }
    }
    return block_kind::text;
  }

  void open_leaf() {
    unsigned level = 0;
    block b;
    b.kind = leaf_kind(level);
    b.level = static_cast<std::uint8_t>(std::min(level, 255u));
    b.begin = src.size();
    b.end = 0;
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
      if (it->type == MD_BLOCK_LI) { it->leaf_done = true; break; }
    blocks.push_back(b);
    leaf = static_cast<long>(blocks.size() - 1);
  }
  void extend(std::size_t b, std::size_t e) {
    if (leaf < 0) open_leaf();
    block& bl = blocks[static_cast<std::size_t>(leaf)];
    bl.begin = std::min(bl.begin, b);
    bl.end = std::max(bl.end, e);
  }
  void keep(std::size_t b, std::size_t e) {
    std::memcpy(clean.data() + b, src.data() + b, e - b);
    // A backslash escape ("2\." "\[sic\]"): the escaped character moves onto the backslash,
    // so "2\." reads "2. " and a list marker or word is not split by a blank.
    if (b > from && src[b - 1] == '\\' && clean[b - 1] == ' ' && e - b >= 1 &&
        static_cast<unsigned char>(src[b]) < 0x80 && !is_ascii_alnum(src[b])) {
      clean[b - 1] = src[b];
      clean[b] = ' ';
    }
  }

  static int enter_block(MD_BLOCKTYPE t, void* detail, void* ud) {
    auto& r = *static_cast<reader*>(ud);
    unsigned level = 0;
    if (t == MD_BLOCK_H) level = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
    if (t == MD_BLOCK_UL || t == MD_BLOCK_OL) ++r.list_depth;
    // A table is one block; inside it nothing opens a leaf of its own.
    if (!r.table_depth && t != MD_BLOCK_DOC) r.leaf = -1;
    if (t == MD_BLOCK_TABLE) ++r.table_depth;
    r.stack.push_back({t, level, false});
    return 0;
  }
  static int leave_block(MD_BLOCKTYPE t, void*, void* ud) {
    auto& r = *static_cast<reader*>(ud);
    if (t == MD_BLOCK_UL || t == MD_BLOCK_OL) --r.list_depth;
    if (t == MD_BLOCK_TABLE) --r.table_depth;
    r.stack.pop_back();
    if (!r.table_depth) r.leaf = -1;
    return 0;
  }
  static int enter_span(MD_SPANTYPE t, void* detail, void* ud) {
    auto& r = *static_cast<reader*>(ud);
    if (t == MD_SPAN_IMG) ++r.skip_text;
    if (t == MD_SPAN_A) {
      auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
      r.footnote_link = a->href.size > 0 && a->href.text[0] == '#';
    }
    return 0;
  }
  static int leave_span(MD_SPANTYPE t, void*, void* ud) {
    auto& r = *static_cast<reader*>(ud);
    if (t == MD_SPAN_IMG) --r.skip_text;
    if (t == MD_SPAN_A) r.footnote_link = false;
    return 0;
  }
  static int text(MD_TEXTTYPE t, const MD_CHAR* p, MD_SIZE n, void* ud) {
    auto& r = *static_cast<reader*>(ud);
    if (t == MD_TEXT_BR) {  // a hard break ends a block: "**Heading**  " then prose
      if (!r.table_depth) r.leaf = -1;
      return 0;
    }
    if (!r.inside(p, n) || n == 0) return 0;  // soft breaks and NUL replacements are static strings
    std::size_t b = r.offset(p), e = b + n;
    r.extend(b, e);
    if (r.skip_text) return 0;
    switch (t) {
      case MD_TEXT_NORMAL:
      case MD_TEXT_CODE:
      case MD_TEXT_LATEXMATH:
        if (r.footnote_link && std::all_of(p, p + n, [](char c) { return is_ascii_digit(c); })) return 0;
        r.keep(b, e);
        break;
      case MD_TEXT_ENTITY: {
        std::string d = decode_entity(std::string_view(p, n));
        if (d.size() <= n) std::memcpy(r.clean.data() + b, d.data(), d.size());
        break;
      }
      default:  // HTML: blank
        break;
    }
    return 0;
  }
};

std::size_t line_start(std::string_view s, std::size_t i) {
  while (i > 0 && s[i - 1] != '\n') --i;
  return i;
}
std::size_t line_end(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] != '\n') ++i;
  return i;
}
bool blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

layout_result read_markdown(std::string_view src, std::size_t from) {
  reader r{src, from, std::string(src), {}, {}, -1, 0, 0, false, 0};
  for (std::size_t i = from; i < src.size(); ++i)
    if (src[i] != '\n') r.clean[i] = ' ';
  MD_PARSER parser{};
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOINDENTEDCODEBLOCKS;
  parser.enter_block = &reader::enter_block;
  parser.leave_block = &reader::leave_block;
  parser.enter_span = &reader::enter_span;
  parser.leave_span = &reader::leave_span;
  parser.text = &reader::text;
  md_parse(src.data() + from, static_cast<MD_SIZE>(src.size() - from), &parser, &r);

  layout_result out;
  std::vector<block> blocks;
  for (block& b : r.blocks)
    if (b.begin < b.end) blocks.push_back(b);
  std::sort(blocks.begin(), blocks.end(), [](const block& a, const block& b) { return a.begin < b.begin; });
  // Markup at the edges (`## `, `**`, `- `, `](url)`, `</u>**`) belongs to the block: extend it
  // to its first line's start and its last line's end, never into a neighbour.
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    block& b = blocks[i];
    std::size_t lo = i > 0 ? blocks[i - 1].end : from;
    std::size_t hi = i + 1 < blocks.size() ? blocks[i + 1].begin : src.size();
    std::size_t ls = std::max(line_start(src, b.begin), lo);
    while (ls < b.begin && blank(src[ls])) ++ls;
    b.begin = ls;
    std::size_t le = std::min(line_end(src, b.end), hi);
    while (le > b.end && blank(src[le - 1])) --le;
    b.end = le;
    if (b.kind == block_kind::bullet) {
      // Keep the list marker ("-", "1.", "•"): an item's text starts with it.
      std::size_t k = b.begin;
      while (k < b.end && !blank(src[k]) && (src[k] == '-' || src[k] == '*' || src[k] == '+' ||
                                             is_ascii_digit(src[k]) || src[k] == '.' || src[k] == ')'))
        ++k;
      std::memcpy(r.clean.data() + b.begin, src.data() + b.begin, k - b.begin);
    }
  }
  out.blocks = std::move(blocks);
  out.clean = std::move(r.clean);
  return out;
}

bool markdown_too_deep(std::string_view s) noexcept {
  constexpr std::size_t kMaxQuoteDepth = 64;
  std::size_t depth = 0;
  bool line_start = true;
  for (char c : s) {
    if (c == '\n') { line_start = true; depth = 0; continue; }
    if (!line_start) continue;
    if (c == '>') { if (++depth > kMaxQuoteDepth) return true; }
    else if (c != ' ' && c != '\t') line_start = false;
  }
  return false;
}

bool looks_like_markdown(std::string_view s) noexcept {
  std::size_t atx = 0, lists = 0, emph = 0, tables = 0, fences = 0, lines = 0;
  std::size_t pos = 0;
  while (pos < s.size() && lines < 2000) {
    std::size_t nl = s.find('\n', pos);
    std::string_view ln = s.substr(pos, (nl == std::string_view::npos ? s.size() : nl) - pos);
    ++lines;
    std::size_t h = 0;
    while (h < ln.size() && ln[h] == '#') ++h;
    if (h >= 1 && h <= 6 && h < ln.size() && ln[h] == ' ') ++atx;
    if (ln.size() > 2 && (ln[0] == '-' || ln[0] == '*' || ln[0] == '+') && ln[1] == ' ') ++lists;
    if (ln.find("**") != std::string_view::npos || ln.find("](") != std::string_view::npos) ++emph;
    if (ln.size() > 2 && ln[0] == '|') ++tables;
    if (ln.substr(0, 3) == "```") ++fences;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return atx >= 1 || fences >= 2 || tables >= 2 || (emph >= 2 && lists >= 1) || emph >= 4;
}

}  // namespace precis::detail
