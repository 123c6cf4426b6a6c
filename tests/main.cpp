// The Catch2 main lives alone here (the spdlog habit).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
