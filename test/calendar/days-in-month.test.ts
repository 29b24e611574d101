import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, isCalendarDate } from '../../src/index';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The reference: the day before the first of the next month, by the host's Gregorian calendar. */
function referenceDays(y: number, m: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m, 0); // day 0 of month m (0-based) is the last day of month m (1-based)
  return date.getUTCDate();
}

describe('daysInMonth', () => {
  it('gives the length of every month of a common and of a leap year', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2019, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2020, i + 1))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('follows the century rule for February', () => {
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2400, 2)).toBe(29);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
  });

  it('adds up to 365 or 366 days a year', () => {
    const yearLength = (y: number) => Array.from({ length: 12 }, (_, i) => daysInMonth(y, i + 1)).reduce((a, b) => a + b, 0);
    expect(yearLength(2019)).toBe(365);
    expect(yearLength(2020)).toBe(366);
    expect(yearLength(1900)).toBe(365);
    expect(yearLength(2000)).toBe(366);
  });

  it('agrees with the Gregorian calendar and with isCalendarDate for any year and month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const days = daysInMonth(y, m);
        expect(days).toBe(referenceDays(y, m));
        expect(isCalendarDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(days, 2)}`)).toBe(true);
        expect(isCalendarDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(days + 1, 2)}`)).toBe(false);
      }),
    );
  });
});
