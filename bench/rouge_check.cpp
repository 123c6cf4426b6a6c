// bench_rouge_check: scores system summaries with precis::rouge and, given the per-document
// output of ../shared/tools/rouge.py (the referee), checks that every document agrees.
//
//   bench_rouge_check --system sys.jsonl --data data.jsonl [--per-doc-ref ref.jsonl]
//                     [--per-doc out.jsonl] [--no-stem] [--multi-ref A|B]
//                     [--wordnet-exc DIR] [--tolerance 0.001]
//
// Inputs are rouge.py's: data lines {"id", "refs": [...]}, system lines {"id", "summary"}
// with the sentences separated by "\n" (or given as a list).  The reference file comes from
//   python3 rouge.py --system sys.jsonl --data data.jsonl --stem --per-doc ref.jsonl
// Exit status: 0 all documents agree within the tolerance, 1 some do not, 2 bad usage/input.
#include "rouge.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

namespace rouge = precis::rouge;
using json = nlohmann::json;

struct arguments {
  std::string system;
  std::string data;
  std::string per_doc_ref;
  std::string per_doc_out;
  std::string wordnet_dir = PRECIS_SHARED_DIR "/eval/rouge_wordnet_exc";
  bool stem = true;
  bool allow_missing = false;
  rouge::multi_ref_mode multi_ref = rouge::multi_ref_mode::pooled;
  double tolerance = 0.001;
};

[[noreturn]] void usage_error(const std::string& message) {
  std::cerr << "bench_rouge_check: " << message << "\n"
            << "usage: bench_rouge_check --system sys.jsonl --data data.jsonl "
               "[--per-doc-ref ref.jsonl] [--per-doc out.jsonl] [--no-stem] [--multi-ref A|B] "
               "[--wordnet-exc DIR] [--tolerance X] [--allow-missing]\n";
  std::exit(2);
}

arguments parse_arguments(int argc, char** argv) {
  arguments args;
  for (int i = 1; i < argc; ++i) {
    const std::string_view flag = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage_error(std::string(flag) + " needs a value");
      return argv[++i];
    };
    if (flag == "--system") args.system = value();
    else if (flag == "--data") args.data = value();
    else if (flag == "--per-doc-ref") args.per_doc_ref = value();
    else if (flag == "--per-doc") args.per_doc_out = value();
    else if (flag == "--wordnet-exc") args.wordnet_dir = value();
    else if (flag == "--no-wordnet-exc") args.wordnet_dir.clear();
    else if (flag == "--no-stem") args.stem = false;
    else if (flag == "--allow-missing") args.allow_missing = true;
    else if (flag == "--tolerance") args.tolerance = std::stod(value());
    else if (flag == "--multi-ref") {
      const std::string mode = value();
      if (mode == "A") args.multi_ref = rouge::multi_ref_mode::pooled;
      else if (mode == "B") args.multi_ref = rouge::multi_ref_mode::best_recall;
      else usage_error("--multi-ref takes A or B");
    } else if (flag == "--help" || flag == "-h") {
      std::cout << "usage: bench_rouge_check --system sys.jsonl --data data.jsonl "
                   "[--per-doc-ref ref.jsonl] [--per-doc out.jsonl] [--no-stem] [--multi-ref A|B] "
                   "[--wordnet-exc DIR] [--tolerance X] [--allow-missing]\n"
                   "Scores system summaries with precis::rouge; with --per-doc-ref (rouge.py's "
                   "per-document output) checks that every document agrees. Exit 0 agree, 1 not, 2 usage.\n";
      std::exit(0);
    } else {
      usage_error("unknown argument " + std::string(flag));
    }
  }
  if (args.system.empty() || args.data.empty()) usage_error("--system and --data are required");
  return args;
}

// Every non-blank line of a JSONL file, parsed.
std::vector<json> read_jsonl(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<json> out;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r\n\f\v") == std::string::npos) continue;
    try {
      out.push_back(json::parse(line));
    } catch (const json::exception& e) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": bad JSON (" + e.what() + ")");
    }
  }
  return out;
}

