import type { CalendarDate } from '../calendar/calendar-date';
import type { LedgerEntry } from './schema';

/**
 * The day a closed entry was struck off (销号): the date of the last `accept` event in its
 * history. `undefined` when the entry is not closed, or is closed but its history holds no
 * `accept` (an entry imported without its history).
 * 销号日期：最后一次验收销号事件的日期。
 * @internal
 */
export function closingDate(entry: LedgerEntry): CalendarDate | undefined {
  if (entry.status !== 'closed') return undefined;
  // Stryker disable next-line ArithmeticOperator: starting two slots past the end reads two undefined events, which the test below skips
  for (let i = entry.history.length - 1; i >= 0; i--) {
    const event = entry.history[i];
    // Stryker disable next-line ConditionalExpression: i stays within the history, so `event !== undefined` only narrows the type (the whole-condition mutants, which tests kill, go with it)
    if (event !== undefined && event.type === 'accept') return event.at;
  }
  return undefined;
}
