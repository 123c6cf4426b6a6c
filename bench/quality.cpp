// Summary quality in one table: SummEval CNN/DM and BBC News ROUGE (k = 3) with lead-3 in the same run,
// govsum-dev ROUGE (long government documents, budget = the reference's words) with lead and a
// greedy oracle, layout-dev key-sentence recall and boilerplate count of the default 3-sentence
// summaries, keyphrase F1@5/@10 on DUC-2001-dev and Inspec (scored by
// ../shared/tools/score_keyphrase.py, run with /usr/bin/python3), the peers' published figures,
// and the stages' speed. ROUGE is scored in-process with
// bench/rouge (which agrees with ../shared/tools/rouge.py on every document); one system file per
// set and configuration is written so rouge.py can re-check any cell.
//
//   bench_quality [OUT_DIR] [name:key=value,key=value ...]
//
// Extra arguments add configurations beside lead and the default: keys sim (overlap, bm25,
// cosine: the flat similarity), longsim (the sectioned one), mode (auto, flat, sectioned), longn
// (long_document), inter (inter_section_weight), sdecay, sorder, decay, earlier, later, beta, red
// (redundancy), len (length exponent), cover (section_coverage), minw (min_words), boost
// (introducer boost), mix (centroid_mix), kmix (key_centroid_mix), bigram
// (centroid_bigrams), lred (long_redundancy), lcand
// (long_candidates), person (person_weight), kperson (key_person_weight), subst (substance_weight), scap (substance_cap), legal (legal_filters, 0/1), heads (headings, 0/1), damping, lexrank, df, mindf, k1, b, delta, eps. Without ../shared the
// bench says so and exits 77 (skipped).
#include <precis/summarize/keywords.hpp>
#include <precis/summarize/summary.hpp>
#include <precis/summarize/textrank.hpp>
#include <precis/text/document.hpp>

#include <nlohmann/json.hpp>

#include "rouge.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct config {
  std::string name;
  bool lead = false;
  precis::summary_options opt;
};

/// A configuration's output file name, without its extension: lead, default or its own name.
std::string file_stem(const config& c) { return c.lead ? "lead" : c.name == "precis (default)" ? "default" : c.name; }

struct article {
  std::string id, text;
  std::vector<std::vector<std::string>> refs;  // each reference as its sentences
  std::size_t budget = 0;                      // whitespace tokens of refs[0]
};

