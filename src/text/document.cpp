// The document pipeline: bytes → validation → layout clean-up → blocks → sentences → tokens.
#include <precis/text/document.hpp>
#include <precis/text/normalize.hpp>

#include "metadata/match.hpp"
#include "text/chars.hpp"
#include "text/front_matter.hpp"
#include "text/layout.hpp"
#include "text/layout_model.hpp"
#include "text/markdown.hpp"
#include "text/html.hpp"
#include "text/lexicon.hpp"
#include "text/utf8.hpp"
#include "text/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <filesystem>
#include <cstring>
#include <fstream>
#include <istream>
#include <limits>

namespace precis {
inline namespace v0 {

namespace {


constexpr std::size_t max_input = std::numeric_limits<std::uint32_t>::max();
}  // namespace

/// Builds a document's units in one pass over its blocks.
struct document_builder {
  document& d;
  detail::vocabulary& vocab = detail::thread_vocabulary();

  // Vocabulary entries in the order the document first uses them: terms() and stems() are
  // built from it once, at their final size, instead of one string copy and vector regrowth
  // per new word while tokenizing. Reused by every document of the thread.
  std::vector<std::uint32_t>& used = used_words();
  static std::vector<std::uint32_t>& used_words() {
    thread_local std::vector<std::uint32_t> v;
    return v;
  }

  // Tokens are numbered in batches: tokenize() hashes each word and prefetches its table slot,
  // and intern_pending() looks the batch up, prefetches the entries' marks, then numbers them,
  // so that the cache misses of a batch overlap where one token's waited on the last's.
  static constexpr std::size_t intern_batch = 64;
  std::vector<std::uint64_t>& pending = pending_hashes();  ///< of tokens_[size - pending.size(), size)
  static std::vector<std::uint64_t>& pending_hashes() {
    thread_local std::vector<std::uint64_t> v;
    return v;
  }

  // The document's own numbering of the thread vocabulary's entries it uses, for the tokens
  // added since the last call.
  void intern_pending() {
    const std::string_view text = d.clean();
    token* const first = d.tokens_.data() + (d.tokens_.size() - pending.size());
    for (std::size_t i = 0; i < pending.size(); ++i) {
      token& t = first[i];
      t.term = vocab.lookup(text.substr(t.begin, t.end - t.begin), pending[i]);
      vocab.prefetch_word_mark(t.term);
    }
    const std::uint64_t gen = std::uint64_t{vocab.generation()} << 32;
    for (std::size_t i = 0; i < pending.size(); ++i) {
      token& t = first[i];
      detail::vocabulary::mark& m = vocab.word_mark(t.term);
      if ((m & ~std::uint64_t{0xFFFFFFFFu}) != gen) {
        m = gen | used.size();
        used.push_back(t.term);
      }
      t.term = static_cast<std::uint32_t>(m);
    }
    pending.clear();
  }

  // terms() and stems() from the entries used, numbered as first used (a stem when its
  // first term is).
  void build_terms() {
    const std::uint64_t gen = std::uint64_t{vocab.generation()} << 32;
    std::vector<std::uint32_t>& stem_ids = used_stems();
    stem_ids.clear();
    d.terms_.reserve(used.size());
    // Entries, then their stems, fetched ahead of use: a document's words lie all over the
    // vocabulary, and read one after another each waited on a cache miss.
    for (std::uint32_t id : used) vocab.prefetch_word(id);
    for (std::uint32_t id : used) vocab.prefetch_stem(vocab.at(id).stem);
    for (std::uint32_t id : used) {
      const detail::vocabulary::word& w = vocab.at(id);
      detail::vocabulary::mark& sm = vocab.stem_mark(w.stem);
      if ((sm & ~std::uint64_t{0xFFFFFFFFu}) != gen) {
        sm = gen | stem_ids.size();
        stem_ids.push_back(w.stem);
      }
      term& t = d.terms_.emplace_back();
      t.folded = w.folded;
      t.stem = static_cast<std::uint32_t>(sm);
      t.stop = w.stop;
      t.alpha = w.alpha;
    }
    d.stems_.reserve(stem_ids.size());
    for (std::uint32_t s : stem_ids) d.stems_.emplace_back(vocab.stem(s).text);
    used.clear();
  }
  /// Scratch for build_terms: the stems in the order the document first uses them.
  static std::vector<std::uint32_t>& used_stems() {
    thread_local std::vector<std::uint32_t> v;
    return v;
  }

  // Words: letters and digits; an apostrophe between letters and a . or , between digits stay
  // inside ("China's", "586.7", "2,000"); hyphens and slashes split.
  // Byte classes for the tokenizer's hot loop: one table load instead of range compares.
  enum : std::uint8_t { other = 0, alnum = 1, digit = 2, high = 4 };
  static const std::array<std::uint8_t, 256>& byte_class() {
    static const std::array<std::uint8_t, 256> t = [] {
      std::array<std::uint8_t, 256> c{};
      for (int i = 0; i < 256; ++i) {
        auto ch = static_cast<char>(i);
        c[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(
            (detail::is_ascii_alnum(ch) ? alnum : 0) | (detail::is_ascii_digit(ch) ? digit : 0) | (i >= 0x80 ? high : 0));
      }
      return c;
    }();
    return t;
  }

  // Words: letters and digits; an apostrophe between letters and a . or , between digits stay
  // inside ("China's", "586.7", "2,000"); hyphens and slashes split.
  void tokenize(std::string_view text, std::size_t b, std::size_t e) {
    const auto& cls = byte_class();
    const char* base = text.data();
    const char* end = base + e;
    const char* p = base + b;
    auto at = [&](const char* q) { return cls[static_cast<unsigned char>(*q)]; };
    auto word_at = [&](const char* q, std::size_t& n) {
      char32_t cp;
      n = detail::decode_utf8(q, end, cp);
      return detail::is_word_cp(cp);
    };
    while (p < end) {
      std::uint8_t k = at(p);
      if (!(k & alnum)) {
        std::size_t n = 1;
        if (!(k & high) || !word_at(p, n)) {
          p += n;
          continue;
        }
      }
      const char* s = p;
      while (p < end) {
        k = at(p);
        if (k & alnum) { ++p; continue; }
        if (k & high) {
          if (end - p >= 4 && std::memcmp(p, "\xE2\x80\x99", 3) == 0 && detail::is_ascii_alpha(p[3])) { p += 4; continue; }
          std::size_t n;
          if (!word_at(p, n)) break;
          p += n;
          continue;
        }
        if (p + 1 < end && (((*p == '.' || *p == ',') && (at(p - 1) & digit) && (at(p + 1) & digit)) ||
                            (*p == '\'' && detail::is_ascii_alpha(p[1])))) {
          p += 2;
          continue;
        }
        break;
      }
      pending.push_back(vocab.prepare({s, static_cast<std::size_t>(p - s)}));
      d.tokens_.push_back({static_cast<std::uint32_t>(s - base), static_cast<std::uint32_t>(p - base), 0});
      if (pending.size() == intern_batch) intern_pending();
    }
  }

  void add_sentence(span s, std::uint32_t para, sentence_kind kind, meta_kind meta) {
    sentence x;
    x.src = s;
    x.kind = kind;
    x.meta = meta;
    x.paragraph = para;
    x.first_token = static_cast<std::uint32_t>(d.tokens_.size());
    tokenize(d.clean(), s.begin, s.end);
    x.last_token = static_cast<std::uint32_t>(d.tokens_.size());
    d.sentences_.push_back(x);
  }

  // The format to read: the caller's choice, else the file name's extension, else a look.
  static input_format resolve_format(const load_options& opt, std::string_view name, std::string_view src,
                                     std::size_t body) {
    if (opt.format != input_format::auto_detect) return opt.format;
    auto ext = [&](std::string_view e) {
      return name.size() > e.size() && std::equal(e.rbegin(), e.rend(), name.rbegin(),
                                                  [](char a, char b) { return a == detail::ascii_lower(b); });
    };
    if (ext(".md") || ext(".markdown") || ext(".mdown") || ext(".mkd")) return input_format::markdown;
    if (ext(".html") || ext(".htm") || ext(".xhtml")) return input_format::html;
    if (ext(".txt") || ext(".text")) return input_format::text;
    if (detail::looks_like_html(src.substr(body))) return input_format::html;
    if (detail::find_front_matter(src, body).present || detail::looks_like_markdown(src.substr(body)))
      return input_format::markdown;
    return input_format::text;
  }

  // Plain text written with a little Markdown ("### I. Opening", "**Title**", "---", a lone
  // "#" page break): headings get their level, markup is blanked, rules and breaks vanish.
  static void text_markup(std::string_view src, detail::layout_result& lay) {
    std::vector<detail::block> kept;
    for (detail::block b : lay.blocks) {
      std::string_view t = src.substr(b.begin, b.end - b.begin);
      std::size_t h = 0;
      while (h < t.size() && t[h] == '#') ++h;
      bool one_line = t.find('\n') == std::string_view::npos;
      if (h == t.size() && h > 0) {  // a lone "#": a page break in a converted PDF
        std::fill_n(detail::editable_clean(lay, src).begin() + static_cast<std::ptrdiff_t>(b.begin), h, ' ');
        continue;
      }
      if (one_line && t.size() >= 3 && (t.find_first_not_of('-') == std::string_view::npos ||
                                        t.find_first_not_of('*') == std::string_view::npos ||
                                        t.find_first_not_of('_') == std::string_view::npos)) {
        std::fill_n(detail::editable_clean(lay, src).begin() + static_cast<std::ptrdiff_t>(b.begin), t.size(), ' ');
        continue;  // a thematic break
      }
      if (one_line && h >= 1 && h <= 6 && h < t.size() && t[h] == ' ') {
        std::fill_n(detail::editable_clean(lay, src).begin() + static_cast<std::ptrdiff_t>(b.begin), h, ' ');
        b.kind = block_kind::heading;
        b.level = static_cast<std::uint8_t>(h);
      } else if (one_line && t.size() > 4 && t.substr(0, 2) == "**" && t.substr(t.size() - 2) == "**" &&
                 detail::heading_like(t.substr(2, t.size() - 4))) {
        auto& c = detail::editable_clean(lay, src);
        c[b.begin] = c[b.begin + 1] = c[b.end - 1] = c[b.end - 2] = ' ';
        b.kind = block_kind::heading;
        b.level = 2;
      }
      kept.push_back(b);
    }
    lay.blocks = std::move(kept);
  }

  void build(const load_options& opt) {
    std::string_view src = d.source_;
    const std::size_t bom = src.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    d.format_ = resolve_format(opt, d.name_, src, bom);
    if (d.format_ != input_format::html) d.front_matter_ = detail::find_front_matter(src, bom);
    const std::size_t body = d.front_matter_.present ? d.front_matter_.src.end : bom;
    if (d.format_ == input_format::markdown && detail::markdown_too_deep(src.substr(body)))
      d.format_ = input_format::text;  // quotes nested past what the parser takes in linear time

    detail::layout_result lay;
    if (d.format_ == input_format::markdown) {
      lay = detail::read_markdown(src, body);
    } else if (d.format_ == input_format::html) {
      lay = detail::read_html(src, body);
    } else if (body > 0) {
      // Layout reads the text with the front matter and mark blanked, offsets unchanged.
      std::string blanked(src);
      for (std::size_t i = 0; i < body; ++i)
        if (blanked[i] != '\n') blanked[i] = ' ';
      lay = detail::analyse_layout(blanked, opt.pdf_cleanup);
      if (lay.clean.empty()) lay.clean = std::move(blanked);
    } else {
      lay = detail::analyse_layout(src, opt.pdf_cleanup);
    }
    if (body > 0) {
      auto& c = detail::editable_clean(lay, src);
      for (std::size_t i = 0; i < body; ++i)
        if (c[i] != '\n') c[i] = ' ';
    }
    if (d.format_ == input_format::text) text_markup(src, lay);
    detail::refine_blocks(src, lay.clean.empty() ? src : std::string_view(lay.clean), d.format_, lay.blocks);

    d.tokens_.reserve(d.source_.size() / 7);  // ~6.5 bytes per token in English news
    d.clean_ = std::move(lay.clean);
    d.removed_ = std::move(lay.removed);
    std::string_view text = d.clean();
    vocab.begin_document(text);
    used.clear();
    pending.clear();
    d.sections_.push_back(section{});
    if (d.front_matter_.present) {
      paragraph fm;
      fm.src = d.front_matter_.src;
      fm.kind = block_kind::front_matter;
      d.paragraphs_.push_back(fm);
    }
    std::vector<span> spans;
    auto add_heading = [&](span src, std::uint8_t level, std::uint32_t para, bool run_in) {
      heading h;
      h.src = src;
      h.text = d.text(src);
      h.level = level ? level : 2;
      h.paragraph = para;
      h.run_in = run_in;
      if (!h.text.empty()) d.headings_.push_back(std::move(h));
    };
    for (const detail::block& b : lay.blocks) {
      paragraph p;
      p.src = {b.begin, b.end};
      p.kind = b.kind;
      p.rejoined = b.rejoined;
      p.level = b.level;
      p.label = b.label;
      std::string_view t = text.substr(b.begin, b.end - b.begin);
      auto para = static_cast<std::uint32_t>(d.paragraphs_.size());
      p.first_sentence = static_cast<std::uint32_t>(d.sentences_.size());
      if (b.kind == block_kind::front_matter || b.kind == block_kind::rule) {
        d.paragraphs_.push_back(p);
        continue;
      }
      const bool furniture = b.kind == block_kind::boilerplate || b.kind == block_kind::table || b.kind == block_kind::code;
      if (furniture) {
        // A notice's run-in head (layout keeps it) is a heading; the rest is furniture.
        const std::size_t body_at = b.run_in ? b.body : b.begin;
        if (b.run_in) add_sentence({b.begin, b.body}, para, sentence_kind::heading, meta_kind::none);
        spans.clear();
        detail::split_sentences(text, body_at, b.end, spans);
        for (span s : spans) add_sentence(s, para, sentence_kind::boilerplate, meta_kind::none);
        p.last_sentence = static_cast<std::uint32_t>(d.sentences_.size());
        if (b.run_in) add_heading({b.begin, b.body}, p.level, para, true);
        d.paragraphs_.push_back(p);
        continue;
      }
      // A bullet's sentences start after its marker; the paragraph keeps the marker.
      std::size_t body_at = b.begin + (b.kind == block_kind::bullet ? detail::list_marker_length(t) : 0);
      if (!b.label.empty()) {
        // The turn label (and a note after it: "(As interpreted.)") is metadata, not prose.
        std::size_t e = b.label.end;
        std::size_t k = e;
        while (k < b.end && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n')) ++k;
        if (k < b.end && text[k] == '(') {
          std::size_t close = text.find(')', k);
          if (close != std::string_view::npos && close < b.end && close - k < 40) e = close + 1;
        }
        add_sentence({b.label.begin, e}, para, sentence_kind::meta, meta_kind::label);
        body_at = e;
      }
      if (b.run_in) {
        add_sentence({b.begin, b.body}, para, sentence_kind::heading, meta_kind::none);
        body_at = b.body;
      }
      if (grammar::meta::is_editor_line(t)) {
        p.kind = block_kind::meta;
        add_sentence(p.src, para, sentence_kind::meta, meta_kind::editor);
        body_at = b.end;
      } else if (grammar::meta::is_time_stamp_line(t)) {
        p.kind = block_kind::meta;
        add_sentence(p.src, para, sentence_kind::meta, meta_kind::byline);
        body_at = b.end;
      } else if (b.label.empty() && !b.run_in) {
        if (auto ds = grammar::meta::match_date_stamp(t)) {
          add_sentence({b.begin, b.begin + trimmed(t.substr(0, ds->first))}, para, sentence_kind::meta, meta_kind::date);
          body_at = b.begin + ds->first;
        }
        if (auto dl = grammar::meta::match_dateline(text.substr(body_at, b.end - body_at))) {
          add_sentence({body_at, body_at + trimmed(text.substr(body_at, dl->length))}, para, sentence_kind::meta, meta_kind::dateline);
          body_at += dl->length;
        }
      }
      if (body_at < b.end) {
        bool caption = grammar::meta::is_caption(t);
        // A headline after a date stamp is a heading even though the block as a whole is not.
        if (body_at != b.begin && p.kind == block_kind::text && b.label.empty() && !b.run_in &&
            detail::heading_like(text.substr(body_at, b.end - body_at)))
          p.kind = block_kind::heading;
        if (caption) p.kind = block_kind::meta;
        spans.clear();
        detail::split_sentences(text, body_at, b.end, spans);
        for (span s : spans)
          add_sentence(s, para,
                       caption ? sentence_kind::meta : p.kind == block_kind::heading ? sentence_kind::heading : sentence_kind::body,
                       caption ? meta_kind::caption : meta_kind::none);
      }
      p.last_sentence = static_cast<std::uint32_t>(d.sentences_.size());
      if (p.kind == block_kind::heading || b.run_in)
        add_heading(b.run_in ? span{b.begin, b.body} : p.src, p.level, para, b.run_in);
      d.paragraphs_.push_back(p);
    }
    intern_pending();
    build_terms();
    build_sections();
  }

  // Sections nest by heading level: a heading closes every open section of its level or deeper.
  void build_sections() {
    std::vector<std::uint32_t> open{0};
    std::size_t next_heading = 0;
    for (std::uint32_t i = 0; i < d.paragraphs_.size(); ++i) {
      if (next_heading < d.headings_.size() && d.headings_[next_heading].paragraph == i) {
        const heading& h = d.headings_[next_heading];
        while (open.size() > 1 && d.sections_[open.back()].level >= h.level) {
          d.sections_[open.back()].last_paragraph = i;
          open.pop_back();
        }
        section s;
        s.heading = static_cast<std::uint32_t>(next_heading);
        s.parent = open.back();
        s.level = h.level;
        s.first_paragraph = i;
        d.sections_.push_back(s);
        open.push_back(static_cast<std::uint32_t>(d.sections_.size() - 1));
        ++next_heading;
      }
      d.paragraphs_[i].section = open.back();
    }
    for (auto k : open) d.sections_[k].last_paragraph = static_cast<std::uint32_t>(d.paragraphs_.size());
  }

  static std::size_t trimmed(std::string_view t) {
    std::size_t n = t.size();
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t')) --n;
    return n;
  }
};

namespace {

std::pair<std::size_t, std::size_t> locate(std::string_view src, std::size_t offset) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < src.size(); ++i) {
    if (src[i] == '\n') { ++line; col = 1; }
    else ++col;
  }
  return {line, col};
}

[[noreturn]] void fail(input_errc code, const std::string& name, std::string_view src,
                       std::size_t offset, const std::string& msg) {
  auto [line, col] = locate(src, offset);
  throw input_error(code, name, offset, line, col, msg);
}

}  // namespace

document document::from_string(std::string text, std::string name, const load_options& opt) {
  if (text.size() > max_input)
    throw input_error(input_errc::bad_data, name, max_input, 0, 0,
                      "input larger than 4 GiB; split it into documents");
  document d;
  d.name_ = std::move(name);
  d.source_ = std::move(text);
  if (opt.repair) {
    d.repaired_ = detail::repair_utf8(d.source_);
  } else if (auto bad = detail::find_utf8_problem(d.source_)) {
    fail(input_errc::bad_data, d.name_, d.source_, bad.offset,
         bad.nul ? "NUL byte in text input (binary file?)"
                 : "invalid UTF-8 byte 0x" + [&] {
                     static const char* hex = "0123456789abcdef";
                     auto c = static_cast<unsigned char>(d.source_[bad.offset]);
                     return std::string{hex[c >> 4], hex[c & 15]};
                   }());
  }
  document_builder{d}.build(opt);
  return d;
}

document document::from_stream(std::istream& in, std::string name, const load_options& opt) {
  return from_stream_sized(in, std::move(name), opt, 0);
}

document document::from_stream_sized(std::istream& in, std::string name, const load_options& opt,
                                     std::size_t expected) {
  std::string buf;
  buf.reserve(std::min(expected, max_input) + 1);  // one allocation for files: memory stays ~1x
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    buf.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (buf.size() > max_input)
      throw input_error(input_errc::bad_data, name, max_input, 0, 0, "input larger than 4 GiB");
  }
  if (in.bad()) throw input_error(input_errc::io, name, buf.size(), 0, 0, "read error");
  return from_string(std::move(buf), std::move(name), opt);
}

document document::from_file(const std::string& path, const load_options& opt) {
  std::error_code dir_ec;
  if (std::filesystem::is_directory(path, dir_ec))
    throw input_error(input_errc::cannot_open, path, 0, 0, 0, "cannot open: is a directory");
  std::ifstream f(path, std::ios::binary);
  if (!f) throw input_error(input_errc::cannot_open, path, 0, 0, 0, std::string("cannot open: ") + std::strerror(errno));
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  return from_stream_sized(f, path, opt, ec ? 0 : static_cast<std::size_t>(size));
}

std::string document::text(span s) const {
  std::string_view c = clean();
  s.end = std::min(s.end, c.size());
  std::string out;
  out.reserve(s.size());
  const bool edited = !clean_.empty();
  auto space = [](char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; };
  bool pending = false;
  for (std::size_t i = s.begin; i < s.end; ++i) {
    char ch = c[i];
    if (space(ch)) {
      // A blank that stands for removed markup ("**", "</u>", a link target) joins its
      // neighbours; a blank of the source separates words.
      if (!edited || space(source_[i])) pending = !out.empty();
      continue;
    }
    if (pending) { out += ' '; pending = false; }
    out += ch;
  }
  return out;
}

std::pair<std::size_t, std::size_t> document::line_column(std::size_t offset) const {
  return locate(source_, offset);
}

}  // namespace v0
}  // namespace precis
