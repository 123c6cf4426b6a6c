#pragma once
// The typed tree of an enumerated structure: plain C++ types (no parser type leaks here).
#include <precis/text/span.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis {
inline namespace v0 {

/// The structure families of SPEC section 2.
enum class enumeration_kind {
  paragraphs,         ///< consecutive paragraphs led by ordinal markers
  sentences,          ///< ordinal markers leading sentences inside one paragraph
  inline_list,        ///< a list inside one sentence ("five musts: must A, must B, ...")
  bullets,            ///< lines led by "-", "•", "1.", "(a)", ...
  titled_paragraphs,  ///< paragraphs opening with a short title sentence
  headed_sections,    ///< short heading lines announced by a counted label
  declared_only,      ///< a counted label whose items the text never lists
  parallel,           ///< clauses sharing a repeated predicate
};

/// The JSON name of a kind ("paragraphs", "inline", ...).
std::string_view to_string(enumeration_kind k) noexcept;

struct enumeration;

struct item {
  int ordinal = 0;        ///< 1-based position in its enumeration
  std::string marker;     ///< as written: "First is", "The second is", "-", "(a)", "must", ""
  std::string head;       ///< the key phrase (SPEC section 2)
  std::string text;       ///< the item as in the source, marker included, one line
  span src;               ///< from its first to its last byte in the original input
  std::vector<enumeration> children;
};

struct enumeration {
  std::optional<std::string> label;   ///< "three proposals", "the following reasons"
  std::optional<int> declared_count;  ///< the count the label announces
  enumeration_kind kind = enumeration_kind::paragraphs;
  std::optional<bool> count_ok;       ///< declared count == items found; empty when undeclared
  span src;                           ///< label (when in the text) through last item
  std::vector<item> items;
};

}  // namespace v0
}  // namespace precis
