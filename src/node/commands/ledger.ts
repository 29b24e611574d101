import { chinaDate } from '../../calendar/china-date';
import { daysBetween } from '../../calendar/days-between';
import { isOverdue } from '../../ledger/is-overdue';
import { ledgerSummary, type LedgerCounts, type LedgerGroupBy, type LedgerSummary } from '../../ledger/ledger-summary';
import {
  LedgerCategorySchema,
  LedgerEntrySchema,
  LedgerSourceSchema,
  type LedgerCategory,
  type LedgerEntry,
  type LedgerSource,
  type LedgerStatus,
} from '../../ledger/schema';
import { formatCount } from '../../report/format';
import { bilingual, reportText } from '../../report/catalog';
import { maskIdentifier } from '../../privacy/mask-identifier';
import { maskName } from '../../privacy/mask-name';
import { validate } from '../../validation/issues';
import { rejectionOf, type Rejection } from '../assess-records';
import { LEDGER_COLUMNS } from '../columns';
import type { ReadWarning } from '../messages';
import { maskUnit } from '../output-safety';
import { formatOf, readRecords, type ReadOptions } from '../read-records';
import { textTable } from '../text-table';
import { tableHeader, tableLabel } from '../tables/catalog';

/** An overdue entry as the command lists it (the id through `maskIdentifier`, the responsible person masked). 逾期条目。 */
export interface OverdueRow {
  readonly id: string;
  readonly unitCode: string;
  readonly category: string;
  readonly responsibleUnit: string;
  readonly responsiblePerson: string;
  readonly deadline: string;
  readonly daysOverdue: number;
  readonly status: string;
}

export interface LedgerReport {
  readonly asOf: string;
  readonly input: { readonly records: number; readonly valid: number; readonly rejected: number };
  readonly summary: LedgerSummary;
  readonly overdue: readonly OverdueRow[];
  readonly rejections: readonly Rejection[];
  /** Warnings about the file's layout or encoding. */
  readonly warnings?: readonly ReadWarning[];
}

/** Builds the ledger report from entries already in memory. 由台账条目生成报告。 */
export function ledgerReport(
  entries: readonly LedgerEntry[],
  options: { readonly asOf: string; readonly by?: LedgerGroupBy | undefined },
  rejections: readonly Rejection[] = [],
): LedgerReport {
  const asOf = chinaDate(options.asOf);
  const raw = ledgerSummary(entries, options.by === undefined ? { asOf } : { asOf, by: options.by });
  // 清零 (cleared) only when every entry was read and closed: an unreadable entry may be open.
  const clear = (c: LedgerCounts): LedgerCounts => (rejections.length > 0 && c.cleared ? { ...c, cleared: false } : c);
  const summary: LedgerSummary = {
    ...raw,
    total: clear(raw.total),
    ...(raw.groups === undefined
      ? {}
      : { groups: raw.groups.map((g) => ({ ...g, key: options.by === 'responsibleUnit' ? maskUnit(g.key) : g.key, counts: clear(g.counts) })) }),
  };
  const overdue = entries
    .filter((e) => isOverdue(e, { asOf }))
    .map((e) => ({
      id: maskIdentifier(e.id),
      unitCode: e.unitCode,
      category: e.category,
      responsibleUnit: maskUnit(e.responsibleUnit),
      responsiblePerson: maskName(e.responsiblePerson),
      deadline: e.deadline,
      daysOverdue: daysBetween(e.deadline, asOf),
      status: e.status,
    }))
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.id < b.id ? -1 : 1));
  return {
    asOf,
    input: { records: entries.length + rejections.length, valid: entries.length, rejected: rejections.length },
    summary,
    overdue,
    rejections,
  };
}

/** The entries of a ledger file: the valid ones, the rejected ones with their issues, and the layout warnings. */
export interface LedgerFileEntries {
  readonly entries: readonly LedgerEntry[];
  readonly rejections: readonly Rejection[];
  readonly warnings: readonly ReadWarning[];
}

/**
 * Reads the entries of a ledger file (JSON, NDJSON, or a table with the ledger's Chinese or
 * English columns; a table's entries start with no history). Every entry is valid or rejected
 * with its issues, and the layout warnings are kept: `tuopin ledger` and `tuopin report` read a
 * ledger the same way. 读取台账文件的条目：有效条目、无效条目及其问题、版式警告。
 */
