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
};

struct summary_meta {
  std::optional<std::string> dateline;       ///< "BEIJING, Dec. 11 (Xinhua) --"
  std::optional<std::string> date;           ///< "2024-12-18" or "December 11"
  std::optional<std::string> source_agency;  ///< "Xinhua"
  std::vector<std::string> speakers;         ///< who "said", "noted", "stressed", "added"
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

/// The metadata alone: dateline, date, agency, speakers.
summary_meta find_meta(const document& doc);

}  // namespace v0
}  // namespace precis
