# Fails when the example's committed OpenAPI document differs from what its code declares, so
# an API change always shows in review. Run with -DGENERATOR=<user-service> -DCOMMITTED=<file>.
execute_process(COMMAND ${GENERATOR} openapi
                OUTPUT_VARIABLE generated
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${GENERATOR} openapi failed (exit ${status})")
endif()
file(READ ${COMMITTED} committed)
if(NOT generated STREQUAL committed)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/openapi.generated.yaml "${generated}")
  message(FATAL_ERROR
    "${COMMITTED} is out of date: the code declares a different API.\n"
    "Review the change with:\n"
    "  diff ${COMMITTED} ${CMAKE_CURRENT_BINARY_DIR}/openapi.generated.yaml\n"
    "and refresh it with:\n"
    "  ${GENERATOR} openapi > ${COMMITTED}")
endif()
