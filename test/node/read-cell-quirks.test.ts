import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords, type SourceItem } from '../../src/node/read-records';
import type { ReadWarning } from '../../src/node/messages';
import { run } from './cli-harness';

// Cells as counties' tools write them: a household id kept as a number (digits lost), Excel's
// ="…" text convention in a CSV, a leading apostrophe. Fixtures in test/fixtures/real-world/
// made by scripts/make-household-id-fixtures.sh (openpyxl, then LibreOffice).
const real = (name: string) => join(__dirname, '..', 'fixtures', 'real-world', name);
const tmp = mkdtempSync(join(tmpdir(), 'tuopin-quirks-'));
const csvFile = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

async function read(file: string): Promise<{ items: SourceItem[]; warnings: ReadWarning[] }> {
  const warnings: ReadWarning[] = [];
  const items: SourceItem[] = [];
  for await (const item of readRecords(file, { onWarning: (w) => warnings.push(w) })) items.push(item);
  return { items, warnings };
}
const issueCodes = (items: readonly SourceItem[]) => items.map((i) => i.issues?.map((x) => `${x.code}@${x.path.join('.')}`));
const HEADER = '户编号,村代码,户状态,身份证号,姓名,与户主关系';

describe('a household id stored as a number', () => {
  for (const name of ['household-id-as-number.xlsx', 'household-id-as-number.xls']) {
    it(`rejects each household whose 16-digit id lost digits, naming row and column (${name})`, async () => {
      const { items } = await read(real(name));
      // Two households rounded to the same id stay two (split at the head's row), both rejected;
      // the short numeric id is exact and read.
      expect(items.map((i) => [i.row, i.memberRows])).toEqual([
        [2, [2, 3]],
        [4, [4, 5]],
        [6, [6]],
      ]);
      expect(issueCodes(items)).toEqual([['input/household-id-stored-as-number@id'], ['input/household-id-stored-as-number@id'], undefined]);
      expect((items[0]?.record as { id?: string }).id).toBeUndefined();
      expect((items[2]?.record as { id?: string }).id).toBe('1003');
      expect(items[1]?.issues?.[0]?.message).toEqual({
        'zh-CN':
          '第 4 行：“户编号”列被存为数字（16 位及以上或科学计数法），表格只保留 15 位有效数字，户编号可能已丢失位数、不同的户可能被并为一户，该户不予读取；请把该列设为文本格式后重新导出',
        en: 'row 4: column 户编号 was stored as a number (16 digits or more, or in exponent form); a spreadsheet keeps 15 significant digits, so the household id may have lost digits and two households may have merged: the household is not read; format the column as text and export again',
      });
    });
  }

  it('tuopin assess reports two rejected households, not one with inconsistent rows', async () => {
    const { code, stdout } = await run('assess', real('household-id-as-number.xlsx'), '--format', 'json');
    const report = JSON.parse(stdout) as { input: unknown; rejections: { row: number; issues: { code: string }[] }[] };
    expect(code).not.toBe(2);
    expect(report.input).toEqual({ records: 3, assessed: 1, rejected: 2 });
    // As with an ID number stored as a number, the id is not read, so validation finds none too.
    expect(report.rejections.map((r) => [r.row, r.issues.map((i) => i.code)])).toEqual([
      [2, ['input/household-id-stored-as-number', 'invalid_type']],
      [4, ['input/household-id-stored-as-number', 'invalid_type']],
    ]);
  });

  it('rejects a household id in exponent form in a CSV, and reads a 15-digit id', async () => {
    const file = csvFile(
      'hid-exp.csv',
      `${HEADER}\n5.29901E+15,529901101201,未脱贫,52990119800101001X,吴一,户主\n529901101201001,529901101201,未脱贫,529901198202020022,郑二,户主\n`,
    );
    const { items } = await read(file);
    expect(issueCodes(items)).toEqual([['input/household-id-stored-as-number@id'], undefined]);
    expect((items[1]?.record as { id: string }).id).toBe('529901101201001');
  });
});

