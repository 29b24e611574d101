import type { CalendarDate } from './calendar-date';
import { epochDay, fromEpochDay } from './epoch-day';

/**
 * The calendar date `days` days after `date` (before it when negative).
 * 日期加减天数。
 *
 * @throws {InvalidDateError} `date/invalid` when `date` is not a real `YYYY-MM-DD`
 * @example
 * addCalendarDays('2020-02-28', 1) //=> '2020-02-29'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(epochDay(date) + days);
}
