# ctest packaging_mime: the shared-mime-info file is well-formed XML and update-mime-database
# compiles it into a database (in WORK_DIR) without a warning.
#   cmake -DXMLLINT=... -DUPDATE_MIME_DATABASE=... -DMIME_XML=... -DWORK_DIR=... -P checkmime.cmake
execute_process(COMMAND ${XMLLINT} --noout ${MIME_XML} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "xmllint: ${MIME_XML} is not well-formed")
endif()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/mime/packages)
file(COPY ${MIME_XML} DESTINATION ${WORK_DIR}/mime/packages)
# XDG_DATA_DIRS names the folder, or update-mime-database warns that nothing would read it.
execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_DATA_DIRS=${WORK_DIR}
                        ${UPDATE_MIME_DATABASE} ${WORK_DIR}/mime
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "update-mime-database (exit ${rc}):\n${out}${err}")
endif()
foreach(f mime.cache magic globs2 application/x-lathe-workspace.xml)
    if(NOT EXISTS ${WORK_DIR}/mime/${f})
        message(FATAL_ERROR "update-mime-database wrote no ${f}")
    endif()
endforeach()
file(READ ${WORK_DIR}/mime/globs2 globs)
if(NOT globs MATCHES "application/x-lathe-workspace:\\*\\.lathe")
    message(FATAL_ERROR "globs2 lacks *.lathe:\n${globs}")
endif()
file(READ ${WORK_DIR}/mime/magic magic HEX)
# "[60:application/x-lathe-workspace]" heads the compiled magic section.
string(HEX "[60:application/x-lathe-workspace]" want)
if(NOT magic MATCHES "${want}")
    message(FATAL_ERROR "the compiled magic lacks the priority-60 rule for application/x-lathe-workspace")
endif()
message(STATUS "MIME database built in ${WORK_DIR}/mime")
