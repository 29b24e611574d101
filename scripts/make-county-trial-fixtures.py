"""Writes test/fixtures/county-trial/: registers made the way a county clerk makes them, for the
new user's trial of the command (see scripts/make-county-trial-fixtures.sh, which runs this and
then converts with LibreOffice and iconv).

- county-template.xlsx: the national register's columns (脱贫状态, 证件号码, 在校生状况, 是否危房户,
  危房级别, 饮水是否安全…), a title row above the header, household cells only on the head's row;
  no 不愁吃 / 不愁穿 (the visit findings a national export lacks). One household has a bad ID
  number (rejected), two a school-age child without a schooling status, and the last lists a
  child of the household before it again (audit findings).
- county-template-visits.csv: the same with 不愁吃 / 不愁穿 added (every check has its columns).
- before.csv / after.csv: two snapshots for `tuopin diff` (a household and a member added).
- html-export.xls, html-export-gbk.xls: an HTML table saved as .xls (what web systems export), in
  UTF-8 and in GBK.
- csv-renamed.xls: a CSV file renamed to .xls.

Names are fictional; ID numbers are fictional with valid check characters (529901 is no real county).
"""
import csv
import datetime
import sys
from pathlib import Path

from openpyxl import Workbook

OUT = Path(sys.argv[1])
import fixture_ids


def make_id(birth: str, seq: int) -> str:
    return fixture_ids.make_id('529901', birth, seq)


V1 = '529901101201'
V2 = '529901101202'
HOUSEHOLD_COLS = ['户编号', '村代码', '脱贫状态', '家庭人口数', '收入年度', '人均纯收入（元）', '是否危房户', '危房级别', '饮水是否安全', '饮水是否困难']
MEMBER_COLS = ['证件号码', '姓名', '与户主关系', '性别', '民族', '在校生状况', '健康状况', '是否参加城乡居民基本医疗保险', '是否参加大病保险']
VISIT_COLS = ['不愁吃', '不愁穿']

# (household cells, [member cells])
HOUSEHOLDS = [
    (['H001', V1, '1', 3, 2019, 4200, '否', '', '是', '否'], [
        [make_id('1970-03-04', 11), '赵大山', '户主', '男', '汉族', '非在校生', '健康', '是', '是'],
        [make_id('1972-05-06', 22), '钱小花', '配偶', '女', '汉族', '非在校生', '健康', '是', '是'],
        [make_id('2008-09-10', 31), '赵小山', '之子', '男', '汉族', '', '健康', '是', '是'],
    ]),
    # A bad check character: the household is rejected by validation.
    (['H002', V1, '0', 1, 2019, 3000, '是', 'C级', '是', '否'], [
        ['529901195001020130', '孙有福', '户主', '男', '苗族', '非在校生', '长期慢性病', '是', '是'],
    ]),
    (['H003', V2, '1', 2, 2019, 5200, '否', '', '是', '否'], [
        [make_id('1980-07-08', 15), '李木子', '户主', '男', '布依族', '非在校生', '健康', '是', '是'],
        [make_id('2012-11-12', 26), '李小月', '之女', '女', '布依族', '', '健康', '是', '是'],
    ]),
    # 一人多户: H003's daughter listed again, in a household after the rejected H002.
    (['H004', V2, '1', 2, 2019, 6100, '否', '', '是', '否'], [
        [make_id('1985-04-09', 18), '吴春花', '户主', '女', '布依族', '非在校生', '健康', '是', '是'],
        [make_id('2012-11-12', 26), '李小月', '之女', '女', '布依族', '小学', '健康', '是', '是'],
    ]),
]


def rows(visits: bool):
    header = HOUSEHOLD_COLS + MEMBER_COLS + (VISIT_COLS if visits else [])
    yield header
    for hh, members in HOUSEHOLDS:
        for i, m in enumerate(members):
            yield (hh if i == 0 else [''] * len(hh)) + m + ((['是', '是'] if i == 0 else ['', '']) if visits else [])


def template_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = '户表'
    ws['A1'] = '示例县建档立卡贫困人口信息表（虚构）'
    for r, row in enumerate(rows(False), start=2):
        for c, value in enumerate(row, start=1):
            if value == '':
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.number_format = '@'
    wb.save(path)


def write_csv(path: Path, data) -> None:
    with path.open('w', newline='', encoding='utf-8') as f:
        csv.writer(f, lineterminator='\r\n').writerows(data)


template_xlsx(OUT / 'county-template.xlsx')
# A title row above the header, as in the spreadsheet (line numbers then match Excel's rows).
write_csv(OUT / 'county-template-visits.csv', [['示例县建档立卡贫困人口信息表（虚构）'], *rows(True)])

# Two snapshots: after adds household H004 and a member to H001, and drops nothing.
SIMPLE = ['户编号', '村代码', '户状态', '身份证号', '姓名', '与户主关系', '收入年度', '人均纯收入', '不愁吃', '不愁穿']
before = [SIMPLE,
          ['H001', V1, '未脱贫', make_id('1970-03-04', 11), '赵大山', '户主', 2019, 4200, '是', '是'],
          ['H001', V1, '未脱贫', make_id('1972-05-06', 22), '钱小花', '配偶', 2019, 4200, '是', '是'],
          ['H003', V2, '已脱贫', make_id('1980-07-08', 15), '李木子', '户主', 2019, 5200, '是', '是']]
after = [SIMPLE,
         ['H001', V1, '未脱贫', make_id('1970-03-04', 11), '赵大山', '户主', 2020, 4300, '是', '是'],
         ['H001', V1, '未脱贫', make_id('1972-05-06', 22), '钱小花', '配偶', 2020, 4300, '是', '是'],
         ['H001', V1, '未脱贫', make_id('2020-01-05', 37), '赵小花', '之女', 2020, 4300, '是', '是'],
         ['H003', V2, '已脱贫', make_id('1980-07-08', 15), '李木子', '户主', 2020, 5600, '是', '是'],
         ['H004', V2, '未脱贫', make_id('1966-02-03', 19), '王大河', '户主', 2020, 3900, '是', '是']]
write_csv(OUT / 'before.csv', before)
write_csv(OUT / 'after.csv', after)

# A web system's "Excel" export: an HTML table served as .xls.
cells = ''.join(f'<th>{h}</th>' for h in SIMPLE)
body = ''.join('<tr>' + ''.join(f'<td>{v}</td>' for v in r) + '</tr>' for r in before[1:])
(OUT / 'html-export.xls').write_text(
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
    '<head><meta charset="utf-8"></head><body><table border="1">'
    f'<tr>{cells}</tr>{body}</table></body></html>\n',
    encoding='utf-8',
)
# The same export from a system that writes GBK and says so in a meta tag.
(OUT / 'html-export-gbk.xls').write_bytes(
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><table>'
    f'<tr>{cells}</tr>{body}</table></body></html>\r\n'.encode('gbk')
)
