# Installs the build tree into a staging prefix (as CPack does) and checks the demo workspace
# there: share/lathe/demo.lathe is installed, and the installed lathe-cli finds it relative to
# itself (../share/lathe), reads it and copies it. The .deb's own install test (./dev package)
# runs the same commands on the installed package.
# -DBUILD_DIR=<build tree> -DSTAGE=<scratch prefix>
file(REMOVE_RECURSE ${STAGE})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${STAGE}
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}): ${err}")
endif()
set(demo ${STAGE}/share/lathe/demo.lathe)
if(NOT EXISTS ${demo})
    message(FATAL_ERROR "the install has no share/lathe/demo.lathe")
endif()

execute_process(COMMAND ${STAGE}/bin/lathe-cli info ${demo} --json
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lathe-cli info on the installed demo failed (${rc}): ${err}")
endif()
foreach(field prompts datasets runs results)
    string(JSON n GET "${out}" ${field})
    if(n LESS 1)
        message(FATAL_ERROR "the installed demo has no ${field}: ${out}")
    endif()
endforeach()
string(JSON runs GET "${out}" runs)
message(STATUS "installed demo: ${out}")

set(copy ${STAGE}/demo-copy.lathe)
execute_process(COMMAND ${STAGE}/bin/lathe-cli demo ${copy}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS ${copy})
    message(FATAL_ERROR "the installed lathe-cli could not copy its demo (${rc}): ${out}${err}")
endif()
execute_process(COMMAND ${STAGE}/bin/lathe-cli info ${copy} --json RESULT_VARIABLE rc OUTPUT_VARIABLE out)
string(JSON copied GET "${out}" runs)
if(NOT rc EQUAL 0 OR NOT copied EQUAL runs)
    message(FATAL_ERROR "the copy of the demo differs from the installed one: ${out}")
endif()
file(REMOVE_RECURSE ${STAGE})
