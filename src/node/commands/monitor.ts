import { HouseholdSchema, type Household } from '../../household/schema';
import { evaluate, MONITORING_TEST_NAMES, MONITORING_TEST_NAMES_ZH, type MonitoringAssessment, type MonitoringTestName } from '../../monitoring/assess-monitoring';
import { MONITORING_STATE_ZH, MONITORING_TYPE_ZH } from '../../monitoring/labels';
import { isMonth, type Month } from '../../monitoring/month';
import { monitoringRollup, type MonitoringListRow, type MonitoringRollupRow } from '../../monitoring/monitoring-rollup';
import { MonitoringRecordSchema, MonitoringStateSchema, MonitoringTypeSchema, RiskTypeSchema, type MonitoringRecord } from '../../monitoring/schema';
import type { Policy } from '../../policy/schema';
import { formatPercent } from '../../reasons/format';
import { maskIdentifier } from '../../privacy/mask-identifier';
import { validate } from '../../validation/issues';
import { rejectionOf, type Rejection } from '../assess-records';
import type { CliIo } from '../cli-io';
import { UsageError } from '../cli-io';
import { HOUSEHOLD_COLUMNS, MONITORING_COLUMNS } from '../columns';
import type { Encoding } from '../decode';
import { readIssue, shownFile, type ReadWarning } from '../messages';
import { monitoringFromRow, MONITORING_GROUP } from '../monitoring-table';
import { createProgressBar } from '../progress';
import { formatOf, readRecords, villageCodeOf } from '../read-records';
import { csvField, textTable } from '../text-table';
import { reportText } from '../../report/catalog';
import { tableLabel } from '../tables/catalog';
import { warningLines } from './assess';
import { bothLocales } from '../help';

/** The result of `tuopin monitor`. 防返贫监测报告。 */
export interface MonitorReport {
  readonly asOf: string;
  readonly period: { readonly from: Month; readonly to: Month };
  readonly longerThanMonths: number | null;
  readonly input: {
    readonly records: number;
    readonly assessed: number;
    readonly rejected: number;
    readonly monitoringRecords: number;
    readonly monitoringValid: number;
    readonly monitoringRejected: number;
  };
  /** Screening of the register's households: should be monitored, should not, cannot tell. */
  readonly screening: { readonly shouldBeMonitored: number; readonly notToBeMonitored: number; readonly unknown: number };
  readonly summary: readonly MonitoringRollupRow[];
  readonly notInRegister: readonly MonitoringListRow[];
  readonly assistanceMissing: readonly MonitoringListRow[];
  readonly longMonitored: readonly MonitoringListRow[];
  /** Monitoring records whose household is not in the register (ids masked). */
  readonly unmatchedRecords: readonly string[];
  readonly rejections: readonly Rejection[];
  readonly monitoringRejections: readonly Rejection[];
  /** Warnings about the layout or encoding of the register and the monitoring table. */
  readonly warnings: readonly ReadWarning[];
}

export interface MonitorFileOptions {
  readonly asOf: string;
  readonly policy: Policy;
  readonly monitoring?: string | undefined;
  /** The village table (--villages): maps the village names of a register or monitoring table without codes. */
  readonly villages?: readonly { readonly code: string; readonly name: string }[] | undefined;
  readonly period?: { readonly from: Month; readonly to: Month } | undefined;
  readonly longerThanMonths?: number | undefined;
  readonly quiet?: boolean | undefined;
  /** Reader options of the register, as `tuopin assess` takes them. */
  readonly encoding?: Encoding | undefined;
  readonly sheet?: string | undefined;
  readonly strictColumns?: boolean | undefined;
  /** Reader options of the monitoring table (`--monitoring-encoding`, `--monitoring-sheet`). */
  readonly monitoringEncoding?: Encoding | undefined;
  readonly monitoringSheet?: string | undefined;
}

const OPEN = new Set(['identified', 'village-reviewed', 'township-checked', 'county-decided', 'under-assistance']);

