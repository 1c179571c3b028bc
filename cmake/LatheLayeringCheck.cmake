# Configure-time guard for the layering rule: the engine (lathe_models) and the headless CLI
# never link QtGui or QtWidgets, directly or through anything they link, except that lathe-cli
# may reach QtGui (never QtWidgets) through lathe_pdf, the PDF report library. A test-time check
# (tests/layering) inspects the built binaries as well.
function(_lathe_collect_links target out)
    set(seen ${${out}})
    if(NOT TARGET ${target} OR ${target} IN_LIST seen)
        set(${out} ${seen} PARENT_SCOPE)
        return()
    endif()
    list(APPEND seen ${target})
    get_target_property(aliased ${target} ALIASED_TARGET)
    if(aliased)
        list(APPEND seen ${aliased})
        set(target ${aliased})
    endif()
    get_target_property(libs ${target} LINK_LIBRARIES)
    get_target_property(ilibs ${target} INTERFACE_LINK_LIBRARIES)
    foreach(lib IN LISTS libs ilibs)
        if(lib AND NOT lib MATCHES "^\\$<")
            _lathe_collect_links(${lib} seen)
        endif()
    endforeach()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

set(_LATHE_GUI_LIBS "^Qt6?::(Gui|Widgets|GuiPrivate|WidgetsPrivate|Svg|Charts)$|QScintilla|KF6::")
set(_LATHE_WIDGET_LIBS "^Qt6?::(Widgets|WidgetsPrivate|Svg|Charts)$|QScintilla|KF6::")

# lathe_check_no_gui(target [GUI_THROUGH lib...]): fails when `target` links a GUI library. The
# libraries named in GUI_THROUGH may bring QtGui, and are checked to bring no more than that.
function(lathe_check_no_gui target)
    cmake_parse_arguments(CHECK "" "" "GUI_THROUGH" ${ARGN})
    if(NOT TARGET ${target})
        return()
    endif()
    set(all ${CHECK_GUI_THROUGH})   # counted as seen, so their links are not walked here
    _lathe_collect_links(${target} all)
    foreach(lib IN LISTS all)
        if(lib MATCHES "${_LATHE_GUI_LIBS}")
            message(FATAL_ERROR "Layering violation: ${target} links ${lib}. "
                "models/ and lathe-cli must stay QtCore-only (see docs/ARCHITECTURE.md).")
        endif()
    endforeach()
    foreach(door IN LISTS CHECK_GUI_THROUGH)
        set(doorLinks "")
        _lathe_collect_links(${door} doorLinks)
        foreach(lib IN LISTS doorLinks)
            if(lib MATCHES "${_LATHE_WIDGET_LIBS}")
                message(FATAL_ERROR "Layering violation: ${door} (linked by ${target}) links ${lib}; "
                    "it may bring QtGui into ${target}, never widgets.")
            endif()
        endforeach()
    endforeach()
endfunction()
