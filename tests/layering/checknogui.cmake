# Fails when lathe-cli depends on a widget library, needs QtGui or X11 other than through
# lathe_pdf (PDF reports), or a models/ source includes a GUI header (lathe_pdf lives in ui/pdf).
execute_process(COMMAND ldd ${CLI} OUTPUT_VARIABLE deps RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd ${CLI} failed")
endif()
if(NOT deps MATCHES "libQt6Core")
    message(FATAL_ERROR "ldd output does not list libQt6Core; the check itself is broken:\n${deps}")
endif()
foreach(lib Qt6Widgets qscintilla KF6 Qt6Charts Qt6Svg)
    if(deps MATCHES "${lib}")
        message(FATAL_ERROR "lathe-cli links ${lib}; it must never load widgets:\n${deps}")
    endif()
endforeach()

# libQt6Gui (for PDF reports) itself links libX11, so X11 and xcb may appear among everything ldd
# lists; lathe-cli's own dynamic section must not ask for them (nor for any other GUI module).
execute_process(COMMAND readelf -d ${CLI} OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT dynamic MATCHES "NEEDED")
    message(FATAL_ERROR "readelf -d ${CLI} failed or lists no NEEDED entry")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*" needed "${dynamic}")
foreach(lib libX11 libxcb libGL libEGL Qt6Widgets Qt6OpenGL Qt6Svg)
    if(needed MATCHES "${lib}")
        message(FATAL_ERROR "lathe-cli needs ${lib} directly; only lathe_pdf may bring QtGui:\n${needed}")
    endif()
endforeach()

file(GLOB_RECURSE sources ${MODELS_DIR}/*.h ${MODELS_DIR}/*.cpp)

foreach(f IN LISTS sources)
    file(STRINGS ${f} includes REGEX "^[ \t]*#[ \t]*include[ \t]*<(QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QPainter|QColor|QPixmap|QImage|QIcon|QFont|Qsci|KSyntaxHighlighting)")
    if(includes)
        message(FATAL_ERROR "${f} includes a GUI header: ${includes}")
    endif()
endforeach()
list(LENGTH sources n)
message(STATUS "lathe-cli loads no widgets; ${n} models/ files include no GUI header")
