import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, run } from './cli-harness';

// A GBK CSV as a county exports it: a title row above the header, an unknown column 备注 and the
// household cells merged (blank below the head's row). Every command that reads a register
// reports its read warnings as `tuopin assess` does, in every output format.
const GBK = fixture('register-title-gbk.csv');
const XLSX = join(__dirname, '..', 'fixtures', 'real-world', 'register.xlsx');
const CODES = ['warn/encoding', 'warn/header-row', 'warn/unknown-columns', 'warn/missing-check-columns', 'warn/missing-optional-columns', 'warn/carried-down'];
const AS_OF = ['--as-of', '2020-03-31'];

/** The warning codes of a text section, in order. */
const listed = (text: string): string[] => [...text.matchAll(/^ {2}- (?:第 \d+ 行 row \d+, )?\[(warn\/[a-z-]+)\]/gm)].map((m) => m[1] as string);

describe('read warnings of every register command', () => {
  it('assess lists them in table, JSON and (on standard error) CSV output', async () => {
    const table = await run('assess', GBK, ...AS_OF);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('警告 Warnings (6)');
    expect(listed(table.stdout)).toEqual(CODES);
    const json = await run('assess', GBK, ...AS_OF, '--format', 'json');
    expect(JSON.parse(json.stdout).warnings.map((w: { code: string }) => w.code)).toEqual(CODES);
    const csv = await run('assess', GBK, ...AS_OF, '--format', 'csv');
    expect(listed(csv.stderr)).toEqual(CODES);
    expect(csv.stdout).not.toContain('warn/');
  });

  for (const command of ['audit', 'monitor'] as const) {
    it(`${command} lists the same warnings as assess in table, JSON and CSV output`, async () => {
      const assessed = JSON.parse((await run('assess', GBK, ...AS_OF, '--format', 'json')).stdout).warnings;
      const table = await run(command, GBK, ...AS_OF);
      expect(table.code).toBe(0);
      expect(table.stdout).toMatch(/警告 Warnings \(6\)|警告（6） \/ Warnings \(6\)/);
      expect(listed(table.stdout)).toEqual(CODES);
      const json = await run(command, GBK, ...AS_OF, '--format', 'json');
      expect(JSON.parse(json.stdout).warnings).toEqual(assessed);
      const csv = await run(command, GBK, ...AS_OF, '--format', 'csv');
      expect(listed(csv.stderr)).toEqual(CODES);
      expect(csv.stdout).not.toContain('warn/');
    });
  }

  it('assess --compare-policy lists them too, as assess does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-warnings-'));
    const policy = join(dir, 'province.json');
    writeFileSync(policy, JSON.stringify({ name: 'province-4600', povertyLines: [{ year: 2019, yuan: 4600 }] }));
    const table = await run('assess', GBK, ...AS_OF, '--compare-policy', policy);
    expect(listed(table.stdout)).toEqual(CODES);
    const json = await run('assess', GBK, ...AS_OF, '--compare-policy', policy, '--format', 'json');
    expect(JSON.parse(json.stdout).warnings.map((w: { code: string }) => w.code)).toEqual(CODES);
    const csv = await run('assess', GBK, ...AS_OF, '--compare-policy', policy, '--format', 'csv');
    expect(listed(csv.stderr)).toEqual(CODES);
  });

  it('diff lists the warnings of each register under its own label, in every format', async () => {
    const table = await run('diff', GBK, XLSX, ...AS_OF);
    expect(table.code).toBe(0);
    const section = table.stdout.slice(table.stdout.indexOf('警告 Warnings (12)'));
    expect(section).toMatch(/^警告 Warnings \(12\)\n前一期 before:\n/);
    const [before, after] = section.split('后一期 after:');
    expect(listed(before ?? '')).toEqual(CODES);
    expect(listed(after ?? '')).toEqual(['warn/sheet', 'warn/header-row', 'warn/unknown-columns', 'warn/missing-check-columns', 'warn/missing-optional-columns', 'warn/carried-down']);
    const json = JSON.parse((await run('diff', GBK, XLSX, ...AS_OF, '--format', 'json')).stdout);
    expect(json.warnings.before.map((w: { code: string }) => w.code)).toEqual(CODES);
    expect(json.warnings.after.map((w: { code: string; file: string }) => [w.code, w.file])[0]).toEqual(['warn/sheet', 'register.xlsx']);
    const csv = await run('diff', GBK, XLSX, ...AS_OF, '--format', 'csv');
    expect(listed(csv.stderr)).toHaveLength(12);
    expect(csv.stdout).not.toContain('warn/');
  });

  it('prints no warnings section for a file without warnings', async () => {
    const clean = fixture('households.ndjson');
    for (const command of ['audit', 'diff'] as const) {
      const files = command === 'diff' ? [clean, clean] : [clean];
      const { stdout } = await run(command, ...files, ...AS_OF);
      expect(stdout).not.toContain('Warnings');
    }
  });
});
