import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/node/input-error';
import { readRecords, type SourceItem } from '../../src/node/read-records';
import type { ReadWarning } from '../../src/node/messages';
import { run } from './cli-harness';

// What web systems and clerks call ".xls" (scripts/make-county-trial-fixtures.sh): an HTML table
// export (UTF-8, and GBK with its charset in a meta tag) and a GBK CSV renamed to .xls.
const trial = (name: string) => join(__dirname, '..', 'fixtures', 'county-trial', name);
const AS_OF = ['--as-of', '2020-12-31'];

async function read(file: string): Promise<{ items: SourceItem[]; warnings: ReadWarning[] }> {
  const warnings: ReadWarning[] = [];
  const items: SourceItem[] = [];
  for await (const item of readRecords(file, { onWarning: (w) => warnings.push(w) })) items.push(item);
  return { items, warnings };
}

describe('an .xls that is not an Excel workbook', () => {
  for (const name of ['html-export.xls', 'html-export-gbk.xls']) {
    it(`${name}: says it is an HTML table and reads it, every cell as text (ID numbers whole)`, async () => {
      const { items, warnings } = await read(trial(name));
      expect(warnings[0]?.code).toBe('warn/xls-is-html');
      expect(warnings[0]?.message.en).toBe(
        `the .xls file is really an HTML table (the "Excel" export of many web systems): read as an HTML table (decoded as ${name.includes('gbk') ? 'gb18030' : 'utf-8'}), every cell as text; open it in Excel or WPS and save it as .xlsx`,
      );
      expect(items.map((i) => [i.row, i.memberRows, i.issues])).toEqual([
        [2, [2, 3], undefined],
        [4, [4], undefined],
      ]);
      expect(items[0]?.record).toMatchObject({ id: 'H001', status: 'poor', income: { year: 2019, perCapita: 4200 }, members: [{ idNumber: '529901197003040110', name: '赵大山' }, { name: '钱小花' }] });
      const { code, stdout } = await run('assess', trial(name), ...AS_OF, '--format', 'json');
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as { input: unknown }).input).toEqual({ records: 2, assessed: 2, rejected: 0 });
      expect(stdout).not.toContain('529901197003040110');
      expect(stdout).not.toContain('赵大山');
    });
  }

  it('a CSV renamed to .xls: says so and reads it as the CSV it is (GBK guessed)', async () => {
    const { items, warnings } = await read(trial('csv-renamed.xls'));
    expect(warnings.map((w) => w.code).slice(0, 3)).toEqual(['warn/xls-is-text', 'warn/encoding', 'warn/header-row']);
    expect(warnings[0]?.message['zh-CN']).toBe('文件扩展名为 .xls，但内容是 CSV 文本（可能是改了扩展名的 CSV 文件）：已按 CSV 读取；建议把扩展名改为 .csv，或用 Excel 或 WPS 另存为 .xlsx');
    const csv = await read(trial('county-template-visits-gbk.csv'));
    expect(items).toEqual(csv.items);
    const table = await run('assess', trial('csv-renamed.xls'), ...AS_OF);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('[warn/xls-is-text] 文件扩展名为 .xls，但内容是 CSV 文本');
  });

  it('a real .xls is read as before, and binary that is no workbook still exits 2 as damaged', async () => {
    const real = await read(join(__dirname, '..', 'fixtures', 'real-world', 'register.xls'));
    expect(real.warnings.map((w) => w.code)).not.toContain('warn/xls-is-html');
    expect(real.items).toHaveLength(3);
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-xls-'));
    const binary = join(dir, 'binary.xls');
    writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x20]));
    await expect(read(binary)).rejects.toBeInstanceOf(InputError);
    // An HTML table named .xlsx is recognised too.
    const xlsx = join(dir, 'export.xlsx');
    copyFileSync(trial('html-export.xls'), xlsx);
    expect((await read(xlsx)).warnings[0]?.message.en).toMatch(/^the \.xlsx file is really an HTML table/);
  });
});
