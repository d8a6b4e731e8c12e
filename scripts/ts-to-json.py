#!/usr/bin/env python3
"""Prints the finished translations of a Qt .ts file as {"context": {"source": "translation"}}.

Used when merging branches that both changed translations/oversight_zh_CN.ts: take one side's file, run the
update_translations target, then fill the other side's strings back in:
    git show BRANCH:translations/oversight_zh_CN.ts > /tmp/theirs.ts
    python3 scripts/ts-to-json.py /tmp/theirs.ts > /tmp/theirs.json
    python3 scripts/fill-translations.py translations/oversight_zh_CN.ts /tmp/theirs.json
"""
import json
import sys
import xml.etree.ElementTree as ET

out = {}
for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        numerus = translation.findall("numerusform")
        text = numerus[0].text if numerus else translation.text
        if text:
            out.setdefault(name, {})[message.findtext("source")] = text
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
