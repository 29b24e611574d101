import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords, type SourceItem } from '../../src/node/read-records';
import type { ReadWarning } from '../../src/node/messages';
import { run } from './cli-harness';
import { reportFromFiles } from '../../src/node/commands/report';
import { defaultPolicy } from '../../src/index';

// The corpus of test/fixtures/real-world/, made by scripts/make-real-world-fixtures.sh with
// openpyxl, LibreOffice and iconv. Each case asserts its exact outcome.
const dir = join(__dirname, '..', 'fixtures', 'real-world');
const file = (name: string) => join(dir, name);

async function read(name: string, options: Parameters<typeof readRecords>[1] = {}): Promise<{ items: SourceItem[]; warnings: ReadWarning[] }> {
  const warnings: ReadWarning[] = [];
  const items: SourceItem[] = [];
  for await (const item of readRecords(name.startsWith('/') ? name : file(name), { ...options, onWarning: (w) => warnings.push(w) })) items.push(item);
  return { items, warnings };
}

const codes = (warnings: readonly ReadWarning[]) => warnings.map((w) => w.code);
const issueCodes = (items: readonly SourceItem[]) => items.map((i) => i.issues?.map((x) => `${x.code}@${x.path.join('.')}`));

/** The register's first household as every format must read it: three persons, carried down. */
const H001 = {
  id: 'H001',
  villageCode: '529901101201',
  status: 'poor',
  income: { year: 2019, wage: 4000, business: 1500, transfer: 500, productionCosts: 0 },
  foodSecure: true,
  clothingSecure: true,
  members: [
    { idNumber: '529901197003040110', name: '赵大山', relation: 'head', birthDate: '1970-03-04', medicalInsurance: true },
    { idNumber: '529901197205060224', name: '钱小花', relation: 'spouse', birthDate: '1972-05-06', medicalInsurance: true },
    { idNumber: '529901200809100316', name: '赵小山', relation: 'son', birthDate: '2008-09-10', medicalInsurance: true },
  ],
};

const PERSONAL = ['197003040110', '197205060224', '200809100316', '195001020130', '198007080150', '198211120266', '198001010115', '赵大山', '钱小花', '赵小山', '孙有福', '李木子', '周月', '吴一', '郑二', '欧阳明月', '13812345678', 'Zhang San', '王五', '赵六'];

