import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Household } from '../../src/index';
import { clean, withMember } from '../audit/fixtures';
import { fixture, leaks, run } from './cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'tuopin-audit-'));
function ndjson(name: string, records: unknown[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return file;
}
const PERSONAL = /1980010|1982061|2010052|1955030|张三丰|李四娘|张小宝|张老汉/;

const register: Household[] = [clean(1), clean(2, { id: 'H-0001' }), withMember(3, 0, { relation: 'other' }), clean(4)];
const registerFile = ndjson('register.ndjson', [...register, { id: 'H-bad' }]);

describe('tuopin audit', () => {
  it('prints the findings per village as JSON, masked, and lists rejected records', async () => {
    const { code, stdout } = await run('audit', registerFile, '--format', 'json', '--as-of', '2020-12-31');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.input).toEqual({ records: 5, valid: 4, rejected: 1 });
    expect(report.findings.map((f: { code: string; householdId: string }) => [f.code, f.householdId])).toEqual([
      ['audit/household-id-reused', 'H-0001'],
      ['audit/no-head', 'H-0003'],
    ]);
    expect(report.summary.villages.map((v: { villageCode: string; findings: number }) => [v.villageCode, v.findings])).toEqual([
      ['522601101201', 1],
      ['522601101202', 1],
    ]);
    expect(report.rejections[0]).toMatchObject({ index: 4, householdId: 'H-bad' });
    expect(stdout).not.toMatch(PERSONAL);
  });

  it('prints a table and a CSV of findings; --strict exits 1 when anything was found', async () => {
    const table = await run('audit', registerFile, '--as-of', '2020-12-31');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('户表核查 Register audit');
    expect(table.stdout).toContain('[audit/no-head]');
    expect(table.stdout).not.toMatch(PERSONAL);
    const csv = await run('audit', registerFile, '--as-of', '2020-12-31', '--format', 'csv');
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('index,row,householdId,villageCode,member,memberRow,code,path,message_zh,message_en');
    expect(lines.slice(1).map((l) => l.split(',')[6])).toEqual(['audit/household-id-reused', 'audit/no-head']);
    expect(csv.stderr).toContain('H-bad');
    expect((await run('audit', registerFile, '--as-of', '2020-12-31', '--strict')).code).toBe(1);
    const cleanFile = ndjson('clean.ndjson', [clean(1), clean(2)]);
    expect((await run('audit', cleanFile, '--as-of', '2020-12-31', '--strict')).code).toBe(0);
  });

  it('reads every input format of assess', async () => {
    const { code, stdout } = await run('audit', fixture('households.csv'), '--format', 'json', '--as-of', '2020-03-31');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).input).toEqual({ records: 5, valid: 3, rejected: 2 });
    expect(leaks(stdout)).toEqual([]);
  });

  it('exits 2 on a missing file or a usage error', async () => {
    expect((await run('audit', join(dir, 'nope.ndjson'))).code).toBe(2);
    expect((await run('audit')).code).toBe(2);
    expect((await run('audit', registerFile, '--format', 'xml')).code).toBe(2);
  });
});

