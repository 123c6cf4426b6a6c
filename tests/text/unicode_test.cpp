// Unicode classes and case folding come from utf8proc: every script's letters are words, its
// capitals start sentences, and folding is Unicode's, not a Latin-1 table.
#include <precis/text/document.hpp>
#include <precis/text/normalize.hpp>

#include <catch2/catch.hpp>

using namespace precis;

TEST_CASE("unicode: letters of any script are words; symbols and spaces are not", "[text][unicode]") {
  document d = document::from_string("\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xE2\x80\x94 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0\xE2\x80\xAF\xE2\x82\xAC 5.");
  // Αθήνα — Москва€ 5.  : three words (Greek, Cyrillic, a number); the dash, U+202F and € are not.
  REQUIRE(d.tokens().size() == 3);
  CHECK(d.terms()[d.tokens()[0].term].folded == "\xCE\xB1\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1");  // αθήνα
  CHECK(d.terms()[d.tokens()[1].term].folded == "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");  // москва
}

TEST_CASE("unicode: a capital of any script starts a sentence", "[text][unicode]") {
  document d = document::from_string("The talks ended. \xD0\x9F\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5 talks resumed.");
  CHECK(d.sentences().size() == 2);  // "После" opens the second sentence
}

TEST_CASE("unicode: folding handles ligatures, accents and full-width forms", "[text][unicode]") {
  std::string out;
  fold_word("\xEF\xAC\x81nance", out);  // "ﬁnance"
  CHECK(out == "finance");
  out.clear();
  fold_word("\xC3\x89T\xC3\x89", out);  // "ÉTÉ"
  CHECK(out == "\xC3\xA9t\xC3\xA9");
  out.clear();
  fold_word("\xEF\xBC\xA1\xEF\xBC\xA2", out);  // full-width "ＡＢ"
  CHECK(out == "ab");
}
