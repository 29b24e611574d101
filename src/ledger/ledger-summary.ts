import { addCalendarDays } from '../calendar/add-calendar-days';
import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';
import { maskIdentifier } from '../privacy/mask-identifier';
import { closingDate } from './closing-date';
import type { LedgerEntry } from './schema';
import { LEDGER_ERRORS } from './catalog';
import { catalogError, given } from '../reasons/catalog-error';

/** What {@link ledgerSummary} can group by: 涉及单位代码 / 责任单位 / 问题类别 / 问题来源. */
export type LedgerGroupBy = 'unit' | 'responsibleUnit' | 'category' | 'source';

/**
 * Counts of a set of entries. `open + rectifying + awaitingAcceptance + closed = total`;
 * `closedOnTime + closedLate + closedUndated = closed`; `cleared` (清零) is `true` when no entry
 * is left unclosed (so also for no entries at all).
 * 台账统计：各状态数、逾期数、临期数、按期/超期销号数、是否清零。
 */
export interface LedgerCounts {
  readonly total: number;
  /** 待整改 */
  readonly open: number;
  /** 整改中 */
  readonly rectifying: number;
  /** 待验收 */
  readonly awaitingAcceptance: number;
  /** 已销号 */
  readonly closed: number;
  /** 逾期: not closed, deadline day passed (see `isOverdue`). */
  readonly overdue: number;
  /** 临期: not closed, deadline between asOf and asOf + N days, both inclusive. */
  readonly dueWithinDays: number;
  /** 按期销号: closed, last `accept` dated on or before the deadline. */
  readonly closedOnTime: number;
  /** 超期销号: closed, last `accept` dated after the deadline. */
  readonly closedLate: number;
  /** Closed, but the history holds no `accept` event, so the closing day is unknown. */
  readonly closedUndated: number;
  /** 清零: no entry left unclosed. */
  readonly cleared: boolean;
}

/** The result of {@link ledgerSummary}. 台账汇总。 */
export interface LedgerSummary {
  /** The calendar date in China the summary is for. */
  readonly asOf: CalendarDate;
  readonly total: LedgerCounts;
  /** Present when `by` is given: one group per key, sorted by key (code-unit order). */
  readonly groups?: readonly { readonly key: string; readonly counts: LedgerCounts }[];
}

/** Options of {@link ledgerSummary}. */
export interface LedgerSummaryOptions {
  readonly asOf: DateInput;
  readonly by?: LedgerGroupBy;
  /** N for `dueWithinDays`, a whole number of days ≥ 0; 7 by default. */
  readonly dueWithinDays?: number;
}

const GROUP_FIELDS = {
  unit: 'unitCode',
  responsibleUnit: 'responsibleUnit',
  category: 'category',
  source: 'source',
} as const satisfies Record<LedgerGroupBy, keyof LedgerEntry>;

type Tally = { -readonly [K in keyof LedgerCounts]: LedgerCounts[K] };

const emptyTally = (): Tally => ({
  total: 0,
  open: 0,
  rectifying: 0,
  awaitingAcceptance: 0,
  closed: 0,
  overdue: 0,
  dueWithinDays: 0,
  closedOnTime: 0,
  closedLate: 0,
  closedUndated: 0,
  cleared: true,
});

/**
 * Totals of a ledger on `asOf`, overall and optionally per unit code, responsible unit, category
 * or source. Entries are counted by their current `status`. `overdue`: not closed and the deadline
 * day is before `asOf` in China's calendar. `dueWithinDays` (临期): not closed and the deadline
 * is from `asOf` to `asOf` + N calendar days, both inclusive (N = 7 by default: due today counts,
 * and so does due in exactly 7 days); an overdue entry is never also due. `closedOnTime` /
 * `closedLate`: closed entries whose last `accept` is on or before / after the deadline (the
 * deadline day counts to 24:00); `closedUndated`: closed with no `accept` in the history.
 * `cleared` (清零): no entry unclosed.
 * 台账汇总：按当前状态计数；逾期、临期（asOf 至 asOf+N 天，含两端，默认 7 天）、按期/超期销号、
 * 是否清零；可按涉及单位、责任单位、类别或来源分组。
 *
 * @param entries - valid ledger entries
 * @param options - `asOf`, optional `by`, optional `dueWithinDays` (N, default 7)
 * @returns `{ asOf, total, groups? }`, groups sorted by key
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @throws {DomainError} `ledger/invalid-window` when `dueWithinDays` is not a whole number ≥ 0;
 *   `ledger/invalid-group` for an unknown `by`; `ledger/invalid-status` for an entry whose status
 *   is not one of the four (the entry id in the message masked by `maskIdentifier`)
 * @example
 * ledgerSummary([closedOnTime, overdueRectifying], { asOf: '2020-04-01' }).total
 * //=> { total: 2, open: 0, rectifying: 1, awaitingAcceptance: 0, closed: 1, overdue: 1, dueWithinDays: 0,
 * //     closedOnTime: 1, closedLate: 0, closedUndated: 0, cleared: false }
 */
export function ledgerSummary(entries: readonly LedgerEntry[], options: LedgerSummaryOptions): LedgerSummary {
  const asOf = chinaDate(options?.asOf);
  const window = options.dueWithinDays ?? 7;
  if (!Number.isSafeInteger(window) || window < 0) {
    throw catalogError(LEDGER_ERRORS, 'ledger/invalid-window', { given: given(window) });
  }
  const by = options.by;
  if (by !== undefined && !Object.hasOwn(GROUP_FIELDS, by)) {
    throw catalogError(LEDGER_ERRORS, 'ledger/invalid-group', { given: given(by) });
  }
  const dueBy = addCalendarDays(asOf, window);
  const total = emptyTally();
  const groups = new Map<string, Tally>();

  for (const entry of entries) {
    const tallies = [total];
    // Stryker disable next-line ConditionalExpression: without `by` the groups are never returned (the summary is returned before they are read), and `total` is tallied the same
    if (by !== undefined) {
      const key = String(entry[GROUP_FIELDS[by]]);
      let group = groups.get(key);
      if (group === undefined) {
        group = emptyTally();
        groups.set(key, group);
      }
      tallies.push(group);
    }
    for (const tally of tallies) count(tally, entry, asOf, dueBy);
  }

  const summary: LedgerSummary = { asOf, total };
  if (by === undefined) return summary;
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ...summary, groups: keys.map((key) => ({ key, counts: groups.get(key) as Tally })) };
}

function count(tally: Tally, entry: LedgerEntry, asOf: CalendarDate, dueBy: CalendarDate): void {
  tally.total++;
  switch (entry.status) {
    case 'open':
      tally.open++;
      break;
    case 'rectifying':
      tally.rectifying++;
      break;
    case 'awaiting-acceptance':
      tally.awaitingAcceptance++;
      break;
    case 'closed': {
      tally.closed++;
      const closedOn = closingDate(entry);
      if (closedOn === undefined) tally.closedUndated++;
      else if (closedOn <= entry.deadline) tally.closedOnTime++;
      else tally.closedLate++;
      return;
    }
    default:
      throw catalogError(LEDGER_ERRORS, 'ledger/invalid-status', { entry: given(maskIdentifier(String(entry.id))), given: given(entry.status) });
  }
  tally.cleared = false;
  if (entry.deadline < asOf) tally.overdue++;
  else if (entry.deadline <= dueBy) tally.dueWithinDays++;
}
