// `precis`: a thin command line over the library. Each subcommand loads its inputs, calls one
// library function and formats the result; all errors surface as SPEC section 4 exit codes.
#include "cli/common.hpp"
#include "cli/commands.hpp"

#include <precis/version.hpp>

#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  using namespace precis::cli;
  CLI::App app{"precis: structured summaries of statements: key sentences, keywords and "
               "every announced enumeration as a typed tree"};
  app.set_version_flag("--version", std::string("precis ") + precis::version_string);
  app.require_subcommand(1);

  options o;
  auto add_common = [&](CLI::App* sub, bool inputs_required = true) {
    auto* in = sub->add_option("inputs", o.inputs, "Input files, or - for standard input");
    if (inputs_required) in->required();
    sub->add_option("--format", o.format, "Output format")
        ->check(CLI::IsMember({"text", "json", "markdown"}));
    sub->add_flag("--repair", o.load.repair,
                  "Replace invalid UTF-8 bytes with '?' and NUL with ' ' instead of failing");
    sub->add_flag("--no-pdf-cleanup", [&](std::int64_t) { o.load.pdf_cleanup = false; },
                  "Keep running headers and page-break splits as they are");
  };
  summarize_cli sum;
  auto* summarize = app.add_subcommand("summarize", "Key sentences, keywords, enumerations and metadata");
  add_common(summarize, false);
  auto* size = summarize->add_option_group("size", "Summary length (default: 3 sentences)");
  size->add_option("--sentences", sum.sentences, "Number of sentences")->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
  size->add_option("--ratio", sum.ratio, "Fraction of the sentences, in (0, 1]")->check(CLI::Range(0.0, 1.0));
  size->add_option("--words", sum.words, "Word budget")->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
  size->require_option(0, 1);
  summarize->add_option("--similarity", sum.similarity, "Sentence similarity (default overlap)")
      ->check(CLI::IsMember({"overlap", "bm25", "cosine"}));
  summarize->add_flag("--jsonl", sum.jsonl, "Read {\"id\",\"text\"} lines on stdin, write one result line each");
  summarize->add_option("-j,--threads", sum.threads, "Threads for --jsonl (default: all cores)");

  auto* sentences = app.add_subcommand("sentences", "Print the sentences with their byte spans");
  add_common(sentences);
  auto* extract = app.add_subcommand("extract", "Extract every announced enumeration as a typed tree");
  add_common(extract);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? exit_ok : exit_usage;
  }
  if (summarize->parsed()) return run_summarize(o, sum);
  if (sentences->parsed()) return run_sentences(o);
  if (extract->parsed()) return run_extract(o);
  return exit_usage;
}
