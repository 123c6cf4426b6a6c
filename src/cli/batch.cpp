#include "cli/batch.hpp"
#include "cli/common.hpp"
#include "cli/io.hpp"

#include <nlohmann/json.hpp>
#ifdef PRECIS_HAVE_SIMDJSON
#include <simdjson.h>
#endif

#include <atomic>
#include <cstring>
#include <optional>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace precis::cli {
namespace {

using json = nlohmann::json;

// Validates a line and takes its top-level "text" in one SAX pass. nlohmann's parser keeps
// its nesting on a heap stack, so depth costs no recursion; no tree is built.
struct line_sax : json::json_sax_t {
  std::size_t depth = 0;
  enum class slot { none, id, text } pending = slot::none;
  bool has_text = false, text_is_string = false, bad_id = false, top_is_object = false;
  std::string text;
  std::size_t error_at = 0;
  bool syntax_error = false;

  // A value begins at depth 1 (a member of the top object): note what it is for id and text.
  void value(bool is_string, bool id_ok) {
    if (depth != 1) return;
    if (pending == slot::id) bad_id = !id_ok;
    if (pending == slot::text) has_text = true, text_is_string = is_string;
    pending = slot::none;
  }
  bool null() override { return value(false, true), true; }
  bool boolean(bool) override { return value(false, false), true; }
  bool number_integer(number_integer_t) override { return value(false, true), true; }
  bool number_unsigned(number_unsigned_t) override { return value(false, true), true; }
  bool number_float(number_float_t, const string_t&) override { return value(false, true), true; }
  bool string(string_t& s) override {
    if (depth == 1 && pending == slot::text) text = std::move(s);
    return value(true, true), true;
  }
  bool binary(binary_t&) override { return value(false, false), true; }
  bool start_object(std::size_t) override {
    if (depth == 0) top_is_object = true;
    value(false, false);
    ++depth;
    return true;
  }
  bool key(string_t& k) override {
    if (depth == 1) pending = k == "id" ? slot::id : k == "text" ? slot::text : slot::none;
    return true;
  }
  bool end_object() override { return --depth, true; }
  bool start_array(std::size_t) override {
    value(false, false);
    ++depth;
    return true;
  }
  bool end_array() override { return --depth, true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
    syntax_error = true;
    error_at = position;
    return false;
  }
};

std::size_t skip_ws(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  return i;
}

// End of the string token starting at s[i] == '"' (one past the closing quote). Quotes are
// found with memchr (a document's text is most of a line); a quote is escaped when an odd
// number of backslashes precedes it.
std::size_t skip_string(std::string_view s, std::size_t i) {
  for (++i; i < s.size();) {
    const void* q = std::memchr(s.data() + i, '"', s.size() - i);
    if (!q) break;
    const auto at = static_cast<std::size_t>(static_cast<const char*>(q) - s.data());
    std::size_t slashes = 0;
    while (at - slashes > i && s[at - slashes - 1] == '\\') ++slashes;
    if (slashes % 2 == 0) return at + 1;
    i = at + 1;
  }
  return s.size();
}

// End of the value starting at s[i], in text already known to be valid JSON.
std::size_t skip_value(std::string_view s, std::size_t i) {
  if (i >= s.size()) return i;
  if (s[i] == '"') return skip_string(s, i);
  if (s[i] == '{' || s[i] == '[') {
    std::size_t depth = 0;
    for (; i < s.size(); ++i) {
      if (s[i] == '"') i = skip_string(s, i) - 1;
      else if (s[i] == '{' || s[i] == '[') ++depth;
      else if ((s[i] == '}' || s[i] == ']') && --depth == 0) return i + 1;
    }
    return s.size();
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' &&
         s[i] != '\r' && s[i] != '\n')
    ++i;
  return i;
}

// The bytes of the last top-level "id" value of a valid JSON object (the member nlohmann
// would keep too), or "null".
std::string raw_id(std::string_view s) {
  std::string id = "null";
  std::size_t i = skip_ws(s, 0);
  if (i >= s.size() || s[i] != '{') return id;
  ++i;
  for (;;) {
    i = skip_ws(s, i);
    if (i >= s.size() || s[i] != '"') return id;
    const std::size_t k = i;
    i = skip_string(s, i);
    std::string_view key = s.substr(k, i - k);
    bool is_id = key == "\"id\"";
    if (!is_id && key.find('\\') != std::string_view::npos) {  // an escaped spelling of "id"
      json::parser_callback_t none = nullptr;
      auto decoded = json::parse(key, none, false);
      is_id = decoded.is_string() && decoded.get_ref<const std::string&>() == "id";
    }
    i = skip_ws(s, i);
    if (i >= s.size() || s[i] != ':') return id;
    const std::size_t v = skip_ws(s, i + 1);
    i = skip_value(s, v);
    if (is_id) id.assign(s.substr(v, i - v));
    i = skip_ws(s, i);
    if (i >= s.size() || s[i] != ',') return id;
    ++i;
  }
}

std::string error_record(const std::string& id, std::size_t line_no, const std::string& file,
                         const std::string& message) {
  nlohmann::ordered_json j;
  if (!file.empty()) j["file"] = file;
  j["line"] = line_no;
  j["error"] = message;
  return with_id(id, j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
}

}  // namespace

batch_line parse_batch_line_reference(std::string_view line) {
  batch_line out;
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
    out.error = "blank line";
    return out;
  }
  line_sax sax;
  bool ok = false;
  try {
    ok = json::sax_parse(line.begin(), line.end(), &sax);
  } catch (const std::exception&) {  // not expected with a SAX that returns false on errors
    ok = false;
  }
  if (!ok || sax.syntax_error) {
    out.error = fmt::format("not JSON (syntax error at byte {})", sax.error_at);
    return out;
  }
  if (!sax.top_is_object) {
    out.error = "not a JSON object";
    return out;
  }
  if (sax.bad_id) {
    out.error = "\"id\" must be a string, a number or null";
    return out;
  }
  out.id = raw_id(line);
  if (!sax.has_text) out.error = "no \"text\" member";
  else if (!sax.text_is_string) out.error = "\"text\" is not a string";
  else out.text = std::move(sax.text);
  return out;
}

