# SPDX-License-Identifier: EUPL-1.2
# One INTERFACE target carries the language standard, warnings and Qt defines; every target links it.
add_library(hostreview_options INTERFACE)
target_compile_features(hostreview_options INTERFACE cxx_std_20)
target_compile_options(hostreview_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
target_compile_definitions(hostreview_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    HOSTREVIEW_VERSION="${PROJECT_VERSION}")
