// Family: ordinal runs, "First, ... Secondly, ... And, finally, ..." (grammars/ordinal finds
// the markers at sentence starts; extract/scan.cpp collects them). A run inside one paragraph
// is kind `sentences`; a run across paragraphs is kind `paragraphs`.
#include "extract/families.hpp"

#include "common/ordinal_values.hpp"
#include "text/layout.hpp"

#include "data/word_list.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <optional>

namespace precis::detail {
namespace {

constexpr std::string_view kOrdinalWords =
#include "data/ordinal_words.inc"
    ;

/// Paragraphs an item of an ordinal run may span before the next marker in sequence ("First,"
/// ... four paragraphs ... "Secondly,"): real speeches run items over several paragraphs.
constexpr std::uint32_t max_item_paragraphs = 8;

/// Sentences the last item of a run inside one paragraph may take (the others end at the next
/// marker): enough for an item's elaboration, bounded so that work stays linear.
constexpr std::uint32_t max_last_item_sentences = 8;

/// How many sentences before a structure a label counting exactly its items may sit.
constexpr std::uint32_t label_lookback_sentences = 3;

class ordinal_run_finder {
public:
  explicit ordinal_run_finder(family_input in) : d_(in.doc), text_(in.text), scan_(in.scan), b_(in.builder) {}

  void run(std::vector<enumeration>& out) {
    // Runs nested inside an item of another ("Secondly, ... The first task ... The second task
    // ... The third issue ...") are skipped by the outer run and looked at afterwards.
    std::vector<std::pair<std::size_t, std::size_t>> todo{{0, scan_.ordinals.size()}};
    const std::size_t mine = out.size();
    runs_in(0, scan_.ordinals.size(), todo, out);
    const std::size_t outer_end = out.size();
    for (std::size_t t = 1; t < todo.size(); ++t) runs_in(todo[t].first, todo[t].second, todo, out);
    // A nested run becomes a child of the item it lies in.
    std::vector<enumeration> nested(std::make_move_iterator(out.begin() + static_cast<std::ptrdiff_t>(outer_end)),
                                    std::make_move_iterator(out.end()));
    out.resize(outer_end);
    for (auto& e : nested) {
      item* home = host_item(out, mine, e.src);
      if (!home) { out.push_back(std::move(e)); continue; }
      home->children.push_back(std::move(e));
      std::stable_sort(home->children.begin(), home->children.end(),
                       [](const enumeration& a, const enumeration& b) { return a.src.begin < b.src.begin; });
    }
  }

private:
  const document& d_;
  std::string_view text_;
  scan_result& scan_;
  builder_services& b_;
  std::deque<ordinal_hit> inner_;  // items found by an ordinal inside their sentence (stable)

  // The innermost item of the runs out[from...] whose span contains `s`, or null.
  static item* host_item(std::vector<enumeration>& out, std::size_t from, span s) {
    item* home = nullptr;
    for (std::size_t k = from; k < out.size(); ++k)
      for (auto& it : out[k].items)
        if (it.src.contains(s)) {
          home = &it;
          if (item* deeper = host_item(it.children, 0, s)) home = deeper;
        }
    return home;
  }

