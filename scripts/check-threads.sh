#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Builds core_tests with ThreadSanitizer in its own directory (build-tsan/, not the main build)
# and runs the tests that use more than one thread: the load's answer thread, the signal
# engine's threads, a load racing saves from another connection. Fails on any report.
# Takes about three minutes on the reference machine (2 cores), six seconds of it the tests; not
# part of .ci/run.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="-fsanitize=thread -O1" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=thread" >/dev/null
ninja -C build-tsan core_tests
TSAN_OPTIONS="halt_on_error=1 exitcode=66" ./build-tsan/tests/core_tests \
    --gtest_filter='ReviewFileTest.*:AsOfTest.*:AnalyzePinnedTest.*:SignalTest.*:CliTest.*'
