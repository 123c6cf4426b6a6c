#pragma once
// Test helpers: locating ../shared (skipping cleanly without it), reading files, running the CLI.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

namespace precis::test {

/// The spec folder beside the project; when a user's clone lacks it the test exits 77,
/// which CTest reports as skipped (SKIP_RETURN_CODE), with the reason on stderr.
inline std::filesystem::path shared_dir() {
  std::filesystem::path p = PRECIS_SHARED_DIR;
  if (!std::filesystem::exists(p / "spec" / "SPEC.md")) {
    std::fprintf(stderr, "SKIPPED: %s not found; this test needs the project's ../shared folder\n",
                 p.string().c_str());
    std::exit(77);
  }
  return p;
}

/// Test data shipped in the repository (tests/data).
inline std::filesystem::path data_dir() { return PRECIS_TEST_DATA; }

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  REQUIRE(f.good());
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

/// Writes `bytes` to `name` in the temporary directory and returns its path.
inline std::string temp_file(const std::string& name, const std::string& bytes) {
  auto p = std::filesystem::temp_directory_path() / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

/// Runs the built `precis` (or $PRECIS_TEST_CLI: .ci/run points it at a ThreadSanitizer build of
/// the CLI, so the CLI tests need not be rebuilt) with arguments (shell-quoted by the caller);
/// returns exit code and stdout (stderr captured into `err` when given).
struct run_result {
  int code = -1;
  std::string out, err;
};
inline run_result run_cli(const std::string& args, const std::string& stdin_file = "") {
  auto tmp = std::filesystem::temp_directory_path();
  auto tag = std::to_string(std::rand()) + std::to_string(reinterpret_cast<std::uintptr_t>(&args));
  auto out = tmp / ("precis_out_" + tag), err = tmp / ("precis_err_" + tag);
  const char* cli = std::getenv("PRECIS_TEST_CLI");
  std::string cmd = std::string("'") + (cli && *cli ? cli : PRECIS_CLI) + "' " + args + " >'" + out.string() + "' 2>'" +
                    err.string() + "'" + (stdin_file.empty() ? "" : " <'" + stdin_file + "'");
  int status = std::system(cmd.c_str());
  run_result r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

}  // namespace precis::test