  // The ordinal runs among hits [first, last); nested ranges skipped by a run go to `todo`.
  void runs_in(std::size_t first, std::size_t last, std::vector<std::pair<std::size_t, std::size_t>>& todo,
               std::vector<enumeration>& out) {
    const auto& hits = scan_.ordinals;
    std::size_t i = first;
    while (i < last) {
      // A run opens at its first marker, or at "Secondly," after an unmarked first item, or at
      // "The second ..." followed by a third and a fourth (the first was not marked).
      std::optional<ordinal_hit> implied = hits[i].value == 2 ? implied_first(hits[i]) : std::nullopt;
      bool from_second = hits[i].value == 2 && !implied && i + 2 < last && hits[i + 1].value == 3 &&
                         hits[i + 2].value == 4;
      if (hits[i].value != 1 && !implied && !from_second) { ++i; continue; }
      std::vector<const ordinal_hit*> run{&hits[i]};
      if (implied) run.insert(run.begin(), &*implied);
      const int base = from_second ? 1 : 0;  // ordinal of the run's first item, minus one
      std::vector<std::string> nouns = run_nouns(*run.front());
      const int declared = declared_count(*run.front());
      std::size_t j = i + 1;
      std::uint32_t widest_gap = 0;  // paragraphs between two markers of the run so far
      for (; j < last; ++j) {
        const auto& prev = *run.back();
        const auto& h = hits[j];
        int expect = static_cast<int>(run.size()) + 1 + base;
        // "The first path is ... The second path would be ... there is a third possible path":
        // the next item may name its ordinal inside its sentence, with the run's noun.
        if (h.value != expect && h.value != grammar::common::next_ordinal) {
          if (const ordinal_hit* in = inner_item(prev, h.sentence, expect, nouns, declared)) {
            run.push_back(in);
            --j;
            continue;
          }
        }
        std::uint32_t pp = d_.sentences()[prev.sentence].paragraph, hp = d_.sentences()[h.sentence].paragraph;
        bool heading_between = false;
        for (std::uint32_t k = pp + 1; k < hp; ++k) heading_between = heading_between || heading(k);
        // A marker far beyond the run's usual spacing starts something else ("Finally, ..." in
        // a later section), so the gap may at most double the widest one seen.
        std::uint32_t gap = hp > pp ? hp - pp - 1 : 0;
        // The next number in sequence ("Secondly," after "First,") may sit several paragraphs
        // on: items of real speeches run over several paragraphs, the more so when a count
        // announced the run and items are still due. "Finally" and "In addition" are common
        // without a run, so they keep to the run's spacing.
        std::uint32_t in_sequence = declared > expect - 1 ? 2 * max_item_paragraphs : max_item_paragraphs;
        std::uint32_t allowed = h.value == expect ? in_sequence : std::max<std::uint32_t>(2, 2 * widest_gap + 1);
        if (heading_between || gap > allowed) break;
        // A run opened after a colon ("the following components: First, ...") goes on with
        // "Secondly,": a "Finally," further on is no second item.
        if (run.size() == 1 && run.front()->begin != d_.sentences()[run.front()->sentence].src.begin && h.value != 2)
          break;
        widest_gap = std::max(widest_gap, gap);
        if (run.size() == 1 && h.value == 1 && hp == pp && j == i + 1) {
          continue;  // "First, we can ... The first priority is ...": item 1 elaborated (once)
        } else if (h.value == grammar::common::next_ordinal && numbered_successor(j, expect)) {
          continue;  // "Tenth, ... In addition, ... The eleventh point ...": an aside in item 10
        } else if (h.value == expect || h.value == grammar::common::next_ordinal) {
          run.push_back(&h);
          add_marker_nouns(h, nouns);
        } else if (h.value == grammar::common::last_ordinal ||
                   (h.value == grammar::common::other_ordinal && expect == 2)) {
          run.push_back(&h);
          ++j;
          break;
        } else if (std::size_t after = nested_run_end(j, last, expect, nouns); after != j) {
          todo.emplace_back(j, after);  // a run of its own inside the current item
          j = after - 1;
        } else {
          break;
        }
      }
      // The run's last item may still name its ordinal inside a sentence ("Values are the last
      // issue that I wish to mention"): within the usual reach, before the next marker.
      const std::uint32_t stop = j < hits.size() ? hits[j].sentence : static_cast<std::uint32_t>(d_.sentences().size());
      while (run.back()->value != grammar::common::last_ordinal) {
        const ordinal_hit* in = inner_item(*run.back(), stop, static_cast<int>(run.size()) + 1 + base, nouns, declared);
        if (!in) break;
        run.push_back(in);
      }
      i = run.size() >= 2 ? j : i + 1;
      if (run.size() < 2) continue;
      build_ordinal_run(run, base, out);
    }
  }

  // Where a nested run that opens at hits[j] ends (the hit after its rising values) when the
  // hit there is the outer run's next number `expect`; j when there is none.
  // A hit naming one of the outer run's nouns ("The third subject" after "three subjects")
  // goes on with the outer run, not the nested one.
  std::size_t nested_run_end(std::size_t j, std::size_t last, int expect, const std::vector<std::string>& outer_nouns) const {
    const auto& hits = scan_.ordinals;
    if (hits[j].value < 1 || hits[j].value >= expect) return j;
    auto outer = [&](const ordinal_hit& h) {
      std::vector<std::string> n;
      add_marker_nouns(h, n);
      return !n.empty() && std::find(outer_nouns.begin(), outer_nouns.end(), n.front()) != outer_nouns.end();
    };
    std::size_t k = j + 1;
    while (k < last && hits[k].value == hits[k - 1].value + 1 && !(hits[k].value == expect && outer(hits[k]))) ++k;
    if (k - j < 2 || k >= last || hits[k].value != expect) return j;
    return k;
  }

