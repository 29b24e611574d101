import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli-harness';

// A county template with a title row (row 1) above the header (row 2): H001 on rows 3–5, H002
// (rejected: a bad check character) on row 6, H003 on rows 7–8, H004 on rows 9–10, whose second
// member is H003's daughter again (scripts/make-county-trial-fixtures.sh).
const trial = (name: string) => join(__dirname, '..', 'fixtures', 'county-trial', name);
const AS_OF = ['--as-of', '2020-12-31'];

interface Placed {
  code: string;
  index: number;
  row: number;
  memberRow?: number;
  householdId: string;
  message: { 'zh-CN': string; en: string };
}

const placed = (f: Placed) => [f.householdId, f.code, f.index, f.row, f.memberRow];

describe('tuopin audit: findings name the rows as the clerk sees them', () => {
  for (const name of ['county-template.xlsx', 'county-template-visits-gbk.csv']) {
    it(`${name}: the spreadsheet row (title and header rows counted) and the record index of assess`, async () => {
      const audit = JSON.parse((await run('audit', trial(name), ...AS_OF, '--format', 'json')).stdout) as { findings: Placed[]; rejections: { index: number; row: number }[] };
      expect(audit.findings.map(placed)).toEqual([
        ['H001', 'audit/schooling-missing', 0, 3, 5],
        ['H003', 'audit/schooling-missing', 2, 7, 8],
        ['H004', 'audit/person-in-two-households', 3, 9, 10],
      ]);
      // The other household is named by its record number and row, the rejected H002 counted.
      expect(audit.findings[2]?.message.en).toBe('member 2 (李**, 5299************61) is already registered in the household of record 3 (row 7) (one person in two households)');
      expect(audit.findings[2]?.message['zh-CN']).toBe('成员 2（李**，5299************61）已登记在第 3 条记录（第 7 行）的户中（一人多户）');
      // assess places the rejected record the same way: index 1, row 6.
      const assess = JSON.parse((await run('assess', trial(name), ...AS_OF, '--format', 'json')).stdout) as { rejections: { index: number; row: number }[] };
      expect(assess.rejections.map((r) => [r.index, r.row])).toEqual([[1, 6]]);
      expect(audit.rejections.map((r) => [r.index, r.row])).toEqual([[1, 6]]);
    });
  }

  it('prints the record number and row in the table, and the member’s row before the message, as assess lists a rejected record', async () => {
    const { code, stdout } = await run('audit', trial('county-template.xlsx'), ...AS_OF);
    expect(code).toBe(0);
    expect(stdout).toContain('#3 (第 7 行 row 7) H003 (529901101202) [audit/schooling-missing] 第 8 行 row 8, 成员 2（李**，5299************61）8 岁');
    expect(stdout).toContain('#2 (第 6 行 row 6) H002:');
    const csv = (await run('audit', trial('county-template.xlsx'), ...AS_OF, '--format', 'csv')).stdout.trim().split('\n');
    expect(csv[0]).toBe('index,row,householdId,villageCode,member,memberRow,code,path,message_zh,message_en');
    expect(csv.slice(1).map((l) => l.split(',').slice(0, 7).join(','))).toEqual([
      '0,3,H001,529901101201,2,5,audit/schooling-missing',
      '2,7,H003,529901101202,1,8,audit/schooling-missing',
      '3,9,H004,529901101202,1,10,audit/person-in-two-households',
    ]);
  });

  it('gives the line of an NDJSON record and no member row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-audit-rows-'));
    const file = join(dir, 'register.ndjson');
    const head = { idNumber: '11010519491231002X', name: '张三', relation: 'head' };
    writeFileSync(file, ['', JSON.stringify({ id: 'H1', villageCode: '529901101201', status: 'poor', members: [head] }), JSON.stringify({ id: 'H1', villageCode: '529901101201', status: 'poor', members: [{ ...head, idNumber: '440524188001010014' }] })].join('\n'));
    const audit = JSON.parse((await run('audit', file, ...AS_OF, '--format', 'json')).stdout) as { findings: Placed[] };
    const reused = audit.findings.filter((f) => f.code === 'audit/household-id-reused');
    expect(reused.map(placed)).toEqual([['H1', 'audit/household-id-reused', 1, 3, undefined]]);
    expect(reused[0]?.message.en).toBe('household id H1 is already used by the household of record 1 (row 2)');
  });
});
