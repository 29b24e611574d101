import { stat } from 'node:fs/promises';
import { chinaDate, type DateInput } from '../../calendar/china-date';
import { availableParallelism } from 'node:os';
import { CHECK_NAMES, type CheckName } from '../../household/assessment';
import { defaultPolicy } from '../../policy/default-policy';
import type { Policy } from '../../policy/schema';
import { createRollup, type RollupAccumulator, type RollupRow } from '../../region/create-rollup';
import type { Village } from '../../region/schema';
import { assessItems, type Rejection } from '../assess-records';
import { assessNdjsonParallel } from '../assess-parallel';
import { HOUSEHOLD_COLUMNS } from '../columns';
import type { CliIo } from '../cli-io';
import { createProgressBar } from '../progress';
import { formatOf, readRecords, villageCodeOf } from '../read-records';
import { formatPercent } from '../../region/exact-rate';
import { formatCount } from '../../report/format';
import { reportText } from '../../report/catalog';
import { csvField, textTable } from '../text-table';
import { fileEncoding, type Encoding } from '../decode';
import { readWarning, type ReadWarning } from '../messages';
import { CSV_BOM } from '../output-safety';
import { tableHeader, tableLabel } from '../tables/catalog';

/** The result of assessing a register file. 户表评估结果。 */
export interface AssessReport {
  readonly asOf: string;
  readonly input: { readonly records: number; readonly assessed: number; readonly rejected: number };
  /** Roll-up rows of every level (county, township, village), in code order. */
  readonly summary: readonly RollupRow[];
  readonly rejections: readonly Rejection[];
  /** Warnings about the file's layout or encoding (header row, unrecognised or missing columns, sheet, encoding). */
  readonly warnings: readonly ReadWarning[];
}

/** Options of {@link assessFile} and `assessFileRecords`. */
export interface AssessFileOptions {
  /** The day of the assessment: a `Date` or an ISO string, read in China's calendar. 评估日期。 */
  readonly asOf: DateInput;
  /** The policy tables to apply (default `defaultPolicy`). 政策参数表。 */
  readonly policy?: Policy | undefined;
  /** Villages with their rural population, for the roll-up's incidence (not used per household). */
  readonly villages?: readonly Village[] | undefined;
  /** Worker threads for NDJSON; `undefined` chooses: two on a large file, none on a small one. */
  readonly workers?: number | undefined;
  readonly quiet?: boolean | undefined;
  /** Forces the text encoding (guessed by default). */
  readonly encoding?: Encoding | undefined;
  /** The worksheet to read (by default the one whose header matches best). */
  readonly sheet?: string | undefined;
  /** Unrecognised or missing columns stop the command. */
  readonly strictColumns?: boolean | undefined;
}

/** NDJSON files from this size on are assessed on worker threads unless `--workers` says otherwise. */
const PARALLEL_FROM_BYTES = 32 * 1024 * 1024;

/** Roll-up rows of the three levels, in code order (a county before its townships before their villages). */
export function summaryRows(rollup: RollupAccumulator): RollupRow[] {
  return [...rollup.rows('county'), ...rollup.rows('township'), ...rollup.rows('village')].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
}

/**
 * Reads a register file as a stream, assesses every household and rolls the results up to
 * village, township and county. Every record is assessed or rejected with its issues.
 * 流式读取户表，逐户评估并汇总到村、乡、县；每条记录要么评估，要么连同问题被拒绝。
 * For each household's own verdict, see `assessFileRecords`.
 *
 * @param file - a `.ndjson`, `.jsonl`, `.json`, `.csv` or `.xlsx` register
 * @param options - `asOf` (a `Date` or ISO string, read in Asia/Shanghai), `policy` (default
 *   `defaultPolicy`), `villages`, `workers`, `quiet`
 * @returns `{ asOf, input, summary, rejections }`, `asOf` as the `YYYY-MM-DD` date in China
 * @throws {InvalidDateError} when `asOf` is not a valid date
 * @throws {InputError} when the file cannot be read as its format at all
 */
