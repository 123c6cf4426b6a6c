#pragma once
// The document model: original bytes in, paragraphs, sentences and tokens out, each with its
// byte span in the ORIGINAL input. Clean-up (running headers, page breaks) never moves a span:
// it works on a same-length copy in which dropped bytes are blanked.
#include <precis/error.hpp>
#include <precis/text/span.hpp>

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis {
inline namespace v0 {

/// How the input is written. `auto_detect` recognises Markdown (front matter, ATX/setext
/// headings, list syntax) and HTML (a tag-led document) and otherwise reads plain text.
enum class input_format : std::uint8_t { auto_detect, text, markdown, html };

/// What a block (paragraph) is, as far as layout tells.
enum class block_kind : std::uint8_t {
  text,          ///< ordinary prose
  heading,       ///< a section title: ATX/setext/bold line, or a short unpunctuated line in text
  bullet,        ///< a list item: "- ", "• ", "1. ", "(a) ", ...; paragraph::level is its depth
  meta,          ///< a photo caption, an editor line, a time stamp: never summary material
  front_matter,  ///< YAML (---) or TOML (+++) front matter
  table,         ///< a Markdown pipe table or an HTML table
  rule,          ///< a thematic break (---, ***, 72 dashes)
  quote,         ///< a block quote
  code,          ///< a code block
  boilerplate,   ///< contents, distribution/copyright lines, signatures, navigation, notes
};

/// The block kind's name in JSON and text output ("text", "heading", "bullet", ...).
constexpr const char* block_kind_name(block_kind k) noexcept {
  constexpr const char* names[] = {"text", "heading", "bullet", "meta", "front_matter",
                                   "table", "rule", "quote", "code", "boilerplate"};
  return names[static_cast<int>(k)];
}

/// What a sentence is: only body sentences are summary, keyword and structure material.
enum class sentence_kind : std::uint8_t { body, heading, meta, boilerplate };

/// For metadata sentences, which kind of metadata.
enum class meta_kind : std::uint8_t { none, dateline, date, caption, byline, editor, label };

struct paragraph {
  span src;                      ///< first to last byte; a rejoined paragraph spans the gap
  block_kind kind = block_kind::text;
  std::uint32_t first_sentence = 0, last_sentence = 0;  ///< [first, last) into sentences()
  bool rejoined = false;         ///< true when clean-up glued fragments split by a page break
  std::uint8_t level = 0;        ///< heading: 1-6; bullet: nesting depth, 1 = top level
  std::uint32_t section = 0;     ///< index into sections() of the innermost enclosing section
  span label;                    ///< a transcript turn's label ("MR. KIRBY:", "Q"), else empty
};

/// A heading as a reader sees it: markup removed, whitespace collapsed.
struct heading {
  span src;                      ///< the heading's bytes, markup included
  std::string text;              ///< "International Trade" for "## **International Trade**"
  int level = 1;                 ///< ATX level, or 2 for a section title found by its shape
  std::uint32_t paragraph = 0;   ///< index into paragraphs()
  bool run_in = false;           ///< body text follows in the same paragraph
};

/// A heading with the blocks under it; sections nest by heading level. Section 0 is the
/// whole document (no heading).
struct section {
  static constexpr std::uint32_t none = 0xFFFFFFFFu;
  std::uint32_t heading = none;  ///< index into headings(); none for the root
  std::uint32_t parent = none;   ///< enclosing section; none for the root
  int level = 0;                 ///< 0 for the root
  std::uint32_t first_paragraph = 0, last_paragraph = 0;  ///< [first, last) into paragraphs()
};

/// Front matter: YAML between --- lines or TOML between +++ lines at the very start.
struct front_matter {
  bool present = false;
  span src;                          ///< the whole block, delimiters included
  std::optional<std::string> title;  ///< the `title` value as the YAML parser returns it
  std::optional<std::string> date;   ///< `date` (or `doc_date`) as YYYY-MM-DD when it parses
};

struct sentence {
  span src;
  sentence_kind kind = sentence_kind::body;
  meta_kind meta = meta_kind::none;
  std::uint32_t paragraph = 0;                   ///< index into paragraphs()
  std::uint32_t first_token = 0, last_token = 0; ///< [first, last) into tokens()
};

/// A word or number. Offsets are 32-bit to keep 100 MB inputs within a few times their size.
struct token {
  std::uint32_t begin = 0, end = 0;  ///< bytes in the original input
  std::uint32_t term = 0;            ///< index into document::terms()
  span src() const noexcept { return {begin, end}; }
};

/// One distinct folded word form of a document.
struct term {
  std::string folded;       ///< lower-cased; curly quotes, dashes and ligatures folded
  std::uint32_t stem = 0;   ///< index into document::stems() (Snowball English)
  bool stop = false;        ///< in the stopword list
  bool alpha = false;       ///< has at least one letter (numbers and codes do not)
};

struct load_options {
  /// Replace each invalid UTF-8 byte with '?' and each NUL with ' ' instead of failing.
  /// One byte for one byte, so every span still points into the original input.
  bool repair = false;
  /// Drop running headers and rejoin text split by page breaks (PDF paste clean-up).
  bool pdf_cleanup = true;
  /// How the input is written; auto_detect looks at it.
  input_format format = input_format::auto_detect;
};

class document {
public:
  /// Builds a document from bytes; throws input_error (bad_data) naming `name` and the
  /// offset of the first invalid UTF-8 byte or NUL, unless `opt.repair` is set.
  static document from_string(std::string text, std::string name = "<string>",
                              const load_options& opt = {});
  /// Reads a file; throws input_error (cannot_open / io / bad_data).
  static document from_file(const std::string& path, const load_options& opt = {});
  /// Reads a stream to its end (e.g. std::cin, named "-").
  static document from_stream(std::istream& in, std::string name = "-",
                              const load_options& opt = {});

  /// The input's name, as given (a path, "-" for stdin).
  const std::string& name() const noexcept { return name_; }
  /// The original bytes (repaired one-for-one when load_options::repair was set).
  std::string_view source() const noexcept { return source_; }
  /// Same length as source(): running headers and page-break gaps replaced by spaces.
  std::string_view clean() const noexcept { return clean_.empty() ? std::string_view(source_) : clean_; }
  /// Display text of a span: the clean bytes with whitespace runs collapsed to one space and
  /// trimmed, so a rejoined item reads as one line and keeps the source's characters.
  std::string text(span s) const;

  /// The format the input was read as (auto_detect resolved).
  input_format format() const noexcept { return format_; }
  /// Front matter, when the input opens with it (present == false otherwise).
  const precis::front_matter& front_matter() const noexcept { return front_matter_; }
  /// Headings in document order.
  const std::vector<heading>& headings() const noexcept { return headings_; }
  /// The section tree: sections()[0] is the root; children follow their parent.
  const std::vector<section>& sections() const noexcept { return sections_; }

  const std::vector<paragraph>& paragraphs() const noexcept { return paragraphs_; }
  const std::vector<sentence>& sentences() const noexcept { return sentences_; }
  const std::vector<token>& tokens() const noexcept { return tokens_; }
  const std::vector<term>& terms() const noexcept { return terms_; }
  const std::vector<std::string>& stems() const noexcept { return stems_; }
  /// Spans of the running header/footer lines that clean-up dropped.
  const std::vector<span>& removed() const noexcept { return removed_; }
  /// Number of bytes replaced by load_options::repair.
  std::size_t repaired() const noexcept { return repaired_; }

  /// 1-based line and byte column of an offset, for FILE:LINE:COL messages.
  std::pair<std::size_t, std::size_t> line_column(std::size_t offset) const;

private:
  friend struct document_builder;
  static document from_stream_sized(std::istream& in, std::string name, const load_options& opt,
                                    std::size_t expected);
  std::string name_, source_, clean_;
  input_format format_ = input_format::text;
  precis::front_matter front_matter_;
  std::vector<heading> headings_;
  std::vector<section> sections_;
  std::vector<paragraph> paragraphs_;
  std::vector<sentence> sentences_;
  std::vector<token> tokens_;
  std::vector<term> terms_;
  std::vector<std::string> stems_;
  std::vector<span> removed_;
  std::size_t repaired_ = 0;
};

}  // namespace v0
}  // namespace precis