#ifdef PRECIS_HAVE_SIMDJSON
namespace {

// Lines up to this size go through simdjson, with one parser per thread: its buffers (about 14
// bytes per input byte) stay allocated between lines, so a larger cap would keep megabytes per
// thread after one long line. Longer lines are rare and go through nlohmann's SAX parser.
constexpr std::size_t simd_line_limit = std::size_t{64} << 10;

// The fast path of parse_batch_line: simdjson validates the whole line (structure, UTF-8,
// escapes, numbers) at several GB/s, where nlohmann's lexer read a BBC line (3.4 KB) a byte at a
// time in about as long as ranking its sentences. Every line simdjson accepts, nlohmann accepts
// too, and the members are read with the same rules (the last "id" and the last "text" win),
// so the record is the same; a line it rejects (a syntax error, but also what it is stricter
// about: integers past 64 bits, nesting past 1024, a byte-order mark, a NUL after the value)
// returns nullopt and goes to nlohmann, whose messages and positions the error records keep.
std::optional<batch_line> parse_batch_line_simd(std::string_view line) {
  if (line.size() > simd_line_limit) return std::nullopt;
  thread_local simdjson::dom::parser parser(simd_line_limit);
  simdjson::dom::element root;
  if (parser.parse(line.data(), line.size(), true).get(root) != simdjson::SUCCESS) return std::nullopt;
  batch_line out;
  simdjson::dom::object top;
  if (root.get(top) != simdjson::SUCCESS) {
    out.error = "not a JSON object";
    return out;
  }
  bool bad_id = false, has_text = false, text_is_string = false;
  std::string_view text;
  for (simdjson::dom::key_value_pair member : top) {
    const auto type = member.value.type();
    if (member.key == "id") {
      using t = simdjson::dom::element_type;
      bad_id = !(type == t::STRING || type == t::INT64 || type == t::UINT64 || type == t::DOUBLE || type == t::NULL_VALUE);
    } else if (member.key == "text") {
      has_text = true;
      text_is_string = type == simdjson::dom::element_type::STRING;
      if (text_is_string) text = member.value.get_string().value_unsafe();
    }
  }
  if (bad_id) {
    out.error = "\"id\" must be a string, a number or null";
    return out;
  }
  out.id = raw_id(line);
  if (!has_text) out.error = "no \"text\" member";
  else if (!text_is_string) out.error = "\"text\" is not a string";
  else out.text.assign(text);
  return out;
}

}  // namespace
#endif

