#pragma once
// Runs of list lines over block tokens. Included by src/grammars/bullet_run.cpp only.
#include "bullet_run/bullet_run.hpp"

namespace precis::grammar::bullet_run {

/// A primitive parser that matches one token of kind `kind`; its attribute is the block index.
/// (X3's char parsers want character iterators; this one reads block_token.)
struct block_of_parser : x3::parser<block_of_parser> {
  using attribute_type = std::uint32_t;
  static bool const has_attribute = true;

  constexpr explicit block_of_parser(token_kind k) : kind(k) {}

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute& attr) const {
    if (first == last || first->kind != kind) return false;
    x3::traits::move_to(first->block, attr);
    ++first;
    return true;
  }

  token_kind kind;
};

constexpr block_of_parser block_of(token_kind k) { return block_of_parser(k); }

run_type const run_rule = "run";
runs_type const runs_rule = "runs";

// The run has its own rule and attribute: X3 does not roll back a container attribute when an
// alternative fails, so each run is collected in a fresh vector.
auto const run_rule_def = +block_of(token_kind::list_line);
auto const runs_rule_def =
    x3::omit[*block_of(token_kind::other)] >> *(run_rule >> x3::omit[*block_of(token_kind::other)]);

BOOST_SPIRIT_DEFINE(run_rule, runs_rule)

inline runs_type const& runs() { return runs_rule; }

}  // namespace precis::grammar::bullet_run