export async function assessFile(file: string, options: AssessFileOptions, io?: CliIo): Promise<AssessReport> {
  const asOf = chinaDate(options.asOf);
  const policy = options.policy ?? defaultPolicy;
  const rollup = createRollup({ villages: options.villages });
  const rejections: Rejection[] = [];
  const warnings: ReadWarning[] = [];
  const readOptions = {
    columns: HOUSEHOLD_COLUMNS,
    // Village names to codes, for a register with place names only (villageCodeOf).
    villageCodeOf: villageCodeOf(options.villages),
    encoding: options.encoding,
    sheet: options.sheet,
    strictColumns: options.strictColumns,
    onWarning: (w: ReadWarning) => warnings.push(w),
  };
  const onRejection = (r: Rejection) => rejections.push(r);
  const progress = io === undefined ? undefined : createProgressBar(io.stderr, { quiet: options.quiet === true, now: io.now });
  let records = 0;
  const format = formatOf(file);
  let workers = options.workers;
  if (workers === undefined && format === 'ndjson') {
    const size = await stat(file).then((s) => s.size, () => 0);
    // Two workers where there are two cores; on one core a worker only adds overhead.
    workers = size >= PARALLEL_FROM_BYTES && availableParallelism() >= 2 ? 2 : 0;
  }
  let counts;
  try {
    if (format === 'ndjson' && workers !== undefined && workers > 0) {
      // Existence and emptiness are checked by the reader's first step.
      const probe = readRecords(file, readOptions);
      const first = await probe.next();
      await probe.return(undefined);
      if (first.done === true) {
        counts = { records: 0, assessed: 0, rejected: 0 };
      } else {
        // Decoded as on one thread: the encoding forced or guessed, replacement characters said once
        // (the probe above has already given the encoding warning).
        const encoding = await fileEncoding(file, options.encoding);
        counts = await assessNdjsonParallel(file, {
          asOf,
          policy,
          rollup,
          workers,
          encoding,
          onReplacement: () => {
            if (!warnings.some((w) => w.code === 'warn/replacement-characters')) warnings.push(readWarning('warn/replacement-characters', file, { encoding }));
          },
          onRejection,
          onProgress: (bytes, total, n) => progress?.update(bytes, total, n),
        });
      }
    } else {
      const source = readRecords(file, {
        ...readOptions,
        onBytes: (bytes, total) => progress?.update(bytes, total, records),
      });
      async function* counted() {
        for await (const item of source) {
          records++;
          yield item;
        }
      }
      counts = await assessItems(counted(), { asOf, policy, rollup, onRejection });
    }
  } finally {
    progress?.finish();
  }
  return { asOf, input: counts, summary: summaryRows(rollup), rejections, warnings };
}

/** The checks' short Chinese names (收入、吃、穿…), from the report catalog. */
export const CHECK_SHORT_ZH = Object.freeze(Object.fromEntries(CHECK_NAMES.map((c) => [c, reportText(`check/${c}`)['zh-CN']]))) as Readonly<Record<CheckName, string>>;

/** The counts every summary format shows, in one order: households … compliant, then unmet per check. */
function countCells(row: RollupRow): number[] {
  return [
    row.households,
    row.persons,
    row.poorHouseholds,
    row.poorPersons,
    row.compliantHouseholds,
    ...CHECK_NAMES.map((c) => row.unmet[c]),
  ];
}

/** The incidence as every table shows it: `formatPercent`, cut towards zero (2.999% is 2.99%). */
function percent(row: RollupRow): string {
  return row.incidence === undefined ? '-' : formatPercent(row.incidence.numerator, row.incidence.denominator);
}

/** The unit as the narrow tables name it: its level in Chinese, then its name. */
function unitName(row: RollupRow, names: ReadonlyMap<string, string>): string {
  return `${reportText(`level/${row.level}`)['zh-CN']} ${names.get(row.code) ?? ''}`.trimEnd();
}

