import type { CalendarDate } from './calendar-date';
import { epochDay } from './epoch-day';

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 * 两个日期之间相差的日历天数。
 *
 * @throws {InvalidDateError} `date/invalid` when either is not a real `YYYY-MM-DD`
 * @example
 * daysBetween('2020-03-01', '2020-03-31') //=> 30
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return epochDay(to) - epochDay(from);
}