describe('the real-world corpus', () => {
  for (const name of ['register.xlsx', 'register.xls', 'register.ods']) {
    it(`reads ${name}: the register sheet by its header, a title row and a two-row header, merged household cells carried down`, async () => {
      const { items, warnings } = await read(name);
      expect(items.map((i) => [i.row, i.memberRows, i.issues])).toEqual([
        [4, [4, 5, 6], undefined],
        [7, [7], undefined],
        [8, [8, 9], undefined],
      ]);
      expect(items[0]?.record).toEqual(H001);
      expect(codes(warnings)).toEqual(['warn/sheet', 'warn/header-row', 'warn/unknown-columns', 'warn/missing-check-columns', 'warn/missing-optional-columns', 'warn/carried-down']);
      expect(warnings[0]?.message.en).toBe('read worksheet "户表" (of 2: 说明, 户表; chosen by its header, --sheet NAME to force one)');
      expect(warnings[1]?.message.en).toBe('header found on row 2–3 (title rows above it skipped)');
      expect(warnings[2]?.message.en).toBe('unrecognised column(s), ignored: 备注');
      expect(warnings[3]?.message.en).toBe(
        'missing column(s) that checks need, so the education, housing, water check(s) come out unknown for every household: 就学状况 (schooling), 住房安全等级 (housingGrade), 饮水是否安全 (waterSafe) (alternatives in docs/cli.md)',
      );
      expect(warnings[5]?.message.en).toBe("3 row(s) had blank household cells (merged cells): the household's first row was used");
    });
  }

  it('assesses the merged three-person household as three persons under the line', async () => {
    const { code, stdout } = await run('assess', file('register.xlsx'), '--format', 'json', '--as-of', '2020-03-31');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { input: unknown; summary: { level: string; households: number; persons: number; unmet: { income: number } }[]; warnings: { code: string }[] };
    expect(report.input).toEqual({ records: 3, assessed: 3, rejected: 0 });
    const county = report.summary.find((r) => r.level === 'county');
    expect(county).toMatchObject({ households: 3, persons: 6, unmet: { income: 1 } });
    expect(report.warnings.map((w) => w.code)).toEqual(['warn/sheet', 'warn/header-row', 'warn/unknown-columns', 'warn/missing-check-columns', 'warn/missing-optional-columns', 'warn/carried-down']);
  });

  it('reads --sheet by name, and exits 2 naming the sheets when it is not there', async () => {
    const notes = await run('assess', file('register.xlsx'), '--sheet', '说明', '--format', 'json');
    expect(notes.code).toBe(2);
    expect(notes.stderr).toContain('缺少必需列');
    const none = await run('assess', file('register.xlsx'), '--sheet', '花名册');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('register.xlsx: 没有名为 花名册 的工作表（有：说明、户表） / no worksheet named 花名册 (there are: 说明, 户表)');
  });

  for (const [name, encoding] of [
    ['register-utf8.csv', undefined],
    ['register-utf8-bom.csv', undefined],
    ['register-gbk.csv', 'gb18030'],
    ['register-gb18030.csv', 'gb18030'],
    ['register-utf16.csv', 'utf-16le'],
  ] as const) {
    it(`reads ${name} (${encoding ?? 'utf-8'}): the same households, blank household cells carried down`, async () => {
      const { items, warnings } = await read(name);
      expect(items.map((i) => [i.row, i.memberRows, i.issues])).toEqual([
        [2, [2, 3, 4], undefined],
        [5, [5], undefined],
        [6, [6, 7], undefined],
      ]);
      expect(items[0]?.record).toEqual(H001);
      expect(codes(warnings)).toEqual([...(encoding === undefined ? [] : ['warn/encoding']), 'warn/missing-check-columns', 'warn/missing-optional-columns', 'warn/carried-down']);
      if (encoding !== undefined) expect(warnings[0]?.message.en).toBe(`file decoded as ${encoding}`);
    });
  }

  it('says which encoding it tried when a forced one gives replacement characters', async () => {
    const { code, stderr } = await run('assess', file('register-gbk.csv'), '--encoding', 'utf-8');
    expect(code).toBe(2);
    expect(stderr).toContain('decoding as utf-8 gave replacement characters (U+FFFD): wrong encoding? force one with --encoding');
    expect(stderr).toContain('按 utf-8 解码时出现无法识别的字符');
    const forced = await read('register-gbk.csv', { encoding: 'gbk' });
    expect(forced.items[0]?.record).toEqual(H001);
  });

  it('rejects ID numbers stored as numbers or in scientific notation, never converting them', async () => {
    for (const name of ['id-as-number.xlsx', 'id-scientific.csv']) {
      const { items } = await read(name);
      expect(issueCodes(items)).toEqual([['input/id-stored-as-number@members.0.idNumber'], undefined]);
      expect((items[0]?.record as { members: { idNumber?: string }[] }).members[0]?.idNumber).toBeUndefined();
      expect(items[0]?.issues?.[0]?.message).toEqual({
        'zh-CN': '第 2 行：身份证号被存为数字，位数已丢失；请把该列设为文本格式后重新导出',
        en: 'row 2: the ID number was stored as a number, digits lost; format the column as text and export again',
      });
    }
  });

  it('reads ISO date cells, x:-prefixed XML, rich text with a phonetic run and inline strings', async () => {
    const iso = await read('iso-dates.xlsx');
    expect((iso.items[0]?.record as { members: { birthDate: string }[] }).members[0]?.birthDate).toBe('1980-01-01');
    const rich = await read('prefixed-rich.xlsx');
    expect(rich.items.map((i) => (i.record as { members: { name: string }[] }).members[0]?.name)).toEqual(['吴一', '郑二']);
  });

  for (const [name, message] of [
    ['corrupt-deflate.xlsx', /corrupt-deflate\.xlsx: 无法读取电子表格（xl\/worksheets\/sheet1\.xml 已损坏，无法解压；程序库的原始信息：.+） \/ unreadable spreadsheet \(xl\/worksheets\/sheet1\.xml is damaged and cannot be inflated; the library says: .+\)/],
    ['zip-bomb-declared.xlsx', /zip-bomb-declared\.xlsx: 工作簿中的 xl\/worksheets\/sheet1\.xml 解压后超过 512 MiB 上限/],
    ['zip-size-lie.xlsx', /zip-size-lie\.xlsx: 无法读取电子表格（xl\/worksheets\/sheet1\.xml 已损坏，无法解压；程序库的原始信息：too many bytes in the stream/],
    ['bad-cell-ref.xlsx', /bad-cell-ref\.xlsx, 第 2 行 row 2: 第 2 行有超出范围的单元格引用（FXSHRXW3） \/ row 2: cell reference out of range \(FXSHRXW3\)/],
    ['unclosed-rows.xlsx', /unclosed-rows\.xlsx: 无法读取电子表格（xl\/worksheets\/sheet1\.xml 的 XML 嵌套超过 64 层） \/ unreadable spreadsheet \(xl\/worksheets\/sheet1\.xml: XML nested more than 64 levels deep\)/],
  ] as const) {
    it(`exits 2 on ${name}, naming the file, in Chinese and English`, async () => {
      const { code, stdout, stderr } = await run('assess', file(name));
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    });
  }

  it('rejects hostile NDJSON values and array lines instead of crashing, and masks the ids', async () => {
    const { code, stdout } = await run('assess', file('hostile.ndjson'), '--format', 'json', '--as-of', '2020-03-31');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { input: unknown; rejections: { row: number; householdId?: string; issues: { code: string }[] }[] };
    expect(report.input).toEqual({ records: 7, assessed: 5, rejected: 2 });
    expect(report.rejections.map((r) => [r.row, r.issues.map((i) => i.code)])).toEqual([
      [2, ['record/unreadable-value']],
      [3, ['input/array-line']],
    ]);
    const table = await run('assess', file('hostile.ndjson'), '--as-of', '2020-03-31');
    expect(table.stdout).not.toContain('\u001b');
  });

  it('reads a GBK ledger with Chinese columns, masks a responsible unit that names a person, and is not 清零 with an unreadable entry', async () => {
    const { code, stdout } = await run('ledger', file('ledger-gbk.csv'), '--format', 'json', '--as-of', '2020-03-20', '--by', 'responsibleUnit');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      input: unknown;
      overdue: { id: string; responsibleUnit: string; responsiblePerson: string }[];
      summary: { total: { cleared: boolean }; groups: { key: string }[] };
      rejections: { row: number; issues: { path: string[] }[] }[];
    };
    expect(report.input).toEqual({ records: 3, valid: 2, rejected: 1 });
    expect(report.overdue).toMatchObject([{ id: 'L-001', responsibleUnit: '村******', responsiblePerson: '王*' }]);
    expect(report.summary.groups.map((g) => g.key).sort()).toEqual(['县水务局', '村******']);
    expect(report.rejections.map((r) => [r.row, r.issues.map((i) => i.path.join('.'))])).toEqual([[4, ['description']]]);
    expect(report.summary.total.cleared).toBe(false);
  });

  it('reads the same GBK ledger into tuopin report as tuopin ledger does: its entries counted, the invalid one and the encoding said', async () => {
    const model = await reportFromFiles(file('register.xlsx'), { asOf: '2020-03-20', policy: defaultPolicy, ledger: file('ledger-gbk.csv') });
    expect(model.ledger?.counts).toMatchObject({ total: 2, open: 1, closed: 1, overdue: 1 });
    expect(model.ledger?.rejected).toBe(1);
    expect(model.warnings.filter((w) => w.file === 'ledger-gbk.csv').map((w) => w.code)).toEqual(['warn/encoding', 'warn/missing-columns']);
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-report-ledger-'));
    const out = join(dir, 'report.html');
    const page = await run('report', file('register.xlsx'), '--ledger', file('ledger-gbk.csv'), '--as-of', '2020-03-20', '--out', out);
    expect(page.code, page.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('台账中无效条目 1 条（未计入，见 tuopin ledger）');
    expect(html).toContain('1 invalid ledger entries (not counted: see tuopin ledger)');
  });

  it('neutralises formulas in CSV output and writes a byte-order mark', async () => {
    const { code, stdout } = await run('assess', file('register.xlsx'), '--villages', file('villages-formula.csv'), '--format', 'csv', '--as-of', '2020-03-31');
    expect(code).toBe(0);
    expect(stdout.startsWith('\ufeff')).toBe(true);
    expect(stdout).toContain(`village,529901101201,"'=HYPERLINK(""http://example.invalid"",""甲村"")"`);
    expect(stdout).toContain("village,529901101202,'@乙村");
  });

  it('reports warnings on standard error with CSV output, and --strict-columns makes them an error', async () => {
    const csv = await run('assess', file('register.xlsx'), '--format', 'csv', '--as-of', '2020-03-31');
    expect(csv.stderr).toContain('[warn/unknown-columns] 未识别的列（已忽略）：备注 / unrecognised column(s), ignored: 备注');
    const strict = await run('assess', file('register.xlsx'), '--strict-columns');
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/register\.xlsx, 第 2 行 row 2: --strict-columns：有未识别的列（备注）/);
  });

  it('refuses to overwrite an input with --out', async () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'tuopin-rw-')), 'register.csv');
    writeFileSync(copy, readFileSync(file('register-utf8.csv')));
    const { code, stderr } = await run('assess', copy, '--out', copy);
    expect(code).toBe(2);
    expect(stderr).toContain('--out 指向输入文件：拒绝覆盖输入 / --out names an input file: refusing to overwrite an input');
    expect(readFileSync(copy)).toEqual(readFileSync(file('register-utf8.csv')));
  });

  it('turns an oversized CSV row into a rejected record, and reads the rows after it', async () => {
    const big = join(mkdtempSync(join(tmpdir(), 'tuopin-rw-')), 'big.csv');
    const lines = readFileSync(file('register-utf8.csv'), 'utf8').split('\r\n');
    writeFileSync(big, [lines[0], `H9,529901101201,未脱贫,${'9'.repeat(1_100_000)},某,户主`, ...lines.slice(1)].join('\n'));
    const { items } = await read(big);
    expect(items.map((i) => [i.row, i.issues?.map((x) => x.code)])).toEqual([
      [2, ['input/too-large']],
      [3, undefined],
      [6, undefined],
      [7, undefined],
    ]);
  });

  it('prints no unmasked ID number, name or phone in any output of any command on the corpus', async () => {
    const outputs: string[] = [];
    for (const name of readdirSync(dir)) {
      const command = name.startsWith('ledger') ? 'ledger' : name.startsWith('plan') ? 'plan' : name.startsWith('villages') ? undefined : 'assess';
      if (command === undefined) continue;
      const extra = command === 'plan' ? ['--county-code', '529901', '--year', '2020'] : ['--as-of', '2020-03-31'];
      for (const format of command === 'assess' ? ['table', 'json', 'csv'] : ['table', 'json']) {
        const { stdout, stderr } = await run(command, file(name), '--format', format, ...extra);
        outputs.push(stdout, stderr);
      }
    }
    const all = outputs.join('\n');
    expect(PERSONAL.filter((p) => all.includes(p))).toEqual([]);
    expect(all.length).toBeGreaterThan(10_000);
  });
});

