// `precis`: a thin command line over the library. Each subcommand loads its inputs, calls one
// library function and formats the result; all errors surface as SPEC section 4 exit codes.
#include "cli/commands.hpp"
#include "cli/common.hpp"

#include <precis/version.hpp>

#include <CLI/CLI.hpp>

#include <cmath>
#include <thread>

#include <sys/stat.h>

namespace {

constexpr unsigned max_threads = 256;

// "(0, 1]"; NaN fails both comparisons and is refused with them.
const CLI::Validator ratio_range(
    [](std::string& v) -> std::string {
      double x = 0;
      try {
        std::size_t used = 0;
        x = std::stod(v, &used);
        if (used != v.size()) return "not a number: " + v;
      } catch (const std::exception&) {
        return "not a number: " + v;
      }
      if (!(x > 0 && x <= 1)) return "must be in (0, 1], got " + v;
      return {};
    },
    "in (0, 1]", "ratio");

}  // namespace

int main(int argc, char** argv) {
  using namespace precis::cli;
  ignore_sigpipe();
  CLI::App app{"precis: structured summaries of statements: key sentences, keywords and "
               "every announced enumeration as a typed tree"};
  app.set_version_flag("--version", std::string("precis ") + precis::version_string);
  app.require_subcommand(1);
  app.footer(
      "FILE may be - for standard input (also the default for --jsonl). Exit codes: 0 ok, 2 usage,\n"
      "65 bad input data (or, with --jsonl, any line failed), 66 cannot open input, 70 internal\n"
      "error, 74 I/O error (read error, closed pipe, disk full).");
  // Every usage error in one form: `precis: message`, exit 2.
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string("precis: ") + e.what() + "\nRun 'precis --help' for more information.\n";
  });

  options o;
  bool format_given = false;
  auto add_common = [&](CLI::App* sub, bool batch) {
    sub->add_option("inputs", o.inputs, batch ? "Input files, or - for standard input; with --jsonl, JSON Lines files (default: standard input)"
                                              : "Input files, or - for standard input")
        ->required(!batch);
    sub->add_option("-f,--format", o.format, batch ? "Output format (--jsonl writes JSON Lines only)" : "Output format")
        ->check(CLI::IsMember({"text", "json", "markdown"}))
        ->each([&](const std::string&) { format_given = true; });
    sub->add_option("-o,--output", o.output, "Write to FILE instead of standard output");
    sub->add_flag("--repair", o.load.repair,
                  "Replace invalid UTF-8 bytes with '?' and NUL with ' ' instead of failing");
    sub->add_flag("--no-pdf-cleanup", [&](std::int64_t) { o.load.pdf_cleanup = false; },
                  "Keep running headers and page-break splits as they are");
    sub->add_option_function<std::string>(
           "--input-format",
           [&](const std::string& v) {
             o.load.format = v == "text" ? precis::input_format::text : v == "markdown" ? precis::input_format::markdown
                           : v == "html" ? precis::input_format::html : precis::input_format::auto_detect;
           },
           "How the input is written: auto (by extension, else by a look), text, markdown, html")
        ->check(CLI::IsMember({"auto", "text", "markdown", "html"}));
    sub->add_option("--max-input", o.max_input,
                    "Largest input (with --jsonl: largest line) in bytes, K/M/G suffixes allowed "
                    "(default 1G; at most 4G)")
        ->transform(CLI::AsSizeValue(false))
        ->check(CLI::Range(std::size_t{1}, std::size_t{0xFFFFFFFF}));
    if (batch) {
      auto* jsonl = sub->add_flag("--jsonl", o.jsonl,
                                  "Read {\"id\",\"text\"} lines (the inputs or stdin), write one result line each");
      sub->add_option("-j,--threads", o.threads, "Threads for --jsonl (default: all cores)")
          ->check(CLI::Range(1u, max_threads))
          ->needs(jsonl);
    }
  };
  summarize_cli sum;
  auto* summarize = app.add_subcommand("summarize", "Key sentences, keywords, enumerations and metadata");
  add_common(summarize, true);
  auto* size = summarize->add_option_group("size", "Summary length (default: 3 sentences)");
  size->add_option("-n,--sentences", sum.sentences, "Number of sentences")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
  size->add_option("--ratio", sum.ratio, "Fraction of the sentences, in (0, 1]")->check(ratio_range);
  size->add_option("--words", sum.words, "Word budget")->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
  size->require_option(0, 1);
  summarize->add_option("--similarity", sum.similarity, "Sentence similarity (default overlap)")
      ->check(CLI::IsMember({"overlap", "bm25", "cosine"}));
  summarize->add_option("-k,--keywords", sum.keywords, "Number of keywords (default 10; 0 for none)")
      ->check(CLI::Range(std::size_t{0}, std::size_t{1000}));

  auto* sentences = app.add_subcommand("sentences", "Print the sentences with their byte spans");
  add_common(sentences, false);
  auto* extract = app.add_subcommand("extract", "Extract every announced enumeration as a typed tree");
  add_common(extract, true);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? exit_ok : exit_usage;
  }
  auto usage = [](const std::string& message) {
    fmt::print(stderr, "precis: {}\nRun 'precis --help' for more information.\n", message);
    return exit_usage;
  };
  if (o.jsonl && format_given && o.format != "json")
    return usage("--format " + o.format + " cannot be used with --jsonl (it writes JSON Lines)");
  // -o onto an input would truncate it before it is read.
  if (struct stat out_st {}; !o.output.empty() && o.output != "-" && ::stat(o.output.c_str(), &out_st) == 0)
    for (const auto& in : o.inputs)
      if (struct stat in_st {}; in != "-" && ::stat(in.c_str(), &in_st) == 0 && in_st.st_dev == out_st.st_dev &&
                                in_st.st_ino == out_st.st_ino)
        return usage("-o " + o.output + " is also an input; refusing to overwrite it");
  if (o.jsonl && o.threads == 0)
    o.threads = std::clamp(std::thread::hardware_concurrency(), 1u, max_threads);
  if (summarize->parsed()) {
    if (!o.jsonl && o.inputs.empty()) return usage("summarize: give FILE, - or --jsonl");
    return run_summarize(o, sum);
  }
  if (extract->parsed()) {
    if (!o.jsonl && o.inputs.empty()) return usage("extract: give FILE, - or --jsonl");
    return run_extract(o);
  }
  if (sentences->parsed()) return run_sentences(o);
  return exit_usage;
}
