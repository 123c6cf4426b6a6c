// ROUGE-1.5.5's Porter stemmer.  The reference implementation is written with regular
// expressions over the classes c = [^aeiou], v = [aeiouy], C = c[^aeiouy]*, V = v[aeiou]*.
// Their exact matching behaviour (not the textbook "measure", which treats y differently)
// is reproduced by running each anchored pattern as a set of reachable positions.
#include "rouge.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace precis::rouge {
namespace {

bool in_set(char ch, std::string_view set) { return set.find(ch) != std::string_view::npos; }
bool is_aeiou(char ch) { return in_set(ch, "aeiou"); }
bool is_aeiouy(char ch) { return in_set(ch, "aeiouy"); }

// Positions of `word` reachable after matching a prefix of a pattern from position 0.
class positions {
public:
  explicit positions(std::string_view word) : word_(word), at_(word.size() + 1, 0) { at_[0] = 1; }

  // One character satisfying `pred`.
  template <class Pred> positions& one(Pred pred) {
    for (std::size_t i = word_.size(); i-- > 0;) {
      at_[i + 1] = (at_[i] && pred(word_[i])) ? 1 : 0;
    }
    at_[0] = 0;
    return *this;
  }
  // Zero or more characters satisfying `pred`.
  template <class Pred> positions& many(Pred pred) {
    for (std::size_t i = 0; i < word_.size(); ++i) {
      if (at_[i] && pred(word_[i])) at_[i + 1] = 1;
    }
    return *this;
  }
  // C = [^aeiou][^aeiouy]*
  positions& cons() {
    return one([](char ch) { return !is_aeiou(ch); }).many([](char ch) { return !is_aeiouy(ch); });
  }
  // V = [aeiouy][aeiou]*
  positions& vowels() { return one(is_aeiouy).many(is_aeiou); }
  // (C)?
  positions& opt_cons() {
    positions taken = *this;
    taken.cons();
    merge(taken);
    return *this;
  }
  // (V)?
  positions& opt_vowels() {
    positions taken = *this;
    taken.vowels();
    merge(taken);
    return *this;
  }
  bool any() const {
    for (char b : at_) {
      if (b) return true;
    }
    return false;
  }
  bool at_end() const { return at_.back() != 0; }

private:
  void merge(const positions& other) {
    for (std::size_t i = 0; i < at_.size(); ++i) at_[i] = static_cast<char>(at_[i] | other.at_[i]);
  }
  std::string_view word_;
  std::vector<char> at_;
};

// ^(C)?VC : measure > 0
bool measure_gt0(std::string_view s) { return positions(s).opt_cons().vowels().cons().any(); }
// ^(C)?VC(V)?$ : measure == 1
bool measure_eq1(std::string_view s) {
  return positions(s).opt_cons().vowels().cons().opt_vowels().at_end();
}
// ^(C)?VCVC : measure > 1
bool measure_gt1(std::string_view s) {
  return positions(s).opt_cons().vowels().cons().vowels().cons().any();
}
// ^(C)?v : the stem contains a vowel
bool has_vowel(std::string_view s) { return positions(s).opt_cons().one(is_aeiouy).any(); }
// ^Cv[^aeiouwxy]$ : consonant-vowel-consonant ending (whole word)
bool cvc(std::string_view s) {
  return positions(s)
      .cons()
      .one(is_aeiouy)
      .one([](char ch) { return !in_set(ch, "aeiouwxy"); })
      .at_end();
}

bool ends_with(const std::string& w, std::string_view suffix) {
  return std::string_view(w).ends_with(suffix);
}
std::string_view without(const std::string& w, std::size_t n) {
  return std::string_view(w).substr(0, w.size() - n);
}
// Drops the last n characters (n <= size).
void chop(std::string& w, std::size_t n) { w.erase(w.size() - n); }

using rule = std::pair<std::string_view, std::string_view>;

// The longest listed suffix that `w` ends with (what a leftmost regex search over the
// alternation, anchored at the end, finds), or nullptr.
template <std::size_t N> const rule* longest_suffix(const std::string& w, const std::array<rule, N>& rules) {
  const rule* best = nullptr;
  for (const rule& r : rules) {
    if (ends_with(w, r.first) && (best == nullptr || r.first.size() > best->first.size())) best = &r;
  }
  return best;
}

constexpr std::array<rule, 21> step2_rules{{
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"},
}};
constexpr std::array<rule, 7> step3_rules{{
    {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
    {"ness", ""},
}};
constexpr std::array<rule, 16> step4_rules{{
    {"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""}, {"ible", ""},
    {"ant", ""}, {"ement", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""}, {"iti", ""}, {"ous", ""},
    {"ive", ""}, {"ize", ""},
}};

// Steps 2 and 3: replace the suffix when the remaining stem has measure > 0.
template <std::size_t N> void replace_suffix(std::string& w, const std::array<rule, N>& rules) {
  if (const rule* r = longest_suffix(w, rules)) {
    const std::size_t stem_len = w.size() - r->first.size();
    if (measure_gt0(std::string_view(w).substr(0, stem_len))) {
      w.erase(stem_len);
      w += r->second;
    }
  }
}

}  // namespace

std::string porter_stem(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';  // a leading y is a consonant, and no rule may see it as "y"

  // Step 1a: plurals.
  if (ends_with(w, "sses") || ends_with(w, "ies")) {
    chop(w, 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }

  // Step 1b: -eed, -ed, -ing.
  if (ends_with(w, "eed")) {
    if (measure_gt0(without(w, 3))) w.pop_back();
  } else {
    const std::size_t cut = ends_with(w, "ed") ? 2 : ends_with(w, "ing") ? 3 : 0;
    if (cut != 0 && has_vowel(without(w, cut))) {
      chop(w, cut);
      const std::size_t n = w.size();
      if (ends_with(w, "at") || ends_with(w, "bl") || ends_with(w, "iz")) {
        w += 'e';
      } else if (n >= 2 && w[n - 1] == w[n - 2] && !in_set(w[n - 1], "aeiouylsz")) {
        w.pop_back();
      } else if (cvc(w)) {
        w += 'e';
      }
    }
  }

  // Step 1c: y -> i after a vowel-bearing stem.
  if (ends_with(w, "y") && has_vowel(without(w, 1))) w.back() = 'i';

  replace_suffix(w, step2_rules);
  replace_suffix(w, step3_rules);

  // Step 4 (ROUGE-1.5.5 variant): the main list, then -ment, then -ent or -(s|t)ion.
  if (const rule* r = longest_suffix(w, step4_rules)) {
    if (measure_gt1(without(w, r->first.size()))) chop(w, r->first.size());
  }
  if (ends_with(w, "ment") && measure_gt1(without(w, 4))) chop(w, 4);
  if (ends_with(w, "ent")) {
    if (measure_gt1(without(w, 3))) chop(w, 3);
  } else if (ends_with(w, "sion") || ends_with(w, "tion")) {
    if (measure_gt1(without(w, 3))) chop(w, 3);
  }

  // Step 5: final -e and -ll.
  if (ends_with(w, "e")) {
    const std::string_view stem = without(w, 1);
    if (measure_gt1(stem) || (measure_eq1(stem) && !cvc(stem))) w.pop_back();
  }
  if (ends_with(w, "ll") && measure_gt1(w)) w.pop_back();

  if (initial_y && !w.empty()) w[0] = 'y';  // never empty: every cut keeps a vowel-bearing stem
  return w;
}

}  // namespace precis::rouge
