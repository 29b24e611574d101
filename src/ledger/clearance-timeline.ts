import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';
import { epochDay, fromEpochDay } from '../calendar/epoch-day';
import type { LedgerEntry } from './schema';
import { LEDGER_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

const bump = (counts: number[], index: number): void => {
  counts[index] = (counts[index] ?? 0) + 1;
};

/** The longest range {@link clearanceTimeline} answers, in days (about ten years). 最长天数。 */
export const MAX_TIMELINE_DAYS = 3660;

/**
 * One day of the burn-down: counts at the end of `date` (24:00 China time).
 * `open = previous open + openedThatDay + reopenedThatDay − closedThatDay` and
 * `open + closed` = entries opened on or before `date`.
 * 燃尽图的一天：当日 24:00 的未销号数、已销号数及当日新增、销号、重新打开数。
 */
export interface ClearanceDay {
  readonly date: CalendarDate;
  /** Entries opened on or before this day and not closed at its end. 未销号 */
  readonly open: number;
  /** Entries closed at the end of this day. 已销号 */
  readonly closed: number;
  /** Entries whose `openedOn` is this day. 当日建账 */
  readonly openedThatDay: number;
  /** Entries closed at the end of this day that were not closed at the end of the day before. 当日销号 */
  readonly closedThatDay: number;
  /** Entries not closed at the end of this day that were closed at the end of the day before. 当日重新打开 */
  readonly reopenedThatDay: number;
}

/** Options of {@link clearanceTimeline}: the first and last day, both included. */
export interface ClearanceTimelineOptions {
  readonly from: DateInput;
  readonly to: DateInput;
}

/**
 * The burn-down of a ledger (清零进度): for each day from `from` to `to` (both included, in
 * China's calendar), how many entries were open and closed at the end of the day, rebuilt from
 * each entry's `openedOn` and its history, not from its current `status`. An `accept` closes an
 * entry and a `reopen` opens it again from the reopen date; when several events share a day, the
 * state after the last of them counts. An entry closed without an `accept` in its history (one
 * imported without history) stays open here; `ledgerSummary` counts it as `closedUndated`.
 * 问题清零燃尽图：按 openedOn 与事件记录逐日重建（不看当前 status）；验收销号即关闭，重新打开
 * 自其日期起再计为未销号；同一天有多个事件时以当天最后状态为准。
 *
 * @param entries - valid ledger entries
 * @param options - `from` and `to` (dates or instants, read in China's calendar)
 * @returns one {@link ClearanceDay} per day, in date order
 * @throws {InvalidDateError} `date/invalid` when `from` or `to` (or a date of an entry) is not valid
 * @throws {DomainError} `ledger/invalid-range` when `to` is before `from`;
 *   `ledger/range-too-long` when the range is longer than {@link MAX_TIMELINE_DAYS} days
 * @example
 * clearanceTimeline([opened0301closed0303], { from: '2020-03-01', to: '2020-03-03' })
 * //=> [{ date: '2020-03-01', open: 1, closed: 0, openedThatDay: 1, closedThatDay: 0, reopenedThatDay: 0 },
 * //    { date: '2020-03-02', open: 1, closed: 0, openedThatDay: 0, closedThatDay: 0, reopenedThatDay: 0 },
 * //    { date: '2020-03-03', open: 0, closed: 1, openedThatDay: 0, closedThatDay: 1, reopenedThatDay: 0 }]
 */
export function clearanceTimeline(entries: readonly LedgerEntry[], options: ClearanceTimelineOptions): ClearanceDay[] {
  const fromDay = epochDay(chinaDate(options.from));
  const toDay = epochDay(chinaDate(options.to));
  const length = toDay - fromDay + 1;
  if (length < 1) throw catalogError(LEDGER_ERRORS, 'ledger/invalid-range');
  if (length > MAX_TIMELINE_DAYS) {
    throw catalogError(LEDGER_ERRORS, 'ledger/range-too-long', { days: length, max: MAX_TIMELINE_DAYS });
  }

  const opened = new Array<number>(length).fill(0);
  const closedOn = new Array<number>(length).fill(0);
  const reopenedOn = new Array<number>(length).fill(0);
  let open = 0;
  let closed = 0;

  for (const entry of entries) {
    const openDay = epochDay(entry.openedOn);
    // Stryker disable next-line ConditionalExpression: an entry opened after `to` would only bump counts past the last day, which are never read
    if (openDay > toDay) continue;
    // Days on which the closed state may change, clamped to the opening day, in date order.
    const steps = entry.history
      .filter((event) => event.type === 'accept' || event.type === 'reopen')
      .map((event) => ({ day: Math.max(epochDay(event.at), openDay), closes: event.type === 'accept' }))
      .sort(
        // Stryker disable next-line ArrowFunction: the history is in date order (LedgerEntrySchema refuses it otherwise) and clamping to the opening day keeps that order, so a comparator that calls every pair equal leaves the steps as sorted as they came
        (a, b) => a.day - b.day,
      );
    let state = false; // closed at the end of the last day handled
    let before = false; // closed at the end of the day before `from`
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i] as (typeof steps)[number];
      const next = steps[i + 1];
      if (next !== undefined && next.day === step.day) continue;
      if (step.closes === state) continue;
      state = step.closes;
      if (step.day < fromDay) {
        before = state;
      } else if (
        // Stryker disable next-line ConditionalExpression: a step after `to` would only bump a count past the last day, which is never read
        step.day <= toDay
      ) {
        bump(state ? closedOn : reopenedOn, step.day - fromDay);
      }
    }
    if (openDay < fromDay) {
      if (before) closed++;
      else open++;
    } else {
      bump(opened, openDay - fromDay);
    }
  }

  const days: ClearanceDay[] = [];
  for (let i = 0; i < length; i++) {
    const openedThatDay = opened[i] as number;
    const closedThatDay = closedOn[i] as number;
    const reopenedThatDay = reopenedOn[i] as number;
    open += openedThatDay + reopenedThatDay - closedThatDay;
    closed += closedThatDay - reopenedThatDay;
    days.push({ date: fromEpochDay(fromDay + i), open, closed, openedThatDay, closedThatDay, reopenedThatDay });
  }
  return days;
}
