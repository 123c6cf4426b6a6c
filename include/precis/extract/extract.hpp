#pragma once
// Extraction: a document in, every enumerated structure it announces out, as typed trees.
#include <precis/extract/enumeration.hpp>
#include <precis/text/document.hpp>

#include <string_view>
#include <vector>

namespace precis {
inline namespace v0 {

/// Finds every enumeration of `doc` (SPEC section 2), top-level ones in document order, nested
/// ones under their parent item. A declared count is checked, never "fixed".
std::vector<enumeration> extract(const document& doc);

/// What extract(doc, opt) keeps, and how the string overload loads its text.
struct extract_options {
  /// Keep enumerations nested under items (false: top-level ones only, items' children empty).
  bool nested = true;
  /// Keep declared_only enumerations (a counted label whose items the text never lists).
  bool declared_only = true;
  load_options load;  ///< for the string overload
};

/// extract(doc), then only what `opt` keeps.
std::vector<enumeration> extract(const document& doc, const extract_options& opt);

/// Extracts from UTF-8 text; throws input_error on invalid UTF-8 unless opt.load.repair is set.
std::vector<enumeration> extract(std::string_view text, const extract_options& opt = {});

}  // namespace v0
}  // namespace precis
