# Per-target settings shared by accord's own targets; nothing here touches global flags.

# accord_target_defaults(<target>): warnings, sanitizers and the C++ standard for one target.
function(accord_target_defaults target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wno-sign-conversion)
    if(ACCORD_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
  if(ACCORD_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined
                                             -fno-sanitize-recover=undefined
                                             -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# accord_add_library(<area> SOURCES...): the library accord::<area>, built from src/<area>.
function(accord_add_library area)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(accord_${area} ${ARG_SOURCES})
  add_library(accord::${area} ALIAS accord_${area})
  set_target_properties(accord_${area} PROPERTIES EXPORT_NAME ${area}
                                                  OUTPUT_NAME accord_${area}
                                                  POSITION_INDEPENDENT_CODE ON)
  target_include_directories(accord_${area}
    PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
           $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
    PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(accord_${area} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  accord_target_defaults(accord_${area})
  set_property(GLOBAL APPEND PROPERTY ACCORD_LIBRARIES accord_${area})
endfunction()
