import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../../scripts/make-monitoring-fixture';
import type { MonitorReport } from '../../src/node/commands/monitor';
import { run } from './cli-harness';

const REGISTER = join(FIXTURE_DIR, 'register.ndjson');
const MONITORING = join(FIXTURE_DIR, 'monitoring.ndjson');
const POLICY = join(FIXTURE_DIR, 'policy.json');
const args = ['monitor', REGISTER, '--monitoring', MONITORING, '--as-of', '2021-12-31', '--policy', POLICY];

/** Every name, ID number and recorder of the fixture: none may appear in any output. */
const personal = (() => {
  const out: string[] = [];
  for (const line of readFileSync(REGISTER, 'utf8').trim().split('\n')) {
    const h = JSON.parse(line) as { members: { idNumber: string; name: string }[] };
    for (const m of h.members) out.push(m.idNumber, m.idNumber.slice(6, 14), m.name);
  }
  for (const line of readFileSync(MONITORING, 'utf8').trim().split('\n')) out.push((JSON.parse(line) as { recordedBy: string }).recordedBy);
  return [...new Set(out)];
})();
const leaks = (text: string) => personal.filter((p) => text.includes(p));

describe('tuopin monitor', () => {
  it('screens the register, rolls the monitoring register up and lists 应纳未纳 (json)', async () => {
    const { code, stdout, stderr } = await run(...args, '--format', 'json', '--longer-than', '6');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as MonitorReport;
    expect(report.asOf).toBe('2021-12-31');
    expect(report.period).toEqual({ from: '2021-01', to: '2021-12' });
    expect(report.input).toEqual({ records: 140, assessed: 140, rejected: 0, monitoringRecords: 120, monitoringValid: 120, monitoringRejected: 0 });
    expect(report.summary.filter((r) => r.level === 'county').map((r) => [r.code, r.records])).toEqual([
      ['529901', 60],
      ['539901', 60],
    ]);
    expect(report.screening.shouldBeMonitored + report.screening.notToBeMonitored + report.screening.unknown).toBe(140);
    expect(report.notInRegister.length).toBeGreaterThan(0);
    expect(report.longerThanMonths).toBe(6);
    expect(report.unmatchedRecords).toEqual([]);
    expect(leaks(stdout)).toEqual([]);
  });

  it('prints a table and a CSV with nothing personal in them', async () => {
    const table = await run(...args);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('防止返贫监测 Monitoring — 截至 as of 2021-12-31');
    expect(table.stdout).toContain('应纳未纳');
    expect(leaks(table.stdout)).toEqual([]);
    // The unmet tests by their Chinese names, each with its identifier, as the state column shows a state.
    const listed = table.stdout.split('\n').filter((l) => /^\d{6}-\d{3}\s/.test(l));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.some((l) => l.trimEnd().endsWith('收入不低于监测范围 income'))).toBe(true);
    expect(listed.some((l) => l.includes('收入不低于监测范围 income、'))).toBe(true);
    const zh = { income: '收入不低于监测范围', spending: '刚性支出未致收入低于监测范围', drop: '收入未骤降', basicNeeds: '两不愁三保障', water: '饮水安全' } as const;
    for (const l of listed) {
      for (const [id, name] of Object.entries(zh)) if (new RegExp(`\\b${id}\\b`).test(l)) expect(l, l).toContain(`${name} ${id}`);
      expect(l, l).not.toContain(', ');
    }
    // JSON keeps the stable identifiers.
    const json = JSON.parse((await run(...args, '--format', 'json')).stdout) as MonitorReport;
    expect(json.notInRegister.some((r) => r.tests?.includes('income'))).toBe(true);
    const csv = await run(...args, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/^level,code,name,records,monitored,byType\.unstable-exited,/);
    expect(csv.stdout.trim().split("\n")).toHaveLength(1 + 2 * (1 + 3 + 12));
    expect(leaks(csv.stdout)).toEqual([]);
  });

  it('lists invalid monitoring records (id masked) and exits 1 with --strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-monitor-'));
    const file = join(dir, 'monitoring.ndjson');
    const first = readFileSync(MONITORING, 'utf8').split('\n')[0]!;
    writeFileSync(file, `${first}\n${JSON.stringify({ ...JSON.parse(first), householdId: '52990119800101001X', riskIdentifiedMonth: '2021-13' })}\n`);
    const lax = await run('monitor', REGISTER, '--monitoring', file, '--as-of', '2021-12-31', '--policy', POLICY);
    expect(lax.code).toBe(0);
    expect(lax.stdout).toContain('riskIdentifiedMonth');
    expect(lax.stdout).not.toContain('52990119800101001X');
    const strict = await run('monitor', REGISTER, '--monitoring', file, '--as-of', '2021-12-31', '--policy', POLICY, '--strict');
    expect(strict.code).toBe(1);
  });

  it('exits 2 on usage errors and unreadable input', async () => {
    const format = await run('monitor', REGISTER, '--monitoring', join(FIXTURE_DIR, 'x.txt'), '--as-of', '2021-12-31');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--monitoring 读取监测对象记录的 .json、.ndjson、.csv、.xlsx、.xls 或 .ods 文件');
    const absent = await run('monitor', REGISTER, '--monitoring', join(FIXTURE_DIR, 'x.csv'), '--as-of', '2021-12-31');
    expect(absent.code).toBe(2);
    expect(absent.stderr).toMatch(/x\.csv/);
    expect((await run(...args, '--period', '2021-12..2021-01')).code).toBe(2);
    expect((await run(...args, '--longer-than', '-3')).code).toBe(2);
    expect((await run(...args, '--format', 'xml')).code).toBe(2);
    const missing = await run('monitor', join(FIXTURE_DIR, 'none.ndjson'), '--as-of', '2021-12-31');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.ndjson/);
  });
});