std::vector<article> load(const fs::path& p) {
  std::ifstream f(p);
  if (!f) throw std::runtime_error("cannot open " + p.string());
  std::vector<article> out;
  std::string line;
  while (std::getline(f, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    article a{j.at("id").get<std::string>(), j.at("text").get<std::string>(), {}, 0};
    for (const auto& r : j.at("refs")) a.refs.push_back(precis::rouge::split_summary(r.get<std::string>()));
    std::istringstream ws(j.at("refs").at(0).get<std::string>());
    for (std::string w; ws >> w;) ++a.budget;
    out.push_back(std::move(a));
  }
  return out;
}

precis::similarity parse_sim(const std::string& v) {
  return v == "overlap" ? precis::similarity::overlap
         : v == "cosine" ? precis::similarity::cosine : precis::similarity::bm25;
}

config parse_config(const std::string& arg) {
  config c;
  auto colon = arg.find(':');
  c.name = arg.substr(0, colon);
  std::string rest = colon == std::string::npos ? "" : arg.substr(colon + 1);
  std::stringstream ss(rest);
  std::string kv;
  auto& r = c.opt.rank;
  auto& s = c.opt.select;
  while (std::getline(ss, kv, ',')) {
    auto eq = kv.find('=');
    if (eq == std::string::npos) throw std::runtime_error("bad option " + kv);
    std::string k = kv.substr(0, eq), v = kv.substr(eq + 1);
    if (k == "sim") r.sim = parse_sim(v);
    else if (k == "longsim") r.long_sim = parse_sim(v);
    else if (k == "mode") r.structure = v == "flat" ? precis::structure_mode::flat
                                      : v == "sectioned" ? precis::structure_mode::sectioned
                                                         : precis::structure_mode::automatic;
    else if (k == "longn") r.long_document = std::stoul(v);
    else if (k == "inter") r.inter_section_weight = std::stod(v);
    else if (k == "sdecay") r.section_decay = std::stod(v);
    else if (k == "sorder") r.section_order_decay = std::stod(v);
    else if (k == "decay") r.position_decay = std::stod(v);
    else if (k == "earlier") r.earlier_weight = std::stod(v);
    else if (k == "later") r.later_weight = std::stod(v);
    else if (k == "beta") r.beta = std::stod(v);
    else if (k == "red") s.redundancy = std::stod(v);
    else if (k == "len") s.length_exponent = std::stod(v);
    else if (k == "cover") s.section_coverage = std::stod(v);
    else if (k == "minw") s.min_words = std::stoul(v);
    else if (k == "boost") c.opt.introducer_boost = std::stod(v);
    else if (k == "delta") r.bm25_delta = std::stod(v);
    else if (k == "damping") r.damping = std::stod(v);
    else if (k == "lexrank") r.lexrank_threshold = std::stod(v);
    else if (k == "df") r.max_df_ratio = std::stod(v);
    else if (k == "mindf") r.min_df_cap = std::stoul(v);
    else if (k == "k1") r.bm25_k1 = std::stod(v);
    else if (k == "b") r.bm25_b = std::stod(v);
    else if (k == "eps") r.bm25_epsilon = std::stod(v);
    else if (k == "mix") s.centroid_mix = std::stod(v);
    else if (k == "kmix") s.key_centroid_mix = std::stod(v);
    else if (k == "bigram") s.centroid_bigrams = std::stod(v);
    else if (k == "lred") s.long_redundancy = std::stod(v);
    else if (k == "lcand") s.long_candidates = std::stoul(v);
    else if (k == "person") s.person_weight = std::stod(v);
    else if (k == "kperson") s.key_person_weight = std::stod(v);
    else if (k == "subst") s.substance_weight = std::stod(v);
    else if (k == "scap") s.substance_cap = std::stoul(v);
    else if (k == "legal") s.legal_filters = v == "1";
    else if (k == "heads") s.headings = v == "1";
    else if (k == "lead") c.lead = v == "1";
    else throw std::runtime_error("unknown key " + k);
  }
  return c;
}

// Lead: the document's body sentences in order, under the same budget rule as precis (a
// sentence that would overflow the word budget is skipped, a shorter one may still fit).
std::vector<std::size_t> lead(const precis::document& d, std::size_t k, std::size_t words) {
  std::vector<std::size_t> picked;
  std::size_t used = 0;
  for (std::size_t i = 0; i < d.sentences().size(); ++i) {
    const auto& s = d.sentences()[i];
    if (s.kind != precis::sentence_kind::body || s.last_token == s.first_token) continue;
    const std::size_t w = s.last_token - s.first_token;
    if (words && used + w > words) continue;
    used += w;
    picked.push_back(i);
    if (k && picked.size() >= k) break;
  }
  return picked;
}

std::vector<std::size_t> run(const precis::document& d, const config& c, std::size_t k, std::size_t words) {
  if (c.lead) return lead(d, k, words);
  precis::summary_options opt = c.opt;
  opt.select.sentences = k;
  opt.select.words = words;
  std::vector<std::size_t> picked;
  for (const auto& x : precis::summarize(d, opt).sentences) picked.push_back(x.index);
  return picked;
}

std::string join(const precis::document& d, const std::vector<std::size_t>& picked) {
  std::string out;
  for (std::size_t i : picked) {
    if (!out.empty()) out += '\n';
    out += d.text(d.sentences()[i].src);
  }
  return out;
}

// The greedy extractive oracle: add the sentence that most raises ROUGE-2 F1 against refs[0]
// (bigrams of ROUGE's own stemmed tokens, within sentences) while the word budget holds; stop
// when nothing raises it.
std::vector<std::size_t> oracle(const precis::document& d, const article& a, const precis::rouge::scorer& sc) {
  auto bigrams = [&](std::string_view sent) {
    std::vector<std::string> t = precis::rouge::tokenize(sent);
    for (auto& w : t) w = sc.normalize_token(w);
    std::vector<std::string> b;
    for (std::size_t i = 1; i < t.size(); ++i) b.push_back(t[i - 1] + ' ' + t[i]);
    return b;
  };
  std::unordered_map<std::string, int> ref;
  std::size_t ref_total = 0;
  std::string ref_text;
  for (const auto& s : a.refs[0]) ref_text += s + ' ';
  for (auto& b : bigrams(ref_text)) ++ref[b], ++ref_total;
  std::vector<std::size_t> cand;
  std::vector<std::vector<std::string>> grams;
  for (std::size_t i = 0; i < d.sentences().size(); ++i) {
    const auto& s = d.sentences()[i];
    if (s.kind != precis::sentence_kind::body || s.last_token == s.first_token) continue;
    cand.push_back(i);
    grams.push_back(bigrams(d.text(s.src)));
  }
  std::unordered_map<std::string, int> sys;
  std::size_t hits = 0, total = 0, used = 0;
  double best = 0;
  std::vector<std::size_t> picked;
  std::vector<char> taken(cand.size(), 0);
  auto f1 = [&](std::size_t h, std::size_t t) {
    if (!h || !t || !ref_total) return 0.0;
    const double p = static_cast<double>(h) / static_cast<double>(t), r = static_cast<double>(h) / static_cast<double>(ref_total);
    return 2 * p * r / (p + r);
  };
  for (;;) {
    double top = best;
    std::size_t arg = cand.size();
    for (std::size_t c = 0; c < cand.size(); ++c) {
      const auto& s = d.sentences()[cand[c]];
      if (taken[c] || used + (s.last_token - s.first_token) > a.budget) continue;
      std::unordered_map<std::string, int> add;
      std::size_t h = hits;
      for (const auto& b : grams[c]) {
        auto it = ref.find(b);
        if (it == ref.end()) continue;
        int have = sys.count(b) ? sys[b] : 0;
        if (have + add[b] < it->second) ++h;
        ++add[b];
      }
      if (double v = f1(h, total + grams[c].size()); v > top) top = v, arg = c;
    }
    if (arg == cand.size()) break;
    taken[arg] = 1;
    for (const auto& b : grams[arg]) {
      auto it = ref.find(b);
      if (it != ref.end() && sys[b] < it->second) ++hits;
      ++sys[b];
    }
    total += grams[arg].size();
    used += d.sentences()[cand[arg]].last_token - d.sentences()[cand[arg]].first_token;
    best = top;
    picked.push_back(cand[arg]);
  }
  std::sort(picked.begin(), picked.end());
  return picked;
}

struct rouge_cell {
  precis::rouge::scores m;
  bool set = false;
};

std::string fmt_rouge(const rouge_cell& c) {
  if (!c.set) return "-";
  char b[64];
  std::snprintf(b, sizeof b, "%.2f / %.2f / %.2f", 100 * c.m.r1_f, 100 * c.m.r2_f, 100 * c.m.rl_f);
  return b;
}

// Gold spans of layout-dev: every occurrence of each boilerplate snippet, the first of each key
// sentence (as ../shared/tools/score_layout.py finds them).
std::vector<std::pair<std::size_t, std::size_t>> find_all(std::string_view hay, std::string_view needle, bool first_only) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (needle.empty()) return out;
  for (auto i = hay.find(needle); i != std::string_view::npos; i = hay.find(needle, i + 1)) {
    out.emplace_back(i, i + needle.size());
    if (first_only) break;
  }
  return out;
}

