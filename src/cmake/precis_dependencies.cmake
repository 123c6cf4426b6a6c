# Every dependency of precis, found once; included by the top-level CMakeLists.txt and,
# through find_dependency, by the installed package config.
# All come from Debian 12 packages (.ci/deps.sh installs them).
#
# A PRIVATE dependency that is header-only (its headers are used in src/ only and nothing of it
# is linked) is marked HEADER_ONLY: the build finds it, the installed package config skips it,
# and src/CMakeLists.txt keeps it out of the exported interface ($<BUILD_INTERFACE:...>), so a
# consumer of libprecis.a does not need it installed. Everything else (public, or linked: a
# static library's private links are exported as $<LINK_ONLY:...>) is found again by the
# consumer. Adding a dependency: one precis_find line here (HEADER_ONLY when it is), and its
# target in the matching list of src/CMakeLists.txt.
if(NOT COMMAND precis_find)
  macro(precis_find)
    set(precis_find_args ${ARGV})
    list(REMOVE_ITEM precis_find_args HEADER_ONLY)
    find_package(${precis_find_args})
  endmacro()
endif()

precis_find(HEADER_ONLY Boost 1.74 REQUIRED)               # Spirit X3 (private, in src/ only)
precis_find(HEADER_ONLY Eigen3 3.3 REQUIRED NO_MODULE)     # TextRank's sparse matrices (private)
precis_find(HEADER_ONLY nlohmann_json 3.10 REQUIRED CONFIG) # JSON in and out (private)
precis_find(fmt 9 REQUIRED CONFIG)             # public, linked: formatting of results
precis_find(range-v3 REQUIRED CONFIG)          # public: the opt-in views in precis/views/

# libstemmer (Snowball) ships no CMake config: wrap it in an imported target. Linked.
if(NOT TARGET precis::stemmer)
  find_path(PRECIS_STEMMER_INCLUDE_DIR libstemmer.h)
  find_library(PRECIS_STEMMER_LIBRARY NAMES stemmer)
  if(NOT PRECIS_STEMMER_INCLUDE_DIR OR NOT PRECIS_STEMMER_LIBRARY)
    message(FATAL_ERROR "libstemmer not found: apt-get install libstemmer-dev")
  endif()
  add_library(precis::stemmer UNKNOWN IMPORTED)
  set_target_properties(precis::stemmer PROPERTIES
    IMPORTED_LOCATION "${PRECIS_STEMMER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PRECIS_STEMMER_INCLUDE_DIR}")
endif()

precis_find(md4c REQUIRED CONFIG)             # private: Markdown input (CommonMark parser)
precis_find(yaml-cpp REQUIRED CONFIG)         # private: YAML front matter

# gumbo (HTML5 parser) ships no CMake config: wrap it in an imported target.
if(NOT TARGET precis::gumbo)
  find_path(PRECIS_GUMBO_INCLUDE_DIR gumbo.h)
  find_library(PRECIS_GUMBO_LIBRARY NAMES gumbo)
  if(NOT PRECIS_GUMBO_INCLUDE_DIR OR NOT PRECIS_GUMBO_LIBRARY)
    message(FATAL_ERROR "gumbo not found: apt-get install libgumbo-dev")
  endif()
  add_library(precis::gumbo UNKNOWN IMPORTED)
  set_target_properties(precis::gumbo PROPERTIES
    IMPORTED_LOCATION "${PRECIS_GUMBO_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PRECIS_GUMBO_INCLUDE_DIR}")
endif()

# utf8proc (Unicode categories and case folding) ships no CMake config in Debian 12 either.
if(NOT TARGET precis::utf8proc)
  find_path(PRECIS_UTF8PROC_INCLUDE_DIR utf8proc.h)
  find_library(PRECIS_UTF8PROC_LIBRARY NAMES utf8proc)
  if(NOT PRECIS_UTF8PROC_INCLUDE_DIR OR NOT PRECIS_UTF8PROC_LIBRARY)
    message(FATAL_ERROR "utf8proc not found: apt-get install libutf8proc-dev")
  endif()
  add_library(precis::utf8proc UNKNOWN IMPORTED)
  set_target_properties(precis::utf8proc PROPERTIES
    IMPORTED_LOCATION "${PRECIS_UTF8PROC_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PRECIS_UTF8PROC_INCLUDE_DIR}")
endif()

find_package(Threads REQUIRED)
