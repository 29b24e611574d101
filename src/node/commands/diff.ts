import { diffRegisters } from '../../audit/diff-registers';
import type { RegisterDiff } from '../../audit/diff-types';
import { DomainError } from '../../errors';
import type { Policy, Ratio } from '../../policy/schema';
import { formatPercent, yuanFromFen } from '../../reasons/format';
import type { Rejection } from '../assess-records';
import { asOfFrom, formatFrom, parse, READ_OPTIONS, readOptionsFrom } from './args';
import { emit, UsageError, type CliIo } from '../cli-io';
import { loadPolicy } from '../load';
import { csvField, textTable } from '../text-table';
import type { ReadWarning } from '../messages';
import { rejectionLines, warningSection } from './assess';
import { validHouseholds, type RegisterInputCounts, type FileReadOptions } from './register-input';
import { TABLE_CATALOG, tableLabel, tableZh } from '../tables/catalog';
import { reportText } from '../../report/catalog';
import type { CheckName } from '../../household/assessment';
import type { HouseholdStatus } from '../../household/schema';
import type { CheckStatus } from '../../reasons/types';

/** The result of comparing two register files. 两期户表比对结果。 */
export interface DiffFileReport {
  readonly asOf: string;
  /** `sorted`: both files were sorted by household id and streamed; `in-memory`: the first was held in memory. */
  readonly mode: 'sorted' | 'in-memory';
  readonly input: { readonly before: RegisterInputCounts; readonly after: RegisterInputCounts };
  readonly diff: RegisterDiff;
  readonly rejections: { readonly before: readonly Rejection[]; readonly after: readonly Rejection[] };
  /** Warnings about each file's layout or encoding, as `tuopin assess` gives them. */
  readonly warnings: { readonly before: readonly ReadWarning[]; readonly after: readonly ReadWarning[] };
}

/**
 * Compares two register files (any input format of `tuopin assess`). Both are first read side by
 * side as sorted by household id; when either turns out not to be, both are read again with the
 * first held in memory. Invalid records are listed per file and left out of the comparison.
 * 比对两个户表文件：先按已排序流式读取；发现未排序时重新读取，把前一期放入内存。
 */
export async function diffFiles(
  beforeFile: string,
  afterFile: string,
  options: {
    readonly asOf: string;
    readonly policy: Policy;
    readonly incomeDropShare?: Ratio | undefined;
  } & FileReadOptions,
): Promise<DiffFileReport> {
  const read = { encoding: options.encoding, sheet: options.sheet, strictColumns: options.strictColumns };
  const run = async (sorted: boolean): Promise<DiffFileReport> => {
    const input = { before: { records: 0, valid: 0, rejected: 0 }, after: { records: 0, valid: 0, rejected: 0 } };
    const rejections = { before: [] as Rejection[], after: [] as Rejection[] };
    // A second reading (unsorted files) gives the same warnings again: each run keeps its own.
    const warnings = { before: [] as ReadWarning[], after: [] as ReadWarning[] };
    const diff = await diffRegisters(
      validHouseholds(beforeFile, input.before, (r) => rejections.before.push(r), { ...read, onWarning: (w) => warnings.before.push(w) }),
      validHouseholds(afterFile, input.after, (r) => rejections.after.push(r), { ...read, onWarning: (w) => warnings.after.push(w) }),
      { asOf: options.asOf, policy: options.policy, incomeDropShare: options.incomeDropShare, sorted },
    );
    return { asOf: options.asOf, mode: sorted ? 'sorted' : 'in-memory', input, diff, rejections, warnings };
  };
  try {
    return await run(true);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'diff/not-sorted') return run(false);
    throw error;
  }
}

/** The kinds of change, as the CSV names them (stable codes) and the table words them (`diff/kind/<code>`). */
type ChangeCode =
  | 'household-new'
  | 'household-removed'
  | 'household-split'
  | 'household-merged'
  | 'member-added'
  | 'member-removed'
  | 'member-moved'
  | 'status-exited'
  | 'status-returned'
  | 'status-other'
  | 'newly-identified'
  | 'verdict'
  | 'income-fell';