/** The record a household is screened with: an open one, else the latest identified. */
export function pick(current: MonitoringRecord | undefined, next: MonitoringRecord): MonitoringRecord {
  if (current === undefined) return next;
  const open = (r: MonitoringRecord) => OPEN.has(r.state);
  if (open(current) !== open(next)) return open(next) ? next : current;
  return next.riskIdentifiedMonth > current.riskIdentifiedMonth ? next : current;
}

/** Only what the roll-up reads of an assessment: the statuses, no messages (memory grows with households). */
export function slim(a: MonitoringAssessment): MonitoringAssessment {
  const checks = {} as Record<(typeof MONITORING_TEST_NAMES)[number], { status: MonitoringAssessment['status']; reasons: [] }>;
  for (const name of MONITORING_TEST_NAMES) checks[name] = { status: a.checks[name].status, reasons: [] };
  return { ...a, checks, reasons: [] };
}

/**
 * Reads the monitoring records and validates each one; invalid records are listed, not dropped.
 * A JSON array or NDJSON file holds `MonitoringRecordSchema` records; a table (.csv in UTF-8 or
 * GBK, .xlsx, .xls, .ods) one record per row, with the columns of `MONITORING_COLUMNS`, read by
 * the register's readers (title rows, two-row headers, encodings) and the core's cell readers.
 * Unknown and missing columns are warnings. A table with village names (村, 乡镇) and no 村代码
 * needs `villageCodeOf` (from the village table, {@link villageCodeOf}), as the register does.
 * 读取监测对象记录（JSON、NDJSON 或表格）；只有村名时经村表对应村代码。
 */
export async function readMonitoring(
  file: string,
  options: {
    readonly villageCodeOf?: ((villageName: string) => string | undefined) | undefined;
    /** Forces the text encoding of the file (a CSV, JSON or NDJSON), as `--encoding` does for a register. */
    readonly encoding?: Encoding | undefined;
    /** The worksheet of a workbook (by default the one whose header matches best). */
    readonly sheet?: string | undefined;
  } = {},
): Promise<{ records: MonitoringRecord[]; rejections: Rejection[]; warnings: ReadWarning[] }> {
  const format = formatOf(file);
  if (format === undefined) throw UsageError.of('usage/monitoring-format', { file: shownFile(file) });
  const table = format !== 'json' && format !== 'ndjson';
  const records: MonitoringRecord[] = [];
  const rejections: Rejection[] = [];
  const warnings: ReadWarning[] = [];
  const read = table
    ? readRecords(file, {
        columns: MONITORING_COLUMNS,
        groupMembers: false,
        group: MONITORING_GROUP,
        villageCodeOf: options.villageCodeOf,
        onWarning: (w) => warnings.push(w),
        encoding: options.encoding,
        sheet: options.sheet,
      })
    : readRecords(file, { groupMembers: false, encoding: options.encoding });
  for await (const item of read) {
    const row = table && item.record !== undefined ? monitoringFromRow(item.record, item.row) : { record: item.record, issues: [] };
    const masked = { ...item, record: maskedRecord(row.record) };
    if (item.issues !== undefined || row.issues.length > 0) {
      const more = validate(MonitoringRecordSchema, row.record);
      const read = [...(item.issues ?? []), ...row.issues];
      // A field the reader already flagged (a village name not in the village table) is not named twice.
      const flagged = new Set(read.map((i) => i.path.join('.')));
      rejections.push(rejectionOf(masked, [...read, ...(more.ok || item.record === undefined ? [] : more.issues.filter((i) => !flagged.has(i.path.join('.'))))]));
      continue;
    }
    const result = validate(MonitoringRecordSchema, row.record);
    if (result.ok) records.push(result.value);
    else rejections.push(rejectionOf(masked, result.issues));
  }
  return { records, rejections, warnings };
}

/** A monitoring record's id moved to `id`, so that a rejection names it (masked) like a household's. */
function maskedRecord(record: unknown): unknown {
  if (record !== null && typeof record === 'object' && typeof (record as { householdId?: unknown }).householdId === 'string') {
    return { id: (record as { householdId: string }).householdId };
  }
  return undefined;
}

