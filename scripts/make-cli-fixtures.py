#!/usr/bin/env python3
"""Writes the small register files under test/node/fixtures/ that the CLI tests read.

The .xlsx file is written with openpyxl (Debian: python3-openpyxl), a spreadsheet writer other
than tuopin's own reader, so that the reader is tested on a workbook it did not make. Run with
/usr/bin/python3 scripts/make-cli-fixtures.py; the outputs are committed.
All names and ID numbers are fictional; ID numbers carry valid check characters except where a
row tests a wrong one.
"""
import csv
import datetime
import json
import os

from fixture_ids import with_check as ident


def bad(first17):
    good = ident(first17)
    return first17 + ("0" if good[-1] != "0" else "1")


OUT = os.path.join(os.path.dirname(__file__), "..", "test", "node", "fixtures")
os.makedirs(OUT, exist_ok=True)

V1, V2, V3 = "529901101201", "529901101202", "529901102201"
COLUMNS = ["户编号", "村代码", "户状态", "身份证号", "姓名", "与户主关系", "出生日期", "就学状况", "参加医保",
           "收入年度", "工资性收入", "经营性收入", "转移性收入", "生产经营性支出", "不愁吃", "不愁穿",
           "住房安全等级", "危房改造", "人均日用水量", "供水入户", "年停水天数", "水质达标"]


def household(hid, village, status, members, wage, business="", transfer="", costs="", grade="A", renovation=""):
    rows = []
    for idn, name, relation, birth, schooling, insured in members:
        rows.append([hid, village, status, idn, name, relation, birth, schooling, insured,
                     "2019", wage, business, transfer, costs, "是", "是", grade, renovation, "50", "是", "3", "是"])
    return rows


ROWS = []
ROWS += household("H001", V1, "已脱贫", [
    (ident("52990119800101001"), "赵一", "户主", "", "", "是"),
    (ident("52990119820202002"), "钱二", "配偶", "1982-02-02", "", "是"),
], "9000", "2000", "500.5", "300")
ROWS += household("H002", V1, "未脱贫", [
    (ident("52990119750303003"), "孙三", "户主", "", "", "是"),
    (ident("52990120100404004"), "李四", "子女", "2010-04-04", "辍学", "是"),
    (ident("52990120120505006"), "周五", "子女", "", "在校", "否"),
], "5000", "", "1000", "", "C", "改造中")
ROWS += household("H003", V2, "已脱贫", [
    (bad("52990119900606007"), "吴六", "户主", "", "", "是"),
], "12000")
ROWS += household("H004", V3, "监测户", [
    (ident("52990119600707008"), "郑七", "户主", "", "", "是"),
    (ident("52990119620808009"), "王八", "配偶", "", "", "是"),
], "abc")
ROWS += household("H005", V3, "已脱贫", [
    (ident("52990119880909010"), "冯九", "户主", "", "", "是"),
], "4100")

with open(os.path.join(OUT, "households.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(COLUMNS)
    w.writerows(ROWS)

with open(os.path.join(OUT, "missing-column.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow([c for c in COLUMNS if c != "身份证号"])
    w.writerows([[c for i, c in enumerate(r) if COLUMNS[i] != "身份证号"] for r in ROWS[:2]])

open(os.path.join(OUT, "empty.csv"), "w").close()

# The same households as JSON records (English field names), plus one malformed NDJSON line.
STATUS = {"已脱贫": "exited", "未脱贫": "poor", "监测户": "monitored"}
REL = {"户主": "head", "配偶": "spouse", "子女": "child"}
SCH = {"辍学": "dropped-out", "在校": "enrolled"}
records = []
for r in ROWS:
    hid = r[0]
    if not records or records[-1]["id"] != hid:
        income = {"year": 2019}
        for key, idx in (("wage", 10), ("business", 11), ("transfer", 12), ("productionCosts", 13)):
            if r[idx] != "":
                try:
                    income[key] = float(r[idx]) if "." in r[idx] else int(r[idx])
                except ValueError:
                    income[key] = r[idx]
        rec = {"id": hid, "villageCode": r[1], "status": STATUS[r[2]], "members": [], "income": income,
               "foodSecure": True, "clothingSecure": True, "housing": {"grade": r[16]},
               "water": {"litresPerPersonPerDay": 50, "piped": True, "interruptionDaysPerYear": 3, "qualityOk": True}}
        if r[17]:
            rec["housing"]["renovation"] = "in-progress"
        records.append(rec)
    m = {"idNumber": r[3], "name": r[4], "relation": REL[r[5]], "medicalInsurance": r[8] == "是"}
    if r[6]:
        m["birthDate"] = r[6]
    if r[7]:
        m["schooling"] = SCH[r[7]]
    records[-1]["members"].append(m)

with open(os.path.join(OUT, "households.ndjson"), "w", encoding="utf-8") as f:
    for i, rec in enumerate(records):
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if i == 1:
            f.write('{"id": "H-BROKEN", "members": [\n')
with open(os.path.join(OUT, "households.json"), "w", encoding="utf-8") as f:
    json.dump(records, f, ensure_ascii=False, indent=1)

with open(os.path.join(OUT, "villages.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["村代码", "村名", "乡镇代码", "农村人口"])
    w.writerow([V1, "甲村", "529901101", "300"])
    w.writerow([V2, "乙村", "529901101", "120"])
    w.writerow([V3, "丙村", "529901102", "80"])
    w.writerow(["529901102202", "丁村", "529901102", "150"])

from openpyxl import Workbook  # noqa: E402

wb = Workbook()
ws = wb.active
ws.title = "户表"
ws.append(COLUMNS)
for r in ROWS:
    row = list(r)
    if row[6]:
        row[6] = datetime.date.fromisoformat(row[6])  # a real date cell
    for idx in (9, 18, 20):
        row[idx] = int(row[idx])
    for idx in (10, 11, 12, 13):
        if row[idx] != "":
            try:
                row[idx] = float(row[idx])
            except ValueError:
                pass
    ws.append(row)
wb.save(os.path.join(OUT, "households.xlsx"))
print("fixtures written to", os.path.normpath(OUT))