describe("Excel's =\"…\" text convention in a CSV", () => {
  it('reads ="…" cells, bare or quoted, as their text, warning once with the columns', async () => {
    const file = csvFile(
      'excel-text.csv',
      `${HEADER}\n="5299011012010001",529901101201,未脱贫,="52990119800101001X",吴一,户主\n"=""5299011012010001""",529901101201,未脱贫,="529901198202020022",郑二,配偶\n="5299011012010002",529901101201,未脱贫,529901197003030013,王三,户主\n`,
    );
    const { items, warnings } = await read(file);
    expect(issueCodes(items)).toEqual([undefined, undefined]);
    const records = items.map((i) => i.record as { id: string; members: { idNumber: string }[] });
    expect(records.map((r) => [r.id, r.members.map((m) => m.idNumber)])).toEqual([
      ['5299011012010001', ['52990119800101001X', '529901198202020022']],
      ['5299011012010002', ['529901197003030013']],
    ]);
    const excel = warnings.filter((w) => w.code === 'warn/excel-text-formula');
    expect(excel.map((w) => w.message)).toEqual([
      {
        'zh-CN': '5 个单元格是 Excel 的文本写法 ="…"，已按引号内的文字读取：户编号、身份证号',
        en: `5 cell(s) in Excel's text form ="…" were read as the text inside the quotes: 户编号, 身份证号`,
      },
    ]);
  });

  it('gives no such warning for a CSV without them', async () => {
    const { warnings } = await read(csvFile('plain.csv', `${HEADER}\n1001,529901101201,未脱贫,529901197003030013,王三,户主\n`));
    expect(warnings.map((w) => w.code)).not.toContain('warn/excel-text-formula');
  });

  for (const [what, line, code] of [
    ['a quote inside another field of the same row', '="1001",529901101201,未脱贫,5299011970"03030013,王三,户主', 'read/csv-quote'],
    ['text after the closing quote', '="1001"x,529901101201,未脱贫,529901197003030013,王三,户主', 'read/csv-quote'],
    ['a separator inside ="…"', '="10,01",529901101201,未脱贫,529901197003030013,王三,户主', 'read/csv-quote'],
    ['a quote left open', '="1001",529901101201,未脱贫,529901197003030013,王三,户主\n1002,529901101201,未脱贫,"529901197003030013,王三,户主', 'read/csv-unterminated'],
  ] as const) {
    it(`still refuses the file for ${what}`, async () => {
      const file = csvFile('bad-quote.csv', `${HEADER}\n${line}\n`);
      const exit = await run('assess', file);
      expect(exit.code).toBe(2);
      expect(exit.stderr).toContain(code === 'read/csv-quote' ? '第 2 行引号不合规' : '从第 3 行开始的引号没有闭合');
      await expect(read(file)).rejects.toMatchObject({ code });
    });
  }
});

describe('a leading apostrophe in the ID-number and household-id columns', () => {
  it("drops one leading ' there, and only there, warning once with the columns", async () => {
    const file = csvFile(
      'apostrophe.csv',
      `${HEADER}\n'5299011012010001,529901101201,未脱贫,'529901198203050027,'吴一,户主\n,529901101201,未脱贫,'529901198001010019,郑二,配偶\n''1002,529901101201,未脱贫,529901197003030013,王三,户主\n`,
    );
    const { items, warnings } = await read(file);
    const records = items.map((i) => i.record as { id: string; members: { idNumber: string; name: string }[] });
    expect(records.map((r) => [r.id, r.members.map((m) => [m.idNumber, m.name])])).toEqual([
      ['5299011012010001', [['529901198203050027', "'吴一"], ['529901198001010019', '郑二']]],
      // One apostrophe only: a second one is the id's own text, left for validation to report.
      ["'1002", [['529901197003030013', '王三']]],
    ]);
    expect(warnings.filter((w) => w.code === 'warn/leading-apostrophe').map((w) => w.message)).toEqual([
      {
        'zh-CN': "4 个单元格以撇号 ' 开头（Excel 的“存为文本”标记），已去掉这一个撇号后读取：户编号、身份证号",
        en: `4 cell(s) began with an apostrophe ' (Excel's "store as text" mark), read without it: 户编号, 身份证号`,
      },
    ]);
  });

  it('tuopin assess no longer reports an 18-digit ID after an apostrophe as the wrong length', async () => {
    const file = csvFile('apostrophe-assess.csv', `${HEADER}\n1001,529901101201,未脱贫,'529901198203050027,吴一,户主\n`);
    const { stdout } = await run('assess', file, '--format', 'json');
    const report = JSON.parse(stdout) as { input: unknown; warnings: { code: string }[] };
    expect(stdout).not.toContain('id/length');
    expect(report.input).toEqual({ records: 1, assessed: 1, rejected: 0 });
    expect(report.warnings.map((w) => w.code)).toContain('warn/leading-apostrophe');
  });
});