// rouge.py's str(d["id"]).
std::string id_of(const json& record) {
  const json& id = record.at("id");
  return id.is_string() ? id.get<std::string>() : id.dump();
}

struct sentence_reader {
  std::size_t unsplit = 0;  // strings treated as one sentence though rouge.py would split them

  // A summary field (string, list of sentences or null) as sentences, like rouge.py.
  std::vector<std::string> operator()(const json& summary) {
    std::vector<std::string> out;
    if (summary.is_null()) return out;
    if (summary.is_array()) {
      for (const json& s : summary) {
        std::string text = s.is_string() ? s.get<std::string>() : s.dump();
        if (!rouge::split_summary(text).empty()) out.push_back(std::move(text));
      }
      return out;
    }
    const std::string text = summary.is_string() ? summary.get<std::string>() : summary.dump();
    if (rouge::lacks_sentence_breaks(text)) ++unsplit;
    return rouge::split_summary(text);
  }
};

using metric_values = std::array<double, 9>;

metric_values values_of(const rouge::scores& s) {
  return {s.r1_r, s.r1_p, s.r1_f, s.r2_r, s.r2_p, s.r2_f, s.rl_r, s.rl_p, s.rl_f};
}

constexpr std::array<const char*, 3> metric_names{"rouge-1", "rouge-2", "rouge-l"};

