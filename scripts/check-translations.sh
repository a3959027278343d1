#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Fails when a user-visible string is not translated, or when translations/*.ts are out of date
# with the sources (run `ninja -C build update_translations`, fill what is new, then this again).
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${1:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/hostreview_fr.ts translations/hostreview_en.ts "$tmp/"
"$LUPDATE" -silent core ui app -ts "$tmp/hostreview_fr.ts" -locations none -no-obsolete -target-language fr_FR
"$LUPDATE" -silent core ui app -ts "$tmp/hostreview_en.ts" -pluralonly -locations none -no-obsolete
python3 scripts/fill-en-plurals.py "$tmp/hostreview_en.ts" >/dev/null
status=0
for ts in hostreview_fr.ts hostreview_en.ts; do
    if ! cmp -s "translations/$ts" "$tmp/$ts"; then
        echo "translations/$ts is out of date with the sources:" >&2
        diff -u "translations/$ts" "$tmp/$ts" | head -40 >&2
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$tmp/$ts" || true)
    if [ "$unfinished" != 0 ]; then
        echo "translations/$ts: $unfinished unfinished translation(s):" >&2
        grep -B3 'type="unfinished"' "$tmp/$ts" | grep '<source>' | head -20 >&2
        status=1
    fi
done
exit $status