describe('tuopin report --monitoring', { timeout: 120_000 }, () => {
  it('adds the monitoring section with the same counts as tuopin monitor, and no personal data', async () => {
    const monitor = JSON.parse((await run(...args, '--format', 'json', '--longer-than', '6')).stdout) as MonitorReport;
    const counties = monitor.summary.filter((r) => r.level === 'county');
    const total = (pick: (r: (typeof counties)[number]) => number | null) => counties.reduce((n, r) => n + (pick(r) ?? 0), 0);
    const { code, stdout, stderr } = await run('report', REGISTER, '--monitoring', MONITORING, '--as-of', '2021-12-31', '--policy', POLICY, '--longer-than', '6', '--format', 'json');
    expect(code, stderr).toBe(0);
    const model = JSON.parse(stdout) as { monitoring: { title: { 'zh-CN': string }; counts: { key: string; count: number }[] }[] };
    expect(model.monitoring.map((g) => g.title['zh-CN'])).toEqual(['监测对象类型', '风险类型（一户可有多项）', '监测记录状态', '消除与待办']);
    const [byType, , byState, attention] = model.monitoring.map((g) => Object.fromEntries(g.counts.map((c) => [c.key, c.count])));
    expect(byType).toEqual({
      'unstable-exited': total((r) => r.byType['unstable-exited']),
      marginal: total((r) => r.byType.marginal),
      'sudden-hardship': total((r) => r.byType['sudden-hardship']),
    });
    expect(Object.values(byState!).reduce((a, b) => a + b, 0)).toBe(120);
    expect(attention).toEqual({
      monitored: total((r) => r.monitored),
      eliminated: total((r) => r.eliminated),
      'identified-in-period': total((r) => r.identifiedInPeriod),
      'eliminated-in-period': total((r) => r.eliminatedInPeriod),
      'not-in-register': monitor.notInRegister.length,
      'assistance-missing': monitor.assistanceMissing.length,
      'long-monitored': monitor.longMonitored.length,
    });
    expect(leaks(stdout)).toEqual([]);

    const page = join(mkdtempSync(join(tmpdir(), 'tuopin-report-monitoring-')), 'report.html');
    const html = await run('report', REGISTER, '--monitoring', MONITORING, '--as-of', '2021-12-31', '--policy', POLICY, '--out', page);
    expect(html.code, html.stderr).toBe(0);
    const text = readFileSync(page, 'utf8');
    expect(text).toContain('id="chart-monitoring-0"');
    expect(text).toContain('帮扶未到位');
    expect(leaks(text)).toEqual([]);
  });

  it('counts invalid monitoring records on the page instead of dropping them, and refuses formats it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuopin-report-monitoring-'));
    const bad = join(dir, 'monitoring.ndjson');
    writeFileSync(bad, `${readFileSync(MONITORING, 'utf8')}{"householdId":"529901-000","type":"nope"}\n`);
    const { code, stdout } = await run('report', REGISTER, '--monitoring', bad, '--as-of', '2021-12-31', '--policy', POLICY, '--format', 'json');
    expect(code).toBe(0);
    const model = JSON.parse(stdout) as { monitoring: { counts: { key: string; count: number }[] }[] };
    expect(model.monitoring[3]!.counts.find((c) => c.key === 'rejected')?.count).toBe(1);
    const other = await run('report', REGISTER, '--monitoring', join(dir, 'records.txt'), '--format', 'json');
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--monitoring');
    const period = await run('report', REGISTER, '--monitoring', MONITORING, '--period', '2021-13..2021-12', '--format', 'json');
    expect(period.code).toBe(2);
    expect(period.stderr).toContain('2021-01..2021-12');
  });
});
