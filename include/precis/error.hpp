#pragma once
// The one exception precis throws for bad input, carrying what is wrong and where, so a CLI, a
// batch driver or a binding can report `SOURCE:LINE:COL: message` and map it to an exit code.
// The message states the problem only; advice on how to get past it (a command-line flag, an
// option) is the caller's to give: see repairable().
#include <cstddef>
#include <stdexcept>
#include <string>

namespace precis {
inline namespace v0 {

/// Why an input could not be used; the CLI maps these to sysexits codes.
enum class input_errc {
  bad_data,     ///< invalid UTF-8, NUL bytes, too large: exit 65 (EX_DATAERR)
  cannot_open,  ///< missing or unreadable file: exit 66 (EX_NOINPUT)
  io,           ///< read failure after opening: exit 74 (EX_IOERR)
};

/// The name of a code: "bad_data", "cannot_open", "io".
constexpr const char* to_string(input_errc c) noexcept {
  switch (c) {
    case input_errc::bad_data: return "bad_data";
    case input_errc::cannot_open: return "cannot_open";
    case input_errc::io: return "io";
  }
  return "bad_data";
}

class input_error : public std::runtime_error {
public:
  /// `line`/`column` are 1-based (column in bytes); 0 when no position applies.
  input_error(input_errc code, std::string source, std::size_t offset, std::size_t line,
              std::size_t column, const std::string& message)
      : std::runtime_error(message),
        code_(code), source_(std::move(source)), offset_(offset), line_(line), column_(column) {}

  input_errc code() const noexcept { return code_; }
  /// The input's name as the user gave it ("-" for stdin).
  const std::string& source() const noexcept { return source_; }
  /// Byte offset of the problem in the input.
  std::size_t offset() const noexcept { return offset_; }
  std::size_t line() const noexcept { return line_; }
  std::size_t column() const noexcept { return column_; }
  /// True when the problem is a byte that load_options::repair would replace (invalid UTF-8
  /// or NUL), so a caller can offer that option in its own terms.
  bool repairable() const noexcept { return code_ == input_errc::bad_data && line_ > 0; }
  /// What and where in one line: `SOURCE:LINE:COL: message`, or `SOURCE: message`.
  std::string describe() const {
    std::string s = source_;
    if (line_ > 0) s += ':' + std::to_string(line_) + ':' + std::to_string(column_);
    return s + ": " + what();
  }

private:
  input_errc code_;
  std::string source_;
  std::size_t offset_, line_, column_;
};

}  // namespace v0
}  // namespace precis
