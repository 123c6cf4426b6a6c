#pragma once
// A dependency-free SVG line plot on log-log axes with two series against one x: the left axis
// for the first, the right axis for the second (e.g. seconds and MiB against sentences).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace precis::bench {

struct series {
  std::string name, colour;
  std::vector<double> y;
};

namespace detail {
inline std::string num(double v) {
  char b[32];
  if (v >= 1000) std::snprintf(b, sizeof b, "%.0fk", v / 1000);
  else if (v >= 1) std::snprintf(b, sizeof b, "%g", v);
  else std::snprintf(b, sizeof b, "%g", v);
  return b;
}
}  // namespace detail

/// Writes `path`; returns false when it cannot. Values <= 0 are left out (no log of them).
inline bool write_loglog_svg(const std::string& path, const std::string& title, const std::string& xlabel,
                             const std::vector<double>& x, const series& left, const series& right) {
  const double W = 720, H = 440, ml = 70, mr = 70, mt = 40, mb = 55;
  auto decades = [](const std::vector<double>& v, double& lo, double& hi) {
    lo = 1e300, hi = -1e300;
    for (double d : v)
      if (d > 0) lo = std::min(lo, d), hi = std::max(hi, d);
    if (lo > hi) lo = 1, hi = 10;
    lo = std::floor(std::log10(lo)), hi = std::ceil(std::log10(hi));
    if (hi <= lo) hi = lo + 1;
  };
  double x0, x1, l0, l1, r0, r1;
  decades(x, x0, x1);
  decades(left.y, l0, l1);
  decades(right.y, r0, r1);
  auto px = [&](double v) { return ml + (std::log10(v) - x0) / (x1 - x0) * (W - ml - mr); };
  auto py = [&](double v, double lo, double hi) { return H - mb - (std::log10(v) - lo) / (hi - lo) * (H - mt - mb); };
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (!f) return false;
  std::fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                  "font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
               W, H, W, H);
  std::fprintf(f, "<text x=\"%.0f\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">%s</text>\n", W / 2, title.c_str());
  // grid and ticks: one line per decade, on each axis
  for (double d = x0; d <= x1; ++d) {
    double X = px(std::pow(10, d));
    std::fprintf(f, "<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"#ddd\"/>\n", X, mt, X, H - mb);
    std::fprintf(f, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%s</text>\n", X, H - mb + 16,
                 detail::num(std::pow(10, d)).c_str());
  }
  for (double d = l0; d <= l1; ++d) {
    double Y = py(std::pow(10, d), l0, l1);
    std::fprintf(f, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", ml, Y, W - mr, Y);
    std::fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\" fill=\"%s\">%s</text>\n", ml - 6, Y + 4,
                 left.colour.c_str(), detail::num(std::pow(10, d)).c_str());
  }
  for (double d = r0; d <= r1; ++d)
    std::fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" fill=\"%s\">%s</text>\n", W - mr + 6, py(std::pow(10, d), r0, r1) + 4,
                 right.colour.c_str(), detail::num(std::pow(10, d)).c_str());
  std::fprintf(f, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" stroke=\"#444\"/>\n", ml, mt,
               W - ml - mr, H - mt - mb);
  std::fprintf(f, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\">%s (log)</text>\n", W / 2, H - 14, xlabel.c_str());
  std::fprintf(f, "<text transform=\"translate(18 %.0f) rotate(-90)\" text-anchor=\"middle\" fill=\"%s\">%s (log)</text>\n",
               H / 2, left.colour.c_str(), left.name.c_str());
  std::fprintf(f, "<text transform=\"translate(%.0f %.0f) rotate(90)\" text-anchor=\"middle\" fill=\"%s\">%s (log)</text>\n",
               W - 14, H / 2, right.colour.c_str(), right.name.c_str());
  auto line = [&](const series& s, double lo, double hi) {
    std::string pts;
    for (std::size_t i = 0; i < x.size() && i < s.y.size(); ++i)
      if (x[i] > 0 && s.y[i] > 0) {
        char b[64];
        std::snprintf(b, sizeof b, "%.1f,%.1f ", px(x[i]), py(s.y[i], lo, hi));
        pts += b;
        std::fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>\n", px(x[i]), py(s.y[i], lo, hi),
                     s.colour.c_str());
      }
    std::fprintf(f, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n", pts.c_str(),
                 s.colour.c_str());
  };
  line(left, l0, l1);
  line(right, r0, r1);
  std::fprintf(f, "<text x=\"%.0f\" y=\"%.0f\" fill=\"%s\">&#9679; %s</text>\n", ml + 10, mt + 18, left.colour.c_str(),
               left.name.c_str());
  std::fprintf(f, "<text x=\"%.0f\" y=\"%.0f\" fill=\"%s\">&#9679; %s</text>\n", ml + 10, mt + 34, right.colour.c_str(),
               right.name.c_str());
  std::fputs("</svg>\n", f);
  return std::fclose(f) == 0;
}

}  // namespace precis::bench
