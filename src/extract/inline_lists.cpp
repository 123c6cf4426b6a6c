// Family: inline lists, a counted label and the list it introduces inside one sentence
// ("three pillars: A, B and C", "two goals, namely, A and B", "The three issues are A, B and C").
// extract/scan.cpp finds the label and where its list body starts; grammars/inline_list splits
// the body into elements.
#include "extract/families.hpp"

#include "inline_list/match.hpp"
#include "list_marker/match.hpp"
#include "ordinal/match.hpp"
#include "data/word_list.hpp"
#include "text/chars.hpp"

namespace precis::detail {
namespace {

constexpr std::string_view kOrdinalWords =
#include "data/ordinal_words.inc"
    ;
constexpr std::string_view kListMarkerWords =
#include "data/list_marker_words.inc"
    ;

using grammar::list_marker::family;

/// Words an element of a list attached by a copula ("The three key issues are A, B and C") may
/// have: more reads as a clause.
constexpr long max_copula_element_words = 8;

class inline_list_finder {
public:
  explicit inline_list_finder(family_input in) : d_(in.doc), text_(in.text), scan_(in.scan), b_(in.builder) {}

  void run(std::vector<enumeration>& out) {
    for (auto& l : scan_.labels) {
      // "the following pillars: A; B; C" counts nothing but lists all the same.
      if (l.used || (l.count < 2 && l.count != 0) || !l.list_body || l.referential) continue;
      // "summarized seven points ... and the four red lines, namely A, B": the list belongs to
      // the nearest label before its introducer.
      auto [sb, se] = labels_in(l.sentence, l.sentence + 1);
      bool nearer = std::any_of(sb, se, [&](const label_hit& o) {
        return &o != &l && !o.referential && o.src.begin > l.src.begin && o.src.begin < l.list_body;
      });
      if (nearer) continue;
      const sentence* sp = &d_.sentences()[l.sentence];
      // "sets out six immediate steps:" + a line break ends the sentence (and the paragraph)
      // at the colon: the list is the next sentence, when it is prose.
      if (l.list_body >= sp->src.end && l.sentence + 1 < d_.sentences().size() &&
          d_.sentences()[l.sentence + 1].kind == sentence_kind::body &&
          para(d_.sentences()[l.sentence + 1].paragraph).kind == block_kind::text)
        sp = &d_.sentences()[l.sentence + 1];
      const sentence& s = *sp;
      if (l.list_body > s.src.end) continue;
      std::size_t body_end = l.list_end ? l.list_end : s.src.end;
      std::string_view body = text_.substr(l.list_body, body_end - l.list_body);
      auto split = grammar::inline_list::split_list(body, l.count);
      if (split.elements.size() < 2) continue;
      // "eight players, including the captain and X" gives examples, not the list: an
      // "including" list counts only when it names every announced item.
      if (l.examples && static_cast<int>(split.elements.size()) != l.count) continue;
      // Without a count only semicolons make a list ("the following pillars: A; B; and C"): an
      // uncounted comma series is no announced enumeration.
      if (l.count == 0 && !split.semicolons) continue;
      // After a copula the elements are short noun phrases ("are expansion, transparency and
      // the effectiveness of sanctions regimes"), not clauses ("are key parts of ... and
      // effectively underwrite ...").
      if (l.copula && !split.semicolons && std::any_of(split.elements.begin(), split.elements.end(), [&](const auto& el) {
            std::string_view x = body.substr(el.begin, el.end - el.begin);
            std::string_view first = x.substr(0, x.find(' '));
            // "... and effectively underwrite ...": an adverb opens a predicate, not a phrase.
            return std::count(x.begin(), x.end(), ' ') + 1 > max_copula_element_words || first.ends_with("ly");
          }))
        continue;
      // Names attached across other words ("ten former outside directors are James Allen, ...")
      // are an entity set, not announced content (the annotation rules make them optional).
      if (l.distant && 1 + std::count_if(split.elements.begin(), split.elements.end(), [&](const auto& el) {
            return name(body.substr(el.begin, el.end - el.begin));
          }) >= static_cast<long>(split.elements.size()))
        continue;
      enumeration e;
      e.kind = enumeration_kind::inline_list;
      e.src = {l.src.begin, 0};
      for (const auto& el : split.elements) {
        item it;
        it.ordinal = static_cast<int>(e.items.size()) + 1;
        it.src = {l.list_body + el.begin, l.list_body + el.end};
        it.text = one_line(it.src);
        std::string_view h = body.substr(el.begin, el.end - el.begin);
        // A repeated modal ("must A, must B") is a marker; a repeated content word
        // ("guaranteeing A and guaranteeing B") stays part of the element.
        if (modal(split.marker) && h.substr(0, split.marker.size()) == split.marker) {
          it.marker = split.marker;
          h.remove_prefix(split.marker.size());
        } else if (auto m = grammar::list_marker::match_marker(h); m && m->kind != family::bullet) {
          it.marker = m->marker;  // "(1) the simplification of customs procedures"
          h.remove_prefix(m->length);
        } else if (auto o = grammar::ordinal::match_marker(h); o && o->value > 0) {
          // "first, A; secondly, B; and thirdly, C": the ordinal word marks the element.
          std::string_view mk = h.substr(0, o->length);
          while (!mk.empty() && (mk.back() == ' ' || mk.back() == '\n')) mk.remove_suffix(1);
          it.marker = std::string(mk);
          h.remove_prefix(o->length);
        }
        while (!h.empty() && (h.front() == ' ' || h.front() == '\n')) h.remove_prefix(1);
        it.head = one_line({it.src.end - h.size(), it.src.end});
        e.items.push_back(std::move(it));
      }
      b_.take_label(e, &l);
      close_span(e);
      set_count(e);
      out.push_back(std::move(e));
    }
    back_reference_pairs(out);
  }


private:
  // "Globalization has its reverse: fragmentation. The first is economic, the second entirely
  // political.": one sentence opening with an ordinal marker names the next ones after commas
  // or semicolons ("the second", "the third"), the verb elided.
  void back_reference_pairs(std::vector<enumeration>& out) {
    static const std::vector<std::string_view> ordinals = data::entries(kOrdinalWords);
    std::vector<std::size_t> taken;
    for (const ordinal_hit& h : scan_.ordinals) {
      if (h.value != 1 || ordinals.size() < 2) continue;
      const sentence& s = d_.sentences()[h.sentence];
      // Cheap test first: the second marker's word must be in the sentence.
      if (text_.substr(h.marker_end, s.src.end - h.marker_end).find(ordinals[1]) == std::string_view::npos) continue;
      if (taken.empty()) {  // where the structures found so far start items, sorted, once
        collect_item_starts(out, taken);
        taken.push_back(static_cast<std::size_t>(-1));
        std::sort(taken.begin(), taken.end());
      }
      if (std::binary_search(taken.begin(), taken.end(), s.src.begin)) continue;  // a run of sentences took it
      // Line breaks of hard-wrapped text read as spaces (same offsets).
      std::string flat(text_.substr(s.src.begin, s.src.size()));
      std::replace(flat.begin(), flat.end(), '\n', ' ');
      std::string_view t = flat;
      std::vector<std::size_t> cuts;  // where item k >= 2 starts (its marker), within t
      std::size_t from = h.marker_end - s.src.begin;
      for (std::size_t k = 1; k < ordinals.size(); ++k) {
        std::size_t best = std::string_view::npos;
        for (std::string_view glue : {", the ", "; the ", ", and the ", "; and the "}) {
          std::string needle = std::string(glue) + std::string(ordinals[k]);
          std::size_t f = t.find(needle, from);
          if (f != std::string_view::npos && f + needle.size() < t.size() && t[f + needle.size()] == ' ')
            best = std::min(best, f + glue.size() - 4);  // at "the"
        }
        if (best == std::string_view::npos) break;
        cuts.push_back(best);
        from = best;
      }
      if (cuts.empty()) continue;
      enumeration e;
      e.kind = enumeration_kind::inline_list;
      std::size_t begin = 0;
      for (std::size_t k = 0; k <= cuts.size(); ++k) {
        std::size_t end = k < cuts.size() ? cuts[k] : t.size();
        std::size_t stop = end;
        auto trim = [&] {
          while (stop > begin && (t[stop - 1] == ' ' || t[stop - 1] == ',' || t[stop - 1] == ';' ||
                                  t[stop - 1] == '.' || t[stop - 1] == '\n'))
            --stop;
        };
        trim();
        if (k < cuts.size() && stop >= begin + 4 && t.compare(stop - 4, 4, " and") == 0) {
          stop -= 4;
          trim();
        }
        item it;
        it.ordinal = static_cast<int>(k) + 1;
        std::size_t marker_len = k == 0 ? h.marker_end - s.src.begin : 4 + ordinals[k].size();
        std::string_view mk = t.substr(begin, std::min(marker_len, stop - begin));
        while (!mk.empty() && (mk.back() == ' ' || mk.back() == '\n')) mk.remove_suffix(1);
        it.marker = std::string(mk);
        it.src = {s.src.begin + begin, s.src.begin + stop};
        it.text = one_line(it.src);
        it.head = key_phrase(t.substr(std::min(begin + marker_len, stop), stop - std::min(begin + marker_len, stop)));
        e.items.push_back(std::move(it));
        begin = end;
      }
      e.src = e.items.front().src;
      close_span(e);
      out.push_back(std::move(e));
    }
  }

