#pragma once
// Family: runs of list lines over the layout's blocks (one token per block, match.hpp).
//   runs     = *other >> *(run >> *other)
//   run      = +block_of(list_line)
// The grammar only groups blocks; numbering restarts and nesting are decided over each run
// after the parse (extract/bullets.cpp), where the markers are.
#include "config.hpp"
#include "bullet_run/match.hpp"

namespace precis::grammar::bullet_run {

/// The grammar's iterator: it walks tokens, not bytes.
using token_iterator = block_token const*;

struct run_class;
using run_type = x3::rule<run_class, run>;
struct runs_class;
using runs_type = x3::rule<runs_class, std::vector<run>>;
BOOST_SPIRIT_DECLARE(run_type, runs_type)

runs_type const& runs();

}  // namespace precis::grammar::bullet_run
