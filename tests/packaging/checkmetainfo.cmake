# ctest packaging_metainfo: the AppStream file validates with no issue above pedantic, its newest
# release is the project version, and its launchable names the desktop file that is installed.
#   cmake -DAPPSTREAMCLI=... -DMETAINFO=... -DDESKTOP=... -DVERSION=... -P checkmetainfo.cmake
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --pedantic --strict --explain ${METAINFO}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate failed (exit ${rc})")
endif()

file(READ ${METAINFO} xml)
if(NOT xml MATCHES "<release version=\"([^\"]+)\"")
    message(FATAL_ERROR "${METAINFO}: no <release>")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest release is ${CMAKE_MATCH_1}, the project version "
                        "is ${VERSION}: add a <release version=\"${VERSION}\"> with its date first")
endif()
get_filename_component(desktop_id ${DESKTOP} NAME)
if(NOT xml MATCHES "<launchable type=\"desktop-id\">${desktop_id}</launchable>")
    message(FATAL_ERROR "${METAINFO}: the launchable is not ${desktop_id}")
endif()
message(STATUS "metainfo valid; release ${VERSION}; launchable ${desktop_id}")
