import { describe, expect, it } from 'vitest';
import { chinaDate, InvalidDateError } from '../../src/index';

describe('chinaDate', () => {
  it('reads an instant in Asia/Shanghai whatever the host zone', () => {
    expect(chinaDate('2020-03-31T20:00:00Z')).toBe('2020-04-01');
    expect(chinaDate(new Date('2020-03-31T15:59:59.999Z'))).toBe('2020-03-31');
    expect(chinaDate(new Date('2020-03-31T16:00:00Z'))).toBe('2020-04-01');
    expect(chinaDate('2020-03-31T23:30:00-08:00')).toBe('2020-04-01');
  });

  it('keeps a calendar date as it is', () => {
    expect(chinaDate('2020-02-29')).toBe('2020-02-29');
  });

  it('reads a date-time without offset as China wall time', () => {
    expect(chinaDate('2020-03-31T23:59:59')).toBe('2020-03-31');
    expect(chinaDate('2020-03-31 08:00')).toBe('2020-03-31');
  });

  it('follows China’s daylight saving of 1986–1991', () => {
    // 1988-06-01 15:30Z is 00:30 on 2 June at UTC+9 (summer time), 23:30 on 1 June at UTC+8.
    expect(chinaDate(new Date('1988-06-01T15:30:00Z'))).toBe('1988-06-02');
  });

  it('throws a named error on invalid input', () => {
    for (const bad of ['1999-02-30', '2020-13-01', 'tomorrow', '2020-03-31T25:00:00Z', '']) {
      expect(() => chinaDate(bad)).toThrow(InvalidDateError);
    }
    expect(() => chinaDate(new Date(Number.NaN))).toThrow(/^tuopin: date\/invalid/);
  });
});
