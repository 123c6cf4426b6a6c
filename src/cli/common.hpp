#pragma once
// Shared plumbing of the `precis` subcommands: exit codes, error reporting, input loading.
#include <precis/error.hpp>
#include <precis/fmt.hpp>  // the span formatter (sentences)
#include <precis/text/document.hpp>

#include <cstdio>
#include <iostream>
#include <string>

#include <fmt/core.h>

namespace precis::cli {

// sysexits.h values, as SPEC section 4 names them.
inline constexpr int exit_ok = 0, exit_usage = 2, exit_data = 65, exit_noinput = 66, exit_io = 74;

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

/// Loads FILE, or standard input for "-".
inline document load_input(const std::string& path, const load_options& opt) {
  if (path == "-") return document::from_stream(std::cin, "-", opt);
  return document::from_file(path, opt);
}

/// Writes and flushes; a failed write (disk full, closed pipe) is an I/O error (exit 74).
inline bool write_out(std::string_view s) {
  return std::fwrite(s.data(), 1, s.size(), stdout) == s.size() && std::fflush(stdout) == 0;
}

/// Loads each input, renders it with `render(document)`, and writes it; a bad input is
/// reported and the others go on. Returns the exit code of the last failure, or 0.
template <class Options, class Render>
int for_each_input(const Options& o, Render&& render) {
  int rc = exit_ok;
  for (const auto& in : o.inputs) {
    try {
      document d = load_input(in, o.load);
      if (!write_out(render(d))) {
        fmt::print(stderr, "precis: <stdout>: write error\n");
        return exit_io;
      }
    } catch (const input_error& e) {
      rc = report(e);
    }
  }
  return rc;
}

}  // namespace precis::cli