/**
 * Screens every household of a register with its monitoring record (when it has one), then rolls
 * the monitoring register up by village, township and county with the 应纳未纳, 帮扶未到位 and
 * long-monitoring lists. Every record is used or rejected with its issues.
 * 逐户筛查户表（有监测记录的连同记录），并按村乡县汇总监测台账，列出应纳未纳、帮扶未到位与长期监测名单。
 */
export async function monitorFile(register: string, options: MonitorFileOptions, io?: CliIo): Promise<MonitorReport> {
  const codeOf = villageCodeOf(options.villages);
  const monitoring =
    options.monitoring === undefined
      ? { records: [], rejections: [], warnings: [] }
      : await readMonitoring(options.monitoring, { villageCodeOf: codeOf, encoding: options.monitoringEncoding, sheet: options.monitoringSheet });
  const warnings: ReadWarning[] = [];
  const byHousehold = new Map<string, MonitoringRecord>();
  for (const r of monitoring.records) byHousehold.set(r.householdId, pick(byHousehold.get(r.householdId), r));

  const assessments: MonitoringAssessment[] = [];
  const rejections: Rejection[] = [];
  const seen = new Set<string>();
  const screening = { shouldBeMonitored: 0, notToBeMonitored: 0, unknown: 0 };
  let records = 0;
  const progress = io === undefined ? undefined : createProgressBar(io.stderr, { quiet: options.quiet === true, now: io.now });
  try {
    for await (const item of readRecords(register, {
      columns: HOUSEHOLD_COLUMNS,
      villageCodeOf: codeOf,
      encoding: options.encoding,
      sheet: options.sheet,
      strictColumns: options.strictColumns,
      onWarning: (w) => warnings.push(w),
      onBytes: (bytes, total) => progress?.update(bytes, total, records),
    })) {
      records++;
      if (item.issues !== undefined) {
        rejections.push(rejectionOf(item, item.issues));
        continue;
      }
      const result = validate(HouseholdSchema, item.record);
      if (!result.ok) {
        rejections.push(rejectionOf(item, result.issues));
        continue;
      }
      const household: Household = result.value;
      if (seen.has(household.id)) {
        rejections.push(
          rejectionOf(item, [readIssue('input/duplicate-household', {}, ['id'])]),
        );
        continue;
      }
      seen.add(household.id);
      const a = evaluate(household, byHousehold.get(household.id), options.asOf, options.policy).assessment;
      if (a.shouldBeMonitored === true) screening.shouldBeMonitored++;
      else if (a.shouldBeMonitored === false) screening.notToBeMonitored++;
      else screening.unknown++;
      assessments.push(slim(a));
    }
  } finally {
    progress?.finish();
  }

  const period = options.period ?? yearToDate(options.asOf);
  const rollup = monitoringRollup(
    { records: monitoring.records, assessments },
    { asOf: options.asOf, period, longerThanMonths: options.longerThanMonths },
  );
  const unmatched = [...new Set(monitoring.records.filter((r) => !seen.has(r.householdId)).map((r) => r.householdId))].sort().map(maskIdentifier);
  return {
    asOf: rollup.asOf,
    period,
    longerThanMonths: rollup.longerThanMonths,
    input: {
      records,
      assessed: assessments.length,
      rejected: rejections.length,
      monitoringRecords: monitoring.records.length + monitoring.rejections.length,
      monitoringValid: monitoring.records.length,
      monitoringRejected: monitoring.rejections.length,
    },
    screening,
    summary: rollup.rows,
    notInRegister: rollup.notInRegister,
    assistanceMissing: rollup.assistanceMissing,
    longMonitored: rollup.longMonitored,
    unmatchedRecords: unmatched,
    rejections,
    monitoringRejections: monitoring.rejections,
    warnings: [...warnings, ...monitoring.warnings],
  };
}

/** The default period: January of `asOf`'s year to `asOf`'s month. */
export function yearToDate(asOf: string): { from: Month; to: Month } {
  return { from: `${asOf.slice(0, 4)}-01`, to: asOf.slice(0, 7) };
}