struct layout_cell {
  std::size_t key_hit = 0, key_n = 0, bp = 0, sents = 0;
  bool set = false;
};

layout_cell score_layout(const fs::path& dir, const config& c, std::ostream& per_doc) {
  layout_cell out;
  std::ifstream g(dir / "gold.jsonl");
  if (!g) return out;
  out.set = true;
  for (std::string line; std::getline(g, line);) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    const std::string id = j.at("id").get<std::string>();
    fs::path path = dir / "texts" / (id + ".md");
    if (!fs::exists(path)) path = dir / "texts" / (id + ".txt");
    auto d = precis::document::from_file(path.string());
    std::string_view raw = d.source();
    auto picked = run(d, c, 3, 0);
    std::vector<std::pair<std::size_t, std::size_t>> bp;
    for (const auto& s : j.at("boilerplate"))
      for (auto sp : find_all(raw, s.get<std::string>(), false)) bp.push_back(sp);
    for (std::size_t i : picked) {
      const auto& src = d.sentences()[i].src;
      ++out.sents;
      out.bp += std::any_of(bp.begin(), bp.end(), [&](auto b) { return src.begin < b.second && b.first < src.end; });
    }
    const std::size_t hit0 = out.key_hit, n0 = out.key_n;
    for (const auto& k : j.at("key_sentences")) {
      auto sp = find_all(raw, k.get<std::string>(), true);
      if (sp.empty()) continue;
      ++out.key_n;
      out.key_hit += std::any_of(picked.begin(), picked.end(), [&](std::size_t i) {
        const auto& src = d.sentences()[i].src;
        return src.begin < sp[0].second && sp[0].first < src.end;
      });
    }
    per_doc << id << '\t' << out.key_hit - hit0 << '\t' << out.key_n - n0 << '\n';
  }
  return out;
}

