#pragma once
// Extraction: a document in, every enumerated structure it announces out, as typed trees.
#include <precis/extract/enumeration.hpp>
#include <precis/text/document.hpp>

#include <vector>

namespace precis {
inline namespace v0 {

/// Finds every enumeration of `doc` (SPEC section 2), top-level ones in document order, nested
/// ones under their parent item. A declared count is checked, never "fixed".
std::vector<enumeration> extract(const document& doc);

}  // namespace v0
}  // namespace precis