/** Reads `--period 2021-01..2021-12`. */
export function parsePeriod(value: string | undefined): { from: Month; to: Month } | undefined {
  if (value === undefined) return undefined;
  const [from, to, ...rest] = value.split('..');
  if (rest.length > 0 || !isMonth(from) || !isMonth(to) || from > to) {
    throw UsageError.of('usage/period', { value: JSON.stringify(value) });
  }
  return { from, to };
}

/** Reads `--longer-than N` (whole months, 0–1200). */
export function parseLongerThan(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const months = Number(value);
  if (value.trim() === '' || !Number.isInteger(months) || months < 0 || months > 1200) throw UsageError.of('usage/longer-than');
  return months;
}

/** A level's Chinese name (县、乡、村), from the report catalog. */
const levelZh = (level: MonitoringRollupRow['level']): string => reportText(`level/${level}`)['zh-CN'];

const rate = (row: MonitoringRollupRow): string =>
  row.eliminationRate === null ? '-' : `${row.eliminationRate.numerator}/${row.eliminationRate.denominator} (${formatPercent(row.eliminationRate.numerator, row.eliminationRate.denominator)})`;
const orDash = (n: number | null): number | string => (n === null ? '-' : n);

function summaryTable(report: MonitorReport, names: ReadonlyMap<string, string>): string {
  const header = [
    ...(['col/level', 'col/code', 'col/name', 'monitor/col-records', 'monitor/monitored'] as const).map((c) => tableLabel(c)),
    ...MonitoringTypeSchema.options.map((t) => MONITORING_TYPE_ZH[t]),
    ...(['monitor/assisted', 'monitor/eliminated', 'monitor/identified-in-period', 'monitor/eliminated-in-period', 'monitor/rate'] as const).map((c) => tableLabel(c)),
    tableLabel('monitor/long', { months: report.longerThanMonths ?? 'N' }),
    tableLabel('monitor/missed'),
    tableLabel('monitor/no-measure'),
  ];
  const body = report.summary.map((row) => [
    `${levelZh(row.level)} ${row.level}`,
    row.code,
    names.get(row.code) ?? '',
    row.records,
    row.monitored,
    ...MonitoringTypeSchema.options.map((t) => row.byType[t]),
    row.byState['under-assistance'],
    row.eliminated,
    orDash(row.identifiedInPeriod),
    orDash(row.eliminatedInPeriod),
    rate(row),
    orDash(row.longMonitored),
    row.notInRegister,
    row.assistanceMissing,
  ]);
  return textTable(header, body);
}

/** The unmet tests as the lists' cells show them: each test's Chinese name, then its identifier, as the state column does. */
function testsCell(tests: readonly MonitoringTestName[] | undefined): string {
  return (tests ?? []).map((t) => `${MONITORING_TEST_NAMES_ZH[t]} ${t}`).join('、');
}

function listTable(rows: readonly MonitoringListRow[]): string {
  return textTable(
    (['col/household-id', 'col/village', 'monitor/state', 'monitor/months', 'monitor/unmet-tests'] as const).map((c) => tableLabel(c)),
    rows.map((r) => [r.householdId, r.villageCode, r.state === undefined ? '' : `${MONITORING_STATE_ZH[r.state]} ${r.state}`, r.months ?? '', testsCell(r.tests)]),
  );
}

/** Options of {@link renderMonitor}. */
export interface RenderMonitorOptions {
  /**
   * Whether the report read a monitoring file besides the register: then every warning line names
   * its file (masked). Default: when the report holds monitoring records or its warnings are about
   * two files.
   */
  readonly monitoringFile?: boolean | undefined;
}

