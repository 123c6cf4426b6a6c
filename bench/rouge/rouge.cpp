// ROUGE-1/2/L scoring; the conventions are listed at the top of rouge.hpp.
#include "rouge.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace precis::rouge {
namespace {

// ---------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------

// Code points Python's str.isspace() accepts (what rouge.py's strip() removes).
bool is_python_space(char32_t cp) {
  return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85 || cp == 0xa0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

// Length of the UTF-8 sequence starting with lead byte `b` (1 for stray bytes).
std::size_t utf8_length(unsigned char b) {
  if (b >= 0xf0 && b < 0xf8) return 4;
  if (b >= 0xe0) return b < 0xf0 ? 3 : 1;
  if (b >= 0xc0) return 2;
  return 1;
}

// Decodes the code point of `len` bytes at `p` (no validation: the input came from JSON).
char32_t decode(const char* p, std::size_t len) {
  const auto byte = [p](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(p[i])); };
  switch (len) {
    case 2: return ((byte(0) & 0x1f) << 6) | (byte(1) & 0x3f);
    case 3: return ((byte(0) & 0x0f) << 12) | ((byte(1) & 0x3f) << 6) | (byte(2) & 0x3f);
    case 4:
      return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3f) << 12) | ((byte(2) & 0x3f) << 6) |
             (byte(3) & 0x3f);
    default: return byte(0);
  }
}

// Python's str.strip() on UTF-8 text.
std::string_view python_strip(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    const std::size_t len = utf8_length(static_cast<unsigned char>(s[begin]));
    if (begin + len > s.size() || !is_python_space(decode(s.data() + begin, len))) break;
    begin += len;
  }
  std::size_t end = s.size();
  while (end > begin) {
    std::size_t start = end - 1;  // back up to the lead byte of the last code point
    while (start > begin && (static_cast<unsigned char>(s[start]) & 0xc0) == 0x80 && end - start < 4) --start;
    const std::size_t len = end - start;
    if (utf8_length(static_cast<unsigned char>(s[start])) != len ||
        !is_python_space(decode(s.data() + start, len))) {
      break;
    }
    end = start;
  }
  return s.substr(begin, end - begin);
}

bool is_token_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}
char ascii_lower(char ch) { return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch; }

// Calls `emit(std::string_view)` for every ROUGE token of `sentence` (lower-cased, unstemmed).
template <class Emit> void for_each_token(std::string_view sentence, Emit&& emit) {
  std::string token;
  for (char ch : sentence) {
    if (is_token_char(ch)) {
      token += ascii_lower(ch);
    } else if (!token.empty()) {
      emit(std::string_view(token));
      token.clear();
    }
  }
  if (!token.empty()) emit(std::string_view(token));
}

// Transparent hashing so maps keyed by std::string can be searched with a string_view.
struct string_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <class V> using string_map = std::unordered_map<std::string, V, string_hash, std::equal_to<>>;

// Python's whitespace for a latin-1 decoded byte (how rouge.py splits .exc lines).
bool is_latin1_space(unsigned char b) { return is_python_space(b); }

// Reads one WordNet .exc file into `out` ("inflected base ..." per line; the first base
// form wins within the line, a later line replaces an earlier entry).
void read_exception_file(const std::filesystem::path& path, string_map<std::string>& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("rouge: cannot read " + path.string());
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find_first_of("\r\n", pos);  // Python's universal newlines
    if (eol == std::string::npos) eol = text.size();
    std::array<std::string_view, 2> fields;
    std::size_t count = 0;
    std::size_t i = pos;
    while (i < eol && count < fields.size()) {
      while (i < eol && is_latin1_space(static_cast<unsigned char>(text[i]))) ++i;
      const std::size_t start = i;
      while (i < eol && !is_latin1_space(static_cast<unsigned char>(text[i]))) ++i;
      if (i > start) fields[count++] = std::string_view(text).substr(start, i - start);
    }
    if (count == 2) out.insert_or_assign(std::string(fields[0]), std::string(fields[1]));
    pos = eol + 1;
  }
}

