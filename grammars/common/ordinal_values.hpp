#pragma once
// The special values of the ordinal table (common/symbols.hpp), without X3: the tree builder
// reads them without instantiating a grammar.
namespace precis::grammar::common {
inline constexpr int last_ordinal = -1;  ///< "Finally", "Lastly", "Last but not least"
inline constexpr int next_ordinal = -2;  ///< "In addition": the next one, if a run is open
inline constexpr int other_ordinal = -3;  ///< "The other is", "The alternative is": the second of two
}  // namespace precis::grammar::common
