// Runs extraction and every extraction grammar, at every byte offset, over non-ASCII text and
// (with --seeds) the seeds, in a build with assertions on (tests/extract/assertions.cmake).
// Passing means: no assertion fired, no crash. Exit 77 when the seeds are missing.
#include <precis/extract/extract.hpp>

#include "counted_label/match.hpp"
#include "inline_list/match.hpp"
#include "list_marker/match.hpp"
#include "ordinal/match.hpp"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::size_t run(const std::string& text) {
  namespace g = precis::grammar;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view rest(text.data() + i, text.size() - i);
    (void)g::counted_label::match_label(rest);
    (void)g::ordinal::match_marker(rest);
    (void)g::list_marker::match_marker(rest);
    (void)g::list_marker::marker_length(rest);
  }
  (void)g::inline_list::split_list(text, 3);
  // Repair mode: invalid bytes still reach the grammars above; the document replaces them.
  precis::load_options opt;
  opt.repair = true;
  auto doc = precis::document::from_string(text, "<text>", opt);
  return precis::extract(doc).size();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "--seeds") == 0) {
    std::filesystem::path dir = PRECIS_SEEDS_DIR;
    if (!std::filesystem::is_directory(dir)) {
      std::fprintf(stderr, "SKIPPED: %s not found; this test needs the project's ../shared folder\n",
                   dir.string().c_str());
      return 77;
    }
    std::size_t files = 0, found = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream f(entry.path(), std::ios::binary);
      std::ostringstream s;
      s << f.rdbuf();
      found += run(s.str());
      ++files;
    }
    std::printf("%zu seeds, %zu enumerations, no assertion fired\n", files, found);
    return files > 0 && found > 0 ? 0 : 1;
  }
  const std::vector<std::string> texts = {
      "été",
      "L’été dernier, les deux parties ont signé trois accords : élargir, approfondir, protéger.",
      "They agreed on the “five musts”: must talk, must trade, must respect, must manage and must cooperate.",
      "Two “Ünïcödé” Principles\n\n“Première.” Le texte suit ici.\n\n“Deuxième.” Encore du texte.\n",
      "First, “ça va”. Second, naïve café. Finally, Ελληνικά and 中文 and العربية.",
      "• élan vital\n• über alles\n– ñandú\n(é) accent\nÉ. capital\n",
      "three \xC3\xA9l\xC3\xA9ments: \xE2\x80\x9C" "a\xE2\x80\x9D, \xE2\x80\x98" "b\xE2\x80\x99 and \xF0\x9F\x98\x80",
      // D1 and D2 (issue 10): a counted heading last; an empty clause in a semicolon series.
      "4 h", "2 o", "Opening remarks were made.\n\nThree Key Priorities\n", "x a b; and ; x a b",
      "\xFF\xFE\x80\xC3 stray bytes and a lone continuation \x80 after three points: a, b and c",
  };
  std::size_t found = 0;
  for (const auto& t : texts) found += run(t);
  std::printf("%zu texts, %zu enumerations, no assertion fired\n", texts.size(), found);
  return 0;
}
