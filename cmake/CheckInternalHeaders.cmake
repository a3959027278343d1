# SPDX-License-Identifier: EUPL-1.2
# Fails when an internal header of core/ is included from outside the folder it belongs to:
# storage's SQL helpers, statements and column lists (core/storage, and the storage tests), and
# the signal detectors' context (core/analysis, which runs them).
set(rules
    "storage/SqlSupport.h|core/storage/"
    "storage/Statement.h|core/storage/"
    "storage/Tables.h|core/storage/"
    "storage/Schema.h|core/storage/|tests/core/storage/"
    "analysis/signals/Detection.h|core/analysis/")
file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/app/*" "${ROOT}/bench/*" "${ROOT}/core/*" "${ROOT}/tests/*"
     "${ROOT}/ui/*")
list(FILTER files INCLUDE REGEX "\\.(h|cpp)$")
set(bad "")
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(GET parts 0 header)
    list(SUBLIST parts 1 -1 allowed)
    foreach(f IN LISTS files)
        file(STRINGS "${ROOT}/${f}" hits REGEX "#include \"${header}\"")
        if(NOT hits)
            continue()
        endif()
        set(ok FALSE)
        foreach(prefix IN LISTS allowed)
            string(FIND "${f}" "${prefix}" at)
            if(at EQUAL 0)
                set(ok TRUE)
            endif()
        endforeach()
        if(NOT ok)
            list(APPEND bad "${f} includes ${header}, internal to ${allowed}")
        endif()
    endforeach()
endforeach()
if(bad)
    list(JOIN bad "\n" list)
    message(FATAL_ERROR "${list}")
endif()
message(STATUS "internal headers stay in their folders")
