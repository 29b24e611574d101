import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCounty } from '../../src/node/sample-county';
import { run } from './cli-harness';

function sampleDir(): string {
  return mkdtempSync(join(tmpdir(), 'tuopin-sample-'));
}

const sampleNames = () => {
  const county = sampleCounty();
  return [
    ...county.households.slice(0, 50).flatMap((h) => h.members.map((m) => m.name)),
    ...county.ledger.map((e) => e.responsiblePerson),
  ].filter((n) => n.length >= 2);
};
const sampleIds = () => sampleCounty().households.slice(0, 50).flatMap((h) => h.members.map((m) => m.idNumber.slice(4, 16)));

describe('tuopin demo', () => {
  it('prints every report on the sample county, nothing personal', async () => {
    const { code, stdout } = await run('demo');
    expect(code).toBe(0);
    for (const part of ['汇总 Summary', '摘帽障碍 Exit blockers', '问题台账 Ledger', '产业规划 Industry plan', '未通过校验的记录 Rejected records (3)']) {
      expect(stdout).toContain(part);
    }
    for (const personal of [...sampleNames(), ...sampleIds()]) expect(stdout).not.toContain(personal);
  });

  it('writes the sample files, which the other commands read', async () => {
    const dir = sampleDir();
    const written = await run('demo', '--write', dir, '--format', 'json');
    expect(written.code).toBe(0);
    const demo = JSON.parse(written.stdout) as { assess: { input: { records: number; assessed: number } } };
    expect(demo.assess.input).toMatchObject({ records: 3003, assessed: 3000 });

    const assess = await run('assess', join(dir, 'households.csv'), '--villages', join(dir, 'villages.csv'), '--format', 'json', '--as-of', '2020-03-31');
    expect(assess.code).toBe(0);
    expect((JSON.parse(assess.stdout) as { input: unknown }).input).toEqual({ records: 3000, assessed: 3000, rejected: 0 });
  });
});

