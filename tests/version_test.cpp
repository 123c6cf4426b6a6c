#include <precis/version.hpp>

#include <catch2/catch.hpp>

TEST_CASE("version.hpp agrees with the CMake project version", "[version]") {
  CHECK(std::string(precis::version_string) == PRECIS_PROJECT_VERSION);
  CHECK(std::to_string(precis::version_major) + "." + std::to_string(precis::version_minor) + "." +
            std::to_string(precis::version_patch) == PRECIS_PROJECT_VERSION);
}
