# The example service's OpenAPI documents pass an independent validator
# (@seriousme/openapi-schema-validator, the official OpenAPI 3.0 and 3.1 JSON Schemas).
#
#   cmake -DUSER_SERVICE=<user-service> -DWORK_DIR=<dir> -P run.cmake
#
# Writes `user-service openapi --version 3.0|3.1 --format json|yaml` into WORK_DIR and runs
# validate.mjs on the four files. Skipped (ctest SKIP_REGULAR_EXPRESSION "ACCORD_TEST_SKIPPED")
# only when node is not installed; when node is there but this folder's node_modules is not,
# the test fails and says to run `npm ci` here (scripts/test.sh does it), so CI cannot skip it.
cmake_minimum_required(VERSION 3.25)

set(npm_dir ${CMAKE_CURRENT_LIST_DIR})
foreach(required USER_SERVICE WORK_DIR)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "run.cmake: -D${required}=... is required")
  endif()
endforeach()

find_program(NODE node)
if(NOT NODE)
  message("ACCORD_TEST_SKIPPED: node is not installed; the OpenAPI validator test needs it "
          "(scripts/install-deps.sh --node)")
  return()
endif()
if(NOT EXISTS ${npm_dir}/node_modules/@seriousme/openapi-schema-validator/package.json)
  message(FATAL_ERROR "The validator's modules are missing: run `npm ci` in ${npm_dir} "
                      "(scripts/test.sh does it).")
endif()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(version 3.0 3.1)
  foreach(format json yaml)
    set(out ${WORK_DIR}/user-service-${version}.${format})
    execute_process(COMMAND ${USER_SERVICE} openapi --version ${version} --format ${format}
                    OUTPUT_FILE ${out} ERROR_VARIABLE error RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
      message(FATAL_ERROR "user-service openapi --version ${version} --format ${format} "
                          "failed (${status}): ${error}")
    endif()
  endforeach()
endforeach()

# One node per version: the JSON and the YAML writing must both be valid, of that version, and
# hold the same document.
set(failed FALSE)
foreach(version 3.0 3.1)
  execute_process(COMMAND ${NODE} ${npm_dir}/validate.mjs --version ${version} --same
                          ${WORK_DIR}/user-service-${version}.json
                          ${WORK_DIR}/user-service-${version}.yaml
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    set(failed TRUE)
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "The example service's OpenAPI document is not valid (see above).")
endif()