  // A name: every word capitalised but the small ones ("James Allen", "Bank of England"), not a
  // phrase that opens with one ("Security Council reform").
  static bool name(std::string_view x) {
    if (x.empty() || !is_ascii_upper(x[0])) return false;
    for (std::size_t i = 0; i < x.size();) {
      while (i < x.size() && (x[i] == ' ' || x[i] == '\n')) ++i;
      std::size_t j = i;
      while (j < x.size() && x[j] != ' ' && x[j] != '\n') ++j;
      std::string_view w = x.substr(i, j - i);
      if (!w.empty() && is_ascii_lower(w[0]) && w != "of" && w != "the" && w != "and" && w != "de" && w != "for")
        return false;
      i = j;
    }
    return true;
  }

  // Where the items of `out` (nested ones included) start.
  static void collect_item_starts(const std::vector<enumeration>& out, std::vector<std::size_t>& at) {
    for (const auto& e : out)
      for (const auto& it : e.items) {
        at.push_back(it.src.begin);
        collect_item_starts(it.children, at);
      }
  }

  const document& d_;
  std::string_view text_;
  scan_result& scan_;
  builder_services& b_;

  const paragraph& para(std::size_t p) const { return d_.paragraphs()[p]; }
  std::string one_line(span s) const { return detail::one_line(d_, s); }
  std::pair<label_hit*, label_hit*> labels_in(std::uint32_t first, std::uint32_t last) {
    return detail::labels_in(scan_, first, last);
  }

  // A word that marks the elements when repeated ("must A, must B"): src/data/list_marker_words.txt.
  static bool modal(std::string_view w) {
    static const data::word_set words{kListMarkerWords};
    return words.contains(w);
  }
};

}  // namespace

void inline_lists(family_input in, std::vector<enumeration>& out) { inline_list_finder(in).run(out); }

}  // namespace precis::detail