  /// Sentences looked at for an item named inside its sentence: keeps a paragraph of a
  /// thousand sentences linear.
  static constexpr std::uint32_t max_inner_item_sentences = 80;

  /// Paragraphs an item named inside its sentence may lie after the run's last item (twice as
  /// many while an announced count still awaits items, as for markers).
  static constexpr std::uint32_t max_inner_item_paragraphs = 8;

  // The nouns a run's items are named by ("The first path is" -> path, "four basic
  // obligations" -> obligation): an ordinal inside a later sentence with one of them
  // ("there is a third possible path") names the next item.
  std::vector<std::string> run_nouns(const ordinal_hit& first) {
    std::vector<std::string> nouns;
    add_marker_nouns(first, nouns);
    if (const label_hit* l = announcing_label(first)) {
      std::vector<std::string_view> lw = words_of(text_.substr(l->src.begin, l->src.size()));
      if (!lw.empty()) add_noun(std::string(lw.back()), nouns);
    }
    return nouns;
  }

  // The word after the ordinal in a marker: "The third issue I want to touch on is" -> issue;
  // "The first is" names none.
  void add_marker_nouns(const ordinal_hit& h, std::vector<std::string>& nouns) const {
    std::vector<std::string_view> words = words_of(text_.substr(h.begin, h.marker_end - h.begin));
    for (std::size_t k = 0; k + 1 < words.size(); ++k)
      if (ordinal_value(words[k]) > 0 && !linking_word(words[k + 1]) && words[k + 1].find_first_of(",:.") == std::string_view::npos)
        add_noun(std::string(words[k + 1]), nouns);
  }

  // A noun in the singular, lower case ("obligations" -> obligation, "priorities" -> priority).
  static void add_noun(std::string w, std::vector<std::string>& nouns) {
    for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (w.size() > 3 && w.ends_with("ies")) w = w.substr(0, w.size() - 3) + "y";
    else if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss")) w.pop_back();
    if (w.size() >= 3 && std::find(nouns.begin(), nouns.end(), w) == nouns.end()) nouns.push_back(w);
  }

  static std::vector<std::string_view> words_of(std::string_view t) {
    std::vector<std::string_view> w;
    std::size_t i = 0;
    while (i < t.size()) {
      while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t')) ++i;
      std::size_t b = i;
      while (i < t.size() && t[i] != ' ' && t[i] != '\n' && t[i] != '\t') ++i;
      if (i > b) w.push_back(t.substr(b, i - b));
    }
    return w;
  }

  static bool linking_word(std::string_view w) {
    for (std::string_view v : {"is", "would", "will", "concerns", "concerned", "involves", "relates", "lies", "of"})
      if (w == v) return true;
    return false;
  }

  // The ordinal a lower-case word names (2 for "second"), -1 for "last"/"final", else 0.
  static int ordinal_value(std::string_view w) {
    static const std::vector<std::string_view> ordinals = data::entries(kOrdinalWords);
    for (std::size_t k = 0; k < ordinals.size(); ++k)
      if (w == ordinals[k]) return static_cast<int>(k) + 1;
    if (w == "last" || w == "final") return grammar::common::last_ordinal;
    return 0;
  }

  // The label the run would take (what build_ordinal_run asks first), or null.
  const label_hit* announcing_label(const ordinal_hit& first) {
    const auto& S = d_.sentences();
    return first.begin != S[first.sentence].src.begin ? label_before_colon(first) : b_.label_before_sentence(first.sentence);
  }
  int declared_count(const ordinal_hit& first) {
    const label_hit* l = announcing_label(first);
    return l ? l->count : 0;
  }

