import { addCalendarDays } from '../calendar/add-calendar-days';
import { CHECK_NAMES } from '../household/assessment';
import type { Message } from '../reasons/types';
import { formatCount } from './format';
import { reportText } from './catalog';
import type { ReportMessageCode } from './messages';
import type { ReportModel } from './report-model';

/**
 * The charts of the report as data: for each chart its element id, its title and the ECharts
 * option that draws it (plain JSON, no functions), built from the {@link ReportModel} only. The
 * page hands each option to `echarts.init(…, { renderer: 'svg' }).setOption(option)`.
 * 报告中的图表（数据形式）：元素 id、标题与 ECharts 配置，全部由报告模型生成。
 */
export interface ChartSpec {
  readonly id: string;
  readonly title: Message;
  /** Height in CSS pixels. */
  readonly height: number;
  readonly option: Readonly<Record<string, unknown>>;
}

/** Colours of the three verdicts and of the two counts, shared by the cells and the charts. */
export const COLOURS = {
  met: '#2e7d32',
  unmet: '#c62828',
  unknown: '#8a8f98',
  failing: '#c62828',
  unknownCount: '#e0a526',
  open: '#e65100',
  closed: '#2e7d32',
  target: '#1565c0',
  output: '#00838f',
} as const;

const both = (code: ReportMessageCode): string => {
  const t = reportText(code);
  return `${t['zh-CN']} ${t.en}`;
};

