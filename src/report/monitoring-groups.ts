import { MONITORING_STATE_ZH, MONITORING_TYPE_ZH, RISK_TYPE_ZH } from '../monitoring/labels';
import type { MonitoringCounts, MonitoringRollup } from '../monitoring/monitoring-rollup';
import type { Message } from '../reasons/types';
import { reportText } from './catalog';
import type { MonitoringGroup } from './report-model';

type Count = MonitoringGroup['counts'][number];

/** A value of the monitoring record as a label: the register's Chinese, the code in English (`sudden-hardship` → `sudden hardship`). */
const label = (zh: Readonly<Record<string, string>>, key: string): Message => ({ 'zh-CN': zh[key] ?? key, en: key.replaceAll('-', ' ') });

function sum(rows: readonly MonitoringCounts[], pick: (row: MonitoringCounts) => number | null): number | null {
  let total: number | null = null;
  for (const row of rows) {
    const value = pick(row);
    if (value !== null) total = (total ?? 0) + value;
  }
  return total;
}

function byKey(rows: readonly MonitoringCounts[], field: 'byType' | 'byRisk' | 'byState', zh: Readonly<Record<string, string>>, keepZero: boolean): Count[] {
  const counts: Count[] = [];
  for (const key of Object.keys(zh)) {
    const count = sum(rows, (row) => (row[field] as Readonly<Record<string, number>>)[key] ?? 0) ?? 0;
    if (keepZero || count > 0) counts.push({ key, label: label(zh, key), count });
  }
  return counts;
}

/**
 * The monitoring section of the county report (作战图): counts by monitoring type, by risk type
 * (risk types with no household left out), by state, and the eliminated / to-do counts (应纳未纳,
 * 帮扶未到位, long monitoring and the period counts when the roll-up was asked for them), summed
 * over the county rows of a {@link monitoringRollup} result. Pure; ids never appear.
 * 作战图的防返贫监测部分：按监测对象类型、风险类型、记录状态计数，以及消除与待办数（县级行之和）。
 *
 * @param rollup - the result of `monitoringRollup` over the county's records and screening
 * @param input - `rejected`: monitoring records that failed validation, shown (when any) so that none is dropped unseen
 * @returns the groups {@link reportModel} takes as `monitoring`
 * @example
 * const rollup = monitoringRollup({ records: [assisted, eliminated] }, { asOf: '2021-12-31' });
 * monitoringGroups(rollup)[0].counts.map((c) => [c.key, c.count])
 * //=> [['unstable-exited', 0], ['marginal', 2], ['sudden-hardship', 0]]
 * monitoringGroups(rollup)[3].counts.map((c) => [c.key, c.count])
 * //=> [['monitored', 2], ['eliminated', 1], ['not-in-register', 0], ['assistance-missing', 0]]
 */
export function monitoringGroups(rollup: MonitoringRollup, input: { readonly rejected?: number | undefined } = {}): MonitoringGroup[] {
  const rows = rollup.rows.filter((row) => row.level === 'county');
  const attention: Count[] = [
    { key: 'monitored', label: reportText('report/monitored'), count: sum(rows, (r) => r.monitored) ?? 0 },
    { key: 'eliminated', label: reportText('report/eliminated'), count: sum(rows, (r) => r.eliminated) ?? 0 },
  ];
  const optional = (key: string, text: Message, value: number | null) => {
    if (value !== null) attention.push({ key, label: text, count: value });
  };
  optional('identified-in-period', reportText('report/identified-in-period'), sum(rows, (r) => r.identifiedInPeriod));
  optional('eliminated-in-period', reportText('report/eliminated-in-period'), sum(rows, (r) => r.eliminatedInPeriod));
  attention.push(
    { key: 'not-in-register', label: reportText('report/not-in-register'), count: sum(rows, (r) => r.notInRegister) ?? 0 },
    { key: 'assistance-missing', label: reportText('report/assistance-missing'), count: sum(rows, (r) => r.assistanceMissing) ?? 0 },
  );
  if (rollup.longerThanMonths !== null) optional('long-monitored', reportText('report/long-monitored', { n: rollup.longerThanMonths }), sum(rows, (r) => r.longMonitored));
  if ((input.rejected ?? 0) > 0) attention.push({ key: 'rejected', label: reportText('report/monitoring-rejected'), count: input.rejected ?? 0 });
  return [
    { title: reportText('report/monitoring-by-type'), counts: byKey(rows, 'byType', MONITORING_TYPE_ZH, true) },
    { title: reportText('report/monitoring-by-risk'), counts: byKey(rows, 'byRisk', RISK_TYPE_ZH, false) },
    { title: reportText('report/monitoring-by-state'), counts: byKey(rows, 'byState', MONITORING_STATE_ZH, true) },
    { title: reportText('report/monitoring-attention'), counts: attention },
  ];
}
