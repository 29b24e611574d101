import { monitoringMeasures, monitoringMonth, monitoringRisks, monitoringValue, type MonitoringEnum, type RiskCell } from '../monitoring/monitoring-value';
import type { ValidationIssue } from '../validation/issues';
import { readIssue } from './messages';
import { HOUSEHOLD_GROUP, type RowGroup } from './read-records';

/** One row of the monitoring table is one record; absent optional columns get their own warning. @internal */
export const MONITORING_GROUP: RowGroup = {
  ...HOUSEHOLD_GROUP,
  headKey: undefined,
  codes: { ...HOUSEHOLD_GROUP.codes, absent: 'warn/missing-monitoring-columns' },
};

const ENUMS: readonly (readonly [readonly string[], MonitoringEnum])[] = [
  [['type'], 'type'],
  [['foundBy'], 'foundBy'],
  [['state'], 'state'],
  [['elimination', 'way'], 'eliminationWay'],
];
const MONTHS: readonly (readonly string[])[] = [['firstIdentifiedMonth'], ['riskIdentifiedMonth'], ['elimination', 'month'], ['twelveMonths', 'through']];

type Node = Record<string, unknown>;

function get(record: Node, path: readonly string[]): unknown {
  let node: unknown = record;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Node)[key] : undefined;
  return node;
}

function set(record: Node, path: readonly string[], value: unknown): void {
  const parent = path.length === 1 ? record : (get(record, path.slice(0, -1)) as Node);
  parent[path[path.length - 1] as string] = value;
}

/**
 * Turns the cells of one row of the monitoring table (as `rowsToRecords` gives them with
 * `MONITORING_COLUMNS`) into a monitoring record for validation: enum wordings, months, the risk
 * list or numbered risk columns with the 灾害类型 column, and the measure list read by the core's
 * readers. A cell that cannot be read is kept as written, so that validation names the field; a
 * 灾害类型 with no 因灾 risk is an issue of its own, and so is a 风险是否消除 that disagrees with the
 * state (nothing is dropped).
 * 将监测对象表的一行转换为待校验的监测记录。
 * @internal
 */
export function monitoringFromRow(row: unknown, rowNumber: number): { record: Node; issues: ValidationIssue[] } {
  const record: Node = { ...(row as Node) };
  const issues: ValidationIssue[] = [];
  for (const [path, kind] of ENUMS) {
    const cell = get(record, path);
    if (typeof cell === 'string') set(record, path, monitoringValue(kind, cell) ?? cell);
  }
  for (const path of MONTHS) {
    const cell = get(record, path);
    if (typeof cell === 'string') set(record, path, monitoringMonth(cell) ?? cell);
  }
  const risks: RiskCell[] = [];
  if (typeof record.risks === 'string') risks.push(...monitoringRisks(record.risks));
  for (let n = 1; n <= 5; n++) {
    const cell = record[`risk${n}`];
    delete record[`risk${n}`];
    if (typeof cell === 'string') risks.push(...monitoringRisks(cell));
  }
  const disasterKind = record.disasterKind;
  delete record.disasterKind;
  if (typeof disasterKind === 'string') {
    let used = false;
    risks.forEach((risk, i) => {
      if (risk.type !== 'disaster') return;
      used = true;
      if (risk.disasterKind === undefined) risks[i] = { ...risk, disasterKind };
    });
    if (!used) issues.push(readIssue('input/disaster-kind-unused', { row: rowNumber }, ['risks']));
  }
  if (risks.length > 0 || record.risks !== undefined) record.risks = risks;
  if (typeof record.measures === 'string') record.measures = monitoringMeasures(record.measures);
  // 风险是否消除 must agree with the state; it is no field of the record.
  const eliminated = record.riskEliminated;
  delete record.riskEliminated;
  if (eliminated !== undefined) {
    if (typeof eliminated !== 'boolean') issues.push(readIssue('input/risk-eliminated-not-yes-no', { row: rowNumber }, ['state']));
    else if (typeof record.state === 'string' && (record.state === 'risk-eliminated') !== eliminated) {
      issues.push(readIssue('input/risk-eliminated-disagrees', { row: rowNumber }, ['state']));
    }
  }
  return { record, issues };
}