// ---------------------------------------------------------------------------------------
// Counting
// ---------------------------------------------------------------------------------------

using token_id = std::uint32_t;

// One summary as ROUGE sees it: the concatenated tokens (n-grams) and the tokens of each
// sentence (ROUGE-L units).
struct prepared {
  std::vector<token_id> flat;
  std::vector<std::vector<token_id>> units;
};

// Sorted n-gram keys (n = 1 or 2) of a token sequence; duplicates kept, so runs are counts.
std::vector<std::uint64_t> ngram_keys(const std::vector<token_id>& tokens, std::size_t n) {
  std::vector<std::uint64_t> keys;
  if (tokens.size() < n) return keys;
  keys.reserve(tokens.size() - n + 1);
  for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
    std::uint64_t key = tokens[i];
    if (n == 2) key = (key << 32) | tokens[i + 1];
    keys.push_back(key);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

// Sum over distinct n-grams of min(count in a, count in b), both sorted.
std::size_t clipped_hits(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t hits = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      const std::uint64_t key = a[i];
      std::size_t ca = 0;
      std::size_t cb = 0;
      while (i < a.size() && a[i] == key) ++i, ++ca;
      while (j < b.size() && b[j] == key) ++j, ++cb;
      hits += std::min(ca, cb);
    }
  }
  return hits;
}

// Remaining unigram budget of a summary: sorted (token, count) pairs.
class unigram_budget {
public:
  explicit unigram_budget(const std::vector<token_id>& tokens) {
    std::vector<token_id> sorted = tokens;
    std::sort(sorted.begin(), sorted.end());
    for (token_id t : sorted) {
      if (counts_.empty() || counts_.back().first != t) counts_.emplace_back(t, 0);
      ++counts_.back().second;
    }
  }
  // Count of `t` left (nullptr-free: returns a reference to a zero for unknown tokens).
  int* find(token_id t) {
    auto it = std::lower_bound(counts_.begin(), counts_.end(), t,
                               [](const std::pair<token_id, int>& e, token_id v) { return e.first < v; });
    return (it != counts_.end() && it->first == t) ? &it->second : nullptr;
  }

private:
  std::vector<std::pair<token_id, int>> counts_;
};

// Marks in `mask` the model positions of one LCS of model/peer, following ROUGE-1.5.5's
// traceback (on a tie between dropping a model token and a peer token, drop the model one).
void mark_lcs(const std::vector<token_id>& model, const std::vector<token_id>& peer,
              std::vector<char>& mask, std::vector<std::uint32_t>& table) {
  const std::size_t m = model.size();
  const std::size_t n = peer.size();
  if (m == 0 || n == 0) return;
  const std::size_t width = n + 1;
  table.assign((m + 1) * width, 0);
  for (std::size_t i = 1; i <= m; ++i) {
    std::uint32_t* row = &table[i * width];
    const std::uint32_t* up = &table[(i - 1) * width];
    const token_id mt = model[i - 1];
    for (std::size_t j = 1; j <= n; ++j) {
      row[j] = (mt == peer[j - 1]) ? up[j - 1] + 1 : std::max(up[j], row[j - 1]);
    }
  }
  std::size_t i = m;
  std::size_t j = n;
  while (i != 0 && j != 0) {
    if (model[i - 1] == peer[j - 1]) {
      --i;
      --j;
      mask[i] = 1;
    } else if (table[(i - 1) * width + j] >= table[i * width + j - 1]) {
      --i;
    } else {
      --j;
    }
  }
}

struct tally {
  std::size_t hits = 0;
  std::size_t model_total = 0;
  std::size_t peer_total = 0;
};

