# accord's OpenAPI document for the example service against the one zod-to-openapi writes for
# the same contract (the reference pipeline in ../shared/oracle/zod-reference).
#
#   cmake -DUSER_SERVICE=<user-service> -DSOURCE_DIR=<repo> -DWORK_DIR=<dir> -P run.cmake
#
# The oracle is $ACCORD_ORACLE_DIR, or <repo>/../shared/oracle/zod-reference. It is read-only, so
# its files are copied to WORK_DIR/zod-reference (a scratch folder in the build tree) and
# `npm ci` runs there, again only when package-lock.json changes, so later runs work offline.
# Then `node run.mjs doc 3.0|3.1 json` against `user-service openapi --version 3.0|3.1 --format
# json`, compared by compare.mjs, which holds the table of the differences and their reasons.
#
# Skipped (ctest SKIP_REGULAR_EXPRESSION "ACCORD_TEST_SKIPPED") when the oracle folder is absent,
# node or npm is not installed, or `npm ci` fails for lack of network. Any other failure of the
# oracle fails the test.
cmake_minimum_required(VERSION 3.25)

foreach(required USER_SERVICE SOURCE_DIR WORK_DIR)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "run.cmake: -D${required}=... is required")
  endif()
endforeach()

function(skip why)
  message("ACCORD_TEST_SKIPPED: ${why}; comparison with zod-to-openapi skipped")
endfunction()

if(DEFINED ENV{ACCORD_ORACLE_DIR} AND NOT "$ENV{ACCORD_ORACLE_DIR}" STREQUAL "")
  set(oracle_source $ENV{ACCORD_ORACLE_DIR})
  if(NOT EXISTS ${oracle_source}/run.mjs)
    message(FATAL_ERROR "ACCORD_ORACLE_DIR=${oracle_source} holds no run.mjs")
  endif()
else()
  cmake_path(ABSOLUTE_PATH SOURCE_DIR NORMALIZE OUTPUT_VARIABLE source_dir)
  cmake_path(APPEND source_dir .. shared oracle zod-reference OUTPUT_VARIABLE oracle_source)
  cmake_path(NORMAL_PATH oracle_source)
  if(NOT EXISTS ${oracle_source}/run.mjs)
    skip("the zod reference oracle is not at ${oracle_source} (set ACCORD_ORACLE_DIR)")
    return()
  endif()
endif()

find_program(NODE node)
find_program(NPM npm)
if(NOT NODE OR NOT NPM)
  skip("node and npm are needed (scripts/install-deps.sh --node)")
  return()
endif()

# The copy, writable, without node_modules; one run at a time in it.
set(oracle ${WORK_DIR}/zod-reference)
file(MAKE_DIRECTORY ${oracle})
file(LOCK ${WORK_DIR}/.lock GUARD PROCESS TIMEOUT 300)
file(GLOB oracle_files LIST_DIRECTORIES false ${oracle_source}/* ${oracle_source}/.*)
file(COPY ${oracle_files} DESTINATION ${oracle}
     FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

set(stamp ${oracle}/node_modules/.accord-installed-package-lock.json)
file(READ ${oracle}/package-lock.json lock_text)
set(installed_text "")
if(EXISTS ${stamp})
  file(READ ${stamp} installed_text)
endif()
if(NOT installed_text STREQUAL lock_text)
  message("npm ci in ${oracle}")
  execute_process(COMMAND ${NPM} ci --no-audit --no-fund --loglevel=error
                  WORKING_DIRECTORY ${oracle} RESULT_VARIABLE status
                  OUTPUT_VARIABLE npm_output ERROR_VARIABLE npm_output TIMEOUT 240)
  if(NOT status EQUAL 0)
    file(REMOVE_RECURSE ${oracle}/node_modules)
    if(npm_output MATCHES "ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENETDOWN|network|offline|proxy"
       OR status MATCHES "timeout")
      skip("npm ci cannot reach the registry (${status}):\n${npm_output}")
      return()
    endif()
    message(FATAL_ERROR "npm ci failed in ${oracle} (${status}):\n${npm_output}")
  endif()
  file(WRITE ${stamp} "${lock_text}")
endif()

set(failed FALSE)
foreach(version 3.0 3.1)
  set(oracle_doc ${WORK_DIR}/zod-to-openapi-${version}.json)
  set(accord_doc ${WORK_DIR}/accord-${version}.json)
  execute_process(COMMAND ${NODE} run.mjs doc ${version} json WORKING_DIRECTORY ${oracle}
                  OUTPUT_FILE ${oracle_doc} ERROR_VARIABLE error RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "node run.mjs doc ${version} json failed (${status}): ${error}")
  endif()
  execute_process(COMMAND ${USER_SERVICE} openapi --version ${version} --format json
                  OUTPUT_FILE ${accord_doc} ERROR_VARIABLE error RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "user-service openapi --version ${version} failed (${status}): ${error}")
  endif()
  execute_process(COMMAND ${NODE} ${CMAKE_CURRENT_LIST_DIR}/compare.mjs --version ${version}
                          --docs ${SOURCE_DIR}/docs/openapi.md ${oracle_doc} ${accord_doc}
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    set(failed TRUE)
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "accord's OpenAPI document has differences from zod-to-openapi's that "
                      "tests/openapi/oracle/compare.mjs does not list (see above).")
endif()
