#pragma once
// JSON building blocks shared by the extraction and summary writers (internal).
#include <precis/extract/enumeration.hpp>

#include <nlohmann/json.hpp>

#include <vector>

namespace precis::detail {

using json = nlohmann::ordered_json;

/// An enumeration list as SPEC section 5's ENUM array.
json enumerations_json(const std::vector<enumeration>& enums);

class json_writer;
/// The same array written straight to text (format/json_writer.hpp), byte for byte.
void write_enumerations(json_writer& w, const std::vector<enumeration>& enums);

/// One line of JSON; invalid UTF-8 cannot occur (inputs are validated) but is replaced if so.
inline std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace precis::detail
