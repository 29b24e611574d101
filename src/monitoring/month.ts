import type { CalendarDate } from '../calendar/calendar-date';

// Months written `YYYY-MM` (the register's 首次识别时间, 风险识别时间, 风险消除时间). 月份工具。

/** A month in China's calendar, written `YYYY-MM`. 月份（YYYY-MM）。 */
export type Month = string;

/**
 * Whether a value is a month written `YYYY-MM` (month 01–12).
 * @internal
 */
export function isMonth(value: unknown): value is Month {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The month of a calendar date. @internal */
export function monthOf(day: CalendarDate): Month {
  return day.slice(0, 7);
}

/** Whole months from month `a` to month `b` (negative when `b` is earlier). @internal */
export function monthsBetween(a: Month, b: Month): number {
  const index = (m: Month) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return index(b) - index(a);
}
