# SPDX-License-Identifier: EUPL-1.2
# Fails when a file under core/ includes QtGui or QtWidgets: core links Qt6::Core and Qt6::Sql only.
file(GLOB_RECURSE files "${DIR}/*.h" "${DIR}/*.cpp")
set(bad "")
foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QIcon|QColor|QPixmap|QImage|QPainter|QFont)")
    if(lines)
        list(APPEND bad "${f}: ${lines}")
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "core/ must not use QtGui or QtWidgets:\n${bad}")
endif()
message(STATUS "core/ includes no QtGui or QtWidgets header")