export async function readLedgerFile(file: string, options: Pick<ReadOptions, 'encoding' | 'sheet' | 'strictColumns'> = {}): Promise<LedgerFileEntries> {
  const entries: LedgerEntry[] = [];
  const rejections: Rejection[] = [];
  const warnings: ReadWarning[] = [];
  const format = formatOf(file);
  const table = format === 'csv' || format === 'xlsx' || format === 'xls' || format === 'ods';
  const read = readRecords(file, {
    groupMembers: false,
    columns: LEDGER_COLUMNS,
    encoding: options.encoding,
    sheet: options.sheet,
    strictColumns: options.strictColumns,
    onWarning: (w) => warnings.push(w),
  });
  for await (const item of read) {
    if (item.issues !== undefined) {
      rejections.push(rejectionOf(item, item.issues));
      continue;
    }
    // A ledger read from a table has no history column: its entries start with none.
    const record = table && item.record !== null && typeof item.record === 'object' ? { history: [], ...(item.record as object) } : item.record;
    const result = validate(LedgerEntrySchema, record);
    if (result.ok) entries.push(result.value);
    else rejections.push(rejectionOf(item, result.issues));
  }
  return { entries, rejections, warnings };
}

/**
 * Reads a ledger file (a JSON array or NDJSON of entries) and reports on it; invalid entries are
 * listed, not dropped. 读取台账文件并生成报告；无效条目列出而不丢弃。
 */
export async function ledgerFile(
  file: string,
  options: { readonly asOf: string; readonly by?: LedgerGroupBy | undefined } & Pick<ReadOptions, 'encoding' | 'sheet' | 'strictColumns'>,
): Promise<LedgerReport> {
  const { entries, rejections, warnings } = await readLedgerFile(file, options);
  return { ...ledgerReport([...entries], options, [...rejections]), warnings: [...warnings] };
}

/** The counts of the table, in order, with their two-line headers (`ledger/<key>` of the table catalog). */
const COUNT_COLUMNS: readonly [keyof LedgerCounts, readonly [string, string]][] = (
  ['total', 'open', 'rectifying', 'awaitingAcceptance', 'closed', 'overdue', 'dueWithinDays', 'closedOnTime', 'closedLate'] as const
).map((key) => [key, tableHeader(`ledger/${key}`)]);

function countCells(counts: LedgerCounts): (string | number)[] {
  return [...COUNT_COLUMNS.map(([key]) => counts[key] as number), bilingual(counts.cleared ? 'yes' : 'no')];
}

/** A group key as the table shows it: categories and sources by their Chinese label. */
function groupLabel(key: string): string {
  if ((LedgerCategorySchema.options as readonly string[]).includes(key)) return bilingual(`ledger-category/${key as LedgerCategory}`);
  if ((LedgerSourceSchema.options as readonly string[]).includes(key)) return bilingual(`ledger-source/${key as LedgerSource}`);
  return key;
}

/** Renders a ledger report as text. */
export function renderLedgerTable(report: LedgerReport, rejectionText: (r: readonly Rejection[]) => string[]): string {
  const header = [tableLabel('ledger/group'), ...COUNT_COLUMNS.map(([, label]) => label), tableHeader('ledger/cleared')];
  const rows = [[tableLabel('ledger/all'), ...countCells(report.summary.total)]];
  for (const group of report.summary.groups ?? []) rows.push([groupLabel(group.key), ...countCells(group.counts)]);
  const parts = [
    `${tableLabel('ledger/title')} — ${tableLabel('table/as-of-on')} ${report.asOf}`,
    `${tableLabel('ledger/entries')}: ${formatCount(report.input.records)}   ${tableLabel('table/valid')}: ${formatCount(report.input.valid)}   ${tableLabel('table/invalid')}: ${formatCount(report.input.rejected)}`,
    '',
    textTable(header, rows),
  ];
  if (report.overdue.length > 0) {
    parts.push(
      '',
      `${tableLabel('ledger/overdue-heading')} (${report.overdue.length})`,
      textTable(
        (['ledger/id', 'col/unit', 'ledger/category', 'ledger/responsible', 'ledger/person', 'ledger/deadline', 'ledger/days', 'ledger/status'] as const).map((c) => tableHeader(c)),
        report.overdue.map((o) => [
          o.id,
          o.unitCode,
          reportText(`ledger-category/${o.category as LedgerCategory}`)['zh-CN'],
          o.responsibleUnit,
          o.responsiblePerson,
          o.deadline,
          o.daysOverdue,
          reportText(`ledger-status/${o.status as LedgerStatus}`)['zh-CN'],
        ]),
      ),
    );
  }
  if (report.rejections.length > 0) parts.push('', `${tableLabel('ledger/rejected-entries')} (${report.rejections.length})`, ...rejectionText(report.rejections));
  return parts.join('\n');
}
