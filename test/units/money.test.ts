import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareYuan, fenToYuan, InvalidAmountError, isYuanAmount, parseYuanToFen, sumYuanToFen, yuanToFen } from '../../src/index';

describe('yuanToFen', () => {
  it('converts amounts with up to two decimals exactly', () => {
    expect(yuanToFen(4230.02)).toBe(423002);
    expect(yuanToFen(4660.45)).toBe(466045);
    expect(yuanToFen(3109.53)).toBe(310953);
    expect(yuanToFen(0.1)).toBe(10);
    expect(yuanToFen(1.005e2)).toBe(10050);
    expect(yuanToFen(-12.5)).toBe(-1250);
    expect(yuanToFen(0)).toBe(0);
    expect(Object.is(yuanToFen(-0), 0)).toBe(true);
  });

  it('rejects more than two decimals, NaN and infinities with a named error', () => {
    for (const bad of [12.345, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, 1e-7, 2 ** 60]) {
      expect(() => yuanToFen(bad)).toThrow(InvalidAmountError);
    }
    expect(() => yuanToFen(12.345)).toThrow(/^tuopin: amount\/invalid/);
  });

  it('round-trips every amount of whole fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
      }),
    );
  });
});

describe('parseYuanToFen', () => {
  it('returns undefined instead of throwing', () => {
    expect(parseYuanToFen(1.234)).toBeUndefined();
    expect(parseYuanToFen(1.23)).toBe(123);
  });

  it('returns undefined, never throws, for a value that is not a number (from JavaScript or JSON)', () => {
    // A bigint cannot be multiplied by a number: it must be refused before any arithmetic.
    for (const notANumber of [12n, '12.5', null, { valueOf: () => 12 }]) {
      expect(parseYuanToFen(notANumber as unknown as number)).toBeUndefined();
    }
  });
});

describe('isYuanAmount', () => {
  it('accepts at most two decimals', () => {
    expect(isYuanAmount(12.5)).toBe(true);
    expect(isYuanAmount(12.34)).toBe(true);
    expect(isYuanAmount(12.345)).toBe(false);
    expect(isYuanAmount('12')).toBe(false);
  });
});

describe('fenToYuan', () => {
  it('converts integer fen to yuan', () => {
    expect(fenToYuan(423002)).toBe(4230.02);
    expect(() => fenToYuan(1.5)).toThrow(InvalidAmountError);
  });
});

describe('compareYuan', () => {
  it('compares exactly', () => {
    expect(compareYuan(4000, 4000.0)).toBe(0);
    expect(compareYuan(3999.99, 4000)).toBe(-1);
    expect(compareYuan(4000.01, 4000)).toBe(1);
  });
});

describe('sumYuanToFen', () => {
  it('adds amounts whose float sum is off by a rounding error', () => {
    // In floats 4230.02 + 4660.45 + 3109.53 is 12000.000000000002.
    expect(4230.02 + 4660.45 + 3109.53).not.toBe(12000);
    expect(sumYuanToFen([4230.02, 4660.45, 3109.53])).toBe(1_200_000);
  });
});

describe('parseYuanToFen agrees with the decimal text of every amount', () => {
  it('accepts exactly the doubles written with at most two decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e11, max: 1e11, noNaN: true }), (value) => {
        const text = String(value);
        const twoDecimals = /^-?\d+(\.\d{1,2})?$/.test(text);
        expect(parseYuanToFen(value) !== undefined).toBe(twoDecimals);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        expect(parseYuanToFen(Number((fen / 100).toFixed(2)))).toBe(fen);
      }),
      { numRuns: 2000 },
    );
  });
});
