import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, leaks, run } from './cli-harness';

interface JsonReport {
  asOf: string;
  input: { records: number; assessed: number; rejected: number };
  summary: { code: string; level: string; households: number; persons: number; compliantHouseholds: number; unmet: Record<string, number>; ruralPopulation?: number; incidence?: { numerator: number; denominator: number } }[];
  rejections: { index: number; row?: number; householdId?: string; issues: { path: (string | number)[]; code: string; row?: number; message: { 'zh-CN': string; en: string } }[] }[];
}

async function json(...argv: string[]): Promise<{ code: number; report: JsonReport; stderr: string; stdout: string }> {
  const result = await run('assess', ...argv, '--format', 'json', '--as-of', '2020-03-31');
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr, stdout: result.stdout };
}

describe('tuopin assess', () => {
  for (const file of ['households.csv', 'households.xlsx', 'households.json']) {
    it(`assesses ${file}: every record assessed or rejected with its row and field`, async () => {
      const { code, report, stdout } = await json(fixture(file));
      expect(code).toBe(0);
      expect(report.asOf).toBe('2020-03-31');
      expect(report.input).toEqual({ records: 5, assessed: 3, rejected: 2 });
      expect(report.rejections.map((r) => [r.index, r.householdId, r.issues.map((i) => [i.path.join('.'), i.code])])).toEqual([
        [2, 'H003', [['members.0.idNumber', 'id/check-character']]],
        [3, 'H004', [['income.wage', 'invalid_type']]],
      ]);
      const county = report.summary.find((r) => r.level === 'county');
      expect(county).toMatchObject({ code: '529901', households: 3, persons: 6 });
      expect(report.summary.filter((r) => r.level === 'village').map((r) => r.code)).toEqual(['529901101201', '529901102201']);
      expect(leaks(stdout)).toEqual([]);
    });
  }

  it('names the spreadsheet row of the member a problem concerns', async () => {
    const { report } = await json(fixture('households.csv'));
    expect(report.rejections.map((r) => [r.row, r.issues.map((i) => i.row)])).toEqual([
      [7, [7]],
      [8, [8]],
    ]);
  });

  it('rejects a malformed NDJSON line and goes on', async () => {
    const { code, report } = await json(fixture('households.ndjson'));
    expect(code).toBe(0);
    expect(report.input).toEqual({ records: 6, assessed: 3, rejected: 3 });
    expect(report.rejections[0]).toMatchObject({ index: 2, row: 3, issues: [{ code: 'input/malformed-json' }] });
  });

  it('gives the same report on worker threads as in one thread', async () => {
    const one = await json(fixture('households.ndjson'), '--workers', '0');
    const two = await json(fixture('households.ndjson'), '--workers', '2');
    expect(two.report).toEqual(one.report);
  });

  it('adds village populations, incidence and villages without households from --villages', async () => {
    const { report } = await json(fixture('households.csv'), '--villages', fixture('villages.csv'));
    const villages = report.summary.filter((r) => r.level === 'village');
    expect(villages.map((v) => [v.code, v.households, v.ruralPopulation])).toEqual([
      ['529901101201', 2, 300],
      ['529901101202', 0, 120],
      ['529901102201', 1, 80],
      ['529901102202', 0, 150],
    ]);
    expect(report.summary.find((r) => r.level === 'county')?.ruralPopulation).toBe(650);
  });

  it('exits 1 with --strict when records were rejected, 0 without', async () => {
    expect((await run('assess', fixture('households.csv'), '--strict', '--as-of', '2020-03-31')).code).toBe(1);
    expect((await run('assess', fixture('households.csv'), '--as-of', '2020-03-31')).code).toBe(0);
  });

  it('prints a table with the summary and the rejected records, nothing personal', async () => {
    const { code, stdout } = await run('assess', fixture('households.xlsx'), '--as-of', '2020-03-31');
    expect(code).toBe(0);
    expect(stdout).toContain('汇总 Summary');
    expect(stdout).toContain('529901');
    expect(stdout).toContain('#3 (第 7 行 row 7) H003:');
    expect(stdout).toContain('members.0.idNumber [id/check-character] 身份证号码校验码错误');
    expect(leaks(stdout)).toEqual([]);
  });

  it('prints CSV to standard output and the rejections to standard error', async () => {
    const { code, stdout, stderr } = await run('assess', fixture('households.csv'), '--format', 'csv', '--as-of', '2020-03-31');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^level,code,name,households,persons,/);
    expect(lines[1]).toMatch(/^county,529901,,3,6,/);
    expect(stderr).toContain('H004');
    expect(leaks(stdout + stderr)).toEqual([]);
  });

  it('writes to --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tuopin-')), 'report.json');
    const { code, stdout } = await run('assess', fixture('households.json'), '--format', 'json', '--out', out, '--as-of', '2020-03-31');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as JsonReport).input.records).toBe(5);
  });

  it('exits 2 naming the file and the missing column', async () => {
    const { code, stderr } = await run('assess', fixture('missing-column.csv'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing-column\.csv, 第 1 行 row 1: 缺少必需列：身份证号 \(idNumber\).* \/ missing required column\(s\): 身份证号 \(idNumber\)/);
  });

  it('exits 2 on an empty file and on a file that does not exist', async () => {
    const empty = await run('assess', fixture('empty.csv'));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('empty.csv: 文件为空 / the file is empty');
    const missing = await run('assess', fixture('nope.ndjson'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.ndjson: 无法读取文件（ENOENT） \/ cannot read the file \(ENOENT\)/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run('assess')).code).toBe(2);
    expect((await run('assess', fixture('households.csv'), '--format', 'xml')).code).toBe(2);
    expect((await run('assess', fixture('households.csv'), '--as-of', 'tomorrow')).code).toBe(2);
    expect((await run('assess', fixture('households.csv'), '--bogus')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });
});