describe('tuopin ledger', () => {
  it('summarises the ledger and lists overdue entries with the responsible person masked', async () => {
    const dir = sampleDir();
    await run('demo', '--write', dir, '--format', 'json');
    const { code, stdout } = await run('ledger', join(dir, 'ledger.json'), '--as-of', '2020-03-20', '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { asOf: string; input: { records: number }; summary: { total: { total: number; closed: number } }; overdue: { id: string; deadline: string; responsiblePerson: string }[] };
    expect(report.asOf).toBe('2020-03-20');
    expect(report.input.records).toBe(12);
    expect(report.summary.total.total).toBe(12);
    expect(report.overdue.length).toBeGreaterThan(0);
    expect(report.overdue.every((o) => o.deadline < '2020-03-20')).toBe(true);
    expect(report.overdue.every((o) => /^.\*+$/.test(o.responsiblePerson))).toBe(true);
    for (const personal of sampleNames()) expect(stdout).not.toContain(personal);
  });

  it('groups with --by and lists invalid entries', async () => {
    const dir = sampleDir();
    await run('demo', '--write', dir, '--format', 'json');
    const entries = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as Record<string, unknown>[];
    const file = join(dir, 'ledger.ndjson');
    writeFileSync(file, [...entries.slice(0, 3), { ...entries[0], id: 'BAD', deadline: '2020-02-30' }].map((e) => JSON.stringify(e)).join('\n'));
    const { code, stdout } = await run('ledger', file, '--as-of', '2020-03-20', '--by', 'category');
    expect(code).toBe(0);
    expect(stdout).toContain('分组 group');
    expect(stdout).toContain('无效条目 Rejected entries (1)');
    expect(stdout).toContain('deadline [date/invalid]');
    expect((await run('ledger', file, '--by', 'colour')).code).toBe(2);
    expect((await run('ledger', file, '--strict', '--as-of', '2020-03-20')).code).toBe(1);
  });
});

describe('tuopin plan', () => {
  it('summarises the plan against the targets given', async () => {
    const dir = sampleDir();
    await run('demo', '--write', dir, '--format', 'json');
    const { code, stdout } = await run('plan', join(dir, 'plan.json'), '--target', 'bazi=8000', '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { summary: { zones: { zoneId: string; status: string; targetPerMu?: number }[] }; reduction: { total: number } };
    expect(report.summary.zones.map((z) => [z.zoneId, z.status])).toEqual([
      ['BZ-01', 'unmet'],
      ['BZ-02', 'unmet'],
      ['SL-01', 'no-target'],
      ['WT-01', 'no-target'],
    ]);
    expect(report.reduction.total).toBe(40);
    const table = await run('plan', join(dir, 'plan.json'), '--target', 'bazi=8000', '--target', 'SL-01=4000');
    expect(table.stdout).toContain('八要素');
    expect(table.stdout).toMatch(/SL-01.*达标 met/);
  });

  it('says in both languages that the linkage share is capped when more households are linked than are poor', async () => {
    const dir = sampleDir();
    await run('demo', '--write', dir, '--format', 'json');
    const json = await run('plan', join(dir, 'plan.json'), '--poor-households', '1', '--format', 'json');
    const linkage = (JSON.parse(json.stdout) as { linkage: { linkedPoorHouseholds: number; capped: boolean } }).linkage;
    expect(linkage.capped).toBe(true);
    const table = await run('plan', join(dir, 'plan.json'), '--poor-households', '1');
    expect(table.stdout).toContain(`/1 贫困户`);
    expect(table.stdout).toContain('(100.00%)（联结户数多于贫困户数，按 100% 计 capped: more linked than poor households）');
    const uncapped = await run('plan', join(dir, 'plan.json'), '--poor-households', String(linkage.linkedPoorHouseholds));
    expect(uncapped.stdout).toContain('利益联结 Benefit linkage');
    expect(uncapped.stdout).not.toContain('capped');
  });

  it('exits 2 on a bad target or an invalid plan', async () => {
    const dir = sampleDir();
    await run('demo', '--write', dir, '--format', 'json');
    expect((await run('plan', join(dir, 'plan.json'), '--target', 'bazi')).code).toBe(2);
    const bad = join(dir, 'bad-plan.json');
    const small = { id: 'Z', name: 'z', kind: 'bazi', areaMu: 100, plantings: [] };
    writeFileSync(bad, JSON.stringify({ id: 'P', countyCode: '529901', year: 2020, zones: [small, small] }));
    const result = await run('plan', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('zones.1.id [plan/duplicate-zone]');
    // A 坝区 under the policy's minimum is a valid plan with an unmet area check, not an invalid file.
    writeFileSync(bad, JSON.stringify({ id: 'P', countyCode: '529901', year: 2020, zones: [small] }));
    const smallPlan = await run('plan', bad, '--format', 'json');
    expect(smallPlan.code).toBe(0);
    expect(JSON.parse(smallPlan.stdout).summary.zones[0].baziArea).toMatchObject({ status: 'unmet', reasons: [{ code: 'zone/bazi-too-small' }] });
    const table = await run('plan', bad);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('! Z: 坝区面积应不小于 500 亩，实际为 100 亩 / a 坝区 (bazi) covers at least 500 mu; this one has 100');
  });
});

describe('tuopin --help and --version', () => {
  it('prints usage', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('tuopin assess <file>');
    expect((await run()).code).toBe(2);
    expect((await run('--version')).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints each command its own usage, audit, diff and monitor included, in both languages', async () => {
    for (const command of ['assess', 'audit', 'diff', 'monitor', 'ledger', 'plan', 'demo', 'report']) {
      const { code, stdout } = await run(command, '--help');
      expect(code, command).toBe(0);
      expect(stdout, command).toContain(`tuopin ${command} <`.replace('demo <', 'demo ['));
      expect(stdout, command).toContain('退出码');
      expect(stdout, command).toContain('Exit codes');
      // The block of another command does not appear.
      expect(stdout, command).not.toContain(command === 'ledger' ? 'tuopin plan <' : 'tuopin ledger <');
    }
  });
});