// Summary-level LCS hits of one reference (model) against the system summary (peer).
tally lcs_tally(const prepared& model, const prepared& peer, std::vector<std::uint32_t>& table) {
  unigram_budget model_left(model.flat);
  unigram_budget peer_left(peer.flat);
  tally t;
  t.peer_total = peer.flat.size();
  std::vector<char> mask;
  for (const auto& unit : model.units) {
    t.model_total += unit.size();
    mask.assign(unit.size(), 0);
    for (const auto& peer_unit : peer.units) mark_lcs(unit, peer_unit, mask, table);
    for (std::size_t k = 0; k < unit.size(); ++k) {
      if (!mask[k]) continue;
      int* in_model = model_left.find(unit[k]);
      int* in_peer = peer_left.find(unit[k]);
      if (in_model != nullptr && in_peer != nullptr && *in_model > 0 && *in_peer > 0) {
        ++t.hits;
        --*in_model;
        --*in_peer;
      }
    }
  }
  return t;
}

double ratio(std::size_t num, std::size_t den) {
  return den != 0 ? static_cast<double>(num) / static_cast<double>(den) : 0.0;
}

// (R, P, F) from a tally, rounded as ROUGE prints them.
std::array<double, 3> finish(const tally& t, double alpha) {
  const double r = t.model_total != 0 ? round5(ratio(t.hits, t.model_total)) : 0.0;
  const double p = t.peer_total != 0 ? round5(ratio(t.hits, t.peer_total)) : 0.0;
  const double d = (1 - alpha) * p + alpha * r;
  const double f = d > 0 ? round5(p * r / d) : 0.0;
  return {r, p, f};
}

// Combines per-reference tallies: pooled sums, or the one with the best recall (first on
// ties; `rounded_choice` says whether that recall is compared after rounding).
tally combine(const std::vector<tally>& per_ref, multi_ref_mode mode, bool rounded_choice) {
  tally out;
  if (mode == multi_ref_mode::pooled) {
    for (const tally& t : per_ref) {
      out.hits += t.hits;
      out.model_total += t.model_total;
      out.peer_total += t.peer_total;
    }
    return out;
  }
  double best = -1.0;
  for (const tally& t : per_ref) {
    double recall = ratio(t.hits, t.model_total);
    if (rounded_choice && t.model_total != 0) recall = round5(recall);
    if (recall > best) {
      best = recall;
      out = t;
    }
  }
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Public functions
// ---------------------------------------------------------------------------------------

double round5(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.5f", x);  // correctly rounded, like Python's '%.5f'
  return std::strtod(buf, nullptr);
}

std::vector<std::string> split_summary(std::string_view text) {
  std::vector<std::string> out;
  const std::string_view stripped = python_strip(text);
  if (stripped.empty()) return out;
  if (stripped.find('\n') == std::string_view::npos) {
    out.emplace_back(text);
    return out;
  }
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view piece = text.substr(pos, eol - pos);
    if (!python_strip(piece).empty()) out.emplace_back(piece);
    pos = eol + 1;
  }
  return out;
}

bool lacks_sentence_breaks(std::string_view text) {
  const std::string_view stripped = python_strip(text);
  return !stripped.empty() && stripped.find('\n') == std::string_view::npos;
}

std::vector<std::string> tokenize(std::string_view sentence) {
  std::vector<std::string> out;
  for_each_token(sentence, [&out](std::string_view t) { out.emplace_back(t); });
  return out;
}

struct scorer::impl {
  options opts;
  string_map<std::string> exceptions;

  // Token interning, shared by every call: raw token -> id of its normalised form.
  mutable std::mutex mutex;
  mutable string_map<token_id> raw_ids;
  mutable string_map<token_id> form_ids;

  std::string normalize(std::string_view token) const {
    if (!opts.stem || token.size() <= 3) return std::string(token);
    if (auto it = exceptions.find(token); it != exceptions.end()) return it->second;
    return porter_stem(token);
  }

  // Must be called with `mutex` held.
  token_id id_of(std::string_view token) const {
    if (auto it = raw_ids.find(token); it != raw_ids.end()) return it->second;
    std::string form = normalize(token);
    auto found = form_ids.find(form);
    token_id id = 0;
    if (found != form_ids.end()) {
      id = found->second;
    } else {
      id = static_cast<token_id>(form_ids.size());
      form_ids.emplace(std::move(form), id);
    }
    raw_ids.emplace(std::string(token), id);
    return id;
  }

