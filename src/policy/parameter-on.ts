import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';
import type { ParameterValue } from './schema';

/**
 * The value of a dated parameter in force on `asOf` (China's calendar): the last one whose `from`
 * is on or before it. Without `asOf`, the latest value. `undefined` when `asOf` is before the
 * first value: a rule then reports `unknown` rather than guess.
 * 取某日生效的参数值；不传 asOf 时取最新值；早于首个生效日期时返回 undefined。
 *
 * @param parameter - the dated values, in increasing order of `from`
 * @param asOf - the day (a `Date` or an ISO string); the latest value when omitted
 * @returns the value in force, or `undefined`
 * @throws {InvalidDateError} when `asOf` is not a valid date
 * @example
 * parameterOn(defaultPolicy.educationAge, '2020-03-01')?.value //=> { min: 6, max: 15 }
 */
export function parameterOn<T>(
  parameter: readonly ParameterValue<T>[],
  asOf?: DateInput,
): ParameterValue<T> | undefined {
  if (asOf === undefined) return parameter[parameter.length - 1];
  return inForceOn(parameter, chinaDate(asOf));
}

/**
 * `parameterOn(parameter, day)` for a day already read in China's calendar: the same answer
 * without parsing the date again (assessment reads three parameters per household).
 * @internal
 */
export function inForceOn<T>(parameter: readonly ParameterValue<T>[], day: CalendarDate): ParameterValue<T> | undefined {
  let found: ParameterValue<T> | undefined;
  for (const value of parameter) {
    if (value.from <= day) found = value;
    else break;
  }
  return found;
}
