import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/report/charts';
import { reportModel } from '../../src/report/report-model';
import { input } from './fixtures';

type Series = { name: string; data: unknown[] };
const seriesOf = (option: Readonly<Record<string, unknown>>) => option.series as Series[];
const axisOf = (option: Readonly<Record<string, unknown>>, axis: 'xAxis' | 'yAxis') => (option[axis] as { data: unknown[] }).data;

describe('chartSpecs', () => {
  const model = reportModel(input);
  const specs = chartSpecs(model);
  const byId = new Map(specs.map((s) => [s.id, s]));

  it('makes one chart per check, then the timetable and industry charts', () => {
    expect(specs.map((s) => s.id)).toEqual([
      'chart-check-income',
      'chart-check-food',
      'chart-check-clothing',
      'chart-check-education',
      'chart-check-medical',
      'chart-check-housing',
      'chart-check-water',
      'chart-burndown',
      'chart-overdue',
      'chart-industry',
    ]);
  });

  it('draws failing and unknown households by township for each check', () => {
    for (const check of model.checks) {
      const option = byId.get(`chart-check-${check.check}`)!.option;
      expect(axisOf(option, 'xAxis')).toEqual(['青山镇', '龙泉镇']);
      const [failing, unknown] = seriesOf(option);
      expect(failing!.data).toEqual(check.byTownship.map((t) => t.unmet));
      expect(unknown!.data).toEqual(check.byTownship.map((t) => t.unknown));
    }
  });

  it('draws the burn-down to asOf and the target on to the month end', () => {
    const option = byId.get('chart-burndown')!.option;
    const axis = axisOf(option, 'xAxis');
    expect(axis[0]).toBe('2020-03-02');
    expect(axis.at(-1)).toBe('2020-03-31');
    expect(axis).toHaveLength(30);
    const [open, closed, target] = seriesOf(option);
    expect(open!.data.slice(0, 19)).toEqual(model.ledger!.timeline.map((d) => d.open));
    expect(open!.data.slice(19).every((v) => v === null)).toBe(true);
    expect(closed!.data.slice(0, 19)).toEqual(model.ledger!.timeline.map((d) => d.closed));
    expect(target!.data[0]).toBe(1);
    expect(target!.data.at(-1)).toBe(0);
    expect(target!.data.filter((v) => v !== null)).toHaveLength(2);
  });

  it('draws open and overdue entries by responsible unit, the most overdue on top', () => {
    const option = byId.get('chart-overdue')!.option;
    expect(axisOf(option, 'yAxis')).toEqual(['县水务局', '县住建局']);
    const [overdue, open] = seriesOf(option);
    expect(overdue!.data).toEqual([0, 1]);
    expect(open!.data).toEqual([1, 1]);
  });

  it('draws output per 亩 against the target by zone', () => {
    const option = byId.get('chart-industry')!.option;
    expect(axisOf(option, 'xAxis')).toEqual(['坝区一', '茶园']);
    const [output, target] = seriesOf(option);
    expect(output!.data.map((d) => (d as { value: number }).value)).toEqual([5000, 4200]);
    expect(target!.data).toEqual([{ value: 8000, label: { formatter: '8,000' } }, null]);
  });

  it('draws one chart per monitoring group when monitoring counts are given', () => {
    const withMonitoring = reportModel({
      ...input,
      monitoring: [
        {
          title: { 'zh-CN': '按类型', en: 'by type' },
          counts: [
            { key: 'unstable', label: { 'zh-CN': '脱贫不稳定户', en: 'unstable' }, count: 4 },
            { key: 'edge', label: { 'zh-CN': '边缘易致贫户', en: 'edge' }, count: 2 },
          ],
        },
      ],
    });
    const spec = chartSpecs(withMonitoring).find((s) => s.id === 'chart-monitoring-0')!;
    expect(axisOf(spec.option, 'xAxis')).toEqual(['脱贫不稳定户', '边缘易致贫户']);
    expect(seriesOf(spec.option)[0]!.data).toEqual([4, 2]);
  });

  it('makes no timetable or industry chart without a ledger or a plan', () => {
    const ids = chartSpecs(reportModel({ ...input, ledger: undefined, plan: undefined })).map((s) => s.id);
    expect(ids.filter((id) => !id.startsWith('chart-check-'))).toEqual([]);
  });

  it('is plain JSON: no functions in any option', () => {
    expect(JSON.parse(JSON.stringify(specs))).toEqual(specs);
  });
});