json per_doc_json(const std::string& id, const rouge::scores& s) {
  const metric_values v = values_of(s);
  json out;
  out["id"] = id;
  for (std::size_t m = 0; m < 3; ++m) {
    out[metric_names[m]] = {{"r", v[3 * m]}, {"p", v[3 * m + 1]}, {"f", v[3 * m + 2]}};
  }
  return out;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Compares our per-document scores with rouge.py's; prints the figures, returns success.
bool compare(const std::vector<std::string>& ids, const std::vector<rouge::scores>& ours,
             const std::string& ref_path, double tolerance) {
  std::unordered_map<std::string, metric_values> theirs;
  for (const json& rec : read_jsonl(ref_path)) {
    metric_values v{};
    for (std::size_t m = 0; m < 3; ++m) {
      const json& block = rec.at(metric_names[m]);
      v[3 * m] = block.at("r").get<double>();
      v[3 * m + 1] = block.at("p").get<double>();
      v[3 * m + 2] = block.at("f").get<double>();
    }
    theirs[id_of(rec)] = v;
  }
  metric_values max_diff{};
  std::size_t compared = 0;
  std::size_t missing = 0;
  std::size_t beyond = 0;
  std::size_t inexact = 0;
  std::vector<std::string> examples;
  for (std::size_t d = 0; d < ids.size(); ++d) {
    const auto it = theirs.find(ids[d]);
    if (it == theirs.end()) {
      ++missing;
      continue;
    }
    ++compared;
    const metric_values mine = values_of(ours[d]);
    double worst = 0.0;
    for (std::size_t k = 0; k < mine.size(); ++k) {
      const double diff = std::fabs(mine[k] - it->second[k]);
      max_diff[k] = std::max(max_diff[k], diff);
      worst = std::max(worst, diff);
    }
    if (worst > 0.0) ++inexact;
    if (worst > tolerance) {
      ++beyond;
      if (examples.size() < 5) examples.push_back(ids[d]);
    }
  }
  std::printf("\nagreement with %s: %zu documents compared, %zu missing there, %zu extra there\n",
              ref_path.c_str(), compared, missing, theirs.size() - compared);
  std::printf("%-8s %12s %12s %12s   (max |ours - rouge.py|, fractions)\n", "metric", "R", "P", "F1");
  for (std::size_t m = 0; m < 3; ++m) {
    std::printf("%-8s %12.3g %12.3g %12.3g\n", upper(metric_names[m]).c_str(), max_diff[3 * m],
                max_diff[3 * m + 1], max_diff[3 * m + 2]);
  }
  std::printf("documents differing by more than %g: %zu; not identical: %zu\n", tolerance, beyond,
              inexact);
  for (const std::string& id : examples) std::printf("  differs: %s\n", id.c_str());
  return beyond == 0 && missing == 0 && compared == theirs.size();
}

int run(const arguments& args) {
  using clock = std::chrono::steady_clock;
  const auto t0 = clock::now();
  rouge::options opts;
  opts.stem = args.stem;
  opts.wordnet_dir = args.stem ? args.wordnet_dir : std::string();
  opts.multi_ref = args.multi_ref;
  const rouge::scorer scorer(opts);

  const std::vector<json> data = read_jsonl(args.data);
  std::unordered_map<std::string, json> system;
  for (json& rec : read_jsonl(args.system)) {
    system[id_of(rec)] = rec.contains("summary") ? rec["summary"] : json("");
  }
  const auto t1 = clock::now();

  sentence_reader sentences;
  std::vector<std::string> ids;
  std::vector<rouge::scores> per_doc;
  ids.reserve(data.size());
  per_doc.reserve(data.size());
  for (const json& doc : data) {
    const std::string id = id_of(doc);
    const auto sys = system.find(id);
    if (sys == system.end() && !args.allow_missing) {
      throw std::runtime_error("document " + id + " has no system summary (use --allow-missing)");
    }
    std::vector<std::vector<std::string>> refs;
    if (doc.contains("refs") && doc["refs"].is_array()) {
      for (const json& r : doc["refs"]) refs.push_back(sentences(r));
    }
    if (refs.empty()) throw std::runtime_error("document " + id + " has no reference");
    const std::vector<std::string> peer = sys == system.end() ? std::vector<std::string>{}
                                                              : sentences(sys->second);
    per_doc.push_back(scorer.score(peer, refs));
    ids.push_back(id);
  }
  const auto t2 = clock::now();
  const rouge::scores mean = rouge::corpus_mean(per_doc);

  const auto ms = [](clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
  std::printf("%zu documents; stem=%s%s; no length limit; multi-ref=%s\n", per_doc.size(),
              args.stem ? "yes" : "no",
              args.stem && scorer.exception_count() == 0 ? " (Porter only)" : "",
              args.multi_ref == rouge::multi_ref_mode::pooled ? "A" : "B");
  std::printf("%-8s %8s %8s %8s\n", "metric", "R", "P", "F1");
  const metric_values v = values_of(mean);
  for (std::size_t m = 0; m < 3; ++m) {
    std::printf("%-8s %8.2f %8.2f %8.2f\n", upper(metric_names[m]).c_str(), 100 * v[3 * m],
                100 * v[3 * m + 1], 100 * v[3 * m + 2]);
  }
  std::printf("time: %.1f ms reading JSON + loading exceptions, %.1f ms scoring\n", ms(t1 - t0),
              ms(t2 - t1));
  if (sentences.unsplit != 0) {
    std::fprintf(stderr,
                 "bench_rouge_check: note: %zu summaries have no \"\\n\" and were taken as one "
                 "sentence (rouge.py would run its sentence splitter on them; ROUGE-L only)\n",
                 sentences.unsplit);
  }

  if (!args.per_doc_out.empty()) {
    std::ofstream out(args.per_doc_out, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + args.per_doc_out);
    for (std::size_t d = 0; d < ids.size(); ++d) out << per_doc_json(ids[d], per_doc[d]).dump() << '\n';
  }
  if (!args.per_doc_ref.empty() && !compare(ids, per_doc, args.per_doc_ref, args.tolerance)) return 1;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const arguments args = parse_arguments(argc, argv);
  try {
    return run(args);
  } catch (const std::exception& e) {
    std::cerr << "bench_rouge_check: " << e.what() << "\n";
    return 2;
  }
}
