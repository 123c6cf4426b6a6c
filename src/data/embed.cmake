# Language data as data: every src/data/*.txt (one entry per line, '#' starts a comment) is
# compiled into the library as a raw string literal, generated/data/<name>.inc, so a word list
# has one definition that both the grammars and the rules read (see src/data/word_list.hpp).
function(precis_embed_data target)
  file(GLOB lists CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/data/*.txt)
  set(outdir ${PROJECT_BINARY_DIR}/generated)
  foreach(f IN LISTS lists)
    get_filename_component(stem ${f} NAME_WE)
    file(READ ${f} content)
    if(content MATCHES "\\)precis_data\"")
      message(FATAL_ERROR "${f} contains the raw-string delimiter")
    endif()
    file(CONFIGURE OUTPUT ${outdir}/data/${stem}.inc
         CONTENT "R\"precis_data(@content@)precis_data\"\n" @ONLY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${f})
  endforeach()
  target_include_directories(${target} PRIVATE ${outdir})
endfunction()
