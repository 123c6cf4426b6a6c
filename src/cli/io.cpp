#include "cli/io.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace precis::cli {
namespace {

[[noreturn]] void fail(input_errc code, const std::string& name, std::size_t offset, const std::string& what) {
  throw input_error(code, name, offset, 0, 0, what);
}

std::string too_large(std::size_t size, std::size_t limit, bool at_least) {
  return fmt::format("input is {}{} bytes, over the limit of {} bytes (raise it with --max-input)",
                     at_least ? "over " : "", size, limit);
}

// Opens a named input (cannot_open on failure; a directory is refused by name), or returns 0.
int open_input(const std::string& path) {
  if (path == "-") return STDIN_FILENO;
  int fd;
  do fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) fail(input_errc::cannot_open, path, 0, std::string("cannot open: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    fail(input_errc::cannot_open, path, 0, "cannot open: is a directory");
  }
  return fd;
}

// read(2) with EINTR retried; -1 with errno set on failure.
ssize_t read_some(int fd, char* p, std::size_t n) {
  ssize_t r;
  do r = ::read(fd, p, n);
  while (r < 0 && errno == EINTR);
  return r;
}

}  // namespace

std::string read_input(const std::string& path, std::size_t max_bytes) {
  const int fd = open_input(path);
  struct closer {
    int fd;
    ~closer() { if (fd != STDIN_FILENO) ::close(fd); }
  } guard{fd};
  std::string buf;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size > max_bytes) fail(input_errc::bad_data, path, max_bytes, too_large(size, max_bytes, false));
    buf.reserve(size + 1);  // +1: the read that sees the end needs no regrowth
  }
  for (;;) {
    if (buf.size() == buf.capacity()) buf.reserve(std::max<std::size_t>(buf.capacity() * 2, 1 << 16));
    const std::size_t old = buf.size();
    // Let the string's spare capacity receive the bytes; resized back to what was read.
    buf.resize(buf.capacity());
    const ssize_t r = read_some(fd, buf.data() + old, buf.size() - old);
    if (r < 0) {
      const int e = errno;
      buf.resize(old);
      fail(input_errc::io, path, old, std::string("read error: ") + std::strerror(e));
    }
    buf.resize(old + static_cast<std::size_t>(r));
    if (r == 0) break;
    if (buf.size() > max_bytes) fail(input_errc::bad_data, path, max_bytes, too_large(max_bytes, max_bytes, true));
  }
  buf.shrink_to_fit();
  return buf;
}

line_reader::line_reader(const std::string& path, std::size_t max_line)
    : name_(path), fd_(open_input(path)), own_(path != "-"), max_line_(max_line) {}

line_reader::~line_reader() {
  if (own_) ::close(fd_);
}

bool line_reader::fill() {
  if (eof_) return false;
  // Keep the unread tail, then append one block.
  buf_.erase(0, pos_);
  pos_ = 0;
  const std::size_t old = buf_.size();
  buf_.resize(old + (1 << 16));
  const ssize_t r = read_some(fd_, buf_.data() + old, 1 << 16);
  if (r < 0) {
    const int e = errno;
    buf_.resize(old);
    fail(input_errc::io, name_, 0, fmt::format("read error after line {}: {}", line_no_, std::strerror(e)));
  }
  buf_.resize(old + static_cast<std::size_t>(r));
  if (r == 0) eof_ = true;
  return r > 0;
}

bool line_reader::next(std::string& line) {
  too_long_ = false;
  std::size_t scanned = pos_;
  for (;;) {
    const auto nl = buf_.find('\n', scanned);
    if (nl != std::string::npos) {
      if (nl - pos_ > max_line_) too_long_ = true;
      if (too_long_) line.clear();
      else line.assign(buf_, pos_, nl - pos_);
      pos_ = nl + 1;
      ++line_no_;
      return true;
    }
    if (!too_long_ && buf_.size() - pos_ > max_line_) too_long_ = true;
    if (too_long_) pos_ = buf_.size();  // skip the rest of an over-long line, kept nowhere
    scanned = buf_.size() - pos_;       // fill() moves the tail to the front
    if (!fill()) {
      if (buf_.size() == pos_ && !too_long_) return false;
      if (too_long_) line.clear();
      else line.assign(buf_, pos_, std::string::npos);
      pos_ = buf_.size();
      ++line_no_;
      return true;
    }
  }
}

output::output(const std::string& path) : name_(path.empty() || path == "-" ? "<stdout>" : path) {
  if (path.empty() || path == "-") return;
  do fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  while (fd_ < 0 && errno == EINTR);
  if (fd_ < 0) fail(input_errc::io, path, 0, std::string("cannot create: ") + std::strerror(errno));
  own_ = true;
}

output::~output() {
  if (own_) ::close(fd_);
}

bool output::write(std::string_view s) {
  while (!s.empty()) {
    const ssize_t w = ::write(fd_, s.data(), s.size());
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      errno_ = w < 0 ? errno : EIO;
      return false;
    }
    s.remove_prefix(static_cast<std::size_t>(w));
  }
  return true;
}

std::string output::error() const {
  return fmt::format("precis: {}: write error: {}\n", name_, std::strerror(errno_));
}

void ignore_sigpipe() { std::signal(SIGPIPE, SIG_IGN); }

}  // namespace precis::cli
