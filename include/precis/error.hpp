#pragma once
// The one exception precis throws for bad input, carrying where the problem is, so a CLI or
// a batch driver can report `FILE:LINE:COL: message` and map it to an exit code.
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

private:
  input_errc code_;
  std::string source_;
  std::size_t offset_, line_, column_;
};

}  // namespace v0
}  // namespace precis
