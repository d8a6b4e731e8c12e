#!/usr/bin/python3
"""Fills templates written by `oversight-cli template form ID` the way a unit would, with openpyxl, so the
form import is tested on another program's files. Run from this folder after changing the 2022 forms:

    oversight-cli --db /tmp/f.sqlite init
    oversight-cli --db /tmp/f.sqlite template form 附件5-2 --out /tmp/t52.xlsx
    oversight-cli --db /tmp/f.sqlite template form 附件2 --out /tmp/t2.xlsx
    /usr/bin/python3 make_form_fixtures.py /tmp/t52.xlsx /tmp/t2.xlsx
"""
import datetime
import sys

import openpyxl


def fill_info(wb, values):
    for row in wb["填报信息"].iter_rows(min_row=2):
        if row[0].value in values:
            row[1].value = values[row[0].value]


def fill_rows(ws, data):
    headers = [c.value for c in ws[1]]
    for i, d in enumerate(data):
        for j, h in enumerate(headers):
            if h in d:
                ws.cell(row=2 + i, column=1 + j, value=d[h])


def officers(template, out, bad):
    wb = openpyxl.load_workbook(template)
    fill_info(wb, {"填报人": "李明", "联系电话": "0475-0000000", "填报日期": datetime.date(2022, 5, 18)})
    data = [
        {"姓名": "张三", "性别": "男", "职务": "科员", "编制性质": "行政编制", "执法证号": "15000001",
         "发证日期": datetime.date(2020, 3, 1), "有效期至": datetime.date(2025, 3, 1), "执法类别": "治安",
         "年度培训学时": 60, "资格考试": "已通过", "是否符合执法条件": "是"},
        {"姓名": "李四", "性别": "女", "编制性质": "事业编制", "执法证号": "15000002", "发证日期": "2019/6/1",
         "有效期至": "2022年7月1日", "年度培训学时": 30, "资格考试": "未参加", "是否符合执法条件": "否"},
    ]
    if bad:
        data[1]["发证日期"] = "2022-02-30"
        data[0]["编制性质"] = "临时工"
    fill_rows(wb["填报表"], data)
    wb.save(out)


def cases(template, out):
    wb = openpyxl.load_workbook(template)
    fill_info(wb, {"填报人": "王芳", "2021年执法案卷总数": 47, "其中行政处罚案卷数": 40, "其中行政许可案卷数": 7,
                   "其中行政强制案卷数": 0, "其中行政检查案卷数": 0, "其中其他案卷数": 0, "自查案卷数": 14,
                   "自查结果：优秀": 4, "自查结果：良好": 6, "自查结果：合格": 4, "自查结果：不合格": 0})
    fill_rows(wb["案卷目录"], [{"案卷编号": "奈公罚〔2021〕1号", "案件名称": "某某违法案", "案件类型": "行政处罚",
                              "办结日期": datetime.date(2021, 8, 3), "是否自查": "是", "自查等次": "良好"}])
    wb.save(out)


officers(sys.argv[1], "form-5-2-openpyxl.xlsx", False)
officers(sys.argv[1], "form-5-2-bad.xlsx", True)
cases(sys.argv[2], "form-2-openpyxl.xlsx")
