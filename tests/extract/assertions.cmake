# Extraction and its grammars compiled once more with assertions on (Boost's BOOST_ASSERT and
# libstdc++'s _GLIBCXX_ASSERTIONS), at -O0 to keep the extra build small. A raw UTF-8 byte
# reaching an X3 character class, or an index one past a vector, aborts here (issue 10, D1 and
# D4) where the Release build reads on silently. The rest of the library (text, summarize) is
# linked from libprecis.a: its members for extraction are never pulled, since these objects
# define their symbols first.
file(GLOB precis_assert_sources CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/src/extract/*.cpp ${PROJECT_SOURCE_DIR}/src/grammars/*.cpp)
list(FILTER precis_assert_sources EXCLUDE REGEX "/metadata\\.cpp$")
add_executable(precis_extract_assertions ${CMAKE_CURRENT_LIST_DIR}/assertions_main.cpp ${precis_assert_sources})
target_include_directories(precis_extract_assertions PRIVATE ${PROJECT_SOURCE_DIR}/src
                           ${PROJECT_SOURCE_DIR}/grammars ${PROJECT_BINARY_DIR}/generated)
target_link_libraries(precis_extract_assertions PRIVATE precis::precis Boost::headers)
target_compile_definitions(precis_extract_assertions PRIVATE _GLIBCXX_ASSERTIONS
                           PRECIS_SEEDS_DIR="${PROJECT_SOURCE_DIR}/../shared/seeds")
target_compile_options(precis_extract_assertions PRIVATE -UNDEBUG -O0 -g0)
add_test(NAME extract_assertions_non_ascii COMMAND precis_extract_assertions)
add_test(NAME extract_assertions_seeds COMMAND precis_extract_assertions --seeds)
set_tests_properties(extract_assertions_seeds PROPERTIES SKIP_RETURN_CODE 77)
