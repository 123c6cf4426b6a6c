#pragma once
// Lazy views over enumeration trees, depth-first in document order: every item with its depth
// and parent, every enumeration (or those of one kind). Each view is a std::ranges view (so a
// range-v3 range too): pipe it into ranges::views::filter, transform, take, ... . The views
// borrow the tree; it must outlive them. Only range-v3's light range_fwd.hpp is included (for
// ranges::view_base, which makes range-v3 accept them as views).
#include <precis/extract/enumeration.hpp>

#include <range/v3/range_fwd.hpp>

#include <cstddef>
#include <iterator>
#include <optional>
#include <ranges>
#include <vector>

namespace precis {
inline namespace v0 {
namespace views {

/// One item met in a walk: the item, the enumeration it belongs to, the item that enumeration
/// is nested in (nullptr at top level) and its depth (0 for the items of top-level ones).
struct item_entry {
  const item* node = nullptr;
  const enumeration* owner = nullptr;
  const item* parent = nullptr;
  std::size_t depth = 0;
};

/// One enumeration met in a walk: the enumeration, the item it is nested in (nullptr at top
/// level) and its depth (the number of items above it).
struct enumeration_entry {
  const enumeration* node = nullptr;
  const item* parent = nullptr;
  std::size_t depth = 0;
};

namespace detail {

/// Pre-order walk over enumerations and items together; `Items` selects which one it stops at.
/// The stack holds one frame per nesting level, so a step is O(1) amortised and the walk
/// allocates only as deep as the tree.
template <bool Items>
class tree_iterator {
  struct frame {
    const std::vector<enumeration>* list;
    std::size_t e;             // enumeration index in list
    std::size_t i;             // item index in (*list)[e], npos = at the enumeration itself
    const item* parent;
  };
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::vector<frame> stack_;
  std::optional<enumeration_kind> kind_;  // enumeration walks: stop only at this kind

  bool wanted() const {
    if (at_item() != Items) return false;
    if constexpr (!Items) {
      const frame& f = stack_.back();
      if (kind_ && (*f.list)[f.e].kind != *kind_) return false;
    }
    return true;
  }

  bool at_item() const { return stack_.back().i != npos; }
  void step() {  // one pre-order step over every node
    frame& f = stack_.back();
    const enumeration& en = (*f.list)[f.e];
    if (f.i == npos) {
      if (!en.items.empty()) { f.i = 0; return; }
      ++f.e;  // an enumeration without items (declared only): on to the next one
    } else if (!en.items[f.i].children.empty()) {
      const item* it = &en.items[f.i];
      stack_.push_back({&it->children, 0, npos, it});
      return;
    } else {
      ++f.i;
    }
    advance_past_end();
  }
  void advance_past_end() {  // leaves ended lists and items, resuming their parents
    while (!stack_.empty()) {
      frame& f = stack_.back();
      if (f.i != npos && f.i < (*f.list)[f.e].items.size()) return;
      if (f.i == npos && f.e < f.list->size()) return;
      if (f.i != npos) {  // past the last item of this enumeration: the next enumeration
        ++f.e;
        f.i = npos;
        continue;
      }
      stack_.pop_back();  // past the last enumeration of this list: the parent item's next
      if (!stack_.empty()) ++stack_.back().i;
    }
  }
  void settle() {
    while (!stack_.empty() && !wanted()) step();
  }

public:
  using value_type = std::conditional_t<Items, item_entry, enumeration_entry>;
  using difference_type = std::ptrdiff_t;
  using iterator_concept = std::forward_iterator_tag;
  using iterator_category = std::input_iterator_tag;  // operator* returns by value

  tree_iterator() = default;
  explicit tree_iterator(const std::vector<enumeration>& roots, std::optional<enumeration_kind> kind = {})
      : kind_(kind) {
    if (!roots.empty()) stack_.push_back({&roots, 0, npos, nullptr});
    settle();
  }

  value_type operator*() const {
    const frame& f = stack_.back();
    const enumeration& en = (*f.list)[f.e];
    if constexpr (Items)
      return {&en.items[f.i], &en, f.parent, stack_.size() - 1};
    else
      return {&en, f.parent, stack_.size() - 1};
  }
  tree_iterator& operator++() {
    step();
    settle();
    return *this;
  }
  tree_iterator operator++(int) {
    auto old = *this;
    ++*this;
    return old;
  }
  friend bool operator==(const tree_iterator& a, const tree_iterator& b) {
    if (a.stack_.empty() || b.stack_.empty()) return a.stack_.empty() == b.stack_.empty();
    const frame &x = a.stack_.back(), &y = b.stack_.back();
    return x.list == y.list && x.e == y.e && x.i == y.i;
  }
};

// Neither std::ranges::view_interface nor std::views::filter: clang 14 checks their members'
// constraints while the view type is still incomplete and rejects the header (libstdc++ 12),
// so the kind filter is in the walk itself and empty() and bool are written out.
template <bool Items>
class tree_view : public std::ranges::view_base, public ranges::view_base {
  const std::vector<enumeration>* roots_ = nullptr;
  std::optional<enumeration_kind> kind_;

public:
  tree_view() = default;
  explicit tree_view(const std::vector<enumeration>& roots, std::optional<enumeration_kind> kind = {})
      : roots_(&roots), kind_(kind) {}
  tree_iterator<Items> begin() const {
    return roots_ ? tree_iterator<Items>(*roots_, kind_) : tree_iterator<Items>();
  }
  tree_iterator<Items> end() const { return {}; }
  /// No item (or no enumeration) to visit.
  bool empty() const { return begin() == end(); }
  explicit operator bool() const { return !empty(); }
};

}  // namespace detail

/// Every item of the forest `enums`, depth-first: an item, then the items of the enumerations
/// nested under it, then its next sibling.
inline detail::tree_view<true> items(const std::vector<enumeration>& enums) {
  return detail::tree_view<true>(enums);
}

/// Every enumeration of the forest `enums`, nested ones included, depth-first (declared-only
/// ones, which have no items, too).
inline detail::tree_view<false> enumerations(const std::vector<enumeration>& enums) {
  return detail::tree_view<false>(enums);
}

/// Every enumeration of kind `k`, nested ones included, depth-first.
inline detail::tree_view<false> enumerations(const std::vector<enumeration>& enums, enumeration_kind k) {
  return detail::tree_view<false>(enums, k);
}

}  // namespace views
}  // namespace v0
}  // namespace precis