  // The sentence after `prev` and before sentence `stop`, within the run's reach and with no
  // ordinal marker of its own, that names item `expect` (or the last item) by a determiner,
  // the ordinal and, at most two words on, one of the run's nouns: "It is therefore the second
  // obligation of ...", "It is our fourth and particular obligation to ...".
  const ordinal_hit* inner_item(const ordinal_hit& prev, std::uint32_t stop, int expect, const std::vector<std::string>& nouns,
                                int declared) {
    if (nouns.empty()) return nullptr;
    const std::uint32_t reach = declared >= expect ? 2 * max_inner_item_paragraphs : max_inner_item_paragraphs;
    const auto& S = d_.sentences();
    const std::uint32_t pp = S[prev.sentence].paragraph;
    static const std::vector<std::string_view> ordinals = data::entries(kOrdinalWords);
    const std::string_view want = expect >= 1 && static_cast<std::size_t>(expect) <= ordinals.size()
                                      ? ordinals[static_cast<std::size_t>(expect) - 1]
                                      : std::string_view();
    const std::uint32_t until = std::min<std::uint32_t>(stop, prev.sentence + 1 + max_inner_item_sentences);
    for (std::uint32_t si = prev.sentence + 1; si < until && si < S.size(); ++si) {
      const sentence& s = S[si];
      if (s.paragraph > pp + reach || heading(s.paragraph)) return nullptr;
      if (s.kind != sentence_kind::body) continue;
      // Cheap test first: the ordinal's word must be in the sentence.
      std::string_view t = slice(s.src);
      if ((want.empty() || t.find(want) == std::string_view::npos) && t.find("last ") == std::string_view::npos &&
          t.find("final ") == std::string_view::npos)
        continue;
      if (has_ordinal(si)) continue;
      std::vector<std::string_view> w = words_of(t);
      for (std::size_t k = 1; k < w.size(); ++k) {
        int v = ordinal_value(w[k]);
        if (v == 0 || (v != expect && v != grammar::common::last_ordinal) || !determiner_word(w[k - 1])) continue;
        for (std::size_t n = k + 1; n < w.size() && n <= k + 3; ++n) {
          std::string x(w[n]);
          while (!x.empty() && !std::isalpha(static_cast<unsigned char>(x.back()))) x.pop_back();
          if (std::find(nouns.begin(), nouns.end(), x) == nouns.end()) continue;
          inner_.push_back(ordinal_hit{si, v, s.src.begin, s.src.begin});
          return &inner_.back();
        }
      }
    }
    return nullptr;
  }

  static bool determiner_word(std::string_view w) {
    for (std::string_view d : {"the", "The", "a", "A", "our", "Our", "their", "Their", "its", "my", "My"})
      if (w == d) return true;
    return false;
  }

  const paragraph& para(std::size_t p) const { return d_.paragraphs()[p]; }
  std::size_t paragraph_count() const { return d_.paragraphs().size(); }
  std::string_view slice(span s) const { return text_.substr(s.begin, s.size()); }
  std::string one_line(span s) const { return detail::one_line(d_, s); }
  bool heading(std::size_t p) const { return para(p).kind == block_kind::heading; }
  std::pair<label_hit*, label_hit*> labels_in(std::uint32_t first, std::uint32_t last) {
    return detail::labels_in(scan_, first, last);
  }
  const sentence* first_sentence(std::size_t p) const {
    const auto& pa = para(p);
    for (auto i = pa.first_sentence; i < pa.last_sentence; ++i)
      if (d_.sentences()[i].kind != sentence_kind::meta) return &d_.sentences()[i];
    return nullptr;
  }

  /// Sentences between a counted label that closes its sentence and the "Secondly," of its
  /// run, the first of them opening the unmarked first item ("... in the following areas. The
  /// capacity to prevent conflicts must grow. ... Secondly, ...").
  static constexpr std::uint32_t max_implied_first_sentences = 3;

