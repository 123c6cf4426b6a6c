#pragma once
// What the tree builder needs to know about each paragraph and sentence, found once by the
// grammars (internal).
#include <precis/text/document.hpp>

#include "list_marker/match.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace precis::detail {

/// A counted label found in a sentence, and what follows it there.
struct label_hit {
  span src;                  ///< "three proposals", "the following reasons"
  int count = 0;             ///< 0 for "the following ..."
  std::uint32_t sentence = 0;
  bool ends_sentence = false;  ///< only punctuation/closing quotes after it in its sentence
  std::size_t list_body = 0;   ///< offset where an inline list starts (after ":"/"namely"), or 0
  bool examples = false;       ///< after "including" or a dash: counts only if complete
  std::size_t list_end = 0;    ///< where a dash-enclosed list stops ("three deficits - A, B and C -"), or 0
  bool announced = false;      ///< an announcing verb ("summarized", "put forward") precedes it
  bool referential = false;    ///< names actors or time ("the two sides", "three decades")
  bool copula = false;         ///< the list follows "are": its elements must be short phrases
  bool distant = false;        ///< attached across other words (a distant colon, a copula)
  bool after_preposition = false;  ///< "in three northern provinces": a circumstance, rarely an announcement
  bool used = false;           ///< taken as the label of a found structure
};

struct ordinal_hit {
  std::uint32_t sentence = 0;
  int value = 0;
  std::size_t marker_end = 0;  ///< offset after the marker and its blanks
  std::size_t begin = 0;       ///< where the marker starts: the sentence's start, or after a colon
};

struct scan_result {
  std::vector<label_hit> labels;
  std::vector<ordinal_hit> ordinals;
  /// Per paragraph: the list marker leading it, if any.
  std::vector<std::optional<grammar::list_marker::marker_match>> markers;
};

/// Runs the marker and label grammars over the document (cheap prefilters pick the places).
scan_result scan(const document& doc);

/// True when a sentence reads as a short title ("No hot war.", "The One China principle.").
bool title_sentence(std::string_view text) noexcept;

/// The key phrase of a text after its marker: up to the first clause boundary.
std::string key_phrase(std::string_view text_after_marker);

}  // namespace precis::detail
