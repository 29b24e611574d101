import { TZDate } from '@date-fns/tz';
// The function's own module, not the package root: `date-fns`'s index loads every function (about
// 20 MB of a Node process's memory, a tenth of the command's budget).
import { endOfMonth } from 'date-fns/endOfMonth';
import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';

/**
 * The last day of `asOf`'s month in China's calendar (Asia/Shanghai), whatever the host's time
 * zone: the day a "月底前" (by the end of the month) deadline falls on.
 * 返回 asOf 所在月份（按中国日历）的最后一天，即“月底前”时限。
 *
 * @param asOf - a `Date` or an ISO 8601 string
 * @returns the calendar date `YYYY-MM-DD`
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @example
 * endOfChinaMonth('2020-02-10') //=> '2020-02-29'
 * endOfChinaMonth(new Date('2020-02-29T16:30:00Z')) //=> '2020-03-31' // 00:30 on 1 March in Beijing
 */
export function endOfChinaMonth(asOf: DateInput): CalendarDate {
  // The China date is found first (chinaDate); the month end is then pure calendar arithmetic,
  // done on a UTC TZDate: a TZDate in Asia/Shanghai rounds the zone's offset to whole minutes and
  // slips a day before 1901, when the offset was local mean time (+08:05:43).
  const day = chinaDate(asOf);
  // The first of the month stands for the day (the month end depends on year and month only); the
  // year is set after construction, as the Date constructor reads a year below 100 as 19YY.
  const calendarDay = new TZDate(2000, Number(day.slice(5, 7)) - 1, 1, 'UTC');
  calendarDay.setFullYear(Number(day.slice(0, 4)));
  const end = endOfMonth(calendarDay);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${String(end.getFullYear()).padStart(4, '0')}-${two(end.getMonth() + 1)}-${two(end.getDate())}`;
}
