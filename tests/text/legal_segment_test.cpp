// Segmentation of legal and official text: citations, references and numbered part headings
// never end a sentence, while ordinary sentence ends next to them still do.
#include <precis/text/document.hpp>

#include "support.hpp"
#include "text/sentences.hpp"

#include <string>
#include <vector>

using precis::document;
using precis::sentence_kind;

namespace {

std::vector<std::string> split(const std::string& text) {
  auto d = document::from_string(text, "<test>", precis::load_options{false, true, precis::input_format::text});
  std::vector<std::string> out;
  for (const auto& s : d.sentences())
    if (s.kind != sentence_kind::meta) out.push_back(d.text(s.src));
  return out;
}

}  // namespace

TEST_CASE("bill and statute citations do not end a sentence", "[text][segment][legal]") {
  using V = std::vector<std::string>;
  CHECK(split("The Senate passed S. 1761 on Monday. It now goes to the House.") ==
        V{"The Senate passed S. 1761 on Monday.", "It now goes to the House."});
  CHECK(split("Congress enacted H.R. 82 in 2024. Few noticed.") ==
        V{"Congress enacted H.R. 82 in 2024.", "Few noticed."});
  CHECK(split("The program was created by Pub. L. 118-5 and expanded later. Funding followed.") ==
        V{"The program was created by Pub. L. 118-5 and expanded later.", "Funding followed."});
  CHECK(split("Payments are made under 42 U.S.C. 1395 and related rules. The rest is unchanged.") ==
        V{"Payments are made under 42 U.S.C. 1395 and related rules.", "The rest is unchanged."});
  CHECK(split("See 137 Stat. 10 for the text. Amendments came later.") ==
        V{"See 137 Stat. 10 for the text.", "Amendments came later."});
  CHECK(split("The fee (42 U.S.C. 7101 et seq.) applies. It is new.") ==
        V{"The fee (42 U.S.C. 7101 et seq.) applies.", "It is new."});
}

TEST_CASE("references to parts of a text do not end a sentence", "[text][segment][legal]") {
  using V = std::vector<std::string>;
  for (const char* ref : {"Sec. 3", "Art. 2", "para. 4", "No. 12", "Vol. 2", "pp. 4-7"}) {
    std::string text = std::string("The rule is set out in ") + ref + " of the code. Nothing else changed.";
    CHECK(split(text) == V{std::string("The rule is set out in ") + ref + " of the code.", "Nothing else changed."});
  }
  CHECK(split("This follows Dong et al. and others. We agree.") ==
        V{"This follows Dong et al. and others.", "We agree."});
  CHECK(split("Work by Smith et al. (2021) found gains. Others did not.") ==
        V{"Work by Smith et al. (2021) found gains.", "Others did not."});
}

TEST_CASE("e.g. and i.e. never end a sentence", "[text][segment][legal]") {
  using V = std::vector<std::string>;
  CHECK(split("Some partners, e.g. China and India, objected. Talks went on.") ==
        V{"Some partners, e.g. China and India, objected.", "Talks went on."});
  CHECK(split("The last step, i.e. The Final Review, is public. It takes a year.") ==
        V{"The last step, i.e. The Final Review, is public.", "It takes a year."});
}

TEST_CASE("an initial at a line end does not split a name", "[text][segment][legal]") {
  using V = std::vector<std::string>;
  CHECK(split("The letter was signed by Thomas W. Harris, the director, last week. He left.") ==
        V{"The letter was signed by Thomas W. Harris, the director, last week.", "He left."});
  // Layout asks the splitter whether a line that ends in a full stop ends its sentence.
  using precis::detail::line_break_ends_sentence;
  CHECK_FALSE(line_break_ends_sentence("The letter was signed by Thomas W.", "Harris, the director, last week."));
  CHECK_FALSE(line_break_ends_sentence("President Joseph R.", "Biden, Jr. of the United States spoke."));
  CHECK_FALSE(line_break_ends_sentence("The program was created by Pub. L.", "118-5 and expanded later."));
  CHECK_FALSE(line_break_ends_sentence("Payments are made under 42 U.S.C.", "1395 and related rules."));
  CHECK_FALSE(line_break_ends_sentence("Partners, e.g.", "China and India, objected."));
  CHECK(line_break_ends_sentence("The letter was signed last week.", "He left."));
  CHECK(line_break_ends_sentence("It was signed into law as Pub. L. 118-5.", "The law took effect."));
  CHECK(line_break_ends_sentence("The vote was close.", "Harris, the director, left."));
  CHECK_FALSE(line_break_ends_sentence("No full stop here", "Next line."));
}

TEST_CASE("numbered section headings stay whole", "[text][segment][legal]") {
  using V = std::vector<std::string>;
  CHECK(split("SECTION 1. SHORT TITLE.") == V{"SECTION 1. SHORT TITLE."});
  CHECK(split("SEC. 2. DEFINITIONS. In this Act the term agency means an executive agency.") ==
        V{"SEC. 2. DEFINITIONS.", "In this Act the term agency means an executive agency."});
  CHECK(split("Sec. 505. None of the funds may be used for travel. Sec. 506. The limit is raised.") ==
        V{"Sec. 505. None of the funds may be used for travel.", "Sec. 506. The limit is raised."});
  CHECK(split("Article IV. Final Provisions.") == V{"Article IV. Final Provisions."});
  // A part named inside a sentence is no heading: the sentence still ends after its number.
  CHECK(split("The rules are described in Section 3. The next part lists the exceptions.") ==
        V{"The rules are described in Section 3.", "The next part lists the exceptions."});
}

TEST_CASE("real sentence ends next to citations still split", "[text][segment][legal]") {
  using V = std::vector<std::string>;
  CHECK(split("Spending fell by 5%. S. 2572 would have provided more.") ==
        V{"Spending fell by 5%.", "S. 2572 would have provided more."});
  CHECK(split("The bill was sent to the U.S. Senate. The vote was close.") ==
        V{"The bill was sent to the U.S. Senate.", "The vote was close."});
  CHECK(split("It was signed into law as Pub. L. 118-5. The law took effect at once.") ==
        V{"It was signed into law as Pub. L. 118-5.", "The law took effect at once."});
}