  // Must be called with `mutex` held.
  prepared prepare(const std::vector<std::string>& sentences) const {
    prepared out;
    out.units.reserve(sentences.size());
    for (const std::string& sentence : sentences) {
      std::vector<token_id> unit;
      for_each_token(sentence, [&](std::string_view t) { unit.push_back(id_of(t)); });
      out.flat.insert(out.flat.end(), unit.begin(), unit.end());
      out.units.push_back(std::move(unit));
    }
    return out;
  }
};

scorer::scorer(options opts) : impl_(std::make_unique<impl>()) {
  impl_->opts = std::move(opts);
  if (impl_->opts.stem && !impl_->opts.wordnet_dir.empty()) {
    const std::filesystem::path dir(impl_->opts.wordnet_dir);
    int files = 0;
    for (const char* pos : {"noun", "adj", "adv", "verb"}) {  // ROUGE-1.5.5's precedence
      const std::filesystem::path path = dir / (std::string(pos) + ".exc");
      if (!std::filesystem::exists(path)) continue;
      read_exception_file(path, impl_->exceptions);
      ++files;
    }
    if (files == 0) {
      throw std::runtime_error("rouge: no WordNet exception list (noun/adj/adv/verb.exc) in " +
                               impl_->opts.wordnet_dir);
    }
  }
}

scorer::~scorer() = default;
scorer::scorer(scorer&&) noexcept = default;
scorer& scorer::operator=(scorer&&) noexcept = default;

std::string scorer::normalize_token(std::string_view token) const { return impl_->normalize(token); }

std::size_t scorer::exception_count() const { return impl_->exceptions.size(); }

scores scorer::score(const std::vector<std::string>& system_sentences,
                     const std::vector<std::vector<std::string>>& references_sentences) const {
  if (references_sentences.empty()) throw std::invalid_argument("rouge: a document has no reference");
  prepared peer;
  std::vector<prepared> models;
  {
    const std::lock_guard<std::mutex> lock(impl_->mutex);
    peer = impl_->prepare(system_sentences);
    models.reserve(references_sentences.size());
    for (const auto& ref : references_sentences) models.push_back(impl_->prepare(ref));
  }
  const multi_ref_mode mode = impl_->opts.multi_ref;
  const double alpha = impl_->opts.alpha;

  std::array<std::array<double, 3>, 3> out{};
  for (std::size_t n = 1; n <= 2; ++n) {
    const auto peer_keys = ngram_keys(peer.flat, n);
    std::vector<tally> per_ref;
    per_ref.reserve(models.size());
    for (const prepared& model : models) {
      const auto model_keys = ngram_keys(model.flat, n);
      per_ref.push_back({clipped_hits(model_keys, peer_keys), model_keys.size(), peer_keys.size()});
    }
    out[n - 1] = finish(combine(per_ref, mode, true), alpha);
  }
  std::vector<std::uint32_t> table;
  std::vector<tally> per_ref;
  per_ref.reserve(models.size());
  for (const prepared& model : models) per_ref.push_back(lcs_tally(model, peer, table));
  out[2] = finish(combine(per_ref, mode, false), alpha);

  return {out[0][0], out[0][1], out[0][2], out[1][0], out[1][1],
          out[1][2], out[2][0], out[2][1], out[2][2]};
}

scores corpus_mean(const std::vector<scores>& per_document) {
  if (per_document.empty()) return {};
  const double n = static_cast<double>(per_document.size());
  const auto mean = [&](double scores::*field) {
    double sum = 0.0;  // in document order, like rouge.py's sum()
    for (const scores& s : per_document) sum += s.*field;
    return round5(sum / n);
  };
  return {mean(&scores::r1_r), mean(&scores::r1_p), mean(&scores::r1_f),
          mean(&scores::r2_r), mean(&scores::r2_p), mean(&scores::r2_f),
          mean(&scores::rl_r), mean(&scores::rl_p), mean(&scores::rl_f)};
}

}  // namespace precis::rouge
