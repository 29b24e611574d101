/**
 * A calendar date in China's calendar, written `YYYY-MM-DD`. 中国日历下的日期字符串。
 */
export type CalendarDate = string;

/**
 * Days in month `m` (1–12) of year `y` in the proleptic Gregorian calendar: February has 29 days
 * in years divisible by 4, except centuries not divisible by 400. `m` is not checked: give 1–12.
 * 某年某月的天数（公历，含闰年规则：能被 4 整除且不能被 100 整除，或能被 400 整除）。
 *
 * @param y - the year, e.g. 2020
 * @param m - the month, 1 (January) to 12 (December)
 * @returns 28, 29, 30 or 31
 * @example
 * daysInMonth(2020, 2) //=> 29
 * daysInMonth(1900, 2) //=> 28
 * daysInMonth(2020, 4) //=> 30
 */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (so `1999-02-30` is not).
 * 是否为真实存在的 YYYY-MM-DD 日期。
 *
 * @example
 * isCalendarDate('2020-02-29') //=> true
 * isCalendarDate('1999-02-30') //=> false
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  // Read by character codes: this runs for every date of every record validated.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  return y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The number written by the ASCII digits from `start` to `end`, or -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Whether year, month and day form a real date in the proleptic Gregorian calendar.
 * @internal
 */
export function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
