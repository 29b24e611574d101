import { describe, expect, it } from 'vitest';
import { InvalidDateError, isOverdue } from '../../src/index';
import { baseEntry } from './fixtures';

const rectifying = { ...baseEntry, status: 'rectifying' as const, deadline: '2020-03-31' };

describe('isOverdue', () => {
  it('takes the entry first and the options last, { asOf }; the deprecated isOverdue(entry, asOf) answers the same', () => {
    for (const asOf of ['2020-03-31T15:59:59Z', '2020-03-31T20:00:00Z', '2020-04-01', new Date('2020-03-31T20:00:00Z')]) {
      expect(isOverdue(rectifying, { asOf })).toBe(isOverdue(rectifying, asOf));
    }
    expect(isOverdue(rectifying, { asOf: '2020-03-31T20:00:00Z' })).toBe(true);
    expect(isOverdue(rectifying, { asOf: new Date('2020-03-31T15:59:59Z') })).toBe(false);
    expect(() => isOverdue(rectifying, { asOf: '2020-02-30' })).toThrow(InvalidDateError);
  });

  it('is overdue at 04:00 on 1 April in Beijing (2020-03-31T20:00:00Z), on a host in any time zone', () => {
    expect(isOverdue(rectifying, '2020-03-31T20:00:00Z')).toBe(true);
    expect(isOverdue(rectifying, new Date('2020-03-31T20:00:00Z'))).toBe(true);
  });

  it('lets the deadline day run to 24:00 China time', () => {
    expect(isOverdue(rectifying, '2020-03-31T15:59:59Z')).toBe(false);
    expect(isOverdue(rectifying, '2020-03-31T16:00:00Z')).toBe(true);
    expect(isOverdue(rectifying, '2020-03-31T23:59:59+08:00')).toBe(false);
    expect(isOverdue(rectifying, '2020-03-31T23:59:59')).toBe(false);
    expect(isOverdue(rectifying, '2020-03-31')).toBe(false);
    expect(isOverdue(rectifying, '2020-04-01')).toBe(true);
  });

  it('is never true for a closed entry', () => {
    expect(isOverdue({ ...rectifying, status: 'closed' }, '2021-01-01')).toBe(false);
  });

  it('is true for every unclosed status', () => {
    for (const status of ['open', 'rectifying', 'awaiting-acceptance'] as const) {
      expect(isOverdue({ ...rectifying, status }, '2020-04-01')).toBe(true);
    }
  });

  it('throws on an invalid asOf, closed entry or not', () => {
    expect(() => isOverdue(rectifying, '2020-02-30')).toThrow(InvalidDateError);
    expect(() => isOverdue({ ...rectifying, status: 'closed' }, 'tomorrow')).toThrow(InvalidDateError);
  });
});
