#!/usr/bin/python3
"""Fills unfinished entries of translations/oversight_zh_CN.ts from a JSON file of
{"context": {"source": "translation"}} (sources unescaped, as in the code). Used after
`cmake --build build --target update_translations`; prints what is still unfinished."""
import html
import json
import re
import sys

ts_path, json_path = sys.argv[1], sys.argv[2]
table = json.load(open(json_path, encoding="utf-8"))
text = open(ts_path, encoding="utf-8").read()


def esc(s):
    return html.escape(s, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def fill_context(m):
    name, body = m.group(1), m.group(2)
    mapping = table.get(name, {})

    def fill_message(mm):
        msg = mm.group(0)
        if 'type="unfinished"' not in msg:
            return msg
        src = html.unescape(re.search(r"<source>(.*?)</source>", msg, re.S).group(1))
        if src not in mapping:
            return msg
        tr = esc(mapping[src])
        if 'numerus="yes"' in msg:
            return re.sub(r'<translation type="unfinished">.*?</translation>',
                          "<translation>\n            <numerusform>" + tr + "</numerusform>\n        </translation>",
                          msg, flags=re.S)
        return re.sub(r"<translation type=\"unfinished\">.*?</translation>", lambda _m: "<translation>" + tr + "</translation>", msg, flags=re.S)

    return "<context>\n    <name>" + name + "</name>" + re.sub(r"<message.*?</message>", fill_message, body, flags=re.S) + "</context>"


text = re.sub(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", fill_context, text, flags=re.S)
open(ts_path, "w", encoding="utf-8").write(text)
left = []
for m in re.finditer(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", text, re.S):
    for mm in re.finditer(r"<message.*?</message>", m.group(2), re.S):
        if 'type="unfinished"' in mm.group(0):
            left.append(m.group(1) + " | " + html.unescape(re.search(r"<source>(.*?)</source>", mm.group(0), re.S).group(1)))
print("\n".join(left))
print(len(left), "unfinished")
