#pragma once
// JSON Lines batch mode (`--jsonl`): one input line, one output line, in input order.
#include <precis/text/document.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace precis::cli {

/// One parsed input line: `{"id": ..., "text": "..."}`.
struct batch_line {
  /// The id exactly as its bytes appear in the line ("null" when absent): echoed, never
  /// re-serialised, so `1.10` stays `1.10` and big integers keep every digit.
  std::string id = "null";
  std::string text;
  /// Empty when the line is usable; otherwise a short message of our own for the record.
  std::string error;
};

/// Parses one line without building a JSON tree (a SAX pass, no recursion: a value nested
/// 100,000 deep costs no stack). Only a string, a number or null is an id; anything else (true,
/// false, an array, an object) makes the line an error, with id null. Never throws.
batch_line parse_batch_line(std::string_view line);

/// parse_batch_line with nlohmann's SAX parser alone: what the fast path (simdjson, when built
/// in) must agree with, line for line; also its fallback for the lines it does not take.
batch_line parse_batch_line_reference(std::string_view line);

/// Renders one document as a one-line JSON object ending in "\n" (it must start with '{').
using batch_render = std::function<std::string(const document&)>;

/// `{"id":<raw id>,...}`: the rendered object with the id spliced in front, byte for byte.
std::string with_id(const std::string& raw_id, const std::string& object);

/// The result line for one input line: the rendered document or an error record
/// `{"id","line","error"}` (plus "file" for a named input). Never throws. `failed` is set
/// when the line gave an error record.
std::string process_batch_line(std::string_view line, std::size_t line_no, const std::string& file,
                               const load_options& load, const batch_render& render, bool& failed);

struct batch_settings {
  std::vector<std::string> inputs;  ///< JSON Lines files; empty or "-": standard input
  unsigned threads = 1;
  std::size_t max_line = 0;         ///< longest accepted line in bytes
  std::string output;               ///< -o FILE, empty for stdout
  load_options load;
};

/// Runs the batch: every record written, then exit 65 if any line failed, 74 on an I/O error
/// (input read or output write), 66 when an input cannot be opened, else 0.
int run_batch(const batch_settings& s, const batch_render& render);

}  // namespace precis::cli
