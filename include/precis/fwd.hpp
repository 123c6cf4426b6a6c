#pragma once
// Forward declarations of precis's public types, for headers that only pass them around:
// including this costs nothing, the full definitions live in the headers named below.
#include <cstdint>

namespace precis {
inline namespace v0 {

struct span;                          // precis/text/span.hpp
enum class input_format : std::uint8_t; // precis/text/document.hpp
enum class block_kind : std::uint8_t;
enum class sentence_kind : std::uint8_t;
enum class meta_kind : std::uint8_t;
struct paragraph;
struct heading;
struct section;
struct front_matter;
struct sentence;
struct token;
struct term;
struct load_options;
class document;

enum class input_errc;                // precis/error.hpp
class input_error;

enum class enumeration_kind;          // precis/extract/enumeration.hpp
struct item;
struct enumeration;
struct extract_options;               // precis/extract/extract.hpp

enum class similarity : std::uint8_t; // precis/summarize/textrank.hpp
struct rank_options;
struct rank_stats;
struct select_options;
struct ranked_sentence;
struct keyword;                       // precis/summarize/keywords.hpp
struct keyword_options;
struct summary_options;               // precis/summarize/summary.hpp
struct summary_sentence;
struct summary_meta;
struct summary_heading;
struct summary;

}  // namespace v0
}  // namespace precis
