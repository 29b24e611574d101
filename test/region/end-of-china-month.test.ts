import fc from 'fast-check';
import { endOfMonth, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { endOfChinaMonth, InvalidDateError } from '../../src/index';

describe('endOfChinaMonth', () => {
  it('gives the last day of the month, leap years included', () => {
    expect(endOfChinaMonth('2020-02-10')).toBe('2020-02-29');
    expect(endOfChinaMonth('2019-02-01')).toBe('2019-02-28');
    expect(endOfChinaMonth('1900-02-15')).toBe('1900-02-28');
    expect(endOfChinaMonth('2000-02-15')).toBe('2000-02-29');
    expect(endOfChinaMonth('2020-04-30')).toBe('2020-04-30');
    expect(endOfChinaMonth('2020-12-01')).toBe('2020-12-31');
  });

  it('reads an instant near midnight UTC in China’s calendar, whatever the host zone', () => {
    // 2020-02-29T16:30Z is 00:30 on 1 March in Beijing (and still 29 February in UTC and LA).
    expect(endOfChinaMonth(new Date('2020-02-29T16:30:00Z'))).toBe('2020-03-31');
    expect(endOfChinaMonth(new Date('2020-02-29T15:59:59.999Z'))).toBe('2020-02-29');
    // 2020-03-31T23:30 in Los Angeles is 1 April 14:30 in Beijing.
    expect(endOfChinaMonth('2020-03-31T23:30:00-07:00')).toBe('2020-04-30');
    expect(endOfChinaMonth(new Date('2020-12-31T16:00:00Z'))).toBe('2021-01-31');
  });

  it('works in the years China kept summer time (1986–1991)', () => {
    expect(endOfChinaMonth('1988-06-15')).toBe('1988-06-30');
    // 1988-05-31T15:30Z is 00:30 on 1 June at UTC+9.
    expect(endOfChinaMonth(new Date('1988-05-31T15:30:00Z'))).toBe('1988-06-30');
  });

  it('writes the day as date-fns formats it (yyyy-MM-dd), for every day of years 1 to 9999', () => {
    const day = fc.record({ y: fc.integer({ min: 1, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(day, ({ y, m, d }) => {
        const asOf = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const calendar = new Date(Date.UTC(2000, m - 1, d));
        calendar.setUTCFullYear(y);
        const local = new Date(calendar.getUTCFullYear(), calendar.getUTCMonth(), calendar.getUTCDate());
        local.setFullYear(y);
        return endOfChinaMonth(asOf) === format(endOfMonth(local), 'yyyy-MM-dd');
      }),
      { numRuns: 2000 },
    );
    expect(endOfChinaMonth('0099-02-10')).toBe('0099-02-28');
    expect(endOfChinaMonth('0400-02-10')).toBe('0400-02-29');
  });

  it('throws on an invalid date', () => {
    expect(() => endOfChinaMonth('2020-02-30')).toThrow(InvalidDateError);
  });
});
