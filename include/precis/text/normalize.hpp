#pragma once
// Normalisation for MATCHING only: callers compare folded forms, but every span and every text
// returned to the user keeps the source's own characters.
#include <string>
#include <string_view>

namespace precis {
inline namespace v0 {

/// Folds a single word: ASCII and Latin-1 letters lower-cased, ’ ‘ → ', ligatures (ﬁ ﬂ ﬀ)
/// expanded, soft hyphens dropped. Appends to `out` (no allocation once `out` has capacity).
void fold_word(std::string_view word, std::string& out);

/// Folds running text for comparison: fold_word's rules plus “ ” → ", dashes → -, every
/// Unicode space → ' ', and white-space runs collapsed to one space.
std::string fold_text(std::string_view text);

}  // namespace v0
}  // namespace precis
