#include <precis/format.hpp>

#include "format/json.hpp"
#include "format/json_writer.hpp"

#include <fmt/format.h>

namespace precis::detail {

json enumerations_json(const std::vector<enumeration>& enums) {
  json arr = json::array();
  for (const auto& e : enums) {
    json items = json::array();
    for (const auto& it : e.items)
      items.push_back({{"ordinal", it.ordinal}, {"marker", it.marker}, {"head", it.head}, {"text", it.text},
                       {"span", {it.src.begin, it.src.end}}, {"children", enumerations_json(it.children)}});
    arr.push_back({{"label", e.label ? json(*e.label) : json(nullptr)},
                   {"declared_count", e.declared_count ? json(*e.declared_count) : json(nullptr)},
                   {"kind", std::string(to_string(e.kind))},
                   {"count_ok", e.count_ok ? json(*e.count_ok) : json(nullptr)},
                   {"span", {e.src.begin, e.src.end}},
                   {"items", std::move(items)}});
  }
  return arr;
}

void write_enumerations(json_writer& w, const std::vector<enumeration>& enums) {
  // The members in enumerations_json's order: the bytes are the same.
  w.begin_array();
  for (const auto& e : enums) {
    w.begin_object();
    w.member("label", e.label);
    w.member("declared_count", e.declared_count);
    w.member("kind", to_string(e.kind));
    w.member("count_ok", e.count_ok);
    w.member("span", e.src);
    w.key("items");
    w.begin_array();
    for (const auto& it : e.items) {
      w.begin_object();
      w.member("ordinal", it.ordinal);
      w.member("marker", it.marker);
      w.member("head", it.head);
      w.member("text", it.text);
      w.member("span", it.src);
      w.key("children");
      write_enumerations(w, it.children);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

}  // namespace precis::detail

namespace precis {
inline namespace v0 {

std::string extraction_to_json(std::string_view source, const std::vector<enumeration>& enums) {
  std::string out;
  detail::json_writer w(out);
  w.begin_object();
  w.member("source", source);
  w.key("enumerations");
  detail::write_enumerations(w, enums);
  w.end_object();
  return out += '\n';
}

std::string count_check(const enumeration& e) {
  std::size_t n = e.items.size();
  if (!e.declared_count) return fmt::format("{} found", n);
  if (e.kind == enumeration_kind::declared_only) return fmt::format("{} declared, none listed", *e.declared_count);
  if (e.count_ok && *e.count_ok) return fmt::format("{} of {}", n, *e.declared_count);
  return fmt::format("{} found, {} declared: MISMATCH", n, *e.declared_count);
}

namespace {

std::string title(const enumeration& e) {
  return fmt::format("{} ({}) [{}]", e.label ? *e.label : std::string("(unlabelled)"), count_check(e),
                     to_string(e.kind));
}

void outline(const std::vector<enumeration>& enums, int depth, bool markdown, std::string& out) {
  std::string pad(static_cast<std::size_t>(depth) * (markdown ? 4 : 2), ' ');
  for (const auto& e : enums) {
    if (markdown)
      fmt::format_to(std::back_inserter(out), "{}- **{}** ({}, {})\n", pad,
                     e.label ? *e.label : std::string("unlabelled list"), count_check(e), to_string(e.kind));
    else
      fmt::format_to(std::back_inserter(out), "{}{}\n", pad, title(e));
    for (const auto& it : e.items) {
      const std::string& head = it.head.empty() ? it.text : it.head;
      if (markdown)
        fmt::format_to(std::back_inserter(out), "{}    {}. {}\n", pad, it.ordinal, head);
      else
        fmt::format_to(std::back_inserter(out), "{}  {}. {}\n", pad, it.ordinal, head);
      outline(it.children, depth + 2, markdown, out);
    }
  }
}

}  // namespace

std::string enumerations_to_text(const std::vector<enumeration>& enums) {
  std::string out;
  outline(enums, 0, false, out);
  return out;
}

std::string enumerations_to_markdown(const std::vector<enumeration>& enums) {
  std::string out;
  outline(enums, 0, true, out);
  return out;
}

}  // namespace v0
}  // namespace precis
