#include "cli/commands.hpp"
#include "cli/common.hpp"

#include <precis/format.hpp>
#include <precis/summarize/summary.hpp>

#include <nlohmann/json.hpp>

#include <atomic>
#include <thread>
#include <unistd.h>

namespace precis::cli {
namespace {

// One input line of the batch: its result line, or an error record; never throws.
std::string summarize_line(const std::string& line, std::size_t line_no, const summary_options& opt) {
  nlohmann::ordered_json err = {{"id", nullptr}, {"line", line_no}, {"error", ""}};
  nlohmann::json in;
  try {
    in = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    err["error"] = std::string("not JSON: ") + e.what();
    return err.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  }
  std::string id = in.is_object() && in.contains("id") ? in["id"].dump() : "null";
  err["id"] = nlohmann::json::parse(id);
  if (!in.is_object() || !in.contains("text") || !in["text"].is_string()) {
    err["error"] = "no \"text\" string";
    return err.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  }
  try {
    auto doc = document::from_string(in["text"].get<std::string>(), "line " + std::to_string(line_no), opt.load);
    return summary_to_json(doc.name(), summarize(doc, opt), &id);
  } catch (const input_error& e) {
    err["error"] = fmt::format("text byte {}: {}", e.offset(), e.what());
  } catch (const std::exception& e) {
    err["error"] = e.what();
  }
  return err.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

// JSON Lines in, JSON Lines out, in input order, whatever the thread count: lines are read in
// blocks, summarized by a pool, and each block written before the next is read.
int run_batch(const summary_options& opt, unsigned threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const bool progress = isatty(STDERR_FILENO) != 0;
  std::size_t line_no = 0, done = 0, errors = 0;
  std::vector<std::string> lines, results;
  std::string line;
  bool eof = false;
  while (!eof) {
    lines.clear();
    while (lines.size() < 64 * threads) {
      if (!std::getline(std::cin, line)) { eof = true; break; }
      lines.push_back(std::move(line));
    }
    results.assign(lines.size(), {});
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i; (i = next++) < lines.size();)
        results[i] = lines[i].find_first_not_of(" \t\r") == std::string::npos
                         ? std::string()
                         : summarize_line(lines[i], line_no + i + 1, opt);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    for (const auto& r : results) {
      if (r.empty()) continue;  // blank input lines are skipped
      errors += r.find("\"error\":") != std::string::npos && r.rfind("{\"id\"", 0) == 0 &&
                r.find("\"source\"") == std::string::npos;
      if (!write_out(r)) {
        fmt::print(stderr, "precis: <stdout>: write error\n");
        return exit_io;
      }
    }
    line_no += lines.size();
    done += lines.size();
    if (progress) fmt::print(stderr, "\rprecis: {} documents, {} errors", done, errors);
  }
  if (progress) fmt::print(stderr, "\n");
  return exit_ok;
}

}  // namespace

int run_summarize(const options& o, const summarize_cli& s) {
  summary_options opt;
  opt.load = o.load;
  opt.select.sentences = s.sentences;
  opt.select.ratio = s.ratio;
  opt.select.words = s.words;
  if (s.similarity == "bm25") opt.rank.sim = similarity::bm25;
  else if (s.similarity == "cosine") opt.rank.sim = similarity::cosine;
  else opt.rank.sim = similarity::overlap;
  if (s.jsonl) return run_batch(opt, s.threads);
  if (o.inputs.empty()) {
    fmt::print(stderr, "precis: summarize: give FILE, - or --jsonl\n");
    return exit_usage;
  }
  return for_each_input(o, [&](const document& d) {
    auto sum = summarize(d, opt);
    if (o.format == "json") return summary_to_json(d.name(), sum);
    if (o.format == "markdown") return summary_to_markdown(d.name(), sum);
    return summary_to_text("", sum);
  });
}

}  // namespace precis::cli