  // The unmarked first item of a run whose first marker is "Secondly," (kind sentences: it
  // lies in the same paragraph): the sentence before it when that sentence says "first"
  // ("It would first require a ceasefire. Its second tenet is ..."), else the sentence after
  // a label that closes its sentence a few sentences before.
  std::optional<ordinal_hit> implied_first(const ordinal_hit& second) {
    const auto& S = d_.sentences();
    if (second.sentence == 0 || second.begin != S[second.sentence].src.begin) return std::nullopt;
    const std::uint32_t para_of = S[second.sentence].paragraph;
    auto unmarked = [&](std::uint32_t si) {
      return S[si].paragraph == para_of && S[si].kind == sentence_kind::body &&
             !has_ordinal(si);
    };
    auto at = [&](std::uint32_t si) { return ordinal_hit{si, 1, S[si].src.begin, S[si].src.begin}; };
    std::uint32_t before = second.sentence - 1;
    if (unmarked(before)) {
      std::string t(slice(S[before].src));
      std::replace(t.begin(), t.end(), '\n', ' ');
      // "first" as an adverb ("would first require"), not an ordinal ("the first time").
      for (std::size_t f = t.find(" first "); f != std::string::npos; f = t.find(" first ", f + 1)) {
        std::size_t w = t.rfind(' ', f - 1);
        std::string_view prev = std::string_view(t).substr(w == std::string::npos ? 0 : w + 1, f - (w == std::string::npos ? 0 : w + 1));
        if (f > 0 && !determiner_before_first(prev)) return at(before);
      }
    }
    std::uint32_t from = second.sentence > max_implied_first_sentences + 1 ? second.sentence - max_implied_first_sentences - 1 : 0;
    auto [b, e] = labels_in(from, second.sentence - 1);
    for (label_hit* l = e; l != b;) {
      --l;
      if (l->used || l->referential || !l->ends_sentence || (l->count < 2 && l->count != 0)) continue;
      // The label may close the paragraph before ("... in the following\nareas." on a short
      // line of its own ends a paragraph of hard-wrapped text).
      bool before_para = S[l->sentence].paragraph + 1 == para_of && para(para_of - 1).last_sentence == l->sentence + 1;
      if ((S[l->sentence].paragraph != para_of && !before_para) || !unmarked(l->sentence + 1)) return std::nullopt;
      return at(l->sentence + 1);
    }
    return std::nullopt;
  }

  static bool determiner_before_first(std::string_view w) {
    for (std::string_view d : {"the", "The", "a", "at", "At", "its", "their", "our", "his", "her", "my", "your"})
      if (w == d) return true;
    return false;
  }

  // "Let me highlight two: First, ...": the label closing the words before a run's colon.
  label_hit* label_before_colon(const ordinal_hit& h) {
    auto [b, e] = labels_in(h.sentence, h.sentence + 1);
    label_hit* found = nullptr;
    for (label_hit* l = b; l != e; ++l)
      if (!l->used && !l->referential && l->src.end <= h.begin &&
          text_.substr(l->src.end, h.begin - l->src.end).find_first_not_of(": \n") == std::string_view::npos)
        found = l;
    return found;
  }

  // Whether the ordinal hit after hits[j] is the number `expect` within a few paragraphs: then
  // the "In addition" at j is inside the current item, not the next item.
  bool numbered_successor(std::size_t j, int expect) const {
    const auto& hits = scan_.ordinals;
    if (j + 1 >= hits.size() || hits[j + 1].value != expect) return false;
    const auto& S = d_.sentences();
    return S[hits[j + 1].sentence].paragraph - S[hits[j].sentence].paragraph <= max_item_paragraphs;
  }

  // A paragraph ending in a colon ("Finally, we will:") takes the list lines right after it:
  // the last paragraph of them, or p.
  std::size_t bullets_after_colon(std::size_t p) const {
    std::string_view t = slice(para(p).src);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
    if (t.empty() || t.back() != ':') return p;
    while (p + 1 < paragraph_count() && para(p + 1).kind == block_kind::bullet) ++p;
    return p;
  }

  /// Sentences of its own paragraph an item's ordinal sentence may follow and still start the
  /// item at the paragraph ("Another essential requirement is technology. Hence, the fourth
  /// obligation ... is ..."): the lead-in is the item's, not the previous item's.
  static constexpr std::uint32_t max_lead_in_sentences = 2;

  // A marker that draws its item from the sentence before ("Hence, the fourth obligation"):
  // only then does that sentence belong to the item. Without such a connective the sentences
  // before the ordinal go on with the previous item ("Together they accounted for ... Fourthly,")
  // or close it ("... That leads me to my second point.").
  bool consequence_marker(const ordinal_hit& h) const {
    std::string_view m = text_.substr(h.begin, h.marker_end - h.begin);
    for (std::string_view c : {"Hence", "Therefore", "Thus", "So"})
      if (m.starts_with(c) && m.size() > c.size() && (m[c.size()] == ',' || m[c.size()] == ' ')) return true;
    return false;
  }