/**
 * Renders the summary as text. By default two tables that fit 120 columns: the counts with the
 * incidence and its denominator (农村人口), then per check the households failing and unknown
 * (`✗/?`). With `wide`, one table with every column.
 * 汇总表：默认两张表（均不超过 120 列）；wide 时为一张宽表。
 */
export function summaryTable(rows: readonly RollupRow[], names: ReadonlyMap<string, string>, options: { readonly wide?: boolean } = {}): string {
  if (options.wide === true) {
    const header = [
      tableLabel('col/level'),
      tableLabel('col/code'),
      tableLabel('col/name'),
      tableLabel('col/hh'),
      tableLabel('col/persons'),
      tableLabel('col/poor-hh'),
      tableLabel('col/poor'),
      tableLabel('col/compliant'),
      ...CHECK_NAMES.flatMap((c) => [`${CHECK_SHORT_ZH[c]}✗`, `${CHECK_SHORT_ZH[c]}?`]),
      tableLabel('col/population'),
      tableLabel('col/incidence'),
    ];
    const body = rows.map((row) => [
      `${reportText(`level/${row.level}`)['zh-CN']} ${row.level}`,
      row.code,
      names.get(row.code) ?? '',
      row.households,
      row.persons,
      row.poorHouseholds,
      row.poorPersons,
      row.compliantHouseholds,
      ...CHECK_NAMES.flatMap((c) => [row.unmet[c], row.unknown[c]]),
      row.ruralPopulation ?? '-',
      percent(row),
    ]);
    return textTable(header, body);
  }
  const counts = textTable(
    (['col/code', 'col/unit', 'col/hh', 'col/persons', 'col/poor-hh', 'col/poor', 'col/compliant', 'col/population', 'col/incidence'] as const).map((c) => tableHeader(c)),
    rows.map((row) => [row.code, unitName(row, names), row.households, row.persons, row.poorHouseholds, row.poorPersons, row.compliantHouseholds, row.ruralPopulation ?? '-', percent(row)]),
  );
  const checks = textTable(
    [tableHeader('col/code'), tableHeader('col/unit'), ...CHECK_NAMES.map((c) => [`${CHECK_SHORT_ZH[c]} ✗/?`, reportText(`check/${c}`).en])],
    rows.map((row) => [row.code, unitName(row, names), ...CHECK_NAMES.map((c) => `${formatCount(row.unmet[c])}/${formatCount(row.unknown[c])}`)]),
  );
  return [counts, '', `${tableLabel('assess/by-check')}（${tableLabel('assess/by-check-legend')}）`, checks].join('\n');
}

/** Renders rejections as text lines, one per issue, with the row of each. */
export function rejectionLines(rejections: readonly Rejection[]): string[] {
  const lines: string[] = [];
  for (const r of rejections) {
    const who = r.householdId === undefined ? '' : ` ${r.householdId}`;
    lines.push(`#${r.index + 1}${r.row === undefined ? '' : ` (${tableLabel('line/row', { row: r.row })})`}${who}:`);
    for (const issue of r.issues) {
      const at = issue.row !== undefined && issue.row !== r.row ? `${tableLabel('line/row', { row: issue.row })}, ` : '';
      lines.push(`  - ${at}${issue.path.join('.') || tableLabel('line/record')} [${issue.code}] ${issue.message['zh-CN']} / ${issue.message.en}`);
    }
  }
  return lines;
}

/**
 * Renders warnings as text lines, one per warning. With `files` (a command that read two inputs,
 * the register and a monitoring table), each line starts with the file it is about, as warnings
 * name it (base name, masked: {@link ReadWarning.file}).
 * 警告逐行输出；读取两个文件时每行先写所属文件（脱敏的文件名）。
 */