/** Renders a monitoring report in the chosen format. 输出监测报告。 */
export function renderMonitor(
  report: MonitorReport,
  format: 'table' | 'json' | 'csv',
  names: ReadonlyMap<string, string>,
  rejectionText: (r: readonly Rejection[]) => string[],
  options: RenderMonitorOptions = {},
): { out: string; err: string } {
  const rejected = [...rejectionText(report.rejections), ...(report.monitoringRejections.length > 0 ? [`${tableLabel('monitor/records')}:`, ...rejectionText(report.monitoringRejections)] : [])];
  // Two inputs: each warning says which file it is about.
  const files = options.monitoringFile ?? (report.input.monitoringRecords > 0 || new Set(report.warnings.map((w) => w.file)).size > 1);
  const warned = report.warnings.length > 0 ? [bothLocales('cli/warnings', { n: String(report.warnings.length) }), ...warningLines(report.warnings, { files })] : [];
  if (format === 'json') return { out: JSON.stringify(report, null, 2), err: '' };
  if (format === 'csv') {
    const header = [
      'level',
      'code',
      'name',
      'records',
      'monitored',
      ...MonitoringTypeSchema.options.map((t) => `byType.${t}`),
      ...RiskTypeSchema.options.map((t) => `byRisk.${t}`),
      ...MonitoringStateSchema.options.map((s) => `byState.${s}`),
      'eliminated',
      'identifiedInPeriod',
      'eliminatedInPeriod',
      'eliminationRateNumerator',
      'eliminationRateDenominator',
      'longMonitored',
      'notInRegister',
      'assistanceMissing',
    ];
    const rows = report.summary.map((row) =>
      [
        row.level,
        row.code,
        names.get(row.code) ?? '',
        row.records,
        row.monitored,
        ...MonitoringTypeSchema.options.map((t) => row.byType[t]),
        ...RiskTypeSchema.options.map((t) => row.byRisk[t]),
        ...MonitoringStateSchema.options.map((s) => row.byState[s]),
        row.eliminated,
        row.identifiedInPeriod ?? '',
        row.eliminatedInPeriod ?? '',
        row.eliminationRate?.numerator ?? '',
        row.eliminationRate?.denominator ?? '',
        row.longMonitored ?? '',
        row.notInRegister,
        row.assistanceMissing,
      ]
        .map((v) => csvField(v))
        .join(','),
    );
    const err = [...rejected, ...warned];
    return { out: [header.join(','), ...rows].join('\n'), err: err.length > 0 ? `${err.join('\n')}\n` : '' };
  }
  const { input, screening } = report;
  const parts = [
    `${tableLabel('monitor/title')} — ${tableLabel('table/as-of-on')} ${report.asOf}，${tableLabel('monitor/period')} ${report.period.from}..${report.period.to}`,
    `${tableLabel('monitor/register')}: ${input.records}   ${tableLabel('monitor/screened')}: ${input.assessed}   ${tableLabel('table/rejected')}: ${input.rejected}`,
    `${tableLabel('monitor/records')}: ${input.monitoringRecords}   ${tableLabel('table/valid')}: ${input.monitoringValid}   ${tableLabel('table/invalid')}: ${input.monitoringRejected}`,
    `${tableLabel('monitor/screening')}: ${tableLabel('monitor/should')} ${screening.shouldBeMonitored}   ${tableLabel('monitor/should-not')} ${screening.notToBeMonitored}   ${tableLabel('monitor/unknown')} ${screening.unknown}`,
    '',
    summaryTable(report, names),
  ];
  if (report.notInRegister.length > 0) parts.push('', `${tableLabel('monitor/not-in-register')} (${report.notInRegister.length})`, listTable(report.notInRegister));
  if (report.assistanceMissing.length > 0) parts.push('', `${tableLabel('monitor/assistance-missing')} (${report.assistanceMissing.length})`, listTable(report.assistanceMissing));
  if (report.longMonitored.length > 0) parts.push('', `${tableLabel('monitor/long-monitored', { months: report.longerThanMonths ?? 'N' })} (${report.longMonitored.length})`, listTable(report.longMonitored));
  if (report.unmatchedRecords.length > 0) parts.push('', `${tableLabel('monitor/unmatched')} (${report.unmatchedRecords.length}): ${report.unmatchedRecords.join(', ')}`);
  if (rejected.length > 0) parts.push('', `${tableLabel('table/rejected-records')} (${input.rejected + input.monitoringRejected})`, ...rejected);
  if (warned.length > 0) parts.push('', ...warned);
  return { out: parts.join('\n'), err: '' };
}
