// Summary quality: every configuration (lead-k, every similarity, the default exactly as
// `precis summarize` runs it, ablations) on the SummEval CNN/DM set (k = 3) and the BBC set
// (k = 7), scored in-process with our ROUGE (bench/rouge, which agrees with
// ../shared/tools/rouge.py on every document); prints the README's Markdown table and writes
// one system file per configuration, so rouge.py can re-check any row.
//
//   bench_quality OUT_DIR [name:key=value,key=value ...]
//
// Extra arguments add configurations on top of the default one, with keys sim (overlap, bm25,
// cosine), decay, earlier, later, beta, red (select redundancy), len (length exponent), delta,
// k1, b, damping, lexrank, df (max_df_ratio), mindf (min_df_cap), lead=1 (lead-k).
#include <precis/summarize/summary.hpp>
#include <precis/summarize/textrank.hpp>
#include <precis/text/document.hpp>

#include <nlohmann/json.hpp>

#include "rouge.hpp"

#include <map>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct config {
  std::string name;
  bool lead = false;
  precis::rank_options rank;
  precis::select_options select;
};

struct article {
  std::string id, text;
  std::vector<std::vector<std::string>> refs;  // each reference as its sentences
};

std::vector<article> load(const std::filesystem::path& p) {
  std::ifstream f(p);
  if (!f) throw std::runtime_error("cannot open " + p.string());
  std::vector<article> out;
  std::string line;
  while (std::getline(f, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    article a{j.at("id").get<std::string>(), j.at("text").get<std::string>(), {}};
    for (const auto& r : j.at("refs")) a.refs.push_back(precis::rouge::split_summary(r.get<std::string>()));
    out.push_back(std::move(a));
  }
  return out;
}

config parse_config(const std::string& arg) {
  config c;
  auto colon = arg.find(':');
  c.name = arg.substr(0, colon);
  std::string rest = colon == std::string::npos ? "" : arg.substr(colon + 1);
  std::stringstream ss(rest);
  std::string kv;
  while (std::getline(ss, kv, ',')) {
    auto eq = kv.find('=');
    if (eq == std::string::npos) throw std::runtime_error("bad option " + kv);
    std::string k = kv.substr(0, eq), v = kv.substr(eq + 1);
    if (k == "sim") c.rank.sim = v == "overlap" ? precis::similarity::overlap
                               : v == "cosine" ? precis::similarity::cosine : precis::similarity::bm25;
    else if (k == "decay") c.rank.position_decay = std::stod(v);
    else if (k == "earlier") c.rank.earlier_weight = std::stod(v);
    else if (k == "later") c.rank.later_weight = std::stod(v);
    else if (k == "beta") c.rank.beta = std::stod(v);
    else if (k == "red") c.select.redundancy = std::stod(v);
    else if (k == "len") c.select.length_exponent = std::stod(v);
    else if (k == "delta") c.rank.bm25_delta = std::stod(v);
    else if (k == "damping") c.rank.damping = std::stod(v);
    else if (k == "lexrank") c.rank.lexrank_threshold = std::stod(v);
    else if (k == "df") c.rank.max_df_ratio = std::stod(v);
    else if (k == "mindf") c.rank.min_df_cap = std::stoul(v);
    else if (k == "k1") c.rank.bm25_k1 = std::stod(v);
    else if (k == "b") c.rank.bm25_b = std::stod(v);
    else if (k == "eps") c.rank.bm25_epsilon = std::stod(v);
    else if (k == "lead") c.lead = v == "1";
    else throw std::runtime_error("unknown key " + k);
  }
  return c;
}

/// The classic, position-blind TextRank of the papers: undirected, uniform teleport, no MMR.
config classic(std::string name, precis::similarity sim) {
  config c;
  c.name = std::move(name);
  c.rank.sim = sim;
  c.rank.position_decay = 0;
  c.rank.earlier_weight = c.rank.later_weight = 1;
  c.select.redundancy = 0;
  c.select.length_exponent = 0;
  return c;
}

std::vector<config> standard_configs() {
  using precis::similarity;
  std::vector<config> v;
  config lead;
  lead.name = "lead";
  lead.lead = true;
  v.push_back(lead);
  v.push_back(config{"default", false, {}, {}});
  v.push_back(config{"no-boost", false, {}, {}});  // the default ranking without the extractor's boost
  for (auto [name, sim] : {std::pair{"overlap", similarity::overlap}, {"bm25", similarity::bm25},
                           {"cosine", similarity::cosine}}) {
    if (sim != precis::rank_options{}.sim) {
      config c{std::string("default-") + name, false, {}, {}};
      c.rank.sim = sim;
      v.push_back(c);
    }
    v.push_back(classic(std::string("classic-") + name, sim));
  }
  config c{"bm25plus", false, {}, {}};
  c.rank.sim = similarity::bm25;
  c.rank.bm25_delta = 1.0;
  v.push_back(c);
  c = config{"no-position", false, {}, {}};
  c.rank.position_decay = 0;
  v.push_back(c);
  c = config{"no-direction", false, {}, {}};
  c.rank.earlier_weight = c.rank.later_weight = 1;
  v.push_back(c);
  c = config{"no-mmr", false, {}, {}};
  c.select.redundancy = 0;
  v.push_back(c);
  c = config{"no-length", false, {}, {}};
  c.select.length_exponent = 0;
  v.push_back(c);
  c = config{"bm25-no-epsilon", false, {}, {}};
  c.rank.sim = similarity::bm25;
  c.rank.bm25_epsilon = 0;
  v.push_back(c);
  c = config{"no-graph", false, {}, {}};  // position prior alone, with MMR
  c.rank.earlier_weight = c.rank.later_weight = 0;
  v.push_back(c);
  c = config{"pacsum-beta0.6", false, {}, {}};
  c.rank.beta = 0.6;
  v.push_back(c);
  return v;
}

std::string summarize(const precis::document& d, const config& c, std::size_t k) {
  std::vector<std::size_t> picked;
  if (c.name == "default") {  // the shipped pipeline: extraction, introducer boost, defaults
    precis::summary_options opt;
    opt.select.sentences = k;
    for (const auto& x : precis::summarize(d, opt).sentences) picked.push_back(x.index);
  } else if (c.lead) {
    for (std::size_t i = 0; i < d.sentences().size() && picked.size() < k; ++i) {
      const auto& s = d.sentences()[i];
      if (s.kind == precis::sentence_kind::body && s.last_token > s.first_token) picked.push_back(i);
    }
  } else {
    auto scores = precis::rank_sentences(d, c.rank);
    precis::select_options so = c.select;
    so.sentences = k;
    for (const auto& r : precis::select_sentences(d, scores, so)) picked.push_back(r.index);
  }
  std::string out;
  for (std::size_t i : picked) {
    if (!out.empty()) out += '\n';
    out += d.text(d.sentences()[i].src);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_quality OUT_DIR [name:key=value,...]\n";
    return 2;
  }
  std::filesystem::path out = argv[1];
  std::vector<config> configs;
  if (argc > 2) {
    for (int i = 2; i < argc; ++i) configs.push_back(parse_config(argv[i]));
  } else {
    configs = standard_configs();
  }
  std::filesystem::path eval = std::filesystem::path(PRECIS_SHARED_DIR) / "eval";
  struct set {
    const char* name;
    const char* file;
    std::size_t k;
  };
  precis::rouge::options ro;
  ro.wordnet_dir = (eval / "rouge_wordnet_exc").string();
  precis::rouge::scorer rouge(ro);
  std::map<std::string, std::vector<std::string>> rows;  // config → cells per set
  for (set s : {set{"cnndm", "summeval_cnndm.jsonl", 3}, set{"bbc", "bbc_news_summary.jsonl", 7}}) {
    auto arts = load(eval / s.file);
    std::vector<precis::document> docs;
    docs.reserve(arts.size());
    for (const auto& a : arts) docs.push_back(precis::document::from_string(a.text, a.id));
    std::filesystem::create_directories(out / s.name);
    for (const config& c : configs) {
      auto t0 = std::chrono::steady_clock::now();
      std::ofstream f(out / s.name / (c.name + ".jsonl"));
      std::vector<precis::rouge::scores> per_doc;
      for (std::size_t i = 0; i < docs.size(); ++i) {
        std::string sum = summarize(docs[i], c, s.k);
        nlohmann::json j{{"id", arts[i].id}, {"summary", sum}};
        f << j.dump() << '\n';
        per_doc.push_back(rouge.score(precis::rouge::split_summary(sum), arts[i].refs));
      }
      auto m = precis::rouge::corpus_mean(per_doc);
      double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::fprintf(stderr, "%-6s %-18s %8.3f s  R1 %.2f R2 %.2f RL %.2f\n", s.name, c.name.c_str(), sec,
                   100 * m.r1_f, 100 * m.r2_f, 100 * m.rl_f);
      char cell[96];
      std::snprintf(cell, sizeof cell, "%.2f / %.2f / %.2f | %.2f", 100 * m.r1_f, 100 * m.r2_f, 100 * m.rl_f,
                    100 * m.r1_r);
      rows[c.name].push_back(cell);
    }
  }
  std::printf("| configuration | SummEval k=3: R1 / R2 / RL F1 | R1 recall | BBC k=7: R1 / R2 / RL F1 | R1 recall |\n"
              "|---|---|---|---|---|\n");
  for (const config& c : configs) {
    const auto& r = rows[c.name];
    std::printf("| %s | %s | %s |\n", c.name.c_str(), r.size() > 0 ? r[0].c_str() : "-", r.size() > 1 ? r[1].c_str() : "-");
  }
  return 0;
}
