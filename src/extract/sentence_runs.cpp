// Family: ordinal runs, "First, ... Secondly, ... And, finally, ..." (grammars/ordinal finds
// the markers at sentence starts; extract/scan.cpp collects them). A run inside one paragraph
// is kind `sentences`; a run across paragraphs is kind `paragraphs`.
#include "extract/families.hpp"

#include "common/ordinal_values.hpp"
#include "text/layout.hpp"

#include <optional>

namespace precis::detail {
namespace {

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
    const auto& hits = scan_.ordinals;
    std::size_t i = 0;
    while (i < hits.size()) {
      // A run opens at its first marker, or at "Secondly," after an unmarked first item.
      std::optional<ordinal_hit> implied = hits[i].value == 2 ? implied_first(hits[i]) : std::nullopt;
      if (hits[i].value != 1 && !implied) { ++i; continue; }
      std::vector<const ordinal_hit*> run{&hits[i]};
      if (implied) run.insert(run.begin(), &*implied);
      std::size_t j = i + 1;
      std::uint32_t widest_gap = 0;  // paragraphs between two markers of the run so far
      for (; j < hits.size(); ++j) {
        const auto& prev = *run.back();
        const auto& h = hits[j];
        std::uint32_t pp = d_.sentences()[prev.sentence].paragraph, hp = d_.sentences()[h.sentence].paragraph;
        bool heading_between = false;
        for (std::uint32_t k = pp + 1; k < hp; ++k) heading_between = heading_between || heading(k);
        // A marker far beyond the run's usual spacing starts something else ("Finally, ..." in
        // a later section), so the gap may at most double the widest one seen.
        std::uint32_t gap = hp > pp ? hp - pp - 1 : 0;
        int expect = static_cast<int>(run.size()) + 1;
        // The next number in sequence ("Secondly," after "First,") may sit several paragraphs
        // on: items of real speeches run over several paragraphs. "Finally" and "In addition"
        // are common without a run, so they keep to the run's spacing.
        std::uint32_t allowed = h.value == expect ? max_item_paragraphs
                                                  : std::max<std::uint32_t>(2, 2 * widest_gap + 1);
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
        } else if (h.value == grammar::common::last_ordinal ||
                   (h.value == grammar::common::other_ordinal && expect == 2)) {
          run.push_back(&h);
          ++j;
          break;
        } else {
          break;
        }
      }
      i = run.size() >= 2 ? j : i + 1;
      if (run.size() < 2) continue;
      build_ordinal_run(run, out);
    }
  }


private:
  const document& d_;
  std::string_view text_;
  scan_result& scan_;
  builder_services& b_;

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

  void build_ordinal_run(std::vector<const ordinal_hit*> run, std::vector<enumeration>& out) {
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
      it.ordinal = static_cast<int>(k) + 1;
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
      it.src = {run[k]->begin, end};
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

}  // namespace

void ordinal_runs(family_input in, std::vector<enumeration>& out) { ordinal_run_finder(in).run(out); }

}  // namespace precis::detail
