"""Writes test/fixtures/monitoring/monitoring.xlsx from monitoring-utf8.csv (see the .sh beside it).

The workbook is laid out as a county's export of the monitoring system often is: a notes sheet
first, then the records under a merged title row, the risks in numbered columns 风险类型1…5 with a
灾害类型 column, 首次识别时间 and 统计截至月份 as date cells, 风险识别时间 as the number YYYYMM, an
extra 备注 column the reader does not know. Every person is fictional.
"""
import csv
import datetime
import re
import sys
from pathlib import Path

from openpyxl import Workbook

SRC = Path(sys.argv[1])
OUT = Path(sys.argv[2])

with SRC.open(encoding='utf-8', newline='') as f:
    rows = list(csv.reader(f))
header, records = rows[0], rows[1:]
col = {name: i for i, name in enumerate(header)}


def month_date(text: str) -> datetime.date:
    m = re.match(r'^(\d{4})(?:年|-)(\d{1,2})月?$', text)
    return datetime.date(int(m.group(1)), int(m.group(2)), 1)


def amount(text: str):
    if text == '':
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


out_header = []
for name in header:
    if name == '风险类型':
        out_header += [f'风险类型{n}' for n in range(1, 6)] + ['灾害类型']
    else:
        out_header.append(name)
out_header.append('备注')

wb = Workbook()
notes = wb.active
notes.title = '填报说明'
notes['A1'] = '本表为防返贫监测对象信息（虚构测试数据），每行一条监测记录。'
ws = wb.create_sheet('监测对象')
ws['A1'] = '示例县防止返贫监测对象信息表（虚构）'
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(out_header))
for c, name in enumerate(out_header, start=1):
    ws.cell(row=2, column=c, value=name)

for r, record in enumerate(records, start=3):
    values = []
    for name, text in zip(header, record):
        if name == '风险类型':
            risks, kinds = [], []
            for item in text.split('、'):
                m = re.match(r'^(.*?)（(.*)）$', item)
                risks.append(m.group(1) if m else item)
                if m:
                    kinds.append(m.group(2))
            values += [(v, None) for v in (risks + [''] * 5)[:5]] + [('、'.join(dict.fromkeys(kinds)), None)]
        elif name in ('首次识别时间', '统计截至月份') and text != '':
            values.append((month_date(text), 'yyyy"年"m"月"' if name == '首次识别时间' else 'yyyy-mm'))
        elif name == '风险识别时间':
            values.append((int(text), None))
        elif name.endswith('（元）'):
            values.append((amount(text), '#,##0.00'))
        else:
            values.append((text, '@'))
    values.append(('', None))
    for c, (value, fmt) in enumerate(values, start=1):
        if value == '' or value is None:
            continue
        cell = ws.cell(row=r, column=c, value=value)
        if fmt is not None:
            cell.number_format = fmt

wb.save(OUT)
