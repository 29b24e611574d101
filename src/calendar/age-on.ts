import { isCalendarDate } from './calendar-date';
import { chinaDate, type DateInput } from './china-date';

/**
 * Age in completed years on `asOf`, in China's calendar. A birthday is reached on its calendar
 * day; someone born on 29 February reaches each new year of age on 1 March in a common year.
 * 按中国日历计算到 asOf 的周岁（2 月 29 日出生者在平年 3 月 1 日满岁）。
 *
 * @param birthDate - `YYYY-MM-DD`, or any {@link DateInput} (read in China's calendar)
 * @param asOf - the date of the question
 * @returns completed years; negative when `asOf` is before the birth date
 * @throws {InvalidDateError} `date/invalid` when either date is not valid
 * @example
 * ageOn('2014-03-01', '2020-03-01') //=> 6
 * ageOn('2014-03-01', '2020-02-29') //=> 5
 */
export function ageOn(birthDate: DateInput, asOf: DateInput): number {
  const birth = typeof birthDate === 'string' && isCalendarDate(birthDate) ? birthDate : chinaDate(birthDate);
  const on = typeof asOf === 'string' && asOf.length === 10 && isCalendarDate(asOf) ? asOf : chinaDate(asOf);
  return ageBetween(birth, on);
}

/**
 * Completed years between two valid `YYYY-MM-DD` dates, without re-validating them (the hot path
 * of household assessment).
 * @internal
 */
export function ageBetween(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  // 'MM-DD' strings compare as calendar order.
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

