# SPDX-License-Identifier: EUPL-1.2
# Fails when a C++ source file of the project does not say its licence in its first lines
# (SPDX-License-Identifier: EUPL-1.2; the text is in LICENSE).
set(bad "")
foreach(dir app bench core tests ui)
    file(GLOB_RECURSE files "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" head LIMIT_COUNT 3)
        if(NOT head MATCHES "SPDX-License-Identifier: EUPL-1.2")
            list(APPEND bad "${f}")
        endif()
    endforeach()
endforeach()
if(bad)
    list(JOIN bad "\n" list)
    message(FATAL_ERROR "no 'SPDX-License-Identifier: EUPL-1.2' line at the top of:\n${list}")
endif()
message(STATUS "every source file names its licence")
