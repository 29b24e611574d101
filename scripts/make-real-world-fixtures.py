"""Writes the openpyxl-made and crafted files of test/fixtures/real-world/ (see the .sh beside it).

Every name is fictional; ID numbers are fictional with valid check characters (529901 is no real
county). Run through scripts/make-real-world-fixtures.sh.
"""
import datetime
import re
import shutil
import struct
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook

from fixture_ids import make_id

OUT = Path(sys.argv[1])



V1 = '529901101201'
V2 = '529901101202'
# Household H001: three persons, 6,000 yuan net for 2019 (2,000 each: under the 3,218 line; read
# as one person it would be above it). H002: one person, 9,000. H003: two persons, 8,000.
MEMBERS = [
    # household, village, status, id, name, relation, birth, insured, income (year, wage, business, transfer, costs), food, clothing
    ('H001', V1, '未脱贫', make_id('529901', '1970-03-04', 11), '赵大山', '户主', datetime.date(1970, 3, 4), '是', (2019, 4000, 1500, 500, 0), '是', '是'),
    ('H001', V1, '未脱贫', make_id('529901', '1972-05-06', 22), '钱小花', '配偶', datetime.date(1972, 5, 6), '是', None, None, None),
    ('H001', V1, '未脱贫', make_id('529901', '2008-09-10', 31), '赵小山', '之子', datetime.date(2008, 9, 10), '是', None, None, None),
    ('H002', V1, '已脱贫', make_id('529901', '1950-01-02', 13), '孙有福', '户主', datetime.date(1950, 1, 2), '是', (2019, 6000, 2000, 1000, 0), '是', '是'),
    ('H003', V2, '已脱贫', make_id('529901', '1980-07-08', 15), '李木子', '户主', datetime.date(1980, 7, 8), '是', (2019, 7000, 1500, 0, 500), '是', '是'),
    ('H003', V2, '已脱贫', make_id('529901', '1982-11-12', 26), '周月', '配偶', datetime.date(1982, 11, 12), '否', None, None, None),
]


def register_workbook(path: Path) -> None:
    """A county template: a notes sheet first, then the register with a title row, a two-row
    header with merged group titles, decorated column names, an unknown column and household
    cells merged over the member rows."""
    wb = Workbook()
    notes = wb.active
    notes.title = '说明'
    notes['A1'] = '填表说明：每行一人，户字段只填在户主行（合并单元格）。'
    notes['A2'] = '数据截至 2019 年底。'
    ws = wb.create_sheet('户表')
    ws['A1'] = '示例县建档立卡贫困人口信息表（虚构）'
    ws.merge_cells('A1:O1')
    top = {'A': '户编号', 'B': '村代码', 'C': '户状态', 'D': '成员信息', 'I': '家庭收入（元）', 'N': '两不愁', 'P': '备注'}
    for col, text in top.items():
        ws[f'{col}2'] = text
    for col in 'ABC':
        ws.merge_cells(f'{col}2:{col}3')
    ws.merge_cells('D2:H2')
    ws.merge_cells('I2:M2')
    ws.merge_cells('N2:O2')
    ws.merge_cells('P2:P3')
    second = ['身份证号', '姓名', '与户主关系', '出生日期', '是否参加医保', '收入年度', '工资性收入（元）', '经营性收入（元）', '转移性收入（元）', '生产经营性支出（元）', '不愁吃', '不愁穿']
    for i, text in enumerate(second):
        ws.cell(row=3, column=4 + i, value=text)
    row = 4
    first_row = {}
    for m in MEMBERS:
        hh, village, status, idn, name, rel, birth, insured, income, food, clothing = m
        if hh not in first_row:
            first_row[hh] = row
            ws.cell(row=row, column=1, value=hh)
            ws.cell(row=row, column=2, value=village)
            ws.cell(row=row, column=3, value=status)
            year, wage, business, transfer, costs = income
            for i, v in enumerate([year, wage, business, transfer, costs]):
                ws.cell(row=row, column=9 + i, value=v)
            ws.cell(row=row, column=14, value=food)
            ws.cell(row=row, column=15, value=clothing)
        ws.cell(row=row, column=4, value=idn).number_format = '@'
        ws.cell(row=row, column=5, value=name)
        ws.cell(row=row, column=6, value=rel)
        c = ws.cell(row=row, column=7, value=birth)
        c.number_format = 'yyyy"年"m"月"d"日"'
        ws.cell(row=row, column=8, value=insured)
        row += 1
    # Merge each household's cells over its rows, as the template does.
    last = {}
    for r, m in enumerate(MEMBERS, start=4):
        last[m[0]] = r
    for hh, start in first_row.items():
        end = last[hh]
        if end > start:
            for col in 'ABCIJKLMNO':
                ws.merge_cells(f'{col}{start}:{col}{end}')
    wb.save(path)