export function warningLines(warnings: readonly ReadWarning[] | undefined, options: { readonly files?: boolean } = {}): string[] {
  return (warnings ?? []).map((w) => `  - ${options.files === true ? `${w.file}, ` : ''}${w.row === undefined ? '' : `${tableLabel('line/row', { row: w.row })}, `}[${w.code}] ${w.message['zh-CN']} / ${w.message.en}`);
}

/**
 * The warnings section of every command that reads a register, as `tuopin assess` prints it in a
 * table (and on standard error beside a CSV): a heading with the count, then one line per warning;
 * nothing without warnings. Each group is one file's warnings, under its label when it has one
 * (`tuopin diff`'s earlier and later registers).
 * 读取户表的各命令共用的警告部分：标题与条数，然后逐条警告；没有警告时为空。
 */
export function warningSection(
  groups: readonly (readonly [label: string | undefined, warnings: readonly ReadWarning[] | undefined])[],
  options: { readonly files?: boolean } = {},
): string[] {
  const n = groups.reduce((sum, [, w]) => sum + (w ?? []).length, 0);
  if (n === 0) return [];
  const lines = groups.flatMap(([label, w]) => ((w ?? []).length === 0 ? [] : [...(label === undefined ? [] : [`${label}:`]), ...warningLines(w, options)]));
  return [`${tableLabel('table/warnings')} (${n})`, ...lines];
}

/** Renders an assessment report in the chosen format. 输出评估报告。 */
export function renderAssess(
  report: AssessReport,
  format: 'table' | 'json' | 'csv',
  names: ReadonlyMap<string, string>,
  options: { readonly wide?: boolean } = {},
): { out: string; err: string } {
  if (format === 'json') {
    // Summary rows carry the village, township or county name where the village table gives one.
    const summary = report.summary.map((row) => ({ ...row, name: names.get(row.code) ?? null }));
    return { out: JSON.stringify({ ...report, summary, warnings: report.warnings ?? [] }, null, 2), err: '' };
  }
  if (format === 'csv') {
    const header = [
      'level',
      'code',
      'name',
      'households',
      'persons',
      'poorHouseholds',
      'poorPersons',
      'compliantHouseholds',
      ...CHECK_NAMES.map((c) => `unmet.${c}`),
      ...CHECK_NAMES.map((c) => `unknown.${c}`),
      'ruralPopulation',
      'incidencePercent',
    ];
    const rows = report.summary.map((row) =>
      [
        row.level,
        row.code,
        names.get(row.code) ?? '',
        ...countCells(row),
        ...CHECK_NAMES.map((c) => row.unknown[c]),
        row.ruralPopulation ?? '',
        row.incidence === undefined ? '' : row.incidence.percent,
      ]
        .map((v) => csvField(v))
        .join(','),
    );
    const lines = [...warningSection([[undefined, report.warnings]]), ...rejectionLines(report.rejections)];
    const err = lines.length > 0 ? `${lines.join('\n')}\n` : '';
    return { out: CSV_BOM + [header.join(','), ...rows].join('\n'), err };
  }
  const i = report.input;
  const parts = [
    `${tableLabel('table/as-of')}: ${report.asOf}`,
    `${tableLabel('table/records')}: ${formatCount(i.records)}   ${tableLabel('table/assessed')}: ${formatCount(i.assessed)}   ${tableLabel('table/rejected')}: ${formatCount(i.rejected)}`,
    '',
    `${tableLabel('assess/summary')}（${reportText('table/summary-legend')['zh-CN']} / ${reportText('table/summary-legend').en}）`,
    summaryTable(report.summary, names, options),
  ];
  const warned = warningSection([[undefined, report.warnings]]);
  if (warned.length > 0) parts.push('', ...warned);
  if (report.rejections.length > 0) {
    parts.push('', `${tableLabel('table/rejected-records')} (${report.rejections.length})`, ...rejectionLines(report.rejections));
  }
  return { out: parts.join('\n'), err: '' };
}