describe('tuopin assess on a register with place names and no village codes', () => {
  it('maps village names to codes through --villages, rejects an unknown name, and exits 2 without --villages', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-rw-'));
    const register = join(dir, 'names.csv');
    writeFileSync(
      register,
      ['户编号,乡镇,村,脱贫状态,证件号码,姓名,与户主关系', 'H1,甲镇,甲村,0,529901198001010115,吴一,户主', 'H2,甲镇,丙村,0,529901197205060224,郑二,户主'].join('\n'),
    );
    const villages = join(dir, 'villages.csv');
    writeFileSync(villages, '村代码,村名,乡镇代码,农村人口\n529901101201,甲村,529901101,300\n529901101202,乙村,529901101,120\n');
    const { code, stdout } = await run('assess', register, '--villages', villages, '--format', 'json', '--as-of', '2020-03-31');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { input: unknown; summary: { code: string; households: number; name: string | null }[]; rejections: { row: number; issues: { code: string; path: string[] }[] }[] };
    expect(report.input).toEqual({ records: 2, assessed: 1, rejected: 1 });
    expect(report.summary.find((r) => r.code === '529901101201')).toMatchObject({ households: 1, name: '甲村' });
    expect(report.rejections.map((r) => [r.row, r.issues.map((i) => `${i.code}@${i.path.join('.')}`)])).toEqual([[3, ['input/unknown-village@villageCode', 'invalid_type@villageCode']]]);
    const without = await run('assess', register);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('表中只有乡镇、村名而没有村代码：请用 --villages 提供村表');
  });
});

describe('an oversized NDJSON line', () => {
  it('is a rejected record on one thread and on a worker, and the lines after it are read', async () => {
    const { lines } = await import('../../src/node/read-records');
    const { chunkItems } = await import('../../src/node/worker');
    const { TOO_LARGE_LINE } = await import('../../src/node/limits');
    const out = [];
    for await (const l of lines((async function* () { yield 'ab\n'; yield 'x'.repeat(30); yield 'y'.repeat(30); yield '\ncd'; })(), 40)) out.push(l);
    expect(out).toEqual([{ line: 1, text: 'ab' }, { line: 2, tooLarge: true }, { line: 3, text: 'cd' }]);
    const items = [...chunkItems(`{"a":1}\n${TOO_LARGE_LINE}\n{"b":2}\n`, 1)];
    expect(items.map((i) => [i.row, i.issues?.map((x) => x.code)])).toEqual([
      [1, undefined],
      [2, ['input/too-large']],
      [3, undefined],
    ]);
  });
});
