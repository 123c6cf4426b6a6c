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

# Libraries that Debian ships without a CMake config become imported targets precis::NAME,
# found by header and library name. Linked.
if(NOT COMMAND precis_imported_library)
  macro(precis_imported_library name header library package)
    if(NOT TARGET precis::${name})
      string(TOUPPER ${name} up)
      find_path(PRECIS_${up}_INCLUDE_DIR ${header})
      find_library(PRECIS_${up}_LIBRARY NAMES ${library})
      if(NOT PRECIS_${up}_INCLUDE_DIR OR NOT PRECIS_${up}_LIBRARY)
        message(FATAL_ERROR "${name} not found: apt-get install ${package}")
      endif()
      add_library(precis::${name} UNKNOWN IMPORTED)
      set_target_properties(precis::${name} PROPERTIES
        IMPORTED_LOCATION "${PRECIS_${up}_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PRECIS_${up}_INCLUDE_DIR}")
    endif()
  endmacro()
endif()

precis_imported_library(stemmer libstemmer.h stemmer libstemmer-dev)    # Snowball stems
precis_find(md4c REQUIRED CONFIG)                                          # Markdown input (CommonMark)
precis_find(yaml-cpp REQUIRED CONFIG)                                      # YAML front matter
precis_imported_library(gumbo gumbo.h gumbo libgumbo-dev)                  # HTML5 parser
precis_imported_library(utf8proc utf8proc.h utf8proc libutf8proc-dev)     # Unicode categories, folding

find_package(Threads REQUIRED)

# The command line's own, optional: simdjson (libsimdjson-dev) reads --jsonl lines several times
# faster than nlohmann's parser, which reads them alike without it (src/cli/batch.cpp). Only
# precis's own build looks for it (PRECIS_BUILD_CLI is one of its options): the library does not
# use it, so the installed package config, which includes this file, does not.
if(DEFINED PRECIS_BUILD_CLI)
  find_package(simdjson 3 QUIET CONFIG)
  if(NOT simdjson_FOUND)
    message(STATUS "simdjson not found: --jsonl lines parsed by nlohmann (apt-get install libsimdjson-dev)")
  endif()
endif()
