// Fuzz target: building a document, strict and with --repair (and without PDF clean-up).
// Strict: succeeds exactly on valid UTF-8 without NUL, else input_error at a bad byte.
// Repair: always succeeds, byte for byte. Both: the document model's invariants.
#include "invariants.hpp"

#include <precis/error.hpp>

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace precis;
  const std::string input(reinterpret_cast<const char*>(data), size);
  const bool clean = fuzz::valid_utf8(input) && input.find('\0') == std::string::npos;
  try {
    document d = document::from_string(input, "fuzz");
    PRECIS_CHECK(clean);
    PRECIS_CHECK(d.source() == input);
    fuzz::check_document(d);
  } catch (const input_error& e) {
    PRECIS_CHECK(!clean);
    PRECIS_CHECK(e.code() == input_errc::bad_data);
    PRECIS_CHECK(e.offset() < size, e.offset(), size);
    PRECIS_CHECK(e.line() >= 1 && e.column() >= 1, e.line(), e.column());
  }
  for (bool pdf : {true, false}) {
    document r;
    fuzz::repaired(data, size, r, pdf);
    PRECIS_CHECK(r.source().size() == size);
    PRECIS_CHECK((r.repaired() == 0) == clean, r.repaired());
    fuzz::check_document(r);
  }
  return 0;
}
