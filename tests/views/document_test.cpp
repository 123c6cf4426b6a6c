// The range-v3 views over a document.
#include <precis/views/document.hpp>

#include <catch2/catch.hpp>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/take.hpp>

TEST_CASE("views: body sentences, their texts, a sentence's tokens", "[views]") {
  auto d = precis::document::from_string(
      "BEIJING, Dec. 11 (Xinhua) -- Talks began. Both sides spoke.\n\n(Web editor: Li Wei)");
  std::vector<std::string> texts =
      precis::views::texts(d, precis::views::body_sentences(d)) | ranges::to<std::vector<std::string>>();
  CHECK(texts == std::vector<std::string>{"Talks began.", "Both sides spoke."});
  auto first_two = precis::views::texts(d, d.sentences()) | ranges::views::take(2) | ranges::to<std::vector<std::string>>();
  CHECK(first_two.front() == "BEIJING, Dec. 11 (Xinhua) --");
  auto body = precis::views::body_sentences(d);
  const auto& s = *ranges::begin(body);
  auto toks = precis::views::tokens_of(d, s);
  CHECK(ranges::distance(toks) == 2);
  CHECK(d.terms()[ranges::begin(toks)->term].folded == "talks");
}