  // The first sentence of the lead-in of item k, whose ordinal sentence is `si`, or `si`.
  std::uint32_t lead_in_start(const std::vector<const ordinal_hit*>& run, std::size_t k) const {
    const auto& S = d_.sentences();
    const std::uint32_t si = run[k]->sentence;
    const sentence* first = first_sentence(S[si].paragraph);
    if (k == 0 || !first || run[k]->begin != S[si].src.begin || !consequence_marker(*run[k]) ||
        S[run[k - 1]->sentence].paragraph >= S[si].paragraph)
      return si;
    const auto f = static_cast<std::uint32_t>(first - S.data());
    if (f >= si || si - f > max_lead_in_sentences) return si;
    for (std::uint32_t x = f; x < si; ++x)
      if (has_ordinal(x) || S[x].kind != sentence_kind::body) return si;
    return f;
  }

  void build_ordinal_run(std::vector<const ordinal_hit*> run, int base, std::vector<enumeration>& out) {
    const auto& S = d_.sentences();
    // "(1) First, ..." is read once, as the numbered item it opens (extract/numbered.cpp).
    for (const auto* h : run)
      if (b_.taken(S[h->sentence].paragraph)) return;
    label_hit* label = run.front()->begin != S[run.front()->sentence].src.begin
                           ? label_before_colon(*run.front())
                           : b_.label_before_sentence(run.front()->sentence);
    if (!label) label = label_counting(run.front()->sentence, static_cast<int>(run.size()));
    // "two programmes. The first is ... The second is ... Lastly, we will ...": once the
    // numbered items reach the declared count, a trailing "Lastly" closes the speech, not the
    // list.
    if (label && label->count >= 2 && run.back()->value == grammar::common::last_ordinal &&
        static_cast<int>(run.size()) == label->count + 1)
      run.pop_back();
    if (run.size() < 2) return;
    bool one_paragraph = S[run.front()->sentence].paragraph == S[run.back()->sentence].paragraph;
    enumeration e;
    e.kind = one_paragraph ? enumeration_kind::sentences : enumeration_kind::paragraphs;
    e.src = {run.front()->begin, 0};
    std::size_t max_cont = 0;
    for (std::size_t k = 0; k < run.size(); ++k) {
      const sentence& s = S[run[k]->sentence];
      item it;
      it.ordinal = static_cast<int>(k) + 1 + base;
      std::string_view marker = text_.substr(run[k]->begin, run[k]->marker_end - run[k]->begin);
      while (!marker.empty() && (marker.back() == ' ' || marker.back() == '\t' || marker.back() == '\n'))
        marker.remove_suffix(1);
      it.marker = std::string(marker);
      it.head = key_phrase(text_.substr(run[k]->marker_end, s.src.end - run[k]->marker_end));
      // "That leads me to my second point." is all marker: the head opens the next sentence.
      if (it.head.empty() && run[k]->sentence + 1 < S.size() &&
          S[run[k]->sentence + 1].paragraph == s.paragraph) {
        const sentence& n = S[run[k]->sentence + 1];
        it.head = key_phrase(slice(n.src));
      }
      std::size_t end;
      if (k + 1 < run.size()) {
        const sentence& next = S[run[k + 1]->sentence];
        if (one_paragraph || next.paragraph == s.paragraph) {
          end = S[run[k + 1]->sentence - 1].src.end;
        } else {
          end = para(next.paragraph - 1).src.end;
          max_cont = std::max<std::size_t>(max_cont, next.paragraph - 1 - s.paragraph);
        }
      } else if (one_paragraph) {
        // The last item runs to the paragraph's end, but not into the next ordinal marker's
        // sentence and over at most max_last_item_sentences: a paragraph of a thousand runs
        // ("First, a. Secondly, b. First, ...") would otherwise copy itself into each.
        std::uint32_t last = run[k]->sentence + 1;
        const std::uint32_t stop = para(s.paragraph).last_sentence;
        while (last < stop && last - run[k]->sentence < max_last_item_sentences && !has_ordinal(last)) ++last;
        end = S[last - 1].src.end;
      } else {
        // The last item takes as many continuation paragraphs as the others had, at most.
        std::size_t p = s.paragraph;
        for (std::size_t c = 0; c < max_cont && p + 1 < paragraph_count() &&
                                para(p + 1).kind == block_kind::text && !starts_ordinal(p + 1);
             ++c)
          ++p;
        end = para(bullets_after_colon(p)).src.end;
      }
      std::size_t begin = run[k]->begin;
      if (!one_paragraph) {
        if (std::uint32_t lead = lead_in_start(run, k); lead != run[k]->sentence) {
          begin = S[lead].src.begin;
          it.marker.clear();  // the ordinal sits inside the item, after its lead-in
        }
      }
      it.src = {begin, end};
      it.text = one_line(it.src);
      e.items.push_back(std::move(it));
    }
    b_.take_label(e, label);
    close_span(e);
    set_count(e);
    // Lists inside an item's paragraphs ("Secondly, we will: - A - B") become its children.
    if (e.kind == enumeration_kind::paragraphs)
      for (const auto& it : e.items) b_.govern(it);
    out.push_back(std::move(e));
  }

