import { InvalidDateError } from '../errors';
import { isCalendarDate, type CalendarDate } from './calendar-date';
import { CALENDAR_ERRORS } from './catalog';
import { catalogError, given } from '../reasons/catalog-error';

const MS_PER_DAY = 86_400_000;

/**
 * Days from 1970-01-01 to a calendar date (negative before it): calendar-date arithmetic that no
 * time zone or daylight saving can disturb.
 * 日期到 1970-01-01 的天数，用于与时区无关的日期运算。
 *
 * @throws {InvalidDateError} `date/invalid` when `date` is not a real `YYYY-MM-DD`
 * @example
 * epochDay('1970-01-02') //=> 1
 */
export function epochDay(date: CalendarDate): number {
  if (!isCalendarDate(date)) throw catalogError(CALENDAR_ERRORS, 'date/not-calendar-date', { given: given(date) }, { code: 'date/invalid', as: InvalidDateError });
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

/**
 * The calendar date `days` days after 1970-01-01. Inverse of {@link epochDay}.
 * 由天数得到日期。
 *
 * @example
 * fromEpochDay(1) //=> '1970-01-02'
 */
export function fromEpochDay(days: number): CalendarDate {
  const d = new Date(days * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}
