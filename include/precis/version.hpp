#pragma once
// The library's version; the CMake project version and this must agree (a test checks it).

namespace precis {
inline namespace v0 {

inline constexpr int version_major = 0;
inline constexpr int version_minor = 1;
inline constexpr int version_patch = 0;
/// The version as "MAJOR.MINOR.PATCH", for --version and JSON output.
inline constexpr const char* version_string = "0.1.0";

}  // namespace v0
}  // namespace precis
