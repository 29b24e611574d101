import { describe, expect, it } from 'vitest';
import { campaignCountdown, endOfChinaMonth, InvalidDateError } from '../../src/index';

describe('campaignCountdown', () => {
  it('counts whole calendar days to the deadline: 0 on the day, negative after', () => {
    expect(campaignCountdown('2020-03-02', '2020-03-31')).toEqual({ asOf: '2020-03-02', deadline: '2020-03-31', daysLeft: 29 });
    expect(campaignCountdown('2020-03-31', '2020-03-31').daysLeft).toBe(0);
    expect(campaignCountdown('2020-04-01', '2020-03-31').daysLeft).toBe(-1);
    expect(campaignCountdown('2020-02-28', '2020-03-01').daysLeft).toBe(2);
    expect(campaignCountdown('2019-12-31', '2020-12-31').daysLeft).toBe(366);
  });

  it('counts to the end of the month ("月底前")', () => {
    const asOf = '2020-02-20';
    expect(campaignCountdown(asOf, endOfChinaMonth(asOf))).toEqual({ asOf, deadline: '2020-02-29', daysLeft: 9 });
  });

  it('reads instants near midnight UTC in China’s calendar, whatever the host zone', () => {
    // 15:59:59Z is 23:59:59 in Beijing, still the deadline day; 16:00Z is the next day.
    expect(campaignCountdown(new Date('2020-03-31T15:59:59Z'), '2020-03-31')).toEqual({
      asOf: '2020-03-31',
      deadline: '2020-03-31',
      daysLeft: 0,
    });
    expect(campaignCountdown(new Date('2020-03-31T16:00:00Z'), '2020-03-31').daysLeft).toBe(-1);
    expect(campaignCountdown(new Date('2020-03-01T00:30:00Z'), new Date('2020-03-31T23:30:00Z'))).toEqual({
      asOf: '2020-03-01',
      deadline: '2020-04-01',
      daysLeft: 31,
    });
  });

  it('throws on an invalid date', () => {
    expect(() => campaignCountdown('2020-03-01', '2020-02-30')).toThrow(InvalidDateError);
    expect(() => campaignCountdown(new Date(Number.NaN), '2020-03-01')).toThrow(/^tuopin: date\/invalid/);
  });
});
