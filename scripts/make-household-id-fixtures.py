"""Writes the source workbook of the household-id fixtures (see make-household-id-fixtures.sh).

Household ids of 16 digits stored as number cells, as a county's template has them when the 户编号
column was formatted as a number. Names are fictional; ID numbers are fictional with valid check
characters (529901 is no real county).
"""
import sys
from pathlib import Path

from openpyxl import Workbook

from fixture_ids import make_id

OUT = Path(sys.argv[1])



V1 = '529901101201'
HEADER = ['户编号', '村代码', '户状态', '身份证号', '姓名', '与户主关系', '出生日期']
ROWS = [
    # Two households whose 16-digit ids differ in the 16th digit only: kept to 15 significant
    # digits, both become 5299011012010000.
    [5299011012010001, V1, '未脱贫', make_id('529901', '1980-01-01', 11), '吴一', '户主', '1980-01-01'],
    [5299011012010001, V1, '未脱贫', make_id('529901', '1982-02-02', 22), '郑二', '配偶', '1982-02-02'],
    [5299011012010002, V1, '未脱贫', make_id('529901', '1970-03-03', 13), '王三', '户主', '1970-03-03'],
    [5299011012010002, V1, '未脱贫', make_id('529901', '1972-04-04', 24), '冯四', '配偶', '1972-04-04'],
    # A short id stored as a number is exact: read as its digits.
    [1003, V1, '未脱贫', make_id('529901', '1960-05-05', 15), '陈五', '户主', '1960-05-05'],
]

wb = Workbook()
ws = wb.active
ws.title = 'Sheet1'
ws.append(HEADER)
for r in ROWS:
    ws.append(r)
wb.save(OUT)
