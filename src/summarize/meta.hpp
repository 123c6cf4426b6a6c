#pragma once
// Metadata of a document (internal): who holds each transcript turn. find_meta itself is
// public (precis/summarize/summary.hpp).
#include <precis/text/document.hpp>

#include <string>
#include <vector>

namespace precis::detail {

/// For each paragraph of `doc`, who holds the transcript turn it belongs to: the person its
/// label names ("John Kirby" for `MR. KIRBY:` when the text names him, else "Kirby"), or the
/// label itself without its colon when it names nobody ("MODERATOR", "Q"). A turn runs from its
/// label to the next one. Empty strings before the first label and when the document has none.
std::vector<std::string> turn_speakers(const document& doc);

}  // namespace precis::detail
