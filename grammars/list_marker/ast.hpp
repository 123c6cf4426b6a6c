#pragma once
// What the list-marker grammar yields.
#include <string>

namespace precis::grammar::ast {

/// `(iv)` → open '(', body "iv", close ')'; `1.` → open ' ', body "1", close '.';
/// a bullet `•` → open ' ', body "•", close ' '.
struct list_marker {
  char open = ' ';
  std::string body;
  char close = ' ';
};

}  // namespace precis::grammar::ast
