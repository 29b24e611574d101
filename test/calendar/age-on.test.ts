import { describe, expect, it } from 'vitest';
import { ageOn } from '../../src/index';

describe('ageOn', () => {
  it('counts completed years in China’s calendar', () => {
    expect(ageOn('2014-03-01', '2020-03-01')).toBe(6);
    expect(ageOn('2014-03-01', '2020-02-29')).toBe(5);
    expect(ageOn('2014-03-01', '2014-03-01')).toBe(0);
    expect(ageOn('2014-03-01', '2013-03-01')).toBe(-1);
  });

  it('reads a Date asOf in Asia/Shanghai', () => {
    // 16:30 UTC on 28 Feb is already 1 March in Beijing.
    expect(ageOn('2014-03-01', new Date('2020-02-29T16:30:00Z'))).toBe(6);
    expect(ageOn('2014-03-01', new Date('2020-02-29T15:30:00Z'))).toBe(5);
  });

  it('lets a 29 February birthday count on 1 March in a common year', () => {
    expect(ageOn('2012-02-29', '2018-02-28')).toBe(5);
    expect(ageOn('2012-02-29', '2018-03-01')).toBe(6);
    expect(ageOn('2012-02-29', '2016-02-29')).toBe(4);
  });
});