const base = {
  animation: false,
  textStyle: { fontFamily: 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  legend: { bottom: 0 },
};

/** Names of the townships as the axis shows them (name, else code). */
function townshipLabels(model: ReportModel): string[] {
  return model.townships.map((t) => t.name ?? t.code);
}

/**
 * Builds the chart specs of a report model: one bar chart per check (failing and unknown
 * households by township), the ledger's burn-down against the month-end target, open and overdue
 * entries by responsible unit, output per 亩 against target by zone, and one bar chart per
 * monitoring group. Sections without data give no chart.
 * 由报告模型生成全部图表配置；没有数据的部分不生成图表。
 *
 * @param model - the report model
 * @returns the chart specs in page order
 * @example
 * const county = sampleCounty();
 * const assessments = county.households.map((h) => assessHousehold(h, { asOf: '2020-03-31' }));
 * const input = { records: 3000, assessed: 3000, rejected: 0 };
 * const model = reportModel({ asOf: '2020-03-31', policy: defaultPolicy, villages: county.villages, households: county.households, assessments, input });
 * chartSpecs(model).map((c) => c.id)
 * //=> ['chart-check-income', 'chart-check-food', 'chart-check-clothing', 'chart-check-education',
 * //    'chart-check-medical', 'chart-check-housing', 'chart-check-water']
 * // with `ledger` and `plan` in the model's input, also 'chart-burndown', 'chart-overdue', 'chart-industry'
 */
export function chartSpecs(model: ReportModel): ChartSpec[] {
  const specs: ChartSpec[] = [];
  const labels = townshipLabels(model);
  for (const name of CHECK_NAMES) {
    const check = model.checks.find((c) => c.check === name);
    if (check === undefined) continue;
    specs.push({
      id: `chart-check-${name}`,
      title: reportText(`check/${name}`),
      height: 220,
      option: {
        ...base,
        grid: { left: 44, right: 12, top: 16, bottom: 56 },
        xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, fontSize: 11 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: both('report/failing'), type: 'bar', data: check.byTownship.map((t) => t.unmet), itemStyle: { color: COLOURS.failing }, label: { show: true, position: 'top', fontSize: 10 } },
          { name: both('report/unknown'), type: 'bar', data: check.byTownship.map((t) => t.unknown), itemStyle: { color: COLOURS.unknownCount }, label: { show: true, position: 'top', fontSize: 10 } },
        ],
      },
    });
  }

  const ledger = model.ledger;
  if (ledger !== undefined && ledger.timeline.length > 0) {
    const dates = ledger.timeline.map((d) => d.date);
    // The axis runs on to the month end, where the target line reaches 0.
    const more: string[] = [];
    for (let day = addCalendarDays(dates[dates.length - 1]!, 1); day <= ledger.monthEnd; day = addCalendarDays(day, 1)) more.push(day);
    const axis = [...dates, ...more];
    const targetAt = new Map(ledger.target.map((t) => [t.date, t.open]));
    specs.push({
      id: 'chart-burndown',
      title: reportText('report/timetable'),
      height: 280,
      option: {
        ...base,
        tooltip: { trigger: 'axis' },
        grid: { left: 44, right: 20, top: 20, bottom: 56 },
        xAxis: { type: 'category', data: axis, boundaryGap: false, axisLabel: { fontSize: 11 } },
        yAxis: { type: 'value', minInterval: 1, min: 0 },
        series: [
          { name: both('report/open-entries'), type: 'line', step: 'end', showSymbol: false, data: [...ledger.timeline.map((d) => d.open), ...more.map(() => null)], itemStyle: { color: COLOURS.open }, lineStyle: { width: 2.5 } },
          { name: both('report/closed-entries'), type: 'line', step: 'end', showSymbol: false, data: [...ledger.timeline.map((d) => d.closed), ...more.map(() => null)], itemStyle: { color: COLOURS.closed } },
          {
            name: `${reportText('report/month-end-target', { date: ledger.monthEnd })['zh-CN']} target`,
            type: 'line',
            connectNulls: true,
            showSymbol: true,
            data: axis.map((d) => targetAt.get(d) ?? null),
            itemStyle: { color: COLOURS.target },
            lineStyle: { type: 'dashed', width: 2 },
          },
        ],
      },
    });
    if (ledger.byUnit.length > 0) {
      const units = [...ledger.byUnit].reverse();
      specs.push({
        id: 'chart-overdue',
        title: reportText('report/overdue-by-unit'),
        height: Math.max(160, 40 + units.length * 34),
        option: {
          ...base,
          grid: { left: 96, right: 24, top: 10, bottom: 44 },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', data: units.map((u) => u.unit), axisLabel: { fontSize: 11 } },
          series: [
            { name: both('report/overdue'), type: 'bar', data: units.map((u) => u.overdue), itemStyle: { color: COLOURS.unmet }, label: { show: true, position: 'right', fontSize: 10 } },
            { name: both('report/open-entries'), type: 'bar', data: units.map((u) => u.open), itemStyle: { color: COLOURS.open }, label: { show: true, position: 'right', fontSize: 10 } },
          ],
        },
      });
    }
  }

  const industry = model.industry;
  if (industry !== undefined && industry.zones.length > 0) {
    specs.push({
      id: 'chart-industry',
      title: reportText('report/industry'),
      height: 260,
      option: {
        ...base,
        grid: { left: 56, right: 16, top: 20, bottom: 56 },
        xAxis: { type: 'category', data: industry.zones.map((z) => z.name), axisLabel: { interval: 0, fontSize: 11 } },
        yAxis: { type: 'value', name: reportText('report/yuan-per-mu')['zh-CN'], nameTextStyle: { fontSize: 11 } },
        series: [
          {
            name: both('report/per-mu'),
            type: 'bar',
            itemStyle: { color: COLOURS.output },
            data: industry.zones.map((z) => ({
              value: z.outputValuePerMu,
              itemStyle: { color: z.status === 'unmet' ? COLOURS.unmet : z.status === 'met' ? COLOURS.met : COLOURS.output },
              label: { formatter: formatCount(z.outputValuePerMu) },
            })),
            label: { show: true, position: 'top', fontSize: 10 },
          },
          {
            name: both('report/target'),
            type: 'bar',
            data: industry.zones.map((z) => (z.targetPerMu === undefined ? null : { value: z.targetPerMu, label: { formatter: formatCount(z.targetPerMu) } })),
            itemStyle: { color: COLOURS.target, opacity: 0.45 }, label: { show: true, position: 'top', fontSize: 10 } },
        ],
      },
    });
  }

  (model.monitoring ?? []).forEach((group, i) => {
    if (group.counts.length === 0) return;
    specs.push({
      id: `chart-monitoring-${i}`,
      title: group.title,
      height: 220,
      option: {
        ...base,
        grid: { left: 44, right: 12, top: 16, bottom: 48 },
        xAxis: { type: 'category', data: group.counts.map((c) => c.label['zh-CN']), axisLabel: { interval: 0, fontSize: 11 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ name: `${group.title['zh-CN']} ${group.title.en}`, type: 'bar', data: group.counts.map((c) => c.count), itemStyle: { color: COLOURS.target }, label: { show: true, position: 'top', fontSize: 10 } }],
      },
    });
  });
  return specs;
}