batch_line parse_batch_line(std::string_view line) {
#ifdef PRECIS_HAVE_SIMDJSON
  try {
    if (auto fast = parse_batch_line_simd(line)) return std::move(*fast);
  } catch (const std::bad_alloc&) {  // the parser's buffers: nlohmann needs less
  }
#endif
  return parse_batch_line_reference(line);
}

std::string with_id(const std::string& raw_id, const std::string& object) {
  std::string out;
  out.reserve(object.size() + raw_id.size() + 8);
  out += "{\"id\":";
  out += raw_id;
  if (object.size() > 2 && object[1] != '}') out += ',';
  out.append(object, 1, std::string::npos);
  return out;
}

std::string process_batch_line(std::string_view line, std::size_t line_no, const std::string& file,
                               const load_options& load, const batch_render& render, bool& failed) {
  failed = true;
  batch_line in = parse_batch_line(line);
  if (!in.error.empty()) return error_record(in.id, line_no, file, in.error);
  const std::string name = file.empty() ? "line " + std::to_string(line_no) : file + ":" + std::to_string(line_no);
  const std::size_t first_nul = in.text.find('\0');  // to name the error without parsing messages
  try {
    auto doc = document::from_string(std::move(in.text), name, load);
    auto result = with_id(in.id, render(doc));
    failed = false;
    return result;
  } catch (const input_error& e) {
    if (e.code() != input_errc::bad_data || e.offset() >= 0xFFFFFFFFu)
      return error_record(in.id, line_no, file, "text: too large");
    return error_record(in.id, line_no, file,
                        fmt::format("text: {} at byte {} (--repair replaces it)",
                                    first_nul == e.offset() ? "NUL byte" : "invalid UTF-8", e.offset()));
  } catch (const std::bad_alloc&) {
    return error_record(in.id, line_no, file, "out of memory");
  } catch (const std::exception& e) {
    fmt::print(stderr, "precis: {}: internal error: {}\n", name, e.what());
    return error_record(in.id, line_no, file, "internal error");
  }
}

