#pragma once
// Range-v3 views over a document, for pipelines in user code. Opt-in (not in precis.hpp):
// range-v3 is heavy to compile, and only users of these views should pay for it.
#include <precis/text/document.hpp>

#include <range/v3/view/filter.hpp>
#include <range/v3/view/subrange.hpp>
#include <range/v3/view/transform.hpp>

#include <string>

namespace precis {
inline namespace v0 {
namespace views {

/// The sentences that carry content: metadata (datelines, captions, editor lines) left out.
inline auto body_sentences(const document& doc) {
  return doc.sentences() |
         ranges::views::filter([](const sentence& s) { return s.kind != sentence_kind::meta; });
}

/// The display text of each sentence of a range of sentences of `doc`.
template <class Sentences>
auto texts(const document& doc, Sentences&& sentences) {
  return static_cast<Sentences&&>(sentences) |
         ranges::views::transform([&doc](const sentence& s) { return doc.text(s.src); });
}

/// The tokens of one sentence, as a contiguous view into document::tokens().
inline auto tokens_of(const document& doc, const sentence& s) {
  return ranges::make_subrange(doc.tokens().begin() + s.first_token, doc.tokens().begin() + s.last_token);
}

}  // namespace views
}  // namespace v0
}  // namespace precis
