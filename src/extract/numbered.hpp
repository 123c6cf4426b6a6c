#pragma once
// The numbered families (internal): numbered section headings ("### I. Opening", "2. Financing",
// "1. Introduction:") and numbered paragraphs ("(1) ..." + prose + "(2) ..."). They read the
// layout's blocks and the list markers the scan found, and claim through the builder.
#include <precis/extract/enumeration.hpp>
#include <precis/text/document.hpp>

#include "extract/scan.hpp"

#include <optional>
#include <string>
#include <vector>

namespace precis::detail {

/// What a numbered family asks of the builder, which owns the claims (extract/ledger.hpp).
class section_services {
public:
  /// Whether paragraph p already belongs to a structure.
  virtual bool taken(std::size_t p) const = 0;
  /// Paragraph h leads `it`, which governs the paragraphs up to `stop`: h is claimed, its list
  /// lines become its children and whatever else is found there nests under it.
  virtual void section_item(item& it, std::size_t h, std::size_t stop) = 0;
  /// The one way to make an item (its text is the span's).
  virtual item make_item(int ordinal, span src, std::string marker, std::string head) const = 0;
  /// Finishes `e`: span over its items, the label before paragraph p if there is one, count.
  virtual void finish(enumeration& e, std::size_t p) = 0;

protected:
  ~section_services() = default;
};

/// Per paragraph: the number that leads a heading block or a list line reading as a heading,
/// its length counted from the paragraph's first byte (blanks before the number included).
using section_numbers = std::vector<std::optional<grammar::list_marker::marker_match>>;

/// Finds the section numbers of `doc` (see section_numbers).
section_numbers find_section_numbers(const document& doc, const scan_result& scan);

/// Per text paragraph: the number leading it ("1. We ...", "2.\u202FWe ...", Markdown's
/// escaped "2\. We ..."), arabic only; length as for section_numbers.
section_numbers find_paragraph_numbers(const document& doc);

/// A numbered family's view of one extraction run.
struct numbered_input {
  const document& doc;
  const scan_result& scan;
  const section_numbers& numbers;            ///< find_section_numbers
  const section_numbers& paragraph_numbers;  ///< find_paragraph_numbers
  section_services& builder;
};

/// Numbered headings, each followed by prose, in sequence ("I." "II." ...): headed_sections.
void numbered_headings(numbered_input in, std::vector<enumeration>& out);

/// A numbered paragraphs run starting at paragraph p and ending before `end`, if one starts
/// there; p moves past it.
std::optional<enumeration> numbered_run_from(numbered_input in, std::size_t& p, std::size_t end);

/// Every numbered paragraphs run of the document.
void numbered_paragraphs(numbered_input in, std::vector<enumeration>& out);

}  // namespace precis::detail
