import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatRate } from '../../src/region/exact-rate';
import { formatCount } from '../../src/report/format';

describe('formatPercent', () => {
  it('cuts towards zero, so a rate below 3% never shows as 3.00%', () => {
    expect(formatPercent(2999, 100_000)).toBe('2.99%');
    expect(formatPercent(29_999, 1_000_000)).toBe('2.99%');
    expect(formatPercent(3, 100)).toBe('3.00%');
    expect(formatPercent(2, 3)).toBe('66.66%');
    expect(formatPercent(0, 7)).toBe('0.00%');
    expect(formatPercent(1, 3, 3)).toBe('33.333%');
    expect(formatPercent(1, 8, 0)).toBe('12%');
  });

  it('never shows a rate below a whole percent as that percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 99 }), (denominator, whole) => {
        // the largest numerator whose rate is still below `whole` percent
        const numerator = Math.ceil((whole * denominator) / 100) - 1;
        fc.pre(numerator >= 0);
        const shown = Number(formatPercent(numerator, denominator).replace('%', ''));
        expect(shown).toBeLessThan(whole);
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatRate', () => {
  it('shows the fraction, then the percent: exact up to three decimals, else cut and marked ≈', () => {
    expect(formatRate(2999, 100_000)).toBe('2999/100000 (2.999%)');
    expect(formatRate(29_999, 1_000_000)).toBe('29999/1000000 (≈2.999%)');
    expect(formatRate(3, 100)).toBe('3/100 (3%)');
    expect(formatRate(1, 3)).toBe('1/3 (≈33.333%)');
    expect(formatRate(2, 3)).toBe('2/3 (≈66.666%)');
  });
});

describe('formatCount', () => {
  it('puts thousands separators in whole numbers and keeps decimals', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(-12_345)).toBe('-12,345');
    expect(formatCount(7508.33)).toBe('7,508.33');
  });
});
