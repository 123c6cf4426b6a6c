#pragma once
// What the structures found so far have taken (internal): paragraphs, counted labels, and what
// each heading or item governs. A family tries a structure inside a transaction; unless the
// transaction is committed, everything claimed during it is released when it ends, on every
// return path, so no family undoes its own claims by hand.
#include <precis/text/span.hpp>

#include "extract/scan.hpp"

#include <cstddef>
#include <map>
#include <vector>

namespace precis::detail {

class ledger {
public:
  ledger(std::size_t paragraphs, std::vector<label_hit>& labels) : paragraph_(paragraphs, false), labels_(labels) {}

  /// Claims made since it opened are released when it ends, unless commit() was called.
  class transaction {
  public:
    explicit transaction(ledger& l) : ledger_(l), mark_(l.journal_.size()) {}
    transaction(const transaction&) = delete;
    transaction& operator=(const transaction&) = delete;
    ~transaction() {
      if (!committed_) ledger_.release_since(mark_);
    }
    /// Keeps the claims (an enclosing transaction may still release them).
    void commit() noexcept { committed_ = true; }

  private:
    ledger& ledger_;
    std::size_t mark_;
    bool committed_ = false;
  };

  bool taken(std::size_t paragraph) const { return paragraph_[paragraph]; }
  void take(std::size_t paragraph) {
    if (paragraph_[paragraph]) return;
    paragraph_[paragraph] = true;
    journal_.push_back({entry::paragraph, paragraph});
  }
  /// Marks a counted label as the label of a found structure.
  void take(label_hit* l) {
    if (l->used) return;
    l->used = true;
    journal_.push_back({entry::label, static_cast<std::size_t>(l - labels_.data())});
  }

  /// What the item starting at byte `item_begin` governs (its section, its paragraphs):
  /// structures found inside move under that item. The first record for an item stands.
  void govern(std::size_t item_begin, span extent) {
    if (extent_.count(item_begin)) return;
    extent_[item_begin] = extent;
    journal_.push_back({entry::extent, item_begin});
  }
  const std::map<std::size_t, span>& extents() const noexcept { return extent_; }

private:
  struct entry {
    enum kind_t { paragraph, label, extent } kind;
    std::size_t key;
  };
  std::vector<bool> paragraph_;
  std::vector<label_hit>& labels_;
  std::map<std::size_t, span> extent_;  // keyed by the item's first byte: stable while trees move
  std::vector<entry> journal_;

  void release_since(std::size_t mark) {
    while (journal_.size() > mark) {
      entry e = journal_.back();
      journal_.pop_back();
      if (e.kind == entry::paragraph) paragraph_[e.key] = false;
      else if (e.kind == entry::label) labels_[e.key].used = false;
      else extent_.erase(e.key);
    }
  }
};

}  // namespace precis::detail
