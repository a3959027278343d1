#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Fails when a C++ file of the project is not formatted as .clang-format says.
set -eu
CLANG_FORMAT=${1:-clang-format}
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests bench -name '*.cpp' -o -name '*.h')
[ -n "$files" ] || exit 0
# shellcheck disable=SC2086
"$CLANG_FORMAT" --dry-run --Werror $files
echo "clang-format: $(echo "$files" | wc -l) files formatted"