describe('tuopin diff', () => {
  const before = ndjson('before.ndjson', [clean(1), clean(2), clean(3)]);
  const after = ndjson('after.ndjson', [clean(1), clean(2, { status: 'returned', income: { year: 2021, wage: 8000 } }), clean(4, { status: 'poor' })]);
  const shuffled = ndjson('after-shuffled.ndjson', [clean(4, { status: 'poor' }), clean(1), clean(2, { status: 'returned', income: { year: 2021, wage: 8000 } })]);

  it('streams sorted files and prints the changes as JSON', async () => {
    const { code, stdout } = await run('diff', before, after, '--format', 'json', '--as-of', '2021-06-30', '--drop-share', '3/10');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.mode).toBe('sorted');
    expect(report.diff.counts).toMatchObject({ newHouseholds: 1, removedHouseholds: 1, statusChanges: 1, newlyIdentified: 1, incomeFellByMoreThanShare: 1 });
    expect(report.diff.statusChanges[0]).toMatchObject({ householdId: 'H-0002', kind: 'returned' });
    expect(stdout).not.toMatch(PERSONAL);
  });

  it('reads unsorted files again in memory, with the same result', async () => {
    const sorted = JSON.parse((await run('diff', before, after, '--format', 'json', '--as-of', '2021-06-30')).stdout);
    const unsorted = JSON.parse((await run('diff', before, shuffled, '--format', 'json', '--as-of', '2021-06-30')).stdout);
    expect(unsorted.mode).toBe('in-memory');
    expect(unsorted.diff).toEqual(sorted.diff);
  });

  it('prints a table and a CSV of changes', async () => {
    const table = await run('diff', before, after, '--as-of', '2021-06-30');
    expect(table.stdout).toContain('两期户表比对 Register diff');
    // The table words each change from the table catalog and shows statuses and verdicts by
    // their Chinese labels, as the other tables do; the CSV keeps the stable codes.
    const changes = table.stdout.slice(table.stdout.indexOf('变化 Changes')).split('\n');
    expect([...new Set(changes.filter((l) => /^[\u4e00-\u9fff]/.test(l)).map((l) => l.split(/ {2,}/)[0]))]).toEqual([
      '变化 Changes (13)',
      '变化 change',
      '新增户 new household',
      '减少户 household removed',
      '新增人口 member added',
      '减少人口 member removed',
      '返贫 returned to poverty',
      '新识别 newly identified',
      '判定变化 verdict changed',
    ]);
    expect(table.stdout).toMatch(/返贫 returned to poverty +H-0002 +522601101201 +已脱贫 → 返贫/);
    expect(table.stdout).toMatch(/判定变化 verdict changed +H-0002 +522601101201 +达标 compliant 是→否; 收入 达标→待核实/);
    expect(table.stdout).not.toMatch(/household-new|status-returned|newly-identified|\bpoor\b|\bunknown\b/);
    expect(table.stdout).not.toMatch(PERSONAL);
    const csv = await run('diff', before, after, '--as-of', '2021-06-30', '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toBe('change,householdId,villageCode,detail');
    expect(csv.stdout).toContain('household-new,H-0004');
    expect(csv.stdout).toContain('status-returned,H-0002,522601101201,exited → returned');
    expect(csv.stdout).toContain('verdict,H-0002,522601101201,达标 compliant true→false; income met→unknown');
    // Per-person yuan from integer fen and the fall cut towards zero, never through toFixed.
    const fell = await run('diff', before, after, '--as-of', '2021-06-30', '--drop-share', '3/10', '--format', 'csv');
    expect(fell.stdout.split('\n').find((line) => line.startsWith('income-fell'))).toBe('income-fell,H-0002,522601101201,"6250 → 2000 元/人 yuan per person (−17/25, 68.0%)"');
    expect(csv.stdout).not.toMatch(PERSONAL);
  });

  it('exits 2 on a usage error or an id repeated in one file', async () => {
    expect((await run('diff', before)).code).toBe(2);
    expect((await run('diff', before, after, '--drop-share', 'half')).code).toBe(2);
    const repeated = ndjson('repeated.ndjson', [clean(1), clean(1)]);
    const result = await run('diff', before, repeated, '--as-of', '2021-06-30');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('diff/duplicate-household');
  });
});

describe('tuopin assess --compare-policy', () => {
  const policyFile = join(dir, 'province.json');
  writeFileSync(policyFile, JSON.stringify({ name: 'province-4600', povertyLines: [{ year: 2020, yuan: 4600 }] }));
  const file = ndjson('compare.ndjson', [clean(1), clean(2, { income: { year: 2020, wage: 17000 } }), { id: 'H-bad' }]);

  it('counts per village the verdicts that change, in every format', async () => {
    const { code, stdout } = await run('assess', file, '--compare-policy', policyFile, '--format', 'json', '--as-of', '2020-12-31');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.comparison.policies).toEqual({ a: 'national', b: 'province-4600' });
    expect(report.comparison.list.map((h: { householdId: string }) => h.householdId)).toEqual(['H-0002']);
    expect(report.input).toEqual({ records: 3, valid: 2, rejected: 1 });
    const csv = await run('assess', file, '--compare-policy', policyFile, '--format', 'csv', '--as-of', '2020-12-31');
    expect(csv.stdout.split('\n')[0]).toMatch(/^villageCode,name,households,changed,noLongerCompliant,newlyCompliant,changed.income/);
    const table = await run('assess', file, '--compare-policy', policyFile, '--as-of', '2020-12-31', '--strict');
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('H-0002 (522601101201): 达标 compliant 是→否; 收入 达标→未达标');
  });

  it('exits 2 when the other policy cannot be read', async () => {
    expect((await run('assess', file, '--compare-policy', join(dir, 'none.json'))).code).toBe(2);
  });
});