struct keyphrase_cell {
  double f5 = 0, f10 = 0, mb_per_s = 0;
  bool set = false;
};

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

// Keyphrases of one set (bench_keywords' protocol: documents repaired, default options), scored
// by score_keyphrase.py --json; the keyword stage's speed is CPU time on this thread, documents
// built beforehand.
keyphrase_cell score_keyphrases(const fs::path& data, const fs::path& scorer, const fs::path& sys) {
  keyphrase_cell out;
  std::ifstream in(data);
  if (!in) return out;
  std::vector<std::string> ids;
  std::vector<precis::document> docs;
  double bytes = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    ids.push_back(j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump());
    std::string text = j["text"].get<std::string>();
    bytes += static_cast<double>(text.size());
    docs.push_back(precis::document::from_string(std::move(text), ids.back(), {.repair = true}));
  }
  std::vector<std::vector<precis::keyword>> kws(docs.size());
  const double t0 = cpu_seconds();
  for (std::size_t k = 0; k < docs.size(); ++k) kws[k] = precis::extract_keywords(docs[k]);
  const double sec = cpu_seconds() - t0;
  out.mb_per_s = sec > 0 ? bytes / sec / 1e6 : 0;
  {
    std::ofstream f(sys);
    for (std::size_t k = 0; k < docs.size(); ++k) {
      nlohmann::json j{{"id", ids[k]}, {"keywords", nlohmann::json::array()}};
      for (const auto& kw : kws[k]) j["keywords"].push_back({{"term", kw.term}, {"score", kw.score}});
      f << j.dump() << '\n';
    }
  }
  const std::string cmd = "/usr/bin/python3 '" + scorer.string() + "' --json --data '" + data.string() +
                          "' --system precis='" + sys.string() + "'";
  std::string result;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) result.append(buf, n);
    if (pclose(p) != 0) result.clear();
  }
  // One JSON object per system; the first (and only) one is precis.
  auto j = nlohmann::json::parse(result.substr(0, result.find('\n')), nullptr, false);
  if (j.is_discarded() || !j.contains("10")) {
    std::fprintf(stderr, "bench_quality: %s failed (needs /usr/bin/python3 with NLTK)\n", scorer.string().c_str());
    return out;
  }
  out.f5 = j["5"]["macro"]["F"].get<double>();
  out.f10 = j["10"]["macro"]["F"].get<double>();
  out.set = true;
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h")) {
    std::printf("usage: bench_quality [OUT_DIR] [name:key=value,...]...\n"
                "ROUGE, layout and keyphrase scores of lead-k, the default and each extra configuration on the eval\n"
                "sets of ../shared/eval, keyphrase F1 and stage speeds (skipped, exit 77, when they are missing); system files go to OUT_DIR\n"
                "(default: a temporary directory).\n");
    return 0;
  }
  int first = 1;
  fs::path out = fs::temp_directory_path() / "precis_quality";
  if (argc > 1 && std::string(argv[1]).find(':') == std::string::npos) out = argv[first++];
  std::vector<config> configs;
  config lead_cfg;
  lead_cfg.name = "lead (lead-3 on SummEval, BBC and layout-dev)";
  lead_cfg.lead = true;
  configs.push_back(lead_cfg);
  configs.push_back(config{"precis (default)", false, {}});
  for (int i = first; i < argc; ++i) configs.push_back(parse_config(argv[i]));

  const fs::path eval = fs::path(PRECIS_SHARED_DIR) / "eval";
  if (!fs::exists(eval / "summeval_cnndm.jsonl")) {
    std::printf("bench_quality: skipped: %s not found (the eval data lives in ../shared)\n", eval.string().c_str());
    return 77;
  }
  precis::rouge::options ro;
  ro.wordnet_dir = (eval / "rouge_wordnet_exc").string();
  precis::rouge::scorer rouge(ro);

  std::vector<rouge_cell> summeval(configs.size()), bbc(configs.size()), govsum(configs.size()), govsum3(configs.size());
  std::vector<layout_cell> layout(configs.size());
  rouge_cell gov_oracle;
  double stage_bytes = 0, stage_sec = 0;

  auto score_set = [&](const char* name, const std::vector<article>& arts, std::size_t k, bool budget,
                       std::vector<rouge_cell>& cells, bool timed) {
    std::vector<precis::document> docs;
    docs.reserve(arts.size());
    for (const auto& a : arts) docs.push_back(precis::document::from_string(a.text, a.id));
    fs::create_directories(out / name);
    for (std::size_t ci = 0; ci < configs.size(); ++ci) {
      const config& c = configs[ci];
      std::ofstream f(out / name / (file_stem(c) + ".jsonl"));
      std::vector<precis::rouge::scores> per_doc;
      auto t0 = std::chrono::steady_clock::now();
      for (std::size_t i = 0; i < docs.size(); ++i) {
        std::string sum = join(docs[i], run(docs[i], c, budget ? 0 : k, budget ? arts[i].budget : 0));
        f << nlohmann::json{{"id", arts[i].id}, {"summary", sum}}.dump() << '\n';
        per_doc.push_back(rouge.score(precis::rouge::split_summary(sum), arts[i].refs));
      }
      double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (timed && ci == 1) {
        stage_sec += sec;
        for (const auto& a : arts) stage_bytes += static_cast<double>(a.text.size());
      }
      cells[ci] = {precis::rouge::corpus_mean(per_doc), true};
      std::fprintf(stderr, "%-8s %-40s R %s\n", name, c.name.c_str(), fmt_rouge(cells[ci]).c_str());
    }
    return docs;
  };

  score_set("summeval", load(eval / "summeval_cnndm.jsonl"), 3, false, summeval, true);
  // A second news set (BBC News Summary: longer articles, extractive references), so that a
  // change meant for reports is seen on news of every length, not only SummEval's.
  if (fs::exists(eval / "bbc_news_summary.jsonl")) score_set("bbc", load(eval / "bbc_news_summary.jsonl"), 3, false, bbc, false);
  if (fs::exists(eval / "govsum-dev" / "govsum_dev.jsonl")) {
    auto arts = load(eval / "govsum-dev" / "govsum_dev.jsonl");
    auto docs = score_set("govsum", arts, 0, true, govsum, true);
    std::ofstream f(out / "govsum" / "oracle.jsonl");
    std::vector<precis::rouge::scores> per_doc;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      std::string sum = join(docs[i], oracle(docs[i], arts[i], rouge));
      f << nlohmann::json{{"id", arts[i].id}, {"summary", sum}}.dump() << '\n';
      per_doc.push_back(rouge.score(precis::rouge::split_summary(sum), arts[i].refs));
    }
    gov_oracle = {precis::rouge::corpus_mean(per_doc), true};
    // The default summary of a report, three sentences, against the summary its authors
    // published: how the few key sentences of long documents fare (layout-dev's 25 documents
    // are few).
    score_set("govsum3", arts, 3, false, govsum3, false);
  }
  if (fs::exists(eval / "layout-dev" / "gold.jsonl"))
    for (std::size_t ci = 0; ci < configs.size(); ++ci) {
      // Key sentences found per document, one file per configuration, to see where a change acts.
      fs::create_directories(out / "layout");
      const auto& c = configs[ci];
      std::ofstream per_doc(out / "layout" / (file_stem(c) + ".tsv"));
      layout[ci] = score_layout(eval / "layout-dev", c, per_doc);
    }

  keyphrase_cell duc, inspec;
  {
    const fs::path kp = eval / "keyphrase-dev";
    const fs::path scorer = fs::path(PRECIS_SHARED_DIR) / "tools" / "score_keyphrase.py";
    fs::create_directories(out / "keyphrase");
    duc = score_keyphrases(kp / "duc2001_dev.jsonl", scorer, out / "keyphrase" / "duc2001_dev.jsonl");
    inspec = score_keyphrases(kp / "inspec.jsonl", scorer, out / "keyphrase" / "inspec.jsonl");
  }
  auto kp = [](const keyphrase_cell& k) {
    if (!k.set) return std::string("-");
    char b[48];
    std::snprintf(b, sizeof b, "%.2f / %.2f", k.f5, k.f10);
    return std::string(b);
  };

  auto lay = [](const layout_cell& l) {
    if (!l.set) return std::string("- | -");
    char b[96];
    std::snprintf(b, sizeof b, "%zu / %zu (%.0f%%) | %zu / %zu", l.key_hit, l.key_n,
                  l.key_n ? 100.0 * double(l.key_hit) / double(l.key_n) : 0.0, l.bp, l.sents);
    return std::string(b);
  };
  // Keyphrases do not depend on the selection options, so only the default row has them.
  std::printf("| system | SummEval k=3: R1 / R2 / RL F1 | BBC k=3: R1 / R2 / RL F1 | govsum-dev, W words: R1 / R2 / RL F1 | "
              "layout-dev key sentences | boilerplate sentences | DUC-2001-dev F1@5 / @10 | Inspec F1@5 / @10 |\n"
              "|---|---|---|---|---|---|---|---|\n");
  for (std::size_t ci = 0; ci < configs.size(); ++ci)
    std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", configs[ci].name.c_str(), fmt_rouge(summeval[ci]).c_str(),
                fmt_rouge(bbc[ci]).c_str(), fmt_rouge(govsum[ci]).c_str(), lay(layout[ci]).c_str(),
                ci == 1 ? kp(duc).c_str() : "-", ci == 1 ? kp(inspec).c_str() : "-");
  std::printf("| greedy ROUGE-2 oracle | - | - | %s | - | - | - | - |\n", fmt_rouge(gov_oracle).c_str());
  // Published figures, not run here (../shared/eval/README.md; issue 9 for govsum, on its 104
  // documents, both halves, and for the keyphrase extractors on the whole of DUC-2001).
  std::printf("| *quoted:* lead-3 | 34.71 / 12.43 / 30.00 | - | - | - | - | - | - |\n"
              "| *quoted:* random-3 | 28.29 / 7.74 / 24.03 | - | - | - | - | - | - |\n"
              "| *quoted:* Python TextRank (overlap) | 27.88 / 9.56 / 23.78 | - | 52.1 / 20.7 / 46.7 (104 docs) | - | - | - | - |\n"
              "| *quoted:* Python LexRank | 29.94 / 10.02 / 25.43 | - | - | - | - | - | - |\n"
              "| *quoted:* OTS | - | - | 48.6 / 18.5 / 43.9 (104 docs) | - | - | - | - |\n"
              "| *quoted:* PositionRank / MultipartiteRank / TextRank (keyphrases) | - | - | - | - | - | "
              "- / 28.6, 25.6, 21.5 (whole set) | - |\n");
  if (govsum3[1].set) {
    std::printf("\ngovsum-dev, the default 3 sentences against the published summaries: R1 / R2 / RL F1\n");
    for (std::size_t ci = 0; ci < configs.size(); ++ci)
      std::printf("  %-48s %s\n", configs[ci].name.c_str(), fmt_rouge(govsum3[ci]).c_str());
  }
  std::printf("\nspeed (one thread on a shared machine):\n");
  if (stage_sec > 0)
    std::printf("  summary stage (document loaded; rank, select, extract, keywords, meta), default on "
                "SummEval + govsum-dev: %.2f MB/s wall\n", stage_bytes / stage_sec / 1e6);
  if (duc.set || inspec.set)
    std::printf("  keyword stage: DUC-2001-dev %.1f MB/s, Inspec %.1f MB/s CPU\n", duc.mb_per_s, inspec.mb_per_s);
  return 0;
}
