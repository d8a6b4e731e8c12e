#!/usr/bin/python3
"""Writes the exchange fixtures with programs other than ours, as units and clerks would produce them.

Run from this folder with Debian's python3-openpyxl and LibreOffice (libreoffice-calc-nogui):
    /usr/bin/python3 make_fixtures.py
The outputs are committed; the tests only read them. Names and numbers are made up.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Font

HEADERS = ["单位名称", "单位类别", "联系人", "联系电话"]
UNITS = [
    ("奈曼旗市场监督管理局", "部门", "王晓明", "0475-0011001"),
    ("奈曼旗交通运输局", "部门", "李红", "0475-0011002"),
    ("大沁他拉镇", "苏木乡镇", "赵敏", "13900000001"),
    ("白音他拉苏木", "苏木乡镇", "", ""),
    ("奈曼旗自然资源局", "部门", "孙伟", "0475-0011005"),
]


def units_openpyxl():
    """A list as a unit types it: a title row and a blank row above the header, one phone as a number."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "单位名单"
    ws.append(["奈曼旗行政执法单位名单（2022年）"])
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=16)
    ws.append([])
    ws.append(HEADERS)
    for name, cat, person, phone in UNITS:
        ws.append([name, cat, person or None, int(phone) if phone.isdigit() else (phone or None)])
    ws.append([])
    ws.append([])
    wb.save("units-openpyxl.xlsx")


def cells_openpyxl():
    """Every kind of cell the reader must understand, one per column, in row 2 (row 1 names them)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "cells"
    ws.append(["date_cell", "custom_cn", "text_dash", "text_slash", "text_cn", "serial",
               "bool", "decimal", "builtin14", "datetime", "integer", "compact", "bad_day"])
    d = datetime.datetime(2022, 5, 21)
    ws.append([d, d, "2022-05-21", "2022/5/21", "2022年5月21日", 44702,
               True, 3.25, d, datetime.datetime(2022, 5, 21, 0, 0), 47, 20220521, "2022-02-30"])
    ws["A2"].number_format = "yyyy-mm-dd"
    ws["B2"].number_format = 'yyyy"年"m"月"d"日"'
    ws["I2"].number_format = "mm-dd-yy"  # built-in format 14
    ws["J2"].number_format = "yyyy/m/d h:mm"
    second = wb.create_sheet("第二页")
    second.append(["单位名称"])
    second.append(["第二页的单位"])
    wb.save("cells-openpyxl.xlsx")


def units_bad():
    """Three bad cells in one row (empty name, unknown category, phone without digits), a duplicate."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    ws.append(["奈曼旗市场监督管理局", "部门", "王晓明", "0475-0011001"])
    ws.append([None, "局", "张三", "abc"])
    ws.append(["奈曼旗交通运输局", "部门", "李红", "0475-0011002"])
    ws.append(["奈曼旗市场监督管理局", "部门", "王晓明", "0475-0011001"])
    wb.save("units-bad.xlsx")


def units_unknown_header():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS + ["单位地址"])
    ws.append(["奈曼旗市场监督管理局", "部门", "王晓明", "0475-0011001", "大沁他拉镇"])
    wb.save("units-unknown-header.xlsx")


def csv_files():
    rows = [",".join(HEADERS)]
    for name, cat, person, phone in UNITS:
        rows.append(",".join([name, cat, person, phone]))
    text = "\r\n".join(rows) + "\r\n,,,\r\n,,,\r\n"
    # What Excel and WPS write on a Chinese Windows PC: GBK bytes, no BOM, CRLF.
    with open("units-gb18030.csv", "wb") as f:
        f.write(text.encode("gb18030"))
    with open("units-utf8-bom.csv", "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    # Quoted fields: a comma, a doubled quote and a line break inside cells; the row count is the record's.
    quoted = ("单位名称,单位类别,联系人,联系电话,备注\n"
              "奈曼旗市场监督管理局,部门,王晓明,0475-0011001,\"城区, 开发区\"\n"
              "奈曼旗交通运输局,部门,李红,0475-0011002,\"第一行\n第二行\"\n"
              "大沁他拉镇,苏木乡镇,赵敏,13900000001,\"他说\"\"已报送\"\"\"\n")
    with open("units-quoted.csv", "wb") as f:
        f.write(quoted.encode("utf-8"))


def libreoffice_copy():
    """The GB18030 list opened and saved as .xlsx by LibreOffice (shared strings, its own styles)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "units-libreoffice.csv")
        shutil.copy("units-utf8-bom.csv", src)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--infilter=CSV:44,34,76,1,,2052,true,true", "--convert-to", "xlsx",
                        "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "units-libreoffice.xlsx"), "units-libreoffice.xlsx")


def damaged_files():
    with open("not-a-zip.xlsx", "wb") as f:
        f.write("这不是工作簿，只是改了扩展名的文本。\n".encode("utf-8"))
    with zipfile.ZipFile("zip-without-sheet.xlsx", "w") as z:
        z.writestr("readme.txt", "no workbook here")
    with open("units-openpyxl.xlsx", "rb") as f:
        data = f.read()
    with open("truncated.xlsx", "wb") as f:
        f.write(data[: len(data) // 2])


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    units_openpyxl()
    cells_openpyxl()
    units_bad()
    units_unknown_header()
    csv_files()
    libreoffice_copy()
    damaged_files()
