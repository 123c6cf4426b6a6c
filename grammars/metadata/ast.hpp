#pragma once
// What the metadata grammar yields: plain structs, no X3 types.
#include <string>

namespace precis::grammar::ast {

/// `Dec. 11` or `Dec. 11, 2024`: month 1..12 (0 when there is no date), day, year (0 if none).
struct day_date {
  unsigned month = 0;
  unsigned day = 0;
  unsigned year = 0;
};

/// A date with its day, month and year, in any order a text writes it: `March 13, 2023`,
/// `20 March 1978`, `12th April, 1957`, `2024-07-02`, `04/16/2026`. Not yet range-checked.
struct full_date {
  unsigned year = 0;
  unsigned month = 0;
  unsigned day = 0;
  bool numeric_mdy = false;  ///< `04/16/2026`: the first two numbers may be day/month
};

/// `BEIJING, Dec. 11 (Xinhua) --`: where, when, which agency.
struct dateline {
  std::string place;
  day_date date;
  std::string agency;
};

}  // namespace precis::grammar::ast
