#pragma once
// Shared bench helpers: command lines (--help, the user's files, directories and JSON Lines),
// the data shipped in the repository as the default, timing, peak memory.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>
#include <sys/resource.h>

#include <precis/text/document.hpp>

#include <nlohmann/json.hpp>

namespace precis::bench {

/// A document to run a bench on.
struct input_doc {
  std::string name, text;
};

/// A bench's command line: flags with values, boolean flags, and inputs (everything else).
struct command_line {
  std::map<std::string, std::string> values;
  std::vector<std::string> inputs;
  bool has(const std::string& k) const { return values.count(k) != 0; }
  double number(const std::string& k, double fallback) const {
    auto it = values.find(k);
    return it == values.end() ? fallback : std::strtod(it->second.c_str(), nullptr);
  }
  std::string text(const std::string& k, std::string fallback) const {
    auto it = values.find(k);
    return it == values.end() ? fallback : it->second;
  }
};

/// Parses argv: `--help`/`-h` prints `usage` and exits 0; a flag in `with_value` takes the next
/// argument, one in `switches` none; another flag is a usage error (exit 2).
inline command_line parse(int argc, char** argv, const char* usage, std::vector<std::string> with_value,
                          std::vector<std::string> switches = {}) {
  command_line c;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::fputs(usage, stdout);
      std::exit(0);
    }
    if (a.size() > 2 && a.rfind("--", 0) == 0) {
      std::string k = a.substr(2), v;
      if (auto eq = k.find('='); eq != k.npos) {
        v = k.substr(eq + 1);
        k.resize(eq);
      } else if (std::find(with_value.begin(), with_value.end(), k) != with_value.end()) {
        if (i + 1 >= argc) {
          std::fprintf(stderr, "%s: --%s needs a value\n", argv[0], k.c_str());
          std::exit(2);
        }
        v = argv[++i];
      } else if (std::find(switches.begin(), switches.end(), k) != switches.end()) {
        v = "1";
      } else {
        std::fprintf(stderr, "%s: unknown option %s (see --help)\n", argv[0], a.c_str());
        std::exit(2);
      }
      c.values[k] = v;
    } else {
      c.inputs.push_back(std::move(a));
    }
  }
  return c;
}

inline bool read_file(const std::filesystem::path& p, std::string& out) {
  std::ifstream f(p, std::ios::binary);
  if (!f) return false;
  std::ostringstream s;
  s << f.rdbuf();
  out = s.str();
  return true;
}

/// The documents a user names: a file is one document, a directory every regular file under it
/// (sorted by path), a `*.jsonl` file one document per line with a "text" string. Never throws:
/// what cannot be read is reported on stderr and skipped.
inline std::vector<input_doc> read_inputs(const std::vector<std::string>& args) {
  namespace fs = std::filesystem;
  std::vector<input_doc> docs;
  auto add_file = [&](const fs::path& p) {
    std::string text;
    if (!read_file(p, text)) {
      std::fprintf(stderr, "skipped %s: cannot read\n", p.c_str());
      return;
    }
    if (p.extension() != ".jsonl") {
      docs.push_back({p.string(), std::move(text)});
      return;
    }
    std::istringstream in(text);
    std::size_t n = 0, bad = 0;
    for (std::string line; std::getline(in, line);) {
      ++n;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string())
        docs.push_back({p.string() + ":" + std::to_string(n), j["text"].get<std::string>()});
      else
        bad += line.find_first_not_of(" \t\r") != line.npos;
    }
    if (bad) std::fprintf(stderr, "%s: %zu lines without a \"text\" string skipped\n", p.c_str(), bad);
  };
  for (const auto& a : args) {
    std::error_code ec;
    if (fs::is_directory(a, ec)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(a, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec))
        if (it->is_regular_file(ec)) files.push_back(it->path());
      std::sort(files.begin(), files.end());
      for (const auto& f : files) add_file(f);
    } else if (fs::is_regular_file(a, ec)) {
      add_file(a);
    } else {
      std::fprintf(stderr, "skipped %s: no such file or directory\n", a.c_str());
    }
  }
  return docs;
}

/// Our own texts, shipped in the repository: examples/data/*.txt and tests/data/extract/*.txt.
inline std::vector<input_doc> shipped_texts() {
  std::vector<input_doc> docs;
  for (const char* dir : {"/examples/data", "/tests/data/extract"}) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(PRECIS_SOURCE_DIR) + dir, ec))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::string t;
      if (read_file(f, t)) docs.push_back({f.filename().string(), std::move(t)});
    }
  }
  return docs;
}

/// An eval set of ../shared (a directory of texts or a JSON Lines file) when present, else
/// empty: the third-party data stays there, a clone runs without it.
inline std::vector<input_doc> shared_texts(const char* relative) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::path(PRECIS_SHARED_DIR) / relative;
  if (!std::filesystem::exists(p, ec)) return {};
  return read_inputs({p.string()});
}

/// The user's inputs when given; else the ../shared set `shared` when present; else our
/// shipped texts. Says on stderr which it uses.
inline std::vector<input_doc> inputs_or_default(const command_line& c, const char* shared) {
  if (!c.inputs.empty()) return read_inputs(c.inputs);
  auto docs = shared ? shared_texts(shared) : std::vector<input_doc>{};
  if (!docs.empty()) {
    std::fprintf(stderr, "data: ../shared/%s (%zu documents)\n", shared, docs.size());
    return docs;
  }
  docs = shipped_texts();
  std::fprintf(stderr, "data: the repository's examples/data and tests/data/extract (%zu documents)\n", docs.size());
  return docs;
}

/// The documents concatenated (blank line between) and repeated to >= `bytes` (at least once).
inline std::string repeat_to(const std::vector<input_doc>& docs, std::size_t bytes) {
  std::string one;
  for (const auto& d : docs) (one += d.text) += "\n\n";
  std::string out;
  if (one.empty()) return out;
  out.reserve(std::max(bytes, one.size()) + one.size());
  do out += one;
  while (out.size() < bytes);
  return out;
}

/// The throughput benches' corpus: the inputs (else the seeds, else our shipped texts), repeated
/// to the --mb option's MiB (`default_mb` without it); empty when there is no text at all.
inline std::string corpus_mb(const command_line& c, double default_mb) {
  return repeat_to(inputs_or_default(c, "seeds"), static_cast<std::size_t>(c.number("mb", default_mb)) << 20);
}

/// Repair on: a user's file may hold invalid UTF-8, and a bench times it anyway.
inline load_options repairing() {
  load_options o;
  o.repair = true;
  return o;
}

/// The five seed statements (our shipped texts when ../shared is missing), repeated to >= `bytes`.
inline std::string seed_corpus(std::size_t bytes) {
  auto docs = shared_texts("seeds");
  return repeat_to(docs.empty() ? shipped_texts() : docs, bytes);
}

/// Runs a bench's main so that it never aborts: an exception is reported and exits 1.
template <class F>
int guarded(const char* name, F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", name, e.what());
    return 1;
  }
}

/// Seconds taken by f(), best of `runs` (the machine is shared: the minimum is the signal).
template <class F>
double best_seconds(int runs, F&& f) {
  double best = 1e300;
  for (int i = 0; i < std::max(runs, 1); ++i) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = s < best ? s : best;
  }
  return best;
}

/// Peak resident set size of this process so far, in MiB.
inline double peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

}  // namespace precis::bench