/**
 * Every change as one row: what, the household, its village, and the details. For the CSV
 * (`words` false) the change is its stable code and statuses are the record's values; for the
 * table the change is worded from the table catalog (Chinese, then English, as every table label)
 * and statuses, checks and verdicts are the Chinese labels the other tables show.
 */
function changeRows(d: RegisterDiff, words: boolean): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const change = (code: ChangeCode) => (words ? tableLabel(`diff/kind/${code}`) : code);
  const status = (s: HouseholdStatus) => (words ? reportText(`household-status/${s}`)['zh-CN'] : s);
  const check = (c: CheckName) => (words ? reportText(`check/${c}`)['zh-CN'] : c);
  const verdict = (v: CheckStatus) => (words ? reportText(`check-status/${v}`)['zh-CN'] : v);
  const yes = (b: boolean) => (words ? tableZh(b ? 'diff/yes' : 'diff/no') : String(b));
  for (const h of d.households.new) rows.push([change('household-new'), h.householdId, h.villageCode, status(h.status)]);
  for (const h of d.households.removed) rows.push([change('household-removed'), h.householdId, h.villageCode, status(h.status)]);
  for (const s of d.households.split) rows.push([change('household-split'), s.from, '', `→ ${s.into.join(' ')}`]);
  for (const m of d.households.merged) rows.push([change('household-merged'), m.into, '', `← ${m.from.join(' ')}`]);
  for (const m of d.members.added) rows.push([change('member-added'), m.householdId, '', `${m.name} ${m.idNumber}`]);
  for (const m of d.members.removed) rows.push([change('member-removed'), m.householdId, '', `${m.name} ${m.idNumber}`]);
  for (const m of d.members.moved) rows.push([change('member-moved'), m.from, '', `${m.name} ${m.idNumber} → ${m.to}`]);
  for (const s of d.statusChanges) rows.push([change(`status-${s.kind}`), s.householdId, s.villageCode, `${status(s.from)} → ${status(s.to)}`]);
  for (const h of d.newlyIdentified) rows.push([change('newly-identified'), h.householdId, h.villageCode, status(h.status)]);
  for (const v of d.verdictChanges) {
    const checks = v.checks.map((c) => `${check(c.check)} ${verdict(c.from)}→${verdict(c.to)}`).join('; ');
    rows.push([change('verdict'), v.householdId, v.villageCode, `${tableLabel('diff/compliant')} ${yes(v.compliant.from)}→${yes(v.compliant.to)}${checks === '' ? '' : `; ${checks}`}`]);
  }
  for (const f of d.income.fellByMoreThanShare) {
    const yuan = (p: { netFen: number; members: number }) => yuanFromFen(Math.floor(p.netFen / p.members));
    rows.push([change('income-fell'), f.householdId, f.villageCode, `${yuan(f.before)} → ${yuan(f.after)} ${tableLabel('diff/yuan-per-person')} (−${f.fall.numerator}/${f.fall.denominator}, ${formatPercent(f.fall.numerator, f.fall.denominator, 1)})`]);
  }
  return rows;
}

/** The counts of the diff, in the table's order (labels `diff/<key>` of the table catalog). */
const COUNT_KEYS: readonly (keyof RegisterDiff['counts'])[] = [
  'householdsBefore',
  'householdsAfter',
  'newHouseholds',
  'removedHouseholds',
  'splits',
  'merges',
  'membersAdded',
  'membersRemoved',
  'membersMoved',
  'statusChanges',
  'newlyIdentified',
  'verdictChanges',
  'incomeRose',
  'incomeFell',
  'incomeUnchanged',
  'incomeFellByMoreThanShare',
];

