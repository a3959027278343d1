#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Fills the numerus forms of translations/hostreview_en.ts from the "(s)" convention of the
source strings: "%n day(s)" -> "%n day" / "%n days". Irregular words are listed below.
Run after `cmake --build build --target update_translations`."""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"criterion(s)": ("criterion", "criteria"), "entry(ies)": ("entry", "entries")}

def forms(source):
    singular, plural = source, source
    for word, (one, many) in IRREGULAR.items():
        singular = singular.replace(word, one)
        plural = plural.replace(word, many)
    return re.sub(r"\(s\)", "", singular), re.sub(r"\(s\)", "s", plural)

def main(path):
    tree = ET.parse(path)
    changed = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        translation = message.find("translation")
        one, many = forms(source)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in (one, many):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        changed += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:  # keep lupdate's doctype line
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(body)
        f.truncate()
    print(f"{path}: {changed} plural messages filled")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/hostreview_en.ts")
