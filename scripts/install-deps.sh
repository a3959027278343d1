#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Installs the Debian 12 packages HostReview needs to build, test and run, when missing.
# With --no-install-recommends: libqt6opengl6-dev is only recommended by qt6-base-dev, yet
# Qt6Charts's CMake package needs it.
set -eu
PACKAGES="cmake ninja-build g++ pkg-config
qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite libsqlite3-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
qt6-l10n-tools qt6-translations-l10n libgl-dev
libgtest-dev libbenchmark-dev clang-format poppler-utils python3 util-linux"
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
