import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate, type DateInput } from '../calendar/china-date';
import { daysBetween } from '../calendar/days-between';

/** Days left to a deadline. 距离时限的天数。 */
export interface CampaignCountdown {
  /** The day counted from, in China's calendar. */
  readonly asOf: CalendarDate;
  /** The deadline day, in China's calendar. */
  readonly deadline: CalendarDate;
  /** Whole calendar days from `asOf` to `deadline`: 0 on the deadline day, negative after it. */
  readonly daysLeft: number;
}

/**
 * Whole calendar days left from `asOf` to a deadline, both read in China's calendar
 * (Asia/Shanghai) whatever the host's time zone: 0 on the deadline day (work may still be done
 * until 24:00), negative once it has passed. Use {@link endOfChinaMonth} for a "月底前" deadline.
 * 倒计时：从 asOf 到时限的日历天数（按中国日历），时限当天为 0，逾期为负数。
 *
 * @param asOf - the moment or day counted from
 * @param deadline - the deadline day (`YYYY-MM-DD`) or a moment on it
 * @returns `{ asOf, deadline, daysLeft }`
 * @throws {InvalidDateError} `date/invalid` when either is not a valid date
 * @example
 * campaignCountdown('2020-03-02', endOfChinaMonth('2020-03-02'))
 * //=> { asOf: '2020-03-02', deadline: '2020-03-31', daysLeft: 29 }
 * campaignCountdown(new Date('2020-03-31T16:00:00Z'), '2020-03-31').daysLeft //=> -1 // already 1 April in Beijing
 */
export function campaignCountdown(asOf: DateInput, deadline: DateInput): CampaignCountdown {
  const from = chinaDate(asOf);
  const to = chinaDate(deadline);
  return { asOf: from, deadline: to, daysLeft: daysBetween(from, to) };
}
