#pragma once
// What the metadata grammar yields: plain structs, no X3 types.
#include <string>

namespace precis::grammar::ast {

/// `Dec. 11`: month 1..12 (0 when there is no date) and day.
struct day_date {
  unsigned month = 0;
  unsigned day = 0;
};

/// `BEIJING, Dec. 11 (Xinhua) --`: where, when, which agency.
struct dateline {
  std::string place;
  day_date date;
  std::string agency;
};

}  // namespace precis::grammar::ast
