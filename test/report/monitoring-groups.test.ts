import { describe, expect, it } from 'vitest';
import { monitoringRollup, type MonitoringRecord } from '../../src/index';
import { chartSpecs } from '../../src/report/charts';
import { monitoringGroups } from '../../src/report/monitoring-groups';
import { renderReportHtml } from '../../src/report/render-html';
import { reportModel } from '../../src/report/report-model';
import { record } from '../monitoring/fixtures';
import { input } from './fixtures';

const base: MonitoringRecord = record({ householdId: 'H-1' });
const records: MonitoringRecord[] = [
  base,
  { ...base, householdId: 'H-2', type: 'unstable-exited', risks: [{ type: 'illness' }, { type: 'disability' }], state: 'under-assistance', measures: [{ kind: 'health', startedOn: '2021-04-01' }] },
  { ...base, householdId: 'H-3', villageCode: '522601102201', state: 'risk-eliminated', elimination: { way: 'natural', month: '2021-09' } },
  { ...base, householdId: 'H-4', state: 'not-included' },
  // another county: its counts are added to the first one's
  { ...base, householdId: 'H-5', villageCode: '522602101201', type: 'sudden-hardship', risks: [{ type: 'disaster', disasterKind: '洪涝' }] },
];
const counts = (group: { counts: readonly { key: string; count: number }[] }) => Object.fromEntries(group.counts.map((c) => [c.key, c.count]));

describe('monitoringGroups', () => {
  const rollup = monitoringRollup({ records }, { asOf: '2021-12-31', period: { from: '2021-01', to: '2021-12' }, longerThanMonths: 6 });
  const groups = monitoringGroups(rollup, { rejected: 2 });

  it('counts monitored households by type over every county, leaving out not-included records', () => {
    expect(groups[0]!.title).toEqual({ 'zh-CN': '监测对象类型', en: 'Monitored households by type' });
    expect(counts(groups[0]!)).toEqual({ 'unstable-exited': 1, marginal: 2, 'sudden-hardship': 1 });
    expect(groups[0]!.counts.map((c) => c.label['zh-CN'])).toEqual(['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']);
  });

  it('counts a household once under each of its risks and leaves out risks nobody has', () => {
    expect(counts(groups[1]!)).toEqual({ illness: 3, disability: 1, disaster: 1 });
    expect(groups[1]!.counts[0]!.label).toEqual({ 'zh-CN': '因病', en: 'illness' });
  });

  it('counts every record by state, not-included too', () => {
    const byState = counts(groups[2]!);
    expect(byState).toMatchObject({ identified: 2, 'under-assistance': 1, 'risk-eliminated': 1, 'not-included': 1 });
    expect(Object.values(byState).reduce((a, b) => a + b, 0)).toBe(records.length);
  });

  it('shows the eliminated, period, to-do and invalid counts; period counts only when asked', () => {
    expect(counts(groups[3]!)).toEqual({
      monitored: 4,
      eliminated: 1,
      'identified-in-period': 4,
      'eliminated-in-period': 1,
      'not-in-register': 0,
      'assistance-missing': 0,
      'long-monitored': 3,
      rejected: 2,
    });
    expect(JSON.stringify(groups)).not.toMatch(/H-\d/);
    expect(groups[3]!.counts.find((c) => c.key === 'long-monitored')!.label['zh-CN']).toBe('监测超过 6 个月');
    const bare = monitoringGroups(monitoringRollup({ records }, { asOf: '2021-12-31' }));
    expect(bare[3]!.counts.map((c) => c.key)).toEqual(['monitored', 'eliminated', 'not-in-register', 'assistance-missing']);
  });

  it('gives the report one chart per group and the counts as text with their model paths', () => {
    const model = reportModel({ ...input, monitoring: groups });
    expect(chartSpecs(model).filter((s) => s.id.startsWith('chart-monitoring-')).map((s) => s.id)).toEqual([
      'chart-monitoring-0',
      'chart-monitoring-1',
      'chart-monitoring-2',
      'chart-monitoring-3',
    ]);
    const html = renderReportHtml(model, { chartScript: '', version: '0' });
    expect(html).toContain('data-field="monitoring.3.counts.7.count">2<');
    expect(html).toContain('应纳未纳');
  });
});
