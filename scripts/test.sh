#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Installs what is missing, builds everything with warnings as errors, and runs every test.
set -eu
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
BUILD=${BUILD_DIR:-build-test}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_COMPILE_WARNING_AS_ERROR=ON
cmake --build "$BUILD" --parallel "$(nproc)"
cd "$BUILD"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
