# Warnings.cmake: warning flags for goescape's own code. Generated code (the
# ANTLR parser) does not get them; ANTLR's headers need -Wno-attributes.

# goescape_target(NAME): apply goescape's warnings and include root to NAME.
function(goescape_target name)
  target_compile_options(${name} PRIVATE -Wall -Wextra -Werror)
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
endfunction()

# goescape_fuzzer(NAME SOURCES... LIBS ...): a libFuzzer target, built only
# with -DGOESCAPE_FUZZ=ON.
function(goescape_fuzzer name)
  cmake_parse_arguments(F "" "" "SOURCES;LIBS" ${ARGN})
  if(NOT GOESCAPE_FUZZ)
    return()
  endif()
  add_executable(${name} ${F_SOURCES})
  goescape_target(${name})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  target_link_libraries(${name} PRIVATE ${F_LIBS})
endfunction()
