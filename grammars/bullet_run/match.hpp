#pragma once
// Plain C++ entry point to the bullet-run grammar: it reads one token per layout block, not
// bytes, and finds the runs of list lines the bullet family builds its lists from.
#include <cstdint>
#include <span>
#include <vector>

namespace precis::grammar::bullet_run {

/// What a block is to the bullet family.
enum class token_kind : std::uint8_t {
  list_line,  ///< led by a list marker and not taken by an earlier family
  other,      ///< anything else: ends a run
};

/// One layout block (a paragraph of the document) as the bullet family sees it.
struct block_token {
  std::uint32_t block = 0;  ///< the paragraph's index
  token_kind kind = token_kind::other;
};

/// The blocks of one run of consecutive list lines, in document order.
using run = std::vector<std::uint32_t>;

/// Every maximal run of list_line tokens in `tokens`, in order (a run holds one or more).
std::vector<run> list_runs(std::span<const block_token> tokens);

}  // namespace precis::grammar::bullet_run