/** Renders a diff report: JSON, CSV (one row per change) or a text table. 输出比对报告。 */
export function renderDiff(report: DiffFileReport, format: 'table' | 'json' | 'csv'): { out: string; err: string } {
  if (format === 'json') return { out: JSON.stringify({ ...report, warnings: report.warnings ?? { before: [], after: [] } }, null, 2), err: '' };
  const rejected = [
    ...(report.rejections.before.length > 0 ? [`${tableLabel('diff/before')}:`, ...rejectionLines(report.rejections.before)] : []),
    ...(report.rejections.after.length > 0 ? [`${tableLabel('diff/after')}:`, ...rejectionLines(report.rejections.after)] : []),
  ];
  const w = report.warnings ?? { before: [], after: [] };
  const warned = warningSection([
    [tableLabel('diff/before'), w.before],
    [tableLabel('diff/after'), w.after],
  ]);
  const rows = changeRows(report.diff, format !== 'csv');
  if (format === 'csv') {
    const out = [['change', 'householdId', 'villageCode', 'detail'].join(','), ...rows.map((r) => r.map((v) => csvField(v)).join(','))].join('\n');
    const err = [...warned, ...rejected];
    return { out, err: err.length > 0 ? `${err.join('\n')}\n` : '' };
  }
  const d = report.diff;
  const share = d.income.share === null ? tableLabel('diff/not-set') : `${d.income.share.numerator}/${d.income.share.denominator}`;
  const parts = [
    `${tableLabel('diff/title')} — ${tableLabel('table/as-of')}: ${report.asOf}（${tableLabel(report.mode === 'sorted' ? 'diff/sorted' : 'diff/in-memory')}）`,
    `${tableLabel('diff/before')}: ${report.input.before.records} ${tableLabel('diff/records')}, ${report.input.before.rejected} ${tableLabel('table/rejected')}; ${tableLabel('diff/after')}: ${report.input.after.records} ${tableLabel('diff/records')}, ${report.input.after.rejected} ${TABLE_CATALOG.render('table/rejected', {}, 'en')}`,
    `${tableLabel('diff/drop-share')}: ${share}`,
    '',
    textTable([tableLabel('diff/item'), tableLabel('diff/count')], COUNT_KEYS.map((key) => [tableLabel(`diff/${key}`), d.counts[key]])),
  ];
  if (rows.length > 0) parts.push('', `${tableLabel('diff/changes')} (${rows.length})`, textTable((['diff/change', 'col/household', 'col/village', 'diff/detail'] as const).map((c) => tableLabel(c)), rows));
  if (warned.length > 0) parts.push('', ...warned);
  if (rejected.length > 0) parts.push('', tableLabel('table/rejected-records'), ...rejected);
  return { out: parts.join('\n'), err: '' };
}

/** `tuopin diff <before> <after>`: reads the options, compares the files, prints the report; returns the exit code. */
export async function diffCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    'as-of': { type: 'string' },
    policy: { type: 'string' },
    'drop-share': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean' },
    ...READ_OPTIONS,
  }, 'diff');
  if (positionals.length !== 2) throw UsageError.of('usage/diff-files', {}, 'diff');
  // Both registers are read with the same options (an unknown --encoding names the first).
  const read = readOptionsFrom(values, positionals[0] as string);
  const format = formatFrom(values.format as string | undefined, ['table', 'json', 'csv'] as const);
  const asOf = asOfFrom(values['as-of'] as string | undefined, io);
  let incomeDropShare: { numerator: number; denominator: number } | undefined;
  if (values['drop-share'] !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(values['drop-share'] as string);
    const numerator = m === null ? NaN : Number(m[1]);
    const denominator = m === null ? NaN : Number(m[2]);
    if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0 || numerator > denominator) {
      throw UsageError.of('usage/drop-share', {}, 'diff');
    }
    incomeDropShare = { numerator, denominator };
  }
  const policy = await loadPolicy(values.policy as string | undefined);
  const report = await diffFiles(positionals[0] as string, positionals[1] as string, { asOf, policy, incomeDropShare, ...read });
  const { out, err } = renderDiff(report, format);
  await emit(io, out, values.out as string | undefined);
  if (err !== '') io.stderr.write(err);
  const rejected = report.input.before.rejected + report.input.after.rejected;
  return values.strict === true && rejected > 0 ? 1 : 0;
}