def simple_workbook(path: Path, rows, iso_dates=False, sheet='Sheet1') -> None:
    wb = Workbook()
    wb.iso_dates = iso_dates
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    wb.save(path)


HEADER = ['户编号', '村代码', '户状态', '身份证号', '姓名', '与户主关系', '出生日期']


def rewrite(src: Path, dst: Path, edit) -> None:
    """Copies a zip, passing each member's bytes through edit(name, data)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, edit(info.filename, zin.read(info.filename)))


def prefix_xml(data: bytes) -> bytes:
    text = data.decode('utf-8')
    main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    text = text.replace(f'xmlns="{main}"', f'xmlns:x="{main}"')
    text = re.sub(r'<(/?)([A-Za-z][\w]*)([\s>/])', r'<\1x:\2\3', text)
    return text.encode('utf-8')


def patch_central_size(path: Path, member: str, size: int) -> None:
    """Overwrites the uncompressed size the central directory declares for one member."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    i = data.find(b'PK\x01\x02')
    while i >= 0:
        n = struct.unpack_from('<H', data, i + 28)[0]
        if bytes(data[i + 46:i + 46 + n]) == name:
            struct.pack_into('<I', data, i + 24, size)
        i = data.find(b'PK\x01\x02', i + 4)
    path.write_bytes(bytes(data))


