# Every third-party dependency is found here, once. All are Debian 13 packages listed in
# packaging/buildroot/packages.txt.
find_package(Qt6 6.8 REQUIRED COMPONENTS Core)
if(LATHE_BUILD_GUI)
    find_package(Qt6 6.8 REQUIRED COMPONENTS Gui Widgets Svg)
endif()
if(LATHE_BUILD_TESTS)
    find_package(Qt6 6.8 REQUIRED COMPONENTS Test)
endif()
qt_standard_project_setup(REQUIRES 6.8)

find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLite3 REQUIRED IMPORTED_TARGET sqlite3>=3.40)
find_package(CURL 7.80 REQUIRED)

if(LATHE_BUILD_GUI)
    # QScintilla ships no CMake package on Debian: locate its header and library directly.
    find_path(QSCINTILLA_INCLUDE_DIR Qsci/qsciscintilla.h
        PATH_SUFFIXES qt6 x86_64-linux-gnu/qt6 aarch64-linux-gnu/qt6
        HINTS ${Qt6Core_INCLUDE_DIRS} ${QT6_INSTALL_PREFIX}/include)
    find_library(QSCINTILLA_LIBRARY NAMES qscintilla2_qt6)
    if(NOT QSCINTILLA_INCLUDE_DIR OR NOT QSCINTILLA_LIBRARY)
        message(FATAL_ERROR "QScintilla for Qt 6 not found (Debian package libqscintilla2-qt6-dev)")
    endif()
    add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
    set_target_properties(QScintilla::QScintilla PROPERTIES
        IMPORTED_LOCATION ${QSCINTILLA_LIBRARY}
        INTERFACE_INCLUDE_DIRECTORIES ${QSCINTILLA_INCLUDE_DIR})
    target_link_libraries(QScintilla::QScintilla INTERFACE Qt6::Widgets)

    find_package(KF6SyntaxHighlighting REQUIRED)
endif()
