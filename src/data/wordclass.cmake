# Word classes for keyphrase candidates, generated at build time from WordNet's index files
# (Debian wordnet-base) by src/data/wordclass.py into generated/data/wordclass_*.inc (the
# raw-string form of embed.cmake): the repository ships the generator, not the table.
function(precis_wordclass target)
  set(PRECIS_WORDNET_DIR /usr/share/wordnet CACHE PATH "WordNet 3.0 dictionary files (wordnet-base)")
  set(wn ${PRECIS_WORDNET_DIR})
  foreach(f index.noun index.verb index.adj index.adv cntlist.rev)
    if(NOT EXISTS ${wn}/${f})
      message(FATAL_ERROR "${wn}/${f} not found: install Debian's wordnet-base (bash .ci/deps.sh) "
                          "or set PRECIS_WORDNET_DIR")
    endif()
  endforeach()
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  set(outdir ${PROJECT_BINARY_DIR}/generated/data)
  set(outs ${outdir}/wordclass_modifier.inc ${outdir}/wordclass_verbal.inc ${outdir}/wordclass_weak.inc)
  add_custom_command(OUTPUT ${outs}
    COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/src/data/wordclass.py ${wn} ${outdir}
    DEPENDS ${PROJECT_SOURCE_DIR}/src/data/wordclass.py ${wn}/index.noun ${wn}/index.verb
            ${wn}/index.adj ${wn}/index.adv ${wn}/cntlist.rev
    COMMENT "Word classes from WordNet" VERBATIM)
  target_sources(${target} PRIVATE ${outs})
  set_source_files_properties(${outs} PROPERTIES HEADER_FILE_ONLY ON GENERATED ON)
  target_include_directories(${target} PRIVATE ${PROJECT_BINARY_DIR}/generated)
endfunction()
