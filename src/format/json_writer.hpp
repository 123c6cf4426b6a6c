#pragma once
// A JSON writer that appends straight to a string (internal): the summary of a 2 KB article is
// written in a few microseconds, where building an nlohmann::ordered_json tree and dumping it
// cost more than ranking the article. The bytes are those of detail::dump (format/json.hpp):
// no spaces, UTF-8 kept, nlohmann's escapes and its shortest round-trip doubles.
#include <precis/text/span.hpp>

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace precis::detail {

class json_writer {
public:
  explicit json_writer(std::string& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// A member's key; the member's value is the next value written.
  void key(std::string_view k) {
    comma();
    string_body(k);
    out_ += ':';
    after_key_ = true;
  }

  void value(std::string_view s) {
    comma();
    string_body(s);
  }
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b) {
    comma();
    out_ += b ? "true" : "false";
  }
  void value(std::nullptr_t) {
    comma();
    out_ += "null";
  }
  void value(std::uint64_t n) {
    comma();
    char buf[24];
    char* e = buf + sizeof buf;
    char* p = e;
    do *--p = static_cast<char>('0' + n % 10);
    while (n /= 10);
    out_.append(p, static_cast<std::size_t>(e - p));
  }
  void value(std::int64_t n) {
    if (n >= 0) return value(static_cast<std::uint64_t>(n));
    comma();
    out_ += '-';
    after_key_ = true;  // the digits follow without a comma
    value(std::uint64_t{0} - static_cast<std::uint64_t>(n));
  }
  void value(unsigned n) { value(static_cast<std::uint64_t>(n)); }
  void value(int n) { value(static_cast<std::int64_t>(n)); }
  void value(double x) {
    comma();
    if (!std::isfinite(x)) {
      out_ += "null";
      return;
    }
    std::array<char, 64> buf;
    char* e = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), x);
    out_.append(buf.data(), static_cast<std::size_t>(e - buf.data()));
  }
  template <class T>
  void value(const std::optional<T>& v) {
    if (v) value(*v);
    else value(nullptr);
  }
  /// Text that is already one JSON value.
  void raw_value(std::string_view text) {
    comma();
    out_ += text;
  }
  /// A [begin, end] pair, the spans of SPEC section 5.
  void pair(std::uint64_t a, std::uint64_t b) {
    begin_array();
    value(a);
    value(b);
    end_array();
  }
  void value(const span& s) { pair(s.begin, s.end); }
  template <class T>
  void member(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

private:
  void comma() {
    if (after_key_) after_key_ = false;
    else if (need_comma_) out_ += ',';
    need_comma_ = true;
  }
  void open(char c) {
    comma();
    out_ += c;
    need_comma_ = false;
  }
  void close(char c) {
    out_ += c;
    need_comma_ = true;
    after_key_ = false;
  }
  // nlohmann's escapes with ensure_ascii off: the two-character forms, \u00xx for the other
  // control bytes, everything else as is. A string that is not valid UTF-8 (never the case for
  // text from a document, which is validated or repaired) goes through nlohmann itself, for
  // its U+FFFD replacement.
  void string_body(std::string_view s) {
    // Most strings (every key, most sentences) are ASCII that needs no escape: copied whole
    // after one scan, where the general path below reads each byte twice.
    std::size_t plain = 0;
    while (plain < s.size()) {
      const auto c = static_cast<unsigned char>(s[plain]);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
      ++plain;
    }
    if (plain == s.size()) {
      out_ += '"';
      out_ += s;
      out_ += '"';
      return;
    }
    if (!valid_utf8(s)) {
      out_ += nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
      return;
    }
    out_ += '"';
    std::size_t from = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s, from, i - from);
      from = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\t': out_ += "\\t"; break;
        case '\n': out_ += "\\n"; break;
        case '\f': out_ += "\\f"; break;
        case '\r': out_ += "\\r"; break;
        default: {
          static const char* hex = "0123456789abcdef";
          const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
          out_.append(u, 6);
        }
      }
    }
    out_.append(s, from, std::string_view::npos);
    out_ += '"';
  }
  // Well-formed UTF-8 as nlohmann's decoder accepts it (RFC 3629: no overlongs, surrogates or
  // code points past U+10FFFF).
  static bool valid_utf8(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
        ++i;
        continue;
      }
      std::size_t n;
      unsigned char lo = 0x80, hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) n = 1;
      else if (c >= 0xE0 && c <= 0xEF) n = 2, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      else if (c >= 0xF0 && c <= 0xF4) n = 3, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      else return false;
      if (i + n >= s.size()) return false;
      const auto c1 = static_cast<unsigned char>(s[i + 1]);
      if (c1 < lo || c1 > hi) return false;
      for (std::size_t k = 2; k <= n; ++k) {
        const auto ck = static_cast<unsigned char>(s[i + k]);
        if (ck < 0x80 || ck > 0xBF) return false;
      }
      i += n + 1;
    }
    return true;
  }

  std::string& out_;
  bool need_comma_ = false, after_key_ = false;
};

}  // namespace precis::detail
