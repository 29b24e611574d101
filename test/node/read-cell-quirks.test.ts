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
