import { chinaDate, type DateInput } from '../calendar/china-date';
import type { LedgerEntry } from './schema';

/** Options of {@link isOverdue}. 逾期判断选项。 */
export interface IsOverdueOptions {
  /** The moment or date of the question (a `Date` or an ISO string), read in China's calendar. */
  readonly asOf: DateInput;
}

/**
 * Whether an entry is overdue on `asOf`: it is not closed (销号) and the calendar date of `asOf`
 * in China is after the deadline day. The deadline day itself counts up to 24:00 Asia/Shanghai,
 * whatever the host's time zone: an instant of 04:00 on 1 April in Beijing
 * (`2020-03-31T20:00:00Z`) is past a 31 March deadline.
 * 是否逾期：未销号，且 asOf 按中国日历已过整改时限当日（时限当日 24:00 北京时间前不算逾期）。
 *
 * Arguments as everywhere in the library: the entry first, the options object last. The old
 * `isOverdue(entry, asOf)` still works, deprecated until 0.3.0.
 *
 * @param entry - the ledger entry
 * @param options - `asOf`, the moment or date of the question (a `Date` or an ISO string)
 * @returns `true` when overdue
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @example
 * isOverdue({ ...entry, deadline: '2020-03-31', status: 'rectifying' }, { asOf: '2020-03-31T20:00:00Z' }) //=> true
 * isOverdue({ ...entry, deadline: '2020-03-31', status: 'rectifying' }, { asOf: '2020-03-31T15:59:59Z' }) //=> false
 */
export function isOverdue(entry: LedgerEntry, options: IsOverdueOptions): boolean;
/**
 * @deprecated Call `isOverdue(entry, { asOf })` (data first, options last:
 * docs/api-conventions.md); removed in 0.3.0.
 */
export function isOverdue(entry: LedgerEntry, asOf: DateInput): boolean;
export function isOverdue(entry: LedgerEntry, options: IsOverdueOptions | DateInput): boolean {
  const asOf = typeof options === 'object' && options !== null && !isDate(options) ? options.asOf : options;
  const day = chinaDate(asOf);
  return entry.status !== 'closed' && day > entry.deadline;
}

/** A `Date`, also one from another realm (a worker thread, a VM context). */
function isDate(value: object): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
