#pragma once
// The structured summary: one call from text to key sentences, keywords, every enumeration
// and the statement's metadata (SPEC section 5's object).
#include <precis/extract/enumeration.hpp>
#include <precis/summarize/keywords.hpp>
#include <precis/summarize/textrank.hpp>
#include <precis/text/document.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis {
inline namespace v0 {

struct summary_options {
  rank_options rank;
  select_options select;      ///< nothing set: 3 sentences
  keyword_options keywords;
  /// A sentence that introduces an enumeration ("..., making three proposals:") has its
  /// score multiplied by 1 + this, so a summary says that the structure exists.
  double introducer_boost = 1.0;
  bool enumerations = true;   ///< run the extractor (the summary's enumerations field)
  load_options load;          ///< for the string overload
};

struct summary_sentence {
  /// Position in document::sentences() of the document summarized (for the string overload:
  /// of document::from_string(text, name, opt.load)), the `index` of `precis sentences`; the
  /// sentence's text and span are here, so no document is needed to use it.
  std::size_t index = 0;
  std::size_t rank = 0;   ///< 1 = most important
  double score = 0;
  std::string text;
  span src;
  /// In a transcript, who holds the turn the sentence belongs to: the person its label names
  /// ("John Kirby" for `MR. KIRBY:`), else the label without its colon ("MODERATOR", "Q").
  std::optional<std::string> speaker;
};

struct summary_meta {
  /// The front-matter title, else the first level-1 heading or title line; whitespace collapsed.
  std::optional<std::string> title;
  std::optional<std::string> dateline;       ///< "BEIJING, Dec. 11 (Xinhua) --", "Canberra, 20 March 1978"
  /// The document's date as YYYY-MM-DD: a date the text states for itself (dateline, date or
  /// signature line, "On March 13, 2023, ..."), else the front-matter date, else a metadata
  /// header ("Publication Date: 04/16/2026"). Only a full day counts; a year alone is none.
  std::optional<std::string> date;
  std::optional<std::string> source_agency;  ///< "Xinhua", "Congressional Research Service"
  /// People whose words the document conveys, in order of first appearance, titles dropped:
  /// subjects of reporting verbs ("Wang noted", "said Wang"), signers, transcript turn holders.
  /// At most the first 100.
  std::vector<std::string> speakers;
};

/// A heading of the document, as a reader sees it (markup removed).
struct summary_heading {
  std::string text;
  int level = 1;
  span src;
};

struct summary {
  std::vector<summary_sentence> sentences;  ///< in document order
  std::vector<keyword> keywords;
  std::vector<enumeration> enumerations;
  summary_meta meta;
  std::vector<summary_heading> headings;    ///< every heading, in document order
};

/// Summarizes a loaded document.
summary summarize(const document& doc, const summary_options& opt = {});

/// Summarizes UTF-8 text; throws input_error on invalid UTF-8 unless opt.load.repair is set.
summary summarize(std::string_view text, const summary_options& opt = {});

/// The metadata alone: title, dateline, date, agency, speakers (src/summarize/meta.cpp).
summary_meta find_meta(const document& doc);

}  // namespace v0
}  // namespace precis