int run_batch(const batch_settings& s, const batch_render& render) {
  std::unique_ptr<output> out;
  try {
    out = std::make_unique<output>(s.output);
  } catch (const input_error& e) {
    return report(e);
  }
  const bool progress = isatty(STDERR_FILENO) != 0;
  const unsigned threads = std::max(1u, s.threads);
  // Lines are read a block at a time and the block is shared among the threads. Blocks are
  // large (a block's end is a barrier, and each block starts its threads anew, whose per-thread
  // vocabularies and parsers start cold: at 64 lines per thread -j 2 ran at 1.42x -j 1 on the BBC
  // set, at 1,024 at 1.55-1.8x) but bounded in bytes, so memory does not depend on the line count.
  const std::size_t block = 1024 * std::size_t{threads};
  constexpr std::size_t block_bytes = std::size_t{16} << 20;
  std::size_t done = 0, errors = 0;
  int rc = exit_ok;
  bool warned = false;
  std::vector<std::string> lines, results;
  std::string chunk;  // records waiting to be written
  try {
    chunk.reserve(std::size_t{1} << 20);
  } catch (const std::bad_alloc&) {  // then each record is written alone
  }
  std::vector<std::size_t> numbers;
  std::vector<char> failed, over;
  const std::vector<std::string> inputs = s.inputs.empty() ? std::vector<std::string>{"-"} : s.inputs;
  for (const auto& path : inputs) {
    const std::string file = path == "-" ? std::string() : path;
    std::unique_ptr<line_reader> reader;
    try {
      reader = std::make_unique<line_reader>(path, s.max_line);
    } catch (const input_error& e) {
      rc = std::max(rc, report(e));
      continue;
    }
    bool more = true;
    while (more) {
      lines.clear();
      numbers.clear();
      over.clear();
      try {
        std::string line;
        std::size_t bytes = 0;
        while (lines.size() < block && bytes < block_bytes && (more = reader->next(line))) {
          bytes += line.size();
          lines.push_back(std::move(line));
          numbers.push_back(reader->line_number());
          over.push_back(reader->too_long());
        }
      } catch (const input_error& e) {  // a read error: write what was read, then stop
        rc = std::max(rc, report(e));
        more = false;
      }
      results.assign(lines.size(), {});
      failed.assign(lines.size(), 0);
      std::atomic<std::size_t> next{0};
      auto work = [&] {
        for (std::size_t i; (i = next++) < lines.size();) try {
          bool f = false;
          if (over[i])
            results[i] = error_record("null", numbers[i], file,
                                      fmt::format("line longer than {} bytes (--max-input)", s.max_line)),
            f = true;
          else
            results[i] = process_batch_line(lines[i], numbers[i], file, s.load, render, f);
          failed[i] = f;
        } catch (...) {  // memory ran out even for the error record: still one line, no throw
          results[i].clear();  // written below from a constant, which needs no memory
          failed[i] = 1;
        }
      };
      std::vector<std::thread> pool;
      for (unsigned t = 1; t < threads && lines.size() > 1; ++t) {
        try {
          pool.emplace_back(work);
        } catch (const std::system_error& e) {  // the system refused a thread: go on with fewer
          if (!warned)
            fmt::print(stderr, "precis: could not start thread {} of {} ({}); going on with {}\n", t + 1,
                       threads, e.what(), t);
          warned = true;
          break;
        }
      }
      work();
      for (auto& t : pool) t.join();
      // Records are gathered into few write(2) calls: a system call per record cost more than
      // formatting one. The buffer never grows (it was reserved once), so joining needs no memory;
      // a record larger than it goes alone, and an empty one (no memory even for the error
      // record) is written from a constant.
      static constexpr std::string_view oom = "{\"id\":null,\"error\":\"out of memory\"}\n";
      bool written = true;
      for (std::size_t i = 0; i < results.size() && written; ++i) {
        errors += failed[i] != 0;
        const std::string_view r = results[i].empty() ? oom : std::string_view(results[i]);
        if (chunk.size() + r.size() > chunk.capacity()) written = out->write(chunk), chunk.clear();
        if (!written) break;
        if (r.size() <= chunk.capacity()) chunk += r;
        else written = out->write(r);
      }
      if (written) written = out->write(chunk);
      chunk.clear();
      if (!written) {
        fmt::print(stderr, "{}", out->error());
        return exit_io;
      }
      done += lines.size();
      if (progress) fmt::print(stderr, "\rprecis: {} documents, {} errors", done, errors);
    }
  }
  if (progress) fmt::print(stderr, "\n");
  // The most serious failure wins: 74 (I/O) over 66 (an input missing) over 65 (a bad line).
  return errors > 0 ? std::max(rc, exit_data) : rc;
}

}  // namespace precis::cli
