// precis._core: the compiled half of the Python module. Every result crosses the boundary as
// the library's own JSON (summary_to_json, extraction_to_json, sentences_to_json), so the
// Python objects' to_dict() is the JSON contract by construction; the Python half
// (precis/__init__.py) wraps it in objects. The GIL is released while precis works.
#include <precis/error.hpp>
#include <precis/extract/extract.hpp>
#include <precis/format.hpp>
#include <precis/summarize/summary.hpp>
#include <precis/text/document.hpp>
#include <precis/version.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <variant>
#include <vector>

namespace py = pybind11;

namespace {

/// precis.InputError, created at import (a ValueError subclass).
PyObject* input_error_type = nullptr;

/// The UTF-8 bytes of a str (CPython caches them: no copy) or the bytes of a bytes object.
/// Anything else is a TypeError naming the type, as Python's own functions do.
std::string_view utf8_of(py::handle h, const char* what) {
  if (PyUnicode_Check(h.ptr())) {
    Py_ssize_t n = 0;
    const char* p = PyUnicode_AsUTF8AndSize(h.ptr(), &n);
    if (!p) throw py::error_already_set();  // lone surrogates: UnicodeEncodeError
    return {p, static_cast<std::size_t>(n)};
  }
  if (PyBytes_Check(h.ptr())) {
    char* p = nullptr;
    Py_ssize_t n = 0;
    PyBytes_AsStringAndSize(h.ptr(), &p, &n);
    return {p, static_cast<std::size_t>(n)};
  }
  throw py::type_error(std::string(what) + " must be str or bytes, not " +
                       std::string(py::str(py::type::handle_of(h).attr("__name__"))));
}

/// An InputError instance (not raised) with the library error's fields as attributes.
py::object make_input_error(const precis::input_error& e) {
  py::object exc = py::reinterpret_steal<py::object>(
      PyObject_CallFunction(input_error_type, "s", e.describe().c_str()));
  if (!exc) throw py::error_already_set();
  exc.attr("message") = py::str(e.what());
  exc.attr("source") = py::str(e.source());
  exc.attr("line") = e.line();
  exc.attr("column") = e.column();
  exc.attr("offset") = e.offset();
  exc.attr("code") = py::str(precis::to_string(e.code()));
  exc.attr("repairable") = e.repairable();
  return exc;
}

[[noreturn]] void raise(const precis::input_error& e) {
  py::object exc = make_input_error(e);
  PyErr_SetObject(input_error_type, exc.ptr());
  throw py::error_already_set();
}

precis::load_options load_opts(bool repair, bool pdf_cleanup, const std::string& format) {
  precis::load_options l;
  l.repair = repair;
  l.pdf_cleanup = pdf_cleanup;
  if (format == "auto") l.format = precis::input_format::auto_detect;
  else if (format == "text") l.format = precis::input_format::text;
  else if (format == "markdown") l.format = precis::input_format::markdown;
  else if (format == "html") l.format = precis::input_format::html;
  else throw py::value_error("input_format must be 'auto', 'text', 'markdown' or 'html', not '" + format + "'");
  return l;
}

precis::summary_options summary_opts(std::optional<std::size_t> sentences, std::optional<double> ratio,
                                     std::optional<std::size_t> words, const std::string& sim,
                                     std::size_t keywords, bool repair, bool pdf_cleanup,
                                     const std::string& format) {
  precis::summary_options o;
  if (sentences && *sentences == 0) throw py::value_error("sentences must be at least 1");
  if (ratio && !(*ratio > 0 && *ratio <= 1)) throw py::value_error("ratio must be in (0, 1]");
  if (words && *words == 0) throw py::value_error("words must be at least 1");
  o.select.sentences = sentences.value_or(0);
  o.select.ratio = ratio.value_or(0);
  o.select.words = words.value_or(0);
  if (sim == "overlap") o.rank.sim = precis::similarity::overlap;
  else if (sim == "bm25") o.rank.sim = precis::similarity::bm25;
  else if (sim == "cosine") o.rank.sim = precis::similarity::cosine;
  else throw py::value_error("similarity must be 'overlap', 'bm25' or 'cosine', not '" + sim + "'");
  o.keywords.count = keywords;
  o.load = load_opts(repair, pdf_cleanup, format);
  return o;
}

/// One summary as the library's JSON; `id` (JSON text) first when given, as in batch output.
std::string summary_json(std::string text, const std::string& source, const precis::summary_options& o,
                         const std::string* id) {
  auto doc = precis::document::from_string(std::move(text), source, o.load);
  return precis::summary_to_json(doc.name(), precis::summarize(doc, o), id);
}

// The text's UTF-8 rendered by `render` with the GIL released; input errors become InputError.
template <class Render>
py::str render_without_gil(py::handle text, Render&& render) {
  std::string bytes(utf8_of(text, "text"));
  std::string out;
  try {
    py::gil_scoped_release nogil;
    out = render(std::move(bytes));
  } catch (const precis::input_error& e) {
    raise(e);
  }
  return py::str(out);
}

py::str summarize_json(py::handle text, std::optional<std::size_t> sentences, std::optional<double> ratio,
                       std::optional<std::size_t> words, const std::string& sim, std::size_t keywords,
                       bool repair, bool pdf_cleanup, const std::string& format, const std::string& source,
                       std::optional<std::string> id) {
  auto o = summary_opts(sentences, ratio, words, sim, keywords, repair, pdf_cleanup, format);
  return render_without_gil(text, [&](std::string bytes) {
    return summary_json(std::move(bytes), source, o, id ? &*id : nullptr);
  });
}

py::str extract_json(py::handle text, bool repair, bool pdf_cleanup, const std::string& format,
                     const std::string& source) {
  auto load = load_opts(repair, pdf_cleanup, format);
  return render_without_gil(text, [&](std::string bytes) {
    auto doc = precis::document::from_string(std::move(bytes), source, load);
    return precis::extraction_to_json(doc.name(), precis::extract(doc));
  });
}

py::str sentences_json(py::handle text, bool repair, bool pdf_cleanup, const std::string& format,
                       const std::string& source) {
  auto load = load_opts(repair, pdf_cleanup, format);
  return render_without_gil(text, [&](std::string bytes) {
    return precis::sentences_to_json(precis::document::from_string(std::move(bytes), source, load));
  });
}

/// A batch of texts summarized by `threads` threads without the GIL. Returns, in order, the
/// JSON of each summary or an InputError instance (not raised): a bad text never stops the rest.
/// `sources` and `ids` (JSON text or None) are optional, one per text.
py::list summarize_batch(py::sequence texts, std::optional<py::sequence> sources, std::optional<py::sequence> ids,
                         unsigned threads, std::optional<std::size_t> sentences, std::optional<double> ratio,
                         std::optional<std::size_t> words, const std::string& sim, std::size_t keywords,
                         bool repair, bool pdf_cleanup, const std::string& format) {
  auto o = summary_opts(sentences, ratio, words, sim, keywords, repair, pdf_cleanup, format);
  const std::size_t n = py::len(texts);
  if (sources && py::len(*sources) != n) throw py::value_error("sources: one per text");
  if (ids && py::len(*ids) != n) throw py::value_error("ids: one per text");
  std::vector<std::string> in(n), names(n);
  std::vector<std::optional<std::string>> id(n);
  for (std::size_t i = 0; i < n; ++i) {
    in[i] = std::string(utf8_of(texts[i], "each text"));
    names[i] = sources ? py::cast<std::string>((*sources)[i]) : "<string>";
    if (ids && !(*ids)[i].is_none()) id[i] = py::cast<std::string>((*ids)[i]);
  }
  using result = std::variant<std::string, precis::input_error>;
  std::vector<std::optional<result>> out(n);
  {
    py::gil_scoped_release nogil;
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i; (i = next++) < n;) {
        try {
          out[i].emplace(summary_json(std::move(in[i]), names[i], o, id[i] ? &*id[i] : nullptr));
        } catch (const precis::input_error& e) {
          out[i].emplace(e);
        }
      }
    };
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(n, 1)));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
  }
  py::list res;
  for (auto& r : out) {
    if (auto* s = std::get_if<std::string>(&*r)) res.append(py::str(*s));
    else res.append(make_input_error(std::get<precis::input_error>(*r)));
  }
  return res;
}

