#pragma once
// Shared plumbing of the `precis` subcommands: exit codes, error reporting, input loading.
#include "cli/io.hpp"

#include <precis/error.hpp>
#include <precis/fmt.hpp>  // the span formatter (sentences)
#include <precis/text/document.hpp>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <fmt/core.h>

namespace precis::cli {

// sysexits.h values, as SPEC section 4 names them.
// 70 (EX_SOFTWARE) is a bug of ours (an exception the library does not document) or memory
// exhausted: reported, never an abort.
inline constexpr int exit_ok = 0, exit_usage = 2, exit_data = 65, exit_noinput = 66, exit_io = 74,
                     exit_internal = 70;

/// What every subcommand accepts.
struct options {
  std::vector<std::string> inputs;
  std::string format = "text";
  load_options load;
  std::string output;                        ///< -o FILE; empty: standard output
  std::size_t max_input = default_max_input; ///< --max-input: the largest input (or batch line)
  bool jsonl = false;                        ///< --jsonl: inputs are JSON Lines of {"id","text"}
  unsigned threads = 0;                      ///< -j for --jsonl; 0: every core
};

/// Prints `precis: FILE:LINE:COL: message` and returns the exit code for the error.
inline int report(const input_error& e) {
  // The library says what and where; the advice is the command line's.
  std::string_view msg = e.what();
  const char* hint = e.repairable() && msg.find("--repair") == msg.npos ? "; use --repair to replace invalid bytes" : "";
  fmt::print(stderr, "precis: {}{}\n", e.describe(), hint);
  switch (e.code()) {
    case input_errc::cannot_open: return exit_noinput;
    case input_errc::io: return exit_io;
    case input_errc::bad_data: break;
  }
  return exit_data;
}

/// Loads FILE, or standard input for "-", through read_input (read errors and the size
/// limit are checked there), then builds the document.
inline document load_input(const std::string& path, const options& o) {
  return document::from_string(read_input(path, o.max_input), path, o.load);
}

/// Loads each input, renders it with `render(document)`, and writes it; a bad input is
/// reported and the others go on. With several inputs, text output gets a `==> FILE <==`
/// header per input (as head(1) does). Returns the most serious failure's exit code, or 0.
template <class Render>
int for_each_input(const options& o, Render&& render) {
  std::unique_ptr<output> out;
  try {
    out = std::make_unique<output>(o.output);
  } catch (const input_error& e) {
    return report(e);
  }
  const bool headers = o.inputs.size() > 1 && o.format == "text";
  int rc = exit_ok;
  for (std::size_t i = 0; i < o.inputs.size(); ++i) {
    try {
      document d = load_input(o.inputs[i], o);
      std::string text = render(d);
      if (headers) text = fmt::format("{}==> {} <==\n", i ? "\n" : "", o.inputs[i]) + text;
      if (!out->write(text)) {
        fmt::print(stderr, "{}", out->error());
        return exit_io;
      }
    } catch (const input_error& e) {
      rc = std::max(rc, report(e));
    } catch (const std::bad_alloc&) {
      fmt::print(stderr, "precis: {}: out of memory\n", o.inputs[i]);
      rc = std::max(rc, exit_internal);
    } catch (const std::exception& e) {
      fmt::print(stderr, "precis: {}: internal error: {}\n", o.inputs[i], e.what());
      rc = std::max(rc, exit_internal);
    }
  }
  return rc;
}

}  // namespace precis::cli
