#pragma once
// Small lexemes every family shares: spacing, dashes and quotes in both ASCII and UTF-8 forms.
// Header-only parsers (no rules), so including them costs no instantiation.
#include "config.hpp"

namespace precis::grammar::common {

/// A blank: space, tab or NBSP (never a newline: line structure matters to the families).
inline const auto blank = x3::lit(' ') | x3::lit('\t') | x3::lit("\xC2\xA0");
/// Spacing inside one sentence of hard-wrapped text: blanks and single line breaks ("three\n
/// things"). Families that read line structure (list markers) use `blank` instead.
inline const auto wrap_space = blank | x3::lit('\n') | x3::lit('\r');
/// A dash used as a separator: --, —, –, -.
inline const auto dash = x3::lit("--") | x3::lit("\xE2\x80\x94") | x3::lit("\xE2\x80\x93") | x3::lit('-');
/// Opening and closing double quotes: " “ ”.
inline const auto open_quote = x3::lit('"') | x3::lit("\xE2\x80\x9C");
inline const auto close_quote = x3::lit('"') | x3::lit("\xE2\x80\x9D");
/// An apostrophe: ' or ’.
inline const auto apostrophe = x3::lit('\'') | x3::lit("\xE2\x80\x99");

}  // namespace precis::grammar::common
