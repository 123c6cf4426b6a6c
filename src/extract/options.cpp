// extract_options: filters over the extractor's full result, and the string overload.
#include <precis/extract/extract.hpp>

#include <algorithm>

namespace precis {
inline namespace v0 {
namespace {

void keep(std::vector<enumeration>& enums, const extract_options& opt) {
  if (!opt.declared_only)
    std::erase_if(enums, [](const enumeration& e) { return e.kind == enumeration_kind::declared_only; });
  for (auto& e : enums)
    for (auto& it : e.items) {
      if (!opt.nested) it.children.clear();
      else keep(it.children, opt);
    }
}

}  // namespace

std::vector<enumeration> extract(const document& doc, const extract_options& opt) {
  auto enums = extract(doc);
  keep(enums, opt);
  return enums;
}

std::vector<enumeration> extract(std::string_view text, const extract_options& opt) {
  return extract(document::from_string(std::string(text), "<string>", opt.load), opt);
}

}  // namespace v0
}  // namespace precis
