#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Installs what is missing, builds HostReview and opens the bundled demo dossier: the desktop
# application where there is a display, otherwise the command line tells the demo's story.
set -eu
umask 077 # what the demo writes is readable by its owner only, like review files
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
BUILD=${BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" --parallel "$(nproc)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$BUILD/app/hostreview" --demo
fi
CLI="$BUILD/app/hostreview-cli"
OUT=${DEMO_OUT:-$PWD/demo-output}
mkdir -p "$OUT"
REVIEW="$OUT/demo.hostreview.db"
rm -f "$REVIEW" "$REVIEW-wal" "$REVIEW-shm"
"$CLI" import resources/demo/emc2-2023.json --into "$REVIEW"
"$CLI" import resources/demo/hdh-2019.json --into "$REVIEW"
echo
"$CLI" list "$REVIEW"
echo
"$CLI" show "$REVIEW" --dossier EMC2-2023
echo
"$CLI" analyze "$REVIEW" --dossier EMC2-2023
"$CLI" analyze "$REVIEW" --dossier EMC2-2023 --format json > "$OUT/emc2-2023-analysis.json"
echo
"$CLI" claims "$REVIEW" --dossier EMC2-2023
"$CLI" report "$REVIEW" --dossier EMC2-2023 -o "$OUT/emc2-2023-report.pdf"
"$CLI" report "$REVIEW" --dossier EMC2-2023 -o "$OUT/emc2-2023-report-public.pdf" --public
# The desktop application renders offscreen too: its requirements view, with TEC-02's late change.
QT_QPA_PLATFORM=offscreen "$BUILD/app/hostreview" --screenshot "$OUT/requirements-view.png" \
    --view requirements --requirement TEC-02 "$REVIEW" 2>/dev/null
QT_QPA_PLATFORM=offscreen "$BUILD/app/hostreview" --screenshot "$OUT/claims-panel.png" \
    --view decision --dossier EMC2-2023 "$REVIEW" 2>/dev/null
echo
echo "No display: this was the command-line version. The review file is $REVIEW,"
echo "the analysis in JSON is $OUT/emc2-2023-analysis.json, the review report (PDF) is"
echo "$OUT/emc2-2023-report.pdf (public edition: $OUT/emc2-2023-report-public.pdf),"
echo "and the desktop application's requirements view and claims panel, rendered offscreen, are"
echo "$OUT/requirements-view.png and $OUT/claims-panel.png; try:"
echo "  $CLI history $REVIEW --dossier EMC2-2023 --requirement TEC-02"
echo "  $CLI analyze $REVIEW --dossier EMC2-2023 --as-of 2023-12-12 --lang fr"
echo "  $CLI assessment $REVIEW --dossier EMC2-2023 --lang fr"
