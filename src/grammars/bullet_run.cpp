// The only translation unit that compiles the bullet-run grammar (over block tokens).
#include "bullet_run/bullet_run_def.hpp"
#include "bullet_run/match.hpp"

namespace precis::grammar::bullet_run {

BOOST_SPIRIT_INSTANTIATE(runs_type, token_iterator, context_type)

std::vector<run> list_runs(std::span<const block_token> tokens) {
  std::vector<run> out;
  token_iterator first = tokens.data(), last = tokens.data() + tokens.size();
  // The grammar accepts every token sequence; a partial parse would be a bug in it.
  if (!x3::parse(first, last, runs(), out) || first != last) return {};
  return out;
}

}  // namespace precis::grammar::bullet_run