def corrupt_member(path: Path, member: str) -> None:
    """Damages the deflate stream of one member in place (the zip directory stays intact)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
    off = info.header_offset
    n, m = struct.unpack_from('<HH', data, off + 26)
    start = off + 30 + n + m
    for k in range(start + 2, start + min(info.compress_size, 40)):
        data[k] ^= 0xA5
    path.write_bytes(bytes(data))


# An industry plan (产业规划) as a county sheet holds it: one row per planting, the zone's cells
# merged over its rows. Zones: a 坝区 with a per-亩 target, a hill zone, a reservoir.
PLAN_ZONES = [
    # zone id, township, name, kind, area, slope, village codes, target, plantings
    ('BZ-01', '甲镇', '甲坝区', '坝区', 800, 3, '529901101201、529901101202', 8000, [
        # crop, industry, area, season, horizon, yield, price, value per mu, low value
        ('蔬菜', '蔬菜', 500, '春季', '短期', None, None, 6000, '否'),
        ('玉米', '粮食', 300, '春季', '短期', 400, 2.5, None, '是'),
        ('香菇', '食用菌', 200, '秋季', '短期', None, None, 12000, '否'),
    ]),
    ('SL-01', '乙镇', '乙山地', '山区', 300, 20, '529901102201', None, [
        ('茶叶', '茶', 300, '全年', '长期', None, None, 5000, '否'),
    ]),
    ('WT-01', '甲镇', '丙水库', '水域', 150, None, None, None, [
        ('鲤鱼', '生态渔业', 150, '全年', '中期', None, None, 4000, '否'),
    ]),
]


def plan_workbook(path: Path) -> None:
    """A notes sheet, then the plan with a title row, a two-row header (种植结构 over the planting
    columns), decorated names with units, an unknown column and zone cells merged over its rows."""
    wb = Workbook()
    notes = wb.active
    notes.title = '说明'
    notes['A1'] = '每行一个种植项目，片区字段合并填写。'
    ws = wb.create_sheet('产业规划')
    ws['A1'] = '示例县2020年产业发展规划表（虚构）'
    ws.merge_cells('A1:R1')
    zone_heads = ['片区编号', '乡镇', '片区名称', '片区类型', '面积（亩）', '坡度（°）', '村代码']
    for i, text in enumerate(zone_heads):
        ws.cell(row=2, column=1 + i, value=text)
        ws.merge_cells(start_row=2, start_column=1 + i, end_row=3, end_column=1 + i)
    ws['H2'] = '种植结构'
    ws.merge_cells('H2:P2')
    for i, text in enumerate(['作物', '产业', '种植面积（亩）', '季节', '周期', '亩产（公斤）', '单价（元/公斤）', '亩产值（元/亩）', '是否低效作物']):
        ws.cell(row=3, column=8 + i, value=text)
    ws['Q2'] = '目标亩产值（元/亩）'
    ws.merge_cells('Q2:Q3')
    ws['R2'] = '备注'
    ws.merge_cells('R2:R3')
    row = 4
    for zone_id, township, name, kind, area, slope, villages, target, plantings in PLAN_ZONES:
        first = row
        for i, v in enumerate([zone_id, township, name, kind, area, slope, villages]):
            ws.cell(row=row, column=1 + i, value=v)
        ws.cell(row=row, column=17, value=target)
        for p in plantings:
            for i, v in enumerate(p):
                ws.cell(row=row, column=8 + i, value=v)
            row += 1
        if row - 1 > first:
            for col in [1, 2, 3, 4, 5, 6, 7, 17]:
                ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
    ws.cell(row=4, column=18, value='示范区')
    wb.save(path)


def plan_csv() -> str:
    """The same plan as CSV with county and year columns, a title line and the zone's cells on its
    first row only (iconv makes the GBK copy)."""
    lines = ['示例县产业规划（虚构）', '县代码,规划年度,区块编号,区块名称,区块类型,区块面积（亩）,坡度,作物,产业,种植面积（亩）,季节,亩产（kg）,单价（元/kg）,亩产值（元）,低效作物,目标亩产值（元/亩）']
    for zone_id, township, name, kind, area, slope, villages, target, plantings in PLAN_ZONES:
        for i, (crop, industry, p_area, season, horizon, yld, price, value, low) in enumerate(plantings):
            z = ['529901', '2020', zone_id, name, kind, str(area), '' if slope is None else str(slope)] if i == 0 else [''] * 7
            cells = z + [crop, industry, str(p_area), season, '' if yld is None else str(yld), '' if price is None else str(price), '' if value is None else str(value), low]
            cells.append('' if i > 0 or target is None else str(target))
            lines.append(','.join(cells))
    return '\r\n'.join(lines) + '\r\n'


def main() -> None:
    register_workbook(OUT / 'register.xlsx')
    plan_workbook(OUT / 'plan.xlsx')
    (OUT / 'plan-utf8.csv').write_text(plan_csv(), encoding='utf-8')

    a = make_id('529901', '1980-01-01', 11)
    b = make_id('529901', '1982-02-02', 22)
    # An ID column formatted as a number: Excel keeps 15 significant digits.
    simple_workbook(OUT / 'id-as-number.xlsx', [HEADER, ['H1', V1, '未脱贫', int(a[:17] + '0') if a[-1] == 'X' else int(a), '吴一', '户主', '1980-01-01'], ['H2', V1, '未脱贫', b, '郑二', '户主', '1982-02-02']])

    # ISO date cells (t="d").
    simple_workbook(OUT / 'iso-dates.xlsx', [HEADER, ['H1', V1, '未脱贫', a, '吴一', '户主', datetime.datetime(1980, 1, 1)]], iso_dates=True)

    # The same workbook with x:-prefixed SpreadsheetML, rich text with a phonetic run in the shared
    # strings and an inline string.
    simple_workbook(OUT / 'plain.xlsx', [HEADER, ['H1', V1, '未脱贫', a, '吴一', '户主', '1980-01-01'], ['H2', V1, '未脱贫', b, '郑二', '户主', '1982-02-02']])

    def craft(name: str, data: bytes) -> bytes:
        if name == 'xl/sharedStrings.xml':
            text = data.decode('utf-8')
            text = text.replace('<si><t>吴一</t></si>', '<si><r><rPr><b/></rPr><t>吴</t></r><r><t>一</t></r><rPh sb="0" eb="2"><t>ウーイチ</t></rPh></si>')
            data = text.encode('utf-8')
        if name == 'xl/worksheets/sheet1.xml':
            text = data.decode('utf-8')
            # Cell E3 (郑二) as an inline string.
            text = re.sub(r'<c r="E3"([^>]*) t="s"><v>\d+</v></c>', r'<c r="E3"\1 t="inlineStr"><is><t>郑二</t></is></c>', text)
            data = text.encode('utf-8')
        if name.endswith('.xml') and name.startswith('xl/') and 'theme' not in name:
            data = prefix_xml(data)
        return data

    rewrite(OUT / 'plain.xlsx', OUT / 'prefixed-rich.xlsx', craft)

    # Hostile workbooks.
    shutil.copy(OUT / 'plain.xlsx', OUT / 'corrupt-deflate.xlsx')
    corrupt_member(OUT / 'corrupt-deflate.xlsx', 'xl/worksheets/sheet1.xml')
    shutil.copy(OUT / 'plain.xlsx', OUT / 'zip-bomb-declared.xlsx')
    patch_central_size(OUT / 'zip-bomb-declared.xlsx', 'xl/worksheets/sheet1.xml', 0x7FFFFFFF)
    shutil.copy(OUT / 'plain.xlsx', OUT / 'zip-size-lie.xlsx')
    patch_central_size(OUT / 'zip-size-lie.xlsx', 'xl/worksheets/sheet1.xml', 64)

    def bad_ref(name: str, data: bytes) -> bytes:
        if name == 'xl/worksheets/sheet1.xml':
            return data.replace(b'r="A2"', b'r="FXSHRXW3"', 1)
        return data

    rewrite(OUT / 'plain.xlsx', OUT / 'bad-cell-ref.xlsx', bad_ref)

    def unclosed(name: str, data: bytes) -> bytes:
        if name == 'xl/worksheets/sheet1.xml':
            text = data.decode('utf-8')
            return re.sub(r'<sheetData>.*</sheetData>', '<sheetData>' + '<row>' * 200_000 + '</sheetData>', text, flags=re.S).encode('utf-8')
        return data

    rewrite(OUT / 'plain.xlsx', OUT / 'unclosed-rows.xlsx', unclosed)
    (OUT / 'plain.xlsx').unlink()

    # CSV in UTF-8 (iconv makes the GBK, GB18030 and UTF-16 copies): household cells only on
    # each household's first row, as a merged-cell sheet exports; decorated column names.
    lines = ['户编号,村代码,户状态,身份证号,姓名,与户主关系,出生日期,是否参加医保,收入年度,工资性收入（元）,经营性收入（元）,转移性收入（元）,生产经营性支出（元）,不愁吃,不愁穿']
    seen = set()
    for hh, village, status, idn, name, rel, birth, insured, income, food, clothing in MEMBERS:
        if hh in seen:
            lines.append(f',,,{idn},{name},{rel},{birth.isoformat()},{insured},,,,,,,')
        else:
            seen.add(hh)
            y, w, bu, t, c = income
            lines.append(f'{hh},{village},{status},{idn},{name},{rel},{birth.isoformat()},{insured},{y},{w},{bu},{t},{c},{food},{clothing}')
    (OUT / 'register-utf8.csv').write_text('\r\n'.join(lines) + '\r\n', encoding='utf-8')

    # An ID column that Excel turned into scientific notation.
    (OUT / 'id-scientific.csv').write_text('\n'.join([','.join(HEADER[:6]), f'H1,{V1},未脱贫,5.29901E+17,吴一,户主', f'H2,{V1},未脱贫,{b},郑二,户主']) + '\n', encoding='utf-8')

    # NDJSON with hostile values and ids that hold personal data.
    good = '{"id":"H1","villageCode":"%s","status":"poor","members":[{"idNumber":"%s","name":"吴一","relation":"head"}]}' % (V1, a)
    hostile = [
        good,
        '{"id":{"length":{"toString":1}},"villageCode":"%s","status":"poor","members":[]}' % V1,
        '[%s]' % good.replace('"H1"', '"H2"'),
        good.replace('"H1"', '"\\u001b[31mH3\\r\\nX"'),
        good.replace('"H1"', '"H-13812345678"'),
        good.replace('"H1"', '"Zhang San"'),
        good.replace('"H1"', '"%s"' % ' '.join([a[0:6], a[6:14], a[14:]])),
    ]
    (OUT / 'hostile.ndjson').write_text('\n'.join(hostile) + '\n', encoding='utf-8')

    # A ledger with Chinese columns (iconv makes it GBK); a responsible unit that names a person.
    ledger = [
        '编号,区划代码,问题类别,问题来源,问题描述,责任单位,责任人,建账日期,整改时限,状态',
        'L-001,529901101201,住房,成效考核,危房未改造,村支书欧阳明月,王五,2020-01-10,2020-02-28,待整改',
        'L-002,529901101202,饮水,交叉检查,水质未检测,县水务局,赵六,2020-01-10,2020-03-31,已销号',
        'L-003,529901101202,饮水,交叉检查,,县水务局,赵六,2020-01-10,2020-03-31,已销号',
    ]
    (OUT / 'ledger-utf8.csv').write_text('\n'.join(ledger) + '\n', encoding='utf-8')

    # A village table whose names would run as formulas in a spreadsheet.
    (OUT / 'villages-formula.csv').write_text(
        '村代码,村名,乡镇代码,农村人口\n%s,"=HYPERLINK(""http://example.invalid"",""甲村"")",529901101,300\n%s,@乙村,529901101,120\n' % (V1, V2),
        encoding='utf-8',
    )


main()