/// Code point offsets of sorted byte offsets into the UTF-8 of `text`, in one pass: the
/// number of bytes before each offset that do not continue a character.
std::vector<std::size_t> char_offsets(py::handle text, const std::vector<std::size_t>& byte_offsets) {
  std::string_view s = utf8_of(text, "text");
  std::vector<std::size_t> out;
  out.reserve(byte_offsets.size());
  std::size_t pos = 0, chars = 0;
  for (std::size_t b : byte_offsets) {
    if (b < pos) throw py::value_error("byte offsets must be sorted");
    b = std::min(b, s.size());
    for (; pos < b; ++pos) chars += (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80;
    out.push_back(chars);
  }
  return out;
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "precis compiled core; use the precis package, not this module";
  m.attr("__version__") = precis::version_string;
  py::object value_error = py::reinterpret_borrow<py::object>(PyExc_ValueError);
  py::object type = py::reinterpret_steal<py::object>(
      PyErr_NewExceptionWithDoc("precis.InputError",
                                "Bad input: invalid UTF-8, a NUL byte, too large. str(e) is "
                                "'SOURCE:LINE:COL: message'; attributes message, source, line, "
                                "column (1-based, bytes; 0 when no position applies), offset "
                                "(bytes), code ('bad_data', 'cannot_open', 'io') and repairable "
                                "(True when repair=True would get past it).",
                                value_error.ptr(), nullptr));
  input_error_type = type.ptr();
  m.attr("InputError") = type;
  type.inc_ref();  // lives as long as the interpreter

  using namespace py::literals;
  m.def("summarize_json", &summarize_json, "text"_a, "sentences"_a, "ratio"_a, "words"_a, "similarity"_a,
        "keywords"_a, "repair"_a, "pdf_cleanup"_a, "input_format"_a, "source"_a, "id"_a);
  m.def("extract_json", &extract_json, "text"_a, "repair"_a, "pdf_cleanup"_a, "input_format"_a, "source"_a);
  m.def("sentences_json", &sentences_json, "text"_a, "repair"_a, "pdf_cleanup"_a, "input_format"_a, "source"_a);
  m.def("summarize_batch", &summarize_batch, "texts"_a, "sources"_a, "ids"_a, "threads"_a, "sentences"_a,
        "ratio"_a, "words"_a, "similarity"_a, "keywords"_a, "repair"_a, "pdf_cleanup"_a, "input_format"_a);
  m.def("char_offsets", &char_offsets, "text"_a, "byte_offsets"_a);
}
