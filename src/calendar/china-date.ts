import { tzOffset } from '@date-fns/tz';
import { InvalidDateError } from '../errors';
import { isCalendarDate, type CalendarDate } from './calendar-date';
import { CALENDAR_ERRORS } from './catalog';
import { catalogError, given } from '../reasons/catalog-error';

/** China's time zone: every calendar question in tuopin is answered in it. 中国时区。 */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** A moment or a calendar date: a `Date`, or an ISO 8601 date or date-time string. */
export type DateInput = Date | string;

/** The calendar date in Asia/Shanghai of an instant. */
function chinaDateOfInstant(ms: number): CalendarDate {
  const offsetMinutes = tzOffset(CHINA_TIME_ZONE, new Date(ms));
  const local = new Date(ms + offsetMinutes * 60_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + 1;
  const d = local.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The calendar date in China (Asia/Shanghai) of `asOf`, as `YYYY-MM-DD`, whatever the host's
 * time zone. A `Date` is an instant; `YYYY-MM-DD` is already a calendar date; a date-time string
 * with `Z` or an offset is an instant; a date-time string without one is read as China's wall
 * time, so its date part is the answer.
 * 返回 asOf 在中国（Asia/Shanghai）日历中的日期，与主机时区无关。
 *
 * @param asOf - a `Date` or an ISO 8601 string
 * @returns the calendar date `YYYY-MM-DD`
 * @throws {InvalidDateError} `date/invalid` for an invalid `Date` or a string that is not an ISO
 *   date or date-time naming a real day and time
 * @example
 * chinaDate('2020-03-31T20:00:00Z') //=> '2020-04-01' // 04:00 in Beijing
 * chinaDate(new Date('2020-03-31T15:59:59Z')) //=> '2020-03-31'
 * chinaDate('2020-03-31') //=> '2020-03-31'
 */
export function chinaDate(asOf: DateInput): CalendarDate {
  if (typeof asOf === 'string') {
    if (asOf.length === 10 && isCalendarDate(asOf)) return asOf;
    const match = DATE_TIME.exec(asOf);
    if (match !== null) {
      const [, day = '', hh, mm, ss = '00', zone] = match;
      const timeOk = Number(hh) <= 23 && Number(mm) <= 59 && Number(ss) <= 59;
      if (isCalendarDate(day) && timeOk) {
        if (zone === undefined) return day;
        const ms = Date.parse(asOf.replace(' ', 'T'));
        if (Number.isFinite(ms)) return chinaDateOfInstant(ms);
      }
    }
    throw catalogError(CALENDAR_ERRORS, 'date/not-iso', { given: given(asOf) }, { code: 'date/invalid', as: InvalidDateError });
  }
  if (asOf === undefined) {
    // assessHousehold(h) or assessHousehold(h, {}): the day is required.
    throw catalogError(CALENDAR_ERRORS, 'date/missing', {}, { code: 'date/invalid', as: InvalidDateError });
  }
  if (asOf instanceof Date) {
    const ms = asOf.getTime();
    if (Number.isFinite(ms)) return chinaDateOfInstant(ms);
  }
  throw catalogError(CALENDAR_ERRORS, 'date/not-a-date', { given: String(asOf) }, { code: 'date/invalid', as: InvalidDateError });
}