  /// A label a few sentences before a structure announces it when its count is the number of
  /// items found ("... two issues of paramount importance. I will be brief. First, ...").
  label_hit* label_counting(std::uint32_t si, int items) {
    std::uint32_t from = si > label_lookback_sentences ? si - label_lookback_sentences : 0;
    auto [b, e] = labels_in(from, si);
    for (label_hit* l = e; l != b;) {
      --l;
      if (!l->used && !l->referential && !l->after_preposition && l->count == items) return l;
    }
    return nullptr;
  }

  // Ordinal hits are in sentence order.
  bool has_ordinal(std::uint32_t si) const {
    auto it = std::lower_bound(scan_.ordinals.begin(), scan_.ordinals.end(), si,
                               [](const ordinal_hit& h, std::uint32_t x) { return h.sentence < x; });
    return it != scan_.ordinals.end() && it->sentence == si;
  }

  bool starts_ordinal(std::size_t p) const {
    const sentence* s = first_sentence(p);
    if (!s) return false;
    return has_ordinal(static_cast<std::uint32_t>(s - d_.sentences().data()));
  }
};

/// Sentences after "the following ..." that may each be an item: more reads as prose that
/// goes on, fewer than min_following_sentences as an elaboration (a lone example, a pair).
constexpr std::uint32_t max_following_sentences = 8;
constexpr std::uint32_t min_following_sentences = 3;

}  // namespace

void ordinal_runs(family_input in, std::vector<enumeration>& out) { ordinal_run_finder(in).run(out); }

void following_sentences(family_input in, std::vector<enumeration>& out) {
  const auto& S = in.doc.sentences();
  for (label_hit& l : in.scan.labels) {
    // "the following" announces a list by itself: closing a sentence mid-paragraph, it lists
    // the paragraph's remaining sentences ("... put forward the following proposals. A should
    // be resolved. B should be restored. C should be eliminated.").
    if (l.used || l.count != 0 || !l.ends_sentence || l.referential || l.list_body) continue;
    // A list is announced in the plural ("the following proposals"); "the following year"
    // dates what comes next.
    std::string_view name = in.text.substr(l.src.begin, l.src.size());
    if (name.size() < 2 || name.back() != 's' || name.ends_with("ss")) continue;
    const sentence& ls = S[l.sentence];
    const paragraph& pa = in.doc.paragraphs()[ls.paragraph];
    if (pa.kind != block_kind::text || in.builder.taken(ls.paragraph)) continue;
    const std::uint32_t first = l.sentence + 1, last = pa.last_sentence;
    if (last < first + min_following_sentences || last - first > max_following_sentences) continue;
    // Prose items only: no marker (an ordinal run would have taken them), no question, no
    // metadata, and a paragraph that ends the list (the next one opens no continuation).
    bool prose = true;
    for (std::uint32_t si = first; si < last && prose; ++si) {
      std::string_view t = in.text.substr(S[si].src.begin, S[si].src.size());
      while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
      prose = S[si].kind == sentence_kind::body && !t.empty() && t.back() == '.' &&
              std::none_of(in.scan.ordinals.begin(), in.scan.ordinals.end(),
                           [&](const ordinal_hit& h) { return h.sentence == si; });
    }
    if (!prose) continue;
    enumeration e;
    e.kind = enumeration_kind::sentences;
    for (std::uint32_t si = first; si < last; ++si)
      e.items.push_back(in.builder.make_item(static_cast<int>(si - first) + 1, S[si].src, "",
                                             key_phrase(in.text.substr(S[si].src.begin, S[si].src.size()))));
    in.builder.finish(e, &l);
    out.push_back(std::move(e));
  }
}

}  // namespace precis::detail
