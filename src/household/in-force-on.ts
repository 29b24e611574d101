import type { CalendarDate } from '../calendar/calendar-date';
import type { ParameterValue } from '../policy/schema';

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
