#pragma once
// The command line's byte I/O on file descriptors, so that every read or write failure
// (EISDIR, EBADF, EIO on stdin; EPIPE, ENOSPC on stdout) is seen and becomes exit 74, and
// every input is held to a size limit before it is read whole.
#include <precis/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace precis::cli {

/// Inputs larger than this are refused with exit 65 unless --max-input says otherwise: the
/// summarizer needs up to 8x its input in memory, so 1 GiB keeps a run within 8 GiB.
inline constexpr std::size_t default_max_input = std::size_t{1} << 30;

/// Reads a file (or standard input for "-") whole. Throws input_error: cannot_open (missing,
/// unreadable, a directory given by name), io (a read failure, also on stdin: a directory,
/// a closed descriptor, EIO), bad_data (larger than `max_bytes`).
std::string read_input(const std::string& path, std::size_t max_bytes);

/// Reads lines from a descriptor with read(2), so read errors are errors and not an early end.
class line_reader {
public:
  /// Opens `path` ("-" = standard input); throws input_error like read_input.
  line_reader(const std::string& path, std::size_t max_line);
  ~line_reader();
  line_reader(const line_reader&) = delete;
  line_reader& operator=(const line_reader&) = delete;

  /// The next line without its '\n' (a final line without '\n' counts); false at the end.
  /// A line over max_line bytes is skipped without being held: it comes back empty, with
  /// too_long() set. Throws input_error (io) on a read failure.
  bool next(std::string& line);
  /// Whether the line last returned was over the limit (and so returned empty).
  bool too_long() const noexcept { return too_long_; }
  /// 1-based number of the line last returned.
  std::size_t line_number() const noexcept { return line_no_; }
  const std::string& name() const noexcept { return name_; }

private:
  bool fill();
  std::string name_;
  int fd_ = -1;
  bool own_ = false, eof_ = false, too_long_ = false;
  std::size_t max_line_, line_no_ = 0, pos_ = 0;
  std::string buf_;
};

/// Where results go: standard output, or the file given with -o. Writes are checked: a
/// closed pipe (SIGPIPE is ignored), a full disk or a closed descriptor is an I/O error.
class output {
public:
  /// "-" or empty: standard output. Throws input_error (io) when the file cannot be created.
  explicit output(const std::string& path = "");
  ~output();
  output(const output&) = delete;
  output& operator=(const output&) = delete;
  /// Writes all of `s`; false on failure, with the reason in error().
  bool write(std::string_view s);
  /// `precis: <name>: write error: <reason>` for stderr.
  std::string error() const;

private:
  std::string name_;
  int fd_ = 1, errno_ = 0;
  bool own_ = false;
};

/// Ignores SIGPIPE so that writing to a closed pipe fails with EPIPE (exit 74) instead of
/// killing the process silently (141).
void ignore_sigpipe();

}  // namespace precis::cli
