#include "text/front_matter.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>

namespace precis::detail {
namespace {

// The offset just after the line that closes the block, or npos.
std::size_t closing_line(std::string_view src, std::size_t from, std::string_view delim,
                         std::size_t& close_begin) {
  std::size_t pos = from;
  while (pos < src.size()) {
    std::size_t nl = src.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? src.size() : nl;
    std::string_view ln = src.substr(pos, end - pos);
    while (!ln.empty() && (ln.back() == ' ' || ln.back() == '\t' || ln.back() == '\r')) ln.remove_suffix(1);
    if (ln == delim || (delim == "---" && ln == "...")) {
      close_begin = pos;
      return nl == std::string_view::npos ? src.size() : nl + 1;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return std::string_view::npos;
}

std::string unquote_toml(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r')) v.remove_suffix(1);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
    v = v.substr(1, v.size() - 2);
  return std::string(v);
}

// yaml-cpp decodes the escapes \_ \N \L \P to single Latin-1 bytes (0xA0, 0x85, ...), not
// UTF-8: re-encode every byte that breaks UTF-8 as the Latin-1 character it stands for.
std::string as_utf8(std::string v) {
  if (!find_utf8_problem(v)) return v;
  std::string out;
  for (std::size_t i = 0; i < v.size();) {
    auto bad = find_utf8_problem(std::string_view(v).substr(i));
    std::size_t ok = bad ? bad.offset : v.size() - i;
    out.append(v, i, ok);
    i += ok;
    if (i >= v.size()) break;
    auto c = static_cast<unsigned char>(v[i++]);
    if (c == 0) continue;
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// yaml-cpp recurses per nesting level and keeps every node: front matter past these bounds
// (pathological, never a real page's metadata) is not given to it.
bool yaml_too_costly(std::string_view inner) {
  constexpr std::size_t kMaxYamlBytes = 256 * 1024;
  constexpr std::size_t kMaxYamlNesting = 64;
  if (inner.size() > kMaxYamlBytes) return true;
  std::size_t depth = 0, max = 0;
  for (char c : inner) {
    if (c == '[' || c == '{') max = std::max(max, ++depth);
    else if ((c == ']' || c == '}') && depth) --depth;
  }
  // Indentation nests too: a block sequence indented past the bound.
  std::size_t indent = 0;
  bool start = true;
  for (char c : inner) {
    if (c == '\n') { start = true; indent = 0; continue; }
    if (start && c == ' ') { if (++indent > 2 * kMaxYamlNesting) return true; continue; }
    start = false;
  }
  return max > kMaxYamlNesting;
}

}  // namespace

std::string iso_date_prefix(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\'' || v.front() == '"')) v.remove_prefix(1);
  if (v.size() < 10) return {};
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (!is_ascii_digit(v[i])) return {};
  if (v[4] != '-' || v[7] != '-') return {};
  if (v.size() > 10 && is_ascii_digit(v[10])) return {};
  int month = (v[5] - '0') * 10 + (v[6] - '0'), day = (v[8] - '0') * 10 + (v[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return {};
  return std::string(v.substr(0, 10));
}

front_matter find_front_matter(std::string_view src, std::size_t begin) {
  front_matter fm;
  std::string_view rest = src.substr(begin);
  std::string_view delim;
  if (rest.substr(0, 4) == "---\n" || rest.substr(0, 5) == "---\r\n") delim = "---";
  else if (rest.substr(0, 4) == "+++\n" || rest.substr(0, 5) == "+++\r\n") delim = "+++";
  else return fm;
  std::size_t body = src.find('\n', begin) + 1, close = 0;
  std::size_t end = closing_line(src, body, delim, close);
  if (end == std::string_view::npos) return fm;
  fm.present = true;
  fm.src = {begin, end};
  std::string_view inner = src.substr(body, close - body);
  if (delim == "---" && !yaml_too_costly(inner)) {
    try {
      YAML::Node n = YAML::Load(std::string(inner));
      if (n.IsMap()) {
        if (auto t = n["title"]; t && t.IsScalar()) fm.title = as_utf8(t.as<std::string>());
        for (const char* key : {"date", "doc_date", "published", "publish_date"})
          if (auto d = n[key]; d && d.IsScalar()) {
            if (auto iso = iso_date_prefix(d.as<std::string>()); !iso.empty()) { fm.date = iso; break; }
          }
      }
    } catch (const std::exception&) {
      // Malformed YAML: the block is still front matter (never prose), without fields.
    }
  } else {
    // TOML, or YAML too large or too deeply nested to hand to a recursive parser: read the
    // top-level `title` and `date` lines (`key = value` or `key: value`) as they are.
    std::size_t pos = 0;
    while (pos < inner.size()) {
      std::size_t nl = inner.find('\n', pos);
      std::string_view ln = inner.substr(pos, (nl == std::string_view::npos ? inner.size() : nl) - pos);
      std::size_t eq = ln.find(delim == "+++" ? '=' : ':');
      if (eq != std::string_view::npos && !ln.empty() && ln[0] != ' ') {
        std::string key = unquote_toml(ln.substr(0, eq));
        std::string val = unquote_toml(ln.substr(eq + 1));
        if (key == "title" && !fm.title) fm.title = val;
        if (key == "date" && !fm.date)
          if (auto iso = iso_date_prefix(val); !iso.empty()) fm.date = iso;
      }
      if (nl == std::string_view::npos) break;
      pos = nl + 1;
    }
  }
  return fm;
}

}  // namespace precis::detail
