import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarDays, daysBetween, epochDay, fromEpochDay, InvalidDateError, isCalendarDate } from '../../src/index';

describe('isCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2019-02-29')).toBe(false);
    expect(isCalendarDate('1999-02-30')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2020-4-1')).toBe(false);
    expect(isCalendarDate(20200401)).toBe(false);
  });
});

describe('epochDay', () => {
  it('counts days from 1970-01-01', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('1969-12-31')).toBe(-1);
    expect(() => epochDay('2020-02-30')).toThrow(InvalidDateError);
  });
});

describe('fromEpochDay', () => {
  it('inverts epochDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), (n) => {
        expect(epochDay(fromEpochDay(n))).toBe(n);
      }),
    );
  });
});

describe('addCalendarDays', () => {
  it('crosses month and year ends', () => {
    expect(addCalendarDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addCalendarDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addCalendarDays('2020-03-01', -1)).toBe('2020-02-29');
  });
});

describe('daysBetween', () => {
  it('counts calendar days', () => {
    expect(daysBetween('2020-03-01', '2020-03-31')).toBe(30);
    expect(daysBetween('2020-03-31', '2020-03-01')).toBe(-30);
  });
});
